"""Dates: Solar Hijri, lunar Hijri and Gregorian dates, relative expressions, publication dates.

    >>> from rasad.normalise import normalise
    >>> [m.value for m in find_dates(normalise("۱۵ فروردین ۱۳۹۷").text, "fa")]
    [datetime.date(2018, 4, 4)]

Modules, each small enough to read at once:

- ``calendars``: exact conversions (jdatetime, hijridate); impossible dates give None.
- ``lexicon``: the word lists of ``data/lexicons/dates.toml``, validated, per language.
- ``patterns``: one compiled regex per language, built from the lexicon.
- ``atoms``: the regex's matches read into values (a day, a weekday, an offset, a time).
- ``find``: ``find_dates`` — atoms joined into ``DateMention``s, with their context flags.
- ``resolve``: ``resolve`` — relative, weekday and year-less mentions anchored on a day.
- ``anchor``: ``publication_date`` and ``reference_date`` (the day the text was written).
- ``stage``: ``event_date`` and the pipeline stage ``dates_stage``.

``DateMention.data`` keys: ``calendar`` fields as written (``year``, ``month``, ``day``, ``year2`` for a
two-digit year), ``yearless``, ``invalid`` (an impossible date: no value), ``offset_days``, ``period``
with ``offset`` (week/month/year before or after the current one), ``weekday`` (0 = Monday),
``direction`` (-1 "last Tuesday", 1 "next Tuesday"), ``eve`` («شب جمعه»), ``part`` (dawn, morning,
noon, afternoon, evening, night), ``time`` ("HH:MM"), ``weekday_mismatch``, ``occasion`` (a date named
as an anniversary), ``bound`` (a date after "since"/«از»/«منذ»), ``dateline`` ("TOKYO, March 30
(Agency) -"), ``last_day`` (a range «۱۵ و ۱۶ فروردین»), ``same_day`` / ``same_as`` («في اليوم نفسه»),
``end`` (last day of a range, week, month or year value), ``source`` (metadata, dateline, text,
sentence, paragraph, lede, reference), ``inferred``.
``precision`` is "day", "week" (value = first day of the week), "month" or "year" (value = first day
of that month or year of its own calendar, ``end`` = the last).
"""

from __future__ import annotations

from .anchor import publication_date, reference_date
from .find import find_dates
from .resolve import resolve
from .stage import dates_stage, event_date

__all__ = ["find_dates", "resolve", "publication_date", "reference_date", "event_date", "dates_stage"]
