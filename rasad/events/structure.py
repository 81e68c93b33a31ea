"""How a sentence groups the sides of an event: one meeting of all, or one meeting per counterpart.

A sentence naming three or more countries is read from its grammar, not from the countries in it:

* an *agent* stands before the trigger or before «با» / «مع» / "with" («وزیر دفاع روسیه در تماسی
  تلفنی با ...», "Li held bilateral meetings with ...»), or right after a verb that opens the sentence
  («التقى وزير الدفاع المصري ...»); the countries after it are the counterparts;
* one agent country with several counterpart countries is a separate meeting with each of them
  («با همتایان ترک و فرانسوی و همچنین رئیس پنتاگون», "with officials from Mongolia, New Zealand and
  Cambodia") — unless the sentence says they met together («سه‌جانبه», «ثلاثي», "trilateral");
* an agent of several countries ("the defence ministers of A, B and C met") is one meeting of all.

A country named only in a coordinated pair ("concerns over China and Pakistan") next to two sides
that have people or offices is a topic, not a side.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Document, Mention
from ..lexicons import load_lexicon
from ..normalise import fold
from .participants import Side, coordinated

__all__ = ["side_groups", "drop_topic_pairs"]


@cache
def _words(table: str, lang: str | None) -> re.Pattern:
    """A pattern for the words of one table of triggers.toml: ``comitative`` («با», «مع», "with") or
    ``between`` («میان», «بين», "between")."""
    words = load_lexicon("triggers").get(table, {})
    langs = (lang,) if lang in ("fa", "ar", "en") else ("fa", "ar", "en")
    alts = sorted({re.escape(fold(w)) for code in langs for w in words.get(code, [])}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)") if alts else re.compile(r"(?!x)x")


def _first_comitative(doc: Document, lo: int, hi: int) -> int | None:
    m = _words("comitative", doc.lang).search(doc.ltext, lo, hi)
    return m.start() if m else None


def side_groups(doc: Document, sides: list[Side], countries: list[str], trigger: int,
                sent_end: int) -> list[list[str]] | None:
    """The country sets of the separate meetings a sentence tells, or None when it tells one meeting
    of ``countries``. ``trigger`` is where the first trigger starts. (A cue that the sides met
    together, «سه‌جانبه», "trilateral", is checked by the caller.)"""
    if len(countries) < 3:
        return None
    firsts: dict[str, int] = {}
    for s in sides:
        if s.strength >= 2 and s.country in countries:
            firsts[s.country] = min(firsts.get(s.country, s.mention.start), s.mention.start)
    if len(firsts) < len(countries):
        return None
    between = _between_list(doc, sides, countries)
    if between:
        return [between]
    agent = _agent(doc, firsts, trigger, sent_end)
    if len(agent) != 1:
        return None
    [a] = agent
    others = [c for c in countries if c != a]
    return [sorted((a, o)) for o in others]


def _between_list(doc: Document, sides: list[Side], countries: list[str]) -> list[str] | None:
    """"talks between A and B" («مذاکرات میان روسیه و اوکراین»): A and B are the sides, whoever
    hosts or reports them."""
    for m in _words("between", doc.lang).finditer(doc.ltext, min(s.mention.start for s in sides)):
        after = sorted((s for s in sides if s.strength >= 2 and s.country in countries and s.mention.start > m.end()),
                       key=lambda s: s.mention.start)
        if len(after) < 2 or after[0].mention.start - m.end() > 24:
            continue
        listed = [after[0].country]
        for prev, nxt in zip(after, after[1:]):
            gap = fold(doc.ntext[prev.mention.end:nxt.mention.start]).strip()
            if gap and len(gap) > 24 and gap not in ("و", "and", ",", "،"):
                break
            if nxt.country not in listed:
                listed.append(nxt.country)
        if len(listed) >= 2:
            return sorted(listed)
    return None


def _agent(doc: Document, firsts: dict[str, int], trigger: int, sent_end: int) -> set[str]:
    """The countries of the sentence's agent: before the trigger and before the first «با» / «مع» /
    "with" after them; when the trigger opens the clause, the ones between it and the next «با»,
    else the first country after it."""
    order = sorted(firsts.items(), key=lambda kv: kv[1])
    before = [c for c, pos in order if pos < trigger]
    if before:
        w = _first_comitative(doc, order[0][1], trigger)
        cut = w if w is not None else trigger
        return {c for c, pos in order if pos < cut}
    w = _first_comitative(doc, trigger, sent_end)
    if w is not None:
        inside = {c for c, pos in order if trigger <= pos < w}
        if inside:
            return inside
    return {c for c, pos in order if pos == order[0][1]}  # «اجتماع لوزراء دفاع مصر والأردن والعراق»: one list


def drop_topic_pairs(sides: list[Side], countries: list[str], ms: list[Mention], ntext: str) -> list[str]:
    """Countries named only in a coordinated list of names that holds none of the sides with people
    or offices are topics ("concerns over China and Pakistan"), when two such sides are there; a
    list holding them names the sides («نشست سه‌جانبه ایران، روسیه و چین»)."""
    strong = {s.country for s in sides if s.strength >= 3}
    if len(strong) < 2:
        return countries
    keep = []
    for c in countries:
        evidence = [s for s in sides if s.country == c and s.strength >= 2]
        if c in strong or not all(_pair_only(s) and not _listed_with(s.mention, strong, ms, ntext)
                                  for s in evidence):
            keep.append(c)
    return keep


def _listed_with(m: Mention, countries: set[str], ms: list[Mention], ntext: str) -> bool:
    i = next((k for k, x in enumerate(ms) if x is m), None)
    if i is None:
        return False
    listed = coordinated(ms, i, ntext, 1) + coordinated(ms, i, ntext, -1)
    return any(ms[j].country in countries for j in listed)


def _pair_only(s: Side) -> bool:
    """A country or demonym of strength 2 is evidence only as one of a pair («ایران و روسیه»)."""
    return s.strength == 2 and s.mention.kind in ("country", "demonym")
