"""Cached aggregate answers last exactly until the database changes."""

from __future__ import annotations

import corpus
from fastapi.testclient import TestClient

from rasad.api import create_app
from rasad.api.cache import AnswerCache
from rasad.store import open_store


def test_answers_are_reused_until_an_ingest_changes_the_database(tmp_path):
    db = corpus.build_db(tmp_path / "rasad.db", open_store)
    app = create_app(db)
    with TestClient(app) as client:
        before = client.get("/api/graph", params={"country": "BRA"}).json()
        assert before["nodes"] == []
        client.get("/api/graph", params={"country": "BRA"})
        assert app.state.cache.hits >= 1
        doc = corpus.hostile()
        doc.id, doc.events[0].countries = "brazil-visit", ["BRA", "TUR"]
        with open_store(db) as store:                      # a concurrent `rasad ingest`
            store.store_document(doc)
        after = client.get("/api/graph", params={"country": "BRA"}).json()
        assert {n["id"] for n in after["nodes"]} == {"BRA", "TUR"}
        assert client.get("/api/events", params={"country": "BRA"}).json()["total"] == 1


def test_cache_size_zero_computes_every_time(tmp_path):
    calls = []
    cache = AnswerCache(tmp_path / "x.db", size=0)
    for _ in range(3):
        cache.get("k", lambda: calls.append(1))
    assert len(calls) == 3


def test_least_recently_used_entries_go_first(tmp_path):
    (tmp_path / "x.db").write_bytes(b"")
    cache = AnswerCache(tmp_path / "x.db", size=2)
    for key in ("a", "b", "a", "c"):
        cache.get(key, lambda: key)
    assert cache.get("a", lambda: "recomputed") == "a"            # used again after b: kept
    assert cache.get("b", lambda: "recomputed") == "recomputed"   # the least recently used: dropped
