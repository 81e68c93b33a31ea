"""The per-document time budget: a slow document is one error naming it, and the batch goes on."""

from __future__ import annotations

import json
import time

import pytest
from click.testing import CliRunner

from rasad.budget import check, default_budget
from rasad.cli import main
from rasad.document import Document
from rasad.errors import ProcessingError, TimeBudgetError
from rasad.pipeline import Pipeline, Stage, process_many


def _slow(doc: Document) -> Document:
    """A stage that would run for a minute, checking the budget as a growing loop does."""
    end = time.monotonic() + 60
    while time.monotonic() < end:
        check()
        time.sleep(0.005)
    return doc


def _quick(doc: Document) -> Document:
    doc.lang = "en"
    return doc


def test_a_document_over_budget_raises_an_error_naming_it_and_the_stage():
    pipe = Pipeline([Stage("quick", _quick), Stage("slow", _slow)])
    t0 = time.monotonic()
    with pytest.raises(TimeBudgetError, match=r"big\.html: took longer than the time budget of 0\.2 s \(in stage 'slow'\)"):
        pipe(Document(id="d", text="x", source="big.html"), 0.2)
    assert time.monotonic() - t0 < 30
    assert issubclass(TimeBudgetError, ProcessingError)


def test_no_budget_means_no_limit_and_the_default_is_thirty_seconds(monkeypatch):
    pipe = Pipeline([Stage("quick", _quick)])
    assert pipe(Document(id="d", text="x"), None).lang == "en"
    monkeypatch.delenv("RASAD_TIME_BUDGET", raising=False)
    assert default_budget() == 30
    monkeypatch.setenv("RASAD_TIME_BUDGET", "2.5")
    assert default_budget() == 2.5
    monkeypatch.setenv("RASAD_TIME_BUDGET", "0")
    assert default_budget() is None


def test_the_batch_goes_on_after_a_slow_document():
    def sometimes_slow(doc: Document) -> Document:
        return _slow(doc) if doc.id == "slow" else _quick(doc)

    pipe = Pipeline([Stage("maybe", sometimes_slow)])
    docs = [Document(id=i, text="x", source=i) for i in ("a", "slow", "b")]
    out = list(process_many(docs, 1, pipeline=pipe, time_budget=0.2))
    assert [type(r).__name__ for r in out] == ["Document", "TimeBudgetError", "Document"]
    assert out[1].source == "slow"


def test_cli_reports_a_document_over_budget_in_one_line_and_goes_on(tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps({"id": f"d{i}", "text": "Indian Defence Minister met his Russian "
                                         "counterpart in Moscow on Tuesday."}) for i in range(3)) + "\n")
    res = CliRunner().invoke(main, ["extract", str(src), "--time-budget", "0.0000001", "-j", "1"])
    assert res.exit_code == 1
    errors = [line for line in res.stderr.splitlines() if "time budget" in line]
    assert len(errors) == 3 and errors[0].startswith(f"rasad: error: {src}:1: took longer than")
    res = CliRunner().invoke(main, ["extract", str(src), "--time-budget", "0", "-j", "1"])
    assert res.exit_code == 0 and len(res.stdout.splitlines()) == 3
    monkeypatch.setenv("RASAD_TIME_BUDGET", "0.0000001")
    res = CliRunner().invoke(main, ["extract", str(src), "-j", "1"])
    assert res.exit_code == 1 and "time budget" in res.stderr
