"""``Store``: the event database behind the CLI, the REST API and the dashboard."""

from __future__ import annotations

import json
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..document import Document
from ..errors import StoreError
from ..pipeline import Pipeline, process
from . import corrections as corr
from . import query as q
from .ingest import MERGE_EVERY, IngestReport, ingest, ingest_read, store_batch
from .query import EventFilter
from .schema import SCHEMA_VERSION, connect
from .export import arrow_table, export_table, records
from .filters import make_filter
from .search import display_title, search
from .rebuild import pending_count
from .write import content_hash, stored_hashes, transaction

__all__ = ["Store", "EventTable", "open_store", "default_path"]


class _StoredPrefix:
    """``dict.get`` of ``Store._known_hashes`` as a query (never handed to another process)."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def __bool__(self) -> bool:
        return True

    def get(self, doc_id: str) -> str | None:
        row = self._conn.execute("SELECT substr(hash, 1, 16) FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row[0] if row else None


def _counted(items, on_document):
    for item in items:
        if item[0] != "error":
            on_document()
        yield item


def default_path() -> Path:
    """``$RASAD_DB`` when set, else ``~/.local/share/rasad/rasad.db``."""
    env = os.environ.get("RASAD_DB")
    return Path(env).expanduser() if env else Path.home() / ".local" / "share" / "rasad" / "rasad.db"


def open_store(path: str | Path | None = None, *, readonly: bool = False) -> Store:
    """Open the event database at ``path`` (default: ``default_path()``), creating or migrating it
    unless ``readonly``. ``":memory:"`` gives a scratch database."""
    return Store(default_path() if path is None else path, readonly=readonly)


class Store:
    """An open event database. Safe to share between threads (calls are serialised)."""

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = str(path) if str(path) == ":memory:" else Path(path).expanduser()
        self.readonly = readonly
        self._conn = connect(self.path, readonly=readonly)
        self._lock = threading.RLock()

    # -- writing ---------------------------------------------------------------------------------
    def ingest(self, docs: Iterable[Document], *, pipeline: Pipeline | None = None, batch_size: int = 100,
               force: bool = False, jobs: int | None = 1, time_budget: float | None | str = "default",
               merge_every: int = MERGE_EVERY) -> IngestReport:
        """Process (``pipeline``, default the standard one), store and merge ``docs``, one transaction
        per batch, re-merging every ``merge_every`` documents and at the end (``rasad.store.ingest``);
        documents stored before with the same content are skipped unless ``force``.
        ``jobs`` worker processes share the processing (None: every core); ``time_budget``: seconds
        per document (see ``rasad.pipeline.process``)."""
        from ..parallel import Workers

        def run(doc: Document) -> Document:
            if pipeline is None or isinstance(pipeline, Pipeline):
                return process(doc, pipeline, time_budget=time_budget)
            return pipeline(doc)  # any callable Document -> Document

        parallel = pipeline is None or isinstance(pipeline, Pipeline)
        with self._writing(), Workers(jobs if parallel else 1, pipeline=pipeline, time_budget=time_budget) as workers:
            report = ingest(self._conn, docs, run, batch_size=batch_size, force=force, merge_every=merge_every,
                            process_batch=workers.map if workers.jobs > 1 else None)
            self._apply_corrections()
            return report

    def ingest_paths(self, paths: Iterable[str], *, max_bytes: int | None = None, batch_size: int = 100,
                     force: bool = False, jobs: int | None = 1, time_budget: float | None | str = "default",
                     on_error: Callable[[str], None] | None = None,
                     on_document: Callable[[], None] | None = None, merge_every: int = MERGE_EVERY) -> IngestReport:
        """Read (as ``rasad.readers.read_paths``), process, store and merge the documents of ``paths``:
        the same database as ``ingest(read_paths(paths))``, but ``jobs`` worker processes read, hash and
        process while this one stores the batches before. ``on_error`` gets each unreadable input's
        message; ``on_document`` is called once per document read (a progress bar)."""
        from ..parallel import ingest_items
        from ..readers import DEFAULT_MAX_BYTES, read_units

        max_bytes = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
        with self._writing():
            # the workers skip processing what is stored unchanged; this process still checks every hash
            known = None if force else self._known_hashes(in_process=jobs == 1)
            items = ingest_items(read_units(paths, max_bytes=max_bytes), jobs, max_bytes=max_bytes,
                                 digest=content_hash, known=known, time_budget=time_budget)
            if on_document is not None:
                items = _counted(items, on_document)
            report = ingest_read(self._conn, items, lambda d: process(d, time_budget=time_budget),
                                 batch_size=batch_size, force=force, on_error=on_error, merge_every=merge_every)
            self._apply_corrections()
            return report

    def _known_hashes(self, *, in_process: bool, limit: int = 500_000):
        """Each stored document's id → the start of its hash, handed to the workers once; past ``limit``
        documents none (the workers process everything, this process still skips the unchanged), or, with
        no workers, a look-up in the database per document."""
        if self._conn.execute("SELECT count(*) FROM documents").fetchone()[0] <= limit:
            return dict(self._conn.execute("SELECT id, substr(hash, 1, 16) FROM documents").fetchall())
        return _StoredPrefix(self._conn) if in_process else None

    def store_document(self, doc: Document) -> str:
        """Store an already-processed document (its events set) and re-merge what it touches.

        Returns "added", "unchanged" (same content already stored) or "updated" (old events replaced)."""
        with self._writing():
            digest = content_hash(doc)
            if stored_hashes(self._conn, [doc.id]).get(doc.id) == digest:
                return "unchanged"
            status = store_batch(self._conn, [(doc, digest)], IngestReport())[0]
            self._apply_corrections()
            return status

    # -- reading ---------------------------------------------------------------------------------
    def query_events(self, f: EventFilter = EventFilter(), *, limit: int = 50, offset: int = 0,
                     order: str = "date_desc") -> list[dict]:
        """Merged events matching ``f`` (orders: date_desc, date_asc, sources_desc, first_seen_desc)."""
        with self._reading():
            return q.list_events(self._conn, f, limit, offset, order)

    def count_events(self, f: EventFilter = EventFilter()) -> int:
        with self._reading():
            return q.count_events(self._conn, f)

    def get_event(self, event_id: str) -> dict | None:
        """A merged event with its ``sources`` (document, outlet, language, evidence) and ``merge_reasons``."""
        with self._reading():
            return q.get_event(self._conn, event_id)

    def resolve_event_id(self, prefix: str) -> str | None:
        """The one event id starting with ``prefix``; None when none does; StoreError when several do."""
        with self._reading():
            ids = q.resolve_event_id(self._conn, prefix)
        if len(ids) > 1:
            raise StoreError(f"event id {prefix!r} is ambiguous; give more characters")
        return ids[0] if ids else None

    def get_document(self, doc_id: str) -> dict | None:
        """A stored document: text as read, metadata, and its reported events (with merged event ids)."""
        with self._reading():
            row = self._conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
            if row is None:
                return None
            reports = self._conn.execute(
                "SELECT r.*, er.event_id FROM reports r LEFT JOIN event_reports er ON er.report_id = r.id "
                "WHERE r.doc_pk = ? ORDER BY r.seq", (row["pk"],)).fetchall()
        return {"id": row["id"], "title": row["title"] or display_title(row["text"]),
                "title_read": row["title"] is not None, "text": row["text"], "published": row["published"],
                "url": row["url"], "site": row["site"], "outlet": row["outlet"], "lang": row["lang"],
                "source": row["source"], "meta": json.loads(row["meta"]) if row["meta"] else {},
                "warnings": json.loads(row["warnings"]) if row["warnings"] else [],
                "ingested_at": row["ingested_at"], "updated_at": row["updated_at"],
                "events": [report_dict(r) for r in reports]}

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[dict]:
        """Full-text search over the folded text (see ``rasad.store.search``)."""
        with self._reading():
            return search(self._conn, query, limit, offset)

    def graph(self, f: EventFilter = EventFilter()) -> dict:
        with self._reading():
            return q.graph(self._conn, f)

    def timeseries(self, f: EventFilter = EventFilter()) -> list[dict]:
        with self._reading():
            return q.timeseries(self._conn, f)

    def locations(self, f: EventFilter = EventFilter()) -> dict:
        """Places of the filtered events with counts and their latest events (for the map)."""
        with self._reading():
            return q.locations(self._conn, f)

    def monthly(self, f: EventFilter = EventFilter()) -> list[dict]:
        """Dated events per month, type and status."""
        with self._reading():
            return q.monthly(self._conn, f)

    def people(self, f: EventFilter = EventFilter(), limit: int = 50) -> list[dict]:
        """The persons of the filtered events with their number of events, most frequent first."""
        with self._reading():
            return q.people(self._conn, f, limit)

    def stats(self) -> dict:
        """Counts of documents, reports and merged events, by language, type and outlet."""
        with self._reading():
            return _stats(self._conn, self.path)

    def export(self, out: Any, fmt: str = "jsonl", *, table: str = "events",
               f: EventFilter = EventFilter(), bom: bool = False, order: str = "date_asc",
               limit: int | None = None, offset: int = 0) -> int:
        """Write every merged event matching ``f`` (``table="events"``), its per-report events ("reports")
        or the dyadic table ("dyadic") as jsonl, csv (``bom``: with a byte-order mark for spreadsheets)
        or parquet to ``out`` (a text stream; for parquet a path or binary stream); returns the number
        of rows. ``limit``/``offset`` give one page instead of every row."""
        with self._reading():
            return export_table(self._conn, out, fmt, table, f, bom=bom, order=order, limit=limit, offset=offset)

    def filter(self, **values: Any) -> EventFilter:
        """The ``EventFilter`` for values as a user types them (``rasad.store.filters.make_filter``):
        countries and persons by any known name in English, Persian or Arabic, dates checked."""
        with self._reading():
            return make_filter(**values, conn=self._conn)

    def events(self, f: EventFilter | None = None, *, table: str = "events", order: str = "date_asc",
               limit: int | None = None, offset: int = 0, **values: Any) -> EventTable:
        """The matching rows of an export table, for analysis in Python::

            store.events(country="Iran", date_from="2024").to_pandas()

        ``f`` or filter values as ``filter`` takes them; ``table`` is events, reports or dyadic."""
        f = f if f is not None else self.filter(**values)
        with self._reading():
            rows = list(records(self._conn, table, f, order=order, limit=limit, offset=offset))
        return EventTable(rows, table)

    # -- corrections -----------------------------------------------------------------------------
    def correct(self, event_id: str, action: str, field: str | None = None, value: Any = None, *,
                note: str | None = None, author: str | None = None) -> corr.Correction:
        """Record an analyst's correction of a merged event (``rasad.store.corrections``) and apply it."""
        with self._writing(), self._transaction():
            return corr.add(self._conn, event_id, action, field, value, note=note, author=author)

    def undo_correction(self, correction_id: int) -> corr.Correction:
        with self._writing(), self._transaction():
            return corr.undo(self._conn, correction_id)

    def corrections(self, event_id: str | None = None) -> list[corr.Correction]:
        """The active corrections (of one event when ``event_id`` is given), oldest first."""
        with self._reading():
            return corr.list_corrections(self._conn, event_id)

    def export_corrections(self) -> list[dict]:
        with self._reading():
            return corr.export(self._conn)

    def apply_corrections(self, records: list[dict]) -> tuple[int, list[str]]:
        """Add corrections exported from another database; returns (added, reasons for the skipped)."""
        with self._writing(), self._transaction():
            return corr.apply_records(self._conn, records)

    def _apply_corrections(self) -> None:
        """Lay the analysts' corrections over the merged events again (after any write that re-merged)."""
        if not corr.has_corrections(self._conn):
            return
        with self._transaction():
            corr.apply_all(self._conn)

    def _transaction(self):
        return transaction(self._conn)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- plumbing --------------------------------------------------------------------------------
    @contextmanager
    def _writing(self):
        if self.readonly:
            raise StoreError(f"database {self.path} is open read-only")
        with self._reading():
            yield

    @contextmanager
    def _reading(self):
        with self._lock:
            try:
                yield
            except sqlite3.Error as e:
                raise StoreError(f"database {self.path}: {e}") from None


class EventTable:
    """Rows of an export table (``COLUMNS[table]``) with conversions for analysis."""

    def __init__(self, rows: list[dict[str, Any]], table: str = "events"):
        self.rows = rows
        self.table = table

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)

    def to_arrow(self):
        """A ``pyarrow.Table`` with typed columns (dates as date32, lists as lists)."""
        return arrow_table(self.rows, self.table)

    def to_pandas(self):
        """A ``pandas.DataFrame`` (through Arrow: dates as datetime64, codes as strings)."""
        try:
            import pandas  # noqa: F401
        except ImportError:
            raise StoreError("to_pandas needs pandas: pip install 'rasad[analysis]'") from None
        return self.to_arrow().to_pandas(date_as_object=False)


def report_dict(r: sqlite3.Row) -> dict[str, Any]:
    """One stored report in the ``Event.to_dict`` shape, with the id of the merged event it is part of."""
    d = {"type": r["type"], "cameo": r["cameo"], "plover": json.loads(r["plover"]) if r["plover"] else None,
         "countries": r["countries"].split(",") if r["countries"] else [], "source": r["source"],
         "target": r["target"], "status": r["status"], "mode": r["mode"], "date": r["date"],
         "date_precision": r["date_precision"], "location": r["location"],
         "location_country": r["location_country"], "persons": json.loads(r["persons"]),
         "topics": json.loads(r["topics"]), "background": bool(r["background"]),
         "evidence": {"text": r["evidence_text"], "start": r["evidence_start"], "end": r["evidence_end"]},
         "confidence": r["confidence"], "event_id": r["event_id"]}
    if r["date_evidence"]:
        d["date_evidence"] = json.loads(r["date_evidence"])
    return d


def _stats(conn: sqlite3.Connection, path: Path | str) -> dict[str, Any]:
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    pairs = lambda sql: {k: n for k, n in conn.execute(sql)}  # noqa: E731
    size = Path(path).stat().st_size if path != ":memory:" and Path(path).exists() else None
    return {
        "path": str(path), "schema_version": SCHEMA_VERSION, "size_bytes": size,
        "documents": one("SELECT count(*) FROM documents"),
        "documents_by_lang": pairs("SELECT coalesce(lang, '?'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC"),
        "outlets": pairs("SELECT outlet, count(*) FROM documents WHERE outlet IS NOT NULL "
                         "GROUP BY outlet ORDER BY 2 DESC, 1 LIMIT 20"),
        "reports": one("SELECT count(*) FROM reports"),
        "events": one("SELECT count(*) FROM events WHERE background = 0"),
        "background_events": one("SELECT count(*) FROM events WHERE background = 1"),
        "events_by_type": pairs("SELECT type, count(*) FROM events WHERE background = 0 GROUP BY type ORDER BY 1"),
        "events_with_several_sources": one("SELECT count(*) FROM events WHERE background = 0 AND n_sources > 1"),
        "countries": pairs("SELECT ec.country, count(*) FROM event_countries ec JOIN events e ON e.id = ec.event_id "
                           "WHERE e.background = 0 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20"),
        "date_range": list(conn.execute("SELECT min(date), max(date) FROM events "
                                        "WHERE background = 0 AND date IS NOT NULL").fetchone()),
        "undated_events": one("SELECT count(*) FROM events WHERE background = 0 AND date IS NULL"),
        "last_ingest": (conn.execute("SELECT value FROM info WHERE key = 'last_ingest'").fetchone() or [None])[0],
        "keys_awaiting_merge": pending_count(conn),
    }
