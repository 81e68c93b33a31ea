"""Language id: Persian and Arabic share a script; tell them apart on whole articles and short lines."""

from __future__ import annotations

import pytest

from rasad.language import detect_language
from rasad.readers import read_paths

CASES = [
    ("fa", "وزیر دفاع هند با همتای روس خود در مسکو دیدار کرد."),
    ("fa", "رئيس جمهور در سفر به دوشنبه با امامعلي رحمان ديدار كرد"),  # Persian typed with Arabic ي/ك
    ("fa", "همکاریهای دفاعی دو کشور گسترش مییابد"),
    ("fa", "سفر هیئت نظامی پاکستان به پکن"),
    ("ar", "التقى وزير الدفاع المصري نظيره السعودي في الرياض"),
    ("ar", "بحث الرئيس التركي مع نظيره الأذربيجاني في اتصال هاتفي العلاقات الثنائية"),
    ("ar", "وقعت الهند وروسيا مذكرة تفاهم للتعاون العسكري"),
    ("ar", "زيارة رسمية إلى بكين"),
    ("en", "China and Pakistan signed a memorandum on defence cooperation in Beijing."),
    ("en", "Defense Minister Andrey Belousov met his Belarusian counterpart in Minsk."),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_short_texts(lang, text):
    assert detect_language(text) == lang


def test_no_letters():
    assert detect_language("12:30 — 2024/05/01") is None


def test_every_seed_gets_its_language(seeds_dir):
    expected = {"000": "fa", "001": "fa", "002": "ar", "003": "fa", "004": "fa"}
    for doc in read_paths([str(seeds_dir)]):
        assert detect_language(doc.text) == expected[doc.id[:3]], doc.id
