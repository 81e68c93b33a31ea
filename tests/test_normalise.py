"""The normaliser: one matching form for fa/ar/en spellings, and an exact map back to the original."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasad.normalise import fold, normalise


def test_zwnj_lost_joined_and_spaced_forms_are_one():
    assert fold("میشود") == fold("می‌شود") == fold("می شود")
    assert fold("همکاریهای") == fold("همکاری‌های") == fold("همکاری های")
    assert fold("رئیسجمهور") == fold("رئیس‌جمهور")


def test_arabic_and_persian_letters_are_one():
    assert fold("إيران") == fold("ایران") == fold("ايران")
    assert fold("كشور") == fold("کشور")
    assert fold("الجمهورية") == fold("الجمهوریه")
    assert fold("رئیس") == fold("رییس")
    assert fold("امضاء") == fold("امضا")


def test_digits_diacritics_tatweel_and_spaces():
    assert fold("۱۵ فروردین ۱۳۹۷") == "15 فروردین 1397"
    assert fold("٢٠٢٤") == "2024"
    assert fold("هَنَّأَ") == fold("هنا")
    assert fold("وزيـــر") == fold("وزير")
    assert fold("a\u00a0\u00a0b\u2009c") == "a b c"
    assert fold("line one \r\n  line two") == "line one\nline two"


def test_latin_accents_and_case():
    assert fold("Erdoğan") == "erdogan"
    assert normalise("Erdoğan").text == "Erdogan"  # case kept in the normalised text
    n = normalise("İstanbul")
    assert len(n.text) == len(n.text.lower())


def test_presentation_forms_map_to_their_source():
    n = normalise("ﻻ بأس")
    assert n.text == "لا باس"
    assert n.to_original(0, 2) == (0, 1)  # the ligature produced two letters


def test_span_maps_back_to_text_as_read():
    raw = "سفر سردار دهقان به عشق‌آباد و دیدار با همتای ترکمنی"
    n = normalise(raw)
    i = n.text.index("عشقاباد")
    a, b = n.to_original(i, i + len("عشقاباد"))
    assert raw[a:b] == "عشق‌آباد"


def test_span_includes_trailing_diacritics():
    raw = "وزيرُ الدفاعِ"
    n = normalise(raw)
    a, b = n.to_original(0, len("وزیر"))
    assert raw[a:b] == "وزيرُ"


# Property tests over text mixing the scripts and the characters the normaliser rewrites.
_ALPHABET = st.sampled_from(list(
    "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیيكىةۀأإآئؤءـًٌٍَُِّْٰ"
    "۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩0123456789"
    " \u00a0\u200c\u200d\u200f\u2009\n\r\t.،؟!«»-–"
    "abcXYZéğİ\ufefbﻻ"
) + ["می ", " ها", " های", "رئیس جمهور"])
texts = st.lists(_ALPHABET, max_size=60).map("".join)


@given(texts)
@settings(max_examples=400, deadline=None)
def test_offset_map_is_monotone_and_in_range(raw):
    n = normalise(raw)
    assert len(n.offsets) == len(n.text) + 1
    assert n.offsets[-1] == len(raw)
    assert all(0 <= o <= len(raw) for o in n.offsets)
    assert all(a <= b for a, b in zip(n.offsets, n.offsets[1:]))


@given(texts)
@settings(max_examples=400, deadline=None)
def test_normalising_twice_changes_nothing(raw):
    once = normalise(raw).text
    assert normalise(once).text == once
    assert len(once.lower()) == len(once)


@given(texts, st.data())
@settings(max_examples=400, deadline=None)
def test_mapped_back_spans_cover_the_source_characters(raw, data):
    n = normalise(raw)
    if not n.text:
        return
    start = data.draw(st.integers(0, len(n.text) - 1))
    end = data.draw(st.integers(start + 1, len(n.text)))
    a, b = n.to_original(start, end)
    assert 0 <= a < b <= len(raw)
    for i in range(start, end):
        assert a <= n.offsets[i] < b
    # The original span, normalised on its own, contains what was matched (spaces aside: a span
    # edge can cut a joined affix or a ligature).
    assert n.text[start:end].replace(" ", "") in normalise(raw[a:b]).text.replace(" ", "")
