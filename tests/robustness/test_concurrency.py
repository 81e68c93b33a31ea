"""Many writers at once: every input stored exactly once, on a new database as on an existing one.

Two processes that both find a new file must not both create its tables ("table documents already
exists"), and a document that another writer stored while this one was processing it is unchanged,
not updated. The writers are real processes (forked after the pipeline is warm, so each starts fast).
"""

from __future__ import annotations

import multiprocessing as mp
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from rasad import open_store
from rasad.pipeline import process
from rasad.readers import document_from_record

ARTICLES = [
    ("وزير الدفاع الأردني يستقبل نظيره القبرصي في عمّان ويبحثان التعاون العسكري.", "2024-03-0{}"),
    ("Polish Defence Minister met his Lithuanian counterpart in Vilnius on Monday to discuss air defence.",
     "2024-04-1{}"),
    ("وزیر امور خارجه ارمنستان با همتای گرجی خود در تفلیس دیدار و گفتگو کرد.", "2024-05-2{}"),
]


def docs_for(writer: int, n: int = 3) -> list[dict]:
    text, day = ARTICLES[writer % len(ARTICLES)]
    return [{"id": f"w{writer}-d{i}", "text": f"{text} ({writer}/{i})", "published": day.format(i % 9 + 1)}
            for i in range(n)]


def _writer(path: str, records: list[dict], barrier, results) -> None:
    barrier.wait()
    try:
        with open_store(path) as store:
            report = store.ingest(document_from_record(r, r["id"]) for r in records)
        results.put((report.added, report.updated, report.unchanged, None))
    except Exception as e:  # the parent asserts on it
        results.put((0, 0, 0, f"{type(e).__name__}: {e}"))


def run_writers(path: Path, batches: list[list[dict]]) -> list[tuple]:
    ctx = mp.get_context("fork")
    barrier, results = ctx.Barrier(len(batches)), ctx.Queue()
    procs = [ctx.Process(target=_writer, args=(str(path), b, barrier, results)) for b in batches]
    for p in procs:
        p.start()
    out = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(timeout=60)
    return out


def stored_ids(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return sorted(r[0] for r in conn.execute("SELECT id FROM documents"))
    finally:
        conn.close()


@pytest.fixture(scope="module", autouse=True)
def warm():
    process(document_from_record(docs_for(0)[0], "warm"))  # KB and lexicons loaded before forking


@pytest.mark.skipif(sys.platform == "win32", reason="fork start method")
@pytest.mark.parametrize("writers", [2, 4, 8])
def test_concurrent_writers_on_a_fresh_database_store_every_input_once(tmp_path, writers):
    for round_ in range(3):
        path = tmp_path / f"fresh-{round_}.db"
        batches = [docs_for(w) for w in range(writers)]
        results = run_writers(path, batches)
        assert [r[3] for r in results] == [None] * writers
        assert sum(r[0] for r in results) == 3 * writers
        assert stored_ids(path) == sorted(d["id"] for b in batches for d in b)


def test_concurrent_writers_of_the_same_documents_count_them_once(tmp_path):
    path = tmp_path / "same.db"
    same = docs_for(1, n=4)
    results = run_writers(path, [same] * 4)
    assert [r[3] for r in results] == [None] * 4
    assert sum(r[0] for r in results) == 4  # each document added once, by whichever writer came first
    assert sum(r[1] for r in results) == 0  # and never "updated" by the others: the content is the same
    assert stored_ids(path) == sorted(d["id"] for d in same)
    with open_store(path) as store:
        assert store.stats()["documents"] == 4


def test_concurrent_cli_ingests_into_a_new_database(tmp_path):
    inputs = []
    for w in range(4):
        f = tmp_path / f"in{w}.jsonl"
        f.write_text("\n".join(__import__("json").dumps(d, ensure_ascii=False) for d in docs_for(w)) + "\n",
                     encoding="utf-8")
        inputs.append(f)
    db = tmp_path / "cli.db"
    procs = [subprocess.Popen([sys.executable, "-m", "rasad", "ingest", "--db", str(db), str(f)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in inputs]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0] * 4, outs
    assert len(stored_ids(db)) == 12
