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
