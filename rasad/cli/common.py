"""What the commands share: reading inputs with one-line errors, progress bars, JSON output."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any

import click

from ..document import Document
from ..errors import InputError, RasadError


class Failures:
    """Counts inputs that failed; each failure is reported on stderr as one line."""

    def __init__(self) -> None:
        self.count = 0

    def report(self, err: RasadError) -> None:
        self.count += 1
        click.echo(f"rasad: error: {err}", err=True)


def iter_documents(paths: Iterable[str], failures: Failures, *, max_bytes: int,
                   progress: bool | None = None, desc: str = "reading") -> Iterator[Document]:
    """Documents from ``paths``; unreadable inputs are reported and skipped.

    A progress bar is drawn on stderr when it is a terminal (or when ``progress`` is True)."""
    from ..readers import read_paths  # HTML extraction is heavy: only commands that read load it

    with progress_bar(progress, desc) as bar:
        for item in read_paths(paths, max_bytes=max_bytes):
            if isinstance(item, InputError):
                failures.report(item)
                continue
            bar.update(1)
            yield item


class _NoBar:
    def update(self, n: int) -> None:
        pass


@contextmanager
def progress_bar(progress: bool | None, desc: str) -> Iterator[Any]:
    """A bar of documents on stderr when it is a terminal (or when ``progress`` is True); else a no-op."""
    if not (sys.stderr.isatty() if progress is None else progress):
        yield _NoBar()
        return
    from tqdm import tqdm  # tqdm takes a while to import: only when a bar is drawn

    bar = tqdm(desc=desc, unit=" docs", file=sys.stderr, dynamic_ncols=True)
    try:
        yield bar
    finally:
        bar.close()


def write_json_line(out: IO[str], record: dict[str, Any]) -> None:
    out.write(json.dumps(record, ensure_ascii=False, default=str))
    out.write("\n")


max_size_option = click.option(
    "--max-size", "max_mb", type=click.FloatRange(min=0.001), default=10.0, show_default=True,
    help="Largest document to read, in MB; larger ones are reported and skipped.")
progress_option = click.option(
    "--progress/--no-progress", default=None,
    help="Show a progress bar (default: only when stderr is a terminal).")
jobs_option = click.option(
    "-j", "--jobs", type=click.IntRange(min=0), default=None,
    help="Worker processes (default: every core; 1: none). Output order does not change.")


def _budget(ctx, param, value: str | None) -> float | None | str:
    if value is None:
        return "default"  # $RASAD_TIME_BUDGET, else 30 s
    if value.strip().lower() in ("0", "none", "off"):
        return None
    try:
        seconds = float(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a number of seconds (0 or 'none': no limit)") from None
    return seconds if seconds > 0 else None


time_budget_option = click.option(
    "--time-budget", callback=_budget, default=None, metavar="SECONDS",
    help="Most time one document may take; a slower one is reported and skipped "
         "(default: $RASAD_TIME_BUDGET, else 30; 0: no limit).")
