"""``rasad extract``: the output contract, stdin, --output, errors that name the input, exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from rasad.cli import main

SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"


def run(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input)


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_records_have_the_contract_fields(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("وزیر دفاع ترکیه در باکو با همتای آذربایجانی خود دیدار کرد.", encoding="utf-8")
    res = run("extract", str(f))
    assert res.exit_code == 0, res.output
    [rec] = records(res.stdout)
    assert {"id", "lang", "title", "published", "url", "events"} <= rec.keys()
    assert rec["id"] == "a" and rec["lang"] == "fa" and isinstance(rec["events"], list)


def test_stdin_and_output_file(tmp_path):
    out = tmp_path / "out.jsonl"
    line = json.dumps({"id": "s1", "text": "Talks were held in Cairo.", "published": "2024-02-01"})
    res = run("extract", "-", "--output", str(out), input=line + "\n")
    assert res.exit_code == 0
    [rec] = records(out.read_text(encoding="utf-8"))
    assert rec["id"] == "s1" and rec["published"] == "2024-02-01" and rec["lang"] == "en"


def test_bad_input_is_one_line_and_exit_status_one(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The ministers met in Ankara.", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "ok"}\n{broken\n', encoding="utf-8")
    res = run("extract", str(bad), str(good))
    assert res.exit_code == 1
    assert [r["id"] for r in records(res.stdout)] == ["1", "good"]
    errors = [l for l in res.stderr.splitlines() if l.startswith("rasad: error:")]
    assert errors == [f"rasad: error: {bad}:2: invalid JSON at column 2: Expecting property name enclosed in double quotes"]


def test_seeds_and_dev_input(tmp_path, seeds_dir, dev_gold):
    res = run("extract", str(seeds_dir))
    assert res.exit_code == 0
    langs = {r["id"][:3]: r["lang"] for r in records(res.stdout)}
    assert langs == {"000": "fa", "001": "fa", "002": "ar", "003": "fa", "004": "fa"}
    inp = tmp_path / "in.jsonl"
    subprocess.run([sys.executable, str(SCORER), str(dev_gold), "--make-input", str(inp)], check=True)
    res = run("extract", str(inp))
    assert res.exit_code == 0
    assert [r["id"] for r in records(res.stdout)] == [f"seed00{i}" for i in range(5)]
