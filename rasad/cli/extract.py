"""``rasad extract``: documents in, one JSON record per document out."""

from __future__ import annotations

import sys

import click

from ..errors import ProcessingError
from ..pipeline import process_many
from .common import (Failures, iter_documents, jobs_option, max_size_option, progress_option, time_budget_option,
                     write_json_line)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Write the JSONL records here instead of stdout.")
@max_size_option
@progress_option
@jobs_option
@time_budget_option
def extract(paths: tuple[str, ...], output, max_mb: float, progress: bool | None, jobs: int | None,
            time_budget: float | None) -> None:
    """Extract events from PATHS: JSONL, text, HTML, WARC files or folders of them ('-' for stdin).

    Writes one JSON object per document (id, lang, title, published, url, events), in input order.
    Inputs that cannot be read, or take longer than the time budget, are reported on stderr, one
    line each; the exit status is 1 if any failed.
    """
    failures = Failures()
    docs = iter_documents(paths, failures, max_bytes=int(max_mb * 1048576), progress=progress, desc="extracting")
    for result in process_many(docs, jobs, time_budget=time_budget):
        if isinstance(result, ProcessingError):
            failures.report(result)
            continue
        write_json_line(output, result.to_record())
    output.flush()
    if failures.count:
        click.echo(f"rasad: {failures.count} input(s) failed", err=True)
        sys.exit(1)
