"""Documents, search, stats, graph, time series, locations, countries, OpenAPI, pages and headers."""

from __future__ import annotations

import hashlib
from urllib.parse import quote

import pytest

import corpus


def ok(client, path, **params):
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["ok"] is True
    return body


def test_document_text_as_read_with_its_events(client):
    doc = ok(client, "/api/documents/ar-moscow")["document"]
    assert doc["lang"] == "ar" and doc["title"] == "حاتمي يلتقي شويغو في موسكو"
    ev = doc["events"][0]
    assert doc["text"][ev["evidence"]["start"]:ev["evidence"]["end"]] == ev["evidence"]["text"]
    assert ev["event_id"]


def test_document_does_not_reveal_the_server_file_path(client):
    events = client.get("/api/events").json()["events"]
    doc_id = client.get(f"/api/events/{events[0]['id']}").json()["event"]["sources"][0]["doc_id"]
    doc = client.get(f"/api/documents/{doc_id}").json()["document"]
    assert "source" not in doc


def test_document_ids_with_odd_characters(client):
    doc = ok(client, f"/api/documents/{quote('hostile<script>', safe='')}")["document"]
    assert doc["title"] == corpus.HOSTILE_TITLE


def test_search_finds_persian_arabic_and_english(client):
    assert [r["doc_id"] for r in ok(client, "/api/search", q="مسکو")["results"]] == ["fa-moscow"]
    assert "ar-moscow" in [r["doc_id"] for r in ok(client, "/api/search", q="موسكو")["results"]]
    found = ok(client, "/api/search", q="Shoigu")["results"]
    assert [r["doc_id"] for r in found] == ["en-moscow"]
    assert found[0]["snippet"]


def test_search_spelled_with_arabic_letters_finds_persian(client):
    # «مسكو» with Arabic kaf is the Persian «مسکو» after folding; the Arabic article says «موسكو»
    assert "fa-moscow" in [r["doc_id"] for r in ok(client, "/api/search", q="مسكو")["results"]]


def test_search_pages(client):
    first = ok(client, "/api/search", q="defence talks", limit=5)["results"]
    second = ok(client, "/api/search", q="defence talks", limit=5, offset=5)["results"]
    assert len(first) == 5 and len(second) == 5
    assert not {r["doc_id"] for r in first} & {r["doc_id"] for r in second}


def test_search_with_markup_and_operators_is_just_text(client):
    for q in ['"unbalanced', "a OR b NOT c*", "<script>alert(1)</script>", "NEAR(x y)", "'; DROP TABLE events; --"]:
        assert ok(client, "/api/search", q=q)["query"] == q.strip()


def test_stats_counts_without_server_paths(client):
    stats = ok(client, "/api/stats")["stats"]
    assert stats["documents"] == len(corpus.documents())
    assert stats["events"] == 1 + 5 + corpus.SERIES
    assert "path" not in stats


def test_graph_nodes_and_weighted_edges_by_type(client):
    body = ok(client, "/api/graph")
    nodes = {n["id"]: n["events"] for n in body["nodes"]}
    assert nodes["TJK"] == 1
    edges = {(e["source"], e["target"]): e for e in body["edges"]}
    irn_rus = edges[("IRN", "RUS")]
    assert irn_rus["weight"] == 1 and irn_rus["by_type"] == {"MEET": 1}
    for e in body["edges"]:
        assert e["weight"] == sum(e["by_type"].values())


def test_graph_follows_the_filters(client):
    body = ok(client, "/api/graph", type="SIGN", date_from="2019-01-01", date_to="2019-12-31")
    pairs = {(e["source"], e["target"]) for e in body["edges"]}
    assert ("AZE", "IRN") in pairs and ("IND", "RUS") not in pairs


def test_timeseries_by_month_and_type(client):
    series = ok(client, "/api/timeseries")["series"]
    assert sum(r["count"] for r in series) == 1 + 5 + corpus.SERIES
    assert {"month": "2018-04", "type": "MEET", "count": 1} in series
    assert all(len(r["month"]) == 7 for r in series)
    signs = ok(client, "/api/timeseries", type="SIGN")["series"]
    assert signs and all(r["type"] == "SIGN" for r in signs)


def test_locations_place_events_with_coordinates(client):
    body = ok(client, "/api/locations", lang="fa")
    names = {p["name"]: p for p in body["locations"]}
    assert set(names) == {"Moscow", "Tehran"}
    assert names["Tehran"]["count"] == 1 and names["Tehran"]["precision"] == "city"
    assert 35 < names["Tehran"]["lat"] < 36 and "تهران" in names["Tehran"]["names"]["fa"]
    assert body["truncated"] is False and body["scanned"] == body["total"] == 2


def test_an_event_without_a_place_falls_back_or_is_counted(client):
    body = ok(client, "/api/locations", dyad="CHN-PAK")         # a phone call: no location at all
    assert body["locations"] == [] and body["unplaced"] == 1


def test_countries_in_three_languages(client):
    countries = ok(client, "/api/countries")["countries"]
    assert countries["TJK"] == {"code": "TJK", "en": "Tajikistan", "fa": "تاجیکستان", "ar": "طاجيكستان"}
    assert len(countries) > 240


def test_openapi_is_published_and_lists_every_endpoint(client):
    spec = client.get("/api/openapi.json").json()
    assert spec["info"]["title"] == "rasad"
    assert {"/api/events", "/api/events/{event_id}", "/api/documents/{doc_id}", "/api/search", "/api/stats",
            "/api/graph", "/api/timeseries", "/api/locations", "/api/countries", "/api/export",
            "/api/pairs/{dyad}", "/api/persons/{person}", "/api/corrections"} <= set(spec["paths"])
    params = {p["name"]: p for p in spec["paths"]["/api/events"]["get"]["parameters"]}
    assert {"country", "dyad", "person", "type", "status", "date_from", "date_to", "lang", "outlet",
            "limit", "offset", "order"} <= set(params)
    writing = {path for path, ops in spec["paths"].items() if set(ops) - {"get"}}
    assert writing == {"/api/events/{event_id}/corrections", "/api/corrections/{correction_id}/undo"}


def test_no_docs_page_that_would_load_scripts_from_a_cdn(client):
    assert client.get("/docs").status_code == 404
    assert client.get("/redoc").status_code == 404


@pytest.mark.parametrize("path", ["/", "/event/anything", "/document/x%2Fy", "/search?q=x"])
def test_pages_serve_the_dashboard(client, path):
    r = client.get(path)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "<script src=\"/static/js/main.js\" type=\"module\"></script>" in r.text
    assert "http://" not in r.text.replace("http://www.w3.org", "") and "https://" not in r.text


@pytest.mark.parametrize("path", ["/", "/api/events", "/api/nothing", "/static/css/app.css"])
def test_security_headers_everywhere(client, path):
    h = client.get(path).headers
    csp = h["content-security-policy"]
    for directive in ("default-src 'none'", "script-src 'self'", "style-src 'self'", "connect-src 'self'",
                      "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'",
                      "require-trusted-types-for 'script'"):
        assert directive in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp and "*" not in csp
    assert h["x-content-type-options"] == "nosniff"
    assert h["x-frame-options"] == "DENY"
    assert h["referrer-policy"] == "no-referrer"


def test_static_files_are_bundled_and_compressed(client):
    r = client.get("/static/vendor/cytoscape.min.js", headers={"Accept-Encoding": "gzip"})
    assert r.status_code == 200 and r.headers["content-encoding"] == "gzip"
    assert client.get("/static/vendor/countries-110m.json").json()["type"] == "Topology"
    assert client.get("/static/vendor/Vazirmatn-wght.woff2").content[:4] == b"wOF2"


def test_serving_never_writes_the_database(db_path, client, moscow_id):
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    for path in ["/api/events", f"/api/events/{moscow_id}", "/api/stats", "/api/graph", "/api/search?q=Moscow",
                 "/api/locations", "/api/timeseries", "/api/documents/fa-moscow"]:
        client.get(path)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before


@pytest.mark.parametrize("path", ["/", "/api/events", "/static/css/app.css"])
def test_head_answers_like_get_without_a_body(client, path):
    get, head = client.get(path), client.head(path)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["content-type"] == get.headers["content-type"]
    assert "content-security-policy" in head.headers
