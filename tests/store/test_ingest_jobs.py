"""``rasad ingest --jobs N``: the workers read, hash and process while the calling process stores; the
database is the one a single job (and the plain ``Store.ingest(read_paths(...))``) makes, including
re-ingesting unchanged input, documents replaced within one run, and folders with bad files."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from click.testing import CliRunner

from rasad.cli import main
from rasad.parallel import CHUNK
from rasad.readers import read_paths
from rasad.store import open_store

TEXTS = [
    "وزیر دفاع ایران روز دوشنبه در مسکو با همتای روس خود دیدار و درباره همکاری‌های نظامی گفتگو کرد.",
    "Indian Defence Minister met his Russian counterpart in Moscow on Tuesday and signed a defence cooperation roadmap.",
    "التقى وزير الدفاع الإيراني نظيره الطاجيكي في دوشنبه أمس وبحثا التعاون العسكري بين البلدين.",
    "Chinese and Pakistani defence ministers signed a memorandum of understanding in Beijing on joint exercises.",
    "The Azerbaijani defence minister received a Turkish military delegation in Baku on Wednesday.",
]
DATES = ["2024-05-14", "2023-02-01", "2022-11-20", "2021-07-09"]
TIMES = {"ingested_at", "updated_at", "first_seen", "last_seen", "value"}  # wall-clock stamps of a run


def _line(i: int, text_shift: int = 0) -> str:
    rec = {"id": f"n{i:03d}", "text": TEXTS[(i + text_shift) % len(TEXTS)], "published": DATES[i % len(DATES)]}
    return json.dumps(rec, ensure_ascii=False) + "\n"


def _corpus(folder: Path) -> Path:
    """JSONL with broken lines and a document given twice (changed, then as first), HTML pages, bad files."""
    folder.mkdir()
    lines = [_line(i) for i in range(CHUNK * 3)]
    lines[5] = '{"id": "cut", "text": \n'
    lines[9] = '{"id": "no-text"}\n'
    lines[12] = _line(3, text_shift=1)  # n003 again, changed: stored over within the run
    lines[20] = _line(3)               # and back to what it was
    (folder / "a.jsonl").write_text("".join(lines), encoding="utf-8")
    for i in range(6):
        body = "".join(f"<p>{t}</p>" for t in TEXTS[i % len(TEXTS):] + TEXTS[:i % len(TEXTS)])
        (folder / f"page{i}.html").write_text(f"<html><head><meta charset='utf-8'><title>t{i}</title></head><body>"
                                              f"<nav>home</nav>{body}</body></html>", encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "big.txt").write_text("x" * 3000, encoding="utf-8")
    return folder


def _tables(path: Path) -> dict[str, list[str]]:
    """Every table's rows, sorted, without the run's time stamps."""
    conn = sqlite3.connect(path)
    out = {}
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
                                "AND name NOT LIKE '%fts%'"):
        cols = [r[1] for r in conn.execute(f"PRAGMA table_info({name})") if r[1] not in TIMES]
        out[name] = sorted(repr(r) for r in conn.execute(f"SELECT {', '.join(cols) or 1} FROM {name}"))
    conn.close()
    return out


def _ingest_paths(db: Path, folder: Path, jobs: int):
    errors: list[str] = []
    with open_store(db) as store:
        report = store.ingest_paths([str(folder)], max_bytes=2000, jobs=jobs, on_error=errors.append)
    return report.to_dict() | {"seconds": 0}, errors


def test_two_jobs_store_what_one_job_and_plain_ingest_store(tmp_path):
    folder = _corpus(tmp_path / "in")
    with open_store(tmp_path / "plain.db") as store:  # the documents read here, processed one by one
        docs = [d for d in read_paths([str(folder)], max_bytes=2000) if not isinstance(d, Exception)]
        plain = store.ingest(docs, jobs=1).to_dict()
    one, one_errors = _ingest_paths(tmp_path / "one.db", folder, 1)
    two, two_errors = _ingest_paths(tmp_path / "two.db", folder, 2)
    assert one == two
    assert one == plain | {"seconds": 0}
    assert one["updated"] == 2 and one["added"] > CHUNK * 2
    assert one_errors == two_errors and len(one_errors) == 4  # two bad lines, an empty file, a big file
    assert any("a.jsonl:6" in e for e in one_errors) and any("big.txt" in e for e in one_errors)
    tables = _tables(tmp_path / "one.db")
    assert tables == _tables(tmp_path / "two.db") == _tables(tmp_path / "plain.db")
    assert tables["events"] and tables["reports"]

    # again: unchanged but for n003, changed and changed back within the input; the same database
    again = [_ingest_paths(tmp_path / f"{name}.db", folder, jobs)[0] for name, jobs in (("one", 1), ("two", 2))]
    assert again[0] == again[1]
    assert again[0]["unchanged"] == one["documents"] - 2 and again[0]["updated"] == 2 and again[0]["added"] == 0
    after = _tables(tmp_path / "one.db")
    assert after == _tables(tmp_path / "two.db")
    assert after["events"] == tables["events"] and after["documents"] == tables["documents"]


def test_a_document_stored_unchanged_but_replaced_within_the_run_is_processed_again(tmp_path):
    folder = _corpus(tmp_path / "in")
    for name, jobs in (("one", 1), ("two", 2)):  # n003 first stored as it ends up; the run changes it and back
        with open_store(tmp_path / f"{name}.db") as store:
            store.ingest_paths([str(folder / "a.jsonl")], jobs=1)
            store.ingest_paths([str(folder / "page0.html")], jobs=1)
        report, _ = _ingest_paths(tmp_path / f"{name}.db", folder, jobs)
        assert report["updated"] == 2, name
    assert _tables(tmp_path / "one.db") == _tables(tmp_path / "two.db")
    with sqlite3.connect(tmp_path / "two.db") as conn:
        text = conn.execute("SELECT text FROM documents WHERE id = 'n003'").fetchone()[0]
    assert text == TEXTS[3]


def test_force_processes_everything_again_with_the_same_result(tmp_path):
    folder = _corpus(tmp_path / "in")
    for name, jobs in (("one", 1), ("two", 2)):
        _ingest_paths(tmp_path / f"{name}.db", folder, jobs)
        with open_store(tmp_path / f"{name}.db") as store:
            report = store.ingest_paths([str(folder)], max_bytes=2000, jobs=jobs, force=True)
        assert report.unchanged == 0 or report.added == 0
    assert _tables(tmp_path / "one.db") == _tables(tmp_path / "two.db")


def test_cli_ingest_with_two_jobs_prints_and_stores_what_one_job_does(tmp_path):
    folder = _corpus(tmp_path / "in")
    runs = []
    for name in ("one", "two"):
        db = tmp_path / f"{name}.db"
        args = ["ingest", "--db", str(db), "--jobs", "1" if name == "one" else "2", "--max-size", "0.002",
                str(folder), str(tmp_path / "missing")]
        first, second = CliRunner().invoke(main, args), CliRunner().invoke(main, args)
        runs.append([(r.exit_code, r.stdout.replace(f"{name}.db", "X.db"), r.stderr) for r in (first, second)])
    assert runs[0] == runs[1]
    (code, out, err), (_, again, _) = runs[0]
    assert code == 1 and "rasad: error:" in err and "missing: no such file or folder" in err
    assert len(err.strip().splitlines()) == 6  # five bad inputs, one line each, and the count
    assert " 0 added, 2 updated, 26 unchanged" in again  # n003 is changed and back within the input
    assert _tables(tmp_path / "one.db") == _tables(tmp_path / "two.db")


def test_past_the_hashes_handed_to_workers_unchanged_documents_are_still_skipped(tmp_path, monkeypatch):
    from rasad.store.store import Store

    folder = _corpus(tmp_path / "in")
    reference = [_ingest_paths(tmp_path / "ref.db", folder, 1)[0] for _ in range(2)]
    monkeypatch.setitem(Store._known_hashes.__kwdefaults__, "limit", 0)  # as if the store were huge
    for name, jobs in (("one", 1), ("two", 2)):
        runs = [_ingest_paths(tmp_path / f"{name}.db", folder, jobs)[0] for _ in range(2)]
        assert runs == reference, name
    assert _tables(tmp_path / "one.db") == _tables(tmp_path / "two.db")
