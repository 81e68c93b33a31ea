"""Find office-holders the knowledge base does not know, from the way news introduces them.

    «سپهبد شیرعلی میرزا وزیر دفاع جمهوری تاجیکستان»     rank + NAME + role + country
    «اللواء إمام علي صابرزاده وزير دفاع جمهورية طاجيكستان»  rank + NAME + role + country
    «وزیر دفاع روسیه، آندری بلوسوف»                      role + country + NAME
    "Russian Defense Minister Andrey Belousov"             demonym + role + NAME
    "Andrey Belousov, Russia's defense minister"           NAME, country's role

A name is one to four words between such anchors that are not function words (``names.toml``),
punctuation or other mentions; English names are capitalised. The result is a ``person`` mention with
no KB id, its role and country, named as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from functools import cache
from itertools import accumulate

from ..document import Mention
from ..lexicons import load_lexicon
from ..normalise import fold

__all__ = ["find_unknown_persons"]

_TOKEN = re.compile(r"[^\s\"'«»()\[\]،,.:;؛!?؟/]+")
_BREAK = re.compile(r"[\"«»()\[\]،,.:;؛!?؟/\n]")
_COUNTRY_KINDS = ("country", "demonym")
# What may stand between an office and its country: «وزیر دفاع [جمهوری] تاجیکستان», «وزير دفاع
# [جمهورية] جيبوتي», "Minister of Defence [of the] Republic ...".
ROLE_COUNTRY_GAPS = frozenset({
    "", "of", "of the", "the", "کشور", "جمهوری", "دولت", "فی", "لدولت", "لجمهوریه", "جمهوریه", "دوله",
    "مملکه", "المملکه", "سلطنه", "امیر", "امارت", "کشور دوست", "کشور همسایه",
})


@cache
def _stop() -> tuple[frozenset[str], frozenset[str]]:
    """Words no name contains: the names lexicon's stop words and every word of the event triggers."""
    lex = load_lexicon("names")
    triggers = load_lexicon("triggers")
    trigger_words = {w for t in triggers["trigger"] for lang in ("fa", "ar", "en") for p in t.get(lang, [])
                     for w in fold(p).split()}
    stop = frozenset({fold(w) for ws in lex["stop"].values() for w in ws} | trigger_words)
    particles = frozenset(fold(w) for ws in lex["particles"].values() for w in ws)
    return stop, particles


def find_unknown_persons(ntext: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """Person mentions (``entity_id=None``) for names introduced with a role, not already known."""
    found: list[Mention] = []
    taken = Spans((m.start, m.end) for m in mentions)
    reach = list(accumulate((m.end for m in mentions), max))  # reach[j]: the furthest end of mentions[:j + 1]
    for i, role in enumerate(mentions):
        if role.kind != "role":
            continue
        country, c_end, c_start = _country_near(mentions, i, ntext)
        for span in (_name_before(ntext, mentions, i, c_start, lang, reach), _name_after(ntext, mentions, i, c_end, lang)):
            if span is None or taken.overlaps(*span):
                continue
            s, e = span
            country = country or _country_after(ntext, mentions, e)
            found.append(Mention(s, e, ntext[s:e], "person", None, country,
                                 data={"role": role.entity_id, "unknown": True}))
            taken.add(*span)
    return found


class Spans:
    """A set of spans that answers "does ``[a, b)`` overlap any of them?" in log time: the spans given
    first (they may overlap each other) and those added later (each only after it overlapped none)."""

    def __init__(self, spans):
        ordered = sorted(spans)
        self._starts = [a for a, _ in ordered]
        self._reach = list(accumulate((b for _, b in ordered), max, initial=-1))  # furthest end of the first k
        self._added: list[tuple[int, int]] = []

    def overlaps(self, a: int, b: int) -> bool:
        if self._reach[bisect_left(self._starts, b)] > a:
            return True
        i = bisect_left(self._added, (b,))  # added spans never overlap: only the one before can reach in
        return i > 0 and self._added[i - 1][1] > a

    def add(self, a: int, b: int) -> None:
        insort(self._added, (a, b))


def _country_near(mentions: list[Mention], i: int, ntext: str) -> tuple[str | None, int, int]:
    """The country of the role at ``mentions[i]``: a country/demonym right after it (fa/ar: «وزیر دفاع
    روسیه», «وزير الدفاع الروسي») or right before it (en: "Russian Defense Minister", "Russia's ...")."""
    role = mentions[i]
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    if nxt is not None and nxt.kind in _COUNTRY_KINDS and _gap_ok(ntext[role.end:nxt.start]):
        return nxt.country, nxt.end, role.start
    prev = mentions[i - 1] if i > 0 else None
    if prev is not None and prev.kind in _COUNTRY_KINDS and _gap_ok(ntext[prev.end:role.start], before=True):
        return prev.country, role.end, prev.start
    return None, role.end, role.start


def _country_after(ntext: str, mentions: list[Mention], end: int) -> str | None:
    """"Defense Minister Ravi Kumaran of India": the country named right after the name."""
    nxt = next((m for m in mentions if m.start >= end), None)
    if nxt is not None and nxt.kind in _COUNTRY_KINDS and fold(ntext[end:nxt.start]).strip() in ("of", "of the"):
        return nxt.country
    return None


def _gap_ok(gap: str, before: bool = False) -> bool:
    g = fold(gap).strip()
    if before:
        return g in ("", "'s", "'", "s")
    return g in ROLE_COUNTRY_GAPS


def _name_before(ntext: str, mentions: list[Mention], i: int, anchor: int, lang: str | None,
                 reach: list[int] | None = None):
    """NAME right before the role (or before "Country's role" after a comma in English)."""
    reach = reach or list(accumulate((m.end for m in mentions), max))
    stop_at = _last_end(mentions, i, anchor, reach)
    window = ntext[stop_at:anchor]
    if lang == "en":
        m = re.search(r"([A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|bin|ibn|al|el|de|van|von))*)\s*,\s*(?:the\s+)?$", window)
        if m is None:
            return None
        tokens = _tokens_back(m.group(1), stop_at + m.start(1), lang)
    else:
        if _BREAK.search(window[-2:] if window.endswith(" ") else window[-1:] or "x"):
            return None
        tokens = _tokens_back(window, stop_at, lang)
    preceded_by_title = _title_ends_at(mentions, i, tokens[0][0], reach) if tokens else False
    if not tokens or (len(tokens) < 2 and not preceded_by_title):
        return None
    if lang != "en" and not preceded_by_title and not _starts_clause(ntext, tokens[0][0]):
        return None  # without a rank or title, a name must open its clause («... و NAME وزیر دفاع X»)
    return tokens[0][0], tokens[-1][1]


def _last_end(mentions: list[Mention], i: int, anchor: int, reach: list[int]) -> int:
    """The furthest end at or before ``anchor`` among ``mentions[:i]`` (0 if none): walking back, and
    stopping where no earlier mention reaches further (linear time over a document's roles)."""
    best = 0
    for j in range(i - 1, -1, -1):
        if reach[j] <= best:
            break
        if best < mentions[j].end <= anchor:
            best = mentions[j].end
    return best


def _title_ends_at(mentions: list[Mention], i: int, pos: int, reach: list[int]) -> bool:
    """Whether a title among ``mentions[:i]`` ends at ``pos`` or one character before it."""
    for j in range(i - 1, -1, -1):
        if reach[j] < pos - 1:
            break
        if mentions[j].kind == "title" and 0 <= pos - mentions[j].end <= 1:
            return True
    return False


def _starts_clause(ntext: str, pos: int) -> bool:
    before = ntext[max(0, pos - 12):pos].rstrip()
    if not before or before.endswith(("،", ",", ".", ":", "\n", "«", "(", "؛")):
        return True
    return fold(before.split()[-1]) in ("و", "با", "که", "از")


def _name_after(ntext: str, mentions: list[Mention], i: int, anchor: int, lang: str | None):
    """NAME right after the role and its country («وزیر دفاع روسیه، آندری بلوسوف», "Minister Andrey Belousov")."""
    nxt = next((mentions[j] for j in range(i + 1, len(mentions)) if mentions[j].start >= anchor), None)
    stop_at = nxt.start if nxt is not None else min(len(ntext), anchor + 80)
    window = ntext[anchor:stop_at]
    lead = re.match(r"[\s،,]*", window)
    offset = anchor + (lead.end() if lead else 0)
    window = window[(lead.end() if lead else 0):]
    # A title between role and name ("Defense Minister Gen. X") is skipped.
    if nxt is not None and nxt.kind == "title" and nxt.start - offset <= 1:
        after_title = next((mentions[j] for j in range(i + 1, len(mentions)) if mentions[j].start >= nxt.end), None)
        offset = nxt.end
        stop_at = after_title.start if after_title is not None else min(len(ntext), offset + 80)
        window = ntext[offset:stop_at]
    tokens = _tokens_forward(window, offset, lang)
    if len(tokens) < 2:
        return None
    return tokens[0][0], tokens[-1][1]


def _tokens_back(window: str, base: int, lang: str | None) -> list[tuple[int, int]]:
    """Up to four name tokens at the end of ``window`` (offsets absolute)."""
    stop, particles = _stop()
    toks = [(base + m.start(), base + m.end(), m.group()) for m in _TOKEN.finditer(window)]
    tail = window[toks[-1][1] - base:] if toks else ""
    if toks and tail.strip():
        return []  # punctuation between the name and the role
    out: list[tuple[int, int]] = []
    for s, e, t in reversed(toks):
        if not _name_token(t, lang, stop, particles) or len(out) == 4:
            break
        between = window[s - base:(out[0][0] - base)] if out else ""
        if out and _BREAK.search(between):
            break
        out.insert(0, (s, e))
    return out


def _tokens_forward(window: str, base: int, lang: str | None) -> list[tuple[int, int]]:
    stop, particles = _stop()
    out: list[tuple[int, int]] = []
    last_end = 0
    for m in _TOKEN.finditer(window):
        if _BREAK.search(window[last_end:m.start()]) or len(out) == 4:
            break
        if not _name_token(m.group(), lang, stop, particles):
            break
        out.append((base + m.start(), base + m.end()))
        last_end = m.end()
    while out and fold(window[out[-1][0] - base:out[-1][1] - base]) in particles:
        out.pop()
    return out


def is_name_word(token: str, lang: str | None) -> bool:
    """Could ``token`` be part of a person's name (not a function word, trigger, digit; capitalised in English)?"""
    stop, particles = _stop()
    return _name_token(token, lang, stop, particles) and fold(token) not in particles


def _name_token(token: str, lang: str | None, stop: frozenset[str], particles: frozenset[str]) -> bool:
    f = fold(token)
    if f in particles:
        return True
    if f.startswith("وال") and len(f) > 3:
        return False  # «والوفد»: "and the ..." starts the next phrase
    if f in stop or any(ch.isdigit() for ch in token):
        return False
    if lang == "en" or token.isascii():
        return token[:1].isupper() and token.isascii()
    return len(f) >= 2
