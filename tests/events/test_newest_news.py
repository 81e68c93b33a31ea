"""Meetings announced around a forum and a trip called off long before: constructions the blind set articles42
(the newest defence diplomacy, with newly appointed office-holders) showed rasad getting wrong.

The texts are written for these tests in the style of agency copy; the people are real office-holders on the
dates given.
"""

from __future__ import annotations

from event_helpers import events, news


def test_two_bilateral_meetings_with_two_ministers_are_two_events():
    text = ("طوكيو في 24 فبراير /قنا/ بحث وزير الدفاع الياباني شينجيرو كويزومي أمس الاثنين مع ولي عهد تونغا "
            "وزير الدفاع توبوتوا أولوكالالا التعاون الدفاعي على هامش حوار طوكيو للدفاع.\n"
            "ومن المقرر أن يعقد كويزومي خلال أعمال الحوار الذي يختتم اليوم الثلاثاء لقاءين ثنائيين مع وزيري "
            "دفاع فيجي وبابوا غينيا الجديدة لبحث التعاون الدفاعي.\n"
            # (a group counted in the next sentence does not make the two meetings one)
            "ويشارك في الحوار ممثلو عشرين دولة من بينها الدول الأربع عشرة الأعضاء في منتدى جزر المحيط الهادئ.")
    found = news(events(text, "2026-02-24"))
    planned = [e for e in found if e["status"] == "planned"]
    assert sorted(e["countries"] for e in planned) == [["FJI", "JPN"], ["JPN", "PNG"]]


def test_he_opening_a_sentence_is_the_one_who_opened_the_sentence_before():
    text = ("SEOUL (Yonhap) - South Korean Defense Minister Ahn Gyu-back met Philippine Defense Secretary Gilberto "
            "Teodoro in Seoul on Monday on the sidelines of the Seoul Defense Dialogue.\n"
            "Nakatani's trip will be the first visit to South Korea by a Japanese defense minister in a decade. He "
            "and Ahn will hold bilateral talks on the sidelines of the forum on Tuesday, the ministry said.")
    found = news(events(text, "2025-09-08"))
    assert [(e["countries"], e["status"]) for e in found] == [(["KOR", "PHL"], "occurred"), (["JPN", "KOR"], "planned")]


def test_a_trip_called_off_months_before_cancels_no_meeting_announced_now():
    text = ("SEOUL (Yonhap) - Japanese Defense Minister Gen Nakatani will hold talks with South Korean Defense "
            "Minister Ahn Gyu-back in Seoul on Tuesday, the ministry said.\n"
            "Nakatani had planned to visit Seoul last December, but the trip was called off.")
    found = news(events(text, "2025-09-08"))
    assert [(e["countries"], e["status"], e["date"]) for e in found] == [(["JPN", "KOR"], "planned", "2025-09-09")]
