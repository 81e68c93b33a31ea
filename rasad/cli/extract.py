"""``rasad extract``: documents in, one JSON record per document out."""

from __future__ import annotations

import sys

import click

from ..errors import RasadError
from ..parallel import extract_lines
from .common import Failures, jobs_option, max_size_option, progress_bar, progress_option, time_budget_option


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
    from ..readers import read_units

    failures = Failures()
    max_bytes = int(max_mb * 1048576)
    # this process only names the inputs and writes the lines: the workers read, extract and serialise
    with progress_bar(progress, "extracting") as bar:
        for line in extract_lines(read_units(paths, max_bytes=max_bytes), jobs, max_bytes=max_bytes,
                                  time_budget=time_budget):
            if isinstance(line, RasadError):
                failures.report(line)
                continue
            output.write(line)
            output.write("\n")
            bar.update(1)
    output.flush()
    if failures.count:
        click.echo(f"rasad: {failures.count} input(s) failed", err=True)
        sys.exit(1)
