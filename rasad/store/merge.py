"""Merging: the reports of one happening, from any number of documents and languages, become one event.

Reports share a *merge key* when they have the same type and the same set of countries. Within a key,
``cluster`` groups them deterministically — the result depends only on the set of reports, never on
the order they arrived in:

1. Reports dated to the day are grouped by day; inside a day, a report joins the first group (in a
   canonical order) it does not conflict with, else starts its own.
2. Every other report (no date, or only a month or year) joins the nearest day group whose day lies
   within ``WINDOW_DAYS`` of its publication date and agrees with its month/year, when it conflicts
   with none of its members; failing that, an undated group whose first publication date is within
   ``WINDOW_DAYS`` of its own; failing that, it starts an undated group.

Two reports *conflict* (and never merge) when they name different places, one is a phone call and
the other is not, or they name, for the same country, people of whom none is the same person
(compared by knowledge-base id, else by name in the same script). Two reports of one document are
judged by the same rules: a headline and a lead sentence stating the same meeting become one event.

``merged_event`` then takes the best-known value of each field, and ``event_id`` derives a stable id
from the merged content, not from arrival order. ``merge_reports`` does all three for the reports of
one key: it is the one merge, used by the SQLite store (``rebuild``) and by the merge at scale
(``rasad.scale``), so both give the same events with the same ids.

Every merge link joins two reports whose times (``time_of``) are at most ``WINDOW_DAYS`` apart, so the
reports of a key fall into independent *segments* separated by wider gaps (``segments``): clustering
each segment alone gives what clustering the whole key gives, ids included (an id's base holds its day
or first publication date, so two groups that could share one always sit in the same segment).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from ..document import ATTENDED
from ..normalise import fold as _fold_uncached

__all__ = ["Report", "cluster", "merged_event", "event_ids", "merge_key", "merge_reports", "merged",
           "segments", "time_of", "WINDOW_DAYS"]

WINDOW_DAYS = 3

fold = lru_cache(maxsize=65536)(_fold_uncached)  # names and places repeat across reports


@dataclass(slots=True)
class Report:
    """One stored event report, with what merging needs from its document."""

    id: int
    doc_id: str
    seq: int
    type: str
    countries: list[str]
    published: str | None = None
    date: str | None = None
    date_precision: str | None = None
    status: str | None = None
    mode: str | None = None
    source: str | None = None
    target: str | None = None
    location: str | None = None
    location_country: str | None = None
    persons: list[dict[str, Any]] = field(default_factory=list)
    topics: list[str] = field(default_factory=list)
    background: bool = False
    confidence: float | None = None
    cameo: str | None = None
    plover: dict[str, Any] | None = None
    lang: str | None = None
    outlet: str | None = None
    url: str | None = None
    ingested_at: str | None = None
    event_id: str | None = None          # the stored event it is part of (when read from the store)

    @property
    def day(self) -> str | None:
        """The event's day when the report dates it to the day."""
        return event_day(self.date, self.date_precision)

    @property
    def prefix(self) -> str | None:
        """The known part of the date: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` as its precision says."""
        if not self.date:
            return None
        return {"month": self.date[:7], "year": self.date[:4]}.get(self.date_precision or "", self.date)

    @property
    def t(self) -> str | None:
        """Where the report sits in time for merging (``time_of``)."""
        return time_of(self.date, self.date_precision, self.published)

    @property
    def order(self) -> tuple:
        """The canonical order: by publication date, then document id, then position."""
        return (self.published or "9999", self.doc_id, self.seq)


def merge_key(type: str, countries: Iterable[str]) -> str:
    return f"{type}|{','.join(sorted(countries))}"


def event_day(value: str | None, precision: str | None) -> str | None:
    """``value`` when it is a valid day and its precision is the day (or not given)."""
    if precision in (None, "day") and _as_date(value) is not None:
        return value
    return None


def time_of(date_: str | None, precision: str | None, published: str | None) -> str | None:
    """Where a report sits in time for merging: its event day, else its publication day.

    Every merge link joins two reports whose times are at most ``WINDOW_DAYS`` apart, so the reports
    of a key fall into independent segments separated by wider gaps (see ``rebuild``)."""
    return event_day(date_, precision) or (published if _as_date(published) else None)


def merge_reports(key: str, reports: Iterable[Report]) -> list[tuple[str, dict[str, Any], list[Report]]]:
    """The merged events of ``reports`` (all of one merge key, whole segments): one
    ``(event id, merged event, member reports)`` per happening."""
    return merged(key, cluster(reports))


def merged(key: str, groups: list[_Group]) -> list[tuple[str, dict[str, Any], list[Report]]]:
    """``merge_reports`` for groups already made by ``cluster``: ``groups`` must hold every group that
    shares a day (or an undated group's first publication day) with any of them, as ids count those."""
    return list(zip(event_ids(key, groups), map(merged_event, groups), (g.members for g in groups), strict=True))


def segments(times: Iterable[str]) -> list[tuple[str, str]]:
    """The closed ranges ``(first, last)`` of ``times`` (ISO days) split wherever two neighbours are
    more than ``WINDOW_DAYS`` apart: no merge link crosses from one range to another."""
    out: list[tuple[str, str]] = []
    for t in sorted(set(times)):
        if out and (_as_date(t) - _as_date(out[-1][1])).days <= WINDOW_DAYS:
            out[-1] = (out[-1][0], t)
        else:
            out.append((t, t))
    return out


# -- clustering ----------------------------------------------------------------------------------

@dataclass(slots=True)
class _Group:
    members: list[Report]
    day: str | None
    links: list[dict[str, Any]]
    # the distinct conflict signatures of the members: a report conflicts with the group when it
    # conflicts with one of them (large groups repeat a few signatures many times)
    signatures: dict[tuple, None] = field(default_factory=dict)

    def add(self, r: Report, link: dict[str, Any]) -> None:
        self.members.append(r)
        self.links.append(link)
        self.signatures[signature(r)] = None

    def conflicts(self, r: Report) -> bool:
        sig = signature(r)
        return any(_conflict(sig, s) for s in self.signatures)


def _group(r: Report, day: str | None, link: dict[str, Any]) -> _Group:
    g = _Group([], day, [])
    g.add(r, link)
    return g


def cluster(reports: Iterable[Report], pins: Mapping[int, int] | None = None) -> list[_Group]:
    """Group the reports of one merge key into happenings (see the module docstring).

    ``pins`` (for the store's local re-merge, ``rebuild``) maps the id of a report without a day to
    the id of a report whose group it joins as it did before (its own id: it starts a group)."""
    ordered = sorted(reports, key=lambda r: r.order)
    by_day: dict[str, list[_Group]] = {}
    home: dict[int, _Group] = {}
    for r in (r for r in ordered if r.day):
        groups = by_day.setdefault(r.day, [])
        for g in groups:
            if not g.conflicts(r):
                g.add(r, _link(r, "same-day", f"dated {r.day}"))
                break
        else:
            g = _group(r, r.day, _link(r, "first", f"dated {r.day}"))
            groups.append(g)
        home[r.id] = g
    undated: list[_Group] = []
    for r in (r for r in ordered if not r.day):
        pin = pins.get(r.id) if pins else None
        if pin is not None:
            g = _join(r, home[pin]) if pin in home and pin != r.id else None
        else:
            g = _join_day_group(r, by_day) or _join_undated(r, undated)
        if g is None:
            g = _group(r, None, _link(r, "first", _undated_detail(r)))
            undated.append(g)
        home[r.id] = g
    day_groups = [g for day in sorted(by_day) for g in by_day[day]]
    return day_groups + undated


def _join(r: Report, g: _Group) -> _Group:
    """Add ``r`` (without a day) to ``g`` with the reason it belongs there."""
    if g.day:
        gap = abs((_as_date(r.published) - _as_date(g.day)).days)
        g.add(r, _link(r, "publication-window", f"{_what(r)}, published {r.published}, {gap} day(s) from {g.day}"))
    else:
        first = g.members[0]
        gap = abs((_as_date(r.published) - _as_date(first.published)).days)
        g.add(r, _link(r, "publication-window", f"{_undated_detail(r)}, {gap} day(s) from {first.published}"))
    return g


def _join_day_group(r: Report, by_day: dict[str, list[_Group]]) -> _Group | None:
    pub = _as_date(r.published)
    if pub is None:
        return None
    best: tuple[int, str, int] | None = None
    chosen: _Group | None = None
    for offset in range(-WINDOW_DAYS, WINDOW_DAYS + 1):
        day = (pub + timedelta(days=offset)).isoformat()
        if day not in by_day or (r.prefix and not day.startswith(r.prefix)):
            continue
        for i, g in enumerate(by_day[day]):
            rank = (abs(offset), day, i)
            if (best is None or rank < best) and not g.conflicts(r):
                best, chosen = rank, g
    return _join(r, chosen) if chosen is not None else None


def _join_undated(r: Report, groups: list[_Group]) -> _Group | None:
    """Join the earliest undated group whose first report was published within the window."""
    pub = _as_date(r.published)
    if pub is None:
        return None
    near: list[_Group] = []
    for g in reversed(groups):  # groups start in publication order: look back only as far as the window
        start = _as_date(g.members[0].published)
        if start is None:
            continue
        if abs((pub - start).days) > WINDOW_DAYS:
            break
        near.append(g)
    for g in reversed(near):
        first = g.members[0]
        if not _prefixes_agree(r.prefix, first.prefix) or g.conflicts(r):
            continue
        return _join(r, g)
    return None


def _link(r: Report, rule: str, detail: str) -> dict[str, Any]:
    return {"doc_id": r.doc_id, "report": r.seq, "rule": rule, "detail": detail}


def _what(r: Report) -> str:
    return f"dated only {r.prefix}" if r.prefix else "undated"


def _undated_detail(r: Report) -> str:
    return f"{_what(r)}, published {r.published}" if r.published else f"{_what(r)}, no publication date"


def _prefixes_agree(a: str | None, b: str | None) -> bool:
    return not a or not b or a.startswith(b) or b.startswith(a)


@lru_cache(maxsize=65536)
def _as_date(s: str | None) -> date | None:
    try:
        return date.fromisoformat(s) if s and len(s) == 10 else None
    except ValueError:
        return None


# -- conflicts -----------------------------------------------------------------------------------

def conflict(a: Report, b: Report) -> bool:
    """True when ``a`` and ``b`` cannot be reports of the same happening."""
    return _conflict(signature(a), signature(b))


def signature(r: Report) -> tuple:
    """All that ``conflict`` looks at in a report: place, country of the place, mode, and each person's
    country, id and name (its principals: who only attended does not tell two meetings apart). Reports
    with one signature conflict with the same reports."""
    return (fold(r.location) if r.location else None, r.location_country, r.mode,
            tuple((p.get("country"), p.get("id"), p["name"]) for p in r.persons
                  if ATTENDED not in (p.get("flags") or ())))


@lru_cache(maxsize=65536)
def _conflict(a: tuple, b: tuple) -> bool:
    if a[0] and b[0] and a[0] != b[0]:
        return True
    if a[1] and b[1] and a[1] != b[1]:
        return True
    if a[2] and b[2] and a[2] != b[2] and "phone" in (a[2], b[2]):
        return True
    return _persons_conflict(a[3], b[3])


def _persons_conflict(pa: tuple, pb: tuple) -> bool:
    """``pa``, ``pb``: (country, id, name) of each person of two reports."""
    for country in {p[0] for p in pa} & {p[0] for p in pb} - {None}:
        xs = [p for p in pa if p[0] == country]
        ys = [p for p in pb if p[0] == country]
        comparable = [(x, y) for x in xs for y in ys if _comparable_names(x[1], x[2], y[1], y[2])]
        if comparable and not any(_same_person(x[1], x[2], y[1], y[2]) for x, y in comparable):
            return True
    return False


def _comparable(x: dict, y: dict) -> bool:
    return _comparable_names(x.get("id"), x["name"], y.get("id"), y["name"])


def _comparable_names(xid: str | None, xname: str, yid: str | None, yname: str) -> bool:
    return bool(xid and yid) or _script(xname) == _script(yname)


def same_person(x: dict, y: dict) -> bool:
    """Same knowledge-base id, or (without both ids) names that match: equal, or one's words within the other's."""
    return _same_person(x.get("id"), x["name"], y.get("id"), y["name"])


def _same_person(xid: str | None, xname: str, yid: str | None, yname: str) -> bool:
    if xid and yid:
        return xid == yid
    a, b = _words(xname), _words(yname)
    return bool(a and b) and (a <= b or b <= a)


_WORD_RE = re.compile(r"\w{2,}")


@lru_cache(maxsize=65536)
def _words(name: str) -> frozenset[str]:
    return frozenset(_WORD_RE.findall(fold(name)))


def _script(name: str) -> str:
    return "latin" if re.search("[A-Za-z]", name) else "other"


# -- the merged event ----------------------------------------------------------------------------

def merged_event(g: _Group) -> dict[str, Any]:
    """The best-known value of each field over a group's reports (without its id)."""
    rs = g.members
    first = rs[0]
    status = "occurred" if any(r.status == "occurred" for r in rs) else _most_common(r.status for r in rs)
    coded = [r for r in rs if r.status == status] or rs
    date_, precision = _best_date(g)
    place = _place(rs)
    pair = _most_common((r.source, r.target) for r in rs if r.source or r.target)
    published = sorted(r.published for r in rs if r.published)
    earliest = min(rs, key=lambda r: r.order)
    return {
        "type": first.type, "countries": sorted(first.countries),
        "status": status, "mode": _most_common(r.mode for r in rs),
        "source": pair[0] if pair else None, "target": pair[1] if pair else None,
        "date": date_, "date_precision": precision,
        "location": place[0] if place else None, "location_country": place[1] if place else None,
        "persons": merge_persons(rs),
        "topics": sorted({t for r in rs for t in r.topics}),
        "cameo": _most_common(r.cameo for r in coded),
        "plover": _most_common_dict(r.plover for r in coded),
        "confidence": _combined_confidence(r.confidence for r in rs),
        "background": all(r.background for r in rs),
        "n_sources": len({r.doc_id for r in rs}),
        "first_seen": published[0] if published else None,  # a publication day; never the day of ingest
        "first_url": earliest.url,
        "langs": sorted({r.lang for r in rs if r.lang}),
        "outlets": sorted({r.outlet for r in rs if r.outlet}),
        "reasons": g.links,
    }


def _place(rs: list[Report]) -> tuple[str | None, str | None] | None:
    return _most_common((r.location, r.location_country) for r in rs if r.location or r.location_country)


def _best_date(g: _Group) -> tuple[str | None, str | None]:
    if g.day:
        return g.day, "day"
    dated = [r.prefix for r in g.members if r.prefix]
    if not dated:
        return None, None
    best = max(dated, key=lambda d: (len(d), d))
    return best, "month" if len(best) == 7 else "year" if len(best) == 4 else "day"


def merge_persons(rs: list[Report]) -> list[dict[str, Any]]:
    """The union of the reports' persons, one entry per person (the best-known fields of each)."""
    out: list[dict[str, Any]] = []
    for p in (p for r in rs for p in r.persons):
        for q in out:
            countries_agree = None in (p.get("country"), q.get("country")) or p["country"] == q["country"]
            if countries_agree and _comparable(p, q) and same_person(p, q):
                _absorb(q, p)
                break
        else:
            out.append({"name": p["name"], "country": p.get("country"), "role": p.get("role"),
                        "mentions": list(p.get("mentions") or []), **({"id": p["id"]} if p.get("id") else {}),
                        **({"flags": [ATTENDED]} if ATTENDED in (p.get("flags") or ()) else {})})
    return out


def _absorb(q: dict[str, Any], p: dict[str, Any]) -> None:
    if p.get("id") and not q.get("id"):
        q["id"], q["name"] = p["id"], p["name"]
    for k in ("country", "role"):
        if not q.get(k) and p.get(k):
            q[k] = p[k]
    q["mentions"] += [m for m in p.get("mentions") or [] if m not in q["mentions"]]
    if ATTENDED not in (p.get("flags") or ()):
        q.pop("flags", None)  # a principal in one report is a principal of the event


def _most_common(values: Iterable[Any]) -> Any:
    """The most frequent non-null value; ties go to the one seen first (canonical order)."""
    counts = Counter(v for v in values if v is not None)
    if not counts:
        return None
    top = max(counts.values())
    return next(v for v in counts if counts[v] == top)


def _most_common_dict(values: Iterable[dict | None]) -> dict | None:
    keyed = [json.dumps(v, sort_keys=True) for v in values if v]
    best = _most_common(keyed)
    return json.loads(best) if best else None


def _combined_confidence(values: Iterable[float | None]) -> float | None:
    """Independent reports reinforce each other: 1 - Π(1 - cᵢ)."""
    vs = [v for v in values if v is not None]
    if not vs:
        return None
    doubt = 1.0
    for v in vs:
        doubt *= 1.0 - min(max(v, 0.0), 1.0)
    return round(1.0 - doubt, 3)


# -- ids -----------------------------------------------------------------------------------------

def event_ids(key: str, groups: list[_Group]) -> list[str]:
    """Stable ids: a hash of the merge key, the event's day (or its month and first publication date)
    and its place; groups that would share one are told apart by the order of their first reports.
    (Only the date and place of each group's merged event count, so no whole event is made here.)"""
    bases = [f"{key}|{_anchor(g)}|{fold((_place(g.members) or ('',))[0] or '')}" for g in groups]
    seen: Counter = Counter()
    ids: dict[int, str] = {}
    for i in sorted(range(len(groups)), key=lambda i: (bases[i], groups[i].members[0].order)):
        seen[bases[i]] += 1
        text = bases[i] if seen[bases[i]] == 1 else f"{bases[i]}|{seen[bases[i]]}"
        ids[i] = "ev" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    return [ids[i] for i in range(len(groups))]


def _anchor(g: _Group) -> str:
    if g.day:
        return g.day
    first = g.members[0]
    pub = first.published or f"doc:{first.doc_id}#{first.seq}"
    return f"{_best_date(g)[0] or ''}~{pub}"
