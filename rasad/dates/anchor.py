"""The days a document is anchored on: when it was published, and when it was written.

- ``publication_date``: the reader's metadata (``doc.published``), else a dateline near the top of the
  page («15 فروردين 1397 - 11:22», «نشر في 12 نوفمبر 2024», "Published: October 23, 2025") or a
  labelled one anywhere; a weekday printed beside the date is cross-checked.
- ``reference_date``: "today" of the text. Usually the publication day, but «فردا (چهارشنبه)» in an
  article published on a Wednesday shows it was written on the Tuesday before (agencies publish
  late, outlets copy agency copy a day later), and «امروز ۱۵ فروردین» states the day outright.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from ..document import DateMention, Document
from .find import find_dates, story_dateline
from .lexicon import lexicon
from .resolve import resolve

__all__ = ["publication_date", "reference_date", "mentions_of", "is_dateline"]

_HEAD_LINES = 15          # an unlabelled dateline must be among the first non-empty lines
_MAX_DATELINE_WORDS = 14  # a dateline is a short line
_MAX_DATELINE_CHARS = 200
_MAX_WRITE_LAG = 3        # days a text may be written before it is published
_LABEL_TRIM = " :：-–|/،,.()[]«»\"'"
_DATE_FREE = re.compile(r"[^\W\d_]+|\d+")
_SEPARATORS = "|·•"
# "WASHINGTON (UrduPoint News / Sputnik - 04th February, 2022) ...": a city in capitals and an agency
# credit whose bracket holds the date, at the start of a paragraph.
_AGENCY_DATELINE = re.compile(r"\s*[A-Z][A-Z .'-]{2,30}\s*\([^()\n]{0,60}[-–,]\s*$")


def mentions_of(doc: Document) -> list[DateMention]:
    """The document's date mentions: ``doc.dates`` once the stage ran, else found now."""
    return doc.dates if doc.dates else find_dates(doc.ntext, doc.lang)


def publication_date(doc: Document) -> DateMention | None:
    """The publication day, from ``doc.published`` or else a dateline in the page text."""
    meta = _from_metadata(doc.published)
    if meta is not None:
        return meta
    return _dateline(doc, mentions_of(doc))


def _from_metadata(published: str | None) -> DateMention | None:
    if not published:
        return None
    try:
        value = date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None
    return DateMention(0, 0, published, value, "day", "absolute", "gregorian", 1.0, {"source": "metadata"})


def _dateline(doc: Document, mentions: list[DateMention]) -> DateMention | None:
    text = doc.ntext
    lx = lexicon(doc.lang if doc.lang in ("fa", "ar", "en") else None)
    best: tuple[int, int, DateMention] | None = None
    for m in mentions:
        if m.kind != "absolute" or m.value is None or m.precision != "day":
            continue
        line_start = text.rfind("\n", 0, m.start) + 1
        line_end = text.find("\n", m.end)
        line_end = len(text) if line_end < 0 else line_end
        score = _dateline_score(text, line_start, line_end, m, lx)
        if score and (best is None or score > best[0]):
            best = (score, m.start, m)
    if best is None:
        return None
    m = best[2]
    data = dict(m.data, source="dateline", updated=best[0] == 1)
    confidence = m.confidence * (0.9 if best[0] == 1 else 1.0)
    return replace(m, data=data, confidence=confidence)


def is_dateline(doc: Document, m: DateMention) -> bool:
    """Whether ``m`` stands in a dateline (a labelled or date-only line near the top), not in the story."""
    if m.data.get("dateline"):
        return True
    if m.kind != "absolute" or m.precision != "day":
        return False
    text = doc.ntext
    a = text.rfind("\n", 0, m.start) + 1
    if _AGENCY_DATELINE.match(text[a:m.start]):
        return True
    b = text.find("\n", m.end)
    b = len(text) if b < 0 else b
    lx = lexicon(doc.lang if doc.lang in ("fa", "ar", "en") else None)
    # «الأربعاء - 22 رمضان 1447 هـ - 11 مارس 2026 م»: the other dates of the line are no words of it
    others: list[tuple[int, int]] = []
    if b - a <= _MAX_DATELINE_CHARS:
        spans = doc.cached("date_spans", (doc.dates,), lambda: sorted((d.start, d.end) for d in doc.dates))
        i = bisect_left(spans, (a, -1))
        while i < len(spans) and spans[i][0] < b:
            if spans[i][1] <= b and spans[i][0] != m.start:
                others.append(spans[i])
            i += 1
    return _dateline_score(text, a, b, m, lx, others) > 0


def _dateline_score(text: str, a: int, b: int, m: DateMention, lx, others: list[tuple[int, int]] = ()) -> int:
    """3: labelled as published; 2: a line that is only a date, near the top, or a story's dateline;
    1: labelled as updated, or a site's «امروز: ...» / "Today: ..." bar (the day the page was read).
    ``others``: spans of the line's other dates, read as blanks."""
    line = text[a:b]
    for s, e in others:
        line = line[:s - a] + " " * (e - s) + line[e - a:]
    before = line[:m.start - a].lower().rstrip(_LABEL_TRIM)
    if "offset_days" not in m.data and before.strip(_LABEL_TRIM) in lx.published_labels:
        return 3  # " date 2024-05-14 The minister ...": a labelled date opening the line, whatever follows
    if "offset_days" not in m.data and story_dateline(text, m.start, m.end):
        return 2  # «تشينغداو 26 يونيو 2025 - التقى ...»: the day the story was filed, whatever follows
    if len(_DATE_FREE.findall(line)) > _MAX_DATELINE_WORDS:
        return 0
    if "offset_days" in m.data:
        return 1
    if _ends_with_label(before, lx.published_labels):
        return 3
    if _ends_with_label(before, lx.updated_labels):
        return 1
    seg_a = max(a, *(text.rfind(c, a, m.start) + 1 for c in _SEPARATORS))
    seg_b = min([b] + [i for c in _SEPARATORS if (i := text.find(c, m.end, b)) >= 0])
    rest = (line[seg_a - a:m.start - a] + " " + line[m.end - a:seg_b - a]).lower()
    words = [w for w in _DATE_FREE.findall(rest) if not w.isdigit() and w not in lx.time_words]
    if len(words) <= 2 and _line_index(text, a) < _HEAD_LINES:
        return 2
    return 0


def _ends_with_label(before: str, labels: list[str]) -> bool:
    """Whether ``before`` ends with one of ``labels`` as whole words ("update" is not "date")."""
    for w in labels:
        if before.endswith(w):
            k = len(before) - len(w)
            if k == 0 or not before[k - 1].isalnum():
                return True
    return False


def _line_index(text: str, pos: int) -> int:
    """How many non-empty lines come before ``pos`` (counted up to ``_HEAD_LINES``, all a caller compares)."""
    count = start = 0
    while count < _HEAD_LINES:
        end = text.find("\n", start, pos)
        if end < 0:
            return count + (1 if text[start:pos].strip() else 0)
        count += 1 if text[start:end].strip() else 0
        start = end + 1
    return count


def reference_date(doc: Document) -> DateMention | None:
    """The day the text was written: the publication day, corrected by what the text says of today."""
    return doc.cached(("reference_date", doc.published, doc.lang, len(doc.dates)), (doc.dates, doc.clutter),
                      lambda: _reference_date(doc))


def _reference_date(doc: Document) -> DateMention | None:
    pub = publication_date(doc)
    mentions = mentions_of(doc)
    stated = [m for m in mentions if m.kind == "absolute" and "offset_days" in m.data and "day" in m.data
              and not doc.is_clutter(m.start)]
    if pub is not None:  # «امروز ۱۵ فروردین»: a year-less day is placed near the publication day
        stated = resolve(stated, pub.value)
    stated = [m for m in stated if m.value is not None]
    if pub is None:
        if not stated:
            return None
        m = stated[0]
        today = m.value - timedelta(days=m.data["offset_days"])
        return _ref(today, m.confidence * 0.9, {"source": "text", "stated_by": m.text})
    published = pub.value
    for m in stated:  # «امروز ۱۵ فروردین»: the day is written out
        today = m.value - timedelta(days=m.data["offset_days"])
        if -1 <= (published - today).days <= _MAX_WRITE_LAG:
            return _ref(today, 0.95, {"source": "text", "stated_by": m.text, "published": published.isoformat()})
    votes = Counter((m.data["weekday"] - m.data["offset_days"]) % 7 for m in mentions
                    if m.kind == "relative" and "weekday" in m.data and "offset_days" in m.data
                    and not doc.is_clutter(m.start))
    weekday = votes.most_common(1)[0][0] if votes else None   # "today"'s weekday by «أمس الاثنين» and the like
    # «أبوظبي في 14 يناير / وام / ... اليوم» on a page of the 15th: the story was filed on the 14th —
    # unless «أمس الاثنين» in it shows "today" to be another weekday than the dateline's
    filed = [m for m in mentions if m.data.get("dateline") and "day" in m.data and not doc.is_clutter(m.start)]
    for m in resolve(filed[:1], published):
        if m.value is not None and 0 < (published - m.value).days <= _MAX_WRITE_LAG \
                and weekday in (None, m.value.weekday()):
            return _ref(m.value, 0.95, {"source": "dateline", "stated_by": m.text, "published": published.isoformat()})
    base = {"source": pub.data.get("source", "metadata"), "published": published.isoformat()}
    if weekday is None:
        return _ref(published, pub.confidence, base)
    lag = (published.weekday() - weekday) % 7      # days back from publication to that weekday
    if lag == 0:
        return _ref(published, pub.confidence, base)
    if lag <= _MAX_WRITE_LAG:
        return _ref(published - timedelta(days=lag), pub.confidence * 0.95, dict(base, corrected_by="weekday"))
    if lag == 6:                                    # one day after publication: time zones
        return _ref(published + timedelta(days=1), pub.confidence * 0.8, dict(base, corrected_by="weekday"))
    return _ref(published, pub.confidence * 0.7, dict(base, weekday_conflict=True))


def _ref(value: date, confidence: float, data: dict) -> DateMention:
    return DateMention(0, 0, value.isoformat(), value, "day", "absolute", "gregorian", round(confidence, 3), data)
