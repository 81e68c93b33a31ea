"""Corrections in the store: apart from extracted data, laid over merged events again after rebuilds."""

from __future__ import annotations

import pytest
from store_docs import moscow, report

from rasad.errors import RasadError
from rasad.store import EventFilter
from rasad.store.corrections import apply_all
from rasad.store.rebuild import rebuild_all


@pytest.fixture
def filled(store):
    for lang in ("fa", "ar", "en"):
        store.store_document(moscow(lang))
    store.store_document(report("tehran", countries=("IRN", "RUS"), date="2018-09-10", published="2018-09-10",
                                location="Tehran", location_country="IRN"))
    return store


def moscow_event(store):
    return next(e for e in store.query_events(EventFilter(include_wrong=True)) if e["n_sources"] == 3)


def test_extracted_reports_are_never_edited(filled):
    e = moscow_event(filled)
    filled.correct(e["id"], "set", "location", "Sochi,RUS", author="a")
    assert filled.get_event(e["id"])["location"] == "Sochi"
    reports = [ev for lang in ("fa", "ar", "en") for ev in filled.get_document(f"{lang}-moscow")["events"]]
    assert {r["location"] for r in reports} == {"Moscow"}


def test_a_full_rebuild_then_apply_all_brings_corrections_back(filled):
    e = moscow_event(filled)
    filled.correct(e["id"], "set", "countries", "Iran,Russia,China")
    filled.correct(e["id"], "set", "add_person", "Belousov")
    conn = filled._conn
    conn.execute("BEGIN")
    rebuild_all(conn)
    assert filled.get_event(e["id"])["countries"] == ["IRN", "RUS"]
    assert apply_all(conn) == 2
    conn.execute("COMMIT")
    got = filled.get_event(e["id"])
    assert got["countries"] == ["CHN", "IRN", "RUS"] and "Andrey Belousov" in [p["name"] for p in got["persons"]]
    assert [x["id"] for x in filled.query_events(EventFilter(country="CHN"))] == [e["id"]]
    assert [x["id"] for x in filled.query_events(filled.filter(person="بلوسوف"))] == [e["id"]]


def test_values_that_make_no_sense_are_refused(filled):
    e = moscow_event(filled)
    for field, value in (("date", "2018-02-30"), ("source", "Atlantis"), ("type", "PROTEST"),
                         ("countries", "IRN"), ("colour", "red")):
        with pytest.raises(RasadError):
            filled.correct(e["id"], "set", field, value)
    with pytest.raises(RasadError, match="no event"):
        filled.correct("ev-none", "wrong")
    assert filled.corrections() == []


def test_wrong_events_are_left_out_unless_asked_for(filled):
    e = moscow_event(filled)
    filled.correct(e["id"], "wrong", note="duplicate")
    assert e["id"] not in [x["id"] for x in filled.query_events()]
    assert filled.count_events(EventFilter(include_wrong=True)) == filled.count_events() + 1
    rows = {r["id"]: r for r in filled.events(include_wrong=True)}
    assert rows[e["id"]]["wrong"] is True and rows[e["id"]]["corrections"] == ["marked wrong"]
    filled.correct(e["id"], "right")
    assert e["id"] in [x["id"] for x in filled.query_events()]
