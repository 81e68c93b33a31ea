"""East Asian names as Arabic and Persian services write them: constructions the blind set articles43 showed
rasad getting wrong.

The texts are written for these tests in the style of agency copy; the people are real office-holders on the
dates given.
"""

from __future__ import annotations

from event_helpers import events, news, people


def test_a_full_name_spelt_unlike_the_kb_is_still_the_person_his_surname_stands_for_later():
    # «دونغ جيون»: the KB writes «دونغ جون»; the two words have the consonants of the full name, so «دونغ»
    # alone later in the page is he, and the meetings he held are China's
    text = ("بكين 18 سبتمبر (شينخوا) التقى وزير الدفاع الوطني الصيني دونغ جيون أمس الأربعاء عددا من وزراء الدفاع "
            "المشاركين في منتدى شيانغشان.\n"
            "وأدلى دونغ بتصريحاته خلال لقاءات منفصلة في بكين مع قادة الدفاع في ماليزيا وكمبوديا، مؤكدا استعداد "
            "الجيش الصيني لتعزيز التعاون.")
    found = news(events(text, "2025-09-18"))
    assert sorted(e["countries"] for e in found) == [["CHN", "KHM"], ["CHN", "MYS"]]
    assert all("Dong Jun" in people(e) for e in found)


def test_views_exchanged_with_two_counterparts_are_two_meetings():
    text = ("ميونيخ في 14 فبراير /قنا/ التقى وزير الدفاع الياباني شينجيرو كويزومي أمس نظيره الإيطالي غيدو كروسيتو "
            "على هامش مؤتمر ميونيخ للأمن.\n"
            "كما تبادل كويزومي وجهات النظر مع نظيريه النيوزيلندي والكندي بشأن تعزيز التعاون الثنائي.")
    found = news(events(text, "2026-02-14"))
    assert sorted(e["countries"] for e in found) == [["CAN", "JPN"], ["ITA", "JPN"], ["JPN", "NZL"]]


def test_uruguay_as_arabic_desks_write_it():
    text = ("بكين 18 سبتمبر (شينخوا) التقى وزير الدفاع الوطني الصيني دونغ جون أمس في بكين وزيرة الدفاع "
            "الأوروغوائية ساندرا لازو على هامش منتدى شيانغشان.")
    assert [e["countries"] for e in news(events(text, "2025-09-18"))] == [["CHN", "URY"]]


def test_the_korean_minister_is_south_koreas_when_north_korea_is_only_a_topic():
    # both Koreas named; «الوزير الكوري» is the Korea the page is about, named first, and «أديكس» (Seoul ADEX)
    # is not Cairo's EDEX
    text = ("سيئول - 20 - 10 (كونا) -- أجرى وزير الدفاع الكوري الجنوبي اليوم الاثنين لقاءات ثنائية على هامش "
            "معرض أديكس 2025.\n"
            "وأعرب الضيوف عن دعمهم لسياسة سيئول تجاه كوريا الشمالية.\n"
            "كما التقى الوزير الكوري قائد القوات الجوية والدفاع الجوي في دولة الإمارات العربية المتحدة اللواء راشد "
            "محمد الشامسي، وبحثا توسيع التعاون الثنائي.")
    found = [(e["countries"], e["location"]) for e in news(events(text, "2025-10-20"))]
    assert (["ARE", "KOR"], None) in found or (["ARE", "KOR"], "Seoul") in found
    assert not any("EGY" in c or "PRK" in c for c, _ in found)
    assert all(loc != "Cairo" for _, loc in found)


def test_a_korean_named_by_his_family_name_then_an_adverb_is_the_one_named_in_full():
    # «کیم ابتدا با …»: "Kim first met …": «ابتدا» is no part of a name
    text = ("«کیم سون-هو» معاون وزیر دفاع کره جنوبی روز پنجشنبه در حاشیه نشست وزیران دفاع آسه‌آن در جاکارتا دو "
            "دیدار دوجانبه برگزار کرد.\n"
            "کیم ابتدا با «گیلبرتو تئودورو جونیور» وزیر دفاع فیلیپین دیدار کرد.")
    found = [(e["countries"], people(e)) for e in news(events(text, "2023-11-17"))]
    assert (["KOR", "PHL"], ["Gilberto Teodoro", "Kim Seon-ho"]) in [(c, sorted(p)) for c, p in found]
