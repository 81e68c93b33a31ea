"""Hostile documents end with a result or one error line, and never stop the batch.

Every document of the generator goes through `rasad extract` in one batch with a good article after it:
the batch must finish, the good article must come out with its event, and each hostile document must
give either a record or exactly one error line naming it. The outer timeout is only a safety net
against a hang; the per-document time budget inside rasad is what turns a pathology into an error.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import hostile  # tests/robustness is on sys.path (pytest prepend mode)

GOOD = "The defence minister of Kenya met his Ugandan counterpart in Kampala on Monday, 3 June 2024."


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> tuple[Path, list[Path], subprocess.CompletedProcess]:
    folder = tmp_path_factory.mktemp("hostile")
    files = []
    for make in hostile.MAKERS:
        name, data = make()
        (folder / name).write_bytes(data)
        files.append(folder / name)
    good = folder / "zz-good.txt"
    good.write_text(GOOD, encoding="utf-8")
    res = subprocess.run([sys.executable, "-m", "rasad", "extract", *map(str, files), str(good)],
                         capture_output=True, timeout=900)
    return good, files, res


def test_the_batch_goes_on_and_the_good_article_comes_out(batch):
    good, _, res = batch
    records = [json.loads(line) for line in res.stdout.decode().splitlines()]
    mine = [r for r in records if r["id"] == good.stem]
    assert len(mine) == 1 and any(set(e["countries"]) == {"KEN", "UGA"} for e in mine[0]["events"])


def test_each_hostile_document_gives_a_record_or_one_error_line(batch):
    _, files, res = batch
    records = {r["id"] for r in (json.loads(line) for line in res.stdout.decode().splitlines())}
    errors = [line for line in res.stderr.decode().splitlines() if line.startswith("rasad: error: ")]
    for f in files:
        named = [e for e in errors if f"{f}" in e]
        assert (f.stem in records) != bool(named), (f.name, named)
        assert len(named) <= 1, named
    assert not [line for line in res.stderr.decode().splitlines() if "Traceback" in line]


def test_binary_noise_is_refused_and_deep_html_is_read(batch):
    _, files, res = batch
    stderr = res.stderr.decode()
    noise = next(f for f in files if f.name == "noise.txt")
    assert f"rasad: error: {noise}" in stderr
    records = {r["id"]: r for r in (json.loads(line) for line in res.stdout.decode().splitlines())}
    deep = records.get(next(f for f in files if f.name.startswith("deep-")).stem)
    assert deep is not None and deep["events"], "a page nested 400 deep is read, not dropped"
