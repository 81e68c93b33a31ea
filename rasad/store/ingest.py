"""Ingesting: read documents → run the pipeline → store them, one transaction per batch, and re-merge.

A document already stored with the same content hash is skipped before any processing, so ingesting
the same files again adds nothing; a changed one is processed again and replaces its old reports.
A batch is written in one transaction: a crash or kill leaves the batches before it complete and
nothing of the batch it was in, and the next run picks up from there.

Merged events are remade at merge points, not after every batch: each batch marks the merge keys and
times it touched (``rebuild.mark_pending``, in the batch's transaction), and every ``merge_every``
documents and at the end of the ingest one transaction remakes all that is marked. Remaking a stretch
of time once instead of once per batch that touched it reads each stored report about once (the same
events: ``rebuild`` of many batches' times is the rebuild of each). Between merge points, the reports
stored since the last one are in no merged event yet; a killed ingest leaves its marks, and the next
write remakes them.

``ingest_read`` stores what ``rasad.parallel.ingest_items`` yields: documents read, hashed and processed
by worker processes while this one stores and merges the batches before them (SQLite stays here).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import partial
from itertools import islice

from ..document import Document
from .rebuild import mark_pending, merge_pending
from .write import Touched, content_hash, put_document, stored_hashes, transaction

__all__ = ["IngestReport", "ingest", "ingest_read", "store_batch", "merge_point", "now", "MERGE_EVERY"]

MERGE_EVERY = 2000   # documents stored between two merge points of an ingest


@dataclass
class IngestReport:
    """What an ingest did. ``failed`` holds one message per document that could not be processed."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)
    reports: int = 0              # event reports stored
    events: int = 0               # merged events (re)made in the stretches of time touched
    seconds: float = 0.0

    @property
    def documents(self) -> int:
        return self.added + self.updated + self.unchanged

    def to_dict(self) -> dict:
        return {"documents": self.documents, "added": self.added, "updated": self.updated,
                "unchanged": self.unchanged, "failed": len(self.failed), "reports": self.reports,
                "events": self.events, "seconds": round(self.seconds, 3)}


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def ingest(conn: sqlite3.Connection, docs: Iterable[Document], process: Callable[[Document], Document],
           *, batch_size: int = 100, force: bool = False, merge_every: int = MERGE_EVERY,
           process_batch: Callable[[list[Document]], list[Document | Exception]] | None = None) -> IngestReport:
    """Process and store ``docs`` in batches of ``batch_size``, each batch one transaction, re-merging
    every ``merge_every`` documents stored and at the end.

    ``process_batch`` (e.g. ``rasad.parallel.Workers.map``) processes a batch's new documents at once,
    returning each result or its exception in order; by default ``process`` runs on each in turn."""
    report = IngestReport()
    start = time.perf_counter()
    merges = _MergePoints(conn, report, merge_every)
    for batch in _batches(docs, batch_size):
        known = stored_hashes(conn, [d.id for d in batch])
        pending: list[tuple[Document, str]] = []
        for doc in batch:
            digest = content_hash(doc)
            if known.get(doc.id) == digest and not force:
                report.unchanged += 1
                continue
            known[doc.id] = digest
            pending.append((doc, digest))
        results = (process_batch or partial(_each, process))([doc for doc, _ in pending])
        todo: list[tuple[Document, str]] = []
        for (doc, digest), result in zip(pending, results):
            if isinstance(result, Exception):  # one bad document must not stop a batch of thousands
                report.failed.append(f"{doc.source or doc.id}: processing failed: {type(result).__name__}: {result}")
            else:
                todo.append((result, digest))
        merges.stored(len(store_batch(conn, todo, report, force=force, merge=False)))
    merge_point(conn, report)
    report.seconds = time.perf_counter() - start
    return report


def ingest_read(conn: sqlite3.Connection, items: Iterable[tuple], process: Callable[[Document], Document], *,
                batch_size: int = 100, force: bool = False, merge_every: int = MERGE_EVERY,
                on_error: Callable[[str], None] | None = None) -> IngestReport:
    """Store the items of ``rasad.parallel.ingest_items`` in batches of ``batch_size`` documents, as ``ingest``
    does: a document stored with the same hash is unchanged; one read but not processed (``"same"``: its
    content was stored when the run began, then replaced within it) is processed here with ``process``.
    ``on_error`` receives the message of each input that could not be read."""
    from ..parallel import failure_message

    report = IngestReport()
    start = time.perf_counter()
    merges = _MergePoints(conn, report, merge_every)
    for batch in _batches(_read_only(items, on_error), batch_size):
        known = stored_hashes(conn, [item[1] for item in batch])
        todo: list[tuple[Document, str]] = []
        for kind, doc_id, digest, payload in batch:
            if known.get(doc_id) == digest and not force:
                report.unchanged += 1
                continue
            known[doc_id] = digest
            if kind == "same":
                result = _each(process, [payload])[0]
                kind, payload = ("failed", failure_message(payload, result)) if isinstance(result, Exception) \
                    else ("doc", result)
            if kind == "failed":
                report.failed.append(payload)
            else:
                todo.append((payload, digest))
        merges.stored(len(store_batch(conn, todo, report, force=force, merge=False)))
    merge_point(conn, report)
    report.seconds = time.perf_counter() - start
    return report


def _read_only(items: Iterable[tuple], on_error: Callable[[str], None] | None) -> Iterator[tuple]:
    """The documents of ``items``; each input error goes to ``on_error``."""
    for item in items:
        if item[0] == "error":
            if on_error is not None:
                on_error(item[1])
        else:
            yield item


def store_batch(conn: sqlite3.Connection, docs: list[tuple[Document, str]], report: IngestReport, *,
                force: bool = False, merge: bool = True) -> list[str]:
    """Write processed documents in one transaction and re-merge what they touch (with anything still
    pending) in it; with ``merge=False`` only mark it pending, for the next ``merge_point``."""
    if not docs:
        return []
    stamp = now()
    statuses: list[str] = []
    touched: Touched = {}
    with transaction(conn):
        for doc, digest in docs:
            status, times = put_document(conn, doc, digest, stamp, force=force)
            statuses.append(status)
            for key, ts in times.items():
                touched.setdefault(key, set()).update(ts)
            report.reports += len(doc.events) if status != "unchanged" else 0
        if merge:
            report.events += merge_pending(conn, touched)
        else:
            mark_pending(conn, touched)
        conn.execute("INSERT OR REPLACE INTO info (key, value) VALUES ('last_ingest', ?)", (stamp,))
    report.added += statuses.count("added")
    report.updated += statuses.count("updated")
    report.unchanged += statuses.count("unchanged")
    return statuses


def merge_point(conn: sqlite3.Connection, report: IngestReport) -> None:
    """Remake every merged event awaiting it, in one transaction."""
    with transaction(conn):
        report.events += merge_pending(conn)


@dataclass
class _MergePoints:
    """Counts the documents an ingest stores and calls a merge point every ``every`` of them."""

    conn: sqlite3.Connection
    report: IngestReport
    every: int
    since: int = 0

    def stored(self, n: int) -> None:
        self.since += n
        if self.since >= max(1, self.every):
            merge_point(self.conn, self.report)
            self.since = 0


def _each(process: Callable[[Document], Document], docs: list[Document]) -> list[Document | Exception]:
    out: list[Document | Exception] = []
    for doc in docs:
        try:
            out.append(process(doc))
        except Exception as e:
            out.append(e)
    return out


def _batches(docs: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(docs)
    while batch := list(islice(it, max(1, size))):
        yield batch
