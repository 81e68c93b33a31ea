"""How the text groups the participants decides the events: one agent meeting several counterparts one
by one, a meeting of all together, talks between two sides hosted by a third, and calls by phone or video.

The texts are written for these tests in the style of agency copy.
"""

from __future__ import annotations

import pytest

import rasad


def pairs(text: str, published: str = "2024-05-01") -> list[str]:
    return sorted("-".join(e["countries"]) for e in rasad.extract(text, published=published)["events"]
                  if not e["background"])


@pytest.mark.parametrize("text, expected", [
    ("وزیر دفاع روسیه در تماسی تلفنی با همتایان ترک و فرانسوی و همچنین رئیس پنتاگون درباره اوکراین گفتگو کرد.",
     ["FRA-RUS", "RUS-TUR", "RUS-USA"]),
    ("Li Shangfu held closed-door bilateral meetings with officials from Mongolia, New Zealand and Cambodia "
     "on Saturday.", ["CHN-KHM", "CHN-MNG", "CHN-NZL"]),
    ("Turkish Defence Minister Yasar Guler met Greek Defence Minister Nikos Dendias and Dutch Defence "
     "Minister Ruben Brekelmans in Brussels.", ["GRC-TUR", "NLD-TUR"]),
    ("التقى وزير الدفاع المصري نظيريه الأردني والعراقي كلا على حدة في القاهرة.", ["EGY-IRQ", "EGY-JOR"]),
    ("Spain's defence minister held bilateral meetings with counterparts from Morocco, Portugal and Italy in "
     "Madrid.", ["ESP-ITA", "ESP-MAR", "ESP-PRT"]),
    ("Kenya's president hosted the leaders of Uganda and Tanzania separately at State House on Monday.",
     ["KEN-TZA", "KEN-UGA"]),
])
def test_an_agent_meeting_several_countries_meets_each_separately(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("وزرای دفاع ایران، روسیه و سوریه در تهران دیدار کردند.", ["IRN-RUS-SYR"]),
    ("Defence ministers of Australia, Japan and the United States met in Singapore on Saturday.",
     ["AUS-JPN-USA"]),
    ("Austin hosted his Japanese and Australian counterparts for trilateral talks at the Pentagon.",
     ["AUS-JPN-USA"]),
    ("استضافت القاهرة اليوم اجتماعا لوزراء دفاع مصر والأردن والعراق لبحث التعاون العسكري.", ["EGY-IRQ-JOR"]),
    ("نشست سه جانبه وزرای دفاع ایران، روسیه و ترکیه در مسکو برگزار شد و وزیر دفاع ایران با همتایان روس و ترک "
     "گفتگو کرد.", ["IRN-RUS-TUR"]),
    # ministers who "gathered", and a host receiving two delegations "together"
    ("وزرای دفاع قزاقستان، قرقیزستان و ازبکستان روز دوشنبه در سمرقند گرد هم آمدند.", ["KAZ-KGZ-UZB"]),
    ("President Ruto hosted the army chiefs of Uganda and Tanzania at State House on Monday.",
     ["KEN-TZA-UGA"]),
    ("استقبل وزير الدفاع التونسي أمس قائدي الجيشين الليبي والجزائري معاً في تونس.", ["DZA-LBY-TUN"]),
    # a host's guests meet together; so do counterparts "from" several countries and "the three sides"
    ("رئیس‌جمهور کنیا روز سه‌شنبه در نایروبی میزبان رئیس‌جمهور سودان جنوبی و نخست‌وزیر اتیوپی بود.",
     ["ETH-KEN-SSD"]),
    ("Brazil's defence minister hosted his Argentine and Chilean counterparts in Brasilia on Tuesday.",
     ["ARG-BRA-CHL"]),
    ("Romania's defence minister met his counterparts from Poland, Bulgaria and Moldova in Bucharest on Monday "
     "evening.", ["BGR-MDA-POL-ROU"]),
    ("استضاف ولي العهد الكويتي اليوم اجتماعاً ثلاثياً جمعه برئيسي وزراء العراق والأردن في الكويت.",
     ["IRQ-JOR-KWT"]),
    ("نخست‌وزیر سنگاپور دیروز نخست‌وزیران مالزی و اندونزی را پذیرفت و سه طرف درباره امنیت تنگه مالاکا "
     "گفت‌وگو کردند.", ["IDN-MYS-SGP"]),
    ("استقبل وزير الدفاع التشادي أمس في نجامينا الوفدين السوداني والنيجري لبحث أمن الحدود.", ["NER-SDN-TCD"]),
])
def test_sides_that_meet_together_are_one_event(text, expected):
    assert pairs(text) == expected


def test_countries_discussed_in_talks_are_not_sides():
    text = ("Indian Defence Minister Rajnath Singh raised concerns over China and Pakistan in talks with French "
            "Armed Forces Minister Florence Parly in New Delhi.")
    assert pairs(text, "2021-12-17") == ["FRA-IND"]


def test_this_country_after_a_ministry_is_that_ministrys_country():
    text = ("وزارت دفاع روسیه اعلام کرد سرگئی شویگو وزیر دفاع این کشور در تماسی تلفنی با وزیر دفاع فرانسه "
            "درباره جنگ اوکراین تبادل نظر کرد.")
    assert pairs(text, "2022-10-23") == ["FRA-RUS"]


@pytest.mark.parametrize("text, lang", [
    ("وزیر دفاع ایران و وزیر دفاع عراق در یک گفتگوی ویدئویی درباره امنیت مرزها رایزنی کردند.", "fa"),
    ("بحث وزير الدفاع السعودي مع نظيره الباكستاني عبر تقنية الاتصال المرئي سبل تعزيز التعاون.", "ar"),
    ("The Japanese and Philippine defence ministers held a virtual meeting on Tuesday to discuss "
     "maritime security.", "en"),
    ("شویگو در تماسی جداگانه با وزیر دفاع ترکیه نیز گفتگو کرده است.", "fa"),
])
def test_calls_and_video_meetings_are_phone_mode(text, lang):
    found = rasad.extract(text, published="2024-05-01")["events"]
    assert found and all(e["mode"] == "phone" for e in found), found
    assert found[0]["location"] is None


def test_talks_told_again_after_the_call_are_the_same_event():
    text = ("وزیر دفاع آمریکا و وزیر دفاع اسرائیل در گفتگو با یکدیگر درباره تحولات منطقه رایزنی کردند.\n\n"
            "به گزارش خبرنگار ما، پنتاگون اعلام کرد «پیت هگست» وزیر دفاع آمریکا در یک گفتگوی تلفنی با "
            "«یسرائیل کاتس» وزیر دفاع اسرائیل درباره همکاری نظامی گفتگو کرد.")
    found = rasad.extract(text, published="2025-03-04")["events"]
    assert [(e["countries"], e["mode"]) for e in found] == [(["ISR", "USA"], "phone")]


@pytest.mark.parametrize("text, published, n", [
    ("Earlier in the day, the French minister Florence Parly called on Prime Minister Narendra Modi and "
     "subsequently met External Affairs Minister S. Jaishankar.", "2021-12-17", 2),
    ("رئیس ستاد کل نیروهای مسلح ایران در سفر به ترکیه علاوه بر دیدار با همتای ترکیه‌ای خود، با رجب طیب "
     "اردوغان رئیس جمهور و همچنین وزیر دفاع این کشور دیدار خواهد کرد.", "2019-08-14", 3),
])
def test_officials_met_one_after_the_other_are_separate_meetings(text, published, n):
    found = rasad.extract(text, published=published)["events"]
    assert len(found) == n and len({e["countries"][0] + e["countries"][1] for e in found}) == 1, found


def test_officials_met_together_or_attending_are_one_meeting():
    text = ("اجتمع وزير الدفاع السعودي في البيت الأبيض مع وزير الخارجية الأمريكي ماركو روبيو ووزير الدفاع "
            "بيت هيغسيث، بحضور السفيرة السعودية في واشنطن.")
    found = rasad.extract(text, published="2025-04-17")["events"]
    assert [e["countries"] for e in found] == [["SAU", "USA"]]
    assert {"Marco Rubio", "Pete Hegseth"} <= {p["name"] for p in found[0]["persons"]}


def test_the_turkish_minister_is_the_agent_of_his_meetings():
    text = ("Turkish Defence Minister Yasar Guler attended a NATO meeting in Brussels on Friday. The Turkish "
            "minister also met with Greek Defence Minister Nikos Dendias, as well as with Luxembourg Defence "
            "Minister Yuriko Backes.")
    assert pairs(text, "2024-06-14") == ["GRC-TUR", "LUX-TUR"]


def test_what_a_postponed_visit_was_to_bring_is_no_event():
    text = ("أعلنت السفارة البريطانية في مسقط تأجيل زيارة وزير الدفاع البريطاني إلى سلطنة عمان.\n\n"
            "وكان من المنتظر أن يلتقي الوزير البريطاني خلال الزيارة عددا من المسؤولين العمانيين.")
    assert pairs(text, "2025-02-01") == []


def test_two_officials_of_one_country_meeting_is_no_event():
    text = ("Pakistan's army chief General Qamar Javed Bajwa received the commander of US Central Command "
            "General Joseph Votel in Rawalpindi on Monday.\n\n"
            "Separately, Defence Minister Khurram Dastgir Khan called on General Zubair Mahmood Hayat at the "
            "Joint Staff Headquarters.")
    found = rasad.extract(text, published="2017-10-11")["events"]
    assert [e["countries"] for e in found] == [["PAK", "USA"]]


@pytest.mark.parametrize("text, published, expected", [
    ("Turkish Defence Minister Yasar Guler is taking part in a NATO defence ministers' meeting in Brussels "
     "on Friday. Guler also met with Greek Defence Minister Nikos Dendias at NATO headquarters.",
     "2024-06-14", [("GRC-TUR", "Brussels")]),
    ("استقبل ولي العهد السعودي في الرياض أمس وزير الدفاع البريطاني فيليب هاموند. وحضر الاستقبال نائب وزير "
     "الدفاع السعودي وسفير المملكة المتحدة لدى المملكة.", "2012-01-10", [("GBR-SAU", "Riyadh")]),
])
def test_a_gathering_attended_is_no_meeting_of_its_own(text, published, expected):
    found = rasad.extract(text, published=published)["events"]
    assert [("-".join(e["countries"]), e["location"]) for e in found] == expected


def test_also_met_is_a_further_meeting_and_the_arrival_is_the_same_trip():
    text = ("التقى رئيس هيئة الأركان العامة السعودي الفريق الأول فياض الرويلي في طهران اليوم رئيس الأركان العامة "
            "للقوات المسلحة الإيرانية اللواء محمد باقري.\n\n"
            "كما التقى الرويلي وزير الدفاع الإيراني العميد محمد رضا آشتياني.\n\n"
            "ووصل الرويلي إلى طهران صباح اليوم في زيارة رسمية.")
    found = rasad.extract(text, published="2023-11-12")["events"]
    assert [e["countries"] for e in found] == [["IRN", "SAU"], ["IRN", "SAU"]]


def test_a_sentence_about_the_call_just_told_is_the_same_event():
    text = ("وزیر دفاع مصر تماس تلفنی با وزیر دفاع اسرائیل برقرار کرد.\n\n"
            "وزیر دفاع مصر در این تماس درخصوص هماهنگی برای جلوگیری از تکرار چنین حوادثی در آینده گفتگو کرد.")
    found = rasad.extract(text, published="2023-06-04")["events"]
    assert [(e["countries"], e["status"], e["mode"]) for e in found] == [(["EGY", "ISR"], "occurred", "phone")]


def test_places_listed_after_in_are_not_sides_and_a_remark_pointed_at_is_not_background():
    text = ("فرمانده نیروی دریایی ارتش ایران در دیدار با فرمانده نیروی دریایی ایتالیا با اشاره به همکاری‌های "
            "گذشته دو کشور در سوریه و عراق گفت روابط رو به گسترش است.")
    found = rasad.extract(text, published="2019-06-04")["events"]
    assert [(e["countries"], e["background"]) for e in found] == [(["IRN", "ITA"], False)]


@pytest.mark.parametrize("text, published", [
    ("Pakistan's army chief General Asim Munir has left for the United States on an official visit, the "
     "military said on Sunday.", "2023-12-10"),
    ("وزیر دفاع ایران امروز برای دیدار و گفتگو با مقامات آفریقای جنوبی عازم پرتوریا شد.", "2016-05-10"),
])
def test_setting_out_on_a_visit_announces_its_meetings(text, published):
    found = rasad.extract(text, published=published)["events"]
    assert [e["status"] for e in found] == ["planned"]


def test_a_city_visited_to_attend_a_gathering_is_not_a_side_but_the_place():
    text = ("Turkish Defence Minister Hulusi Akar, who is visiting Brussels to attend a meeting of NATO defence "
            "ministers, held several bilateral meetings.\n\n"
            "Akar met with British Defence Secretary Ben Wallace and with US Defense Secretary Lloyd Austin.")
    found = rasad.extract(text, published="2022-03-17")["events"]
    assert sorted(("-".join(e["countries"]), e["location"], e["mode"]) for e in found) == [
        ("GBR-TUR", "Brussels", "third-country"), ("TUR-USA", "Brussels", "third-country")]


def test_a_visit_to_two_countries_is_a_visit_to_each():
    text = ("Defence Minister Rajnath Singh is scheduled to visit Japan (2-3 September) and the Republic of Korea "
            "(5-6 September) for bilateral talks. Singh will also call on the Prime Minister of Japan, Shinzo Abe.")
    assert pairs(text, "2019-08-30") == ["IND-JPN", "IND-JPN", "IND-KOR"]


def test_an_honorific_does_not_end_the_sentence():
    text = ("Australian Deputy Prime Minister the Hon. Richard Marles, Japanese Defence Minister Yasukazu Hamada "
            "and US Defense Secretary Lloyd Austin convened a trilateral meeting in Singapore on Saturday.")
    assert pairs(text, "2023-06-03") == ["AUS-JPN-USA"]


@pytest.mark.parametrize("text, published, expected", [
    ("Defence Minister Rajnath Singh held talks with his South Korean counterpart Jeong Kyeong-doo in Seoul on "
     "Thursday. Two agreements on defence education and naval logistics were signed, the ministry said.",
     "2019-09-05", [("MEET", "IND-KOR"), ("SIGN", "IND-KOR")]),
    ("التقى رئيس أركان الجيش المصري في أنقرة اليوم نظيره التركي.\n\n"
     "وفي ختام اللقاء، وقع رئيسا الأركان في كلا البلدين على محضر الاجتماع الختامي للجنة العسكرية.",
     "2024-11-20", [("MEET", "EGY-TUR"), ("SIGN", "EGY-TUR")]),
])
def test_a_signing_that_names_no_country_is_the_pairs(text, published, expected):
    found = rasad.extract(text, published=published)["events"]
    assert sorted((e["type"], "-".join(e["countries"])) for e in found) == expected


@pytest.mark.parametrize("text, published", [
    ("Argentine Defence Minister Luis Petri and Chilean Defence Minister Maya Fernandez signed a memorandum on "
     "joint Antarctic patrols in Santiago on Tuesday. The memorandum was signed as Chilean President Gabriel "
     "Boric received Argentine Foreign Minister Diana Mondino for talks, the ministry said.", "2024-08-21"),
    ("مایا فرناندز وزیر دفاع شیلی و لوئیس پتری وزیر دفاع آرژانتین روز سه شنبه در سانتیاگو تفاهمنامه ای درباره "
     "گشت مشترک قطبی امضا کردند. این تفاهمنامه در جریان دیدار گابریل بوریچ رئیس جمهور شیلی با دیانا موندینو "
     "وزیر امور خارجه آرژانتین امضا شد.", "2024-08-21"),
])
def test_a_signing_told_again_is_the_same_signing(text, published):
    found = rasad.extract(text, published=published)["events"]
    assert sorted((e["type"], "-".join(e["countries"])) for e in found) == [("MEET", "ARG-CHL"), ("SIGN", "ARG-CHL")]


def test_documents_of_a_summit_are_not_the_pairs():
    text = ("التقى الرئيس الصيني نظيره الروسي في أستانا اليوم على هامش قمة منظمة شنغهاي للتعاون.\n\n"
            "وتختتم القمة أعمالها غدا بتوقيع عدد من الوثائق الجماعية.")
    found = rasad.extract(text, published="2024-07-03")["events"]
    assert [e["type"] for e in found] == ["MEET"]


def test_a_place_carried_from_the_last_meeting_stops_at_another_country():
    text = ("يبدأ وزير الدفاع التركي يشار غولر الأسبوع المقبل جولة يزور خلالها أذربيجان وجورجيا. ومن المقرر أن "
            "يلتقي غولر في باكو نظيره الأذربيجاني ذاكر حسنوف.")
    found = rasad.extract(text, published="2025-01-28")["events"]
    assert sorted(("-".join(e["countries"]), e["location"]) for e in found) == [("AZE-TUR", "Baku"),
                                                                               ("GEO-TUR", None)]


def test_a_meeting_in_a_city_state_has_its_city():
    text = "Hegseth met Japanese Defense Minister Gen Nakatani in Singapore on Saturday."
    [e] = rasad.extract(text, published="2025-05-31")["events"]
    assert (e["location"], e["mode"]) == ("Singapore", "third-country")


def test_evidence_is_the_sentence_that_states_the_event_not_a_title_or_a_later_remark():
    text = ("Doha Herald\n\nGulf edition\n\nWednesday 25 October 2017\n\nWorld news\n\n"
            "Shoigu holds talks with Qatar's emir Tamim bin Hamad\n\n"
            "Russian Defence Minister Sergei Shoigu met the Emir of Qatar, Sheikh Tamim bin Hamad Al Thani, in Doha "
            "on Wednesday.\n\nDuring the meeting, the two discussed regional security.")
    [e] = rasad.extract(text, published="2017-10-25")["events"]
    assert e["evidence"]["text"].startswith("Russian Defence Minister Sergei Shoigu met")


@pytest.mark.parametrize("text", [
    "The defence ministers of China and the United States have kicked off separate meetings with Asian "
    "counterparts in Singapore, but the chances of a meeting between the two remain slim.",
    "Will the Chinese and US defence chiefs hold bilateral talks in Singapore?",
])
def test_a_meeting_spoken_of_as_possible_or_held_apart_is_no_event(text):
    assert pairs(text, "2023-06-02") == []


def test_the_two_sides_also_discussed_is_the_same_meeting():
    text = ("وزیر دفاع ایران امروز در مسکو با آندری بلوسوف وزیر دفاع روسیه دیدار کرد. دو طرف همچنین درباره "
            "همکاری‌های نظامی گفتگو کردند.")
    assert pairs(text, "2025-02-18") == ["IRN-RUS"]


@pytest.mark.parametrize("text", [
    "وزیر دفاع ایران با حضور آندری بلوسوف وزیر دفاع روسیه در تهران با همتای سوری خود دیدار کرد.",
    "استقبل وزير الدفاع الإيراني في طهران اليوم نظيره السوري بحضور وزير الدفاع الروسي أندريه بيلوسوف.",
])
def test_the_country_of_an_attendee_is_not_a_side(text):
    assert pairs(text, "2024-03-03") == ["IRN-SYR"]


@pytest.mark.parametrize("text, expected", [
    ("India signed defence cooperation agreements with France and Germany on Monday.", ["DEU-IND", "FRA-IND"]),
    ("کره جنوبی روز دوشنبه با لهستان و رومانی قراردادهای جداگانه‌ای برای فروش تانک امضا کرد.",
     ["KOR-POL", "KOR-ROU"]),
    ("وقعت مصر اليوم مذكرة تفاهم للتعاون العسكري مع اليونان في أثينا.", ["EGY-GRC"]),
    ("أجرى وزير الدفاع التركي يشار غولر اتصالين هاتفيين مع نظيريه الأذربيجاني والجورجي.", ["AZE-TUR", "GEO-TUR"]),
])
def test_a_country_that_is_the_subject_of_the_trigger_is_a_side(text, expected):
    assert pairs(text, "2024-03-04") == expected


@pytest.mark.parametrize("text, expected", [
    ("شارك وزير الدفاع السعودي في اجتماع افتراضي لمجموعة الاتصال الدولية بشأن أوكرانيا.", []),
    ("On the sidelines of the BRICS summit in Kazan, Putin held talks with Xi Jinping, Narendra Modi and Masoud "
     "Pezeshkian.", []),
    ("Indian and Chinese military commanders held the 21st round of corps commander-level talks on Monday.",
     ["CHN-IND"]),
])
def test_gatherings_and_meetings_whose_agent_is_unnamed(text, expected):
    assert pairs(text, "2024-10-23") == expected


@pytest.mark.parametrize("text, published, absent", [
    ("Polish Deputy Prime Minister and Defence Minister Wladyslaw Kosiniak-Kamysz met his South Korean "
     "counterpart Shin Won-sik in Seoul on Tuesday.", "2024-05-21", {"Donald Tusk", "Han Duck-soo"}),
    ("استقبل الشيخ فهد يوسف سعود الصباح نائب رئيس مجلس الوزراء وزير الدفاع الكويتي اليوم وزير الدفاع "
     "الأردني في الكويت.", "2024-03-10", {"Mohammad Sabah Al-Salem Al-Sabah", "Ahmad Nawaf Al-Ahmad Al-Sabah"}),
])
def test_a_deputy_prime_minister_does_not_bring_in_the_prime_minister(text, published, absent):
    found = rasad.extract(text, published=published)["events"]
    assert len(found) == 1
    assert not {p["name"] for p in found[0]["persons"]} & absent


@pytest.mark.parametrize("text, published", [
    ("وصل إلى عمّان اليوم الثلاثاء رئيس أركان الجيش العراقي في زيارة رسمية للمملكة تستمر يومين. ومن المقرر أن "
     "يلتقي خلال الزيارة رئيس هيئة الأركان المشتركة الأردنية لبحث ضبط الحدود.", "2023-10-17"),
    ("Kenyan Defence Cabinet Secretary Aden Duale arrived in Mogadishu on Monday for a two-day visit. He is "
     "scheduled to hold talks with his Somali counterpart on the drawdown of African Union troops.", "2023-06-12"),
])
def test_an_arrival_for_meetings_announced_is_one_planned_meeting(text, published):
    found = [e for e in rasad.extract(text, published=published)["events"] if not e["background"]]
    assert [(e["type"], e["status"]) for e in found] == [("MEET", "planned")]


def test_a_welcome_on_arrival_is_a_meeting_that_happened():
    text = ("Kenyan Defence Cabinet Secretary Aden Duale arrived in Mogadishu on Monday, where he was received at "
            "the airport by Somali Defence Minister Abdulkadir Mohamed Nur. He is scheduled to meet President "
            "Hassan Sheikh Mohamud on Tuesday.")
    found = [e for e in rasad.extract(text, published="2023-06-12")["events"] if not e["background"]]
    assert ("MEET", "occurred") in [(e["type"], e["status"]) for e in found]


def test_amman_written_with_its_shadda_is_the_city_not_oman():
    found = rasad.extract("وصل وزير الدفاع العراقي إلى عمّان اليوم في زيارة رسمية يلتقي خلالها نظيره الأردني.",
                          published="2023-10-17")["events"]
    assert [("-".join(e["countries"]), e["location"]) for e in found] == [("IRQ-JOR", "Amman")]


def test_after_the_talks_with_a_glued_conjunction_points_back_at_them():
    # «وعقب المباحثات» is «عقب المباحثات» with «و» glued on: the talks already told, not a second meeting
    # of the signatories
    text = ("استقبل الرئيس النيجيري بولا أحمد تينوبو في القصر الرئاسي بأبوجا اليوم الفريق أول محمد إدريس ديبي "
            "إتنو رئيس المرحلة الانتقالية في جمهورية تشاد الذي يقوم بزيارة رسمية إلى البلاد.\n\n"
            "وعقب المباحثات شهد الرئيسان توقيع مذكرة تفاهم للتعاون الأمني بين البلدين، وقعها عن الجانب "
            "النيجيري وزير الدفاع محمد بدارو أبو بكر، وعن الجانب التشادي وزير القوات المسلحة.")
    found = rasad.extract(text, published="2024-03-05")["events"]
    assert sorted(e["type"] for e in found) == ["MEET", "SIGN"]
    sign = next(e for e in found if e["type"] == "SIGN")
    # «وعن الجانب التشادي وزير ...» names a side, not a person called «وعن الجانب»
    assert all("الجانب" not in " ".join(p["mentions"]) for p in sign["persons"])


def test_their_meeting_with_the_hamza_on_its_seat_is_a_meeting():
    # «لقائهما»: «لقاء» with a pronoun writes its hamza on a seat («ئ»)
    text = ("بحث وزير الدفاع الكيني مع رئيس الوزراء الإثيوبي آبي أحمد خلال لقائهما اليوم في أديس أبابا "
            "التعاون الأمني بين البلدين.")
    found = rasad.extract(text, published="2024-05-14")["events"]
    assert [("-".join(e["countries"]), e["location"]) for e in found] == [("ETH-KEN", "Addis Ababa")]


@pytest.mark.parametrize("text,lang", [
    ("نقل وزير الدفاع الكيني تحيات الرئيس ويليام روتو إلى رئيس الوزراء الإثيوبي آبي أحمد خلال لقائه اليوم "
     "في أديس أبابا.", "ar"),
    ("Kenya's Defence Cabinet Secretary met Ethiopian Prime Minister Abiy Ahmed in Addis Ababa on Tuesday and "
     "delivered a message from President William Ruto on regional security.", "en"),
    ("وزیر دفاع کنیا در دیدار با نخست وزیر اتیوپی در آدیس آبابا پیام ویلیام روتو رئیس جمهور کنیا را تسلیم کرد.",
     "fa"),
])
def test_the_official_who_sent_greetings_or_a_message_is_not_at_the_meeting(text, lang):
    found = rasad.extract(text, lang=lang, published="2024-05-14")["events"]
    assert len(found) == 1
    names = {p["name"] for p in found[0]["persons"]}
    assert "Abiy Ahmed" in names and "William Ruto" not in names


def test_also_met_an_official_of_the_host_named_with_the_visitor_left_to_the_context():
    # «كما التقى رئيس الأركان العامة، مساعد رئيس هيئة الأركان ... X»: the bare office is the visitor (the
    # sentence names the host's country), the assistant is not the host's chief of staff, and the
    # official named is met in a further meeting
    text = ("التقى رئيس الأركان العامة للجيش الكويتي الفريق الركن خالد الشريعان في عمّان اليوم الاثنين رئيس هيئة "
            "الأركان المشتركة في المملكة الأردنية الهاشمية اللواء الركن يوسف الحنيطي، وبحث الجانبان سبل تعزيز "
            "التعاون العسكري.\n\n"
            "كما التقى رئيس الأركان العامة، مساعد رئيس هيئة الأركان المشتركة للعمليات في المملكة الأردنية "
            "الهاشمية العميد سامر الخطايبة، حيث جرى بحث برامج التدريب المشترك.")
    found = rasad.extract(text, published="2026-02-09")["events"]  # a Monday with Al-Shuraian in office
    assert [e["countries"] for e in found] == [["JOR", "KWT"], ["JOR", "KWT"]]
    second = {p["country"]: p for p in found[1]["persons"]}
    assert "سامر الخطايبة" in second["JOR"]["mentions"] and second["KWT"]["role"] == "chief of staff"
    assert "Yousef Huneiti" not in {p["name"] for p in found[1]["persons"]}


@pytest.mark.parametrize("text,lang", [
    ("عُقد في القاهرة اليوم اللقاء التشاوري بين الرئيس المصري عبد الفتاح السيسي والعاهل الأردني الملك عبد الله "
     "الثاني ورئيس مجلس الوزراء العراقي محمد شياع السوداني.", "ar"),
    ("A consultative meeting between Egyptian President Abdel Fattah el-Sisi, Jordan's King Abdullah II and the "
     "Prime Minister of Iraq Mohammed Shia al-Sudani was held in Cairo on Monday.", "en"),
])
def test_a_meeting_between_three_leaders_each_named_with_his_office_is_one_meeting(text, lang):
    found = rasad.extract(text, lang=lang, published="2023-06-12")["events"]
    assert [e["countries"] for e in found] == [["EGY", "IRQ", "JOR"]]


@pytest.mark.parametrize("text,lang", [
    ("Kenya, Uganda deepen border security cooperation\n\nKampala (EAN) - Uganda's Minister of Defence met his "
     "Kenyan counterpart in Kampala on Monday to discuss joint patrols along the shared border.\n\n"
     "More from East Africa\nTanzania's president receives Rwandan foreign minister in Dodoma\n"
     "Ethiopia and Djibouti sign port security agreement\n", "en"),
    ("الجزائر وتونس تبحثان التعاون العسكري\n\nاستقبل وزير الدفاع الوطني التونسي اليوم الاثنين بتونس رئيس أركان "
     "الجيش الوطني الشعبي الجزائري، وبحث الجانبان تأمين الحدود المشتركة.\n\nالأخبار ذات الصلة\n"
     "وزير الخارجية المصري يستقبل نظيره السوداني\nالرئيس الموريتاني يتلقى اتصالا من العاهل المغربي\n", "ar"),
])
def test_headlines_listed_under_related_news_are_not_events(text, lang):
    # "More from <section>" and «الأخبار ذات الصلة» head lists of other stories' headlines
    found = rasad.extract(text, lang=lang, published="2024-03-04")["events"]
    assert [e["countries"] for e in found] in ([["KEN", "UGA"]], [["DZA", "TUN"]])


@pytest.mark.parametrize("text,lang", [
    ("یادداشت تفاهم دفاعی دو کشور سال گذشته به امضای پرابوو سوبیانتو، وزیر دفاع وقت و رئیس جمهور کنونی "
     "اندونزی، و ریچارد مارلز معاون نخست وزیر استرالیا رسیده بود.", "fa"),
    ("وقّع المذكرة العام الماضي برابوو سوبيانتو، وزير الدفاع آنذاك والرئيس الحالي لإندونيسيا، ونائب رئيس "
     "الوزراء الأسترالي ريتشارد مارلز.", "ar"),
])
def test_an_office_called_current_belongs_to_the_country_after_it(text, lang):
    # «رئیس جمهور کنونی اندونزی» is Indonesia's president, not the outlet's own
    found = rasad.extract(text, lang=lang, published="2025-03-10")["events"]
    assert [e["countries"] for e in found] == [["AUS", "IDN"]]
    assert {p["name"] for p in found[0]["persons"]} == {"Prabowo Subianto", "Richard Marles"}


@pytest.mark.parametrize("text,lang", [
    ("Vietnam's defence minister held talks with his Indonesian counterpart in Jakarta on Monday.\n\n"
     "The Vietnamese minister is expected to visit the Surabaya naval shipyard on Wednesday before flying home.",
     "en"),
    ("أجرى وزير الدفاع الفيتنامي محادثات مع نظيره الإندونيسي في جاكرتا يوم الاثنين.\n\n"
     "ومن المقرر أن يقوم الوزير الفيتنامي بزيارة قاعدة بحرية في سورابايا يوم الأربعاء قبل عودته.", "ar"),
    ("وزیر دفاع ویتنام روز دوشنبه در جاکارتا با همتای اندونزیایی خود دیدار و گفتگو کرد.\n\n"
     "وزیر ویتنامی قرار است روز چهارشنبه پیش از بازگشت به هانوی، سفری به پایگاه دریایی سورابایا داشته باشد.", "fa"),
])
def test_a_visit_to_a_base_or_a_factory_is_not_a_further_meeting(text, lang):
    found = rasad.extract(text, lang=lang, published="2025-05-20")["events"]
    assert [(e["countries"], e["status"]) for e in found] == [(["IDN", "VNM"], "occurred")]


@pytest.mark.parametrize("text,lang", [
    ("شارك رئيس الوزراء الإثيوبي آبي أحمد اليوم في القمة الثلاثية التي جمعته بالرئيس الكيني وليام روتو والرئيس "
     "الأوغندي يويري موسيفيني في نيروبي.", "ar"),
    ("Ethiopian Prime Minister Abiy Ahmed took part on Monday in a trilateral summit with Kenyan President William "
     "Ruto and Ugandan President Yoweri Museveni in Nairobi.", "en"),
    ("آبی احمد نخست وزیر اتیوپی امروز در اجلاس سه جانبه با ویلیام روتو رئیس جمهور کنیا و یووری موسوینی رئیس جمهور "
     "اوگاندا در نایروبی شرکت کرد.", "fa"),
])
def test_taking_part_in_a_trilateral_summit_with_named_leaders_is_a_meeting_of_the_three(text, lang):
    found = rasad.extract(text, lang=lang, published="2024-05-13")["events"]
    assert [e["countries"] for e in found] == [["ETH", "KEN", "UGA"]]


def test_the_office_written_after_the_sender_of_a_message_is_not_a_side():
    # «پیام NAME نخست وزیر مجارستان»: the prime minister sent the message, he did not meet anyone
    text = ("الکساندر ووچیچ رئیس جمهور صربستان روز دوشنبه در بلگراد با وزیر دفاع مجارستان دیدار کرد. وزیر دفاع "
            "مجارستان در این دیدار پیام ویکتور اوربان نخست وزیر مجارستان را به ووچیچ تحویل داد.")
    found = rasad.extract(text, lang="fa", published="2024-10-08")["events"]
    assert [e["countries"] for e in found] == [["HUN", "SRB"]]
    assert "Viktor Orbán" not in {p["name"] for p in found[0]["persons"]}


@pytest.mark.parametrize("text,lang", [
    ("التقى الوزير المنتدب لدى رئيس الحكومة المغربية المكلف بإدارة الدفاع الوطني، عبد اللطيف لوديي، اليوم في "
     "داكار وزير القوات المسلحة السنغالي.", "ar"),
    ("Morocco's Minister Delegate to the Head of Government in charge of National Defence Administration, "
     "Abdellatif Loudiyi, met Senegal's Minister of the Armed Forces in Dakar on Monday.", "en"),
])
def test_the_office_a_minister_delegate_is_attached_to_is_not_a_side(text, lang):
    found = rasad.extract(text, lang=lang, published="2025-04-14")["events"]
    assert [e["countries"] for e in found] == [["MAR", "SEN"]]
    assert "Aziz Akhannouch" not in {p["name"] for p in found[0]["persons"]}


@pytest.mark.parametrize("text,lang", [
    ("وزیر دفاع ژاپن شامگاه جمعه با وزیر دفاع استرالیا تلفنی گفتگو کرد.\n"
     "همزمان با این مکالمه تلفنی، گزارشهایی مبنی بر سفر «یوشیهیده یوشیدا» رئیس ستاد مشترک ژاپن به استرالیا برای "
     "شرکت در نشستهایی با فرماندهان ارتش استرالیا منتشر شده است.", "fa"),
    ("Japan's defence minister held a phone call with his Australian counterpart on Friday evening.\n"
     "Coinciding with the call, Japan's Chief of Joint Staff Yoshihide Yoshida travelled to Canberra for meetings "
     "with Australian commanders.", "en"),
])
def test_a_call_named_only_to_date_another_event_does_not_take_its_people(text, lang):
    # «همزمان با این مکالمه», "coinciding with the call": not more about the call
    found = rasad.extract(text, lang=lang, published="2024-05-11")["events"]
    call = [e for e in found if "Minoru Kihara" in {p["name"] for p in e["persons"]}]
    assert len(call) == 1
    assert "Yoshihide Yoshida" not in {p["name"] for p in call[0]["persons"]}


def test_he_will_also_call_on_names_a_further_meeting_of_the_pair_last_told():
    # the lead names three countries; "He will also call on the President of Indonesia" is a meeting of the
    # pair told just before (Australia–Indonesia), and Manila, told for the other pair, is not its place
    text = ("Australian Defence Minister Richard Marles is scheduled to visit the Philippines and Indonesia from 10 "
            "to 13 March 2025.\n\n"
            "In Manila, Marles will hold talks with Gilberto Teodoro, Secretary of National Defense of the Philippines. "
            "He will also call on the President of the Philippines, Mr. Ferdinand Marcos Jr.\n\n"
            "In Jakarta, Marles will have a bilateral dialogue with Mr. Sjafrie Sjamsoeddin, Minister of Defence of "
            "Indonesia. He will also call on the President of Indonesia, Mr. Prabowo Subianto.")
    found = rasad.extract(text, lang="en", published="2025-03-05")["events"]
    idn = [e for e in found if e["countries"] == ["AUS", "IDN"]]
    assert sorted(tuple(sorted(p["name"] for p in e["persons"])) for e in idn) == [
        ("Prabowo Subianto", "Richard Marles"), ("Richard Marles", "Sjafrie Sjamsoeddin")]
    assert all(e["location"] != "Manila" for e in idn)


@pytest.mark.parametrize("text,lang", [
    ("وزیر دفاع کلمبیا که برای یک سفر دو روزه به برزیل رفته است روز گذشته در برازیلیا با وزیر دفاع برزیل دیدار و "
     "گفتگو کرد.", "fa"),
    ("التقى وزير الدفاع الكولومبي، الذي يزور البرازيل، يوم الثلاثاء الماضي في برازيليا نظيره البرازيلي.", "ar"),
])
def test_yesterday_and_last_weekday_date_the_news_they_do_not_make_it_a_reference(text, lang):
    # «روز گذشته» (yesterday) and «الثلاثاء الماضي» hold the background words «گذشته», «الماضي»
    found = rasad.extract(text, lang=lang, published="2025-06-11")["events"]
    assert [(e["countries"], e["background"]) for e in found] == [(["BRA", "COL"], False)]


@pytest.mark.parametrize("text,lang", [
    ("استقبل وزير الدفاع التونسي اليوم في تونس نظيره الإيطالي. وعلم أن اللقاء الذي كان مرتقبا بين الوزير الإيطالي "
     "والرئيس التونسي قد تأجل إلى موعد لاحق.", "ar"),
    ("Canada's defence minister met his German counterpart in Brussels on Thursday. He did not hold a separate "
     "meeting with the U.S. Defense Secretary, an official said.", "en"),
    ("تلقى وزير الدفاع القطري اليوم اتصالا هاتفيا من وزير الدفاع التركي. كما وجه الوزير القطري دعوة إلى الوزير "
     "التركي لزيارة الدوحة في الفترة المقبلة.", "ar"),
    ("The prime ministers of Fiji and New Zealand signed a defence pact in Wellington on Monday.\n\nThe signing "
     "had been expected during the New Zealand leader's trip to Suva last month, but was put off.", "en"),
])
def test_a_postponed_meeting_a_meeting_not_held_and_an_invitation_are_not_events(text, lang):
    found = rasad.extract(text, lang=lang, published="2025-02-13")["events"]
    assert len(found) == 1


@pytest.mark.parametrize("text,lang", [
    ("التقى وزير الدفاع الموريتاني يوم الثلاثاء بوزير القوات المسلحة السنغالي على هامش معرض للدفاع في أبوظبي.\n\n"
     "وتناول اللقاء التنسيق الأمني على الحدود بين البلدين.\n\n"
     "كما التقى الوزير في اليوم نفسه بوزير الدولة لشؤون الدفاع في دولة الإمارات محمد بن مبارك فاضل المزروعي.", "ar"),
    ("Mauritania's defence minister met Senegal's Minister of the Armed Forces on Tuesday on the sidelines of a "
     "defence fair in Abu Dhabi.\n\nThe talks covered border security between the two countries.\n\n"
     "The minister also met Mohamed bin Mubarak Fadhel Al Mazrouei of the UAE the same day.", "en"),
])
def test_also_met_with_the_subject_left_out_is_a_meeting_of_the_one_who_met_before(text, lang):
    found = rasad.extract(text, lang=lang, published="2025-02-19")["events"]
    assert sorted(e["countries"] for e in found) == [["ARE", "MRT"], ["MRT", "SEN"]]


def test_a_headline_after_site_name_menu_date_and_id_lines_is_still_a_headline():
    # the headline sums up two meetings; the body tells them apart
    text = ("پایگاه خبری نمونه\nاخبار | تحلیل | گفت‌وگو | آسیا\nچهارشنبه ۱۹ دی ۱۴۰۳ ساعت ۱۱:۴۰\nشناسه: ۷۱۱۸۲\n\n"
            "دیدار فرمانده ارتش پاکستان با وزیر دفاع و وزیر خارجه چین\n\n"
            "ژنرال عاصم منیر فرمانده ارتش پاکستان روز سه‌شنبه در پکن با دونگ جون وزیر دفاع چین دیدار کرد.\n\n"
            "منیر همان روز در دیداری جداگانه با وانگ یی وزیر امور خارجه چین نیز گفت‌وگو کرد.")
    found = rasad.extract(text, lang="fa", published="2025-01-08")["events"]
    assert sorted(sorted(p["name"] for p in e["persons"]) for e in found) == [
        ["Asim Munir", "Dong Jun"], ["Asim Munir", "Wang Yi"]]


@pytest.mark.parametrize("text,lang,city", [
    ("Uganda, Kenya hold border talks\n\nKAMPALA - Uganda's defence minister on Thursday hosted the Kenyan defence "
     "minister for talks on cross-border security.", "en", "Kampala"),
    ("وزير الدفاع العماني يستقبل رئيس أركان الدفاع البريطاني\n\nمسقط - العمانية\nاستقبل وزير الدفاع العماني اليوم "
     "رئيس أركان الدفاع البريطاني، وبحث الجانبان التعاون العسكري بين البلدين.", "ar", "Muscat"),
])
def test_the_city_of_the_dateline_is_where_the_lead_meeting_took_place(text, lang, city):
    found = rasad.extract(text, lang=lang, published="2025-03-14")["events"]
    assert [e["location"] for e in found] == [city]


def test_oman_spelled_like_amman_in_a_story_about_jordan_is_amman():
    # «عمان» is Oman and Amman; the story names Jordan and nothing else of Oman
    text = ("التقى رئيس هيئة الأركان المشتركة الأردنية اليوم وزير الدفاع السوري، الذي وصل إلى عمان أمس على رأس وفد "
            "عسكري، وبحث الجانبان ضبط الحدود بين البلدين.")
    found = rasad.extract(text, lang="ar", published="2025-05-11")["events"]
    assert [(e["countries"], e["location"]) for e in found] == [(["JOR", "SYR"], "Amman")]


@pytest.mark.parametrize("phrase", ["وزارة الدفاع", "بوزارة الخارجية", "الوزارة"])
def test_the_ministry_is_not_a_visit(phrase):
    # «وزارة» is «و» + «زار» + «ة» to a matcher that allows clitics
    from rasad.events.lexicon import triggers
    from rasad.normalise import fold
    found = triggers("ar").find(fold(phrase), "ar")
    assert not any(t.type != "NONE" for _, _, ts in found for t in ts)


@pytest.mark.parametrize("text,lang", [
    ("وزیر دفاع ترکیه امروز برای دیدار با ذاکر حسن اف وزیر دفاع آذربایجان عازم باکو شد.\n\n"
     "یاشار گولر در این سفر با علی اسدوف نخست وزیر آذربایجان نیز دیدار خواهد کرد.", "fa"),
])
def test_a_meeting_with_a_named_official_during_this_trip_is_a_meeting_of_its_own(text, lang):
    # «در این سفر» points back at the trip, not at the meeting the sentence announces
    found = rasad.extract(text, lang=lang, published="2024-07-08")["events"]
    assert sorted(sorted(p["name"] for p in e["persons"]) for e in found) == [
        ["Ali Asadov", "Yaşar Güler"], ["Yaşar Güler", "Zakir Hasanov"]]


def test_a_surname_after_a_full_name_with_jr_is_that_person():
    text = ("Philippine Defense Secretary Gilberto Teodoro Jr. spoke by phone with Singapore's defence minister on "
            "Wednesday.\n\nTeodoro will travel to Singapore next week for talks, his office said.")
    found = rasad.extract(text, lang="en", published="2025-03-20")["events"]
    planned = [e for e in found if e["status"] == "planned"]
    assert planned and "Gilberto Teodoro" in {p["name"] for p in planned[0]["persons"]}
    assert "Teodoro" in next(p for p in planned[0]["persons"] if p["name"] == "Gilberto Teodoro")["mentions"]


def test_a_title_and_the_first_name_of_someone_named_before_is_that_person():
    text = ("Oman's Foreign Minister Badr Albusaidi held talks with British Foreign Secretary David Lammy in London "
            "on Monday.\n\nDuring the visit, Sayyid Badr was received by Prime Minister Keir Starmer at 10 Downing "
            "Street.")
    found = rasad.extract(text, lang="en", published="2025-01-14")["events"]
    assert sorted(sorted(p["name"] for p in e["persons"]) for e in found) == [
        ["Badr Albusaidi", "David Lammy"], ["Badr Albusaidi", "Keir Starmer"]]


def test_two_officials_of_one_side_met_by_someone_left_to_the_context_are_that_meeting_s_people():
    # «او ... با X و Y دیدار کرد»: X and Y are the ones met, not two officials meeting each other
    text = ("نخست وزیر مغولستان روز سه شنبه وارد پکن شد.\n\n"
            "او در پکن با لی چیانگ نخست وزیر چین و شی جین پینگ رئیس جمهور این کشور دیدار و گفتگو کرد.")
    found = rasad.extract(text, lang="fa", published="2024-05-01")["events"]
    assert [e["countries"] for e in found] == [["CHN", "MNG"]]
    assert {"Li Qiang", "Xi Jinping"} <= {p["name"] for p in found[0]["persons"]}


def test_a_trip_cancelled_to_one_capital_does_not_call_off_a_trip_announced_to_the_other():
    text = ("Philippine Defense Secretary Gilberto Teodoro and Singapore's Minister for Defence Ng Eng Hen spoke by "
            "phone on Wednesday.\n\nTeodoro will travel to Singapore next week for talks with Ng.\n\n"
            "Ng had been scheduled to visit Manila in February, but the trip was cancelled.")
    found = rasad.extract(text, lang="en", published="2025-03-20")["events"]
    assert sorted(e["status"] for e in found) == ["occurred", "planned"]


@pytest.mark.parametrize("text,lang", [
    ("وصل رؤساء أركان جيوش دول الساحل إلى نيامي أمس للمشاركة في الاجتماع الدوري للجنة العسكرية المشتركة.\n"
     "وكان أول الواصلين رئيس أركان الجيش المالي، ثم وصل رئيس أركان جيش بوركينا فاسو، كما وصل رئيس أركان الجيش "
     "التشادي.", "ar"),
    ("Army chiefs of the Sahel states arrived in Niamey on Monday to take part in a meeting of the joint military "
     "committee.\nThe first to arrive was Mali's army chief, followed by Burkina Faso's army chief; Chad's army "
     "chief also arrived in the Nigerien capital.", "en"),
])
def test_arrivals_for_a_gathering_are_not_visits_of_two(text, lang):
    found = rasad.extract(text, lang=lang, published="2024-05-14")["events"]
    assert not any(len(e["countries"]) == 2 for e in found)


def test_an_official_named_with_an_office_in_a_datelined_lede_is_of_the_dateline_s_country():
    text = ("Pierre, Mottley discuss regional security\n\n"
            "CASTRIES (CW) - Prime Minister Philip J. Pierre held a telephone conversation with "
            "Barbados Prime Minister Mia Mottley on Monday, his office said.")
    found = rasad.extract(text, lang="en", published="2025-03-11")["events"]
    assert [e["countries"] for e in found] == [["BRB", "LCA"]]
    assert {p["country"] for p in found[0]["persons"]} == {"BRB", "LCA"}


@pytest.mark.parametrize("text,lang", [
    ("وزیر دفاع ارمنستان امروز در تماس تلفنی با وزیر دفاع یونان گفتگو کرد.\n\n"
     "وزیر یونانی در پایان این تماس از همتای ارمنی خود دعوت کرد در ماه‌های آینده به آتن سفر کند؛ وزیر ارمنستان "
     "این دعوت را پذیرفت.\n\nارمنستان و یونان هر سال برنامه همکاری نظامی دوجانبه امضا می‌کنند.", "fa"),
    ("Armenia's defence minister held a phone call with his Greek counterpart on Tuesday.\n\n"
     "At the end of the call the Greek minister invited his Armenian counterpart to visit Athens in the coming "
     "months.\n\nThe two countries sign a bilateral military cooperation plan every year.", "en"),
])
def test_an_invitation_at_the_end_of_a_call_and_what_is_done_every_year_are_not_events(text, lang):
    found = rasad.extract(text, lang=lang, published="2025-02-18")["events"]
    assert [(e["type"], e["status"]) for e in found] == [("MEET", "occurred")]


def test_the_two_ministers_meeting_a_third_in_a_trilateral_is_a_meeting_of_the_three():
    text = ("وزیران دفاع ژاپن و کره جنوبی روز شنبه در حاشیه گفت‌وگوی شانگری‌لا در سنگاپور دیدار کردند.\n\n"
            "قرار است دو وزیر امروز یکشنبه در سنگاپور نشست سه‌جانبه‌ای با لوید آستین وزیر دفاع آمریکا برگزار کنند.")
    found = rasad.extract(text, lang="fa", published="2024-06-02")["events"]
    assert sorted(e["countries"] for e in found) == [["JPN", "KOR"], ["JPN", "KOR", "USA"]]


def test_a_trilateral_put_off_to_another_time_is_not_an_event():
    text = ("وزیر دفاع سوئد روز پنجشنبه در هلسینکی با همتای فنلاندی خود دیدار و گفتگو کرد.\n\n"
            "نشست سه‌جانبه با وزیر دفاع نروژ که برای همین هفته در نظر گرفته شده بود، به زمان دیگری موکول شد.")
    found = rasad.extract(text, lang="fa", published="2024-11-15")["events"]
    assert [e["countries"] for e in found] == [["FIN", "SWE"]]


def test_a_postponed_trip_to_one_capital_leaves_a_visit_announced_to_the_other_in_arabic_word_order():
    # «أن يزور الرئيس الصومالي ... أنقرة»: the city stands after the subject, not right after the verb
    text = ("التقى وزير الدفاع التركي اليوم نظيره الصومالي في أنقرة.\n\n"
            "وكان من المقرر أن يزور الوزير التركي مقديشو الشهر الماضي، غير أن الزيارة أرجئت.\n\n"
            "ومن المقرر أن يزور الرئيس الصومالي حسن شيخ محمود أنقرة الأسبوع المقبل لإجراء مباحثات مع الرئيس التركي.")
    found = rasad.extract(text, lang="ar", published="2025-06-03")["events"]
    assert sorted(e["status"] for e in found) == ["occurred", "planned"]


def test_in_a_visit_programme_also_interact_with_named_generals_fills_in_the_visit():
    text = ("Kenya's Chief of Defence Forces will embark on a four-day official visit to the United Kingdom, starting "
            "May 6.\n\nDuring the visit, the CDF will interact with the senior military hierarchy of the British Armed "
            "Forces.\n\nThe CDF will also interact with Admiral Tony Radakin, Chief of the Defence Staff, to discuss "
            "military cooperation issues of mutual interest.")
    found = rasad.extract(text, lang="en", published="2024-05-02")["events"]
    assert len(found) == 1 and "Tony Radakin" in {p["name"] for p in found[0]["persons"]}


def test_a_counterpart_whose_demonym_names_two_countries_is_left_to_the_name():
    # "Congolese" is Congo or DR Congo: the side comes from the person named, and nothing fails
    text = ("LUANDA, Feb. 5 (Xinhua) -- Angolan President Joao Lourenco on Wednesday received his Congolese "
            "counterpart Felix Tshisekedi in Luanda for talks on the fighting in the east of the country.")
    found = rasad.extract(text, lang="en", published="2025-02-05")["events"]
    assert [e["countries"] for e in found] == [["AGO", "COD"]]


def test_a_visitor_received_in_the_passive_by_a_head_of_state_is_a_meeting():
    # «از سوی X به حضور پذیرفته شد»: «سوی» is not part of the name, and the passive is a reception
    text = ("وزیر دفاع آفریقای جنوبی روز دوشنبه در هراره با همتای زیمبابوه‌ای خود دیدار کرد.\n\n"
            "وزیر آفریقای جنوبی سپس در کاخ ریاست جمهوری از سوی امرسون منانگاگوا رئیس جمهور زیمبابوه به حضور "
            "پذیرفته شد.")
    found = rasad.extract(text, lang="fa", published="2025-03-04")["events"]
    assert len(found) == 2 and any("Emmerson Mnangagwa" in {p["name"] for p in e["persons"]} for e in found)


def test_he_after_a_tour_told_stop_by_stop_is_the_traveller():
    text = ("ACCRA, March 10 (AFP) - Ghanaian President John Mahama met Mali's leader General Assimi Goita in Bamako "
            "on Saturday, the first stop of a regional tour.\n\n"
            "On Sunday he was received in Niamey by General Abdourahamane Tiani, Niger's leader.")
    found = rasad.extract(text, lang="en", published="2025-03-10")["events"]
    assert sorted(e["countries"] for e in found) == [["GHA", "MLI"], ["GHA", "NER"]]


@pytest.mark.parametrize("text,lang", [
    ("مارکو روبیو وزیر امور خارجه آمریکا روز سه‌شنبه میزبان همتایان خود از هند، ژاپن و استرالیا در واشنگتن بود.",
     "fa"),
    ("US Secretary of State Marco Rubio on Tuesday hosted his counterparts from India, Japan and Australia in "
     "Washington.", "en"),
])
def test_hosting_counterparts_of_several_countries_is_one_meeting_of_all(text, lang):
    found = rasad.extract(text, lang=lang, published="2025-07-02")["events"]
    assert [e["countries"] for e in found] == [["AUS", "IND", "JPN", "USA"]]


def test_a_tripartite_summit_hosted_for_two_leaders_is_a_meeting_of_the_three():
    text = ("Angolan President Joao Lourenco received his Congolese counterpart Felix Tshisekedi in Luanda on "
            "Wednesday.\n\nLourenco hosted Tshisekedi and Rwandan President Paul Kagame for a tripartite summit in "
            "Luanda on July 6, 2022.")
    found = rasad.extract(text, lang="en", published="2025-02-05")["events"]
    assert sorted(e["countries"] for e in found) == [["AGO", "COD"], ["AGO", "COD", "RWA"]]


@pytest.mark.parametrize("text, expected", [
    ("NEW DELHI, June 27 - India's defence minister held talks with his Chinese counterpart in Qingdao on "
     "Thursday. On the same day he met the defence ministers of Belarus and Tajikistan.\n"
     "He also held talks with Kazakhstan's defence minister, the ministry said.",
     ["BLR-IND", "CHN-IND", "IND-KAZ", "IND-TJK"]),
    ("آستانه - وزیر دفاع ترکیه روز سه‌شنبه در آستانه با همتای قزاق خود دیدار کرد. وی سپس با وزیران دفاع "
     "قرقیزستان و ازبکستان دیدار و گفت‌وگو کرد.", ["KAZ-TUR", "KGZ-TUR", "TUR-UZB"]),
])
def test_a_pronoun_meeting_several_is_the_one_just_told_meeting_each(text, expected):
    assert pairs(text, "2025-06-27") == expected


@pytest.mark.parametrize("text, expected", [
    # the verb first and its subjects joined by «و» / "and": they sign together
    ("وقّع وزير الدفاع التركي يشار غولر ووزير الدفاع العراقي ثابت العباسي ووزير الدفاع السوري مرهف أبو قصرة "
     "في أنقرة أمس على بروتوكول للتعاون في مكافحة الإرهاب.", ["IRQ-SYR-TUR"]),
    ("The road map was signed by the foreign ministers of Syria, Jordan and Turkey in Amman on Sunday.",
     ["JOR-SYR-TUR"]),
    ("Officials pointed to the meeting in Manila of Japanese Defense Minister Gen Nakatani, Australian Defence "
     "Minister Richard Marles and Philippine Defense Secretary Gilberto Teodoro on Tuesday.", ["AUS-JPN-PHL"]),
])
def test_several_named_together_after_the_verb_act_together(text, expected):
    assert pairs(text, "2025-09-16") == expected


@pytest.mark.parametrize("text, expected", [
    # a document signed "with" the officials of several countries in one list is one signing of them all;
    # «رئيسي» before the countries is "the presidents of", not a name
    ("أعلن الرئيس الغيني أمس أنه وقّع مع رئيسي سيراليون وليبيريا ميثاقاً للأمن الحدودي في كوناكري.",
     ["GIN-LBR-SLE"]),
    ("Guinea's president said he signed a border security charter with the presidents of Sierra Leone and "
     "Liberia in Conakry on Saturday.", ["GIN-LBR-SLE"]),
])
def test_signed_with_a_list_is_one_signing(text, expected):
    found = rasad.extract(text, published="2025-09-17")["events"]
    assert sorted("-".join(e["countries"]) for e in found if e["type"] == "SIGN") == expected


def test_the_end_of_a_three_way_meeting_is_that_meeting_not_a_headline_pair():
    text = ("الرئيس يستضيف اجتماعاً ثلاثياً مع رئيسي كينيا وإثيوبيا\n\n"
            "جيبوتي في 3 مايو - استضاف الرئيس الجيبوتي اليوم اجتماعاً ثلاثياً في جيبوتي جمعه بالرئيس الكيني "
            "والرئيس الإثيوبي.\n"
            "وصدر في ختام الاجتماع بيان مشترك عن جيبوتي وكينيا وإثيوبيا رحب فيه الرؤساء بالتقدم في ملف الأمن "
            "الإقليمي.")
    found = rasad.extract(text, published="2025-05-03")["events"]
    assert [e["countries"] for e in found] == [["DJI", "ETH", "KEN"]]


@pytest.mark.parametrize("text, expected", [
    ("Before the trilateral meeting, Spain's defence minister held separate bilateral meetings in Madrid with "
     "her Portuguese and Moroccan counterparts on Monday morning.", ["ESP-MAR", "ESP-PRT"]),
    ("قبل الاجتماع الثلاثي، التقى وزير الدفاع المصري نظيريه الأردني والعراقي كلاً على حدة في القاهرة.",
     ["EGY-IRQ", "EGY-JOR"]),
])
def test_separate_meetings_before_a_multilateral_one_are_one_each(text, expected):
    assert pairs(text, "2025-03-03") == expected


def test_the_meeting_as_subject_names_some_of_its_sides_again():
    text = ("BERLIN, Nov 25 - Spain's defence minister met her counterparts from Portugal, Italy and Greece in "
            "Berlin on Monday evening for talks on air defence.\n"
            "The meeting, hosted by the Italian defence minister, brought together the Portuguese and Greek "
            "ministers for the first time in this format.")
    found = rasad.extract(text, published="2024-11-25")["events"]
    assert [e["countries"] for e in found] == [["ESP", "GRC", "ITA", "PRT"]]


def test_a_gathering_of_unnamed_members_is_no_pair_of_the_article_but_the_place_of_its_sidelines():
    text = ("به گزارش ایرنا، وزیر دفاع ازبکستان با همتای قزاق خود درباره رزمایش مشترک گفت‌وگو کرد.\n"
            "وزیران دفاع پنج کشور آسیای مرکزی روز دوشنبه در شهر سمرقند گرد هم آمدند.\n"
            "وزیر دفاع ازبکستان در حاشیه این نشست به‌طور جداگانه با وزیران دفاع تاجیکستان و قرقیزستان دیدار کرد.")
    found = rasad.extract(text, published="2025-10-21")["events"]
    assert sorted("-".join(e["countries"]) for e in found) == ["KAZ-UZB", "KGZ-UZB", "TJK-UZB"]
    assert {e["location"] for e in found if "KAZ" not in e["countries"]} == {"Samarkand"}


def test_the_parties_who_sign_after_a_gathering_are_all_its_sides():
    text = ("TASHKENT, Oct. 21 (Trend) - The defence ministers of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan "
            "and Uzbekistan met in Tashkent on Monday. The meeting was chaired by the Uzbek minister. On the "
            "sidelines, the Kazakh minister held a bilateral meeting with his Uzbek counterpart. Following the "
            "negotiations, the parties signed a protocol on the results of the meeting.")
    signings = [e["countries"] for e in rasad.extract(text, "2025-10-21")["events"] if e["type"] == "SIGN"]
    assert signings == [["KAZ", "KGZ", "TJK", "TKM", "UZB"]]
    text = ("تاشکند - ایرنا - وزیران دفاع قزاقستان، قرقیزستان، تاجیکستان، ترکمنستان و ازبکستان روز دوشنبه در "
            "تاشکند گرد هم آمدند و درباره امنیت منطقه رایزنی کردند. در پایان نشست، سندی به امضای طرفین رسید.")
    signings = [e["countries"] for e in rasad.extract(text, "2025-10-21")["events"] if e["type"] == "SIGN"]
    assert signings == [["KAZ", "KGZ", "TJK", "TKM", "UZB"]]


def test_views_exchanged_separately_with_two_ministers_and_the_trip_to_a_conference_country():
    text = ("MUNICH (Kyodo) - Japanese Defense Minister Gen Nakatani met with his Italian counterpart Guido Crosetto "
            "on Friday on the sidelines of the Munich Security Conference. Nakatani also exchanged views separately "
            "with the defence ministers of New Zealand and Canada on Friday. It was Nakatani's first visit to "
            "Germany as defense minister.")
    found = rasad.extract(text, "2025-02-14")["events"]
    pairs = sorted(tuple(e["countries"]) for e in found if e["type"] == "MEET")
    assert pairs == [("CAN", "JPN"), ("ITA", "JPN"), ("JPN", "NZL")]


def test_the_two_after_a_meeting_named_with_its_people_and_a_jet_developed_by_three():
    text = ("MUNICH (Kyodo) - Japanese Defense Minister Shinjiro Koizumi met Italian Defense Minister Guido "
            "Crosetto on Friday, and the two confirmed their cooperation on the fighter jet being jointly "
            "developed by Japan, Britain and Italy.")
    found = rasad.extract(text, "2026-02-14")["events"]
    assert [(e["type"], e["countries"]) for e in found] == [("MEET", ["ITA", "JPN"])]


def test_talks_with_a_list_of_presidents_in_a_city_named_after_according_to():
    text = ("MIAMI (EFE) - Over the weekend, according to La Paz officials, Bolivian President Rodrigo Paz held "
            "talks in Miami with Argentine President Javier Milei and Salvadoran President Nayib Bukele. Paz also "
            "met Chile's president-elect Jose Antonio Kast.")
    found = rasad.extract(text, "2026-03-09")["events"]
    pairs = {tuple(e["countries"]): e for e in found}
    assert set(pairs) == {("ARG", "BOL"), ("BOL", "SLV"), ("BOL", "CHL")}
    assert pairs[("ARG", "BOL")]["location"] == "Miami"
    chile = [p["name"] for p in pairs[("BOL", "CHL")]["persons"] if p["country"] == "CHL"]
    assert chile == ["José Antonio Kast"]  # the president-elect, not the president in office


def test_the_signers_of_a_relative_clause_are_the_countries_named_in_it():
    # «الإعلان الذي وقعته أرمينيا وأذربيجان»: the Georgian minister who spoke of it signed nothing
    text = ("يريفان - التقى وزير الدفاع الأرميني اليوم الثلاثاء في يريفان نظيره الجورجي.\n"
            "وأكد الوزير الجورجي استعداد بلاده للإسهام في التعاون الإقليمي، مشيرا إلى أهمية الإعلان المشترك الذي "
            "وقعته أرمينيا وأذربيجان في واشنطن في أغسطس الماضي.")
    found = rasad.extract(text, published="2025-10-21")["events"]
    assert sorted((e["type"], "-".join(e["countries"]), e["background"]) for e in found) == [
        ("MEET", "ARM-GEO", False), ("SIGN", "ARM-AZE", True)]


def test_demonyms_of_companies_name_no_pair():
    # "leaders of Indian and Australian companies", «ممثلي الشركات الهندية واليابانية»: firms, not sides
    text = ("SYDNEY, Oct 10 - India's defence minister met Australia's defence minister in Canberra on Thursday. "
            "On Friday, he will visit a naval base in Sydney and chair a round table with leaders of Indian and "
            "Australian companies.")
    assert [(e["status"], e["countries"]) for e in rasad.extract(text, published="2025-10-10")["events"]] == [
        ("occurred", ["AUS", "IND"])]
    text = "نيودلهي - التقى وزير الدفاع الهندي نظيره الياباني أمس. كما التقى ممثلي الشركات الهندية واليابانية."
    assert len(rasad.extract(text, published="2025-10-09")["events"]) == 1


def test_a_leader_who_joined_the_talks_and_an_envoys_welcome_are_the_meeting_told():
    text = ("CANBERRA, Oct 9 - India's defence minister Rajnath Singh held talks with Australia's defence minister "
            "Richard Marles in Canberra on Thursday. Prime Minister Anthony Albanese joined the delegation-level "
            "talks later.\nSingh arrived in Sydney on Wednesday, where he was received by the High Commissioner "
            "of India to Australia and senior officials.")
    [event] = rasad.extract(text, published="2025-10-09")["events"]
    assert event["date"] == "2025-10-09"
    assert {"Anthony Albanese", "Richard Marles"} <= {p["name"] for p in event["persons"]}


def test_an_attaches_country_after_the_post_and_an_adjective_is_a_side():
    # «الملحق العسكري الجديد لجمهورية كوريا»: «ل» + the country, past «الجديد»
    text = ("رئيس الأركان العامة للجيش يستقبل الملحقين العسكريين الكوري والهندي\n"
            "الكويت - 15 - 12 (كونا) -- استقبل رئيس الأركان العامة للجيش اليوم الاثنين في مكتبه الملحق العسكري "
            "الجديد لجمهورية كوريا لدى البلاد بمناسبة تسلمه مهام عمله.\n"
            "كما استقبل رئيس الأركان في وقت لاحق الملحق العسكري لجمهورية الهند لدى البلاد بمناسبة انتهاء فترة عمله.")
    assert pairs(text, "2025-12-15") == ["IND-KWT", "KOR-KWT"]


def test_a_dateline_city_of_two_countries_is_the_one_of_the_country_the_page_names():
    # "GEORGE TOWN" is Malaysia's or the Cayman Islands': the page names Malaysia (and never crashes)
    text = ("GEORGE TOWN, Feb 26 (Bernama) -- Malaysia's Defence Minister Mohamed Khaled Nordin today received a "
            "courtesy call from Indonesian Defence Minister Sjafrie Sjamsoeddin.")
    [event] = rasad.extract(text, published="2025-02-26")["events"]
    assert (event["countries"], event["location"]) == (["IDN", "MYS"], "George Town")
    # a page that names neither country keeps the city open, and its gathering's place is none
    text = ("GEORGE TOWN, Feb 26 (Bernama) -- Indonesia's defence minister met Singapore's defence minister today on "
            "the sidelines of the ASEAN defence ministers' retreat.\n"
            "Later, the Indonesian minister held talks with Laos' defence minister.")
    found = rasad.extract(text, published="2025-02-26")["events"]
    assert [(e["countries"], e["location"]) for e in found] == [(["IDN", "SGP"], None), (["IDN", "LAO"], None)]


def test_courtesy_calls_from_counterparts_and_the_meetings_held_separately_are_one_each():
    text = ("GEORGE TOWN, Feb 26 (Bernama) -- Defence Minister Datuk Seri Mohamed Khaled Nordin today received "
            "courtesy calls from his counterparts from Indonesia, Laos and Singapore on the sidelines of the ASEAN "
            "defence ministers' retreat.\nThe meetings, held separately, were with Indonesian Defence Minister "
            "Sjafrie Sjamsoeddin, Lao Defence Minister Khamlieng Outhakaysone and Singapore Defence Minister Ng Eng "
            "Hen.\nYesterday, Mohamed Khaled held separate bilateral meetings with Brunei's defence minister and "
            "Timor-Leste's defence minister.")
    assert pairs(text, "2025-02-26") == ["BRN-MYS", "IDN-MYS", "LAO-MYS", "MYS-SGP", "MYS-TLS"]


def test_talks_with_one_and_with_another_are_no_meeting_of_the_two():
    # «تحادث لولا مع مودي ومع بوتين»: «مع» again before the second — each was talked with, not each other
    text = ("بكين - أجرى الرئيس الصيني اليوم الثلاثاء اتصالا هاتفيا مع الرئيس البرازيلي.\n"
            "ويأتي الاتصال بعد أن تحادث لولا هاتفيا الأسبوع الماضي مع رئيس الوزراء الهندي ناريندرا مودي ومع الرئيس "
            "الروسي فلاديمير بوتين.")
    assert "IND-RUS" not in ["-".join(e["countries"]) for e in rasad.extract(text, published="2025-08-12")["events"]]


def test_the_people_of_what_came_a_day_before_are_not_the_meetings():
    text = ("LIMA, Nov 16 (Yonhap) -- South Korean President Yoon Suk Yeol and Peruvian President Dina Boluarte held "
            "talks at the Government Palace in Lima on Saturday, a day after Yoon's summit with Chinese President Xi "
            "Jinping in the same city.")
    assert pairs(text, "2024-11-16") == ["KOR-PER"]
