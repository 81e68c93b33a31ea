"""Running shards and the merge on Dask: any cluster a ``distributed.Client`` reaches.

    from distributed import Client, LocalCluster
    with LocalCluster(n_workers=4, threads_per_worker=1) as cluster, Client(cluster) as client:
        result = run_batch(["a.warc.gz", "s3://bucket/b.warc.gz"], "out", client)

Shards run as independent tasks (a worker that dies has its shard run again elsewhere by Dask; a
shard that raises is retried once, then listed in ``failed``); the knowledge base is loaded once per
worker process (``RasadWorker`` warms the pipeline, which is cached per process), never per task.
"""

from __future__ import annotations

import os
import pickle
import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..collector import collector_paused
from .merge import merged_events, plan, shard_ids, shard_partitions, write_partition
from .shard import ShardResult, run_shard

__all__ = ["BatchResult", "RasadWorker", "run_batch"]


@dataclass
class BatchResult:
    """What a batch did: its shards (done or skipped), the inputs that failed, and the merge."""

    shards: list[ShardResult] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)   # (input, error)
    events: int = 0
    dyads: int = 0
    partitions: int = 0
    seconds: float = 0.0
    merge_seconds: float = 0.0

    @property
    def docs(self) -> int:
        return sum(s.docs for s in self.shards)

    @property
    def errors(self) -> list[str]:
        return [e for s in self.shards for e in s.errors]

    @property
    def reports(self) -> int:
        return sum(s.events for s in self.shards)

    def to_dict(self) -> dict[str, Any]:
        return {"inputs": len(self.shards) + len(self.failed), "skipped": sum(s.skipped for s in self.shards),
                "failed": len(self.failed), "docs": self.docs, "doc_errors": len(self.errors),
                "reports": self.reports, "events": self.events, "dyads": self.dyads, "partitions": self.partitions,
                "seconds": round(self.seconds, 2), "merge_seconds": round(self.merge_seconds, 2),
                "docs_per_s": round(self.docs / self.seconds, 1) if self.seconds else None}


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - the scale extra is not installed
    WorkerPlugin = object  # type: ignore[assignment,misc]


class RasadWorker(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Gives each worker the driver's knowledge-base folders and loads the pipeline once, at start."""

    name = "rasad"

    def __init__(self, kb: str | None = None):
        self.kb = kb

    def setup(self, worker: Any) -> None:
        if self.kb:
            os.environ["RASAD_KB"] = self.kb
        from ..pipeline import default_pipeline
        default_pipeline()


def run_batch(inputs: Sequence[str], out: str, client: Any, *, partitions: int | None = None,
              max_bytes: int = 10 * 1024 * 1024, force: bool = False,
              on_shard: Callable[[ShardResult | None, str], None] | None = None,
              shard: Callable[..., ShardResult] = run_shard) -> BatchResult:
    """Run every input as a shard into ``out/shards``, then merge them into ``out/events`` and
    ``out/dyadic``. ``on_shard(result, input)`` is called as each shard ends (result None: failed)."""
    start = time.perf_counter()
    client.register_plugin(RasadWorker(os.environ.get("RASAD_KB")), name="rasad")
    result = BatchResult()
    done = _run_shards(list(inputs), f"{out.rstrip('/')}/shards", client, result, max_bytes, force,
                       on_shard or (lambda r, i: None), shard)
    result.shards = [r for r in done if r is not None]
    merge_start = time.perf_counter()
    n = partitions or max(1, 2 * len(client.scheduler_info().get("workers", {})))
    result.partitions = n
    counts = _merge(result.shards, out, client, n)
    result.events, result.dyads = sum(c["events"] for c in counts), sum(c["dyads"] for c in counts)
    result.merge_seconds = time.perf_counter() - merge_start
    result.seconds = time.perf_counter() - start
    _write_manifest(out, result)
    return result


def _write_manifest(out: str, result: BatchResult) -> None:
    """``out/manifest.json``: the shards in input order (what ``rasad ingest --from-parquet`` loads),
    the inputs that failed and the summary."""
    import json

    from fsspec.core import url_to_fs

    fs, root = url_to_fs(out)
    manifest = {"shards": [{"input": s.input, "path": s.path, "docs": s.docs, "events": s.events,
                            "errors": len(s.errors)} for s in result.shards],
                "failed": [{"input": i, "error": e} for i, e in result.failed], "summary": result.to_dict()}
    with fs.open(f"{root.rstrip('/')}/manifest.json", "w") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)


def _run_shards(inputs: list[str], shards_dir: str, client: Any, result: BatchResult, max_bytes: int,
                force: bool, on_shard: Callable[[ShardResult | None, str], None],
                shard: Callable[..., ShardResult]) -> list[ShardResult | None]:
    from distributed import as_completed

    run = uuid.uuid4().hex[:8]
    done: list[ShardResult | None] = [None] * len(inputs)
    tries = [0] * len(inputs)

    submitted: list = []

    def submit(i: int):
        tries[i] += 1
        submitted.append(client.submit(shard, inputs[i], shards_dir, max_bytes=max_bytes, force=force,
                                       key=f"rasad-shard-{run}-{i}-{tries[i]}", pure=False))
        return submitted[-1]

    where: dict[str, int] = {}
    pending = as_completed()
    for i in range(len(inputs)):
        f = submit(i)
        where[f.key] = i
        pending.add(f)
    for f in pending:
        i = where.pop(f.key)
        if f.status == "error":
            _end_if_fatal(f, client, submitted)
        if f.status == "finished":
            done[i] = f.result()
            on_shard(done[i], inputs[i])
        elif tries[i] < 2:                      # retried once
            retry = submit(i)
            where[retry.key] = i
            pending.add(retry)
        else:
            result.failed.append((inputs[i], _error(f)))
            on_shard(None, inputs[i])
        f.release()
    return done


def _end_if_fatal(future: Any, client: Any, submitted: list) -> None:
    """A shard that failed on a broken knowledge base ends the run: every other shard would fail alike."""
    from ..errors import DataError, StoreError
    e = future.exception()
    if isinstance(e, (DataError, StoreError)):
        client.cancel(submitted)
        raise type(e)(str(e))


def _error(future: Any) -> str:
    try:
        e = future.exception()
    except Exception as err:  # the future itself could not be read (e.g. cancelled)
        e = err
    from ..errors import InputError, RasadError
    if isinstance(e, InputError):
        return e.message
    return str(e) if isinstance(e, RasadError) else f"{type(e).__name__}: {e}"


def _merge(shards: list[ShardResult], out: str, client: Any, n: int) -> list[dict[str, int]]:
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(out)
    for sub in ("events", "dyadic"):                 # a previous run may have had other partitions
        if fs.exists(f"{root}/{sub}"):
            fs.rm(f"{root}/{sub}", recursive=True)
    paths = [s.path for s in shards]
    ids = client.gather(client.map(shard_ids, paths, pure=False))
    the_plan = plan(ids, [s.keys for s in shards], n)
    [plan_f] = client.scatter([the_plan], broadcast=True)
    parts = [client.submit(_packed_partitions, p, i, plan_f, pure=False) for i, p in enumerate(paths)]
    merged = []
    for k in range(n):
        picks = [client.submit(_pick, f, k, pure=False) for f in parts]
        merged.append(client.submit(_merge_write, out, k, *picks, pure=False))
    return client.gather(merged)


def _packed_partitions(path: str, index: int, the_plan: Any) -> dict[int, bytes]:
    """``shard_partitions`` with each partition's reports pickled here, the collector paused: Dask then
    moves a few bytes objects between workers, not a hundred thousand small ones."""
    with collector_paused():
        return {k: pickle.dumps(reports, pickle.HIGHEST_PROTOCOL)
                for k, reports in shard_partitions(path, index, the_plan).items()}


def _pick(parts: dict[int, bytes], k: int) -> bytes | None:
    return parts.get(k)


def _merge_write(out: str, k: int, *parts: bytes | None) -> dict[str, int]:
    with collector_paused():
        return write_partition(merged_events(pickle.loads(p) for p in parts if p is not None), out, k)
