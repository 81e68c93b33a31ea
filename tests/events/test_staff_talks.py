"""Military-to-military contacts below the minister: two officers sharing a family name, the commander of a
visiting unit, a rank before a surname already named in full, talks between a company and a ministry, and
a day told after the span of a stay. Constructions the blind set articles26 showed rasad getting wrong.

The texts are written for these tests in the style of agency copy; the people are real office-holders
on the dates given, or named by office only.
"""

from __future__ import annotations

from event_helpers import events, news

import rasad


def test_two_vietnamese_officers_named_nguyen_are_two_meetings():
    # «نگوین» begins both names: the second officer is not the chief of staff named first
    text = ("هانوی - فرمانده نیروی زمینی کامبوج روز دوشنبه در هانوی با ارتشبد نگوین تان کونگ، رئیس ستاد کل "
            "ارتش خلق ویتنام، دیدار کرد.\n"
            "به گفته منابع نظامی، پس از این دیدار نشست دوجانبه‌ای با سپهبد نگوین وان نگیا، معاون رئیس ستاد کل "
            "ارتش خلق ویتنام، برگزار شد و دو طرف درباره آموزش افسران گفت‌وگو کردند.")
    found = news(events(text, "2025-04-08"))
    assert [(e["type"], e["countries"]) for e in found] == [("MEET", ["KHM", "VNM"]), ("MEET", ["KHM", "VNM"])]


def test_the_commander_of_a_visiting_flotilla_is_its_country_side():
    text = ("داکا - سفیر چین در بنگلادش روز یکشنبه در داکا با فرمانده نیروی دریایی بنگلادش دیدار کرد.\n"
            "فرمانده ناوگروه چینی نیز روز شنبه در چیتاگونگ با فرمانده منطقه دریایی این بندر ملاقات کرد.")
    found = news(events(text, "2025-11-24"))
    assert [(e["type"], e["countries"], e["date"]) for e in found] == [
        ("MEET", ["BGD", "CHN"], "2025-11-23"), ("MEET", ["BGD", "CHN"], "2025-11-22")]


def test_talks_between_a_company_and_a_ministry_are_no_meeting():
    text = ("توکیو - فرمانده نیروهای مسلح اندونزی روز سه‌شنبه در توکیو با رئیس ستاد مشترک نیروهای دفاع شخصی ژاپن "
            "دیدار کرد.\n"
            "هیئت اندونزیایی امروز از کارخانه یک شرکت خصوصی ژاپنی سازنده زیردریایی در کوبه بازدید می‌کند؛ مذاکرات "
            "خرید دو زیردریایی میان این شرکت و وزارت دفاع اندونزی ادامه دارد.")
    found = events(text, "2026-01-21")
    assert [(e["type"], e["countries"]) for e in found] == [("MEET", ["IDN", "JPN"])]


def test_a_rank_before_a_surname_named_in_full_is_that_officer():
    # «الفريق خليفة مستوى ...»: not a new name of two words, the chief of staff named before
    text = ("القاهرة - التقى الفريق أحمد خليفة رئيس أركان حرب القوات المسلحة، أمس الأحد، بالفريق أول ديميتريوس "
            "خوبيس رئيس هيئة الأركان العامة للقوات المسلحة اليونانية.\n"
            "وتناول اللقاء سبل تعزيز التعاون العسكري، وثمن الفريق خليفة مستوى علاقات الشراكة الوثيقة بين القوات "
            "المسلحة المصرية واليونانية.")
    found = events(text, "2025-10-13")
    assert [(e["type"], e["countries"]) for e in found] == [("MEET", ["EGY", "GRC"])]
    assert {p["name"] for p in found[0]["persons"]} == {"Ahmed Fathy Khalifa", "Dimitrios Choupis"}


def test_a_day_told_after_the_span_of_a_stay_dates_the_talks():
    text = ("وینتیان - فرمانده نیروی زمینی تایلند که از ۲ تا ۵ اردیبهشت (۲۲ تا ۲۵ آوریل) در سفری رسمی در لائوس "
            "به سر می‌برد، روز چهارشنبه ۳ اردیبهشت در وینتیان با وزیر دفاع لائوس دیدار کرد.")
    found = events(text, "2025-04-27")
    assert [(e["type"], e["countries"], e["date"]) for e in found] == [("MEET", ["LAO", "THA"], "2025-04-23")]


def test_a_hope_to_sign_later_is_no_signing():
    text = ("الرباط - استقبل الفريق أول محمد بريظ، المفتش العام للقوات المسلحة الملكية، أمس الاثنين بالرباط، الجنرال "
            "أولوفيمي أولوييدي رئيس أركان الدفاع النيجيري.\n"
            "وعبر الجانبان عن أملهما في التوقيع مستقبلا على اتفاق في مجال التكوين العسكري.")
    found = events(text, "2026-01-27")
    assert [(e["type"], e["countries"]) for e in found] == [("MEET", ["MAR", "NGA"])]


def test_a_call_about_trilateral_cooperation_is_a_call_of_two():
    text = ("SEOUL, Oct. 17 (Yonhap) - The top military officers of South Korea and the United States held phone "
            "talks Friday, the Joint Chiefs of Staff (JCS) said.\n"
            "JCS Chairman Gen. Jin Yong-sung will also hold phone talks with his Japanese counterpart, Gen. Hiroaki "
            "Uchikura, later in the day to discuss trilateral security cooperation, the JCS said.")
    found = news(events(text, "2026-10-17"))
    assert sorted(e["countries"] for e in found) == [["JPN", "KOR"], ["KOR", "USA"]]


def test_a_first_name_that_is_a_kb_surname_begins_another_name():
    # "Marcos" is the Philippine president's name in the KB; "Admiral Marcos Sampaio Olsen" is Brazil's navy chief
    text = ("PARIS - The Commander of the Brazilian Navy, Admiral Marcos Sampaio Olsen, was received in Paris on "
            "Monday by the French Chief of the Defence Staff, General Fabien Mandon.")
    found = events(text, "2025-11-18")
    assert [(e["type"], e["countries"]) for e in found] == [("MEET", ["BRA", "FRA"])]


def test_a_latin_name_alike_only_in_consonants_is_not_a_kb_person():
    # "Susheel Menon" and "Sohail Aman" share a consonant key; an English page spells the name it means
    text = ("Indian Naval Ships arrived at Da Nang on 24 Jul 25 under the command of Rear Admiral Susheel Menon, "
            "Flag Officer Commanding Eastern Fleet. On 25 Jul 25, R Adm Susheel Menon called on the Commander, "
            "Military Region 5, Vietnam People's Army, at Da Nang.")
    doc = rasad.extract(text, published="2025-07-27")
    assert "PAK" not in {c for e in doc["events"] for c in e["countries"]}
    persons = {p["name"] for e in doc["events"] for p in e["persons"]}
    assert "Sohail Aman" not in persons


def test_an_officer_in_a_bracketed_dateline_lede_and_the_office_that_stands_for_him():
    # "New Delhi [India], September 12 (ANI):": the dateline is India's and its date is not the meetings';
    # the officer named with a rank and no country in its lede is India's, and so is "Vice Admiral Vatsayan"
    # later; "The VCNS met A; B; and C": he meets each of them
    text = ("New Delhi [India], September 12 (ANI): Vice Admiral Sanjay Vatsayan, Vice Chief of the Naval Staff, on "
            "Thursday held a series of meetings with naval leaders of the Philippines, Thailand and Japan on the "
            "sidelines of a maritime symposium in Tokyo, the Navy said.\n"
            "The VCNS met Vice Admiral Jose Ma. Ambrosio Ezpeleta, Flag Officer in Command of the Philippine Navy; "
            "Admiral Pairote Fuangchan, Commander-in-Chief of the Royal Thai Navy; and Admiral Akira Saito, Chief "
            "of Staff of the Japan Maritime Self-Defense Force.\n"
            "Vice Admiral Vatsayan also held talks with Admiral Samuel Paparo, Commander of the US Indo-Pacific "
            "Command.")
    found = news(events(text, "2025-09-12"))
    assert sorted((tuple(e["countries"]), e["date"]) for e in found) == [
        (("IND", "JPN"), "2025-09-11"), (("IND", "PHL"), "2025-09-11"), (("IND", "THA"), "2025-09-11"),
        (("IND", "USA"), "2025-09-11")]
    assert all("Sanjay Vatsayan" in {p["name"] for p in e["persons"]} for e in found)


def test_those_who_welcomed_a_visitor_at_the_airport_are_the_visit_s_people():
    text = ("Accra, March 3, GNA - Mr Samuel Okudzeto Ablakwa, Minister for Foreign Affairs, arrived in Abidjan "
            "on Monday at the head of a Ghanaian delegation that includes Lt Col Larry Gbevlo-Lartey (Rtd), Ghana's "
            "Special Envoy to the Alliance of Sahel States.\n"
            "He was received at the airport by Mr Leon Kacou Adom, Ivorian Minister of Foreign Affairs, and the "
            "two ministers held a brief meeting at the VIP lounge.\n"
            "Mr Ablakwa and Mr Adom will co-chair the session of the joint commission in Abidjan today.")
    [visit] = [e for e in news(events(text, "2025-03-03")) if e["status"] == "occurred"]
    assert visit["countries"] == ["CIV", "GHA"]
    assert {"Samuel Okudzeto Ablakwa", "Léon Kacou Adom"} <= {p["name"] for p in visit["persons"]}


def test_officers_of_the_home_navy_and_a_second_office_of_a_foreign_chief():
    # "Chief of the General Staff of the Armed Forces of the Kyrgyz Republic and First Deputy Minister of
    # Defence": one Kyrgyz officer, not an Indian deputy minister; "Vice Admiral NAME, Vice Chief of the Naval
    # Staff, met …" on a page datelined in India: an Indian officer the KB does not know
    text = ("VISAKHAPATNAM, February 20, 2026\n"
            "Chief of the Naval Staff Admiral Dinesh K. Tripathi met Admiral Stephen Koehler, Commander of the U.S. "
            "Pacific Fleet, on Thursday.\n"
            "The Navy chief further met the Chief of the General Staff of the Armed Forces of the Kyrgyz Republic "
            "and First Deputy Minister of Defence, and Vice Admiral Aye Min Htwe, Commander-in-Chief of the Myanmar "
            "Navy.\n"
            "Vice Admiral Sanjay Vatsayan, Vice Chief of the Naval Staff, met Vice Admiral Axel Deertz, Commander "
            "of the German Fleet.")
    found = news(events(text, "2026-02-20"))
    assert sorted(tuple(e["countries"]) for e in found) == [
        ("DEU", "IND"), ("IND", "KGZ"), ("IND", "MMR"), ("IND", "USA")]
    german = next(e for e in found if "DEU" in e["countries"])
    assert "Sanjay Vatsayan" in {p["name"] for p in german["persons"]}


def test_a_chief_s_round_of_meetings_told_one_by_one_below_a_headline_and_a_menu():
    # the menu between the masthead and the headline is furniture, so the headline is known as one and opens
    # no events of its own; «با همتایان خارجی خود دیدار کرد» ("met his counterparts") names none of them;
    # «فرمانده نیروی دفاعی پاپوآ گینه نو» is Papua New Guinea's chief of defence; «منطقه هند و اقیانوس آرام»
    # (the Indo-Pacific) is no India
    text = ("ایسنا - خبرگزاری دانشجویان ایران\n"
            "صفحه نخست | سیاسی | اقتصادی | اجتماعی | بین الملل | ورزش\n"
            "دیدار فرمانده ارتش اندونزی با فرماندهان پاپوآ گینه نو و تایلند\n"
            "فرمانده ارتش اندونزی در حاشیه کنفرانس رؤسای ستاد دفاع منطقه هند و اقیانوس آرام در تایلند، با همتایان "
            "خارجی خود دیدار کرد.\n"
            "به گزارش ایسنا، ژنرال آگوس سوبیانتو روز سه شنبه در هوآهین با فرمانده نیروی دفاعی پاپوآ گینه نو دیدار کرد.\n"
            "سوبیانتو سپس با فرمانده نیروهای دفاعی تایلند گفت‌وگو کرد.")
    found = news(events(text, "2025-08-28"))
    assert sorted((tuple(e["countries"]), e["date"]) for e in found) == [
        (("IDN", "PNG"), "2025-08-26"), (("IDN", "THA"), "2025-08-26")]


def test_before_the_meeting_he_attended_a_parade_is_no_second_meeting():
    text = ("مسکو- ایرنا- رئیس ستاد دفاع نیجریه روز شنبه در مسکو با رئیس ستاد کل نیروهای مسلح روسیه دیدار کرد.\n"
            "رئیس ستاد دفاع نیجریه پیش از این دیدار، روز جمعه همراه با هیئت‌هایی از ده‌ها کشور در مراسم رژه "
            "روز پیروزی حضور یافته بود.")
    found = events(text, "2025-05-11")
    assert [(e["countries"], e["date"]) for e in found] == [(["NGA", "RUS"], "2025-05-10")]


def test_the_leaders_of_the_two_countries_in_a_story_of_three_are_the_pair_told_last():
    text = ("دوشنبه- ایرنا- رؤسای جمهور تاجیکستان، قرقیزستان و ازبکستان روز دوشنبه در خجند دیدار کردند.\n"
            "در حاشیه این نشست، وزیران خارجه تاجیکستان و ازبکستان سند تصویب پیمان روابط متحدانه را مبادله کردند.\n"
            "این پیمان نخستین بار فروردین ۱۴۰۲ و در جریان سفر شوکت میرضیایف به دوشنبه به امضای سران دو کشور رسیده بود.")
    found = events(text, "2025-04-01")
    signed = [e["countries"] for e in found if e.get("background") and e["type"] == "SIGN"]
    assert signed == [["TJK", "UZB"]]


def test_talks_held_separately_on_a_trilateral_exercise_are_talks_of_two():
    text = ("VISAKHAPATNAM, February 20, 2026\n"
            "Chief of the Naval Staff Admiral Dinesh K. Tripathi met Admiral Stephen Koehler, Commander of the U.S. "
            "Pacific Fleet, on Thursday.\n"
            "He separately held talks with Admiral Pairote Fuangchan, Commander-in-Chief of the Royal Thai Navy, on "
            "coordinated patrols and the trilateral SITMEX exercise.")
    assert sorted(tuple(e["countries"]) for e in news(events(text, "2026-02-20"))) == [("IND", "THA"), ("IND", "USA")]


def test_a_session_of_a_joint_body_held_is_a_meeting_of_its_two_countries():
    # «نشست کمیته …», «کارگروه … تشکیل جلسه داد»: the body's name gives the sides
    text = "آنکارا- ایرنا- هفدهمین نشست کمیته همکاری‌های دفاعی پاکستان و ترکیه روز سه‌شنبه در آنکارا برگزار شد."
    assert [(e["countries"], e["date"]) for e in news(events(text, "2025-10-30"))] == [(["PAK", "TUR"], "2025-10-28")]
    text = "دهلی نو- ایرنا- کارگروه همکاری‌های نظامی هند و روسیه روز چهارشنبه در دهلی نو تشکیل جلسه داد."
    assert [e["countries"] for e in news(events(text, "2025-10-30"))] == [["IND", "RUS"]]


def test_an_officer_s_country_is_his_own_office_s_not_the_one_he_met():
    # «سرلشکر X رئیس ستاد ارتش ارمنستان … با وزیر دفاع گرجستان»: Armenia's (its army named in his office), not
    # Georgia's, the country of the one he met
    text = "سرلشکر فرهاد احمدی رئیس ستاد ارتش ارمنستان روز ۱۲ مهر با وزیر دفاع گرجستان دیدار کرد."
    [e] = events(text, "2025-10-05")
    assert e["countries"] == ["ARM", "GEO"]
    assert [p["country"] for p in e["persons"] if p["name"].startswith("F")] == ["ARM"]


def test_a_spokesman_speaking_after_the_meeting_is_no_second_meeting():
    text = ("جاکارتا- ایرنا- یانا چرنوخووا وزیر دفاع جمهوری چک روز سه‌شنبه در جاکارتا با سیافری سجام‌سوئدین وزیر "
            "دفاع اندونزی دیدار کرد.\n"
            "سرتیپ فرگا ونس اینکیریوانگ، رئیس اداره اطلاعات وزارت دفاع اندونزی، پس از دیدار به خبرنگاران گفت: "
            "«همکاری در صنایع دفاعی محور اصلی بود.»")
    assert [e["countries"] for e in events(text, "2025-02-19")] == [["CZE", "IDN"]]


def test_a_plan_signed_after_talks_and_talks_in_late_september_told_in_passing():
    text = ("MOSCOW, February 2. /TASS/. Russian Deputy Defense Minister Vasily Osmakov held talks with Myanmar's "
            "Defense Minister Maung Maung Aye in Naypyidaw, the ministry reported on Monday.\n"
            "At the end of the talks, the sides signed a plan of Russian-Myanmar military cooperation for 2026-2030.\n"
            "In late September, Myanmar's military leader Min Aung Hlaing held talks in Moscow with Russian "
            "President Vladimir Putin.")
    found = events(text, "2026-02-02")
    assert sorted((e["type"], bool(e.get("background")), e["date"]) for e in found) == [
        ("MEET", False, "2026-02-02"), ("MEET", True, "2025-09"), ("SIGN", False, "2026-02-02")]


def test_a_deputy_chief_is_not_the_chief_the_knowledge_base_knows():
    # "Deputy Chief of the General Staff of the Vietnam People's Army": not Vietnam's chief of the general staff
    text = ("HANOI (VNA) - Indian Army Vice Chief Lieutenant General N. S. Raja Subramani on Monday met the Deputy "
            "Chief of the General Staff of the Vietnam People's Army in Hanoi.")
    [e] = events(text, "2024-03-12")
    vietnamese = [p["name"] for p in e["persons"] if p["country"] == "VNM"]
    assert e["countries"] == ["IND", "VNM"] and vietnamese == []


def test_an_officer_named_john_in_arabic_is_a_person():
    # «جون» is also June in Dari; after a rank it is John
    text = ("نيروبي - استضاف قائد قوات الدفاع الكينية الجنرال تشارلز كاهاريري يوم الخميس في نيروبي الفريق جون "
            "برينان نائب قائد القيادة العسكرية الأمريكية في أفريقيا.")
    [e] = events(text, "2026-02-07")
    assert e["countries"] == ["KEN", "USA"]
    assert any("جون برينان" in p.get("mentions", []) for p in e["persons"])


def test_a_chief_at_a_gathering_abroad_meets_each_guest_listed_after_also_there():
    # «كما التقى A وB وC» after a chief met guests one by one: he met each of them too; «رئيس هيئة الدفاع في
    # مملكة هولندا» is the Netherlands' chief of defence; the meetings on the sidelines are where the conference
    # is, not in the dateline's city (blind set articles52)
    text = ("الكويت - 12 مايو 2025 (كونا) -- قام رئيس الأركان العامة للجيش الفريق الركن خالد الشريعان بزيارة "
            "رسمية إلى الأردن للمشاركة في مؤتمر قادة الدفاع في عمّان.\n"
            "وأضافت رئاسة الأركان أن الفريق الركن الشريعان التقى على هامش المؤتمر كلا على حدة قائد القيادة "
            "المركزية الأمريكية ورئيس هيئة الأركان للقوات المسلحة اليمنية.\n"
            "كما التقى رئيس هيئة الدفاع في مملكة هولندا ورئيس أركان الدفاع في المملكة المتحدة وقائد الجيش "
            "اللبناني.")
    found = events(text, "2025-05-12")
    assert sorted(tuple(e["countries"]) for e in found) == [
        ("GBR", "KWT"), ("KWT", "LBN"), ("KWT", "NLD"), ("KWT", "USA"), ("KWT", "YEM")]
    assert {e["location"] for e in found} == {"Amman"}


def test_the_official_called_by_his_office_after_a_time_phrase_meets_the_next_one_at_the_gathering():
    # "On Sunday, the Defense chief sat down with X": the one told before; meetings told after a gathering in a
    # third country are there, not in the dateline's city (blind set articles47)
    text = ("MANILA – Defense Secretary Gilberto Teodoro Jr. met several counterparts on the sidelines of the "
            "Shangri-La Dialogue in Singapore over the weekend, the Department of National Defense said Monday.\n"
            "On Saturday, Teodoro held separate bilateral meetings with Swedish Minister for Defence Pål Jonson and "
            "French Minister of the Armed Forces Sébastien Lecornu.\n"
            "On Sunday, the Defense chief sat down with Dutch Minister of Defense Ruben Brekelmans.")
    found = events(text, "2025-06-02")
    assert sorted(tuple(e["countries"]) for e in found) == [("FRA", "PHL"), ("NLD", "PHL"), ("PHL", "SWE")]
    assert {e["location"] for e in found} == {"Singapore"}


def test_an_office_abbreviated_in_brackets_does_not_cut_the_apposition_that_names_the_country():
    # ", Principal Staff Officer (PSO) of Bangladesh's Armed Forces Division," (blind set articles52)
    text = ("RAWALPINDI: Lieutenant General S M Kamrul Hassan, Principal Staff Officer (PSO) of Bangladesh's Armed "
            "Forces Division, called on Chief of Army Staff General Asim Munir at GHQ on Tuesday.")
    found = events(text, "2025-01-15")
    assert [e["countries"] for e in found] == [["BGD", "PAK"]]
    assert "S M Kamrul Hassan" in {p["name"] for p in found[0]["persons"]}


def test_an_officer_of_chinas_central_military_commission_is_chinas_side():
    # «معاون رئیس کمیسیون نظامی مرکزی چین … به‌طور جداگانه با وزیران دفاع قزاقستان و ویتنام دیدار کرد»: China
    # meets each, the commission's country is his
    text = ("پکن - ایرنا - معاون رئیس کمیسیون نظامی مرکزی چین روز جمعه در پکن به‌طور جداگانه با وزیران دفاع قزاقستان "
            "و ویتنام دیدار کرد.")
    assert sorted(e["countries"] for e in news(events(text, "2025-09-20"))) == [["CHN", "KAZ"], ["CHN", "VNM"]]
