"""``/api/sources``: the sources live intake follows, when each was last read, and which documents
(and so which events) came in since a given time — for the dashboard's "new since your last visit"."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request

from ..intake.state import new_documents, source_report

router = APIRouter(prefix="/api")

MAX_NEW = 500


def _connect(request: Request) -> sqlite3.Connection:
    path = request.app.state.stores.path
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    return conn


@router.get("/sources", summary="Sources followed by live intake: last read, last error, articles, events")
def list_sources(request: Request) -> dict[str, Any]:
    conn = _connect(request)
    try:
        rows = source_report(conn)
    finally:
        conn.close()
    for row in rows:
        row.pop("origin", None)
    last = max((r["last_polled"] for r in rows if r["last_polled"]), default=None)
    return {"ok": True, "last_read": last, "sources": rows}


@router.get("/sources/new", summary="Events of documents first stored by live intake after `since`")
def new_since(request: Request, since: Annotated[str, Query(min_length=10, max_length=40,
                                                             description="ISO 8601 time, e.g. 2026-12-05T08:00:00Z")],
              limit: Annotated[int, Query(ge=1, le=MAX_NEW)] = 200) -> dict[str, Any]:
    try:
        when = datetime.fromisoformat(since.replace("Z", "+00:00"))
    except ValueError:
        raise HTTPException(422, f"since: not an ISO 8601 time: {since!r}") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    stamp = when.astimezone(timezone.utc).isoformat(timespec="seconds")
    conn = _connect(request)
    try:
        doc_ids = new_documents(conn, stamp, limit)
    finally:
        conn.close()
    store = request.app.state.stores.get()
    events: list[str] = []
    for doc_id in doc_ids:
        doc = store.get_document(doc_id) or {}
        for report in doc.get("events", []):
            if report.get("event_id") and not report.get("background") and report["event_id"] not in events:
                events.append(report["event_id"])
    return {"ok": True, "since": stamp, "documents": len(doc_ids), "events": events}
