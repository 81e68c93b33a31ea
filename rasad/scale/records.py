"""The rows of a shard file: one per document read (its record, text and mentions) or per input error.

A shard holds what ``rasad ingest`` would store for its documents, so ``rasad ingest --from-parquet``
can load it without running the pipeline again, and what the merge needs (``reports``) without
reading the text (Parquet reads only the columns asked for).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..document import Document, Event, Evidence, Mention, PersonRef
from ..store.merge import Report

__all__ = ["SHARD_COLUMNS", "document_row", "error_row", "row_document", "row_reports", "row_record",
           "event_from_dict"]

# name → Arrow type name; nested values are JSON text (their shape is ``Event.to_dict``'s)
SHARD_COLUMNS: list[tuple[str, str]] = [
    ("doc_id", "string"), ("source", "string"), ("error", "string"), ("hash", "string"), ("read_published", "string"),
    ("lang", "string"), ("title", "string"), ("published", "string"), ("url", "string"), ("site", "string"),
    ("outlet", "string"), ("processed_at", "string"), ("n_events", "int32"), ("events", "string"),
    ("mentions", "string"), ("meta", "string"), ("warnings", "string"), ("text", "string"),
]


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def document_row(doc: Document, digest: str, read_published: str | None, outlet: str | None,
                 stamp: str) -> dict[str, Any]:
    """The row of a processed document (``digest``: ``content_hash`` of the document as read)."""
    return {"doc_id": doc.id, "source": doc.source, "error": None, "hash": digest,
            "read_published": read_published, "lang": doc.lang,
            "title": doc.title, "published": doc.published, "url": doc.url, "site": doc.site, "outlet": outlet,
            "processed_at": stamp, "n_events": len(doc.events), "events": _dumps([_event(e) for e in doc.events]),
            "mentions": _dumps([[m.start, m.end, m.text, m.kind, m.entity_id, m.country] for m in doc.mentions]),
            "meta": _dumps(doc.meta), "warnings": _dumps(doc.warnings), "text": doc.text}


def _event(e: Event) -> dict[str, Any]:
    return {**e.to_dict(), "confidence": e.confidence}  # unrounded, as the store keeps it


def error_row(source: str | None, message: str, doc_id: str | None = None) -> dict[str, Any]:
    """The row of an input or document that could not be read or processed."""
    return {"doc_id": doc_id, "source": source, "error": message, "n_events": 0}


def row_record(row: dict[str, Any]) -> dict[str, Any]:
    """The record ``rasad extract`` prints for the document of ``row``."""
    return {"id": row["doc_id"], "lang": row["lang"], "title": row["title"], "published": row["published"],
            "url": row["url"], "site": row["site"],
            "events": [{**e, "confidence": round(e["confidence"], 3)} for e in json.loads(row["events"] or "[]")]}


def row_reports(row: dict[str, Any], first_id: int = 0) -> Iterator[Report]:
    """The merge's view of the events of ``row`` (columns doc_id, published, lang, outlet, url,
    processed_at, events)."""
    for seq, e in enumerate(json.loads(row["events"] or "[]")):
        yield Report(id=first_id + seq, doc_id=row["doc_id"], seq=seq, type=e["type"],
                     countries=sorted(set(e["countries"])), published=row["published"], date=e.get("date"),
                     date_precision=e.get("date_precision"), status=e.get("status"), mode=e.get("mode"),
                     source=e.get("source"), target=e.get("target"), location=e.get("location"),
                     location_country=e.get("location_country"), persons=e.get("persons") or [],
                     topics=e.get("topics") or [], background=bool(e.get("background")),
                     confidence=e.get("confidence"), cameo=e.get("cameo"), plover=e.get("plover"),
                     lang=row["lang"], outlet=row["outlet"], url=row["url"], ingested_at=row["processed_at"])


def row_document(row: dict[str, Any]) -> Document:
    """The processed document of ``row``, as ``Store`` stores it (events and mentions set)."""
    doc = Document(id=row["doc_id"], text=row["text"], published=row["published"], url=row["url"],
                   title=row["title"], site=row["site"], lang=row["lang"], source=row["source"],
                   meta=json.loads(row["meta"] or "{}"), warnings=json.loads(row["warnings"] or "[]"))
    doc.mentions = [Mention(s, e, t, k, i, c) for s, e, t, k, i, c in json.loads(row["mentions"] or "[]")]
    doc.events = [event_from_dict(e) for e in json.loads(row["events"] or "[]")]
    return doc


def event_from_dict(d: dict[str, Any]) -> Event:
    """The ``Event`` of an ``Event.to_dict`` record."""
    de = d.get("date_evidence")
    return Event(
        type=d["type"], countries=list(d["countries"]), evidence=Evidence(**d["evidence"]),
        status=d.get("status"), mode=d.get("mode"), source=d.get("source"), target=d.get("target"),
        date=d.get("date"), date_precision=d.get("date_precision"), date_range=d.get("date_range"),
        date_evidence=Evidence(**de) if de else None, location=d.get("location"),
        location_country=d.get("location_country"),
        persons=[PersonRef(name=p["name"], country=p.get("country"), role=p.get("role"),
                           mentions=list(p.get("mentions") or []), id=p.get("id"), flags=list(p.get("flags") or []))
                 for p in d.get("persons") or []],
        topics=list(d.get("topics") or []), background=bool(d.get("background")),
        confidence=d.get("confidence") if d.get("confidence") is not None else 0.5, cameo=d.get("cameo"),
        plover=d.get("plover"))
