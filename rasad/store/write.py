"""Writing: documents with their mentions and reports, and the merged events of the keys they touch."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit

from ..document import Document, Event
from ..normalise import fold
from .merge import merge_key, time_of

__all__ = ["Touched", "content_hash", "dumps", "outlet_of", "put_document", "stored_hashes", "transaction"]


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[None]:
    """One write transaction (``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error); inside one
    already open, the caller's."""
    if conn.in_transaction:
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def outlet_of(doc: Document) -> str | None:
    """The outlet that published ``doc``: its site name, else its URL's host (without ``www.``).

    The one place that decides it: the outlet the mentions stage found in the knowledge base (by
    web host, site name or the agency the text cites) comes first."""
    if doc.meta.get("outlet_name"):
        return doc.meta["outlet_name"]
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


Touched = dict[str, set[str | None]]  # merge key → the times (``merge.time_of``) of reports added or removed


def put_document(conn: sqlite3.Connection, doc: Document, digest: str, now: str, *,
                 force: bool = False) -> tuple[str, Touched]:
    """Store ``doc`` (inside the caller's transaction), replacing any older version and its reports.

    Returns "added", "updated" or "unchanged" (another writer stored the same content since the caller
    looked; with ``force`` it is replaced all the same), and where in time the merged events must be
    recomputed; the merged events of the replaced reports are deleted here (``rebuild`` makes them again)."""
    row = conn.execute("SELECT pk, hash FROM documents WHERE id = ?", (doc.id,)).fetchone()
    if row is not None and row[1] == digest and not force:
        return "unchanged", {}
    fields = {
        "hash": digest, "text": doc.text, "ntext": doc.ltext, "title": doc.title,
        "ntitle": fold(doc.title) if doc.title else None, "published": doc.published, "url": doc.url,
        "site": doc.site, "outlet": outlet_of(doc), "lang": doc.lang, "source": doc.source,
        "meta": dumps(doc.meta) if doc.meta else None,
        "warnings": dumps(doc.warnings) if doc.warnings else None, "updated_at": now,
    }
    touched: Touched = {}
    if row is None:
        cols = ["id", *fields, "ingested_at"]
        cur = conn.execute(f"INSERT INTO documents ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                           [doc.id, *fields.values(), now])
        pk, status = cur.lastrowid, "added"
    else:
        pk, status = row[0], "updated"
        old = conn.execute("SELECT r.key, r.t, er.event_id FROM reports r LEFT JOIN event_reports er "
                           "ON er.report_id = r.id WHERE r.doc_pk = ?", (pk,)).fetchall()
        for key, t, _ in old:
            touched.setdefault(key, set()).add(t)
        conn.executemany("DELETE FROM events WHERE id = ?", {(e,) for _, _, e in old if e})
        conn.execute("DELETE FROM reports WHERE doc_pk = ?", (pk,))
        conn.execute("DELETE FROM mentions WHERE doc_pk = ?", (pk,))
        sets = ", ".join(f"{k} = ?" for k in fields)
        conn.execute(f"UPDATE documents SET {sets} WHERE pk = ?", [*fields.values(), pk])
    conn.executemany(
        "INSERT INTO mentions (doc_pk, start, end, text, kind, entity_id, country) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [(pk, m.start, m.end, m.text, m.kind, m.entity_id, m.country) for m in doc.mentions])
    rows = [_report_row(pk, seq, e, doc.published) for seq, e in enumerate(doc.events)]
    conn.executemany(f"INSERT INTO reports ({', '.join(_REPORT_COLS)}) VALUES ({', '.join('?' * len(_REPORT_COLS))})",
                     rows)
    for r in rows:
        touched.setdefault(r[2], set()).add(r[-1])
    return status, touched


_REPORT_COLS = ("doc_pk", "seq", "key", "type", "countries", "status", "mode", "source", "target", "date",
                "date_precision", "location", "location_country", "persons", "topics", "background",
                "confidence", "cameo", "plover", "evidence_text", "evidence_start", "evidence_end",
                "date_evidence", "t")


def _report_row(pk: int, seq: int, e: Event, published: str | None) -> tuple:
    countries = sorted(set(e.countries))
    return (pk, seq, merge_key(e.type, countries), e.type, ",".join(countries), e.status, e.mode, e.source,
            e.target, e.date, e.date_precision, e.location, e.location_country,
            dumps([p.to_dict() for p in e.persons]), dumps(list(e.topics)), int(e.background),
            e.confidence, e.cameo, dumps(e.plover) if e.plover else None, e.evidence.text,
            e.evidence.start, e.evidence.end, dumps(e.date_evidence.to_dict()) if e.date_evidence else None,
            time_of(e.date, e.date_precision, published))
