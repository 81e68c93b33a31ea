"""The event endpoints: listing with every filter, pagination and order; one event with its sources."""

from __future__ import annotations

import pytest

import corpus

N_EVENTS = 1 + 5 + corpus.SERIES     # the Moscow meeting (3 reports merged into 1), 5 others, the series


def events(client, **params):
    r = client.get("/api/events", params=params)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["ok"] is True
    return body


def test_list_all_events_newest_first(client):
    body = events(client, limit=500)
    assert body["total"] == len(body["events"]) == N_EVENTS
    dates = [e["date"][:7] for e in body["events"] if e["date"]]
    assert dates == sorted(dates, reverse=True)
    first = body["events"][0]
    for field in ("id", "type", "countries", "status", "date", "persons", "plover", "cameo", "n_sources", "langs"):
        assert field in first


def test_pagination_walks_every_event_once(client):
    total = events(client)["total"]
    seen, offset = [], 0
    while offset is not None:
        body = events(client, limit=7, offset=offset)
        assert body["limit"] == 7 and body["offset"] == offset
        assert len(body["events"]) <= 7
        seen += [e["id"] for e in body["events"]]
        offset = body["next_offset"]
    assert len(seen) == len(set(seen)) == total


def test_offset_past_the_end_is_an_empty_page(client):
    body = events(client, offset=10_000)
    assert body["events"] == [] and body["next_offset"] is None and body["total"] > 0


def test_orders(client):
    asc = [e["date"] for e in events(client, order="date_asc", limit=500)["events"] if e["date"]]
    assert [d[:7] for d in asc] == sorted(d[:7] for d in asc)
    top = events(client, order="sources_desc", limit=1)["events"][0]
    assert top["n_sources"] == 3


@pytest.mark.parametrize("params, check", [
    ({"country": "TJK"}, lambda e: "TJK" in e["countries"]),
    ({"country": "tjk"}, lambda e: "TJK" in e["countries"]),
    ({"dyad": "RUS-IRN"}, lambda e: set(e["countries"]) == {"IRN", "RUS"}),
    ({"dyad": "irn,rus"}, lambda e: set(e["countries"]) == {"IRN", "RUS"}),
    ({"type": "SIGN"}, lambda e: e["type"] == "SIGN"),
    ({"status": "planned"}, lambda e: e["status"] == "planned"),
    ({"lang": "ar"}, lambda e: "ar" in e["langs"]),
    ({"outlet": "Sample Daily"}, lambda e: "Sample Daily" in e["outlets"]),
    ({"date_from": "2021-01-01", "date_to": "2021-12-31"}, lambda e: e["date"].startswith("2021")),
    ({"person": "Shoigu"}, lambda e: any(p["name"] == "Sergei Shoigu" for p in e["persons"])),
    ({"person": "سرگئی شویگو"}, lambda e: any(p["name"] == "Sergei Shoigu" for p in e["persons"])),
])
def test_each_filter_narrows_the_list(client, params, check):
    body = events(client, limit=500, **params)
    assert 0 < body["total"] < N_EVENTS
    assert body["total"] == len(body["events"])
    assert all(check(e) for e in body["events"]), params


def test_filters_combine(client):
    body = events(client, country="IRN", type="SIGN", lang="ar")
    assert [e["countries"] for e in body["events"]] == [["AZE", "IRN"]]


def test_a_filter_that_matches_nothing(client):
    body = events(client, country="BRA")
    assert body == {**body, "total": 0, "events": [], "next_offset": None}


def test_one_event_with_sources_evidence_and_persons(client, moscow_id):
    r = client.get(f"/api/events/{moscow_id}")
    assert r.status_code == 200
    body = r.json()
    ev = body["event"]
    assert ev["n_sources"] == 3 and sorted(ev["langs"]) == ["ar", "en", "fa"]
    by_lang = {s["lang"]: s for s in ev["sources"]}
    fa = by_lang["fa"]
    doc = client.get(f"/api/documents/{fa['doc_id']}").json()["document"]
    assert doc["text"][fa["evidence"]["start"]:fa["evidence"]["end"]] == fa["evidence"]["text"]
    assert fa["evidence"]["text"].startswith("امیر حاتمی")
    assert by_lang["en"]["url"].startswith("https://")
    names = {p["name"]: p for p in ev["persons"]}
    assert "امیر حاتمی" in names["Amir Hatami"]["mentions"]
    assert ev["plover"]["event"] == "CONSULT" and ev["cameo"] == "042"
    assert ev["merge_reasons"]


def test_event_labels_give_names_beside_codes(client, moscow_id):
    labels = client.get(f"/api/events/{moscow_id}").json()["labels"]
    assert labels["countries"]["RUS"]["en"] == "Russia"
    assert labels["countries"]["IRN"]["fa"] == "ایران"
    place = labels["place"]
    assert place["name"] == "Moscow" and place["country"] == "RUS"
    assert "مسکو" in place["names"]["fa"] and "موسكو" in place["names"]["ar"]
    assert 55 < place["lat"] < 56 and 37 < place["lon"] < 38


def test_unknown_event_is_404(client):
    r = client.get("/api/events/ev-does-not-exist")
    assert r.status_code == 404
    assert r.json() == {"ok": False, "status": 404, "error": "no event 'ev-does-not-exist'"}


def test_the_api_reads_filters_as_the_command_line_does(client):
    """One rule for both: years and months as dates, types in any case, countries and persons by name."""
    year = events(client, limit=500, date_from="2021", date_to="2021")
    assert year["total"] > 0 and all(e["date"].startswith("2021") for e in year["events"])
    assert events(client, type="meet")["total"] == events(client, type="MEET")["total"]
    by_code = events(client, limit=500, country="IRN")["total"]
    for name in ("Iran", "ایران", "إيران", "iran"):
        assert events(client, limit=500, country=name)["total"] == by_code
    shoigu = events(client, limit=500, person="Shoigu")["total"]
    assert shoigu > 0
    for spelling in ("شویگو", "شويغو", "sergei-shoigu"):
        assert events(client, limit=500, person=spelling)["total"] == shoigu


def test_unknown_names_suggest_the_closest_known_ones(client):
    r = client.get("/api/events", params={"country": "Rusia"})
    assert r.status_code == 422 and "Russia (RUS)" in r.json()["error"]
    r = client.get("/api/events", params={"person": "Shoygu"})
    assert r.status_code == 422 and "Shoigu" in r.json()["error"]
    r = client.get("/api/events", params={"date_from": "2024-02-30"})
    assert r.status_code == 422 and "date_from" in r.json()["error"]


def test_a_search_the_index_cannot_run_is_a_422_saying_how_to_search(client):
    for q in ("*", '"', "(((", "-"):
        r = client.get("/api/search", params={"q": q})
        assert r.status_code == 422, (q, r.text)
        assert "double quotes" in r.json()["error"]


def test_events_as_csv_hold_every_matching_row(client):
    import csv
    import io

    total = events(client)["total"]
    r = client.get("/api/events", params={"format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert len(rows) == total > 50
    r = client.get("/api/export", params={"format": "csv", "bom": "true", "country": "Iran", "table": "dyadic"})
    assert r.content.startswith("\ufeff".encode()) and "source_cow" in r.text.splitlines()[0]
    r = client.get("/api/export", params={"format": "parquet"})
    pq = pytest.importorskip("pyarrow.parquet")
    import pyarrow as pa

    assert pq.read_table(pa.BufferReader(r.content)).num_rows == total
    jl = client.get("/api/export", params={"format": "jsonl", "dyad": "IRN-RUS"}).text
    assert "شویگو" in jl or "حاتمی" in jl or "Shoigu" in jl


def test_json_keeps_persian_and_arabic_readable(client, moscow_id):
    raw = client.get(f"/api/events/{moscow_id}").content.decode("utf-8")
    assert "سرگئی شویگو" in raw and "\\u0633" not in raw
    raw = client.get("/api/persons/sergei-shoigu").content.decode("utf-8")
    assert "شويغو" in raw or "شویگو" in raw


def test_events_dot_csv_like_datasette(client):
    r = client.get("/api/events.csv", params={"country": "Tajikistan"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.text.splitlines()[0].startswith("id,type,date,year,month")
    assert len(r.text.strip().splitlines()) == 1 + events(client, country="TJK")["total"]
    assert client.get("/api/events.xml").status_code == 422
