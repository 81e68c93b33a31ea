"""Inputs a careless or hostile source gives: each one clear line naming the input, and the batch goes on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

INVISIBLE = ["\u00a0\u200c \u200c\u00a0\n", "\u200f\u200e\ufeff\u2060 \t\n", " . - … ، ؛ \u0640\u0640\n"]


def rasad(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "rasad", *args], input=stdin, capture_output=True, timeout=120)


@pytest.mark.parametrize("text", INVISIBLE)
def test_invisible_only_documents_are_empty_documents(tmp_path: Path, text: str):
    good = tmp_path / "good.txt"
    good.write_text("Defence Minister of Ghana met his Nigerian counterpart in Abuja on Monday.", encoding="utf-8")
    blank = tmp_path / "blank.txt"
    blank.write_text(text, encoding="utf-8")
    jsonl = tmp_path / "blank.jsonl"
    jsonl.write_text(json.dumps({"id": "x", "text": text}) + "\n", encoding="utf-8")
    res = rasad("extract", str(blank), str(good), str(jsonl))
    errors = res.stderr.decode().splitlines()
    assert res.returncode == 1
    assert errors[:2] == [f"rasad: error: {blank}: empty document (no letters or digits: only spaces, "
                          "punctuation or invisible characters)",
                          f"rasad: error: {jsonl}:1: empty document (no letters or digits: only spaces, "
                          "punctuation or invisible characters)"]
    out = [json.loads(line) for line in res.stdout.decode().splitlines()]
    assert [r["id"] for r in out] == ["good"]


def test_oversized_stdin_is_reported_with_its_size(tmp_path: Path):
    res = rasad("extract", "--max-size", "1", "-", stdin=b"a" * (3 * 1048576 + 10))
    assert res.returncode == 1
    assert "document too large (3.0 MB > 1 MB limit" in res.stderr.decode()


def test_json_errors_read_as_one_sentence(tmp_path: Path):
    f = tmp_path / "broken.jsonl"
    f.write_text('{"id": "a", "text": "Ministers met."}\n{"id": "b", "text": "unterminated\n', encoding="utf-8")
    res = rasad("extract", str(f))
    line = res.stderr.decode().splitlines()[0]
    assert line.startswith(f"rasad: error: {f}:2: invalid JSON at column ")
    assert " at at " not in line and not line.endswith(" at")
    assert len(res.stdout.decode().splitlines()) == 1
