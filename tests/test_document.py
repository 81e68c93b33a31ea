"""The Document's text helpers: standalone word spans agree with the regular expression they replace."""

import re

from hypothesis import given
from hypothesis import strategies as st

from rasad.document import Document, standalone_spans

# Words and glue from the three scripts, so that boundaries fall between letters, digits, marks and spaces.
PIECES = ["شویگو", "شويجو", "و", "ال", "singh", "Singh", "al-sabah", "_", " ", "-", "،", "3", "\u200c", "x"]


@given(st.lists(st.sampled_from(PIECES), max_size=25), st.sampled_from(PIECES[:8]))
def test_word_spans_match_the_lookaround_regex(pieces, word):
    text = "".join(pieces).lower()
    doc = Document(id="t", text=text)
    expected = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word.lower())}(?!\w)", doc.ltext)]
    assert doc.word_spans(word.lower()) == expected


@given(st.lists(st.sampled_from(PIECES), max_size=25), st.sampled_from(PIECES[:4]))
def test_standalone_spans_with_a_letter_class(pieces, word):
    text = "".join(pieces)
    expected = [m.span() for m in re.finditer(rf"(?<![\u0600-\u06ff]){word}(?![\u0600-\u06ff])", text)]
    assert standalone_spans(text, word, lambda c: "\u0600" <= c <= "\u06ff") == expected


def test_a_surname_inside_a_longer_word_is_not_standalone():
    doc = Document(id="t", text="Singh met Singhal; later Singh spoke.")
    assert doc.word_spans("singh") == [(0, 5), (25, 30)]
