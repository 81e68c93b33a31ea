"""Summits and ministerials of several countries: a group of countries named as one («دول آسيا الوسطى
الخمس», "the Central Asian states"), a summit held with the leaders it lists, and the group named as a topic
or as the gathering on whose sidelines two others met. Constructions the blind set articles83 showed rasad
getting wrong.

The texts are written for these tests in the style of agency copy; the people are real office-holders on the
dates given.
"""

from __future__ import annotations

from event_helpers import events, news

C5 = ["KAZ", "KGZ", "TJK", "TKM", "UZB"]


def test_a_summit_with_the_leaders_of_a_group_is_one_meeting_of_them_all():
    text = ("أستانا - 30 - 5 (كونا) -- احتضنت العاصمة الكازاخية أستانا اليوم الجمعة أول قمة تجمع رئيسة الحكومة "
            "الإيطالية جورجا ميلوني برؤساء دول آسيا الوسطى الخمس.\n"
            "وبحث القادة التعاون في مجالات الطاقة والنقل والمعادن.")
    found = [e["countries"] for e in news(events(text, "2025-05-30")) if e["type"] == "MEET"]
    assert found == [sorted(["ITA"] + C5)]


def test_a_summit_held_with_the_leaders_it_lists_is_not_one_meeting_per_country():
    text = ("به گزارش ایرنا، نشست سران «آسیای مرکزی – روسیه» فردا پنجشنبه با حضور رؤسای جمهور روسیه، تاجیکستان، "
            "قزاقستان، قرقیزستان، ازبکستان و ترکمنستان در دوشنبه برگزار می‌شود.")
    found = [e["countries"] for e in news(events(text, "2025-10-08"))]
    assert found == [sorted(["RUS"] + C5)]


def test_a_group_named_as_a_topic_or_a_gathering_is_no_side():
    # «در حاشیه نخستین نشست وزیران دفاع کشورهای آسیای مرکزی»: the two met on its sidelines; «درباره آماده‌سازی
    # نشست سران آسیای مرکزی»: what they talked about
    text = ("به گزارش ایرنا، وزیر دفاع تاجیکستان روز دوشنبه در حاشیه نخستین نشست وزیران دفاع کشورهای آسیای مرکزی "
            "در سمرقند با «شخرت خالمحمدوف» وزیر دفاع ازبکستان دیدار کرد.")
    assert [e["countries"] for e in news(events(text, "2025-10-20"))] == [["TJK", "UZB"]]
    text = ("«بختیار سعیدوف» وزیر امور خارجه ازبکستان امروز در تماسی تلفنی با «شیخ محمد بن عبدالرحمن آل ثانی» نخست "
            "وزیر و وزیر امور خارجه قطر درباره آماده‌سازی نشست سران کشورهای آسیای مرکزی و شورای همکاری خلیج فارس "
            "گفت‌وگو کرد.")
    assert [e["countries"] for e in news(events(text, "2025-04-23"))] == [["QAT", "UZB"]]


def test_a_group_that_meets_no_one_named_makes_no_meeting():
    text = ("گروه بین‌الملل: کشورهای آسیای مرکزی در هفته جاری چند رایزنی مهم با کشورهای عربی حوزه خلیج فارس "
            "داشتند.")
    assert events(text, "2025-04-23") == []


def test_the_day_after_a_summit_is_no_plan():
    # «غداة القمة» ("the day after the summit") is not «غدا» ("tomorrow") with a pronoun
    text = ("كوالالمبور - أجرى وزير الحرب الأمريكي بيت هيغسيث أمس محادثات مع نظيره الصيني الأدميرال دونغ جون.\n"
            "وجاء اللقاء غداة القمة التي جمعت الرئيسين ترامب وشي جين بينغ، الخميس الماضي، في مدينة بوسان الكورية "
            "الجنوبية.")
    summit = [e for e in events(text, "2025-11-01") if "Xi Jinping" in {p["name"] for p in e["persons"]}]
    assert [(e["status"], e["date"], e["background"]) for e in summit] == [("occurred", "2025-10-30", True)]


def test_a_count_before_a_group_names_only_some_of_its_members():
    text = ("SEOUL, Aug. 28 (Yonhap) -- President Lee Jae Myung held separate phone conversations Thursday with Kyrgyz "
            "President Sadyr Japarov and Tajik President Emomali Rahmon, his first calls with the two Central Asian "
            "nations since taking office in June, his office said.")
    found = sorted(e["countries"] for e in news(events(text, "2025-08-28")))
    assert found == [["KGZ", "KOR"], ["KOR", "TJK"]]


def test_the_guests_of_a_meeting_of_five_and_the_ministers_who_signed_are_that_meeting():
    # "the ministers of A, B, C and D exchanged views" at the meeting of five the article is about (the host
    # unnamed in that sentence); «وزیران دفاع» signing at its end are its five
    text = ("سمرقند- ایرنا- نخستین نشست وزیران دفاع قزاقستان، قرقیزستان، تاجیکستان، ترکمنستان و ازبکستان روز دوشنبه "
            "در سمرقند برگزار شد.\n"
            "وزیران دفاع قزاقستان، قرقیزستان، تاجیکستان و ترکمنستان درباره تأمین امنیت منطقه تبادل نظر کردند.\n"
            "در پایان نشست، وزیران دفاع پروتکلی را امضا کردند.")
    found = sorted((e["type"], e["countries"]) for e in news(events(text, "2025-10-21")))
    assert found == [("MEET", C5), ("SIGN", C5)]
