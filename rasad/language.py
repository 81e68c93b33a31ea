"""Language identification: Persian, Arabic or English, per document and per paragraph.

Persian and Arabic share a script, so letters alone do not tell them apart on short texts, and Persian
typed on an Arabic keyboard (ي/ك) must not be called Arabic. The classifier counts script, letters
only one language uses (پ چ ژ گ for Persian; ة, ى, إ, tanwin for Arabic) and frequent function words,
which together are decisive from a single sentence on. It needs no model and runs in microseconds.
"""

from __future__ import annotations

import re
from collections import Counter

from .document import Document, Span

__all__ = ["detect_language", "language_stage", "LANGUAGES"]

LANGUAGES = ("fa", "ar", "en")

# Function words, in normalised and raw forms (ZWNJ-less). Each is frequent in one language and
# rare or absent in the other.
_FA_WORDS = frozenset("""
و در به از که را این با است برای آن شد می شود کرد کرده های ها یک تا بر هم نیز خود دو اظهار گفت
بود باشد دارد شده وی ایشان کشور نمی همچنین اینکه چنین پس بین ما شما آنها هر اما یا
""".split())
_AR_WORDS = frozenset("""
في من على إلى الى التي الذي الذين أن ان عن مع هذا هذه كان قال وقال كما بين أو لا ما قد تم ذلك
وفي ومن وزير البلدين التعاون خلال حول لدى عبر بعد قبل منذ حيث إن كل وأضاف وأكد أكد
""".split())
_WORD = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff\u200c]+")


def detect_language(text: str) -> str | None:
    """``"fa"``, ``"ar"`` or ``"en"`` for ``text`` (raw or normalised); None when it has no letters."""
    sample = text[:20000]
    arabic, latin = _script_counts(sample)
    if not arabic and not latin:
        return None
    if latin > arabic * 2:
        return "en"
    fa = 3 * sum(map(sample.count, _FA_CHARS))
    ar = 3 * sum(map(sample.count, _AR_CHARS))
    for w, n in Counter(_WORD.findall(sample)).items():
        w = w.replace("\u200c", "")
        if w in _FA_WORDS:
            fa += 2 * n
        elif w in _AR_WORDS:
            ar += 2 * n
        elif w.startswith("ال") and len(w) > 3:
            ar += n  # the Arabic article; Persian keeps it only in loanwords («الگو» aside)
    if fa == ar == 0:
        return "en" if latin >= arabic else "fa"
    return "fa" if fa >= ar else "ar"


_FA_CHARS = "پچژگ"
_AR_CHARS = "ةىإ" + "".join(map(chr, range(0x064B, 0x0653)))
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_PRESENTATION = re.compile(r"[\ufb50-\ufdff\ufe70-\ufeff]")


def _script_counts(sample: str) -> tuple[int, int]:
    """(Arabic-script, Latin) letters: counted on the UTF-8 bytes, where U+0600-U+06FF are the
    characters with lead byte D8-DB, and Latin letters are single bytes."""
    b = sample.encode("utf-8", "surrogatepass")
    arabic = len(b) - len(b.translate(None, b"\xd8\xd9\xda\xdb"))
    if b"\xef" in b:  # three-byte characters: perhaps Arabic presentation forms
        arabic += len(_PRESENTATION.findall(sample))
    return arabic, len(b) - len(b.translate(None, _ASCII_LETTERS))


def language_stage(doc: Document) -> Document:
    """Set ``doc.lang`` (unless given) and record paragraphs in another language in ``doc.meta``."""
    text = doc.ntext
    if doc.lang is None:
        doc.lang = detect_language(doc.text) or "en"
    other: list[tuple[int, int, str]] = []
    for para in doc.paragraphs or [Span(0, len(text))]:
        a, b = doc.to_original(para.start, para.end)
        chunk = doc.text[a:b]
        if len(chunk) < 40:
            continue
        lang = detect_language(chunk)
        if lang and lang != doc.lang:
            other.append((para.start, para.end, lang))
    if other:
        doc.meta["paragraph_langs"] = other
    return doc
