"""Scale-out: the pipeline and the store's merge on Dask, giving exactly the events one machine gives.

    rasad batch corpus/*.warc.gz --out out/ --workers 8          # or --scheduler tcp://host:8786
    rasad ingest --from-parquet out/                             # into the SQLite store, for the dashboard

Modules: ``shard`` (the pure shard function: one input → one Parquet file of reports), ``records``
(the rows of a shard), ``merge`` (the merge partitioned by merge key × segment of time, on the
store's own ``merge_reports``), ``run`` (Dask: shards, retries, the merge), ``load`` (a batch's
output into the store). Needs the ``scale`` extra: ``pip install 'rasad[scale]'``.
"""

from __future__ import annotations

from .shard import ShardResult, run_shard, shard_name

__all__ = ["run_shard", "shard_name", "ShardResult", "run_batch", "BatchResult", "load_batch"]


def __getattr__(name: str):
    """Dask is imported only by what needs it."""
    if name in ("run_batch", "BatchResult"):
        from . import run
        return getattr(run, name)
    if name == "load_batch":
        from .load import load_batch
        return load_batch
    raise AttributeError(f"module 'rasad.scale' has no attribute {name!r}")
