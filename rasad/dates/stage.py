"""The dates pipeline stage, and the date of one event.

``dates_stage`` finds every date mention, fills ``doc.published`` from a dateline when the reader had
none, and resolves the mentions against the reference day («دیروز» in a text written on 2018-04-03 is
2018-04-02). ``event_date`` gives one event the day its own sentence, else its paragraph, states; the
article's lead event falls back to the reference day, marked as inferred.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from datetime import date, timedelta

from ..document import DateMention, Document, Span, Spans
from .anchor import is_dateline, mentions_of, publication_date, reference_date
from ..normalise import fold
from .find import find_dates
from .lexicon import lexicon
from .resolve import resolve_one, tense_of

__all__ = ["dates_stage", "event_date"]

_DAY_WORD = re.compile(r"(?:روز|یوم|on)[ ]?[(«]?$")
_RANK = {"day": 0, "week": 1, "month": 2, "year": 3}
_INFERRED_CONFIDENCE = 0.6


def dates_stage(doc: Document) -> Document:
    """Set ``doc.dates`` (all mentions, resolved against the reference day) and a missing ``doc.published``."""
    mentions = _drop_places(find_dates(doc.ntext, doc.lang), doc)
    doc.dates = mentions
    pub = publication_date(doc)
    if pub is not None and not doc.published:
        doc.published = pub.value.isoformat()
        if pub.data.get("weekday_mismatch"):
            doc.warnings.append(f"dates: the dateline «{pub.text}» names a weekday that is not "
                                f"{pub.value.isoformat()}; the date was kept")
    ref = reference_date(doc)
    doc.dates = _resolve_all(mentions, ref.value if ref else None, None)
    return doc


def _drop_places(mentions: list[DateMention], doc: Document) -> list[DateMention]:
    """Drop a lone weekday that the mentions stage recognised as a place («دوشنبه» = Dushanbe),
    unless a day word stands before it («روز دوشنبه», «يوم الاثنين», "on Monday")."""
    places = Spans((m.start, m.end) for m in doc.mentions if m.kind == "place")
    if not places:
        return mentions
    text = doc.ntext.lower()
    return [m for m in mentions
            if not (m.kind == "weekday" and set(m.data) <= {"weekday", "bound", "occasion"}
                    and places.overlaps(m.start, m.end)
                    and not _DAY_WORD.search(text, max(0, m.start - 12), m.start))]


def event_date(doc: Document, sentence: Span, paragraph: Span | None, status: str, lead: bool) -> DateMention | None:
    """The date of the event stated in ``sentence`` (normalised offsets), or None.

    A date in the sentence itself comes first (the most precise, then the first), then the nearest date
    before the sentence in ``paragraph``; both are resolved against ``reference_date(doc)`` in the tense
    of ``status`` ("planned" → future), and must fit it (an occurred event is not dated tomorrow); a
    planned event stated with a later time ("next week") is not dated by the day it was announced.
    «في اليوم نفسه», «همان روز», "later in the day" take the day of the date mentioned before them.
    Failing those, the lead event of the article (``lead=True``, occurred) takes the lede's day (the
    first day the body states before the sentence, else just after it: «روز چهارشنبه ۲۴ آبان» for a
    meeting told in the next paragraph or announced in a headline), else the first day of a stay the
    sentence tells («که از سه‌شنبه در سفر ... به سر می‌برد»), else the reference day, with
    ``confidence`` ≤ 0.6 and ``data["inferred"] = True``.
    """
    ref = reference_date(doc)
    anchor = ref.value if ref else None
    tense = tense_of(status) or "past"
    # The same for every event of the document: worked out once (copies are tagged, below).
    dated, starts = doc.cached(("dated", anchor, tense, doc.published, doc.lang, len(doc.dates)),
                               (doc.dates, doc.clutter), lambda: _by_start(_dated(doc, anchor, tense)))
    own = [m for m in _starting_in(dated, starts, sentence.start, sentence.end)
           if m.end <= sentence.end and not _year_for(doc, m) and not _quoted_relative(doc, sentence, m)
           and not _pushed_a_year(m, anchor, tense)]
    if tense == "future" and anchor is not None and any(m.value > anchor for m in own):
        # "announced today that X will visit next week": the day of the announcement is not the visit's
        own = [m for m in own if m.value > anchor]
    own = [m for m in own if not _office_taken_day(doc, m)]
    if sum(m.precision == "day" for m in own) > 1:
        own = [m for m in own if not _arrival_day(doc, m, own)] or own
    if own:
        # a single day before a span of days («(۷ تا ۱۰ آوریل) ... روز سه‌شنبه ۱۹ فروردین»: the stay, then the talks)
        best = min(own, key=lambda m: (_RANK.get(m.precision or "", 9), "last_day" in m.data, m.start))
        return _tagged(_copy(best), "sentence", 1.0)
    if paragraph is not None:
        before = [m for m in _starting_in(dated, starts, paragraph.start, sentence.start)
                  if m.end <= sentence.start and m.precision in ("day", "week", "month")
                  and not _pushed_a_year(m, anchor, tense) and not m.data.get("occasion")
                  and not _office_taken_day(doc, m)]  # ("who took office on February 17 after … the February
        # 12 election": neither dates the next sentence's meetings)
        if before:
            return _tagged(_copy(max(before, key=lambda m: m.start)), "paragraph", 0.8)
    if lead and tense == "future":
        # a programme announced in the lede («يعقد الرئيس اليوم الأربعاء سلسلة لقاءات», "will hold talks
        # on Friday") dates the first meeting it lists; a day already past is another happening's
        lede = _lede_date(doc, dated, sentence)
        return lede if lede is not None and anchor is not None and lede.value >= anchor else None
    if not (lead and tense == "past"):
        return None
    lede = _lede_date(doc, dated, sentence)
    if lede is not None:
        return lede
    start = _stay_start(doc, sentence, anchor)
    if start is not None:
        return start
    if ref is not None:
        conf = min(_INFERRED_CONFIDENCE, ref.confidence * _INFERRED_CONFIDENCE)
        return DateMention(ref.start, ref.end, ref.text, ref.value, "day", "absolute", "gregorian", conf,
                           dict(ref.data, inferred=True, source="reference"))
    return None


def _pushed_a_year(m: DateMention, anchor: date | None, tense: str) -> bool:
    """A date without a year ("arrived on October 30") that the future tense of a planned event told with it or
    after it ("he is also scheduled to meet …") would put most of a year ahead: a past day, not the plan's."""
    return tense == "future" and anchor is not None and bool(m.data.get("yearless")) \
        and (m.value - anchor).days > _FAR_AHEAD


_FAR_AHEAD = 180  # days


def _stay_start(doc: Document, sentence: Span, anchor: date | None) -> DateMention | None:
    """The first day of a stay told in ``sentence`` («که از سه‌شنبه در سفری رسمی ... به سر می‌برد، با ...
    دیدار کرد»), as the inferred day of talks the sentence gives no other date."""
    since = [m for m in mentions_of(doc) if sentence.start <= m.start and m.end <= sentence.end
             and m.data.get("since") and not doc.is_clutter(m.start)]
    for m in _fitting(_resolve_all(since[:1], anchor, "past"), anchor, "past"):
        if m.precision == "day":
            m.data.update(inferred=True)
            return _tagged(m, "stay", _INFERRED_CONFIDENCE)
    return None


def _quoted_relative(doc: Document, sentence: Span, m: DateMention) -> bool:
    """A relative day inside quoted speech («گفت: «امروز صبح ... مرور شد»», "said: 'today we agreed'"): the
    speaker's today, not the page's — it dates nothing the page tells."""
    if m.kind not in ("relative", "weekday"):
        return False
    before = doc.ntext[sentence.start:m.start]
    if before.count("«") > before.count("»") or before.count("“") > before.count("”"):
        return True
    last = before.rfind('"')  # a straight quote opens a quote when no word ends right before it
    return last >= 0 and (last == 0 or not (before[last - 1].isalnum() or before[last - 1] in ".,،!?؟"))


def _year_for(doc: Document, m: DateMention) -> bool:
    """A year the event is for, not in: «برنامه همکاری برای سال ۲۰۲۶», "a plan for the year 2026"."""
    if m.precision != "year":
        return False
    before = doc.ntext[max(0, m.start - 12):m.start].split()
    words = lexicon(doc.lang if doc.lang in ("fa", "ar", "en") else None).purpose
    return bool(before) and fold(before[-1]) in words


_CLAUSE_END = re.compile(r"[،,.;:؛!?؟\n]")


_WORD = re.compile(r"\w+")


def _clause_around(text: str, m: DateMention, before: int, after: int) -> tuple[int, int]:
    """The clause holding ``m``: from the punctuation before it (at most ``before`` characters back) to the one
    after it (at most ``after`` characters on)."""
    a = max((x.end() for x in _CLAUSE_END.finditer(text, max(0, m.start - before), m.start)), default=m.start - before)
    b = _CLAUSE_END.search(text, m.end, m.end + after)
    return max(0, a), b.start() if b else min(len(text), m.end + after)


def _office_taken_day(doc: Document, m: DateMention) -> bool:
    """``m`` stands in a clause that tells someone taking office (``taking_office`` in dates.toml: "who took over
    … sworn in on May 23", «که … منصوب شد»): that day, not the event's."""
    lex = lexicon(doc.lang if doc.lang in ("fa", "ar", "en") else None)
    before = " " + fold(doc.ntext[max(0, m.start - 40):m.start]).lower().rstrip()
    if any(before.endswith(f" {w}") for w in lex.office_taken_in):
        return True  # «منذ توليه منصبه في يونيو», "since taking office in June"
    a, b = _clause_around(doc.ntext, m, 100, 60)
    clause = " " + fold(doc.ntext[a:b]).lower() + " "
    return any(f" {w} " in clause for w in lex.taking_office)


def _arrival_day(doc: Document, m: DateMention, dates: list[DateMention]) -> bool:
    """``m`` stands in a clause about an arrival («که روز دوشنبه وارد باکو شده بود», "who arrived on
    Monday"), with no other of the sentence's ``dates`` between it and the arrival word (after the day in
    Persian, before it in Arabic and English): the day of the arrival, not of the talks the sentence also
    dates."""
    text = doc.ntext
    a, b = _clause_around(text, m, 120, 120)
    words = lexicon(doc.lang if doc.lang in ("fa", "ar", "en") else None).arrival
    clause = fold(text[a:b])
    if not any(w in clause for w in words):
        return False
    for w in _WORD.finditer(text, a, b):
        f = fold(w.group())
        if f in words or f.lstrip("وف") in words:
            if (doc.lang == "fa" and w.start() < m.start) or (doc.lang in ("ar", "en") and w.start() > m.start):
                continue  # Persian puts the verb after the day («روز دوشنبه وارد ... شد»), the others before it
            lo, hi = sorted((w.start(), m.start))
            if not any(x is not m and lo < x.start < hi for x in dates):
                return True
    return False


def _by_start(dated: list[DateMention]) -> tuple[list[DateMention], list[int] | None]:
    """The mentions with their starts, when in text order (None when not: then every lookup scans)."""
    starts = [m.start for m in dated]
    return dated, starts if all(a <= b for a, b in zip(starts, starts[1:])) else None


def _starting_in(dated: list[DateMention], starts: list[int] | None, a: int, b: int) -> list[DateMention]:
    """The mentions (in their order) that start in ``[a, b)``."""
    if starts is None:
        return [m for m in dated if a <= m.start < b]
    return dated[bisect_left(starts, a):bisect_left(starts, b)]


def _dated(doc: Document, anchor: date | None, tense: str) -> list[DateMention]:
    """The document's usable date mentions resolved in ``tense`` and fitting it."""
    usable = [m for m in mentions_of(doc)
              if not (m.data.get("occasion") or m.data.get("bound") or m.data.get("invalid")
                      or m.data.get("dateline")) and not doc.is_clutter(m.start) and not is_dateline(doc, m)]
    return _fitting(_resolve_all(usable, anchor, tense), anchor, tense)


def _copy(m: DateMention) -> DateMention:
    return replace(m, data=dict(m.data))


def _lede_date(doc: Document, dated: list[DateMention], sentence: Span) -> DateMention | None:
    """The lede's day: the first day the body states before ``sentence``, else in the two paragraphs
    after it (a headline's event is dated by the lede below it)."""
    body = doc.paragraphs or [Span(0, len(doc.ntext))]
    days = [m for m in dated if m.precision == "day" and any(p.start <= m.start < p.end for p in body)
            and not is_dateline(doc, m)]
    chosen = next((m for m in days if m.end <= sentence.start), None)
    confidence = _INFERRED_CONFIDENCE
    if chosen is None:
        after = [i for i, p in enumerate(body) if p.end > sentence.start][:3]
        limit = body[after[-1]].end if after else sentence.end
        chosen = next((m for m in days if sentence.end <= m.start < limit), None)
        confidence = _INFERRED_CONFIDENCE - 0.1
    if chosen is None:
        return None
    chosen = _copy(chosen)
    chosen.data.update(inferred=True, source="lede")
    chosen.confidence = round(min(confidence, chosen.confidence), 3)
    return chosen


def _resolve_all(mentions: list[DateMention], anchor: date | None, tense: str | None) -> list[DateMention]:
    """Every mention resolved; «همان روز» / "the same day" takes the day of the nearest dated one before it."""
    out: list[DateMention] = []
    for m in mentions:
        r = resolve_one(m, anchor, tense)
        if r.data.get("same_day"):
            prev = next((p for p in reversed(out) if p.precision == "day" and p.value is not None), None)
            if prev is not None:
                r.value, r.precision = prev.value + timedelta(days=r.data.get("after_days", 0)), "day"
                r.confidence = min(r.confidence, prev.confidence, 0.9)
                r.data["same_as"] = prev.text
        out.append(r)
    return out


def _fitting(mentions: list[DateMention], anchor: date | None, tense: str) -> list[DateMention]:
    """The resolved mentions that have a date consistent with ``tense``."""
    out = []
    for r in mentions:
        if r.value is None:
            continue
        if anchor is not None:
            last = date.fromisoformat(r.data["end"]) if "end" in r.data else r.value
            if (tense == "past" and r.value > anchor) or (tense == "future" and last < anchor):
                continue
        out.append(r)
    return out


def _tagged(m: DateMention, source: str, factor: float) -> DateMention:
    m.data["source"] = source
    m.confidence = round(m.confidence * factor, 3)
    return m
