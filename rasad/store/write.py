"""Writing: documents with their mentions and reports, and the merged events of the keys they touch."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

from ..document import Document, Event
from ..normalise import fold
from .merge import Report, cluster, event_ids, merge_key, merged_event

__all__ = ["outlet_of", "content_hash", "stored_hashes", "put_document", "remerge", "dumps"]


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def outlet_of(doc: Document) -> str | None:
    """The outlet that published ``doc``: its site name, else its URL's host (without ``www.``).

    The one place that decides it: when the knowledge base maps hosts to outlets, this is where
    the mapping goes."""
    if doc.site:
        return doc.site.strip() or None
    if doc.url:
        host = (urlsplit(doc.url).hostname or "").lower()
        return host.removeprefix("www.") or None
    return None


def content_hash(doc: Document) -> str:
    """What decides that a document changed: its text and the metadata it was read with."""
    basis = dumps([doc.text, doc.published, doc.url, doc.title, doc.site])
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()


def stored_hashes(conn: sqlite3.Connection, ids: list[str]) -> dict[str, str]:
    """The content hash of each of ``ids`` already stored."""
    out: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        out.update(conn.execute(f"SELECT id, hash FROM documents WHERE id IN ({marks})", chunk).fetchall())
    return out


def put_document(conn: sqlite3.Connection, doc: Document, digest: str, now: str) -> tuple[str, set[str]]:
    """Store ``doc`` (inside the caller's transaction), replacing any older version and its reports.

    Returns "added" or "updated", and the merge keys whose events must be recomputed."""
    row = conn.execute("SELECT pk FROM documents WHERE id = ?", (doc.id,)).fetchone()
    fields = {
        "hash": digest, "text": doc.text, "ntext": doc.ltext, "title": doc.title,
        "ntitle": fold(doc.title) if doc.title else None, "published": doc.published, "url": doc.url,
        "site": doc.site, "outlet": outlet_of(doc), "lang": doc.lang, "source": doc.source,
        "meta": dumps(doc.meta) if doc.meta else None,
        "warnings": dumps(doc.warnings) if doc.warnings else None, "updated_at": now,
    }
    touched: set[str] = set()
    if row is None:
        cols = ["id", *fields, "ingested_at"]
        cur = conn.execute(f"INSERT INTO documents ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                           [doc.id, *fields.values(), now])
        pk, status = cur.lastrowid, "added"
    else:
        pk, status = row[0], "updated"
        touched.update(k for (k,) in conn.execute("SELECT DISTINCT key FROM reports WHERE doc_pk = ?", (pk,)))
        conn.execute("DELETE FROM reports WHERE doc_pk = ?", (pk,))
        conn.execute("DELETE FROM mentions WHERE doc_pk = ?", (pk,))
        sets = ", ".join(f"{k} = ?" for k in fields)
        conn.execute(f"UPDATE documents SET {sets} WHERE pk = ?", [*fields.values(), pk])
    conn.executemany(
        "INSERT INTO mentions (doc_pk, start, end, text, kind, entity_id, country) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(pk, m.start, m.end, m.text, m.kind, m.entity_id, m.country) for m in doc.mentions])
    rows = [_report_row(pk, seq, e) for seq, e in enumerate(doc.events)]
    conn.executemany(f"INSERT INTO reports ({', '.join(_REPORT_COLS)}) VALUES ({', '.join('?' * len(_REPORT_COLS))})",
                     rows)
    touched.update(r[2] for r in rows)
    return status, touched


_REPORT_COLS = ("doc_pk", "seq", "key", "type", "countries", "status", "mode", "source", "target", "date",
                "date_precision", "location", "location_country", "persons", "topics", "background",
                "confidence", "cameo", "plover", "evidence_text", "evidence_start", "evidence_end",
                "date_evidence")


def _report_row(pk: int, seq: int, e: Event) -> tuple:
    countries = sorted(set(e.countries))
    return (pk, seq, merge_key(e.type, countries), e.type, ",".join(countries), e.status, e.mode, e.source,
            e.target, e.date, e.date_precision, e.location, e.location_country,
            dumps([p.to_dict() for p in e.persons]), dumps(list(e.topics)), int(e.background),
            e.confidence, e.cameo, dumps(e.plover) if e.plover else None, e.evidence.text,
            e.evidence.start, e.evidence.end, dumps(e.date_evidence.to_dict()) if e.date_evidence else None)


# -- merged events -------------------------------------------------------------------------------

_EVENT_COLS = ("id", "key", "type", "countries", "status", "mode", "source", "target", "date",
               "date_precision", "sort_date", "location", "location_country", "persons", "topics", "cameo",
               "plover", "confidence", "background", "n_sources", "first_seen", "first_url", "langs",
               "outlets", "reasons")


def remerge(conn: sqlite3.Connection, keys: Iterable[str]) -> int:
    """Recompute the merged events of each merge key from all its reports; returns how many were written."""
    written = 0
    for key in sorted(set(keys)):
        conn.execute("DELETE FROM events WHERE key = ?", (key,))
        reports = load_reports(conn, key)
        groups = cluster(reports)
        events = [merged_event(g) for g in groups]
        for event_id, e, g in zip(event_ids(key, events, groups), events, groups):
            _insert_event(conn, event_id, key, e, [r.id for r in g.members])
        written += len(events)
    return written


def load_reports(conn: sqlite3.Connection, key: str) -> list[Report]:
    rows = conn.execute(
        "SELECT r.*, d.id AS doc_id, d.published, d.lang, d.outlet, d.url, d.ingested_at "
        "FROM reports r JOIN documents d ON d.pk = r.doc_pk WHERE r.key = ?", (key,))
    return [report_from_row(row) for row in rows]


def report_from_row(row: sqlite3.Row) -> Report:
    return Report(
        id=row["id"], doc_id=row["doc_id"], seq=row["seq"], type=row["type"],
        countries=row["countries"].split(",") if row["countries"] else [], published=row["published"],
        date=row["date"], date_precision=row["date_precision"], status=row["status"], mode=row["mode"],
        source=row["source"], target=row["target"], location=row["location"],
        location_country=row["location_country"], persons=json.loads(row["persons"]),
        topics=json.loads(row["topics"]), background=bool(row["background"]), confidence=row["confidence"],
        cameo=row["cameo"], plover=json.loads(row["plover"]) if row["plover"] else None, lang=row["lang"],
        outlet=row["outlet"], url=row["url"], ingested_at=row["ingested_at"])


def _insert_event(conn: sqlite3.Connection, event_id: str, key: str, e: dict[str, Any], report_ids: list[int]) -> None:
    values = {
        **e, "id": event_id, "key": key, "countries": ",".join(e["countries"]),
        "sort_date": e["date"] or e["first_seen"], "persons": dumps(e["persons"]), "topics": dumps(e["topics"]),
        "plover": dumps(e["plover"]) if e["plover"] else None, "background": int(e["background"]),
        "langs": dumps(e["langs"]), "outlets": dumps(e["outlets"]), "reasons": dumps(e["reasons"]),
    }
    conn.execute(f"INSERT INTO events ({', '.join(_EVENT_COLS)}) VALUES ({', '.join('?' * len(_EVENT_COLS))})",
                 [values[c] for c in _EVENT_COLS])
    conn.executemany("INSERT INTO event_reports (report_id, event_id) VALUES (?, ?)",
                     [(rid, event_id) for rid in report_ids])
    conn.executemany("INSERT INTO event_countries (event_id, country) VALUES (?, ?)",
                     [(event_id, c) for c in e["countries"]])
    conn.executemany("INSERT OR IGNORE INTO event_persons (event_id, term) VALUES (?, ?)",
                     [(event_id, t) for t in _person_terms(e["persons"])])


def _person_terms(persons: list[dict[str, Any]]) -> set[str]:
    """What the person filter matches: folded names and spellings, and knowledge-base ids."""
    terms: set[str] = set()
    for p in persons:
        terms.add(fold(p["name"]))
        terms.update(fold(m) for m in p.get("mentions") or [])
        if p.get("id"):
            terms.add(p["id"].lower())
    return {t for t in terms if t}
