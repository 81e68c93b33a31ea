"""Fast multi-phrase matching over normalised text, with word boundaries and clitics.

One Aho-Corasick pass finds every phrase; a hit is kept only when it stands at word boundaries,
allowing the clitics of each language: in Arabic text, proclitics (و ف ب ل ک س and pairs, «ال») before
it; Persian suffixes (ی ها های ...) after it, Arabic pronoun suffixes after lexicon words, and
«لل…» for an Arabic phrase that starts with «ال». Overlaps resolve longest first. The knowledge-base
matcher and the event lexicons both use it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

import ahocorasick

from .budget import check
from .normalise import fold

__all__ = ["PhraseMatcher", "Hit", "phrase_keys", "AR_NISBA", "AR_DUAL", "AR_PRONOUNS"]

V = TypeVar("V")
Hit = tuple[int, int, tuple]  # start, end, values

AR_PROCLITICS = frozenset({"و", "ف", "ب", "ل", "ک", "وب", "ول", "فب", "فل", "وک", "فک", "ال", "س", "وس", "فس"})
FA_SUFFIXES = frozenset({"ی", "ای", "یی", "ها", "های", "هایی", "یان", "ییان"})
AR_PRONOUNS = frozenset({"ه", "ها", "هما", "هم"})      # «لقاءه», «زيارتها»
AR_NISBA = frozenset({"ی", "یه", "یین", "یون"})        # «إيراني», «الإيرانية»: adjectives of names
AR_DUAL = frozenset({"ان", "تان"})                     # «الروسيان», «الروسيتان»: two of a nationality


def phrase_keys(phrase: str) -> set[str]:
    """The lower-cased normalised keys of a phrase: itself, joined without spaces (Persian
    compounds), and «لل…» for an Arabic phrase with the article «ال…»."""
    key = fold(phrase).strip()
    if not key:
        return set()
    out = {key}
    if not key.isascii():
        words = key.split(" ")
        if len(words) > 1:
            out.add("".join(words))
            # Compound first names are written joined or apart: «محمدرضا» / «محمد رضا», «عبدالله» / «عبد الله».
            out.update(" ".join(words[:i]) + words[i] + (" " + " ".join(words[i + 1:]) if i + 1 < len(words) else "")
                       for i in range(1, len(words)))
        out.update(re.sub(r"(?<!\S)عبدال", "عبد ال", k) for k in list(out))
        if key.startswith("ال") and len(key) > 3:
            out.add("لل" + key[2:])
    return out


class PhraseMatcher(Generic[V]):
    """Match many phrases at once; each phrase carries a value.

    ``ar_suffixes``: what Arabic may glue after a phrase (pronouns for lexicon words; the knowledge
    base also allows nisba endings and checks per entity kind which it accepts)."""

    def __init__(self, entries: Iterable[tuple[str, V]], *, sort_key: Callable[[V], Any] = repr,
                 ar_suffixes: frozenset[str] = AR_PRONOUNS):
        self.ar_suffixes = ar_suffixes
        table: dict[str, set] = defaultdict(set)
        # One object per distinct value and per distinct tuple of values: the KB's 38,000 spellings
        # share 10,000 of each, and a cached matcher then unpickles four times fewer objects.
        same: dict = {}
        same_tuple: dict = {}
        for phrase, value in entries:
            value = same.setdefault(value, value)
            for key in phrase_keys(phrase):
                table[key].add(value)
        # The automaton stores an index into ``values``: an int automaton pickles as plain memory, so
        # a cached one loads in milliseconds.
        self.automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        self.values: list[tuple[int, tuple]] = []
        for key, found in table.items():
            self.automaton.add_word(key, len(self.values))
            ordered = tuple(sorted(found, key=sort_key))
            self.values.append((len(key), same_tuple.setdefault(ordered, ordered)))
        if table:
            self.automaton.make_automaton()
        self.size = len(table)

    def find(self, ltext: str, lang: str | None,
             keep: Callable[[int, int, V], bool] | None = None) -> list[Hit]:
        """Non-overlapping hits in the lower-cased normalised ``ltext``; ``keep`` filters values."""
        if not self.size:
            return []
        check()
        hits: list[Hit] = []
        values, n = self.values, len(ltext)
        for end, i in self.automaton.iter(ltext):
            length, found = values[i]
            start, stop = end - length + 1, end + 1
            # a whole word (most hits) needs no look at clitics
            if not ((start == 0 or not ltext[start - 1].isalnum()) and (stop == n or not ltext[stop].isalnum())) \
                    and boundary(ltext, start, stop, lang, self.ar_suffixes) is None:
                continue
            kept = found if keep is None else tuple(v for v in found if keep(start, stop, v))
            if kept:
                hits.append((start, stop, kept))
        return longest_first(hits)


def _hamza_seat(ltext: str, e: int, suffix: str, lang: str | None, ar_suffixes: frozenset[str]) -> bool:
    """«لقائهما», «لقائها»: a word ending in hamza («لقاء», folded «لقا») writes it on a ی-seat before a
    pronoun, which folds to «ی»."""
    return lang != "fa" and ltext[e - 1] == "ا" and suffix[:1] == "ی" and suffix[1:] in ar_suffixes


def boundary(ltext: str, s: int, e: int, lang: str | None,
             ar_suffixes: frozenset[str] = AR_PRONOUNS) -> tuple[str, str] | None:
    """The (prefix, suffix) glued to a hit inside its word, or None when it is not a word match."""
    prefix = suffix = ""
    if s > 0 and ltext[s - 1].isalnum():
        ts = s - 1
        while ts > 0 and ltext[ts - 1].isalnum():
            ts -= 1
        prefix = ltext[ts:s]
        if prefix not in AR_PROCLITICS or lang not in ("ar", None) or ltext[s:e].isascii():
            return None  # only Arabic glues و ف ب ل ک to the next word
    if e < len(ltext) and ltext[e].isalnum():
        te = e
        while te < len(ltext) and ltext[te].isalnum():
            te += 1
        suffix = ltext[e:te]
        if ltext[s:e].isascii():
            if suffix != "s":
                return None
        elif suffix not in (ar_suffixes if lang == "ar" else FA_SUFFIXES if lang == "fa"
                            else FA_SUFFIXES | ar_suffixes) and not _hamza_seat(ltext, e, suffix, lang, ar_suffixes):
            return None
    return prefix, suffix


def longest_first(hits: list[Hit]) -> list[Hit]:
    """Keep non-overlapping hits, preferring the longer one, then the earlier one; in text order."""
    if len(hits) < 2:
        return list(hits)
    # Hits come in order of their ends; when no two overlap (most texts) they are all kept, in that order.
    if all(a[1] <= b[0] for a, b in zip(hits, hits[1:])):
        return list(hits)
    taken: list[Hit] = []
    starts: list[int] = []  # the taken spans, in text order (they never overlap, so ends are sorted too)
    ends: list[int] = []
    for s, e, vs in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        i = bisect_right(starts, s)
        if (i and ends[i - 1] > s) or (i < len(starts) and starts[i] < e):
            continue
        starts.insert(i, s)
        ends.insert(i, e)
        taken.append((s, e, vs))
    taken.sort(key=lambda h: h[0])
    return taken
