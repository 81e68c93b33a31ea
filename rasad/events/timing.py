"""When an event happened: its own date, the article's day, and when reports are too old to be news."""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from typing import TYPE_CHECKING

from ..dates import event_date, reference_date
from ..document import DateMention, Document, Event, Evidence, Span
from ..kb import KnowledgeBase
from ..sentences import SENTENCE_STOP
from .lexicon import trigger_hits, words_re

if TYPE_CHECKING:
    from .candidates import Candidate


def day_from_people(doc: Document, kb: KnowledgeBase) -> date | None:
    """Without a publication date: a day inside the terms of every office-holder named in the text,
    when those terms overlap in a closed window (an article naming Iran's and Turkmenistan's defense
    ministers of 2014 dates itself to 2014). A person named with his office counts with that office's
    terms only (Tebboune as president, not as the prime minister he was before). A window still open
    today («ذاکر حسن اف», minister since 2013) dates nothing: every holder of another office since then
    would fit. Only used to pick office-holders, never output as the event date."""
    lo, hi = date.min, date.max
    named = {m.entity_id: m for m in doc.mentions if m.kind == "person" and m.entity_id in kb.persons}
    if not named:
        return None
    written = _written_roles(doc)
    for pid, m in named.items():
        terms = [t for t in kb.persons[pid].terms if t.start]
        roles = written.get(pid, set())
        terms = [t for t in terms if t.role in roles] or terms
        if not terms:
            continue
        start = min(t.start for t in terms)
        end = max((t.end or date.max) for t in terms)
        lo, hi = max(lo, start), min(hi, end)
    if lo > hi or lo == date.min or hi == date.max:
        return None
    return lo + (hi - lo) / 2  # the middle of the window, away from the handovers at its ends


def bounds_from_people(kb: KnowledgeBase, people: list[tuple[str, str | None]], published: date | None
                       ) -> list[str] | None:
    """For an event the text gives no date: the first and last day it can lie on, from the terms of the
    office its KB people held in it (``people``: (id, role id or None)) and the publication day. None when
    nothing bounds it from below. The event keeps no date; this is a range, never a guess."""
    lo, hi = date.min, published or date.max
    for pid, role in people:
        terms = [t for t in kb.persons[pid].terms if t.start and (role is None or t.role == role)]
        if not terms:
            continue
        lo = max(lo, min(t.start for t in terms))
        hi = min(hi, max((t.end or date.max) for t in terms))
    if lo == date.min or lo > hi:
        return None
    return [lo.isoformat(), hi.isoformat() if hi != date.max else None]


def _written_roles(doc: Document) -> dict[str, set[str]]:
    """KB person id -> the offices written right beside the person's name in the text."""
    out: dict[str, set[str]] = {}
    ms = doc.mentions
    for i, m in enumerate(ms):
        if m.kind != "person" or not m.entity_id:
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(ms) and ms[j].kind == "role":
                gap = doc.ntext[min(m.end, ms[j].end):max(m.start, ms[j].start)]
                if len(gap.strip(" ،,\"«»")) <= 2:
                    out.setdefault(m.entity_id, set()).add(ms[j].entity_id)
    return out


def set_date(doc: Document, ev: Event, c: Candidate, lead: bool) -> DateMention | None:
    """The event's date: the most precise date stated in its sentences (or the paragraph before them);
    for the article's lead event, the lede's date or the day of writing. Returns the date mention."""
    found: DateMention | None = None
    met = bool(c.kinds - {"visit"})
    told = c.day_told
    for n, sent in enumerate(c.sentences):
        if n and met and _welcome_only(doc, sent):
            continue  # "Singh, who arrived in Sydney on Wednesday, was received at the airport": not the talks' day
        d = told_date(doc, sent, c.status)
        if d is not None and d.value is not None:
            if d.precision in (None, "day"):
                found = d
                if met and told is not None and told.precision == "day" and told.value is not None \
                        and d.data.get("source") != "paragraph" and _trip_only(doc, sent) \
                        and not _told_as_earlier(doc, told):
                    found = told  # "wraps up on Friday a five-day state visit": the day of the talks told after
                break
            found = found or d
    if (found is None or found.precision not in (None, "day")) and lead:
        d = told_date(doc, c.sentences[0], c.status, lead=True)
        found = d if d is not None and d.value is not None else found
    if found is not None:
        apply_date(doc, ev, found)
    return found


# A pluperfect: «وكان لولا قد استقبل ماكرون أمس», «دیدار کرده بود», "had met"
_PLUPERFECT = re.compile(r"(?<!\w)و?کان(?:ت)?\s+(?:\S+\s+){0,3}?قد(?!\w)|(?<!\w)(?:کرده|شده|داشته) بود|(?<!\w)had\s+(?:\w+ed|met|held|made|spoken)(?!\w)")


def _told_as_earlier(doc: Document, day: DateMention) -> bool:
    """The day is given in a sentence told in the pluperfect: another stop before the trip told, not its talks."""
    i = bisect_right(doc.sentences, day.start, key=lambda s: s.start) - 1
    if i < 0:
        return False
    sent = doc.sentences[i]
    return _PLUPERFECT.search(doc.ltext, sent.start, sent.end) is not None


def _trip_only(doc: Document, sent: Span) -> bool:
    """A sentence that tells only a trip (its arrival, its end), no meeting or signing."""
    kinds = {t.kind for _, _, ts in trigger_hits(doc.ltext[sent.start:sent.end], doc.lang) for t in ts}
    return bool(kinds) and kinds <= {"visit"}


def _welcome_only(doc: Document, sent: Span) -> bool:
    """An arrival at the airport with no talks of its own («در فرودگاه … مورد استقبال قرار گرفت», "was received
    at the airport by …")."""
    if not words_re("arrival", doc.lang).search(doc.ltext, sent.start, sent.end):
        return False
    kinds = {t.kind for _, _, ts in trigger_hits(doc.ltext[sent.start:sent.end], doc.lang) for t in ts}
    return kinds <= {"visit", "receive"}


def told_date(doc: Document, sent: Span, status: str, lead: bool = False) -> DateMention | None:
    """The date of the event a sentence tells (``event_date``, with the sentence's paragraph) — but not the
    day an earlier sentence gives a statement's release («بیانیه‌ای که وزارت دفاع روز دوشنبه منتشر کرد. امضای
    توافق پس از دیدار …», "in a statement released on Tuesday. The signing followed talks …")."""
    found = event_date(doc, sent, paragraph_of(doc, sent), status, lead)
    if found is not None and found.data.get("source") == "paragraph" and _dates_a_statement(doc, found):
        return None
    return found


def _dates_a_statement(doc: Document, date: DateMention) -> bool:
    """A word for a statement stands shortly before ``date``, in its sentence."""
    before = doc.ltext[max(0, date.start - 60):date.start]
    found = None
    for found in words_re("statement", doc.lang).finditer(before):
        pass
    return found is not None and not SENTENCE_STOP.search(before, found.end())


def same_time(a: DateMention | None, b: DateMention | None) -> bool:
    """Two dates that could name the same happening (unknown dates always could)."""
    if a is None or b is None or a.value is None or b.value is None:
        return True
    if a.precision == "day" and b.precision == "day":
        return a.value == b.value
    for x, y in ((a, b), (b, a)):
        if x.precision in ("month", "year", "week") and y.precision == "day":
            return x.value <= y.value <= (_as_date(x.data.get("end")) or x.value)
    return True


def _as_date(value) -> date | None:
    """A ``date`` from a date or an ISO string (``DateMention.data["end"]``)."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def long_before(doc: Document, found: DateMention | None) -> bool:
    """True when an event's own date lies well before the article was written."""
    ref = reference_date(doc)
    if found is None or found.value is None or ref is None or ref.value is None:
        return False
    if found.precision == "day":
        return (ref.value - found.value).days > 10
    if found.precision == "month":
        return (ref.value.year, ref.value.month) > (found.value.year, found.value.month)  # "in early October"
    return found.precision == "year" and found.value.year < ref.value.year


def paragraph_of(doc: Document, sent: Span) -> Span | None:
    # Paragraphs are lines in text order: the last one starting at or before the sentence.
    i = bisect_right(doc.paragraphs, sent.start, key=_start) - 1
    return doc.paragraphs[i] if i >= 0 and sent.start < doc.paragraphs[i].end else None


def _start(span: Span) -> int:
    return span.start


def apply_date(doc: Document, ev: Event, found: DateMention, confidence: float | None = None) -> None:
    value, precision = found.value, found.precision or "day"
    if precision not in ("day", "month", "year"):
        return  # "last week": no day a careful reader could name
    end = _as_date(found.data.get("end"))
    if found.end > found.start:
        a, b = doc.to_original(found.start, found.end)
        ev.date_evidence = Evidence(doc.text[a:b], a, b)
    if precision == "day" and end is not None and end > value:
        # "a visit on 02-03 September", «۱۵ و ۱۶ فروردین»: which of the days is not said; give the range
        ev.date_range = [value.isoformat(), end.isoformat()]
        return
    if precision != "day" and end is not None and end > value:
        # A Solar Hijri or lunar month/year straddles Gregorian ones: name the Gregorian month/year
        # holding its middle, and give the exact bounds.
        value = value + (end - value) / 2
        ev.date_range = [found.value.isoformat(), end.isoformat()]
    ev.date = value.isoformat() if precision == "day" else \
        (value.strftime("%Y-%m") if precision == "month" else str(value.year))
    ev.date_precision = precision
    conf = found.confidence if confidence is None else confidence
    if conf < 1:
        ev.confidence = round(ev.confidence * (0.7 + 0.3 * conf), 3)
