"""Anchor relative, weekday and year-less date mentions on the day a text was written.

- «دیروز», "yesterday", «أمس»: the anchor plus the offset (a weekday stated beside it is checked).
- A weekday: in past tense the most recent such day on or before the anchor, in future tense the next
  one on or after it; "last Tuesday" / «الثلاثاء الماضي» strictly before, "next Tuesday" strictly
  after; «شب جمعه» is the night before Friday.
- "last week", «ماه گذشته», «العام الماضي»: the first day of that week (precision "week"), month or
  year in the language's calendar (a Solar Hijri month for Persian text), with ``data["end"]``.
- "27 October", «۱۵ فروردین»: the occurrence nearest the anchor, never after it in past tense (and
  never before it in future tense); a two-digit year («۱۵ فروردین ۹۷») must agree, else no date.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from ..document import DateMention
from .calendars import add_months, from_gregorian, month_span, to_gregorian, year_span

__all__ = ["resolve", "resolve_one", "tense_of"]

_DERIVED = ("weekday_mismatch", "end", "resolved_year")
_TENSES = {"past": "past", "occurred": "past", "future": "future", "planned": "future"}


def tense_of(status: str | None) -> str | None:
    """The tense for an event status ("planned" → "future", "occurred" → "past"), None if unknown."""
    return _TENSES.get(status or "")


def resolve(mentions: list[DateMention], anchor: date | None, tense: str | None = None) -> list[DateMention]:
    """Copies of ``mentions`` with ``value``/``precision`` filled in against ``anchor`` where possible.

    ``tense`` is "past", "future" (also "occurred"/"planned") or None (weekdays then count as past,
    year-less dates take the nearest occurrence).
    """
    return [resolve_one(m, anchor, tense) for m in mentions]


def resolve_one(mention: DateMention, anchor: date | None, tense: str | None = None) -> DateMention:
    """One mention resolved (a copy; the input is left as it was)."""
    m = replace(mention, data=dict(mention.data))
    data = m.data
    if anchor is None or data.get("invalid") or (m.kind in ("absolute", "year") and not data.get("yearless")):
        return m
    # Start from the mention as found, so that resolving again (another anchor or tense) is clean.
    m.confidence = data.setdefault("found_confidence", m.confidence)
    m.value = m.precision = None
    for k in _DERIVED:
        data.pop(k, None)
    tense = _TENSES.get(tense or "")
    if m.kind == "absolute":
        if data.get("yearless"):
            _yearless(m, anchor, tense)
    elif "offset_days" in data:
        _offset(m, anchor)
    elif "period" in data:
        _period(m, anchor)
    elif "weekday" in data:
        _weekday(m, anchor, tense)
    return m


def _offset(m: DateMention, anchor: date) -> None:
    m.value, m.precision = anchor + timedelta(days=m.data["offset_days"]), "day"
    wd = m.data.get("weekday")
    if wd is not None and m.value.weekday() != wd:
        m.data["weekday_mismatch"] = True
        m.confidence = min(m.confidence, 0.6)


def _period(m: DateMention, anchor: date) -> None:
    data = m.data
    unit, offset, cal = data["period"], data["offset"], data.get("calendar", "gregorian")
    if unit == "week":
        ws = data.get("week_start", 0)
        first = anchor - timedelta(days=(anchor.weekday() - ws) % 7) + timedelta(weeks=offset)
        if "weekday" in data:  # «سه شنبه هفته گذشته»: that weekday of that week
            m.value, m.precision = first + timedelta(days=(data["weekday"] - ws) % 7), "day"
            m.confidence = min(m.confidence, 0.9)
        else:
            m.value, m.precision = first, "week"
            data["end"] = (first + timedelta(days=6)).isoformat()
        return
    if unit == "month":
        ym = add_months(cal, anchor, offset)
        span = month_span(cal, *ym) if ym else None
    else:
        ymd = from_gregorian(cal, anchor)
        span = year_span(cal, ymd[0] + offset) if ymd else None
    if span:
        m.value, m.precision = span[0], unit
        data["end"] = span[1].isoformat()


def _weekday(m: DateMention, anchor: date, tense: str | None) -> None:
    wd, direction = m.data["weekday"], m.data.get("direction")
    back = (anchor.weekday() - wd) % 7
    ahead = (wd - anchor.weekday()) % 7
    if direction == -1:
        value = anchor - timedelta(days=back or 7)
    elif direction == 1:
        value = anchor + timedelta(days=ahead or 7)
    elif tense == "future":
        value = anchor + timedelta(days=ahead)
    else:
        value = anchor - timedelta(days=back)
    if m.data.get("eve"):
        value -= timedelta(days=1)
    m.value, m.precision = value, "day"
    m.confidence = min(m.confidence, 0.9 if (tense or direction) else 0.8)


def _yearless_month(m: DateMention, here: tuple[int, int, int], cal: str, month: int, tense: str | None) -> None:
    """«تیرماه امسال» (year offset 0), «مهرماه گذشته» (the last one before this month), "next May"."""
    year, now = here[0], here[1]
    if "year_offset" in m.data:
        year += m.data["year_offset"]
    elif m.data.get("direction") == -1:
        year -= 0 if month < now else 1
    elif m.data.get("direction") == 1:
        year += 0 if month > now else 1
    elif tense == "future":  # "in early June" for a plan: this June or the next
        year += 0 if month >= now else 1
    else:  # "in late September" for what happened: this month or the last September
        year -= 0 if month <= now else 1
    span = month_span(cal, year, month)
    if span:
        m.value, m.precision = span[0], "month"
        m.data["end"], m.data["resolved_year"] = span[1].isoformat(), year


def _yearless(m: DateMention, anchor: date, tense: str | None) -> None:
    cal, month, day = m.calendar or "gregorian", m.data["month"], m.data.get("day")
    here = from_gregorian(cal, anchor)
    if here is None:
        return
    if day is None:
        _yearless_month(m, here, cal, month, tense)
        return
    tense = {-1: "past", 1: "future"}.get(m.data.get("direction"), tense)
    years = [y for y in (here[0] - 1, here[0], here[0] + 1)
             if "year2" not in m.data or y % 100 == m.data["year2"]]
    if "year_offset" in m.data:  # «20 مايو من العام الماضي»
        years, tense = [here[0] + m.data["year_offset"]], None
    found = {y: d for y in years if (d := to_gregorian(cal, y, month, day)) is not None}
    wd = m.data.get("weekday")
    if wd is not None and any(d.weekday() == wd for d in found.values()):
        found = {y: d for y, d in found.items() if d.weekday() == wd}
    if tense == "past":
        found = {y: d for y, d in found.items() if d <= anchor}
    elif tense == "future":
        found = {y: d for y, d in found.items() if d >= anchor}
    if not found:
        return
    year = min(found, key=lambda y: (abs((found[y] - anchor).days), found[y]))
    m.value, m.precision = found[year], "day"
    m.data["resolved_year"] = year
    m.confidence = min(m.confidence, 0.85)
    if wd is not None and m.value.weekday() != wd:
        m.data["weekday_mismatch"] = True
        m.confidence = min(m.confidence, 0.6)
