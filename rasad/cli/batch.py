"""``rasad batch``: extract and merge a large corpus on Dask (a local cluster, or any scheduler)."""

from __future__ import annotations

import logging
import sys

import click

from .common import max_size_option, progress_option


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "out", required=True, metavar="DIR",
              help="Output folder or URL: shards/, events/, dyadic/ (Parquet) and manifest.json.")
@click.option("--scheduler", metavar="ADDRESS",
              help="A running Dask scheduler (tcp://host:8786); default: a local cluster.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes of the local cluster (default: the number of cores).")
@click.option("--partitions", type=click.IntRange(min=1), default=None,
              help="Partitions of the merge (default: twice the number of workers).")
@click.option("--force", is_flag=True, help="Run every shard again, even those already done.")
@max_size_option
@progress_option
def batch(inputs, out, scheduler, workers, partitions, force, max_mb, progress) -> None:
    """Extract events from INPUTS on Dask, one shard per input, and merge them.

    An input is a WARC(.gz), JSONL, HTML or text file or a folder of them, as a local path or any
    fsspec URL (s3://, gs://, https://). Each becomes one Parquet file of reports in DIR/shards,
    named after the input's identity, so a run again skips the shards already done. The reports
    are then merged into events exactly as `rasad ingest` merges them: DIR/events and DIR/dyadic.
    Load them for the dashboard with `rasad ingest --from-parquet DIR`.
    """
    try:
        from distributed import Client, LocalCluster
        from tqdm import tqdm

        from ..scale.run import run_batch
    except ImportError:
        raise click.ClickException("rasad batch needs Dask: pip install 'rasad[scale]'") from None
    show = sys.stderr.isatty() if progress is None else progress
    bar = tqdm(total=len(inputs), desc="shards", unit=" shards", disable=not show, file=sys.stderr,
               dynamic_ncols=True)

    def on_shard(result, source) -> None:
        bar.update(1)
        if result is not None and result.errors:
            bar.write(f"rasad: {source}: {len(result.errors)} document(s) failed, e.g. {result.errors[0]}",
                      file=sys.stderr)

    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  silence_logs=logging.CRITICAL)
    try:
        with Client(scheduler or cluster) as client:
            if show and client.dashboard_link:
                bar.write(f"rasad: Dask dashboard at {client.dashboard_link}", file=sys.stderr)
            result = run_batch(list(inputs), out, client, partitions=partitions, force=force,
                               max_bytes=int(max_mb * 1048576), on_shard=on_shard)
    finally:
        bar.close()
        if cluster is not None:
            cluster.close()
    s = result.to_dict()
    click.echo(f"{s['inputs']} inputs ({s['skipped']} already done, {s['failed']} failed): {s['docs']} documents, "
               f"{s['doc_errors']} errors; {s['reports']} event reports -> {s['events']} events, {s['dyads']} dyads; "
               f"{s['seconds']} s ({s['docs_per_s']} docs/s; merge {s['merge_seconds']} s) -> {out}")
    for source, error in result.failed:
        click.echo(f"rasad: error: {source}: shard failed twice: {error}", err=True)
    if result.failed:
        sys.exit(1)
