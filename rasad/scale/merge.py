"""The merge at scale: every shard's reports into events, by the store's own merge, partitioned.

Reports can only be one event when they share a merge key (type and set of countries) and sit in
the same *segment* of that key: a stretch of time whose reports are never more than ``WINDOW_DAYS``
apart (``rasad.store.merge.segments``). The blocking key of a report is therefore (merge key,
segment), and the merge runs in three steps, none of which needs all reports in one place:

1. ``plan`` reads each shard's document ids and the (merge key, time) pairs in its metadata: a
   document met twice keeps its last version (in input order, as ``rasad ingest`` would), and the
   segments of every key are found from the distinct times alone;
2. ``shard_partitions`` reads one shard's reports and sends each to the partition of its blocking key;
3. ``merged_events`` merges each partition's keys with ``rasad.store.merge.merge_reports`` — the
   function the SQLite store uses — and writes its events and dyadic rows as Parquet.

A report with no time at all (no event day and no publication date) never merges with another;
it goes to the partition of its key alone.
"""

from __future__ import annotations

import bisect
import json
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..collector import collector_paused
from ..store.export import dyads, write_records
from ..store.merge import Report, merge_key, merge_reports, segments
from .records import row_reports

__all__ = ["Plan", "plan", "shard_ids", "shard_partitions", "merge_partition", "merged_events", "write_partition",
           "event_row", "EVENT_COLUMNS"]

_REPORT_COLUMNS = ["doc_id", "published", "lang", "outlet", "url", "processed_at", "events", "n_events"]


@dataclass
class Plan:
    """Which rows to drop (older versions of a document) and where each report goes."""

    partitions: int
    drop: dict[int, set[int]] = field(default_factory=dict)           # shard index → row numbers
    starts: dict[str, list[str]] = field(default_factory=dict)        # merge key → segment starts

    def partition(self, key: str, t: str | None) -> int:
        """The partition of the blocking key of a report of ``key`` at time ``t``."""
        if t is None:
            block = key
        else:
            starts = self.starts[key]
            block = f"{key}|{starts[bisect.bisect_right(starts, t) - 1]}"
        return zlib.crc32(block.encode("utf-8")) % self.partitions


def shard_ids(path: str) -> list[str | None]:
    """The document id of every row of a shard (None for an input error)."""
    import pyarrow.parquet as pq
    from fsspec.core import url_to_fs

    fs, p = url_to_fs(path)
    with fs.open(p, "rb") as f:
        return pq.read_table(f, columns=["doc_id"]).column("doc_id").to_pylist()


def plan(ids: list[list[str | None]], keys: list[Iterable[tuple[str, str | None]]], partitions: int) -> Plan:
    """The plan for shards given (in input order) their document ids and (key, time) pairs."""
    last: dict[str, tuple[int, int]] = {}
    seen_twice: set[str] = set()
    for s, shard in enumerate(ids):
        for row, doc_id in enumerate(shard):
            if doc_id is None:
                continue
            if doc_id in last:
                seen_twice.add(doc_id)
            last[doc_id] = (s, row)
    out = Plan(max(1, partitions))
    for s, shard in enumerate(ids):
        for row, doc_id in enumerate(shard):
            if doc_id in seen_twice and last[doc_id] != (s, row):
                out.drop.setdefault(s, set()).add(row)
    times: dict[str, set[str]] = defaultdict(set)
    for shard_keys in keys:
        for key, t in shard_keys:
            times[key].update([t] if t else [])
    out.starts = {key: [lo for lo, _ in segments(ts)] for key, ts in times.items()}
    return out


def shard_partitions(path: str, index: int, the_plan: Plan) -> dict[int, list[Report]]:
    """The reports of one shard, by partition (rows the plan drops left out)."""
    import pyarrow.parquet as pq
    from fsspec.core import url_to_fs

    fs, p = url_to_fs(path)
    with fs.open(p, "rb") as f:
        table = pq.read_table(f, columns=_REPORT_COLUMNS)
    drop = the_plan.drop.get(index, set())
    out: dict[int, list[Report]] = defaultdict(list)
    with collector_paused():
        for row, rec in enumerate(table.to_pylist()):
            if not rec["n_events"] or row in drop or rec["doc_id"] is None:
                continue
            for r in row_reports(rec):
                out[the_plan.partition(_key(r), r.t)].append(r)
    return dict(out)


def _key(r: Report) -> str:
    return merge_key(r.type, r.countries)


def merge_partition(parts: Iterable[list[Report]]) -> list[dict[str, Any]]:
    """The merged events (``event_row``) of one partition's reports."""
    return [event_row(m) for m in merged_events(parts)]


def merged_events(parts: Iterable[list[Report]]) -> list[dict[str, Any]]:
    """The merged events of one partition's reports, as ``rasad.store.merge.merged_event`` gives them plus
    their ``id``, merge ``key`` and ``members`` (the reports they are made of)."""
    by_key: dict[str, list[Report]] = defaultdict(list)
    for part in parts:
        for r in part:
            by_key[_key(r)].append(r)
    out: list[dict[str, Any]] = []
    for key in sorted(by_key):
        for i, r in enumerate(by_key[key]):
            r.id = i
        out += [{**e, "id": event_id, "key": key, "members": members}
                for event_id, e, members in merge_reports(key, by_key[key])]
    return out


EVENT_COLUMNS: list[tuple[str, str]] = [
    ("id", "string"), ("key", "string"), ("type", "string"), ("countries", "string"), ("status", "string"),
    ("mode", "string"), ("source", "string"), ("target", "string"), ("date", "string"),
    ("date_precision", "string"), ("location", "string"), ("location_country", "string"), ("persons", "string"),
    ("topics", "string"), ("cameo", "string"), ("plover", "string"), ("confidence", "float64"),
    ("background", "bool_"), ("n_sources", "int32"), ("first_seen", "string"), ("first_url", "string"),
    ("langs", "string"), ("outlets", "string"), ("reasons", "string"), ("members", "string"),
]


def event_row(m: dict[str, Any]) -> dict[str, Any]:
    """A merged event (``merged_events``) as a row of the events dataset: lists and records as JSON text,
    and its ``members``: the ``[document id, report number]`` of each report it is made of."""
    dump = lambda v: json.dumps(v, ensure_ascii=False, separators=(",", ":"))  # noqa: E731
    return {**m, "countries": ",".join(m["countries"]), "persons": dump(m["persons"]),
            "topics": dump(m["topics"]), "plover": dump(m["plover"]) if m["plover"] else None,
            "langs": dump(m["langs"]), "outlets": dump(m["outlets"]), "reasons": dump(m["reasons"]),
            "members": dump([[r.doc_id, r.seq] for r in m["members"]])}


_RECORD_KEYS = ("id", "type", "cameo", "plover", "countries", "source", "target", "status", "mode", "date",
                "date_precision", "location", "location_country", "persons", "topics", "background",
                "confidence", "n_sources", "first_seen", "first_url", "langs", "outlets")


def _record(m: dict[str, Any]) -> dict[str, Any]:
    """A merged event as ``rasad events`` prints it."""
    return {**{k: m[k] for k in _RECORD_KEYS}, "plover": m["plover"] or None, "background": bool(m["background"])}


def write_partition(merged: list[dict[str, Any]], out_dir: str, index: int) -> dict[str, int]:
    """Write a partition's merged events (``merged_events``) and their dyadic rows as
    ``events/part-N.parquet`` and ``dyadic/part-N.parquet``."""
    import pyarrow as pa
    import pyarrow.parquet as pq
    from fsspec.core import url_to_fs

    fs, out = url_to_fs(out_dir)
    merged = sorted(merged, key=lambda m: m["id"])
    schema = pa.schema([(n, getattr(pa, t)()) for n, t in EVENT_COLUMNS])
    name = f"part-{index:05d}.parquet"
    for sub in ("events", "dyadic"):
        fs.makedirs(f"{out}/{sub}", exist_ok=True)
    with fs.open(f"{out}/events/{name}", "wb") as f:
        pq.write_table(pa.Table.from_pylist([event_row(m) for m in merged], schema=schema), f, compression="zstd")
    with fs.open(f"{out}/dyadic/{name}", "wb") as f:
        n_dyads = write_records(f, dyads(_record(m) for m in merged), "parquet", "dyadic")
    return {"events": len(merged), "dyads": n_dyads}
