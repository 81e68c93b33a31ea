"""Storing documents, re-ingesting, and the queries the CLI and the REST API use."""

from __future__ import annotations

import threading

import pytest
from store_docs import HATAMI, SHOIGU, moscow, report

from rasad.document import Document
from rasad.errors import StoreError
from rasad.store import EventFilter, open_store, outlet_of


@pytest.fixture
def filled(store):
    for lang in ("fa", "ar", "en"):
        store.store_document(moscow(lang))
    store.store_document(report("tjk", lang="fa", countries=("IRN", "TJK"), date="2019-05-02", status="planned",
                                published="2019-04-28", site="Tasnim", persons=[HATAMI]))
    store.store_document(report("sign", lang="ar", type="SIGN", countries=("AZE", "IRN"), date="2019-03-11",
                                published="2019-03-12", url="https://www.sample-ar.net/a/1"))
    store.store_document(report("chn", countries=("CHN", "RUS", "PAK"), date="2020-07-01", published="2020-07-02",
                                persons=[SHOIGU], site="Sample Wire"))
    return store


def ids_of(rows):
    return {r["id"] for r in rows}


def test_store_document_added_unchanged_updated(store):
    assert store.store_document(moscow("fa")) == "added"
    assert store.store_document(moscow("fa")) == "unchanged"
    changed = moscow("fa", text="نسخه اصلاح شده: حاتمی و شایگو در مسکو دیدار کردند.",
                     sentence="حاتمی و شایگو در مسکو دیدار کردند", date="2018-04-02")
    assert store.store_document(changed) == "updated"
    [e] = store.query_events()
    assert e["date"] == "2018-04-02" and e["n_sources"] == 1
    doc = store.get_document("fa-moscow")
    assert doc["text"].startswith("نسخه اصلاح شده") and len(doc["events"]) == 1
    assert store.stats()["reports"] == 1


def test_updated_document_without_events_removes_its_event(store):
    store.store_document(moscow("fa"))
    store.store_document(moscow("en"))
    gone = moscow("fa", text="این خبر اصلاح شد و دیداری در کار نبود.", events=[])
    assert store.store_document(gone) == "updated"
    [e] = store.query_events()
    assert e["n_sources"] == 1 and e["langs"] == ["en"]


def test_ingest_processes_only_new_or_changed_documents(store):
    calls = []

    def pipeline(doc):
        calls.append(doc.id)
        return moscow(doc.lang, text=doc.text) if doc.id.endswith("moscow") else doc

    raw = [Document(id=f"{lang}-moscow", text=moscow(lang).text, published="2018-04-04", lang=lang)
           for lang in ("fa", "ar", "en")]
    first = store.ingest(raw, pipeline=pipeline, batch_size=2)
    assert (first.added, first.unchanged, first.reports) == (3, 0, 3)
    again = store.ingest(raw, pipeline=pipeline)
    assert (again.added, again.updated, again.unchanged, again.reports) == (0, 0, 3, 0)
    assert len(calls) == 3
    raw[0].text += " خبر تکمیلی."
    third = store.ingest(raw, pipeline=pipeline)
    assert (third.updated, third.unchanged) == (1, 2) and calls[-1] == "fa-moscow"
    assert store.count_events() == 1 and store.stats()["documents"] == 3


def test_ingest_reports_a_failing_document_and_goes_on(store):
    def pipeline(doc):
        if doc.id == "bad":
            raise ValueError("boom")
        return doc

    docs = [Document(id="bad", text="x", source="bad.txt"), Document(id="good", text="y")]
    rep = store.ingest(docs, pipeline=pipeline)
    assert rep.added == 1 and rep.failed == ["bad.txt: processing failed: ValueError: boom"]


def test_filters(filled):
    s = filled
    everything = s.query_events(limit=100)
    assert len(everything) == s.count_events() == 4
    assert [e["date"] for e in everything] == ["2020-07-01", "2019-05-02", "2019-03-11", "2018-04-03"]
    assert len(s.query_events(EventFilter(country="irn"))) == 3
    assert len(s.query_events(EventFilter(dyad=("RUS", "IRN")))) == 1
    assert len(s.query_events(EventFilter(dyad=("RUS", "PAK")))) == 1
    assert len(s.query_events(EventFilter(person="shoigu"))) == 2
    assert len(s.query_events(EventFilter(person="شويغو"))) == 0       # not a spelling in these texts
    assert len(s.query_events(EventFilter(person="شويگو"))) == 2       # one that is, with Arabic ي
    assert len(s.query_events(EventFilter(person="amir-hatami"))) == 2  # a knowledge-base id
    assert [e["type"] for e in s.query_events(EventFilter(type="sign"))] == ["SIGN"]
    assert [e["status"] for e in s.query_events(EventFilter(status="planned"))] == ["planned"]
    assert len(s.query_events(EventFilter(date_from="2019", date_to="2019-03"))) == 1
    assert len(s.query_events(EventFilter(date_from="2019-03-12"))) == 2
    assert len(s.query_events(EventFilter(lang="ar"))) == 2
    assert len(s.query_events(EventFilter(outlet="sample wire"))) == 2
    assert len(s.query_events(EventFilter(outlet="sample-ar.net"))) == 1  # host without www.
    assert s.count_events(EventFilter(country="IRN", lang="fa", type="MEET")) == 2
    assert len(s.query_events(EventFilter(doc_ids=("sign", "tjk")))) == 2


def test_paging_and_orders(filled):
    s = filled
    pages = [s.query_events(limit=3, offset=0), s.query_events(limit=3, offset=3)]
    assert [len(p) for p in pages] == [3, 1]
    assert ids_of(pages[0]) | ids_of(pages[1]) == ids_of(s.query_events(limit=10))
    assert s.query_events(order="sources_desc")[0]["n_sources"] == 3
    assert s.query_events(order="date_asc")[0]["date"] == "2018-04-03"
    with pytest.raises(StoreError, match="unknown order"):
        s.query_events(order="id; DROP TABLE events")


def test_bad_filter_values_are_store_errors_not_sql(filled):
    with pytest.raises(StoreError, match="ISO 3166"):
        filled.query_events(EventFilter(country="IRN' OR 1=1 --"))
    with pytest.raises(StoreError, match="date_from"):
        filled.query_events(EventFilter(date_from="2019'; DROP TABLE events; --"))
    assert filled.query_events(EventFilter(person="%' OR 1=1 --")) == []
    assert filled.query_events(EventFilter(outlet="x' OR '1'='1")) == []
    assert filled.count_events() == 4


def test_merged_event_record_fields(filled):
    e = filled.query_events(EventFilter(dyad=("IRN", "RUS")))[0]
    for key in ("id", "type", "countries", "status", "mode", "date", "date_precision", "location",
                "location_country", "persons", "topics", "cameo", "plover", "source", "target", "confidence",
                "n_sources", "first_seen", "langs", "outlets"):
        assert key in e
    assert e["first_seen"] == "2018-04-04" and e["cameo"] == "042" and e["plover"]["event"] == "CONSULT"
    assert filled.get_event("nope") is None and filled.get_document("nope") is None


def test_graph_and_timeseries(filled):
    g = filled.graph()
    nodes = {n["id"]: n["events"] for n in g["nodes"]}
    assert nodes == {"IRN": 3, "RUS": 2, "TJK": 1, "AZE": 1, "CHN": 1, "PAK": 1}
    edges = {(e["source"], e["target"]): e for e in g["edges"]}
    assert edges[("AZE", "IRN")]["by_type"] == {"SIGN": 1}
    assert {("CHN", "PAK"), ("CHN", "RUS"), ("PAK", "RUS"), ("IRN", "RUS"), ("IRN", "TJK")} <= edges.keys()
    assert filled.graph(EventFilter(type="SIGN"))["nodes"] == [{"id": "AZE", "events": 1}, {"id": "IRN", "events": 1}]
    ts = filled.timeseries()
    assert {"month": "2018-04", "type": "MEET", "count": 1} in ts and len(ts) == 4
    assert filled.timeseries(EventFilter(country="TJK")) == [{"month": "2019-05", "type": "MEET", "count": 1}]


def test_locations_group_events_by_place(filled):
    found = filled.locations()
    total = sum(p["count"] for p in found["places"]) + found["unplaced"]
    assert total == filled.count_events()
    for place in found["places"]:
        assert place["location"] and 1 <= len(place["events"]) <= min(5, place["count"])
    moscow = [p for p in found["places"] if p["location"] == "Moscow"]
    assert moscow and moscow[0]["location_country"] == "RUS"
    assert filled.locations(EventFilter(country="ZZZ")) == {"places": [], "unplaced": 0}


def test_stats(filled):
    s = filled.stats()
    assert s["documents"] == 6 and s["reports"] == 6 and s["events"] == 4
    assert s["documents_by_lang"] == {"fa": 2, "ar": 2, "en": 2}
    assert s["events_by_type"] == {"MEET": 3, "SIGN": 1} and s["events_with_several_sources"] == 1
    assert s["date_range"] == ["2018-04-03", "2020-07-01"]


def test_outlet_of():
    assert outlet_of(Document(id="a", text="x", site="IRNA", url="https://www.irna.ir/x")) == "IRNA"
    assert outlet_of(Document(id="a", text="x", url="https://WWW.Tasnimnews.com/fa/news/1")) == "tasnimnews.com"
    assert outlet_of(Document(id="a", text="x")) is None


def test_file_store_readonly_and_threads(tmp_path):
    path = tmp_path / "sub" / "r.db"
    with open_store(path) as s:
        s.store_document(moscow("fa"))
        assert s._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    ro = open_store(path, readonly=True)
    with pytest.raises(StoreError, match="read-only"):
        ro.store_document(moscow("en"))
    results = []

    def read():
        results.append(ro.count_events())

    threads = [threading.Thread(target=read) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [1] * 8
    ro.close()


def test_default_path_from_environment(tmp_path, monkeypatch):
    from rasad.store import default_path

    monkeypatch.setenv("RASAD_DB", str(tmp_path / "env.db"))
    assert default_path() == tmp_path / "env.db"
    with open_store() as s:
        assert s.path == tmp_path / "env.db"
    monkeypatch.delenv("RASAD_DB")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_path() == tmp_path / ".local" / "share" / "rasad" / "rasad.db"
