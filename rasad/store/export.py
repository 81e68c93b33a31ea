"""Exports: merged events, per-report events, and a dyadic table in the GDELT / ICEWS tradition.

Each table is a list of typed columns; JSONL of merged events and reports keeps the nested record,
CSV flattens lists with ``;``, Parquet keeps lists and persons as typed nested columns.

The dyadic table has one row per directed pair: the event's source → target when the text gives a
direction (visitor → host, caller → callee), else one row per pair of sides in code order with
``directed`` false. ``goldstein`` comes from ``rasad/data/lexicons/goldstein.toml``; ``quad_class`` is
CAMEO's (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable, Iterator
from itertools import combinations, islice
from typing import IO, Any

from ..errors import StoreError
from ..lexicons import load_lexicon
from .query import EventFilter, event_dict, where

__all__ = ["export_table", "write_records", "dyads", "FORMATS", "TABLES", "goldstein", "quad_class", "COLUMNS"]

FORMATS = ("jsonl", "csv", "parquet")
TABLES = ("events", "reports", "dyadic")

_PLOVER = [("plover_event", "str"), ("plover_mode", "str"), ("plover_context", "list")]
COLUMNS: dict[str, list[tuple[str, str]]] = {
    "events": [("id", "str"), ("type", "str"), ("date", "str"), ("date_precision", "str"),
               ("countries", "list"), ("source", "str"), ("target", "str"), ("status", "str"),
               ("mode", "str"), ("location", "str"), ("location_country", "str"), ("persons", "persons"),
               ("topics", "list"), ("cameo", "str"), *_PLOVER, ("confidence", "float"),
               ("n_sources", "int"), ("first_seen", "str"), ("first_url", "str"), ("langs", "list"),
               ("outlets", "list"), ("background", "bool")],
    "reports": [("event_id", "str"), ("doc_id", "str"), ("report", "int"), ("outlet", "str"), ("lang", "str"),
                ("url", "str"), ("published", "str"), ("type", "str"), ("date", "str"),
                ("date_precision", "str"), ("countries", "list"), ("source", "str"), ("target", "str"),
                ("status", "str"), ("mode", "str"), ("location", "str"), ("location_country", "str"),
                ("persons", "persons"), ("topics", "list"), ("cameo", "str"), *_PLOVER,
                ("confidence", "float"), ("background", "bool"), ("evidence_text", "str"),
                ("evidence_start", "int"), ("evidence_end", "int")],
    "dyadic": [("event_id", "str"), ("date", "str"), ("date_precision", "str"), ("source_country", "str"),
               ("target_country", "str"), ("directed", "bool"), ("cameo", "str"), ("quad_class", "int"),
               ("goldstein", "float"), *_PLOVER, ("type", "str"), ("status", "str"), ("location", "str"),
               ("location_country", "str"), ("n_sources", "int"), ("first_source_url", "str")],
}


def export_table(conn: sqlite3.Connection, out: Any, fmt: str, table: str, f: EventFilter) -> int:
    if fmt not in FORMATS:
        raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if table not in TABLES:
        raise StoreError(f"unknown export table {table!r}; use one of {', '.join(TABLES)}")
    records = {"events": _events, "reports": _reports, "dyadic": _dyads}[table](conn, f)
    return write_records(out, records, fmt, table)


def write_records(out: Any, records: Iterable[dict[str, Any]], fmt: str, table: str = "events") -> int:
    """Write records of ``table``'s shape (e.g. ``Store.query_events`` results) as ``fmt``."""
    records = iter(records)
    if fmt == "jsonl":
        return _write_jsonl(out, records)
    rows = (_flat(r) for r in records)
    if fmt == "csv":
        return _write_csv(out, rows, COLUMNS[table])
    return _write_parquet(out, rows, COLUMNS[table])


# -- records -------------------------------------------------------------------------------------

def _events(conn: sqlite3.Connection, f: EventFilter) -> Iterator[dict[str, Any]]:
    cond, params = where(f)
    for row in conn.execute(f"SELECT e.* FROM events e WHERE {cond} ORDER BY e.sort_date, e.id", params):
        yield event_dict(row)


def _reports(conn: sqlite3.Connection, f: EventFilter) -> Iterator[dict[str, Any]]:
    cond, params = where(f)
    sql = ("SELECT r.*, er.event_id, d.id AS doc_id, d.outlet, d.lang, d.url, d.published FROM events e "
           "JOIN event_reports er ON er.event_id = e.id JOIN reports r ON r.id = er.report_id "
           f"JOIN documents d ON d.pk = r.doc_pk WHERE {cond} ORDER BY e.sort_date, e.id, d.published, d.id, r.seq")
    for r in conn.execute(sql, params):
        yield {"event_id": r["event_id"], "doc_id": r["doc_id"], "report": r["seq"], "outlet": r["outlet"],
               "lang": r["lang"], "url": r["url"], "published": r["published"], "type": r["type"],
               "date": r["date"], "date_precision": r["date_precision"],
               "countries": r["countries"].split(","), "source": r["source"], "target": r["target"],
               "status": r["status"], "mode": r["mode"], "location": r["location"],
               "location_country": r["location_country"], "persons": json.loads(r["persons"]),
               "topics": json.loads(r["topics"]), "cameo": r["cameo"],
               "plover": json.loads(r["plover"]) if r["plover"] else None, "confidence": r["confidence"],
               "background": bool(r["background"]),
               "evidence": {"text": r["evidence_text"], "start": r["evidence_start"], "end": r["evidence_end"]}}


def _dyads(conn: sqlite3.Connection, f: EventFilter) -> Iterator[dict[str, Any]]:
    return dyads(_events(conn, f))


def dyads(events: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """The dyadic rows of merged events (``event_dict`` records): one per directed pair."""
    for e in events:
        if e["source"] and e["target"] and e["source"] != e["target"]:
            pairs = [(e["source"], e["target"], True)]
        else:
            pairs = [(a, b, False) for a, b in combinations(sorted(e["countries"]), 2)]
        for a, b, directed in pairs:
            yield {"event_id": e["id"], "date": e["date"], "date_precision": e["date_precision"],
                   "source_country": a, "target_country": b, "directed": directed, "cameo": e["cameo"],
                   "quad_class": quad_class(e["cameo"]), "goldstein": goldstein(e["cameo"]),
                   "plover": e["plover"], "type": e["type"], "status": e["status"], "location": e["location"],
                   "location_country": e["location_country"], "n_sources": e["n_sources"],
                   "first_source_url": e["first_url"]}


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


def _flat(r: dict[str, Any]) -> dict[str, Any]:
    """A record with its PLOVER coding and evidence spread over columns."""
    out = {k: v for k, v in r.items() if k not in ("plover", "evidence")}
    plover = r.get("plover") or {}
    if "plover" in r:
        out.update(plover_event=plover.get("event"), plover_mode=plover.get("mode"),
                   plover_context=list(plover.get("context") or []))
    if "evidence" in r:
        ev = r["evidence"]
        out.update(evidence_text=ev["text"], evidence_start=ev["start"], evidence_end=ev["end"])
    return out


# -- writers -------------------------------------------------------------------------------------

def _write_jsonl(out: IO[str], records: Iterator[dict[str, Any]]) -> int:
    n = 0
    for r in records:
        out.write(json.dumps(r, ensure_ascii=False))
        out.write("\n")
        n += 1
    return n


def _write_csv(out: IO[str], rows: Iterator[dict[str, Any]], columns: list[tuple[str, str]]) -> int:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([name for name, _ in columns])
    n = 0
    for r in rows:
        writer.writerow([_csv_cell(r.get(name), kind) for name, kind in columns])
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
    return value


def _write_parquet(out: Any, rows: Iterator[dict[str, Any]], columns: list[tuple[str, str]]) -> int:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise StoreError("Parquet export needs pyarrow: pip install 'rasad[parquet]'") from None
    person = pa.struct([("name", pa.string()), ("country", pa.string()), ("role", pa.string()),
                        ("id", pa.string()), ("mentions", pa.list_(pa.string()))])
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(),
             "list": pa.list_(pa.string()), "persons": pa.list_(person)}
    schema = pa.schema([(name, types[kind]) for name, kind in columns])
    n = 0
    with pq.ParquetWriter(out, schema) as writer:
        while batch := list(islice(rows, 10_000)):
            for r in batch:
                for name, kind in columns:
                    if kind == "persons":
                        r[name] = [{k: p.get(k) for k in ("name", "country", "role", "id", "mentions")}
                                   for p in r.get(name) or []]
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            n += len(batch)
        if n == 0:
            writer.write_table(schema.empty_table())
    return n
