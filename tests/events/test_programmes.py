"""A leader's programme and a release's titles: heads of state named in the Arabic construct («رئيس
الكونغو», «رئيسة سورينام»), meetings of the day still ahead written in the Arabic imperfect, a short
name that is a common word known after the full name, an office written before the next name, and the
head of an international body, who is of no country.

The texts are written for these tests in the style of agency copy and official releases; the people
are real office-holders on the dates given.
"""

from __future__ import annotations

from event_helpers import events, news, people


def pairs(found: list[dict]) -> list[tuple]:
    return sorted((e["type"], tuple(e["countries"]), e["status"]) for e in found)


def test_a_programme_of_the_day_in_the_imperfect_is_planned_with_heads_of_state_in_the_construct():
    # «رئيسة سورينام», «رئيس جمهورية الكونغو»: the head word is the office; «يستقبل», «ثم يلتقي»: still ahead;
    # «لولا» alone (also "were it not for") is the president once his full name is told
    text = ("برازيليا - «وكالات»\n"
            "يستقبل الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا اليوم الخميس في قصر بلانالتو رئيسة سورينام "
            "جينيفر غيرلينغز-سيمونز في أول زيارة لها إلى البرازيل.\n"
            "ثم يلتقي لولا بعد الظهر رئيس جمهورية الكونغو دينيس ساسو نغيسو لبحث التعاون في مجال الغابات.")
    found = news(events(text, "2025-11-06"))
    assert pairs(found) == [("MEET", ("BRA", "COG"), "planned"), ("MEET", ("BRA", "SUR"), "planned")]
    congo = next(e for e in found if "COG" in e["countries"])
    assert {"Denis Sassou Nguesso", "Luiz Inácio Lula da Silva"} <= people(congo)
    suriname = next(e for e in found if "SUR" in e["countries"])
    assert "Jennifer Geerlings-Simons" in people(suriname)


def test_what_was_held_is_written_in_the_perfect_and_stays_occurred():
    text = ("برازيليا - «وكالات»\n"
            "استقبل الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا أمس الأربعاء في قصر بلانالتو رئيسة سورينام "
            "جينيفر غيرلينغز-سيمونز.")
    assert pairs(news(events(text, "2025-11-06"))) == [("MEET", ("BRA", "SUR"), "occurred")]


def test_the_congolese_president_with_the_article_is_the_one_named_after_him():
    # «الكونغولي» (Congo or DR Congo) with the article glued on: his name tells which
    text = ("بكين - شينخوا\n"
            "التقى وزير الخارجية الصيني وانغ يي أمس في بكين الرئيس الكونغولي دينيس ساسو نغيسو، وبحث الجانبان "
            "التعاون في إطار منتدى التعاون الصيني الأفريقي.")
    [e] = news(events(text, "2025-09-04"))
    assert e["countries"] == ["CHN", "COG"]
    assert "Denis Sassou Nguesso" in people(e)


def test_an_office_written_before_the_next_name_is_not_the_previous_ones():
    # «استقبل كاست ملك إسبانيا فيليبي السادس»: the king is Felipe, not Kast; «الملك» alone later is Felipe
    text = ("سانتياغو - «الأفق»\n"
            "استقبل الرئيس التشيلي خوسيه أنطونيو كاست أمس الأربعاء في قصر لا مونيدا ملك إسبانيا فيليبي "
            "السادس وبحثا العلاقات الثنائية.\n"
            "وأعلنت الخارجية الإسبانية أن الملك سيتوجه بعد ذلك إلى بوليفيا حيث سيلتقي رئيسها رودريغو باز.")
    found = events(text, "2026-03-12")
    assert ("MEET", ("BOL", "ESP"), "planned") in pairs(found)
    bolivia = next(e for e in found if e["countries"] == ["BOL", "ESP"])
    assert "Felipe VI" in people(bolivia)


def test_the_president_of_the_european_commission_is_of_no_country():
    english = ("BRASILIA, Nov 6 (Reuters) - Brazilian President Luiz Inacio Lula da Silva met European "
               "Commission President Ursula von der Leyen on Thursday to discuss the Mercosur trade deal.")
    arabic = ("بيليم - «وكالات»\n"
              "التقى الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا أمس رئيسة المفوضية الأوروبية أورسولا فون دير لاين "
              "وبحثا اتفاق التجارة الحرة بين ميركوسور والاتحاد الأوروبي.")
    assert news(events(english, "2025-11-06")) == []
    assert news(events(arabic, "2025-11-06")) == []


def test_a_release_of_several_meetings_with_partners_listed_in_brackets():
    # the partners in brackets are an aside of the talks with NATO, not the article's sides; "The Ministers"
    # after the meeting with New Zealand are those two
    text = ("Meetings of Defense Minister Koizumi in Brussels (October 15, 2025)\n"
            "Minister of Defense KOIZUMI Shinjiro, who is visiting Belgium, held the following meetings in "
            "Brussels on October 15.\n"
            "1. Meeting with the Secretary General of NATO\n"
            "Minister Koizumi held talks with Mr. Mark Rutte, Secretary General of NATO. The two sides agreed "
            "that cooperation between NATO and its partners (Japan, Australia, New Zealand and the Republic of "
            "Korea) should be reinforced.\n"
            "2. Japan-New Zealand Defense Ministerial Meeting\n"
            "Minister Koizumi met with Hon. Judith Collins KC, Minister of Defence of New Zealand. The Ministers "
            "exchanged views on defense equipment cooperation.")
    found = news(events(text, "2025-10-16"))
    assert [(e["type"], e["countries"]) for e in found] == [("MEET", ["JPN", "NZL"])]


def test_the_day_a_statement_was_released_does_not_date_what_the_next_sentence_tells():
    # «بیانیه‌ای که … روز سه‌شنبه منتشر کرد»: Tuesday is the release's; the signing and the meeting before
    # it were on Monday (the RAA, Manila, 8 July 2024)
    text = ("ژاپن و فیلیپین روز دوشنبه (۱۸ تیر) توافق دسترسی متقابل را امضا کردند.\n"
            "به گزارش خبرنگار ما، بر اساس بیانیه‌ای که وزارت امور خارجه ژاپن روز سه‌شنبه منتشر کرد، این سند "
            "را «یوکو کامیکاوا» وزیر امور خارجه ژاپن و «گیلبرتو تئودورو» وزیر دفاع فیلیپین در مانیل امضا "
            "کردند. امضای توافق پس از دیدار دو وزیر در همان شهر انجام شد.")
    found = news(events(text, "2024-07-10"))
    assert sorted((e["type"], e["date"]) for e in found) == [("MEET", "2024-07-08"), ("SIGN", "2024-07-08")]


def test_a_national_agency_reporting_its_own_minister_abroad_gives_his_country():
    # SONNA («صونا») is Somalia's agency: the minister it names without a country is Somalia's; the
    # ambassador "of the Federal Republic of Somalia to China and Japan" is no meeting of China and Japan
    text = ("وكالة الأنباء الصومالية الوطنية (صونا)\n"
            "طوكيو (صونا) - التقى وزير المالية بيحي إيمان عيغه وزير الخارجية الياباني تاكيشي إيوايا أمس في "
            "طوكيو، وبحث الجانبان دعم برامج التنمية.\n"
            "ورافقت الوزير في اللقاء سفيرة جمهورية الصومال الفيدرالية لدى الصين واليابان.")
    found = news(events(text, "2025-03-12"))
    assert [e["countries"] for e in found] == [["JPN", "SOM"]]


def test_the_welcome_on_arrival_is_part_of_the_visit_told():
    # «حيث كان في استقباله الوالي»: received on arrival by the city's governor, the day before the talks
    text = ("الرباط - «ماب»\n"
            "أجرى الوزير المنتدب لدى رئيس الحكومة المكلف بإدارة الدفاع الوطني عبد اللطيف لوديي، اليوم الاثنين "
            "بالرباط، مباحثات مع وزير الدفاع الهندي راجناث سينغ.\n"
            "وكان سينغ قد حل أمس الأحد بالدار البيضاء، حيث كان في استقباله والي جهة الدار البيضاء سطات.")
    found = news(events(text, "2025-09-22"))
    assert [(e["countries"], e["date"]) for e in found] == [(["IND", "MAR"], "2025-09-22")]


def test_our_country_on_a_persian_official_site_of_another_country_is_that_country():
    # «کشورمان» on the Tajik president's own Persian-script site is Tajikistan, not Iran
    text = ("پایگاه رسمی رئیس جمهور جمهوری تاجیکستان\n"
            "۱۹ دسامبر ۲۰۲۵، شهر توکیو\n"
            "رئیس جمهور کشورمان جناب امامعلی رحمان امروز در توکیو با نخست‌وزیر ژاپن خانم سانائه تاکائیچی دیدار کرد.")
    [e] = news(events(text, "2025-12-19"))
    assert e["countries"] == ["JPN", "TJK"]
    assert "Emomali Rahmon" in people(e)


def test_a_release_dated_on_a_line_of_its_own_then_the_city_is_placed_there():
    text = ("اخبار / سفرهای رسمی\n"
            "۱۹ دسامبر ۲۰۲۵، شهر توکیو\n"
            "رئیس جمهور جمهوری تاجیکستان امامعلی رحمان امروز با رئیس مجلس مشاوران ژاپن ماساکازو سکیگوچی دیدار کرد.")
    [e] = news(events(text, "2025-12-19"))
    assert (e["countries"], e["location"]) == (["JPN", "TJK"], "Tokyo")


def test_a_programme_announced_for_a_day_dates_every_meeting_it_lists():
    # the lede gives the day of a series of meetings and names no counterpart; the meetings listed below
    # have no date of their own
    text = ("برازيليا - «وكالات»\n"
            "يعقد الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا اليوم الأربعاء سلسلة من اللقاءات الثنائية، "
            "وفق جدول نشرته الرئاسة أمس.\n"
            "وتعقد اللقاءات في قصر بلانالتو ويستغرق كل منها نحو خمسين دقيقة.\n"
            "ويلتقي لولا صباحا رئيس جمهورية الكونغو دينيس ساسو نغيسو ثم الرئيس الفنلندي ألكسندر ستوب.\n"
            "وفي فترة ما بعد الظهر يستقبل الرئيس البرازيلي رئيسة سورينام جينيفر غيرلينغز-سيمونز.")
    found = news(events(text, "2025-11-05"))
    assert sorted((tuple(e["countries"]), e["status"], e["date"]) for e in found) == [
        (("BRA", "COG"), "planned", "2025-11-05"), (("BRA", "FIN"), "planned", "2025-11-05"),
        (("BRA", "SUR"), "planned", "2025-11-05")]


def test_a_meeting_held_today_does_not_date_the_next_round_it_agreed_on():
    text = ("Jakarta (ANTARA) - Indonesian Defence Minister Sjafrie Sjamsoeddin met his Australian counterpart "
            "Richard Marles in Jakarta on Wednesday.\n"
            "The two ministers agreed that Sjafrie will meet Marles again in Canberra for the next round of talks.")
    found = news(events(text, "2025-11-05"))
    planned = [e for e in found if e["status"] == "planned"]
    assert all(e["date"] is None for e in planned)
    assert any(e["status"] == "occurred" and e["date"] == "2025-11-05" for e in found)


def test_the_next_meeting_of_a_programme_is_on_the_programme_s_day():
    text = ("NEW DELHI (PTI) - Prime Minister Narendra Modi will hold talks with Japanese Prime Minister Sanae "
            "Takaichi in Tokyo on Friday, officials said on Wednesday.\n"
            "Modi will also meet Australian Prime Minister Anthony Albanese in the Japanese capital.")
    found = news(events(text, "2025-11-05"))
    assert sorted((tuple(e["countries"]), e["date"]) for e in found) == [
        (("AUS", "IND"), "2025-11-07"), (("IND", "JPN"), "2025-11-07")]


def test_china_s_vice_premier_in_arabic_is_china_s_side():
    # «نائب رئيس مجلس الدولة الصيني»: the State Council's vice premier, not a speaker of a parliament
    text = ("بيليم - «وكالات»\n"
            "استقبل الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا اليوم الأربعاء في بيليم نائب رئيس مجلس الدولة "
            "الصيني دينغ شيويه شيانغ.")
    [e] = news(events(text, "2025-11-05"))
    assert e["countries"] == ["BRA", "CHN"]
    ding = [p for p in e["persons"] if p["country"] == "CHN"]
    assert ding and ding[0]["role"] == "deputy prime minister"


def test_a_two_plus_two_announced_and_a_signing_the_two_will_make():
    text = ("پکن- ایرنا- سخنگوی وزارت خارجه چین اعلام کرد که چین و اندونزی روز دوشنبه در پکن نخستین نشست وزیران "
            "خارجه و دفاع دو کشور را برگزار خواهند کرد.")
    assert [(e["countries"], e["status"]) for e in news(events(text, "2025-04-18"))] == [(["CHN", "IDN"], "planned")]
    # «به همراه» ministers of the other country, with whom it is held, are its other side (not companions)
    text = ("پکن- ایرنا- سخنگوی وزارت خارجه چین اعلام کرد که وانگ یی وزیر امور خارجه و دونگ جون وزیر دفاع چین روز "
            "دوشنبه در پکن به همراه سوگیونو وزیر خارجه و شفری شمس‌الدین وزیر دفاع اندونزی، نخستین نشست وزیران خارجه "
            "و دفاع دو کشور را برگزار خواهند کرد.")
    [e] = news(events(text, "2025-04-18"))
    assert (e["countries"], e["status"], e["date"]) == (["CHN", "IDN"], "planned", "2025-04-21")
    assert {"Sugiono", "Wang Yi"} <= {p["name"] for p in e["persons"]}
    text = ("مانيلا - (كونا) -- تصل وزيرة الدفاع النيوزيلندية جوديث كولينز إلى الفلبين اليوم في زيارة تستغرق عدة أيام.\n"
            "وذكر بيان أن البلدين سيوقعان خلال الزيارة هذا الأسبوع اتفاقية وضع القوات الزائرة.")
    assert ("SIGN", "planned") in [(e["type"], e["status"]) for e in news(events(text, "2025-04-28"))]


def test_a_visit_told_in_the_present_with_days_just_ahead_is_planned_this_year():
    # on 8 March, "from March 10 to 12" is two days ahead, not a visit of last March
    text = ("HANOI (VNA) - Vietnamese Defence Minister Phan Van Giang will pay an official visit to Indonesia.\n"
            "The visit, from March 10 to 12, comes at the invitation of Indonesian Defence Minister Sjafrie "
            "Sjamsoeddin.")
    found = events(text, "2025-03-08")
    assert [(e["countries"], e["status"], bool(e.get("background"))) for e in found] == [
        (["IDN", "VNM"], "planned", False)]
    assert found[0]["date"] in (None, "2025-03-10")


def test_the_governments_a_meeting_is_between_and_memoranda_to_be_exchanged():
    # "the first meeting between the governments of X and Y": those leaders are not at it; "Memoranda of
    # Understanding will be exchanged after the talks": a signing planned
    text = ("BUENOS AIRES - Defence Minister Luis Petri met US Defense Secretary Pete Hegseth at the Pentagon in "
            "Washington last Wednesday, the first high-level defence meeting between the governments of Javier Milei "
            "and Donald Trump.")
    [e] = news(events(text, "2025-07-07"))
    assert {p["name"] for p in e["persons"]} == {"Luis Petri", "Pete Hegseth"}
    text = ("NEW DELHI - Philippine President Ferdinand Marcos Jr. will hold talks with Prime Minister Narendra Modi "
            "in New Delhi on Tuesday.\n"
            "Memoranda of Understanding will be exchanged after the talks, the ministry said.")
    found = news(events(text, "2025-08-03"))
    assert sorted((e["type"], e["status"]) for e in found) == [("MEET", "planned"), ("SIGN", "planned")]


def test_a_separate_talk_foreseen_on_the_sidelines_is_planned():
    # «گفت‌وگوی جداگانه … پیش‌بینی شده است»: a talk of two, still ahead (the verb closes the clause)
    text = ("توکیو- خبرگزاری خاور- رئیس جمهور تاجیکستان فردا برای شرکت در نشست سران آسیای مرکزی و ژاپن وارد توکیو "
            "می‌شود.\n"
            "در حاشیه این نشست گفت‌وگوی جداگانه رئیس جمهور جمهوری تاجیکستان با نخست‌وزیر ژاپن نیز پیش‌بینی شده است.")
    found = [e for e in news(events(text, "2025-12-19")) if e["countries"] == ["JPN", "TJK"]]
    assert found and all(e["status"] == "planned" for e in found)


def test_a_heading_naming_a_body_s_officer_does_not_make_the_minister_below_it_the_body_s():
    text = ("Meetings of Defense Minister Koizumi in Brussels (October 15, 2025)\n"
            "1. Meeting with the Secretary General of NATO\n"
            "Minister Koizumi held talks with Hon. Judith Collins KC, Minister of Defence of New Zealand.")
    assert [e["countries"] for e in news(events(text, "2025-10-22"))] == [["JPN", "NZL"]]


def test_after_the_one_met_before_the_host_meets_the_next_guest_alone():
    # «پس از X، …», "After X, …": the guest named only to order the day's meetings is no side of the next one
    text = ("به گزارش ایرنا، «لولا دا سیلوا» رئیس‌جمهور برزیل روز شنبه در برازیلیا با «سانتیاگو پنیا» "
            "رئیس‌جمهور پاراگوئه دیدار کرد.\n"
            "پس از پنیا، لولا دا سیلوا با «لوئیس آرسه» رئیس‌جمهور بولیوی گفت‌وگو کرد.")
    found = sorted(e["countries"] for e in news(events(text, "2024-03-02")))
    assert found == [["BOL", "BRA"], ["BRA", "PRY"]]
    text = ("MONTEVIDEO, March 2 (AP) - Uruguayan President Luis Lacalle Pou received Paraguay's President Santiago "
            "Peña on Saturday.\nAfter Peña, Lacalle Pou met Bolivian President Luis Arce.")
    found = sorted(e["countries"] for e in news(events(text, "2024-03-02")))
    assert found == [["BOL", "URY"], ["PRY", "URY"]]
