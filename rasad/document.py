"""The document object every pipeline stage reads and extends, and the records rasad emits.

Offsets: ``Mention``, ``DateMention``, sentence and clutter spans are in *normalised* coordinates
(``doc.norm.text``); everything a user sees (``Evidence``, the output record) is in *original*
coordinates, converted once through ``Document.to_original``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from operator import is_
from typing import Any, TypeVar

T = TypeVar("T")

from .normalise import Normalised, normalise

__all__ = ["Document", "Mention", "DateMention", "PersonRef", "ATTENDED", "Evidence", "Event", "Span", "Spans",
           "standalone_spans"]


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open span ``[start, end)`` of the normalised text."""

    start: int
    end: int

    def __contains__(self, pos: int) -> bool:
        return self.start <= pos < self.end


@dataclass(slots=True)
class Mention:
    """A knowledge-base entity (or an unknown person) found in the normalised text.

    ``kind`` is one of: country, demonym, place, org, outlet, person, role, title, self (a word for
    the outlet's own country, «کشورمان»), anaphor («این کشور», "the country").
    """

    start: int
    end: int
    text: str
    kind: str
    entity_id: str | None = None
    country: str | None = None
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class DateMention:
    """A date expression in the normalised text and, once resolved, the day (or month/year) it names."""

    start: int
    end: int
    text: str
    value: date | None = None
    precision: str | None = None      # "day" | "month" | "year"
    kind: str = "absolute"            # "absolute" | "relative" | "weekday" | "year"
    calendar: str | None = None       # "gregorian" | "jalali" | "hijri"
    confidence: float = 1.0
    data: dict[str, Any] = field(default_factory=dict)


# The flag of a person who attended an event («بحضور X», "accompanied by X") without being its principal.
ATTENDED = "attended"


@dataclass(slots=True)
class PersonRef:
    """A person taking part in an event."""

    name: str                          # canonical English name, or the name as written when unknown
    country: str | None = None         # ISO 3166-1 alpha-3
    role: str | None = None            # short English role, e.g. "defense minister"
    mentions: list[str] = field(default_factory=list)  # spellings found in the text (as read)
    id: str | None = None              # knowledge-base id when known
    flags: list[str] = field(default_factory=list)     # e.g. "role-date-mismatch", ATTENDED

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"name": self.name, "country": self.country, "role": self.role,
                             "mentions": self.mentions}
        if self.id:
            d["id"] = self.id
        if self.flags:
            d["flags"] = self.flags
        return d


@dataclass(slots=True)
class Evidence:
    """The sentence that states an event, with offsets into the text as read."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Event:
    """One MEET or SIGN event reported by a document."""

    type: str                                  # "MEET" | "SIGN"
    countries: list[str]                       # sorted ISO3 codes of the sides
    evidence: Evidence
    status: str = "occurred"                   # "occurred" | "planned"
    mode: str | None = None                    # "visit" | "third-country" | "phone" | None
    source: str | None = None                  # visitor (or caller) ISO3
    target: str | None = None                  # host ISO3
    date: str | None = None                    # YYYY-MM-DD (or YYYY-MM / YYYY with date_precision)
    date_precision: str | None = None
    date_range: list[str] | None = None        # exact first and last day when precision is month/year;
                                               # for an undated event, the days its people's offices bound
                                               # it to (last None: still open)
    date_evidence: Evidence | None = None
    location: str | None = None                # English city name
    location_country: str | None = None
    persons: list[PersonRef] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    background: bool = False                   # a passing reference, not the article's news
    confidence: float = 0.5
    cameo: str | None = None
    plover: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "type": self.type, "cameo": self.cameo, "plover": self.plover,
            "countries": self.countries, "source": self.source, "target": self.target,
            "status": self.status, "mode": self.mode,
            "date": self.date, "date_precision": self.date_precision,
            "location": self.location, "location_country": self.location_country,
            "persons": [p.to_dict() for p in self.persons],
            "topics": self.topics, "background": self.background,
            "evidence": self.evidence.to_dict(),
            "confidence": round(self.confidence, 3),
        }
        if self.date_range is not None:
            d["date_range"] = self.date_range
        if self.date_evidence is not None:
            d["date_evidence"] = self.date_evidence.to_dict()
        return d


@dataclass(slots=True)
class Document:
    """A document as read, and everything the pipeline stages add to it."""

    id: str
    text: str
    published: str | None = None               # YYYY-MM-DD
    url: str | None = None
    title: str | None = None
    site: str | None = None                    # outlet name or host, when known
    lang: str | None = None                    # "fa" | "ar" | "en" (given or detected)
    source: str | None = None                  # where it was read: path, path:line, WARC record
    meta: dict[str, Any] = field(default_factory=dict)
    # Added by the stages:
    norm: Normalised | None = None
    clutter: list[Span] = field(default_factory=list)      # page-furniture lines
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _lower: str | None = field(default=None, repr=False)
    _memo: dict[Any, tuple[tuple, Any]] = field(default_factory=dict, repr=False, compare=False)

    @property
    def ntext(self) -> str:
        """The normalised text (normalising on first use)."""
        if self.norm is None:
            self.norm = normalise(self.text)
        return self.norm.text

    @property
    def ltext(self) -> str:
        """The normalised text lower-cased: same length and offsets as ``ntext``, for matching."""
        if self._lower is None:
            self._lower = self.ntext.lower()
        return self._lower

    @property
    def published_date(self) -> date | None:
        return date.fromisoformat(self.published) if self.published else None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span to original offsets."""
        if self.norm is None:
            self.norm = normalise(self.text)
        return self.norm.to_original(start, end)

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for the normalised span ``[start, end)``: the original text and offsets."""
        a, b = self.to_original(start, end)
        return Evidence(self.text[a:b], a, b)

    def is_clutter(self, pos: int) -> bool:
        # Clutter lines are in text order and do not overlap: the last one starting at or before pos.
        i = bisect_right(self.clutter, pos, key=_start) - 1
        return i >= 0 and pos < self.clutter[i].end

    def word_spans(self, word: str) -> list[tuple[int, int]]:
        """Spans where the lower-cased ``word`` stands alone in ``ltext`` (no word character on either
        side, as ``(?<!\\w)word(?!\\w)`` would find them), in text order."""
        return standalone_spans(self.ltext, word, _is_word_char)

    def cached(self, key: Any, deps: tuple, compute: Callable[[], T]) -> T:
        """``compute()`` once per document while the objects in ``deps`` stay the same (by identity):
        per-document state a stage needs again and again (the reference day, the resolved dates)."""
        hit = self._memo.get(key)
        if hit is not None and len(hit[0]) == len(deps) and all(map(is_, hit[0], deps)):
            return hit[1]
        value = compute()
        self._memo[key] = (deps, value)
        return value

    def to_record(self) -> dict[str, Any]:
        """The output record of ``rasad extract`` (one JSON object per document)."""
        return {"id": self.id, "lang": self.lang, "title": self.title, "published": self.published,
                "url": self.url, "site": self.site, "events": [e.to_dict() for e in self.events]}


def standalone_spans(text: str, word: str, inner: Callable[[str], bool]) -> list[tuple[int, int]]:
    """Non-overlapping spans of ``word`` in ``text`` with no ``inner`` character just before or after
    it, left to right (what a regex with look-arounds finds, by ``str.find``)."""
    out: list[tuple[int, int]] = []
    if not word:
        return out
    n, i = len(text), text.find(word)
    while i >= 0:
        j = i + len(word)
        if (i == 0 or not inner(text[i - 1])) and (j == n or not inner(text[j])):
            out.append((i, j))
            i = text.find(word, j)
        else:
            i = text.find(word, i + 1)
    return out


def _is_word_char(c: str) -> bool:
    return c.isalnum() or c == "_"  # what the regex \w matches


def _start(span: Span) -> int:
    return span.start


class Spans:
    """A set of spans that answers "which of them overlap ``[a, b)``?" in log time plus the answer:
    spans are kept in start order, and only those starting within the longest span's length before
    ``a`` can reach it (mentions are short, so that window holds a few)."""

    def __init__(self, spans=()):
        self._spans = sorted(spans)
        self._starts = [a for a, _ in self._spans]
        self._longest = max((b - a for a, b in self._spans), default=0)

    def overlapping(self, a: int, b: int) -> Iterator[tuple[int, int]]:
        """The spans that overlap ``[a, b)``, in start order."""
        lo, hi = bisect_left(self._starts, a - self._longest), bisect_left(self._starts, b)
        return (span for span in self._spans[lo:hi] if span[1] > a)

    def overlaps(self, a: int, b: int) -> bool:
        return next(self.overlapping(a, b), None) is not None

    def add(self, a: int, b: int) -> None:
        i = bisect_right(self._spans, (a, b))
        self._spans.insert(i, (a, b))
        self._starts.insert(i, a)
        self._longest = max(self._longest, b - a)

    def __iter__(self) -> Iterator[tuple[int, int]]:
        return iter(self._spans)

    def __bool__(self) -> bool:
        return bool(self._spans)
