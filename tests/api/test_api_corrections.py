"""Corrections over HTTP: refused on a read-only server, allowed with the token, seen after a re-ingest;
and the per-pair and per-person views."""

from __future__ import annotations

import shutil

import corpus
import pytest
from fastapi.testclient import TestClient

from rasad.api import create_app
from rasad.store import open_store

TOKEN = "s3cret-token-for-tests"


@pytest.fixture
def writable(db_path, tmp_path):
    path = tmp_path / "rw.db"
    shutil.copy(db_path, path)
    with TestClient(create_app(path, corrections_token=TOKEN)) as c:
        yield c, path


def moscow(c):
    return c.get("/api/events", params={"dyad": "IRN-RUS"}).json()["events"][0]["id"]


def test_a_read_only_server_refuses_corrections(client, moscow_id):
    r = client.post(f"/api/events/{moscow_id}/corrections", json={"action": "wrong"})
    assert r.status_code == 405 and r.json()["ok"] is False
    assert client.get("/api/config").json()["corrections"] is False


def test_corrections_need_the_token(writable):
    c, _ = writable
    event = moscow(c)
    assert c.get("/api/config").json()["corrections"] is True
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": TOKEN}):
        r = c.post(f"/api/events/{event}/corrections", json={"action": "wrong"}, headers=headers)
        assert r.status_code == 401, r.text
    assert c.delete(f"/api/events/{event}").status_code == 405        # everything else stays read-only


def test_a_correction_made_through_the_api_survives_a_re_ingest(writable):
    c, path = writable
    event = moscow(c)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = c.post(f"/api/events/{event}/corrections", headers=auth,
               json={"action": "set", "field": "date", "value": "2018-04-02", "note": "TASS dateline",
                     "author": "analyst"})
    assert r.status_code == 201, r.text
    assert r.json()["event"]["date"] == "2018-04-02"
    bad = c.post(f"/api/events/{event}/corrections", headers=auth,
                 json={"action": "set", "field": "date", "value": "2018-02-30"})
    assert bad.status_code == 422 and "date" in bad.json()["error"]
    with open_store(path) as s:                      # re-ingest every document: events are made again
        for doc in corpus.documents():
            doc.text += " "
            s.store_document(doc)
    got = c.get(f"/api/events/{event}").json()["event"]
    assert got["date"] == "2018-04-02" and got["corrected"][0]["note"] == "TASS dateline"
    assert got["corrections"][0]["author"] == "analyst"
    exported = c.get("/api/corrections").json()["corrections"]
    assert len(exported) == 1 and exported[0]["anchors"]
    rows = c.get("/api/export", params={"format": "csv", "dyad": "IRN-RUS"}).text
    assert 'date set to ""2018-04-02""' in rows                   # the corrections column
    cid = c.get(f"/api/events/{event}").json()["event"]["corrections"][0]["id"]
    assert c.post(f"/api/corrections/{cid}/undo", headers=auth).status_code == 200
    assert c.get(f"/api/events/{event}").json()["event"]["date"] == "2018-04-03"


def test_pair_view(client):
    body = client.get("/api/pairs/RUS-IRN").json()
    assert body["dyad"] == ["IRN", "RUS"] and body["total"] >= 1
    assert {"month", "type", "status", "count"} <= set(body["series"][0])
    assert any(p["name"] == "Sergei Shoigu" for p in body["people"])
    assert body["names"]["IRN"]["en"] == "Iran"
    assert client.get("/api/pairs/Iran,Russia").json()["total"] == body["total"]
    assert client.get("/api/pairs/IRN-Atlantis").status_code == 422


def test_person_view(client):
    body = client.get("/api/persons/شويغو").json()
    assert body["person"]["id"] == "sergei-shoigu" and body["total"] >= 1
    assert any(o["role"] == "defense-minister" and o["country"] == "RUS" for o in body["person"]["offices"])
    assert client.get("/api/persons/sergei-shoigu").json()["total"] == body["total"]
    assert client.get("/api/persons/Nobody Atall").status_code == 422


def test_people_of_the_filtered_events(client):
    body = client.get("/api/people", params={"country": "RUS"}).json()
    names = [p["name"] for p in body["people"]]
    assert "Sergei Shoigu" in names and all(p["events"] >= 1 for p in body["people"])
