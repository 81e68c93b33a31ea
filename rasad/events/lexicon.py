"""The event lexicons (``data/lexicons/triggers.toml``, ``topics.toml``) as phrase matchers, built once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicons import load_lexicon, words_pattern
from ..normalise import fold
from ..phrases import PhraseMatcher

__all__ = ["Trigger", "triggers", "trigger_hits", "cues", "topics", "words_of", "words_re", "CUE_KINDS"]

CUE_KINDS = ("documents", "planned", "background", "third_country", "pair", "two", "negation", "invitation",
             "invited_visit", "multilateral", "participation", "pointing", "departure",
             "hypothetical", "undecided", "concurrent", "recent", "habitual", "commercial", "procurement", "signed_by_companies", "shadow", "arrival",
             "planned_after", "courtesy_book", "hoped", "unrealized", "unconfirmed", "refusal", "thanks", "parties",
             "no_document", "anniversary", "expected", "toward", "previously", "pair_people", "contrast")
LANGS = ("fa", "ar", "en")


@dataclass(frozen=True, slots=True)
class Trigger:
    type: str                 # MEET | SIGN
    kind: str                 # meet | talk | visit | receive | phone | sign
    needs_destination: bool = False
    closing: re.Pattern | None = None   # a word that must end the phrase («به حضور ... رسید»)
    closing_within: int = 0             # how far after it; negative: how far before it (a Persian verb's object)


def _langs(lang: str | None) -> tuple[str, ...]:
    """A document's own lexicon (Persian and Arabic share words with other meanings: «توجه»);
    every language when the document's language is unknown."""
    return (lang,) if lang in LANGS else LANGS


@cache
def triggers(lang: str | None) -> PhraseMatcher[Trigger]:
    lex = load_lexicon("triggers")
    entries = []
    for t in lex["trigger"]:
        trig = Trigger(t["type"], t["kind"], bool(t.get("needs_destination", False)),
                       words_pattern(fold(w) for w in t.get("closing", [])), int(t.get("closing_within", 0)))
        for code in _langs(lang):
            for phrase in t.get(code, []):
                entries.extend((p, trig) for p in (_indefinite(phrase) if code == "fa" else [phrase]))
    return PhraseMatcher(entries)


def trigger_hits(ltext: str, lang: str | None) -> list:
    """The trigger hits of ``ltext`` that tell an event: the words that only shadow a trigger (type NONE,
    «وزارة») are matched, as longer phrases, and then dropped; a trigger with closing words counts only
    when one follows it (or, with a negative ``closing_within``, precedes it)."""
    out = []
    for s, e, values in triggers(lang).find(ltext, lang):
        kept = tuple(t for t in values if t.type != "NONE" and (
            t.closing is None or (t.closing.search(ltext, e, e + t.closing_within) if t.closing_within >= 0
                                  else t.closing.search(ltext, max(0, s + t.closing_within), s))))
        if kept:
            out.append((s, e, kept))
    return out



def _indefinite(phrase: str) -> list[str]:
    """A Persian phrase and its forms with the indefinite «ی» on the first word («تماسی تلفنی»)."""
    first, _, rest = phrase.partition(" ")
    if not rest:
        return [phrase]
    return [phrase] + [f"{first}{suffix} {rest}" for suffix in ("ی", "یی", "ای")]


@cache
def cues(lang: str | None) -> PhraseMatcher[str]:
    """One matcher for every cue list; a hit's values are the cue kinds."""
    lex = load_lexicon("triggers")
    return PhraseMatcher((phrase, kind) for kind in CUE_KINDS for code in _langs(lang)
                         for phrase in lex.get(kind, {}).get(code, []))


@cache
def words_of(table: str, lang: str | None) -> frozenset[str]:
    """The folded words of one table of triggers.toml in ``lang`` (all three when unknown)."""
    lex = load_lexicon("triggers").get(table, {})
    return frozenset(fold(w) for code in _langs(lang) for w in lex.get(code, []))


@cache
def words_re(table: str, lang: str | None) -> re.Pattern:
    """Whole-word matches of one table of triggers.toml in ``lang``, over lower-cased normalised text."""
    return words_pattern(words_of(table, lang)) or re.compile(r"(?!x)x")


@cache
def topics(lang: str | None) -> PhraseMatcher[str]:
    lex = load_lexicon("topics")
    return PhraseMatcher((phrase, topic) for topic, table in lex.items() for code in _langs(lang)
                         for phrase in table.get(code, []))
