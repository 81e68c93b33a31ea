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
