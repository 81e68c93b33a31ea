"""The main job: the bundled samples ingested, merged into one event per meeting, and shown."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from click.testing import CliRunner

from rasad.cli import main
from rasad.store import EventFilter, open_store

SAMPLES_GOLD = Path(__file__).resolve().parents[1] / "data" / "samples" / "gold.jsonl"


def test_demo_merges_the_samples_into_one_event_per_meeting(tmp_path):
    db = tmp_path / "demo.db"
    res = CliRunner().invoke(main, ["demo", "--db", str(db)])
    assert res.exit_code == 0, res.output
    assert "15 sample articles" in res.stdout and "Tehran" in res.stdout

    gold = [json.loads(line) for line in SAMPLES_GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    meeting_of: dict[tuple[str, str], set[str]] = defaultdict(set)  # (doc, type) -> meeting ids
    meetings = set()
    for g in gold:
        for e in g["events"]:
            if not e.get("background") and e.get("date"):
                meeting_of[(g["doc_id"], e["type"])].add(e["meeting"])
                meetings.add(e["meeting"])
    with open_store(db, readonly=True) as store:
        merged = store.query_events(EventFilter(), limit=100)
        assert len(merged) == len(meetings)
        for event in merged:
            told = set()
            for src in store.get_event(event["id"])["sources"]:
                told |= meeting_of.get((src["doc_id"], event["type"]), set())
            assert len(told) == 1, (event["type"], event["countries"], event["date"], told)


def test_demo_is_idempotent(tmp_path):
    db = tmp_path / "demo.db"
    CliRunner().invoke(main, ["demo", "--db", str(db)])
    res = CliRunner().invoke(main, ["demo", "--db", str(db)])
    assert res.exit_code == 0 and "0 new" in res.stdout and "15 already there" in res.stdout


def test_demo_uses_its_own_database_and_says_so(tmp_path, monkeypatch):
    monkeypatch.delenv("RASAD_DB", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    first = CliRunner().invoke(main, ["demo"])
    second = CliRunner().invoke(main, ["demo"])
    demo_db = tmp_path / ".local" / "share" / "rasad" / "demo.db"
    assert first.exit_code == 0 and demo_db.is_file()
    assert not (tmp_path / ".local" / "share" / "rasad" / "rasad.db").exists()  # the user's database untouched
    assert f"the demo's own database {demo_db}" in first.stdout
    # The second run reads nothing new, and still names the languages of what it shows.
    assert "()" not in second.stdout and "in ar, en, fa stored" in second.stdout
