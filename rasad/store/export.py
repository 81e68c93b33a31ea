"""Exports: merged events, per-report events, and a dyadic table in the GDELT / ICEWS tradition.

Every table is a list of typed, documented columns (``COLUMNS``; ``rasad export --schema`` prints
them, docs/exports.md lists them). Dates are dates — ``date`` only when the day is known, with
``year``, ``month``, ``date_precision`` and the ``date_start``/``date_end`` of the period beside it,
never a string mixing "2024-12" and "2024-12-05". CAMEO codes are strings ("042"). Each side has an
actor (``source_name``, ``source_role``), an ISO3 code, and Correlates of War and Gleditsch–Ward codes.

JSONL keeps the nested record (persons, PLOVER) and adds the flat columns; CSV flattens lists with
``;`` (an optional byte-order mark makes spreadsheets read it as UTF-8); Parquet keeps lists, persons
and dates typed. The dyadic table has one row per directed pair: the event's source → target when the
text gives a direction, else one row per pair of sides in code order with ``directed`` false.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from itertools import combinations, islice
from typing import IO, Any

from ..errors import StoreError
from ..lexicons import load_lexicon
from .columns import COLUMNS, TABLES, describe
from .query import ORDERS, EventFilter, event_dict, where

__all__ = ["export_table", "records", "dyads", "write_records", "FORMATS", "TABLES", "goldstein", "quad_class",
           "COLUMNS", "describe", "arrow_table"]

FORMATS = ("jsonl", "csv", "parquet")


def export_table(conn: sqlite3.Connection, out: Any, fmt: str, table: str, f: EventFilter, *,
                 bom: bool = False, order: str = "date_asc", limit: int | None = None, offset: int = 0) -> int:
    """Write every row of ``table`` matching ``f`` (or a page: ``limit``/``offset``) as ``fmt``."""
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    return write_records(out, records(conn, table, f, order=order, limit=limit, offset=offset), fmt, table,
                         bom=bom)


def records(conn: sqlite3.Connection, table: str, f: EventFilter, *, order: str = "date_asc",
            limit: int | None = None, offset: int = 0) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` (``TABLES``) for ``f``, each with every column of ``COLUMNS[table]``."""
    if table not in TABLES:
        raise StoreError(f"unknown export table {table!r}; use one of {', '.join(TABLES)}")
    if order not in ORDERS:
        raise StoreError(f"unknown order {order!r}; use one of {', '.join(ORDERS)}")
    events = _events(conn, f, order, limit, offset)
    if table == "events":
        return events
    if table == "dyadic":
        return (d for e in events for d in _dyads(e))
    return _reports(conn, f, order, limit, offset)


def write_records(out: Any, rows: Iterable[dict[str, Any]], fmt: str, table: str = "events", *,
                  bom: bool = False) -> int:
    """Write rows of ``table``'s shape as ``fmt``; returns how many."""
    rows = iter(rows)
    if fmt == "jsonl":
        return _write_jsonl(out, rows)
    if fmt == "csv":
        if bom:
            out.write("\ufeff")
        return _write_csv(out, rows, COLUMNS[table])
    return _write_parquet(out, rows, COLUMNS[table])


# -- rows ----------------------------------------------------------------------------------------

_URLS = ("(SELECT json_group_array(DISTINCT d.url) FROM event_reports er JOIN reports r ON r.id = er.report_id "
         "JOIN documents d ON d.pk = r.doc_pk WHERE er.event_id = e.id AND d.url IS NOT NULL) AS urls, "
         "(SELECT min(d.published) FROM event_reports er JOIN reports r ON r.id = er.report_id "
         "JOIN documents d ON d.pk = r.doc_pk WHERE er.event_id = e.id) AS first_published")


def _events(conn: sqlite3.Connection, f: EventFilter, order: str, limit: int | None,
            offset: int) -> Iterator[dict[str, Any]]:
    cond, params = where(f)
    page = " LIMIT ? OFFSET ?" if limit is not None or offset else ""
    extra = [-1 if limit is None else int(limit), int(offset)] if page else []
    for row in conn.execute(f"SELECT e.*, {_URLS} FROM events e WHERE {cond} ORDER BY {ORDERS[order]}{page}",
                            [*params, *extra]):
        e = event_dict(row)
        e["urls"] = sorted(json.loads(row["urls"] or "[]"))
        e["first_seen"] = row["first_published"]       # a publication day, never the day of ingest
        yield enrich(e)


def enrich(e: dict[str, Any]) -> dict[str, Any]:
    """The export columns of a merged event (``event_dict``) added to it."""
    src, tgt, directed = _sides(e)
    out = {**e, **_dates(e["date"], e["date_precision"]), "directed": directed,
           **_actor("source", src, e), **_actor("target", tgt, e),
           **_plover(e.get("plover")), "goldstein": goldstein(e["cameo"]), "quad_class": quad_class(e["cameo"]),
           **_place(e.get("location"), e.get("location_country")),
           "first_seen": e.get("first_seen"), "corrections": [c["summary"] for c in e.get("corrected") or []]}
    return out


def _sides(e: dict[str, Any]) -> tuple[str | None, str | None, bool]:
    if e.get("source") and e.get("target") and e["source"] != e["target"]:
        return e["source"], e["target"], True
    codes = sorted(e.get("countries") or [])
    return (codes[0] if codes else None), (codes[1] if len(codes) > 1 else None), False


def _actor(prefix: str, code: str | None, e: dict[str, Any]) -> dict[str, Any]:
    people = [p for p in e.get("persons") or [] if code and p.get("country") == code]
    codes, name = _state(prefix, code)
    return {**codes, f"{prefix}_name": "; ".join(p["name"] for p in people) or name,
            f"{prefix}_role": "; ".join(p.get("role") or "" for p in people).strip("; ") or None}


@lru_cache(maxsize=2048)
def _state(prefix: str, code: str | None) -> tuple[dict[str, Any], str | None]:
    """The state-code columns of an actor and its country's name (the same for every event of a country)."""
    from .codes import state_codes
    from .labels import load_labels

    state = state_codes().get(code or "")
    country = load_labels().country(code) or {}
    return ({f"{prefix}_country": code, f"{prefix}_cow": state.cow if state else None,
             f"{prefix}_cow_abb": state.cow_abb if state else None, f"{prefix}_gw": state.gw if state else None},
            country.get("en") or code)


def _dates(value: str | None, precision: str | None) -> dict[str, Any]:
    """Typed date columns: the day (day precision only), year, month, and the bounds of the period."""
    out: dict[str, Any] = {"date": None, "year": None, "month": None, "date_start": None, "date_end": None,
                           "date_precision": None}
    if not value:
        return out
    try:
        y = int(value[:4])
        m = int(value[5:7]) if len(value) >= 7 else None
        if len(value) >= 10:
            day = date.fromisoformat(value[:10])
            out.update(date=day, date_start=day, date_end=day, date_precision="day")
        elif m:
            nxt = date(y + (m == 12), m % 12 + 1, 1)
            out.update(date_start=date(y, m, 1), date_end=date.fromordinal(nxt.toordinal() - 1),
                       date_precision="month")
        else:
            out.update(date_start=date(y, 1, 1), date_end=date(y, 12, 31), date_precision="year")
        out.update(year=y, month=m)
    except ValueError:
        return {**out, "date_precision": None}
    if precision and precision != out["date_precision"] and out["date_precision"] == "day":
        out["date_precision"] = precision          # a day standing for a wider period, as the extractor said
    return out


def _plover(plover: dict[str, Any] | None) -> dict[str, Any]:
    p = plover or {}
    return {"plover_event": p.get("event"), "plover_mode": p.get("mode"),
            "plover_context": list(p.get("context") or [])}


def _place(name: str | None, country: str | None) -> dict[str, Any]:
    from .labels import load_labels

    place = load_labels().place(name, country) if (name or country) else None
    if place is None:
        return {"latitude": None, "longitude": None, "geo_precision": None}
    return {"latitude": place.lat, "longitude": place.lon,
            "geo_precision": "city" if name and place.precision == "city" else "country"}


def _reports(conn: sqlite3.Connection, f: EventFilter, order: str, limit: int | None,
             offset: int) -> Iterator[dict[str, Any]]:
    cond, params = where(f)
    page = " LIMIT ? OFFSET ?" if limit is not None or offset else ""
    extra = [-1 if limit is None else int(limit), int(offset)] if page else []
    sql = ("SELECT r.*, er.event_id, d.id AS doc_id, d.outlet, d.lang, d.url, d.published FROM events e "
           "JOIN event_reports er ON er.event_id = e.id JOIN reports r ON r.id = er.report_id "
           f"JOIN documents d ON d.pk = r.doc_pk WHERE {cond} "
           f"ORDER BY {ORDERS[order]}, d.published, d.id, r.seq{page}")
    for r in conn.execute(sql, [*params, *extra]):
        yield {"event_id": r["event_id"], "doc_id": r["doc_id"], "report": r["seq"], "outlet": r["outlet"],
               "lang": r["lang"], "url": r["url"], "published": _day(r["published"]), "type": r["type"],
               **_dates(r["date"], r["date_precision"]),
               "countries": r["countries"].split(","), "source": r["source"], "target": r["target"],
               "status": r["status"], "mode": r["mode"], "location": r["location"],
               "location_country": r["location_country"], "persons": json.loads(r["persons"]),
               "topics": json.loads(r["topics"]), "cameo": r["cameo"],
               **_plover(json.loads(r["plover"]) if r["plover"] else None), "confidence": r["confidence"],
               "background": bool(r["background"]), "evidence_text": r["evidence_text"],
               "evidence_start": r["evidence_start"], "evidence_end": r["evidence_end"]}


def _dyads(e: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if e["directed"]:
        pairs = [(e["source"], e["target"], True)]
    else:
        pairs = [(a, b, False) for a, b in combinations(sorted(e["countries"]), 2)]
    keep = ("date", "year", "month", "date_precision", "date_start", "date_end", "cameo", "quad_class",
            "goldstein", "plover_event", "plover_mode", "plover_context", "type", "status", "location",
            "location_country", "latitude", "longitude", "n_sources", "urls", "wrong")
    for a, b, directed in pairs:
        yield {"event_id": e["id"], **{k: e[k] for k in keep}, "directed": directed,
               **_actor("source", a, e), **_actor("target", b, e), "first_source_url": e["first_url"]}


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value and len(value) >= 10 else None
    except ValueError:
        return None


def dyads(events: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The dyadic rows of merged events (``event_dict`` records), as the dyadic export writes them."""
    for e in events:
        yield from _dyads(enrich({"urls": [u for u in [e.get("first_url")] if u], "wrong": False, **e}))


def goldstein(cameo: str | None) -> float | None:
    """The Goldstein score of a CAMEO code, when the bundled table has one."""
    if not cameo:
        return None
    value = load_lexicon("goldstein").get("scores", {}).get(cameo)
    return float(value) if value is not None else None


def quad_class(cameo: str | None) -> int | None:
    if not cameo or not cameo[:2].isdigit():
        return None
    root = int(cameo[:2])
    return 1 if 1 <= root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4 if root <= 20 else None


# -- writers -------------------------------------------------------------------------------------

def _write_jsonl(out: IO[str], rows: Iterator[dict[str, Any]]) -> int:
    n = 0
    for r in rows:
        out.write(json.dumps(r, ensure_ascii=False, default=_json_default))
        out.write("\n")
        n += 1
    return n


def _json_default(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _write_csv(out: IO[str], rows: Iterator[dict[str, Any]], columns: list[tuple[str, str, str]]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _, _ in columns])
    n = 0
    for r in rows:
        writer.writerow([_csv_cell(r.get(name), kind) for name, kind, _ in columns])
        n += 1
    return n


def _csv_cell(value: Any, kind: str) -> Any:
    if value is None:
        return ""
    if kind == "list":
        return ";".join(value)
    if kind == "persons":
        return ";".join(p["name"] for p in value)
    if kind == "bool":
        return "true" if value else "false"
    if kind == "date":
        return value.isoformat() if isinstance(value, date) else str(value)
    return value


def arrow_table(rows: Iterable[dict[str, Any]], table: str = "events"):
    """The rows as a ``pyarrow.Table`` with the typed schema of ``table``."""
    pa, _ = _pyarrow()
    schema = _arrow_schema(pa, COLUMNS[table])
    batches = [pa.Table.from_pylist(_arrow_rows(b, COLUMNS[table]), schema=schema) for b in _chunks(iter(rows))]
    return pa.concat_tables(batches) if batches else schema.empty_table()


def _write_parquet(out: Any, rows: Iterator[dict[str, Any]], columns: list[tuple[str, str, str]]) -> int:
    pa, pq = _pyarrow()
    schema = _arrow_schema(pa, columns)
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        for batch in _chunks(rows):
            writer.write_table(pa.Table.from_pylist(_arrow_rows(batch, columns), schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n


def _pyarrow():
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError("Parquet and Arrow tables need pyarrow: pip install 'rasad[parquet]'") from None
    return pa, pq


def _arrow_schema(pa, columns: list[tuple[str, str, str]]):
    person = pa.struct([("name", pa.string()), ("country", pa.string()), ("role", pa.string()),
                        ("id", pa.string()), ("mentions", pa.list_(pa.string()))])
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "list": pa.list_(pa.string()), "persons": pa.list_(person), "date": pa.date32()}
    return pa.schema([(name, types[kind]) for name, kind, _ in columns])


def _chunks(rows: Iterator[dict[str, Any]], size: int = 10_000) -> Iterator[list[dict[str, Any]]]:
    while batch := list(islice(rows, size)):
        yield batch


def _arrow_rows(batch: list[dict[str, Any]], columns: list[tuple[str, str, str]]) -> list[dict[str, Any]]:
    out = []
    for r in batch:
        row = {}
        for name, kind, _ in columns:
            v = r.get(name)
            if kind == "persons":
                v = [{k: p.get(k) for k in ("name", "country", "role", "id", "mentions")} for p in v or []]
            elif kind == "date" and isinstance(v, str):
                v = _day(v)
            row[name] = v
        out.append(row)
    return out
