"""`rasad batch` on a real local cluster (two worker processes) gives exactly the events `rasad ingest`
gives on one machine — ids, sides, dates, sources, merge reasons, places, persons, confidence — also
when a worker dies mid-run."""

from __future__ import annotations

import glob
import json
import logging
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasad.cli import main
from rasad.store import EventFilter, open_store

from scale_corpus import make_corpus


def events_of_store(db: Path) -> dict[str, tuple]:
    with open_store(db) as store:
        events = store.query_events(EventFilter(include_background=True), limit=100_000)
        full = {e["id"]: store.get_event(e["id"]) for e in events}
        return {e["id"]: (tuple(e["countries"]), e["source"], e["target"], e["type"], e["date"], e["date_precision"],
                          e["n_sources"], tuple(sorted(s["doc_id"] for s in full[e["id"]]["sources"])),
                          json.dumps(full[e["id"]]["merge_reasons"]), e["location"], json.dumps(e["persons"]),
                          e["confidence"])
                for e in events}


def events_of_batch(out: Path) -> dict[str, tuple]:
    import pyarrow.parquet as pq

    rows = [r for f in sorted(glob.glob(str(out / "events" / "*.parquet"))) for r in pq.read_table(f).to_pylist()]
    assert len({r["id"] for r in rows}) == len(rows)
    return {r["id"]: (tuple(r["countries"].split(",")), r["source"], r["target"], r["type"], r["date"],
                      r["date_precision"], r["n_sources"], tuple(sorted(d for d, _ in json.loads(r["members"]))),
                      json.dumps(json.loads(r["reasons"])), r["location"], json.dumps(json.loads(r["persons"])),
                      r["confidence"])
            for r in rows}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    return make_corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="module")
def single(corpus, tmp_path_factory) -> dict[str, tuple]:
    db = tmp_path_factory.mktemp("single") / "one.db"
    result = CliRunner().invoke(main, ["ingest", "--db", str(db), *corpus])
    assert result.exit_code == 0, result.output
    events = events_of_store(db)
    assert len(events) > 30 and any(e[6] > 1 for e in events.values())  # merging had work to do
    return events


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.CRITICAL) as cluster, Client(cluster) as c:
        yield c


def test_batch_on_two_worker_processes_gives_the_events_of_one_machine(corpus, single, client, tmp_path):
    result = CliRunner().invoke(main, ["batch", *corpus, "--out", str(tmp_path), "--scheduler",
                                       client.scheduler.address])
    assert result.exit_code == 0, result.output
    assert events_of_batch(tmp_path) == single
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert [s["input"] for s in manifest["shards"]] == corpus
    assert manifest["summary"]["docs"] == 62 and manifest["summary"]["failed"] == 0
    assert len(glob.glob(str(tmp_path / "dyadic" / "*.parquet"))) >= 1

    # the dashboard's store, loaded from the batch: the same events
    db = tmp_path / "loaded.db"
    loaded = CliRunner().invoke(main, ["ingest", "--db", str(db), "--from-parquet", str(tmp_path)])
    assert loaded.exit_code == 0, loaded.output
    assert events_of_store(db) == single
    # ... stored with the content hashes `rasad ingest` gives: reading the files again finds them
    # unchanged (but the document met twice, whose two versions replace each other, as on one machine)
    again = CliRunner().invoke(main, ["ingest", "--db", str(db), *corpus])
    assert "0 added, 2 updated, 60 unchanged" in again.output
    assert events_of_store(db) == single


def test_a_second_run_skips_the_shards_done(corpus, single, client, tmp_path):
    from rasad.scale import run_batch

    first = run_batch(corpus, str(tmp_path), client)
    shards = sorted(os.listdir(tmp_path / "shards"))
    second = run_batch(corpus, str(tmp_path), client)
    assert not any(s.skipped for s in first.shards) and all(s.skipped for s in second.shards)
    assert sorted(os.listdir(tmp_path / "shards")) == shards  # no temporary file left behind
    assert second.docs == first.docs and events_of_batch(tmp_path) == single


def test_an_input_that_fails_is_listed_and_the_rest_is_merged(corpus, tmp_path):
    # rasad batch's own local cluster (one worker process here)
    result = CliRunner().invoke(main, ["batch", corpus[0], str(tmp_path / "missing.jsonl"), "--out",
                                       str(tmp_path / "out"), "--workers", "1"])
    assert result.exit_code == 1
    assert "missing.jsonl" in result.output and "shard failed twice" in result.output
    assert "2 inputs (0 already done, 1 failed): 18 documents" in result.output
    assert events_of_batch(tmp_path / "out")


def test_a_broken_knowledge_base_ends_the_run_with_its_one_line_and_no_shard(corpus, tmp_path):
    # without the check, every document of every shard failed on its own and the run "succeeded" empty
    import subprocess

    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "places.toml").write_text('[dup]\nname = "A"\n\n[dup]\nname = "B"\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "rasad", "batch", *corpus, "--out", str(tmp_path / "out"),
                          "--workers", "1"], capture_output=True, text=True, timeout=300,
                         env={**os.environ, "RASAD_KB": str(kb)})
    assert run.returncode == 1 and run.stdout == ""
    lines = run.stderr.strip().splitlines()
    assert len(lines) == 1 and "places.toml" in lines[0] and "invalid TOML" in lines[0], run.stderr[-500:]
    assert not glob.glob(str(tmp_path / "out" / "shards" / "*.parquet"))


def _dies_once(source, out_dir, **kw):
    """A shard function whose worker process dies the first time it is given the WARC file."""
    from rasad.scale import run_shard

    marker = Path(out_dir).parent / "died"
    if source.endswith(".warc.gz") and not marker.exists():
        marker.write_text(str(os.getpid()))
        os._exit(1)
    return run_shard(source, out_dir, **kw)


def test_a_worker_killed_mid_run_leaves_the_result_complete_and_identical(corpus, single, tmp_path):
    import cloudpickle
    from distributed import Client, LocalCluster

    from rasad.scale import run_batch

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # the workers cannot import this test file
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0",
                      silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
        result = run_batch(corpus, str(tmp_path), client, shard=_dies_once)
    assert (tmp_path / "died").exists()
    assert not result.failed and result.docs == 62
    assert events_of_batch(tmp_path) == single
