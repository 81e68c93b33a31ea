"""Errors: one JSON shape, the right status, a message naming the problem; never a 500 for bad input."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from rasad.api import create_app
from rasad.errors import StoreError


def assert_error(r, status, *words):
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/json")
    body = r.json()
    assert set(body) == {"ok", "error", "status"}
    assert body["ok"] is False and body["status"] == status
    for w in words:
        assert w in body["error"], body["error"]


@pytest.mark.parametrize("path, params, word", [
    ("/api/events", {"country": "IR"}, "country"),
    ("/api/events", {"country": "Atlantis"}, "country"),
    ("/api/events", {"country": "ZZZ"}, "country"),
    ("/api/events", {"person": "Nobody Atall"}, "person"),
    ("/api/events", {"date_from": "2024-13"}, "date_from"),
    ("/api/events", {"country": "1RN"}, "country"),
    ("/api/events", {"dyad": "IRN"}, "dyad"),
    ("/api/events", {"dyad": "IRN-RUS-CHN"}, "dyad"),
    ("/api/events", {"dyad": "IRN-IRN"}, "dyad"),
    ("/api/events", {"type": "PROTEST"}, "type"),
    ("/api/events", {"status": "rumoured"}, "status"),
    ("/api/events", {"lang": "de"}, "lang"),
    ("/api/events", {"date_from": "2024-02-30"}, "date_from"),
    ("/api/events", {"date_from": "yesterday"}, "date_from"),
    ("/api/events", {"date_to": "2024-13-01"}, "date_to"),
    ("/api/events", {"date_from": "2020-01-02", "date_to": "2020-01-01"}, "date_from"),
    ("/api/events", {"person": "x" * 201}, "person"),
    ("/api/events", {"person": "   "}, "person"),
    ("/api/events", {"outlet": "a\x00b"}, "outlet"),
    ("/api/events", {"limit": "0"}, "limit"),
    ("/api/events", {"limit": "501"}, "limit"),
    ("/api/events", {"limit": "ten"}, "limit"),
    ("/api/events", {"offset": "-1"}, "offset"),
    ("/api/events", {"order": "random"}, "order"),
    ("/api/graph", {"country": "XX"}, "country"),
    ("/api/timeseries", {"type": "meeting"}, "type"),
    ("/api/locations", {"date_to": "31/12/2020"}, "date_to"),
    ("/api/search", {}, "q"),
    ("/api/search", {"q": ""}, "q"),
    ("/api/search", {"q": " "}, "q"),
    ("/api/search", {"q": "*"}, "search"),
    ("/api/search", {"q": '"'}, "search"),
    ("/api/search", {"q": "((("}, "search"),
    ("/api/search", {"q": "x" * 201}, "q"),
    ("/api/search", {"q": "Moscow", "limit": "1000"}, "limit"),
])
def test_invalid_values_are_422_naming_the_parameter(client, path, params, word):
    assert_error(client.get(path, params=params), 422, word)


@pytest.mark.parametrize("path", ["/api/nothing", "/api/events/x/y", "/nowhere", "/static/nope.js",
                                  "/api/documents/no-such-doc", "/api/events/no-such-event"])
def test_unknown_paths_and_ids_are_404(client, path):
    assert_error(client.get(path), 404)


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
def test_the_api_is_read_only(client, method):
    r = client.request(method, "/api/events")
    assert_error(r, 405, "read-only")
    assert r.headers["allow"] == "GET, HEAD"


def test_a_database_failure_is_503_with_a_message(db_path):
    def broken(*a, **k):
        raise StoreError("database is locked")

    app = create_app(db_path, cache_size=0)
    app.state.stores.get = lambda: type("S", (), {"stats": broken})()
    with TestClient(app) as c:
        assert_error(c.get("/api/stats"), 503, "database is locked")


def test_an_unexpected_error_is_500_without_details(db_path):
    def broken(*a, **k):
        raise RuntimeError("secret internals")

    app = create_app(db_path, cache_size=0)
    app.state.stores.get = lambda: type("S", (), {"stats": broken})()
    with TestClient(app, raise_server_exceptions=False) as c:
        r = c.get("/api/stats")
    assert_error(r, 500, "internal error")
    assert "secret" not in r.text


def test_create_app_refuses_a_missing_database(tmp_path):
    with pytest.raises(StoreError, match="no database"):
        create_app(tmp_path / "missing.db")
