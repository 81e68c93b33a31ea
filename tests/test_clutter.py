"""Page furniture is marked line by line and never deleted."""

from __future__ import annotations

import pytest

from rasad.clutter import clutter_stage, is_clutter_line
from rasad.document import Document
from rasad.normalise import fold


@pytest.mark.parametrize("line", [
    "ارسال نظر", "انتهای پیام", "انتهای پیام/", "کد خبر : ۲۷۰۵۰۹", "کد N503401", "2 × 1 =",
    "نشانی ایمیل شما منتشر نخواهد شد. بخش‌های موردنیاز علامت‌گذاری شده‌اند *",
    "شاركوا هذا الخبر", "أهم الأخبار", "اقرأ أيضا:", "الأكثر مشاهدة", "Share this article",
    "Related stories", "Your email address will not be published.", "© 2025 Example News. All rights reserved",
])
def test_furniture_lines(line):
    assert is_clutter_line(fold(line))


@pytest.mark.parametrize("line", [
    "وزیر دفاع ایران با همتای روس خود دیدار کرد.",
    "التقى وزير الدفاع المصري نظيره السعودي في الرياض.",
    "The ministers shared their views on regional security.",
    "منبع خبر گفت این سفر به زودی انجام خواهد شد و دو طرف چند سند همکاری امضا می‌کنند.",
])
def test_article_lines_are_not_clutter(line):
    assert not is_clutter_line(fold(line))


def test_stage_keeps_text_and_offsets():
    raw = "عنوان خبر\nمتن خبر درباره دیدار دو وزیر.\nارسال نظر\n"
    doc = clutter_stage(Document(id="x", text=raw))
    assert doc.text == raw
    [c] = doc.clutter
    assert doc.ntext[c.start:c.end] == "ارسال نظر"
    assert len(doc.paragraphs) == 2
