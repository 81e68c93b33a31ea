"""The dashboard's aggregates (country network, map) give the answers of the plain SQL they replaced.

``graph`` and ``locations`` read a covering index and spread per-country-set counts in Python; the
reference functions below are the earlier computations (a self-join of ``event_countries``, a window
over every event), run on a small store with the awkward cases: three-country events, one-country
events, events without a place or without a place's country, one place name in two countries, undated
events, background events and events an analyst marked wrong."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest
from store_docs import report

from rasad.store import EventFilter, open_store
from rasad.store import query as q
from rasad.store.filters import make_filter
from rasad.store.schema import MIGRATIONS, migrate

CITIES = [("Moscow", "RUS"), ("Tehran", "IRN"), ("Baku", "AZE"), ("Tripoli", "LBY"), ("Tripoli", "LBN"),
          ("Sochi", None), (None, None), (None, "CHN")]
SIDES = [("IRN", "RUS"), ("IRN", "RUS", "CHN"), ("AZE", "TUR"), ("CHN", "PAK"), ("IRN",), ("IRN", "IRQ", "SYR"),
         ("LBN", "SYR"), ("IRN", "RUS")]


def reference_graph(conn: sqlite3.Connection, f: EventFilter) -> dict[str, Any]:
    """The country network as computed before schema version 6."""
    cond, params = q.where(f)
    nodes = [{"id": c, "events": n} for c, n in conn.execute(
        f"SELECT ec.country, count(*) FROM event_countries ec JOIN events e ON e.id = ec.event_id "
        f"WHERE {cond} GROUP BY ec.country ORDER BY count(*) DESC, ec.country", params)]
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for a, b, type_, n in conn.execute(
            f"SELECT a.country, b.country, e.type, count(*) FROM events e "
            f"JOIN event_countries a ON a.event_id = e.id JOIN event_countries b ON b.event_id = e.id "
            f"AND a.country < b.country WHERE {cond} GROUP BY a.country, b.country, e.type", params):
        edge = edges.setdefault((a, b), {"source": a, "target": b, "weight": 0, "by_type": {}})
        edge["weight"] += n
        edge["by_type"][type_] = n
    return {"nodes": nodes, "edges": sorted(edges.values(), key=lambda e: (-e["weight"], e["source"], e["target"]))}


def reference_locations(conn: sqlite3.Connection, f: EventFilter, per_place: int = 5) -> dict[str, Any]:
    """The map's places as computed before schema version 6."""
    cond, params = q.where(f)
    places: dict[tuple[str, str | None], dict[str, Any]] = {}
    for name, country, n in conn.execute(
            f"SELECT e.location, e.location_country, count(*) FROM events e WHERE {cond} "
            f"AND e.location IS NOT NULL GROUP BY e.location, e.location_country "
            f"ORDER BY count(*) DESC, e.location", params):
        places[(name, country)] = {"location": name, "location_country": country, "count": n, "events": []}
    for row in conn.execute(
            f"SELECT * FROM (SELECT e.id, e.date, e.type, e.countries, e.location, e.location_country, "
            f"row_number() OVER (PARTITION BY e.location, e.location_country "
            f"ORDER BY e.sort_date DESC, e.id DESC) AS rn FROM events e WHERE {cond} "
            f"AND e.location IS NOT NULL) WHERE rn <= ?", [*params, per_place]):
        places[(row["location"], row["location_country"])]["events"].append(
            {"id": row["id"], "date": row["date"], "type": row["type"],
             "countries": row["countries"].split(",") if row["countries"] else []})
    unplaced = conn.execute(f"SELECT count(*) FROM events e WHERE {cond} AND e.location IS NULL",
                            params).fetchone()[0]
    return {"places": list(places.values()), "unplaced": unplaced}


@pytest.fixture(scope="module")
def varied():
    """About 120 events: every combination of sides, place, type, status and date cycles through."""
    s = open_store(":memory:")
    docs = []
    for i in range(150):
        sides = SIDES[i % len(SIDES)]
        place, place_country = CITIES[i % len(CITIES)]
        year = 2015 + i % 7
        dated = i % 9 != 4
        docs.append(report(
            f"doc-{i}", lang=("fa", "ar", "en")[i % 3], site=f"Outlet {i % 4}",
            published=f"{year}-0{1 + i % 9}-1{i % 10}",
            type="SIGN" if i % 5 == 0 else "MEET", countries=sides, status="planned" if i % 7 == 0 else "occurred",
            date=f"{year}-0{1 + i % 9}-0{1 + i % 9}" if dated else None, date_precision="day" if dated else None,
            location=place, location_country=place_country, background=i % 11 == 3))
    s.ingest(docs, pipeline=lambda d: d)
    some = s.query_events(limit=3, order="date_asc")
    s.correct(some[0]["id"], "wrong", note="test")
    yield s
    s.close()


FILTERS = [dict(), dict(type="MEET"), dict(country="IRN"), dict(dyad="IRN-RUS"), dict(country="CHN", type="SIGN"),
           dict(date_from="2017", date_to="2019-06"), dict(lang="fa"), dict(status="planned"),
           dict(background=True), dict(include_wrong=True), dict(outlet="Outlet 2", date_from="2020"),
           dict(country="LBY"), dict(date_from="2040")]


@pytest.mark.parametrize("values", FILTERS, ids=lambda v: ",".join(f"{k}={x}" for k, x in v.items()) or "all")
def test_the_network_equals_the_self_join_of_event_countries(varied, values):
    f = make_filter(**values)
    got = q.graph(varied._conn, f)
    assert got == reference_graph(varied._conn, f)
    for edge in got["edges"]:
        assert list(edge["by_type"]) == sorted(edge["by_type"])   # the same JSON, key order included


@pytest.mark.parametrize("values", FILTERS, ids=lambda v: ",".join(f"{k}={x}" for k, x in v.items()) or "all")
@pytest.mark.parametrize("per_place", [1, 5, 50])
def test_the_map_equals_the_window_over_every_event(varied, values, per_place):
    f = make_filter(**values)
    assert q.locations(varied._conn, f, per_place) == reference_locations(varied._conn, f, per_place)


def test_the_varied_store_has_the_cases_the_comparison_is_about(varied):
    conn = varied._conn
    widths = {n for (n,) in conn.execute("SELECT count(*) FROM event_countries GROUP BY event_id")}
    assert {1, 2, 3} <= widths
    assert conn.execute("SELECT count(*) FROM events WHERE location IS NULL").fetchone()[0] > 0
    assert conn.execute("SELECT count(*) FROM events WHERE date IS NULL").fetchone()[0] > 0
    assert conn.execute("SELECT count(*) FROM events WHERE background = 1").fetchone()[0] > 0
    assert conn.execute("SELECT count(*) FROM events WHERE wrong = 1").fetchone()[0] == 1
    located = q.locations(conn, EventFilter())["places"]
    assert {p["location_country"] for p in located if p["location"] == "Tripoli"} == {"LBY", "LBN"}
    assert any(p["count"] > 5 for p in located)


def test_a_version_5_database_gets_the_covering_index_and_the_same_answers(tmp_path, varied):
    path = tmp_path / "v5.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=len(MIGRATIONS) - 1)
    conn.close()
    with open_store(path) as s:
        s.ingest([report(f"d{i}", countries=SIDES[i % 4], location=CITIES[i % 5][0],
                         location_country=CITIES[i % 5][1], date=f"2019-0{1 + i}-01", date_precision="day")
                  for i in range(6)], pipeline=lambda d: d)
        indexes = {r[0] for r in s._conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "events_facets" in indexes and "events_listing" not in indexes
        MIGRATIONS[-1][1](s._conn)                       # run again (as a racing process might): harmless
        assert q.graph(s._conn, EventFilter()) == reference_graph(s._conn, EventFilter())
        assert q.locations(s._conn, EventFilter()) == reference_locations(s._conn, EventFilter())
        plan = " ".join(r[3] for r in s._conn.execute(
            "EXPLAIN QUERY PLAN SELECT e.countries, e.type, count(*) FROM events e WHERE e.background = 0 "
            "AND e.wrong = 0 GROUP BY e.countries, e.type"))
        assert "COVERING INDEX events_facets" in plan


def test_connections_opening_a_version_5_database_at_once_all_get_version_6(tmp_path):
    from concurrent.futures import ThreadPoolExecutor

    path = tmp_path / "v5-shared.db"
    conn = sqlite3.connect(path, isolation_level=None)
    migrate(conn, target=len(MIGRATIONS) - 1)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()

    def open_and_read_version(_: int) -> int:
        with open_store(path) as s:
            return s._conn.execute("PRAGMA user_version").fetchone()[0]

    with ThreadPoolExecutor(4) as pool:
        assert set(pool.map(open_and_read_version, range(8))) == {len(MIGRATIONS)}
    with sqlite3.connect(path) as c:
        assert c.execute("SELECT count(*) FROM sqlite_master WHERE name = 'events_facets'").fetchone()[0] == 1
