"""A signing that only frames the meeting told after it, a meeting told as a clause of its own beside a
press conference, the current year in a lede, and an attendance clause that closed the sentence before:
constructions the blind sets articles24 and articles26 showed rasad getting wrong.

The texts are written for these tests in the style of agency copy; the people are real office-holders
on the dates given, or named by office only.
"""

from __future__ import annotations

from event_helpers import events


def kinds(found: list[dict]) -> list[tuple[str, list[str], str]]:
    return sorted((e["type"], e["countries"], e["status"]) for e in found if not e.get("background"))


def test_after_the_signing_the_guest_met_the_president_separately():
    # «پس از امضای سند»: the signing told before is the time of the audience, not a second signing; the
    # audience, followed by «... در نشست خبری مشترک شرکت کردند», is a meeting of its own
    text = ("براتیسلاوا - ایرنا - یانا چرنوخووا وزیر دفاع جمهوری چک روز دوشنبه در براتیسلاوا با روبرت "
            "کالیناک همتای اسلواک خود گفت‌وگو کرد و دو وزیر سپس برنامه همکاری نظامی سال ۲۰۲۵ را امضا کردند.\n"
            "وزیر دفاع چک پس از امضای سند، با پتر پلگرینی رئیس‌جمهور اسلواکی به‌طور جداگانه دیدار کرد و دو "
            "طرف سپس در یک نشست خبری مشترک شرکت کردند.")
    found = events(text, "2025-03-25")
    assert kinds(found) == [("MEET", ["CZE", "SVK"], "occurred"), ("MEET", ["CZE", "SVK"], "occurred"),
                            ("SIGN", ["CZE", "SVK"], "occurred")]
    audience = [e for e in found if e["type"] == "MEET" and "Peter Pellegrini" in {p["name"] for p in e["persons"]}]
    assert len(audience) == 1 and audience[0]["date"] == "2025-03-24"


def test_an_english_meeting_followed_by_a_press_conference_is_still_a_meeting():
    # "met ... and then took part in": the meeting is no gathering the two attended
    text = ("WARSAW, June 3 (PAP) - Lithuanian Defence Minister Dovile Sakaliene and her Polish counterpart "
            "Wladyslaw Kosiniak-Kamysz met in Warsaw on Tuesday and then took part in a joint news conference.")
    found = events(text, "2025-06-03")
    assert kinds(found) == [("MEET", ["LTU", "POL"], "occurred")]


def test_the_current_year_in_a_lede_does_not_make_its_signing_a_reference():
    # «در سال» ("in the year ...") marks a past event; «در سال جاری» is this year
    text = ("آنکارا - خبرگزاری آناتولی - وزیران دفاع ترکیه و آذربایجان روز چهارشنبه در آنکارا سندی را امضا کردند "
            "که شمار رزمایش‌های مشترک دو کشور را در سال جاری میلادی دو برابر می‌کند.")
    found = events(text, "2025-02-07")
    signing = [e for e in found if e["type"] == "SIGN"]
    assert len(signing) == 1 and not signing[0].get("background")
    assert signing[0]["date"] == "2025-02-05"


def test_officials_present_at_an_earlier_ceremony_are_principals_of_the_next_meeting():
    # «... حضور داشتند.» closes the sentence before: the president named in the next sentence is the one met
    text = ("بلگراد - ایرنا - وزیر دفاع مجارستان و همتای صرب او روز سه‌شنبه در بلگراد برنامه همکاری نظامی را امضا کردند. "
            "رئیس ستاد کل ارتش صربستان و معاون وزیر دفاع مجارستان نیز در مراسم امضا حضور داشتند. وزیر دفاع "
            "مجارستان سپس با الکساندر ووچیچ "
            "رئیس‌جمهور صربستان دیدار کرد.")
    found = events(text, "2025-04-02")
    audience = [e for e in found if e["type"] == "MEET"]
    assert len(audience) == 1
    assert "Aleksandar Vučić" in {p["name"] for p in audience[0]["persons"]}


def test_a_signing_during_a_visit_told_after_after_is_still_a_signing():
    # «بعد توقيع … خلال زيارة»: the visit is the time of the signing, not a meeting the signing preceded
    text = ("برازيليا - «وكالات»\n"
            "قال الرئيس البرازيلي لويس إيناسيو لولا دا سيلفا إن العلاقات مع الصين تنامت بعد توقيع نحو عشرين "
            "اتفاقا في بكين خلال زيارته للصين في مايو الماضي.")
    found = [(e["type"], e["countries"]) for e in events(text, "2025-11-05")]
    assert ("SIGN", ["BRA", "CHN"]) in found
    text = ("Relations between India and Sri Lanka grew after signing five agreements in New Delhi during the "
            "visit of Sri Lankan President Anura Kumara Dissanayake to India in December 2024.")
    found = [(e["type"], e["countries"]) for e in events(text, "2025-03-05")]
    assert ("SIGN", ["IND", "LKA"]) in found


def test_a_signing_during_talks_is_a_meeting_too_and_a_visit_early_last_month_is_a_reference():
    text = ("MANILA, June 2 (PNA) - The Philippines and Vietnam on Monday signed a memorandum on maritime "
            "cooperation.\n"
            "The memorandum was signed during talks in Manila between Philippine Defense Secretary Gilberto "
            "Teodoro and Vietnamese Defence Minister Phan Van Giang.\n"
            "In early May 2025, Vietnamese Deputy Defence Minister Hoang Xuan Chien paid a three-day visit to "
            "Manila.")
    found = events(text, "2025-06-03")
    assert kinds(found) == [("MEET", ["PHL", "VNM"], "occurred"), ("SIGN", ["PHL", "VNM"], "occurred")]
    earlier = [e for e in found if e.get("background")]
    assert [(e["type"], e["date"]) for e in earlier] == [("MEET", "2025-05")]
