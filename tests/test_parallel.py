"""Every core: ``process_many`` and ``--jobs`` give the records of one process, in the same order."""

from __future__ import annotations

import json

from click.testing import CliRunner

from rasad.cli import main
from rasad.document import Document
from rasad.errors import ProcessingError
from rasad.parallel import CHUNK
from rasad.pipeline import Pipeline, Stage, default_pipeline, process_many

TEXTS = [
    "وزیر دفاع هند با همتای روس خود در مسکو دیدار کرد.",
    "Indian Defence Minister Rajnath Singh met his Russian counterpart in Moscow on Tuesday.",
    "التقى وزير الدفاع الإيراني نظيره الطاجيكي في دوشنبه أمس.",
    "Chinese and Pakistani defence ministers signed a memorandum of understanding in Beijing.",
]
DATES = ["2024-05-14", "2023-02-01", "2022-11-20"]


def _docs(n: int) -> list[Document]:
    return [Document(id=f"d{i}", text=TEXTS[i % len(TEXTS)], published=DATES[i % len(DATES)], source=f"d{i}")
            for i in range(n)]


def test_two_workers_give_the_records_of_one_process_in_order():
    n = CHUNK * 4 + 3  # enough to start the pool
    one = [r.to_record() for r in process_many(_docs(n), 1)]
    two = [r.to_record() for r in process_many(_docs(n), 2)]
    assert [r["id"] for r in two] == [f"d{i}" for i in range(n)]
    assert two == one
    assert any(r["events"] for r in one)


def _explode_on_seven(doc: Document) -> Document:
    if doc.id == "d7":
        raise ValueError("broken stage")
    return doc


def test_a_failing_document_comes_back_as_its_error_in_its_place():
    pipe = Pipeline([*default_pipeline().stages[:1], Stage("explode", _explode_on_seven)])
    out = list(process_many(_docs(CHUNK * 3), 2, pipeline=pipe))
    assert len(out) == CHUNK * 3
    assert isinstance(out[7], ProcessingError)
    assert str(out[7]) == "d7: stage 'explode' failed: ValueError: broken stage"
    assert all(isinstance(r, Document) for i, r in enumerate(out) if i != 7)


def _die_on_nine(doc: Document) -> Document:
    if doc.id == "d9":
        import os
        os._exit(1)  # as the kernel's OOM killer ends a worker: no exception, no goodbye
    return doc


def test_a_worker_that_dies_ends_the_run_with_a_clear_error_not_a_hang():
    # (``multiprocessing.Pool`` waited for ever for the dead worker's chunk)
    import pytest

    from rasad.errors import RasadError

    pipe = Pipeline([*default_pipeline().stages[:1], Stage("die", _die_on_nine)])
    with pytest.raises(RasadError, match="worker process ended abruptly"):
        list(process_many(_docs(CHUNK * 4), 2, pipeline=pipe))


def test_cli_jobs_output_is_identical(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": d.id, "text": d.text, "published": d.published}, ensure_ascii=False)
                           + "\n" for d in _docs(CHUNK * 3)), encoding="utf-8")
    one = CliRunner().invoke(main, ["extract", str(src), "--jobs", "1"])
    two = CliRunner().invoke(main, ["extract", str(src), "--jobs", "2"])
    assert one.exit_code == two.exit_code == 0
    assert one.stdout == two.stdout and len(one.stdout.splitlines()) == CHUNK * 3


def test_cli_ingest_with_jobs_stores_the_same_events(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": d.id, "text": d.text, "published": d.published}, ensure_ascii=False)
                           + "\n" for d in _docs(CHUNK * 3)), encoding="utf-8")
    outs = []
    for jobs in ("1", "2"):
        db = tmp_path / f"{jobs}.db"
        res = CliRunner().invoke(main, ["ingest", str(src), "--db", str(db), "--jobs", jobs])
        assert res.exit_code == 0, res.output
        outs.append(CliRunner().invoke(main, ["events", "--db", str(db), "--format", "jsonl", "--limit", "1000"]).stdout)
    assert outs[0] == outs[1] and outs[0].strip()


def _mixed_folder(root):
    """A folder in the order it is read: good texts with bad files between them, a JSONL file with a
    broken line, and a WARC archive."""
    from tests.readers.test_readers import PAGE, make_warc

    for i in range(CHUNK * 3):
        (root / f"a{i:02d}.txt").write_text(TEXTS[i % len(TEXTS)], encoding="utf-8")
    (root / "a05b.txt").write_bytes(b"")                                  # empty
    (root / "a11b.html").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)  # not text
    (root / "a17b.txt").write_text(TEXTS[0] * 100, encoding="utf-8")       # over --max-size
    lines = [json.dumps({"id": f"j{i}", "text": TEXTS[i % len(TEXTS)]}, ensure_ascii=False) for i in range(5)]
    lines[2] = '{"id": "j2", "text": '
    (root / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    make_warc(root / "c.warc.gz", {"https://news.example/fa/1": PAGE})


def test_cli_jobs_a_folder_with_bad_files_gives_one_line_each_in_order(tmp_path):
    _mixed_folder(tmp_path)
    runs = [CliRunner().invoke(main, ["extract", str(tmp_path), "--jobs", jobs, "--max-size", "0.005"])
            for jobs in ("1", "2")]
    one, two = runs
    assert one.exit_code == two.exit_code == 1
    assert two.stdout == one.stdout and two.stderr == one.stderr
    ids = [json.loads(line)["id"] for line in two.stdout.splitlines()]
    assert ids == [f"a{i:02d}" for i in range(CHUNK * 3)] + ["j0", "j1", "j3", "j4", ids[-1]]
    assert ids[-1].startswith("url-")
    errors = [line for line in two.stderr.splitlines() if line.startswith("rasad: error:")]
    assert [e.split(": ")[2] for e in errors] == [str(tmp_path / n) for n in ("a05b.txt", "a11b.html", "a17b.txt")] \
        + [f"{tmp_path / 'b.jsonl'}:3"]
    assert "4 input(s) failed" in two.stderr


def test_cli_jobs_reads_stdin_in_the_parent_and_gives_the_same_lines():
    text = "".join(json.dumps({"id": d.id, "text": d.text, "published": d.published}, ensure_ascii=False)
                   + "\n" for d in _docs(CHUNK * 3))
    one, two = (CliRunner().invoke(main, ["extract", "-", "--jobs", jobs], input=text) for jobs in ("1", "2"))
    assert one.exit_code == two.exit_code == 0
    assert two.stdout == one.stdout and len(two.stdout.splitlines()) == CHUNK * 3


def test_extract_lines_streams_records_of_one_process_in_order(tmp_path):
    from rasad.parallel import extract_lines
    from rasad.readers import read_paths, read_units

    _mixed_folder(tmp_path)
    units = list(read_units([str(tmp_path)], max_bytes=5000))
    assert all(u.data is None for u in units if u.kind == "file")   # files are named here, read by the workers
    lines = list(extract_lines(iter(units), 2, max_bytes=5000))
    docs = [d for d in read_paths([str(tmp_path)], max_bytes=5000) if isinstance(d, Document)]
    records = [json.loads(line) for line in lines if isinstance(line, str)]
    assert [r["id"] for r in records] == [d.id for d in docs]
    assert len(lines) - len(records) == 4


def test_a_broken_knowledge_base_ends_a_run_on_workers_at_once_with_its_one_line(tmp_path):
    # a pool whose workers fail while loading the knowledge base would start new ones for ever
    import os
    import subprocess
    import sys

    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "places.toml").write_text('[dup]\nname = "A"\n\n[dup]\nname = "B"\n', encoding="utf-8")
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": d.id, "text": d.text, "published": d.published}, ensure_ascii=False)
                           + "\n" for d in _docs(CHUNK * 6)), encoding="utf-8")
    for jobs in ("1", "2"):
        run = subprocess.run([sys.executable, "-m", "rasad", "extract", str(src), "--jobs", jobs],
                             capture_output=True, text=True, timeout=300, env={**os.environ, "RASAD_KB": str(kb)})
        assert run.returncode == 1
        assert run.stdout == ""
        lines = run.stderr.strip().splitlines()
        assert len(lines) == 1 and "places.toml" in lines[0] and "invalid TOML" in lines[0], run.stderr[-500:]
