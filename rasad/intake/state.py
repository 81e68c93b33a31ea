"""Intake state, kept in the event database beside the store's tables, in tables of its own.

    intake_meta       key/value; ``version`` is the version of these tables (apart from the store's
                      ``PRAGMA user_version``, so the two never collide)
    intake_sources    the sources followed: metadata, last success / error, counts
    intake_lists      each feed or sitemap: ETag, Last-Modified, last check
    intake_articles   each article URL once (canonical): the document id it was stored as, the hash of
                      its text, its validators, the feed's stamp for it, when it was first stored

Every write is its own short transaction: an article's row is committed right after the store has
committed the article, so a kill at any moment loses nothing and a restart repeats nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import StoreError
from .sources import Source

__all__ = ["IntakeState", "open_state", "ArticleState", "now", "STATE_VERSION"]

STATE_VERSION = 1

_V1 = """
CREATE TABLE IF NOT EXISTS intake_meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS intake_sources (
    id            TEXT PRIMARY KEY,
    name          TEXT NOT NULL,
    spec          TEXT NOT NULL,
    origin        TEXT NOT NULL,
    enabled       INTEGER NOT NULL DEFAULT 1,
    added_at      TEXT NOT NULL,
    last_polled   TEXT,
    last_success  TEXT,
    last_error    TEXT,
    last_error_at TEXT
);
CREATE TABLE IF NOT EXISTS intake_lists (
    url           TEXT PRIMARY KEY,
    source_id     TEXT NOT NULL,
    etag          TEXT,
    last_modified TEXT,
    checked_at    TEXT
);
CREATE TABLE IF NOT EXISTS intake_articles (
    url           TEXT PRIMARY KEY,
    source_id     TEXT,
    doc_id        TEXT,
    text_hash     TEXT,
    etag          TEXT,
    last_modified TEXT,
    stamp         TEXT,
    status        TEXT NOT NULL,
    error         TEXT,
    attempts      INTEGER NOT NULL DEFAULT 0,
    reports       INTEGER NOT NULL DEFAULT 0,
    first_stored  TEXT,
    fetched_at    TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS intake_articles_source ON intake_articles(source_id);
CREATE INDEX IF NOT EXISTS intake_articles_hash ON intake_articles(text_hash);
CREATE INDEX IF NOT EXISTS intake_articles_stored ON intake_articles(first_stored);
"""


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass
class ArticleState:
    """What intake knows of one article URL."""

    url: str
    status: str                 # stored | unchanged | duplicate | error | skipped
    stamp: str | None = None    # the feed's updated date / the sitemap's lastmod when last read
    etag: str | None = None
    last_modified: str | None = None
    text_hash: str | None = None
    attempts: int = 0
    doc_id: str | None = None


def open_state(path: str | Path) -> IntakeState:
    """The intake state in the database at ``path`` (tables created when missing)."""
    return IntakeState(path)


class IntakeState:
    """Intake's tables in one SQLite file; one instance per thread (the watch loop's main thread)."""

    def __init__(self, path: str | Path, *, readonly: bool = False):
        self.path = str(path)
        try:
            if readonly:
                self._conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, isolation_level=None)
            else:
                self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute("PRAGMA synchronous=NORMAL")  # as the store: safe against a killed process
            self._conn.row_factory = sqlite3.Row
            self._conn.execute("PRAGMA busy_timeout=30000")
            if not readonly:
                self._migrate()
        except sqlite3.Error as e:
            raise StoreError(f"database {self.path}: intake state: {e}") from None

    def _migrate(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            for stmt in filter(str.strip, _V1.split(";")):
                self._conn.execute(stmt)
            row = self._conn.execute("SELECT value FROM intake_meta WHERE key = 'version'").fetchone()
            version = int(row[0]) if row else 0
            if version > STATE_VERSION:
                raise StoreError(f"database {self.path}: intake tables are version {version}, newer than "
                                 f"this rasad knows ({STATE_VERSION}); upgrade rasad")
            self._conn.execute("INSERT OR REPLACE INTO intake_meta (key, value) VALUES ('version', ?)",
                               (str(STATE_VERSION),))
            self._conn.execute("COMMIT")
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> IntakeState:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- sources ---------------------------------------------------------------------------------
    def put_source(self, src: Source, origin: str) -> bool:
        """Add ``src`` or update its description (its state is kept); True when it was new."""
        exists = self._conn.execute("SELECT 1 FROM intake_sources WHERE id = ?", (src.id,)).fetchone()
        spec = json.dumps(src.to_dict(), ensure_ascii=False)
        if exists:
            self._conn.execute("UPDATE intake_sources SET name = ?, spec = ? WHERE id = ?", (src.name, spec, src.id))
        else:
            self._conn.execute("INSERT INTO intake_sources (id, name, spec, origin, added_at) VALUES (?, ?, ?, ?, ?)",
                               (src.id, src.name, spec, origin, now()))
        return not exists

    def remove_source(self, source_id: str) -> bool:
        cur = self._conn.execute("DELETE FROM intake_sources WHERE id = ?", (source_id,))
        self._conn.execute("DELETE FROM intake_lists WHERE source_id = ?", (source_id,))
        return cur.rowcount > 0

    def sources(self, *, enabled_only: bool = True) -> list[Source]:
        sql = "SELECT spec FROM intake_sources" + (" WHERE enabled = 1" if enabled_only else "") + " ORDER BY id"
        return [Source(**json.loads(r[0])) for r in self._conn.execute(sql)]

    def has_source(self, source_id: str) -> bool:
        return self._conn.execute("SELECT 1 FROM intake_sources WHERE id = ?", (source_id,)).fetchone() is not None

    def source_done(self, source_id: str, error: str | None, when: str | None = None) -> None:
        when = when or now()
        if error:
            self._conn.execute("UPDATE intake_sources SET last_polled = ?, last_error = ?, last_error_at = ? "
                               "WHERE id = ?", (when, error, when, source_id))
        else:
            self._conn.execute("UPDATE intake_sources SET last_polled = ?, last_success = ? WHERE id = ?",
                               (when, when, source_id))

    def report(self) -> list[dict[str, Any]]:
        """Each source with its state: last success and error, articles stored, event reports."""
        return source_report(self._conn)

    # -- feeds and sitemaps ------------------------------------------------------------------------
    def list_validators(self, url: str) -> tuple[str | None, str | None]:
        row = self._conn.execute("SELECT etag, last_modified FROM intake_lists WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def put_list(self, url: str, source_id: str, etag: str | None, last_modified: str | None) -> None:
        self._conn.execute("INSERT OR REPLACE INTO intake_lists (url, source_id, etag, last_modified, checked_at) "
                           "VALUES (?, ?, ?, ?, ?)", (url, source_id, etag, last_modified, now()))

    # -- articles --------------------------------------------------------------------------------
    def articles(self, urls: Iterable[str]) -> dict[str, ArticleState]:
        urls = list(urls)
        out: dict[str, ArticleState] = {}
        for i in range(0, len(urls), 500):
            chunk = urls[i:i + 500]
            rows = self._conn.execute(
                "SELECT url, status, stamp, etag, last_modified, text_hash, attempts, doc_id FROM intake_articles "
                f"WHERE url IN ({','.join('?' * len(chunk))})", chunk)
            out.update({r[0]: ArticleState(*r) for r in rows})
        return out

    def doc_with_hash(self, text_hash: str, other_than: str) -> str | None:
        """The document id of another URL already stored with this text."""
        row = self._conn.execute("SELECT doc_id FROM intake_articles WHERE text_hash = ? AND url != ? AND "
                                 "doc_id IS NOT NULL LIMIT 1", (text_hash, other_than)).fetchone()
        return row[0] if row else None

    def put_article(self, url: str, source_id: str | None, status: str, *, doc_id: str | None = None,
                    text_hash: str | None = None, etag: str | None = None, last_modified: str | None = None,
                    stamp: str | None = None, error: str | None = None, reports: int | None = None) -> None:
        """Record what happened to ``url`` (one committed statement)."""
        stamp_now = now()
        old = self._conn.execute("SELECT attempts, first_stored, reports, doc_id, text_hash FROM intake_articles "
                                 "WHERE url = ?", (url,)).fetchone()
        attempts = (old[0] if old else 0) + 1 if status == "error" else 0
        first = old[1] if old and old[1] else (stamp_now if status == "stored" else None)
        if status == "error" and old:  # keep what is known of a stored article; count the failure
            self._conn.execute("UPDATE intake_articles SET error = ?, attempts = ?, fetched_at = ? WHERE url = ?",
                               (error, attempts, stamp_now, url))
            return
        self._conn.execute(
            "INSERT OR REPLACE INTO intake_articles (url, source_id, doc_id, text_hash, etag, last_modified, stamp, "
            "status, error, attempts, reports, first_stored, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (url, source_id, doc_id or (old[3] if old else None), text_hash or (old[4] if old else None), etag,
             last_modified, stamp, status, error, attempts,
             reports if reports is not None else (old[2] if old else 0), first, stamp_now))

    def new_documents(self, since: str, limit: int = 500) -> list[str]:
        """Ids of documents first stored after ``since`` (ISO time), newest first."""
        return new_documents(self._conn, since, limit)

    def counts(self) -> dict[str, int]:
        return {k: n for k, n in self._conn.execute("SELECT status, count(*) FROM intake_articles GROUP BY status")}


def source_report(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Each source with its state (works on a read-only connection; empty before intake ever ran)."""
    try:
        rows = conn.execute(
            "SELECT s.id, s.name, s.spec, s.origin, s.enabled, s.last_polled, s.last_success, s.last_error, "
            "s.last_error_at, (SELECT count(*) FROM intake_articles a WHERE a.source_id = s.id AND a.doc_id IS NOT NULL "
            "AND a.status IN ('stored', 'unchanged')) AS articles, (SELECT coalesce(sum(a.reports), 0) FROM intake_articles a "
            "WHERE a.source_id = s.id) AS reports FROM intake_sources s ORDER BY s.id").fetchall()
    except sqlite3.OperationalError:  # no intake tables yet
        return []
    out = []
    for r in rows:
        spec = json.loads(r["spec"])
        error_current = bool(r["last_error_at"] and (not r["last_success"] or r["last_error_at"] >= r["last_success"]))
        out.append({"id": r["id"], "name": r["name"], "lang": spec.get("lang"), "country": spec.get("country"),
                    "homepage": spec.get("homepage"), "lists": [*spec.get("feeds", []), *spec.get("sitemaps", [])],
                    "origin": r["origin"], "enabled": bool(r["enabled"]), "last_polled": r["last_polled"],
                    "last_success": r["last_success"], "last_error": r["last_error"],
                    "last_error_at": r["last_error_at"], "failing": error_current,
                    "articles": r["articles"], "events": r["reports"]})
    return out


def new_documents(conn: sqlite3.Connection, since: str, limit: int = 500) -> list[str]:
    try:
        rows = conn.execute("SELECT DISTINCT doc_id FROM intake_articles WHERE first_stored > ? AND doc_id IS NOT NULL "
                            "ORDER BY first_stored DESC LIMIT ?", (since, limit)).fetchall()
    except sqlite3.OperationalError:
        return []
    return [r[0] for r in rows]
