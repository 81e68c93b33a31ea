"""The store commands: ingest (idempotent, updates, kill and resume), events, show, search, stats,
export, demo; errors as one line."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasad.cli import main
from rasad.document import Document, Event, Evidence, PersonRef
from rasad.store import open_store

CITIES = [("IRN", "RUS", "Moscow"), ("IND", "RUS", "New Delhi"), ("AZE", "TUR", "Baku"), ("CHN", "PAK", "Beijing"),
          ("EGY", "SAU", "Cairo"), ("IRN", "TJK", "Dushanbe")]
NAMES = {"IRN": "Iran", "RUS": "Russia", "IND": "India", "AZE": "Azerbaijan", "TUR": "Turkey", "CHN": "China",
         "PAK": "Pakistan", "EGY": "Egypt", "SAU": "Saudi Arabia", "TJK": "Tajikistan"}


def run(*args, input=None, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], input=input, env=env)


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def write_corpus(path: Path, n: int) -> Path:
    """``n`` short English news items (written for this test), one JSON object a line."""
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            a, b, city = CITIES[i % len(CITIES)]
            day = f"2023-{1 + i % 12:02d}-{1 + i % 27:02d}"
            text = (f"{city.upper()} (Sample Wire) - The defence minister of {NAMES[a]} met his counterpart from "
                    f"{NAMES[b]} in {city} on {day}, item {i}. The two sides discussed military cooperation, "
                    f"joint exercises and regional security. " + "Officials gave no further details. " * 4)
            f.write(json.dumps({"id": f"item-{i:04d}", "text": text, "published": day,
                                "url": f"https://wire{i % 4}.example.com/{i}"}) + "\n")
    return path


def hand_built_db(path: Path) -> Path:
    """A database with known merged events, stored as the extraction stages would hand them over."""
    shoigu = PersonRef("Sergei Shoigu", "RUS", "defense minister", ["سرگئی شویگو"], id="sergei-shoigu")
    specs = [("fa-1", "fa", "ISNA", "امیر حاتمی وزیر دفاع ایران در مسکو با سرگئی شویگو دیدار کرد.", "2018-04-03"),
             ("ar-1", "ar", "Al-Alam", "التقى وزير الدفاع الإيراني نظيره الروسي في موسكو.", "2018-04-03"),
             ("en-1", "en", "Sample Wire", "Iran's defence minister met Sergei Shoigu in Moscow.", "2018-04-03"),
             ("en-2", "en", "Sample Wire", "The Iranian and Russian ministers met again in Tehran.", "2018-09-10")]
    with open_store(path) as s:
        for doc_id, lang, site, text, day in specs:
            doc = Document(id=doc_id, text=text, published=day, lang=lang, site=site,
                           url=f"https://{lang}.example.org/{doc_id}", title=f"title {doc_id}")
            doc.events = [Event("MEET", ["IRN", "RUS"], Evidence(text, 0, len(text)), date=day, date_precision="day",
                                location="Moscow" if day.endswith("03") else "Tehran", source="IRN", target="RUS",
                                cameo="042", plover={"event": "CONSULT", "mode": "visit", "context": ["military"]},
                                persons=[shoigu], confidence=0.8)]
            s.store_document(doc)
    return path


# -- ingest --------------------------------------------------------------------------------------

def test_ingest_is_idempotent_and_updates_changed_documents(tmp_path):
    db = tmp_path / "x.db"
    corpus = write_corpus(tmp_path / "in.jsonl", 12)
    res = run("ingest", corpus, "--db", db)
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("12 documents: 12 added, 0 updated, 0 unchanged")
    res = run("ingest", corpus, "--db", db)
    assert res.stdout.startswith("12 documents: 0 added, 0 updated, 12 unchanged")
    records = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    records[3]["text"] = records[3]["text"].replace("item 3", "item 3 (corrected)")
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    res = run("ingest", corpus, "--db", db)
    assert res.stdout.startswith("12 documents: 0 added, 1 updated, 11 unchanged")
    with open_store(db, readonly=True) as s:
        assert s.stats()["documents"] == 12
        assert "corrected" in s.get_document("item-0003")["text"]


def test_ingest_reports_bad_inputs_in_one_line_and_goes_on(tmp_path):
    good = write_corpus(tmp_path / "good.jsonl", 2)
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{broken\n", encoding="utf-8")
    res = run("ingest", bad, good, tmp_path / "missing.txt", "--db", tmp_path / "x.db")
    assert res.exit_code == 1
    errors = [line for line in res.stderr.splitlines() if line.startswith("rasad: error:")]
    assert len(errors) == 2 and f"{bad}:1: invalid JSON" in errors[0] and "no such file" in errors[1]
    assert res.stdout.startswith("2 documents: 2 added")


def test_environment_variable_chooses_the_database(tmp_path):
    db = tmp_path / "env.db"
    res = run("ingest", write_corpus(tmp_path / "in.jsonl", 3), env={"RASAD_DB": str(db)})
    assert res.exit_code == 0 and str(db) in res.stdout and db.is_file()


def test_killed_ingest_leaves_a_consistent_database_and_a_rerun_completes_it(tmp_path):
    n, batch = 400, 5
    corpus = write_corpus(tmp_path / "big.jsonl", n)
    db, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    cmd = [sys.executable, "-c", "from rasad.cli import main; main()", "ingest", str(corpus),
           "--batch-size", str(batch), "--no-progress"]
    proc = subprocess.Popen([*cmd, "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    stored = 0
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        stored = _count(db)
        if stored >= 3 * batch:
            os.kill(proc.pid, signal.SIGKILL)
            break
        time.sleep(0.005)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    after_kill = _count(db)
    assert 0 < after_kill < n and after_kill % batch == 0  # whole batches only
    _check_consistent(db)

    rerun = subprocess.run([*cmd, "--db", str(db)], capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stdout.startswith(f"{n} documents: {n - after_kill} added, 0 updated, {after_kill} unchanged")
    _check_consistent(db, settled=True)
    subprocess.run([*cmd, "--db", str(clean)], check=True, capture_output=True, timeout=300)
    with open_store(db, readonly=True) as resumed, open_store(clean, readonly=True) as fresh:
        assert resumed.stats()["documents"] == fresh.stats()["documents"] == n
        assert _events(resumed) == _events(fresh)


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=0.5) as c:
            return c.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.Error:
        return 0


def _check_consistent(db: Path, settled: bool = False) -> None:
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        c.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        ids = [r[0] for r in c.execute("SELECT id FROM documents")]
        assert len(ids) == len(set(ids))
        # every report is in a merged event, or marked as awaiting its merge (an ingest killed between merge
        # points); each event counts its documents
        assert c.execute("SELECT count(*) FROM reports r WHERE id NOT IN (SELECT report_id FROM event_reports) "
                         "AND NOT EXISTS (SELECT 1 FROM pending_merge p WHERE p.key = r.key AND p.t = coalesce(r.t, ''))"
                         ).fetchone()[0] == 0
        if settled:
            assert c.execute("SELECT count(*) FROM pending_merge").fetchone()[0] == 0
            assert c.execute("SELECT count(*) FROM reports WHERE id NOT IN (SELECT report_id FROM event_reports)"
                             ).fetchone()[0] == 0
        assert c.execute("SELECT count(*) FROM events e WHERE n_sources != (SELECT count(DISTINCT r.doc_pk) "
                         "FROM event_reports er JOIN reports r ON r.id = er.report_id WHERE er.event_id = e.id)"
                         ).fetchone()[0] == 0


def _events(store):
    from rasad.store import EventFilter

    f = EventFilter(include_background=True)
    return sorted((e["id"], e["n_sources"]) for e in store.query_events(f, limit=100_000))


# -- events, show, search, stats -----------------------------------------------------------------

def test_events_as_jsonl_csv_and_table(tmp_path):
    db = hand_built_db(tmp_path / "h.db")
    res = run("events", "--db", db)
    events = lines(res.stdout)
    assert [e["n_sources"] for e in events] == [1, 3] and events[1]["langs"] == ["ar", "en", "fa"]
    res = run("events", "--db", db, "--format", "csv", "--from", "2018-05")
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [r["location"] for r in rows] == ["Tehran"]
    res = run("events", "--db", db, "--format", "table", "--dyad", "RUS,IRN", "--lang", "fa")
    assert res.exit_code == 0
    assert "Moscow" in res.stdout and "IRN→RUS" in res.stdout and "1 of 1 events" in res.stdout
    assert lines(run("events", "--db", db, "--person", "shoigu", "--outlet", "isna").stdout)[0]["n_sources"] == 3


def test_show_an_event_by_id_prefix_and_a_document(tmp_path):
    db = hand_built_db(tmp_path / "h.db")
    moscow = next(e for e in lines(run("events", "--db", db).stdout) if e["n_sources"] == 3)
    res = run("show", moscow["id"][:8], "--db", db)
    assert res.exit_code == 0, res.output
    out = res.stdout
    assert out.startswith(moscow["id"]) and "[3]" in out and "«امیر حاتمی وزیر دفاع ایران" in out
    assert "merged because:" in out and "same-day" in out
    full = json.loads(run("show", moscow["id"], "--db", db, "--format", "json").stdout)
    assert len(full["sources"]) == 3
    assert "title fa-1" in run("show", "fa-1", "--db", db).stdout
    res = run("show", "nothing-like-this", "--db", db)
    assert res.exit_code == 1 and "no event or document" in res.output


def test_search_and_stats(tmp_path):
    db = hand_built_db(tmp_path / "h.db")
    hits = lines(run("search", "وزير", "دفاع", "--db", db).stdout)
    assert {h["doc_id"] for h in hits} == {"fa-1", "ar-1"}
    text = run("search", "shoigu", "--db", db, "--format", "text").stdout
    assert "en-1" in text and "1 document(s)" in text
    s = json.loads(run("stats", "--db", db, "--format", "json").stdout)
    assert s["documents"] == 4 and s["events"] == 2
    assert "events      2" in run("stats", "--db", db).stdout


# -- export --------------------------------------------------------------------------------------

@pytest.mark.parametrize("table_flag", [[], ["--reports"], ["--dyadic"]])
def test_export_every_format_reads_back(tmp_path, table_flag):
    db = hand_built_db(tmp_path / "h.db")
    counts = {}
    for fmt in ("jsonl", "csv", "parquet"):
        out = tmp_path / f"out.{fmt}"
        res = run("export", "--format", fmt, *table_flag, "-o", out, "--db", db)
        assert res.exit_code == 0, res.output
        if fmt == "jsonl":
            counts[fmt] = len(lines(out.read_text(encoding="utf-8")))
        elif fmt == "csv":
            counts[fmt] = len(list(csv.DictReader(out.open(encoding="utf-8"))))
        else:
            pq = pytest.importorskip("pyarrow.parquet")
            counts[fmt] = pq.read_table(out).num_rows
    expected = 4 if table_flag == ["--reports"] else 2
    assert counts == {"jsonl": expected, "csv": expected, "parquet": expected}


def test_dyadic_export_to_stdout(tmp_path):
    db = hand_built_db(tmp_path / "h.db")
    rows = list(csv.DictReader(io.StringIO(run("export", "--dyadic", "--format", "csv", "--db", db).stdout)))
    assert {(r["source_country"], r["target_country"], r["goldstein"]) for r in rows} == {("IRN", "RUS", "1.9")}
    assert sorted(r["n_sources"] for r in rows) == ["1", "3"]


# -- errors, demo --------------------------------------------------------------------------------

def test_errors_are_one_line(tmp_path):
    db = hand_built_db(tmp_path / "h.db")
    res = run("events", "--db", db, "--country", "Iran!")
    assert res.exit_code == 1 and res.stderr.strip().count("\n") == 0
    assert res.stderr.startswith("rasad: error: country: unknown country 'Iran!'; closest: Iran (IRN)")
    res = run("events", "--db", db, "--from", "April")
    assert res.exit_code == 1 and "date_from: 'April' is not a date" in res.stderr
    for bad in ("2024-13", "2024-02-30"):
        res = run("events", "--db", db, "--from", bad)
        assert res.exit_code == 1 and res.stderr.count("\n") == 1 and "date_from" in res.stderr
    res = run("search", "*", "--db", db)
    assert res.exit_code == 1 and res.stderr.count("\n") == 1 and "double quotes" in res.stderr
    not_db = tmp_path / "not.db"
    not_db.write_bytes(b"\x00garbage" * 200)
    res = run("stats", "--db", not_db)
    assert res.exit_code == 1 and res.stderr.startswith("rasad: error: cannot open database")
    res = run("events", "--db", db, "--dyad", "IRN")
    assert res.exit_code == 1 and "dyad" in res.stderr


def test_demo_ingests_the_samples_and_shows_their_events(tmp_path):
    samples = Path(__file__).resolve().parents[2] / "rasad" / "samples"
    if not samples.is_dir():
        pytest.skip("rasad/samples not present yet")
    db = tmp_path / "demo.db"
    res = run("demo", "--db", db)
    assert res.exit_code == 0, res.output
    assert "sample articles" in res.stdout and "merged events" in res.stdout
    again = run("demo", "--db", db)
    assert "already there" in again.stdout and again.exit_code == 0
    with open_store(db, readonly=True) as s:
        assert s.stats()["documents"] > 0


# -- the analyst's day ---------------------------------------------------------------------------

def test_events_as_csv_write_every_row_and_a_table_says_it_is_a_page(tmp_path):
    db = tmp_path / "many.db"
    res = run("ingest", write_corpus(tmp_path / "c.jsonl", 80), "--db", db)
    assert res.exit_code == 0, res.output
    total = json.loads(run("stats", "--db", db, "--format", "json").stdout)["events"]
    assert total > 50
    rows = list(csv.DictReader(io.StringIO(run("events", "--db", db, "--format", "csv").stdout)))
    assert len(rows) == total and "source_cow" in rows[0] and "year" in rows[0]
    table = run("events", "--db", db, "--format", "table").stdout
    assert f"50 of {total} events (a page: --offset 50" in table


def test_filters_by_any_spelling_of_a_person_or_country(tmp_path):
    db = hand_built_db(tmp_path / "h.db")
    for spelling in ("Shoigu", "شویگو", "شويغو", "Sergei Shoigu", "«شویگو»"):
        assert len(lines(run("events", "--db", db, "--person", spelling).stdout)) == 2, spelling
    for name in ("Iran", "ایران", "إيران", "IRN"):
        assert len(lines(run("events", "--db", db, "--country", name).stdout)) == 2, name
    res = run("events", "--db", db, "--person", "Shoygu")
    assert res.exit_code == 1 and "Shoigu" in res.stderr and res.stderr.count("\n") == 1


def test_export_schema_and_bom(tmp_path):
    res = run("export", "--schema", "--dyadic")
    assert res.exit_code == 0 and "`source_gw`" in res.stdout and "| column | type | meaning |" in res.stdout
    db = hand_built_db(tmp_path / "h.db")
    out = tmp_path / "e.csv"
    assert run("export", "--format", "csv", "--bom", "-o", out, "--db", db).exit_code == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfid,")


def test_corrections_survive_a_re_ingest_and_travel_in_a_file(tmp_path):
    db = hand_built_db(tmp_path / "h.db")
    events = lines(run("events", "--db", db).stdout)
    tehran = next(e for e in events if e["n_sources"] == 1)
    moscow = next(e for e in events if e["n_sources"] == 3)
    res = run("correct", tehran["id"], "--set", "date=2018-09-11", "--set", "location=Isfahan,IRN",
              "--note", "the article's dateline", "--db", db)
    assert res.exit_code == 0, res.output
    assert run("correct", moscow["id"], "--wrong", "--db", db).exit_code == 0
    listed = lines(run("events", "--db", db).stdout)
    assert [e["id"] for e in listed] == [tehran["id"]]             # the wrong one is left out
    assert listed[0]["date"] == "2018-09-11" and listed[0]["location"] == "Isfahan"
    assert len(lines(run("events", "--db", db, "--include-wrong").stdout)) == 2
    # a re-ingest that remakes every event keeps the corrections
    with open_store(db) as s:
        for doc_id in ("en-2", "fa-1"):
            doc = s.get_document(doc_id)
            d = Document(id=doc_id, text=doc["text"] + " ", published=doc["published"], lang=doc["lang"],
                         site=doc["outlet"], url=doc["url"], title=doc["title"])
            e = doc["events"][0]
            d.events = [Event("MEET", e["countries"], Evidence(e["evidence"]["text"], 0, len(e["evidence"]["text"])),
                              date=e["date"], date_precision="day", location=e["location"], source="IRN",
                              target="RUS", cameo="042", persons=[], confidence=0.8)]
            assert s.store_document(d) == "updated"
    after = lines(run("events", "--db", db, "--include-wrong").stdout)
    fixed = next(e for e in after if e["id"] == tehran["id"])
    assert fixed["date"] == "2018-09-11" and fixed["location"] == "Isfahan"
    assert next(e for e in after if e["id"] == moscow["id"])["wrong"] is True
    shown = run("show", tehran["id"], "--db", db).stdout
    assert "corrections:" in shown and "date set to" in shown and "the article's dateline" in shown
    # the corrections as a file, applied by another analyst to a database of the same articles
    file = tmp_path / "corrections.jsonl"
    assert run("correct", "--export", file, "--db", db).exit_code == 0
    other = hand_built_db(tmp_path / "other.db")
    res = run("correct", "--apply", file, "--db", other)
    assert res.exit_code == 0 and "3 corrections applied" in res.stderr
    assert [e["location"] for e in lines(run("events", "--db", other).stdout)] == ["Isfahan"]
    again = run("correct", "--apply", file, "--db", other)
    assert "0 corrections applied" in again.stderr and "already applied" in again.stderr
    # withdrawn, the extracted value comes back
    listed = run("correct", "--list", "--db", db).stdout
    first = int(listed.split()[0].lstrip("#"))
    assert run("correct", "--undo", first, "--db", db).exit_code == 0
    assert next(e for e in lines(run("events", "--db", db).stdout) if e["id"] == tehran["id"])["date"] == "2018-09-10"


def test_split_and_merge(tmp_path):
    db = hand_built_db(tmp_path / "h.db")
    events = lines(run("events", "--db", db).stdout)
    moscow = next(e for e in events if e["n_sources"] == 3)
    tehran = next(e for e in events if e["n_sources"] == 1)
    res = run("correct", moscow["id"], "--split", "ar-1", "--db", db)
    assert res.exit_code == 0, res.output
    counts = sorted(e["n_sources"] for e in lines(run("events", "--db", db).stdout))
    assert counts == [1, 1, 2]
    assert run("correct", moscow["id"], "--merge", tehran["id"], "--db", db).exit_code == 0
    counts = sorted(e["n_sources"] for e in lines(run("events", "--db", db).stdout))
    assert counts == [1, 3]
    res = run("correct", moscow["id"], "--set", "colour=red", "--db", db)
    assert res.exit_code == 1 and "unknown field" in res.stderr
    ids = [int(line.split()[0].lstrip("#")) for line in run("correct", "--list", "--db", db).stdout.splitlines()]
    assert len(ids) == 2
    for cid in reversed(ids):                                   # withdrawn: the extracted events come back
        assert run("correct", "--undo", cid, "--db", db).exit_code == 0
    assert sorted(e["n_sources"] for e in lines(run("events", "--db", db).stdout)) == [1, 3]
