"""Live intake commands: ``watch``, ``sources`` (list, add, import, remove), and the web part of
``ingest`` (``rasad ingest https://…``). Needs the ``intake`` extra (feedparser, httpx)."""

from __future__ import annotations

import json
import re
import signal
import sys
from collections.abc import Callable

import click

from ..errors import RasadError
from .common import Failures
from .store import db_option, store_errors

__all__ = ["watch", "sources", "ingest_web", "parse_duration"]

_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd]?)")
_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_duration(text: str) -> float:
    """Seconds in ``15m``, ``90s``, ``1h30m``, ``2h``, or a plain number of seconds."""
    text = text.strip().lower()
    pos, total = 0, 0.0
    for m in _DURATION.finditer(text):
        if m.start() != pos:
            break
        total += float(m.group(1)) * _UNITS[m.group(2)]
        pos = m.end()
    if pos != len(text) or not text or total <= 0:
        raise click.BadParameter(f"{text!r} is not a duration such as 15m, 90s or 1h", param_hint="--every")
    return total


def fetch_options(func):
    """How politely and patiently to fetch (shared by ``watch``, ``sources add`` and web ``ingest``)."""
    options = [
        click.option("--interval", type=click.FloatRange(min=0), default=1.0, show_default=True,
                     help="Least seconds between two requests to one host (a robots.txt Crawl-delay, when "
                          "longer, wins)."),
        click.option("--concurrency", type=click.IntRange(min=1, max=64), default=8, show_default=True,
                     help="Requests in flight at once (never more than one per host)."),
        click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
                     help="Seconds to wait for a server to connect or send; a whole response gets 3 times that."),
        click.option("--retries", type=click.IntRange(min=0, max=10), default=2, show_default=True,
                     help="Retries after a timeout, 429 or 5xx (waiting as Retry-After asks, else 2 s, 4 s, …)."),
        click.option("--backoff", type=click.FloatRange(min=0), default=2.0, show_default=True, hidden=True),
        click.option("--max-size", "max_mb", type=click.FloatRange(min=0.001), default=10.0, show_default=True,
                     help="Largest response read, in MB; a larger one is cut off and reported."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _config(interval: float, timeout: float, retries: int, backoff: float, max_mb: float):
    from ..intake import FetchConfig

    return FetchConfig(connect_timeout=timeout, read_timeout=timeout, total_timeout=3 * timeout,
                       max_bytes=int(max_mb * 1048576), retries=retries, backoff=backoff, host_interval=interval)


def _open(db, interval, concurrency, timeout, retries, backoff, max_mb, log: Callable[[str], None] | None = None):
    try:
        import feedparser  # noqa: F401
        import httpx  # noqa: F401
    except ImportError as e:  # the optional extra is missing
        raise RasadError(f"live intake needs the 'intake' extra: pip install 'rasad[intake]' ({e.name} missing)") from None
    from ..intake import open_intake

    return open_intake(db, _config(interval, timeout, retries, backoff, max_mb), concurrency=concurrency, log=log)


def _stderr(message: str) -> None:
    click.echo(message, err=True)


# -- rasad ingest https://… -----------------------------------------------------------------------

def ingest_web(urls: list[str], db: str | None, max_mb: float, failures: Failures) -> None:
    """Fetch and ingest web pages (called by ``rasad ingest`` for its http(s) arguments)."""
    with _open(db, 1.0, 8, 20.0, 2, 2.0, max_mb, log=None) as intake:
        report = intake.ingest_urls(urls)
        total = intake.store.count_events()
    for message in report.errors:
        failures.report(RasadError(message))
    click.echo(f"{len(urls)} pages: {report.new} added, {report.updated} updated, {report.unchanged} unchanged, "
               f"{report.duplicates} duplicates; {report.reports} event reports; {total} merged events")


# -- rasad watch ----------------------------------------------------------------------------------

@click.command()
@click.option("--every", default="15m", show_default=True, help="Time between rounds: 15m, 90s, 1h, ...")
@click.option("--once", is_flag=True, help="Run one round and stop.")
@db_option
@fetch_options
@store_errors
def watch(every, once, db, interval, concurrency, timeout, retries, backoff, max_mb) -> None:
    """Poll every source (see `rasad sources`) and ingest new and changed articles, round after round.

    One line per round on stdout; each failure on stderr. Stop it at any moment (Ctrl-C, SIGTERM, even
    kill -9) and start it again: every article is recorded as soon as it is stored, so nothing is lost
    and nothing is stored twice.
    """
    seconds = parse_duration(every)
    with _open(db, interval, concurrency, timeout, retries, backoff, max_mb, log=_stderr) as intake:
        if not intake.state.sources():
            raise RasadError("no sources to watch: add some with `rasad sources add URL` or "
                             "`rasad sources import` (the bundled catalogue)")

        def stop(signum, frame):
            if intake.stop.is_set():       # a second signal: stop now
                raise KeyboardInterrupt
            _stderr("rasad: stopping after the current article (again to stop at once)")
            intake.stop.set()

        old = {s: signal.signal(s, stop) for s in (signal.SIGINT, signal.SIGTERM)}
        try:
            intake.watch(seconds, once=once, announce=lambda line: click.echo(line))
        finally:
            for s, handler in old.items():
                signal.signal(s, handler)


# -- rasad sources --------------------------------------------------------------------------------

@click.group(invoke_without_command=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default=None,
              help="Default: a table on a terminal, JSONL otherwise.")
@db_option
@click.pass_context
@store_errors
def sources(ctx, fmt, db) -> None:
    """The sources `rasad watch` polls, with their state (last success, last error, articles, events)."""
    if ctx.invoked_subcommand is not None:
        return
    rows = _state_rows(db)
    if (fmt or ("table" if sys.stdout.isatty() else "jsonl")) == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    if not rows:
        click.echo("no sources: add some with `rasad sources add URL` or `rasad sources import`")
        return
    click.echo(f"{'id':<24} {'lang':<4} {'ctry':<4} {'last success':<20} {'articles':>8} {'events':>7}  last error")
    for r in rows:
        error = (r["last_error"] or "")[:60] if r["failing"] else ""
        click.echo(f"{r['id'][:24]:<24} {r['lang'] or '-':<4} {r['country'] or '-':<4} "
                   f"{(r['last_success'] or 'never')[:19]:<20} {r['articles']:>8} {r['events']:>7}  {error}")


def _state_rows(db) -> list[dict]:
    from ..intake.state import open_state
    from ..store import open_store

    with open_store(db) as store:
        path = store.path
    with open_state(path) as state:
        return state.report()


@sources.command("add")
@click.argument("url")
@click.option("--name", help="The outlet's name (default: the feed's or page's title).")
@click.option("--lang", type=click.Choice(["fa", "ar", "en"]))
@click.option("--country", help="ISO 3166-1 alpha-3 code of the outlet's country, e.g. IRN.")
@db_option
@fetch_options
@store_errors
def sources_add(url, name, lang, country, db, interval, concurrency, timeout, retries, backoff, max_mb) -> None:
    """Follow URL: a feed, a news sitemap, or a page that announces its feed (or whose robots.txt lists a
    sitemap)."""
    from ..intake.discover import discover_source

    with _open(db, interval, concurrency, timeout, retries, backoff, max_mb) as intake:
        src = discover_source(intake.fetcher, url, name=name, lang=lang, country=country and country.upper(),
                              taken=intake.state.has_source)
        intake.state.put_source(src, origin="user")
    click.echo(f"added {src.id}: {src.name} ({', '.join(src.lists)})")


@sources.command("import")
@click.argument("file", required=False, type=click.Path(exists=True, dir_okay=False))
@click.option("--lang", "langs", multiple=True, type=click.Choice(["fa", "ar", "en"]), help="Only these languages.")
@click.option("--country", "countries", multiple=True, help="Only outlets of these countries (ISO3).")
@click.option("--id", "ids", multiple=True, help="Only these source ids.")
@db_option
@store_errors
def sources_import(file, langs, countries, ids, db) -> None:
    """Follow the sources of a TOML FILE (default: rasad's bundled catalogue of outlets)."""
    from ..intake.sources import load_sources
    from ..intake.state import open_state
    from ..store import open_store

    chosen = [s for s in load_sources(file)
              if (not langs or s.lang in langs) and (not countries or (s.country or "") in {c.upper() for c in countries})
              and (not ids or s.id in ids)]
    with open_store(db) as store:
        path = store.path
    with open_state(path) as state:
        new = sum(state.put_source(s, origin="file" if file else "catalog") for s in chosen)
    click.echo(f"{len(chosen)} sources: {new} added, {len(chosen) - new} updated")


@sources.command("remove")
@click.argument("source_id")
@db_option
@store_errors
def sources_remove(source_id, db) -> None:
    """Stop following SOURCE_ID (what it brought stays in the database)."""
    from ..intake.state import open_state
    from ..store import open_store

    with open_store(db) as store:
        path = store.path
    with open_state(path) as state:
        if not state.remove_source(source_id):
            raise RasadError(f"no source {source_id!r} (see `rasad sources`)")
    click.echo(f"removed {source_id}")
