"""The shard function: the records `rasad extract` prints, errors as rows, a name from the input's
identity, any fsspec URL; and the merge partitioned by blocking key equals the merge of everything."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pyarrow.parquet as pq
from click.testing import CliRunner

from rasad.cli import main
from rasad.scale import run_shard, shard_name
from rasad.scale.load import iter_rows
from rasad.scale.merge import merge_partition, plan
from rasad.scale.records import row_record
from rasad.store.merge import Report, merge_key, merge_reports

from scale_corpus import articles


def _jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _records(n: int = 4) -> list[dict]:
    return [{"id": a["doc_id"], "text": a["text"], "published": a["published"]} for a in articles()[:n]]


def test_a_shard_holds_the_records_rasad_extract_prints_and_one_row_per_error(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", _records())
    with src.open("a", encoding="utf-8") as f:
        f.write("{not json\n")
    result = run_shard(str(src), str(tmp_path / "shards"))
    assert result.docs == 4 and len(result.errors) == 1 and "in.jsonl:5" in result.errors[0]
    rows = list(iter_rows(result.path))
    extracted = CliRunner().invoke(main, ["extract", str(src)])
    expected = [json.loads(line) for line in extracted.output.splitlines() if line.startswith("{")]
    assert [row_record(r) for r in rows if r["error"] is None] == expected
    [bad] = [r for r in rows if r["error"]]
    assert bad["doc_id"] is None and "invalid JSON" in bad["error"]


def test_the_name_follows_the_input_and_a_done_shard_is_skipped(tmp_path):
    src = _jsonl(tmp_path / "in.jsonl", _records(2))
    out = str(tmp_path / "shards")
    first = run_shard(str(src), out)
    again = run_shard(str(src), out)
    assert again.skipped and (again.docs, again.events, again.path) == (first.docs, first.events, first.path)
    _jsonl(src, _records(3))                      # changed: a new name, processed anew
    os.utime(src, (1, 1))
    assert shard_name(str(src)) != Path(first.path).name
    assert not run_shard(str(src), out).skipped
    assert sorted(os.listdir(out)) == sorted(p.name for p in (tmp_path / "shards").iterdir() if p.suffix == ".parquet")


def test_an_fsspec_url_reads_as_a_local_path_does(tmp_path):
    import fsspec

    records = _records(3)
    local = _jsonl(tmp_path / "in.jsonl", records)
    with fsspec.open("memory://corpus/in.jsonl", "wb") as f:
        f.write(local.read_bytes())
    remote = run_shard("memory://corpus/in.jsonl", "memory://out")
    here = run_shard(str(local), str(tmp_path / "shards"))
    assert remote.path.startswith("memory://") and remote.docs == 3
    strip = lambda rows: [(r["doc_id"], r["events"]) for r in rows]  # noqa: E731
    assert strip(iter_rows(remote.path)) == strip(iter_rows(here.path))


def _random_reports(n: int, seed: int) -> list[Report]:
    rng = random.Random(seed)
    out = []
    for i in range(n):
        day = f"2024-03-{rng.randint(1, 28):02d}"
        dated = rng.random() < 0.6
        out.append(Report(id=i, doc_id=f"d{i:03d}", seq=0, type=rng.choice(["MEET", "SIGN"]),
                          countries=sorted(rng.sample(["IRN", "RUS", "IND"], 2)),
                          published=None if rng.random() < 0.05 else f"2024-03-{rng.randint(1, 28):02d}",
                          date=day if dated else None, date_precision="day" if dated else None,
                          location=rng.choice([None, "Moscow", "Tehran"]), confidence=0.6))
    return out


def test_the_merge_partitioned_by_blocking_key_equals_the_merge_of_everything():
    for seed in range(5):
        reports = _random_reports(150, seed)
        by_key: dict[str, list[Report]] = {}
        for r in reports:
            by_key.setdefault(merge_key(r.type, r.countries), []).append(r)
        whole = {eid: sorted(m.doc_id for m in members)
                 for key, rs in by_key.items() for eid, _, members in merge_reports(key, rs)}
        the_plan = plan([[r.doc_id for r in reports]], [{(merge_key(r.type, r.countries), r.t) for r in reports}], 7)
        parts: dict[int, list[Report]] = {}
        for r in reports:
            parts.setdefault(the_plan.partition(merge_key(r.type, r.countries), r.t), []).append(r)
        assert len(parts) > 1
        split = {row["id"]: sorted(d for d, _ in json.loads(row["members"]))
                 for part in parts.values() for row in merge_partition([part])}
        assert split == whole
