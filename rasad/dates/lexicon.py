"""The date lexicon (``data/lexicons/dates.toml``), validated and turned into lookup tables per language.

Terms are stored under their *key*: the folded term without spaces, which is also what the matcher
computes from a match, so «سه شنبه», «سه‌شنبه» and «سهشنبه» are one key.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from ..errors import DataError
from ..lexicons import load_lexicon
from ..normalise import fold
from .calendars import CALENDARS

__all__ = ["LANGS", "PARTS", "Lexicon", "lexicon", "build_lexicon", "key"]

LANGS = ("fa", "ar", "en")
PARTS = ("dawn", "morning", "noon", "afternoon", "evening", "night")
UNITS = ("day", "week", "month", "year")
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_FILE = "rasad/data/lexicons/dates.toml"
_SECTIONS = {"settings", "months", "ordinal_days", "eras", "year_words", "weekdays", "weekday_modifiers",
             "days", "phrases", "periods", "ago", "numbers", "parts", "eve", "not_date", "occasions",
             "bounds", "dateline", "glue", "outlets", "same_day", "next_day", "arrival", "purpose",
             "month_edges", "taking_office"}


def key(term: str) -> str:
    """The lookup key of a term or a matched text: folded, without spaces."""
    return fold(term).replace(" ", "")


class _Table(dict):
    """key -> meaning, refusing one key with two meanings."""

    def __init__(self, name: str):
        super().__init__()
        self.name = name
        self.terms: dict[str, str] = {}  # key -> folded term with spaces, for the regex

    def add(self, term: str, meaning: Any) -> None:
        if not isinstance(term, str) or not term.strip():
            raise DataError(f"{_FILE}: [{self.name}] has an empty or non-string term {term!r}")
        k = key(term)
        if k in self and self[k] != meaning:
            raise DataError(f"{_FILE}: [{self.name}] «{term}» means both {self[k]!r} and {meaning!r}; "
                            "keep it in one place")
        self[k] = meaning
        self.terms.setdefault(k, fold(term))

    def patterns(self) -> list[str]:
        return list(self.terms.values())


@dataclass
class Lexicon:
    """The lookup tables of one language (or of all three, ``lang=None``)."""

    lang: str | None
    months: _Table = field(default_factory=lambda: _Table("months"))           # -> (calendar, month)
    month_needs: dict[str, frozenset[str]] = field(default_factory=dict)       # key -> {"day","year"}
    en_months: set[str] = field(default_factory=set)                           # keys usable as "October 23"
    ordinals: _Table = field(default_factory=lambda: _Table("ordinal_days"))   # -> day
    eras: _Table = field(default_factory=lambda: _Table("eras"))               # -> (calendar, strong)
    year_words: _Table = field(default_factory=lambda: _Table("year_words"))   # -> True
    weekdays: _Table = field(default_factory=lambda: _Table("weekdays"))       # -> 0..6
    wd_before: _Table = field(default_factory=lambda: _Table("weekday_modifiers"))  # -> direction
    wd_after: _Table = field(default_factory=lambda: _Table("weekday_modifiers"))   # -> direction
    relative: _Table = field(default_factory=lambda: _Table("days/phrases/periods"))  # -> tuple
    ago_before: _Table = field(default_factory=lambda: _Table("ago"))          # -> True
    ago_after: _Table = field(default_factory=lambda: _Table("ago"))           # -> True
    units: _Table = field(default_factory=lambda: _Table("ago.units"))         # -> (unit, count)
    numbers: _Table = field(default_factory=lambda: _Table("numbers"))         # -> int | None (vague)
    parts: _Table = field(default_factory=lambda: _Table("parts"))             # -> part name
    eve: set[str] = field(default_factory=set)
    not_prev: dict[str, set[str]] = field(default_factory=dict)
    not_next: dict[str, set[str]] = field(default_factory=dict)
    occasion_after: list[str] = field(default_factory=list)
    occasion_before: list[str] = field(default_factory=list)
    bounds: set[str] = field(default_factory=set)
    bound_skip: set[str] = field(default_factory=set)
    since: set[str] = field(default_factory=set)
    published_labels: list[str] = field(default_factory=list)
    updated_labels: list[str] = field(default_factory=list)
    glue: list[str] = field(default_factory=list)
    outlet_intros: list[str] = field(default_factory=list)
    mastheads: tuple[str, ...] = ()
    arrival: frozenset[str] = frozenset()
    taking_office: tuple[str, ...] = ()  # phrases of a clause on someone taking office ("sworn in", «أدى اليمين»)
    office_taken_in: tuple[str, ...] = ()  # the same right before its day ("taking office in")
    month_edges: frozenset[str] = frozenset()  # words before a Gregorian month named alone ("late September")
    purpose: frozenset[str] = frozenset()  # words before a year the event is for («برای سال ۲۰۲۶»)
    time_words: set[str] = field(default_factory=set)
    week_start: dict[str, int] = field(default_factory=dict)   # lang -> weekday number
    calendar: dict[str, str] = field(default_factory=dict)     # lang -> calendar of bare years
    term_lang: dict[str, str] = field(default_factory=dict)    # relative/period key -> its language

    def start_words(self) -> set[str]:
        """Every word an atom can start with (multi-word terms also with their spaces dropped)."""
        words: set[str] = set()
        for table in (self.months, self.ordinals, self.year_words, self.wd_before, self.weekdays,
                      self.relative, self.numbers, self.ago_before, self.parts):
            for term in table.patterns():
                tokens = term.split(" ")
                words.update("".join(tokens[:i]) for i in range(1, len(tokens) + 1))
        return words


@cache
def lexicon(lang: str | None) -> Lexicon:
    """The validated tables for ``lang`` ("fa", "ar", "en") or for all languages (None)."""
    return build_lexicon(load_lexicon("dates"), lang)


def build_lexicon(data: dict[str, Any], lang: str | None) -> Lexicon:
    """Validate the parsed ``dates.toml`` and build the tables of ``lang``; ``DataError`` on a bad entry."""
    unknown = set(data) - _SECTIONS
    if unknown:
        raise DataError(f"{_FILE}: unknown section(s) {sorted(unknown)}; known: {sorted(_SECTIONS)}")
    langs = LANGS if lang is None else (lang,) if lang in LANGS else LANGS
    lex = Lexicon(lang)
    _settings(lex, data.get("settings", {}))
    _months(lex, data.get("months", {}), langs)
    for lg in langs:
        _per_language(lex, data, lg)
    _context(lex, data, langs)
    return lex


def _settings(lex: Lexicon, settings: dict) -> None:
    for lg, name in settings.get("week_start", {}).items():
        if name not in WEEKDAY_NAMES:
            raise DataError(f"{_FILE}: [settings] week_start.{lg} = {name!r}; use a weekday name in English")
        lex.week_start[lg] = WEEKDAY_NAMES.index(name)
    for lg, cal in settings.get("calendar", {}).items():
        if cal not in CALENDARS:
            raise DataError(f"{_FILE}: [settings] calendar.{lg} = {cal!r}; use one of {CALENDARS}")
        lex.calendar[lg] = cal


def _months(lex: Lexicon, months: dict, langs: Iterable[str]) -> None:
    for name, table in months.items():
        cal = table.get("calendar")
        if cal not in CALENDARS:
            raise DataError(f"{_FILE}: [months.{name}] calendar = {cal!r}; use one of {CALENDARS}")
        used_by = table.get("langs", list(LANGS))
        needs = frozenset(table.get("needs", []))
        if needs - {"day", "year"}:
            raise DataError(f"{_FILE}: [months.{name}] needs = {sorted(needs)}; use \"day\" and/or \"year\"")
        if not set(used_by) & set(langs):
            continue
        for num, names in table.items():
            if num in ("calendar", "langs", "needs"):
                continue
            month = _int(num, 1, 12, f"months.{name}")
            for term in _terms(names, f"months.{name}.{num}"):
                lex.months.add(term, (cal, month))
                k = key(term)
                lex.month_needs[k] = lex.month_needs.get(k, frozenset()) | needs
                if "en" in used_by and term.isascii():
                    lex.en_months.add(k)


def _per_language(lex: Lexicon, data: dict, lg: str) -> None:
    for num, names in data.get("ordinal_days", {}).get(lg, {}).items():
        for term in _terms(names, f"ordinal_days.{lg}"):
            lex.ordinals.add(term, _int(num, 1, 31, f"ordinal_days.{lg}"))
    for cal, table in data.get("eras", {}).items():
        if cal not in CALENDARS:
            raise DataError(f"{_FILE}: [eras.{cal}] is not a calendar; use one of {CALENDARS}")
        for strength in ("strong", "weak"):
            for term in _terms(table.get(strength, []), f"eras.{cal}.{strength}"):
                lex.eras.add(term, (cal, strength == "strong"))
    for term in _terms(data.get("year_words", {}).get(lg, []), f"year_words.{lg}"):
        lex.year_words.add(term, True)
    for num, names in data.get("weekdays", {}).get(lg, {}).items():
        for term in _terms(names, f"weekdays.{lg}"):
            lex.weekdays.add(term, _int(num, 0, 6, f"weekdays.{lg}"))
    mods = data.get("weekday_modifiers", {}).get(lg, {})
    for side, table in (("before", lex.wd_before), ("after", lex.wd_after)):
        for num, names in mods.get(side, {}).items():
            for term in _terms(names, f"weekday_modifiers.{lg}.{side}"):
                table.add(term, _int(num, -1, 1, f"weekday_modifiers.{lg}"))
    _relative(lex, data, lg)
    ago = data.get("ago", {}).get(lg, {})
    for term in _terms(ago.get("before", []), f"ago.{lg}.before"):
        lex.ago_before.add(term, True)
    for term in _terms(ago.get("after", []), f"ago.{lg}.after"):
        lex.ago_after.add(term, True)
    for spec, names in ago.get("units", {}).items():
        unit, _, count = spec.partition(":")
        if unit not in UNITS:
            raise DataError(f"{_FILE}: [ago.{lg}.units] {spec!r}: unit must be one of {UNITS}")
        for term in _terms(names, f"ago.{lg}.units"):
            lex.units.add(term, (unit, _int(count, 0, 2, f"ago.{lg}.units")))
    for num, names in data.get("numbers", {}).get(lg, {}).items():
        value = None if num == "vague" else _int(num, 1, 99, f"numbers.{lg}")
        for term in _terms(names, f"numbers.{lg}"):
            lex.numbers.add(term, value)
    for part, names in data.get("parts", {}).get(lg, {}).items():
        if part not in PARTS:
            raise DataError(f"{_FILE}: [parts.{lg}] {part!r}: use one of {PARTS}")
        for term in _terms(names, f"parts.{lg}.{part}"):
            lex.parts.add(term, part)
    for term in _terms(data.get("eve", {}).get(lg, []), f"eve.{lg}"):
        if key(term) not in lex.parts:
            raise DataError(f"{_FILE}: [eve] «{term}» must also be listed under [parts.{lg}]")
        lex.eve.add(key(term))


def _relative(lex: Lexicon, data: dict, lg: str) -> None:
    for num, names in data.get("days", {}).get(lg, {}).items():
        for term in _terms(names, f"days.{lg}"):
            lex.relative.add(term, ("day", _int(num, -7, 7, f"days.{lg}"), None))
            lex.term_lang[key(term)] = lg
    for i, phrase in enumerate(data.get("phrases", [])):
        if phrase.get("lang") != lg:
            continue
        part = phrase.get("part")
        if part not in PARTS:
            raise DataError(f"{_FILE}: [[phrases]] #{i + 1}: part = {part!r}; use one of {PARTS}")
        offset = _int(phrase.get("offset"), -7, 7, f"phrases #{i + 1}")
        for term in _terms(phrase.get("terms", []), f"phrases #{i + 1}"):
            lex.relative.add(term, ("day", offset, part))
            lex.term_lang[key(term)] = lg
    for table, offset in (("same_day", 0), ("next_day", 1)):
        for term in _terms(data.get(table, {}).get(lg, []), f"{table}.{lg}"):
            lex.relative.add(term, ("same", offset, None))
            lex.term_lang[key(term)] = lg
    for spec, names in data.get("periods", {}).get(lg, {}).items():
        unit, _, num = spec.partition(":")
        if unit not in ("week", "month", "year"):
            raise DataError(f"{_FILE}: [periods.{lg}] {spec!r}: write week:N, month:N or year:N")
        for term in _terms(names, f"periods.{lg}"):
            lex.relative.add(term, (unit, _int(num, -9, 9, f"periods.{lg}"), None))
            lex.term_lang[key(term)] = lg


def _context(lex: Lexicon, data: dict, langs: Iterable[str]) -> None:
    for i, rule in enumerate(data.get("not_date", [])):
        if rule.get("lang") not in langs:
            continue
        for term in _terms(rule.get("terms", []), f"not_date #{i + 1}"):
            k = key(term)
            lex.not_prev.setdefault(k, set()).update(key(w) for w in rule.get("prev", []))
            lex.not_next.setdefault(k, set()).update(key(w) for w in rule.get("next", []))
    occ = data.get("occasions", {})
    lex.occasion_after = [fold(w) for w in occ.get("after", [])]
    lex.occasion_before = [fold(w) for w in occ.get("before", [])]
    lex.bounds = {key(w) for w in data.get("bounds", {}).get("before", [])}
    lex.bound_skip = {key(w) for w in data.get("bounds", {}).get("skip", [])}
    lex.since = {key(w) for w in data.get("bounds", {}).get("since", [])}
    lex.outlet_intros = [fold(w) for w in data.get("outlets", {}).get("intros", [])]
    lex.mastheads = tuple(fold(w) + " " for w in data.get("outlets", {}).get("mastheads", []))
    lex.glue = sorted({fold(w) for w in data.get("glue", {}).get("words", [])}, key=len, reverse=True)
    lex.arrival = frozenset(fold(w) for w in data.get("arrival", {}).get("words", []))
    lex.taking_office = tuple(fold(w) for w in data.get("taking_office", {}).get("words", []))
    lex.office_taken_in = tuple(fold(w) for w in data.get("taking_office", {}).get("right_before", []))
    lex.month_edges = frozenset(fold(w) for w in data.get("month_edges", {}).get("words", []))
    lex.purpose = frozenset(fold(w) for w in data.get("purpose", {}).get("words", []))
    dl = data.get("dateline", {})
    lex.published_labels = sorted({fold(w) for w in dl.get("published", [])}, key=len, reverse=True)
    lex.time_words = {w for t in dl.get("time_words", []) for w in fold(t).split()}
    lex.updated_labels = sorted({fold(w) for w in dl.get("updated", [])}, key=len, reverse=True)


def _terms(names: Any, where: str) -> list[str]:
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise DataError(f"{_FILE}: [{where}] must be a list of strings, got {names!r}")
    if len(set(names)) != len(names):
        dupes = sorted({n for n in names if names.count(n) > 1})
        raise DataError(f"{_FILE}: [{where}] lists {dupes} twice; remove the duplicate")
    return names


def _int(value: Any, lo: int, hi: int, where: str) -> int:
    try:
        n = int(value)
    except (TypeError, ValueError):
        raise DataError(f"{_FILE}: [{where}] {value!r} is not a number") from None
    if not lo <= n <= hi:
        raise DataError(f"{_FILE}: [{where}] {n} is out of range {lo}..{hi}")
    return n
