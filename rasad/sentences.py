"""Sentence splitting for Persian, Arabic and English, on the normalised text, within paragraphs.

A sentence ends at ``.``, ``!``, ``?``, ``؟`` or an ellipsis followed by a space (or a closing quote or
bracket, then a space) and the next character is not lower-case Latin; or, where a crawl lost that space,
at a stop between a lower-case word and a capitalised one, or between two Arabic-script words. It does not end after English
abbreviations ("Gen.", "U.S.", "Jan."), single letters and initials (Arabic «د.» for doctor), or inside
numbers ("2.5"). Persian/Arabic commas and colons do not end sentences.
"""

from __future__ import annotations

import re

from .document import Document, Span
from .normalise import fold

__all__ = ["split_sentences", "sentences_stage", "SENTENCE_STOP"]

# A full stop, question mark or line break: what a phrase of one sentence does not cross (a looser test than
# ``split_sentences``, for a short gap between two offsets).
SENTENCE_STOP = re.compile(r"[.!?؟\n]")

_ABBREVIATIONS = frozenset("""
mr mrs ms dr prof gen lt col maj capt cmdr adm brig sgt rep sen gov pres st jr sr vs etc inc ltd co corp
no nos vol fig jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
u.s u.k u.n e.u approx est dept univ assn bros ft mt p pp al ave blvd rd hon rt revd excl adm gen
cdr cdre radm vadm wg sqn ldr flt gp cpl pvt supt insp ret retd amb sec fr
ma md mohd muhd muh
h.e h.h h.m h.r.h h.i.m
""".split())  # the fourth line: abbreviated given names of South and South-East Asian press ("Md.", "Mohd.",
# "Ma."); the last: honorifics of official releases ("H.E. Mr. Guido Crosetto", "H.R.H.")
# Latin initials as Persian and Arabic write them («کی. پی. شارما اولی», «برایان جی. الیس», «إس. إم.»): not
# «او» (also "he", which ends «درجه نظامی او.») nor «في» ("in").
_LETTER_NAMES = frozenset(fold(w) for w in """
بی سی دی اف جی اچ آی کی ال ام ان پی آر اس تی یو وی
بي سي دي إف جي إتش آي كيه جيه إل إم إن آر إس تي يو
""".split())  # (the text is folded: «بي» is «بی»)
_LETTER_FA_AR = "\u0620-\u064a\u0671-\u06d3"
_END = re.compile(
    # The first look-ahead repeats what every branch starts with: the engine then rejects all other
    # positions at once instead of trying each branch's look-behinds there (4× faster).
    r"(?=[.!?؟…])(?:"
    r"(?:\.{3}|…|[.!?؟])+[\"'»”)\]]*(?= )"
    # Crawled pages lose the space after a full stop: "... level.\"The agreement", «...الطرفين.وقال».
    # Then the stop must close a word of two lower-case letters (not "U.S.A") before a capitalised
    # word, or stand between two Arabic-script words.
    r"|(?<=[a-z]{2})[.!?]+[\"'”)\]]*(?=[A-Z][a-z])"
    rf"|(?<=[{_LETTER_FA_AR}]{{2}})[.!?؟]+[\"'»)\]]*(?=[{_LETTER_FA_AR}]))")


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of ``text[start:end]`` (offsets into ``text``), stripped of outer spaces."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    pos = start
    for m in _END.finditer(text, start, end):
        if not _is_boundary(text, m.start(), m.end(), end):
            continue
        _append(spans, text, pos, m.end())
        pos = m.end()
    _append(spans, text, pos, end)
    return spans


_INITIALS = re.compile(r"(?:[^\W\d_]\.){0,3}[^\W\d_]")  # "j", "r.m": one to four letters, each with its stop


def _is_boundary(text: str, dot: int, after: int, end: int) -> bool:
    nxt = after + 1
    if after < end and text[after] == " " and nxt < end and text[nxt].islower() and text[nxt].isascii():
        return False  # "... 2.5 percent", "e.g. the"
    if text[dot] != ".":
        return True
    word = re.search(r"(\S+)$", text[max(0, dot - 20):dot])
    if word is None:
        return True
    w = word.group(1).lower().lstrip("(\"'«")
    if _INITIALS.fullmatch(w) or w in _LETTER_NAMES:
        return False  # initials ("J.", "R.M."), Arabic «د.»
    return w.rstrip(".") not in _ABBREVIATIONS


def _append(spans: list[Span], text: str, a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        spans.append(Span(a, b))


def sentences_stage(doc: Document) -> Document:
    """Set ``doc.sentences``: the sentences of every article paragraph (clutter lines excluded)."""
    text = doc.ntext
    doc.sentences = [s for p in doc.paragraphs for s in split_sentences(text, p.start, p.end)]
    return doc
