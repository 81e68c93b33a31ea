"""Fixtures: a database built from the hand-made corpus (``corpus.py``) and a test client on it."""

from __future__ import annotations

import corpus  # tests/api is on sys.path (pytest's default "prepend" import mode)
import pytest
from fastapi.testclient import TestClient

from rasad.api import create_app
from rasad.store import open_store


@pytest.fixture(scope="session")
def db_path(tmp_path_factory):
    return corpus.build_db(tmp_path_factory.mktemp("api") / "rasad.db", open_store)


@pytest.fixture(scope="session")
def app(db_path):
    return create_app(db_path)


@pytest.fixture(scope="session")
def client(app):
    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def moscow_id(client):
    """The id of the Iran-Russia meeting reported in fa, ar and en."""
    events = client.get("/api/events", params={"dyad": "IRN-RUS"}).json()["events"]
    assert len(events) == 1
    return events[0]["id"]


@pytest.fixture(scope="session")
def hostile_id(client):
    events = client.get("/api/events", params={"dyad": "AZE-TUR"}).json()["events"]
    assert len(events) == 1
    return events[0]["id"]
