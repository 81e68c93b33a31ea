"""Atoms: the pieces of date expressions that the language's regex finds, read into plain values.

One builder per named group of ``patterns.date_regex``: ``ymd`` (2025-10-23, 1403/05/12), ``nd``
(23/10/2025), ``dmy`` («۱۵ فروردین ۱۳۹۷», "23 October"), ``mdy`` ("October 23, 2025"), ``my``
(«دی ۱۳۹۳»), ``yr`` («سال ۱۴۰۲», "in 2015"), ``ago``/``agb`` («دو روز پیش», «قبل يومين»), ``tm``
("11:22"), ``rel`` («دیروز», "last week"), ``wd`` («سه شنبه», "last Tuesday"), ``mon`` («مهرماه
گذشته») and ``part`` («شامگاه»). A builder returns None when the match is not a date after all
(12/05/2024 is December or May; «چند روز پیش» names no day).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .calendars import GREGORIAN, HIJRI, JALALI, YEARS
from .lexicon import Lexicon

__all__ = ["Atom", "BUILDERS"]

_PM = {"pm", "p.m.", "p.m", "pm.", "بظ", "ب.ظ", "مسا", "م"}   # normalised: «مساءً» is «مسا»
_AM = {"am", "a.m.", "a.m", "am.", "قظ", "ق.ظ", "صباحا", "ص"}


@dataclass(slots=True)
class Atom:
    """One piece of a date expression found by the regex."""

    kind: str                      # "abs" | "year" | "rel" | "wd" | "part" | "time"
    start: int
    end: int
    info: dict[str, Any] = field(default_factory=dict)



def _era(m: re.Match, group: str, lx: Lexicon) -> str | None:
    s = m.group(group)
    return lx.eras[s.replace(" ", "")][0] if s else None


def _bare_year_calendar(year: int, era: str | None, lx: Lexicon, lang: str | None) -> str | None:
    """The calendar of a year written alone: its era marker, else the range it falls in."""
    if era:
        return era
    lo, hi = YEARS[GREGORIAN]
    if lo <= year <= hi:
        return GREGORIAN
    if 1300 <= year <= 1499:
        if lang == "ar":
            return HIJRI
        if lang in (None, "fa"):
            return JALALI
    return None


def _ymd(m: re.Match, lx: Lexicon, lang: str | None) -> Atom | None:
    y, mo, d = int(m["ymd_y"]), int(m["ymd_m"]), int(m["ymd_d"])
    cal = _era(m, "ymd_e", lx) or (JALALI if 1300 <= y <= 1499 else GREGORIAN)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    info = {"calendar": cal, "year": y, "month": mo, "day": d, "numeric": True}
    if m["ymd_t"]:
        info["time"] = m["ymd_t"]
    return Atom("abs", m.start(), m.end(), info)


def _nd(m: re.Match, lx: Lexicon, lang: str | None) -> Atom | None:
    a, b, y = int(m["nd_a"]), int(m["nd_b"]), int(m["nd_y"])
    cal = _era(m, "nd_e", lx) or (JALALI if 1300 <= y <= 1499 else GREGORIAN)
    if cal != GREGORIAN:          # Iran and the Arab world write day/month
        d, mo = a, b
    elif a > 12 >= b or a == b:   # 23/10/2025
        d, mo = a, b
    elif b > 12 >= a:             # 10/23/2025
        d, mo = b, a
    else:                         # 12/05/2024: December or May? Left alone.
        return None
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return Atom("abs", m.start(), m.end(), {"calendar": cal, "year": y, "month": mo, "day": d, "numeric": True})


def _month(m: re.Match, group: str, lx: Lexicon) -> tuple[str, int]:
    return lx.months[m.group(group).replace(" ", "")]


def _dmy(m: re.Match, lx: Lexicon, lang: str | None) -> Atom | None:
    day = int(m["dmy_d"]) if m["dmy_d"] else lx.ordinals[m["dmy_o"].replace(" ", "")]
    strict = m["dmy_s"] is not None
    cal, month = _month(m, "dmy_s" if strict else "dmy_m", lx)
    info: dict[str, Any] = {"calendar": cal, "month": month, "day": day}
    if m["dmy_d2"] and int(m["dmy_d2"]) > day:
        info["last_day"] = int(m["dmy_d2"])  # «۱۵ و ۱۶ فروردین», "10-11 July": the first day is the date
    if m["dmy_dir"]:
        info["direction"] = lx.wd_after[m["dmy_dir"].replace(" ", "")]
    year = m["dmy_s_y"] if strict else m["dmy_y"]
    if year and len(year) == 4:
        info["year"] = int(year)
    elif year:
        info["year2"] = int(year)
    return Atom("abs", m.start(), m.end(), info)


def _mdy(m: re.Match, lx: Lexicon, lang: str | None) -> Atom | None:
    cal, month = _month(m, "mdy_m", lx)
    info: dict[str, Any] = {"calendar": cal, "month": month, "day": int(m["mdy_d"])}
    if m["mdy_d2"] and int(m["mdy_d2"]) > info["day"]:
        info["last_day"] = int(m["mdy_d2"])
    if m["mdy_y"]:
        info["year"] = int(m["mdy_y"])
    return Atom("abs", m.start(), m.end(), info)


def _my(m: re.Match, lx: Lexicon, lang: str | None) -> Atom | None:
    cal, month = _month(m, "my_m", lx)
    return Atom("abs", m.start(), m.end(), {"calendar": cal, "month": month, "year": int(m["my_y"])})


def _yr(m: re.Match, lx: Lexicon, lang: str | None) -> Atom | None:
    year = int(m["yr_y"] or m["yr_b"])
    era = _era(m, "yr_e", lx) if m["yr_y"] else _era(m, "yr_s", lx)
    cal = _bare_year_calendar(year, era, lx, lang)
    if cal is None:
        return None
    word = (m["yr_w"] or "").split(" ")[0]
    return Atom("year", m.start(), m.end(), {"calendar": cal, "year": year, "word": word})


def _count(number: str | None, unit_word: str, lx: Lexicon) -> tuple[str, int] | None:
    unit, implied = lx.units[unit_word.replace(" ", "")]
    if number is None:
        n = implied or None
    elif number.isdigit():
        n = int(number)
    else:
        n = lx.numbers[number.replace(" ", "")]  # None for «چند», "several"
    return (unit, n) if n else None


def _ago(m: re.Match, lx: Lexicon, lang: str | None) -> Atom | None:
    counted = _count(m["ago_n"], m["ago_u"], lx)
    if counted is None:
        return None
    src = "en" if m["ago_u"].isascii() else "fa"
    return Atom("rel", m.start(), m.end(), {"unit": counted[0], "offset": -counted[1], "lang": src})


def _agb(m: re.Match, lx: Lexicon, lang: str | None) -> Atom | None:
    counted = _count(m["agb_n"], m["agb_u"], lx)
    if counted is None:
        return None
    return Atom("rel", m.start(), m.end(), {"unit": counted[0], "offset": -counted[1], "lang": "ar"})


def _tm(m: re.Match, lx: Lexicon, lang: str | None) -> Atom | None:
    h, mi, ap = int(m["tm_h"]), int(m["tm_m"]), (m["tm_ap"] or "").replace(" ", "")
    if ap in _PM and h < 12:
        h += 12
    elif ap in _AM and h == 12:
        h = 0
    return Atom("time", m.start(), m.end(), {"time": f"{h:02d}:{mi:02d}"})


def _rel(m: re.Match, lx: Lexicon, lang: str | None) -> Atom | None:
    k = m["rel_w"].replace(" ", "")
    unit, offset, part = lx.relative[k]
    info = {"unit": unit, "offset": offset, "term": k, "lang": lx.term_lang.get(k, lang)}
    if part:
        info["part"] = part
    return Atom("rel", m.start("rel_w"), m.end(), info)


def _wd(m: re.Match, lx: Lexicon, lang: str | None) -> Atom | None:
    k = m["wd_w"].replace(" ", "")
    info: dict[str, Any] = {"weekday": lx.weekdays[k], "term": k}
    if m["wd_b"]:
        info["direction"] = lx.wd_before[m["wd_b"].replace(" ", "")]
    elif m["wd_a"]:
        info["direction"] = lx.wd_after[m["wd_a"].replace(" ", "")]
    if info.get("direction") == 0:
        del info["direction"]
    start = m.start("wd_b") if m["wd_b"] else m.start("wd_w")
    return Atom("wd", start, m.end(), info)


def _mon(m: re.Match, lx: Lexicon, lang: str | None) -> Atom | None:
    cal, month = _month(m, "mon_m", lx)
    info: dict[str, Any] = {"calendar": cal, "month": month}
    if m["mon_b"]:
        info["direction"] = lx.wd_before[m["mon_b"].replace(" ", "")]
    elif m["mon_a"]:
        info["direction"] = lx.wd_after[m["mon_a"].replace(" ", "")]
    start = m.start("mon_b") if m["mon_b"] else m.start("mon_m")
    return Atom("mon", start, m.end(), dict(info, name_at=m.start("mon_m")))


def _part(m: re.Match, lx: Lexicon, lang: str | None) -> Atom | None:
    k = m["part_w"].replace(" ", "")
    return Atom("part", m.start("part_w"), m.end(), {"part": lx.parts[k], "eve": k in lx.eve})


BUILDERS: dict[str, Callable[[re.Match, Lexicon, str | None], Atom | None]] = {
    "ymd": _ymd, "nd": _nd, "dmy": _dmy, "mdy": _mdy, "my": _my, "yr": _yr, "ago": _ago, "agb": _agb,
    "tm": _tm, "rel": _rel, "wd": _wd, "mon": _mon, "part": _part,
}
