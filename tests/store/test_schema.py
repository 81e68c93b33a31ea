"""The database file: versions, migrations from an older rasad, files it must refuse."""

from __future__ import annotations

import sqlite3

import pytest
from store_docs import moscow

from rasad.errors import StoreError
from rasad.store import SCHEMA_VERSION, EventFilter, open_store
from rasad.store.schema import MIGRATIONS, migrate


def version(path) -> int:
    with sqlite3.connect(path) as c:
        return c.execute("PRAGMA user_version").fetchone()[0]


def test_new_database_has_the_current_version(tmp_path):
    path = tmp_path / "new.db"
    open_store(path).close()
    assert version(path) == SCHEMA_VERSION == len(MIGRATIONS)


def test_a_version_1_database_is_migrated_and_its_documents_become_searchable(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)  # what rasad wrote before full-text search existed
    conn.execute("INSERT INTO documents (id, hash, text, ntext, ingested_at, updated_at) "
                 "VALUES ('old-1', 'h', 'وزیر دفاع', 'وزیر دفاع', '2024-01-01', '2024-01-01')")
    conn.close()
    assert version(path) == 1
    with open_store(path) as s:
        assert [h["doc_id"] for h in s.search("وزير")] == ["old-1"]
        s.store_document(moscow("fa"))
        assert s.stats()["documents"] == 2
    assert version(path) == SCHEMA_VERSION


def test_a_version_2_database_gets_report_times_and_merges_with_new_reports(tmp_path):
    path = tmp_path / "v2.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=2)
    conn.execute("INSERT INTO documents (pk, id, hash, text, ntext, published, lang, ingested_at, updated_at) "
                 "VALUES (1, 'old-fa', 'h', 'x', 'x', '2018-04-04', 'fa', '2024-01-01', '2024-01-01')")
    conn.execute("INSERT INTO reports (doc_pk, seq, key, type, countries, date, date_precision, persons, topics, "
                 "background, evidence_text, evidence_start, evidence_end) VALUES "
                 "(1, 0, 'MEET|IRN,RUS', 'MEET', 'IRN,RUS', NULL, NULL, '[]', '[]', 0, 'x', 0, 1)")
    conn.close()
    with open_store(path) as s:
        assert s._conn.execute("SELECT t FROM reports").fetchone()[0] == "2018-04-04"
        s.store_document(moscow("en"))  # dated 2018-04-03: the old undated report joins it
        [e] = s.query_events()
        assert e["n_sources"] == 2


def test_a_version_3_database_gets_its_source_look_up_filled(tmp_path):
    path = tmp_path / "v3.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=3)
    conn.execute("INSERT INTO documents (pk, id, hash, text, ntext, published, lang, outlet, ingested_at, updated_at) "
                 "VALUES (1, 'old-ar', 'h', 'x', 'x', '2018-04-04', 'ar', 'Al-Alam', '2024-01-01', '2024-01-01')")
    conn.execute("INSERT INTO reports (id, doc_pk, seq, key, type, countries, persons, topics, background, "
                 "evidence_text, evidence_start, evidence_end, t) VALUES "
                 "(7, 1, 0, 'MEET|IRN,RUS', 'MEET', 'IRN,RUS', '[]', '[]', 0, 'x', 0, 1, '2018-04-04')")
    conn.execute("INSERT INTO events (id, key, type, countries, sort_date, persons, topics, background, n_sources, "
                 "langs, outlets, reasons) VALUES ('ev1', 'MEET|IRN,RUS', 'MEET', 'IRN,RUS', '2018-04-04', '[]', "
                 "'[]', 0, 1, '[\"ar\"]', '[\"Al-Alam\"]', '[]')")
    conn.execute("INSERT INTO event_reports (report_id, event_id) VALUES (7, 'ev1')")
    conn.close()
    with open_store(path) as s:
        assert [e["id"] for e in s.query_events(EventFilter(lang="ar", outlet="al-alam"))] == ["ev1"]


def test_readonly_open_of_an_old_database_asks_to_migrate(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    conn.close()
    with pytest.raises(StoreError, match="open it once read-write"):
        open_store(path, readonly=True)


def test_a_database_from_a_newer_rasad_is_refused(tmp_path):
    path = tmp_path / "future.db"
    with sqlite3.connect(path) as c:
        c.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer than this rasad"):
        open_store(path)


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("this is not SQLite\n" * 100)
    with pytest.raises(StoreError, match="cannot open database"):
        open_store(path)


def test_readonly_open_of_a_missing_database(tmp_path):
    with pytest.raises(StoreError, match="run `rasad ingest` first"):
        open_store(tmp_path / "missing.db", readonly=True)


def test_a_failed_migration_leaves_the_old_version(tmp_path):
    path = tmp_path / "half.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=1)
    conn.execute("CREATE TABLE documents_fts (x)")  # in the way of migration 2
    with pytest.raises(StoreError, match="version 2"):
        migrate(conn)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    conn.close()
