"""Treaties that were or were not signed, and papers of small states: constructions the blind set articles41
(defence diplomacy of small and less-reported states) showed rasad getting wrong.

The texts are written for these tests in the style of agency copy; the people are real office-holders on the
dates given, or named by office only.
"""

from __future__ import annotations

from event_helpers import events, kinds, news, people


def test_a_signing_that_was_to_be_prevented_or_is_imminent_is_no_signing():
    head = ("به گزارش ایرنا، «ریچارد مارلز» وزیر دفاع استرالیا روز دوشنبه در کانبرا با «بیلی جوزف» وزیر دفاع "
            "پاپوآ گینه نو دیدار و درباره پیمان دفاعی دو کشور گفت‌وگو کرد.\n")
    # «امضای این پیمان قرار بود …», «امضای پیمان قریب‌الوقوع است»: the cue follows the signing it governs
    for told in ("امضای این پیمان قرار بود ماه گذشته در پورت مورسبی انجام شود.",
                 "مارلز پس از دیدار گفت امضای پیمان قریب‌الوقوع است."):
        assert kinds(events(head + told, "2025-10-07")) == [("MEET", ["AUS", "PNG"])]
    # a negation after «اما» ("but") leaves the meeting before it told
    told = ("آلبانیزی ماه گذشته به پورت مورسبی رفت و با ماراپه دیدار کرد، اما حد نصاب نداشتن جلسه کابینه پاپوآ "
            "گینه نو مانع امضا شد.")
    found = events(head + told, "2025-10-07")
    assert [(e["type"], e["location"], e["background"]) for e in found] \
        == [("MEET", "Canberra", False), ("MEET", "Port Moresby", True)]


def test_the_past_seventy_years_is_no_date_and_a_treaty_called_so_is_no_person():
    text = ("به گزارش ایرنا، «آنتونی آلبانیزی» نخست‌وزیر استرالیا و «جیمز ماراپه» نخست‌وزیر پاپوآ گینه نو پیمان "
            "موسوم به «پوک‌پوک» را روز دوشنبه در کانبرا امضا کردند.\n"
            "این نخستین پیمان اتحادی است که استرالیا در بیش از هفتاد سال گذشته منعقد می‌کند.")
    found = events(text, "2025-10-07")
    assert [(e["type"], e["date"]) for e in found] == [("SIGN", "2025-10-06")]
    assert people(found[0]) == {"Anthony Albanese", "James Marape"}


def test_this_agreement_told_again_is_the_one_signed_not_one_with_a_country_it_answers():
    text = ("به گزارش ایسنا، هند و سریلانکا روز شنبه در کلمبو نخستین یادداشت تفاهم همکاری دفاعی خود را امضا کردند.\n"
            "این توافق چهار دهه پس از حضور نیروهای حافظ صلح هند در سریلانکا امضا می‌شود و تحلیلگران آن را پاسخی به "
            "نفوذ چین در این کشور جزیره‌ای می‌دانند.")
    assert kinds(news(events(text, "2025-04-06"))) == [("SIGN", ["IND", "LKA"])]


def test_a_small_states_paper_names_its_own_prime_minister_without_his_country():
    text = ("COOK ISLANDS NEWS\n"
            "Home | National | Pacific | World\n\n"
            "Prime Minister Mark Brown arrived back on Rarotonga on Monday from a state visit to China.\n"
            "Brown met Chinese Premier Li Qiang in Harbin during the visit, his office said.")
    found = news(events(text, "2025-02-17"))
    assert [e["countries"] for e in found if e["type"] == "MEET"] == [["CHN", "COK"]]



def test_two_ministers_ratifying_or_approving_their_plan_sign_it():
    # «وصادق الوزيران على برنامج …», «وأقرّ الوزيران … خطة …»: a document of theirs ratified together (blind set
    # articles49)
    for told in ("وصادق الوزيران في ختام المحادثات على برنامج الشراكة الاستراتيجية في المجال العسكري.",
                 "وأقرّ الوزيران في ختام اللقاء خطة التعاون العسكري بين البلدين لعام 2026."):
        text = ("موسكو - أجرى وزير الدفاع الروسي أندريه بيلاوسوف أمس في موسكو محادثات مع وزير الدفاع القرغيزي "
                "بكتيبك بيكبولوتوف.\n" + told)
        assert kinds(events(text, "2025-05-28")) == [("MEET", ["KGZ", "RUS"]), ("SIGN", ["KGZ", "RUS"])], told
