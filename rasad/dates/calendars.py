"""Exact conversions between the Gregorian, Solar Hijri (Jalali) and lunar Hijri (Umm al-Qura) calendars.

Solar Hijri goes through ``jdatetime``, lunar Hijri through ``hijridate``; both are exact over the
ranges below. Every function returns ``None`` for an impossible or out-of-range date (31 Mehr,
30 Esfand of a common year, 30 February, a year outside the plausible window) instead of raising or
shifting the day.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import jdatetime
from hijridate import Gregorian, Hijri

__all__ = ["GREGORIAN", "JALALI", "HIJRI", "CALENDARS", "YEARS", "to_gregorian", "from_gregorian",
           "month_span", "year_span", "add_months"]

GREGORIAN, JALALI, HIJRI = "gregorian", "jalali", "hijri"
CALENDARS = (GREGORIAN, JALALI, HIJRI)

# Plausible years for news: Gregorian 1900-2100 and the matching Solar Hijri years; lunar Hijri is
# limited to the Umm al-Qura table hijridate ships (1343-1500 AH = 1924-2077). A year outside its
# window gives no date: far-future and mistyped years are not invented into dates.
YEARS = {GREGORIAN: (1900, 2100), JALALI: (1279, 1479), HIJRI: (1343, 1500)}


@lru_cache(maxsize=8192)
def to_gregorian(calendar: str, year: int, month: int, day: int) -> date | None:
    """The Gregorian date of ``day month year`` in ``calendar``, or None when there is no such day."""
    lo, hi = YEARS[calendar]
    if not (lo <= year <= hi and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        if calendar == GREGORIAN:
            return date(year, month, day)
        if calendar == JALALI:
            return jdatetime.date(year, month, day).togregorian()
        g = Hijri(year, month, day).to_gregorian()
        return date(g.year, g.month, g.day)
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=8192)
def from_gregorian(calendar: str, d: date) -> tuple[int, int, int] | None:
    """``(year, month, day)`` of the Gregorian date ``d`` in ``calendar``, or None out of range."""
    if calendar == GREGORIAN:
        y, m, dd = d.year, d.month, d.day
    elif calendar == JALALI:
        j = jdatetime.date.fromgregorian(date=d)
        y, m, dd = j.year, j.month, j.day
    else:
        try:
            h = Gregorian(d.year, d.month, d.day).to_hijri()
        except (ValueError, OverflowError):
            return None
        y, m, dd = h.year, h.month, h.day
    lo, hi = YEARS[calendar]
    return (y, m, dd) if lo <= y <= hi else None


def month_span(calendar: str, year: int, month: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a month of ``calendar``."""
    first = to_gregorian(calendar, year, month, 1)
    if first is None:
        return None
    ny, nm = (year + 1, 1) if month == 12 else (year, month + 1)
    nxt = to_gregorian(calendar, ny, nm, 1)
    if nxt is None:  # the last month of the window: count its days
        last = first
        for day in range(28, 32):
            d = to_gregorian(calendar, year, month, day)
            if d is not None:
                last = d
        return first, last
    return first, nxt - timedelta(days=1)


def year_span(calendar: str, year: int) -> tuple[date, date] | None:
    """First and last Gregorian day of a year of ``calendar``."""
    first, last = month_span(calendar, year, 1), month_span(calendar, year, 12)
    if first is None or last is None:
        return None
    return first[0], last[1]


def add_months(calendar: str, d: date, months: int) -> tuple[int, int] | None:
    """``(year, month)`` in ``calendar`` of the month ``months`` after the one containing ``d``."""
    ymd = from_gregorian(calendar, d)
    if ymd is None:
        return None
    index = ymd[0] * 12 + ymd[1] - 1 + months
    return index // 12, index % 12 + 1
