"""The database file: opening it, its settings, and the schema with its migrations.

The schema version is SQLite's ``PRAGMA user_version``. ``MIGRATIONS[i]`` brings a database from
version ``i`` to ``i + 1``, each in its own transaction, so a database made by an older rasad opens in a
newer one (and one made by a newer rasad is refused instead of damaged).

Tables:

    documents       one row per document: text as read, folded text for search, metadata, content hash
    mentions        knowledge-base mentions found in a document (normalised offsets)
    reports         the events each document reports (one row per ``Event``, evidence in original offsets)
    events          merged events: one per happening, across documents and languages
    event_reports   which reports each merged event is made of
    event_countries, event_persons, event_sources   look-up tables for the filters
    documents_fts   FTS5 index over the folded title and text (since version 2)
    info            key/value facts about the database (last ingest, ...)
    pending_merge   merge keys and times whose merged events await remaking (since version 7)
    corrections     analysts' corrections of merged events, kept apart from extracted data (since
                    version 5; ``rasad.store.corrections``); ``events.wrong`` and ``events.corrected``
                    show their effect and are set again after every re-merge

Version 6 adds no table: ``events_facets``, a covering index the dashboard's aggregates read.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from ..errors import StoreError

__all__ = ["connect", "migrate", "SCHEMA_VERSION", "MIGRATIONS"]

_V1 = """
CREATE TABLE documents (
    pk          INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    hash        TEXT NOT NULL,
    text        TEXT NOT NULL,
    ntext       TEXT NOT NULL,
    title       TEXT,
    ntitle      TEXT,
    published   TEXT,
    url         TEXT,
    site        TEXT,
    outlet      TEXT,
    lang        TEXT,
    source      TEXT,
    meta        TEXT,
    warnings    TEXT,
    ingested_at TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE mentions (
    doc_pk    INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    start     INTEGER NOT NULL,
    end       INTEGER NOT NULL,
    text      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    entity_id TEXT,
    country   TEXT
);
CREATE INDEX mentions_doc ON mentions(doc_pk);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE reports (
    id              INTEGER PRIMARY KEY,
    doc_pk          INTEGER NOT NULL REFERENCES documents(pk) ON DELETE CASCADE,
    seq             INTEGER NOT NULL,
    key             TEXT NOT NULL,
    type            TEXT NOT NULL,
    countries       TEXT NOT NULL,
    status          TEXT,
    mode            TEXT,
    source          TEXT,
    target          TEXT,
    date            TEXT,
    date_precision  TEXT,
    location        TEXT,
    location_country TEXT,
    persons         TEXT NOT NULL,
    topics          TEXT NOT NULL,
    background      INTEGER NOT NULL,
    confidence      REAL,
    cameo           TEXT,
    plover          TEXT,
    evidence_text   TEXT NOT NULL,
    evidence_start  INTEGER NOT NULL,
    evidence_end    INTEGER NOT NULL,
    date_evidence   TEXT,
    UNIQUE (doc_pk, seq)
);
CREATE INDEX reports_key ON reports(key);

CREATE TABLE events (
    id              TEXT PRIMARY KEY,
    key             TEXT NOT NULL,
    type            TEXT NOT NULL,
    countries       TEXT NOT NULL,
    status          TEXT,
    mode            TEXT,
    source          TEXT,
    target          TEXT,
    date            TEXT,
    date_precision  TEXT,
    sort_date       TEXT,
    location        TEXT,
    location_country TEXT,
    persons         TEXT NOT NULL,
    topics          TEXT NOT NULL,
    cameo           TEXT,
    plover          TEXT,
    confidence      REAL,
    background      INTEGER NOT NULL,
    n_sources       INTEGER NOT NULL,
    first_seen      TEXT,
    first_url       TEXT,
    langs           TEXT NOT NULL,
    outlets         TEXT NOT NULL,
    reasons         TEXT NOT NULL
);
CREATE INDEX events_key ON events(key);
CREATE INDEX events_sort ON events(sort_date);

CREATE TABLE event_reports (
    report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    event_id  TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE
);
CREATE INDEX event_reports_event ON event_reports(event_id);

CREATE TABLE event_countries (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    country  TEXT NOT NULL,
    PRIMARY KEY (country, event_id)
) WITHOUT ROWID;
CREATE INDEX event_countries_event ON event_countries(event_id);

CREATE TABLE event_persons (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    term     TEXT NOT NULL,
    PRIMARY KEY (term, event_id)
) WITHOUT ROWID;
CREATE INDEX event_persons_event ON event_persons(event_id);

CREATE TABLE info (
    key   TEXT PRIMARY KEY,
    value TEXT
);
"""

# Version 2: full-text search over the folded title and text, kept in step with ``documents`` by
# triggers (an external-content FTS5 table: the folded text is stored once, in ``documents.ntext``).
_V2 = """
CREATE VIRTUAL TABLE documents_fts USING fts5(
    ntitle, ntext, content='documents', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
    INSERT INTO documents_fts(rowid, ntitle, ntext) VALUES (new.pk, new.ntitle, new.ntext);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, ntitle, ntext) VALUES ('delete', old.pk, old.ntitle, old.ntext);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF ntitle, ntext ON documents BEGIN
    INSERT INTO documents_fts(documents_fts, rowid, ntitle, ntext) VALUES ('delete', old.pk, old.ntitle, old.ntext);
    INSERT INTO documents_fts(rowid, ntitle, ntext) VALUES (new.pk, new.ntitle, new.ntext);
END;
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
"""

# Version 3: each report's place in time (its event day, else its publication day), so that an ingest
# re-merges only the stretch of time it touched instead of every report of a country pair.
_V3 = """
ALTER TABLE reports ADD COLUMN t TEXT;
UPDATE reports SET t = CASE
    WHEN length(date) = 10 AND coalesce(date_precision, 'day') = 'day' AND date(date) = date THEN date
    ELSE (SELECT d.published FROM documents d WHERE d.pk = reports.doc_pk AND date(d.published) = d.published)
END;
DROP INDEX reports_key;
CREATE INDEX reports_key_t ON reports(key, t);
"""

# Version 4: the languages and outlets of each merged event's sources in a look-up table, and an index
# that serves the default listing (newest first, background left out) without sorting.
_V4 = """
CREATE TABLE event_sources (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    lang     TEXT,
    outlet   TEXT COLLATE NOCASE
);
CREATE INDEX event_sources_event ON event_sources(event_id);
CREATE INDEX event_sources_lang ON event_sources(lang, event_id);
CREATE INDEX event_sources_outlet ON event_sources(outlet, event_id);
INSERT INTO event_sources (event_id, lang, outlet)
    SELECT DISTINCT er.event_id, d.lang, d.outlet FROM event_reports er
    JOIN reports r ON r.id = er.report_id JOIN documents d ON d.pk = r.doc_pk;
DROP INDEX events_sort;
CREATE INDEX events_listing ON events(background, sort_date, id);
"""

# Version 5: analysts' corrections, apart from what was extracted. Each names the event it corrects
# and its reports (``anchors``: "doc_id#seq"), so it finds the event again after a re-ingest remade it.
# Indexes keep the listing (without wrong events), the statistics and the date range index-served.
_V5 = """
CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY,
    event_id    TEXT NOT NULL,
    anchors     TEXT NOT NULL,
    action      TEXT NOT NULL,
    field       TEXT,
    value       TEXT,
    note        TEXT,
    author      TEXT,
    created_at  TEXT NOT NULL,
    active      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX corrections_event ON corrections(event_id);
ALTER TABLE events ADD COLUMN wrong INTEGER NOT NULL DEFAULT 0;
ALTER TABLE events ADD COLUMN corrected TEXT;
DROP INDEX events_listing;
CREATE INDEX events_listing ON events(background, wrong, sort_date, id);
CREATE INDEX events_dated ON events(background, date);
CREATE INDEX events_types ON events(background, type, n_sources);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_lang ON documents(lang);
"""

# Version 6: the listing index widened into a covering one for the dashboard's aggregates. Besides the
# order of the listing (newest first), it holds every column the network, the map and the time series
# group by, so those answers read the index alone instead of every event's row (where the persons,
# reasons and sources of each event make the table many times larger). ``IF EXISTS`` / ``IF NOT EXISTS``
# make the step harmless to run again; ``migrate`` runs it under the write lock.
_V6 = """
CREATE INDEX IF NOT EXISTS events_facets ON events(background, wrong, sort_date, id, type, status, countries,
    location, location_country, date);
DROP INDEX IF EXISTS events_listing;
"""


# Version 7: where merged events await remaking. An ingest stores its batches without re-merging each
# one and marks the merge keys and times they touched here, in the batch's own transaction; a merge
# point (every few thousand documents and at the end of the ingest) remakes them all at once and
# clears the marks, so a killed ingest leaves the marks for the next write to finish.
_V7 = """
CREATE TABLE IF NOT EXISTS pending_merge (
    key TEXT NOT NULL,
    t   TEXT NOT NULL,
    PRIMARY KEY (key, t)
) WITHOUT ROWID;
"""


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def run(conn: sqlite3.Connection) -> None:
        for statement in _statements(sql):
            conn.execute(statement)
    return run


def _statements(sql: str) -> list[str]:
    """Split a schema script into statements (trigger bodies kept whole)."""
    out, buf = [], ""
    for line in sql.strip().splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


MIGRATIONS: list[tuple[str, Callable[[sqlite3.Connection], None]]] = [
    ("documents, reports, merged events", _script(_V1)),
    ("full-text search over folded text", _script(_V2)),
    ("reports placed in time for local re-merging", _script(_V3)),
    ("look-up of source languages and outlets; listing index", _script(_V4)),
    ("analysts' corrections", _script(_V5)),
    ("covering index for the dashboard's aggregates", _script(_V6)),
    ("marks of merged events awaiting a re-merge", _script(_V7)),
]
SCHEMA_VERSION = len(MIGRATIONS)


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and, unless read-only, create) the database at ``path`` (``":memory:"`` for a scratch one)."""
    memory = str(path) == ":memory:"
    if not memory:
        path = Path(path).expanduser()
        if readonly and not path.is_file():
            raise StoreError(f"no database at {path}; run `rasad ingest` first")
        if not readonly:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create the folder of {path}: {e.strerror or e}") from None
    try:
        if memory:
            conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        else:
            uri = f"{Path(path).resolve().as_uri()}?mode={'ro' if readonly else 'rwc'}"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                                   timeout=30.0)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
        if not readonly and not memory:
            _use_wal(conn)
            conn.execute("PRAGMA synchronous = NORMAL")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    except sqlite3.DatabaseError as e:
        raise StoreError(f"cannot open database {path}: {e}") from None
    if version > SCHEMA_VERSION:
        conn.close()
        raise StoreError(f"database {path} has schema version {version}, newer than this rasad "
                         f"({SCHEMA_VERSION}); upgrade rasad to open it")
    if version < SCHEMA_VERSION:
        if readonly:
            conn.close()
            raise StoreError(f"database {path} has schema version {version} (current: {SCHEMA_VERSION}); "
                             "open it once read-write (e.g. `rasad stats --db ...`) to migrate it")
        migrate(conn)
    return conn


def _use_wal(conn: sqlite3.Connection, wait: float = 30.0) -> None:
    """Switch a new database to WAL; SQLite answers "locked" at once (no busy wait) while another
    process creates the same file, so the switch is retried for up to ``wait`` seconds."""
    deadline = time.monotonic() + wait
    pause = 0.005
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) and "busy" not in str(e) or time.monotonic() > deadline:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.2)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply the migrations from the database's version up to ``target``; returns the new version.

    Each step re-reads the version after taking the write lock: another process may have migrated the
    database (or created it) while this one waited, and must not run the same step twice."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    while version < target:
        try:
            conn.execute("BEGIN IMMEDIATE")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version >= target:
                conn.execute("COMMIT")
                break
            description, step = MIGRATIONS[version]
            step(conn)
            conn.execute(f"PRAGMA user_version = {version + 1:d}")
            conn.execute("COMMIT")
        except sqlite3.Error as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StoreError(f"migrating the database to version {version + 1} "
                             f"({MIGRATIONS[min(version, len(MIGRATIONS) - 1)][0]}) failed: {e}") from None
        version += 1
    return version
