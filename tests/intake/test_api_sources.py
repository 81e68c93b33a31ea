"""``/api/sources`` and ``/api/sources/new``: what the dashboard shows of live intake."""

from __future__ import annotations

import pytest

pytest.importorskip("fastapi")

from fastapi.testclient import TestClient  # noqa: E402
from intake_site import article_page, rfc822, rss  # noqa: E402

from rasad.api import create_app  # noqa: E402
from rasad.intake import Source  # noqa: E402


def test_sources_and_events_new_since_a_time(site, intake, tmp_path):
    items = []
    for i in range(2):
        site.add(f"/n/{i}", article_page(i, "fa"))
        items.append((site.url(f"/n/{i}"), f"item {i}", rfc822(1 + i)))
    site.add("/n/rss", rss(items))
    site.add("/down/rss", b"no")
    intake.state.put_source(Source(id="wire", name="Wire", feeds=[site.url("/n/rss")], lang="fa", country="IRN"), "user")
    intake.state.put_source(Source(id="down", name="Down", feeds=[site.url("/down/rss")]), "user")
    intake.run_round(intake.state.sources())
    with TestClient(create_app(intake.store.path)) as client:
        body = client.get("/api/sources").json()
        assert body["ok"] and body["last_read"]
        rows = {s["id"]: s for s in body["sources"]}
        assert rows["wire"]["articles"] == 2 and rows["wire"]["last_success"] and not rows["wire"]["failing"]
        assert rows["down"]["failing"] and "not a feed" in rows["down"]["last_error"]
        fresh = client.get("/api/sources/new", params={"since": "2000-01-01T00:00:00Z"}).json()
        assert fresh["documents"] == 2 and len(fresh["events"]) >= 2
        assert all(client.get(f"/api/events/{e}").status_code == 200 for e in fresh["events"])
        later = client.get("/api/sources/new", params={"since": "2999-01-01T00:00:00.000Z"}).json()
        assert later["events"] == [] and later["since"] == "2999-01-01T00:00:00+00:00"
        bad = client.get("/api/sources/new", params={"since": "yesterday!"})
        assert bad.status_code == 422 and bad.json()["ok"] is False


def test_a_database_intake_never_touched_has_no_sources(tmp_path):
    from rasad.store import open_store

    with open_store(tmp_path / "plain.db"):
        pass
    with TestClient(create_app(tmp_path / "plain.db")) as client:
        assert client.get("/api/sources").json() == {"ok": True, "last_read": None, "sources": []}
        assert client.get("/api/sources/new", params={"since": "2000-01-01"}).json()["events"] == []
