"""Reading merged events: filters, listing, one event with its sources, the country graph, time series."""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from ..errors import StoreError
from ..normalise import fold

__all__ = ["EventFilter", "where", "list_events", "count_events", "get_event", "graph", "timeseries",
           "event_dict", "ORDERS"]


@dataclass(frozen=True)
class EventFilter:
    """Which merged events to return; every field left None matches everything.

    ``country`` matches either side; ``dyad`` both (in any direction); ``persons`` exact person terms
    (knowledge-base ids or folded names, as ``rasad.store.filters.make_filter`` resolves what a user
    types); ``person`` a name, spelling or id as a folded substring; ``date_from``/``date_to`` take
    YYYY, YYYY-MM or YYYY-MM-DD and compare with the event's date (its first publication date when
    undated); ``lang`` and ``outlet`` match any source, ``doc_ids`` events with a source among those
    documents. Background events (passing references) are left out unless ``include_background``,
    events an analyst marked wrong unless ``include_wrong``."""

    country: str | None = None
    dyad: tuple[str, str] | None = None
    person: str | None = None
    type: str | None = None
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    lang: str | None = None
    outlet: str | None = None
    include_background: bool = False
    doc_ids: tuple[str, ...] | None = None
    persons: tuple[str, ...] | None = None
    include_wrong: bool = False


ORDERS = {
    "date_desc": "e.sort_date DESC, e.id DESC",
    "date_asc": "e.sort_date ASC, e.id ASC",
    "sources_desc": "e.n_sources DESC, e.sort_date DESC, e.id DESC",
    "first_seen_desc": "e.first_seen DESC, e.id DESC",
}

_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_IN = "e.id IN (SELECT event_id FROM {table} WHERE {cond})"


def where(f: EventFilter) -> tuple[str, list[Any]]:
    """The SQL condition on ``events e`` for ``f``, and its parameters (values are never spliced in)."""
    conds: list[str] = []
    params: list[Any] = []
    if not f.include_background:
        conds.append("e.background = 0")
    if not f.include_wrong:
        conds.append("e.wrong = 0")
    countries = [f.country] if f.country else []
    if f.dyad:
        if len(f.dyad) != 2:
            raise StoreError(f"a dyad is two country codes, got {f.dyad!r}")
        countries += list(f.dyad)
    for c in countries:
        conds.append(_IN.format(table="event_countries", cond="country = ?"))
        params.append(_country(c))
    if f.person:
        term = fold(f.person).strip()
        conds.append(_IN.format(table="event_persons", cond="term = ? OR term LIKE ? ESCAPE '\\'"))
        params += [term, f"%{_like_escape(term)}%"]
    if f.persons:
        conds.append(_IN.format(table="event_persons",
                                cond=f"term IN ({', '.join('?' * len(f.persons))})"))
        params += [t.lower() for t in f.persons]
    if f.type:
        conds.append("e.type = ?")
        params.append(f.type.upper())
    if f.status:
        conds.append("e.status = ?")
        params.append(f.status.lower())
    if f.date_from:
        conds.append("e.sort_date >= ?")
        params.append(_day(f.date_from, "date_from"))
    if f.date_to:
        conds.append("e.sort_date <= ?")
        params.append(_day(f.date_to, "date_to", end=True))
    if f.lang:
        conds.append(_IN.format(table="event_sources", cond="lang = ?"))
        params.append(f.lang.lower())
    if f.outlet:
        conds.append(_IN.format(table="event_sources", cond="outlet = ?"))
        params.append(f.outlet)
    if f.doc_ids is not None:
        ids = list(f.doc_ids)
        conds.append(_IN.format(table="event_reports er JOIN reports r ON r.id = er.report_id "
                                "JOIN documents d ON d.pk = r.doc_pk",
                                cond="d.id IN (SELECT value FROM json_each(?))"))
        params.append(json.dumps(ids, ensure_ascii=False))
    return (" AND ".join(conds) or "1"), params


def _country(code: str) -> str:
    code = code.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise StoreError(f"country must be an ISO 3166-1 alpha-3 code such as IRN, got {code!r}")
    return code


def _day(value: str, name: str, end: bool = False) -> str:
    if not _DATE_RE.match(value):
        raise StoreError(f"{name} must be YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    from .filters import check_day

    check_day(value, name)
    if not end:
        return value
    return value + ("-12-31" if len(value) == 4 else "-31" if len(value) == 7 else "")


def _like_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def list_events(conn: sqlite3.Connection, f: EventFilter, limit: int, offset: int, order: str) -> list[dict]:
    if order not in ORDERS:
        raise StoreError(f"unknown order {order!r}; use one of {', '.join(ORDERS)}")
    cond, params = where(f)
    rows = conn.execute(f"SELECT e.* FROM events e WHERE {cond} ORDER BY {ORDERS[order]} LIMIT ? OFFSET ?",
                        [*params, int(limit), int(offset)])
    return [event_dict(r) for r in rows]


def count_events(conn: sqlite3.Connection, f: EventFilter) -> int:
    cond, params = where(f)
    return conn.execute(f"SELECT count(*) FROM events e WHERE {cond}", params).fetchone()[0]


def event_dict(row: sqlite3.Row, *, reasons: bool = False) -> dict[str, Any]:
    """A merged event as the API returns it: the ``Event.to_dict`` fields plus id and source facts."""
    d: dict[str, Any] = {
        "id": row["id"], "type": row["type"], "cameo": row["cameo"],
        "plover": json.loads(row["plover"]) if row["plover"] else None,
        "countries": row["countries"].split(",") if row["countries"] else [],
        "source": row["source"], "target": row["target"], "status": row["status"], "mode": row["mode"],
        "date": row["date"], "date_precision": row["date_precision"], "location": row["location"],
        "location_country": row["location_country"], "persons": json.loads(row["persons"]),
        "topics": json.loads(row["topics"]), "background": bool(row["background"]),
        "confidence": row["confidence"], "n_sources": row["n_sources"], "first_seen": row["first_seen"],
        "first_url": row["first_url"], "langs": json.loads(row["langs"]), "outlets": json.loads(row["outlets"]),
        "wrong": bool(row["wrong"]), "corrected": json.loads(row["corrected"]) if row["corrected"] else [],
    }
    if reasons:
        d["merge_reasons"] = json.loads(row["reasons"])
    return d


def get_event(conn: sqlite3.Connection, event_id: str) -> dict | None:
    row = conn.execute("SELECT * FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        return None
    d = event_dict(row, reasons=True)
    d["sources"] = [_source(r) for r in conn.execute(
        "SELECT d.id AS doc_id, d.outlet, d.lang, d.url, d.published, d.title, "
        "CASE WHEN d.title IS NULL THEN substr(d.text, 1, 3000) END AS head, r.seq, r.evidence_text, "
        "r.evidence_start, r.evidence_end, r.date AS reported_date, r.status, r.background "
        "FROM event_reports er JOIN reports r ON r.id = er.report_id JOIN documents d ON d.pk = r.doc_pk "
        "WHERE er.event_id = ? ORDER BY d.published IS NULL, d.published, d.id, r.seq", (event_id,))]
    return d


def _source(r: sqlite3.Row) -> dict[str, Any]:
    from .search import display_title

    return {"doc_id": r["doc_id"], "outlet": r["outlet"], "lang": r["lang"], "url": r["url"],
            "published": r["published"], "title": r["title"] or display_title(r["head"]),
            "title_read": r["title"] is not None, "report": r["seq"],
            "reported_date": r["reported_date"], "status": r["status"], "background": bool(r["background"]),
            "evidence": {"text": r["evidence_text"], "start": r["evidence_start"], "end": r["evidence_end"]}}


def resolve_event_id(conn: sqlite3.Connection, prefix: str) -> list[str]:
    """The ids starting with ``prefix`` (at most two: enough to tell unique from ambiguous)."""
    return [r[0] for r in conn.execute("SELECT id FROM events WHERE id >= ? AND id < ? ORDER BY id LIMIT 2",
                                       (prefix, prefix + "\U0010ffff"))]


def graph(conn: sqlite3.Connection, f: EventFilter) -> dict[str, Any]:
    """Countries as nodes (with their number of events), pairs taking part together as weighted edges.

    SQLite counts the events per set of countries and type (read from the covering index
    ``events_facets``); the few hundred sets are then spread over their countries and pairs, so the
    work in Python grows with the number of country sets, not of events."""
    cond, params = where(f)
    per_country: dict[str, int] = {}
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for countries, type_, n in conn.execute(
            f"SELECT e.countries, e.type, count(*) FROM events e WHERE {cond} GROUP BY e.countries, e.type",
            params):
        codes = sorted(set(countries.split(","))) if countries else []
        for i, a in enumerate(codes):
            per_country[a] = per_country.get(a, 0) + n
            for b in codes[i + 1:]:
                edge = edges.setdefault((a, b), {"source": a, "target": b, "weight": 0, "by_type": {}})
                edge["weight"] += n
                edge["by_type"][type_] = edge["by_type"].get(type_, 0) + n
    for edge in edges.values():
        edge["by_type"] = dict(sorted(edge["by_type"].items()))
    nodes = [{"id": c, "events": n} for c, n in sorted(per_country.items(), key=lambda cn: (-cn[1], cn[0]))]
    return {"nodes": nodes, "edges": sorted(edges.values(), key=lambda e: (-e["weight"], e["source"], e["target"]))}


def timeseries(conn: sqlite3.Connection, f: EventFilter) -> list[dict[str, Any]]:
    """Events per month and type, by the event's own date (a month at least): an undated event is left
    out rather than put in the month it was published or, worse, ingested."""
    cond, params = where(f)
    rows = conn.execute(
        f"SELECT substr(e.date, 1, 7) AS month, e.type, count(*) FROM events e "
        f"WHERE {cond} AND length(e.date) >= 7 GROUP BY month, e.type ORDER BY month, e.type", params)
    return [{"month": m, "type": t, "count": n} for m, t, n in rows]


def locations(conn: sqlite3.Connection, f: EventFilter, per_place: int = 5) -> dict[str, Any]:
    """Event places with their number of events and the latest few events at each; the number of
    events without a place.

    Both read the covering index ``events_facets``: one GROUP BY counts the events of each place, then
    the index is walked newest first only until every place has its latest ``per_place`` events."""
    cond, params = where(f)
    places: dict[tuple[str, str | None], dict[str, Any]] = {}
    unplaced = 0
    for name, country, n in conn.execute(
            f"SELECT e.location, e.location_country, count(*) FROM events e WHERE {cond} "
            f"GROUP BY e.location, e.location_country ORDER BY count(*) DESC, e.location, e.location_country",
            params):
        if name is None:
            unplaced += n
        else:
            places[(name, country)] = {"location": name, "location_country": country, "count": n, "events": []}
    missing = {key: min(p["count"], per_place) for key, p in places.items()}
    missing = {key: k for key, k in missing.items() if k > 0}
    if missing:
        rows = conn.execute(
            f"SELECT e.id, e.date, e.type, e.countries, e.location, e.location_country FROM events e "
            f"WHERE {cond} AND e.location IS NOT NULL ORDER BY e.sort_date DESC, e.id DESC", params)
        for row in rows:
            key = (row["location"], row["location_country"])
            if key not in missing:
                continue
            places[key]["events"].append(
                {"id": row["id"], "date": row["date"], "type": row["type"],
                 "countries": row["countries"].split(",") if row["countries"] else []})
            missing[key] -= 1
            if not missing[key]:
                del missing[key]
                if not missing:
                    break
        rows.close()
    return {"places": list(places.values()), "unplaced": unplaced}


def monthly(conn: sqlite3.Connection, f: EventFilter) -> list[dict[str, Any]]:
    """Events per month, type and status (dated events only: an undated one is never put in a month)."""
    cond, params = where(f)
    rows = conn.execute(
        f"SELECT substr(e.date, 1, 7) AS month, e.type, e.status, count(*) FROM events e "
        f"WHERE {cond} AND length(e.date) >= 7 GROUP BY month, e.type, e.status ORDER BY month", params)
    return [{"month": m, "type": t, "status": s, "count": n} for m, t, s, n in rows]


def people(conn: sqlite3.Connection, f: EventFilter, limit: int = 50) -> list[dict[str, Any]]:
    """The persons taking part in the filtered events, most frequent first."""
    cond, params = where(f)
    rows = conn.execute(
        f"SELECT json_extract(p.value, '$.name') AS name, json_extract(p.value, '$.id') AS pid, "
        f"json_extract(p.value, '$.country') AS country, count(*) AS n, max(e.date) AS last "
        f"FROM events e, json_each(e.persons) p WHERE {cond} GROUP BY name, pid, country "
        f"ORDER BY n DESC, name LIMIT ?", [*params, int(limit)])
    return [{"name": r["name"], "id": r["pid"], "country": r["country"], "events": r["n"], "last": r["last"]}
            for r in rows]
