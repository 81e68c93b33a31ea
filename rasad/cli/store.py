"""The store commands: ``ingest``, ``events``, ``show``, ``search``, ``stats``, ``export`` and ``demo``.

Every command takes ``--db PATH`` (default: ``$RASAD_DB``, else ``~/.local/share/rasad/rasad.db``).
"""

from __future__ import annotations

import functools
import shutil
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import click

from ..errors import RasadError
from ..store import ORDERS, EventFilter, open_store
from ..store.columns import describe
from .common import Failures, iter_documents, max_size_option, progress_option, write_json_line
from .common import jobs_option, progress_bar, time_budget_option

db_option = click.option("--db", "db", type=click.Path(dir_okay=False), default=None,
                         help="Database file (default: $RASAD_DB, else ~/.local/share/rasad/rasad.db).")


def store_errors(func):
    """Turn rasad's errors into one line on stderr and exit status 1."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except RasadError as e:
            click.echo(f"rasad: error: {e}", err=True)
            sys.exit(1)
    return wrapper


def filter_options(func):
    """The event filters shared by ``events`` and ``export``."""
    options = [
        click.option("--country", help="Either side: an ISO3 code or any name (Iran, ایران, إيران)."),
        click.option("--dyad", metavar="A,B", help="Both sides, e.g. IRN,RUS or Iran,Russia (either direction)."),
        click.option("--person", help="A person by any known spelling (Shoigu, شویگو, شويغو) or knowledge-base id."),
        click.option("--type", "type_", type=click.Choice(["MEET", "SIGN"], case_sensitive=False)),
        click.option("--status", type=click.Choice(["occurred", "planned"], case_sensitive=False)),
        click.option("--from", "date_from", metavar="DATE", help="On or after YYYY[-MM[-DD]]."),
        click.option("--to", "date_to", metavar="DATE", help="On or before YYYY[-MM[-DD]]."),
        click.option("--lang", type=click.Choice(["fa", "ar", "en"]), help="Reported in this language."),
        click.option("--outlet", help="Reported by this outlet (site name or host)."),
        click.option("--background", is_flag=True, help="Include background events (passing references)."),
        click.option("--include-wrong", is_flag=True, help="Include events an analyst marked wrong."),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def make_filter(store, country, dyad, person, type_, status, date_from, date_to, lang, outlet, background,
                include_wrong) -> EventFilter:
    """The filter for the options as typed (the API's rules: ``rasad.store.filters``)."""
    return store.filter(country=country, dyad=dyad, person=person, type=type_, status=status,
                        date_from=date_from, date_to=date_to, lang=lang, outlet=outlet, background=background,
                        include_wrong=include_wrong)


# -- ingest --------------------------------------------------------------------------------------

@click.command()
@click.argument("paths", nargs=-1)
@db_option
@click.option("--batch-size", type=click.IntRange(min=1), default=100, show_default=True,
              help="Documents per transaction.")
@click.option("--force", is_flag=True, help="Process documents again even when stored unchanged.")
@click.option("--from-parquet", "from_parquet", metavar="DIR",
              help="Load the output of `rasad batch --out DIR` (documents, reports) instead of reading PATHS.")
@max_size_option
@progress_option
@jobs_option
@time_budget_option
@store_errors
def ingest(paths, db, batch_size, force, from_parquet, max_mb, progress, jobs, time_budget) -> None:
    """Extract events from PATHS (as `rasad extract` reads them) and store them in the database.

    Idempotent: documents already stored with the same content are skipped; a changed document is
    processed again and its old events replaced. Each batch is one transaction, so an interrupted
    ingest can simply be run again.
    """
    if bool(paths) == bool(from_parquet):
        raise click.UsageError("give PATHS to read, or --from-parquet DIR (not both)")
    if from_parquet:
        return _ingest_parquet(from_parquet, db, batch_size)
    failures = Failures()
    web = [p for p in paths if p.startswith(("http://", "https://"))]
    if web:  # pages on the web are fetched politely by live intake (rasad/cli/intake.py)
        from .intake import ingest_web
        ingest_web(web, db, max_mb, failures)
        paths = tuple(p for p in paths if p not in web)
        if not paths:
            sys.exit(1 if failures.count else 0)
    with open_store(db) as store:
        # the workers read, hash and process; this process names the inputs and stores (see docs/speed.md)
        with progress_bar(progress, "ingesting") as bar:
            report = store.ingest_paths(paths, max_bytes=int(max_mb * 1048576), batch_size=batch_size,
                                        force=force, jobs=jobs, time_budget=time_budget,
                                        on_error=lambda m: failures.report(RasadError(m)),
                                        on_document=lambda: bar.update(1))
        for message in report.failed:
            failures.report(RasadError(message))
        total = store.count_events()
        path = store.path
    click.echo(f"{report.documents} documents: {report.added} added, {report.updated} updated, "
               f"{report.unchanged} unchanged; {report.reports} event reports; "
               f"{total} merged events in {path}")
    if failures.count:
        click.echo(f"rasad: {failures.count} input(s) failed", err=True)
        sys.exit(1)


def _ingest_parquet(directory: str, db, batch_size: int) -> None:
    from ..scale.load import load_batch  # needs the `scale` extra

    with open_store(db) as store:
        report, errors = load_batch(store, directory, batch_size=max(batch_size, 500))
        total, path = store.count_events(), store.path
    click.echo(f"{report.documents} documents from {directory}: {report.added} added, {report.updated} updated, "
               f"{report.unchanged} unchanged ({errors} input errors at batch time); {report.reports} event "
               f"reports; {total} merged events in {path}")


# -- events, show --------------------------------------------------------------------------------

@click.command()
@filter_options
@click.option("--limit", type=click.IntRange(min=0), default=None,
              help="At most this many events (default: a page of 50 for a table, every event for jsonl/csv).")
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--order", type=click.Choice(list(ORDERS)), default="date_desc", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default=None,
              help="Default: a table on a terminal, JSONL otherwise. jsonl and csv have the columns of `rasad export`.")
@click.option("--bom", is_flag=True, help="CSV: start with a byte-order mark (for spreadsheets).")
@db_option
@store_errors
def events(db, limit, offset, order, fmt, bom, **filters) -> None:
    """List merged events: one per happening, with the number of sources that reported it.

    A table on a terminal shows one page (--limit, --offset for more, and says so); jsonl and csv
    write every matching event unless --limit is given."""
    out = sys.stdout
    fmt = fmt or ("table" if out.isatty() else "jsonl")
    with open_store(db) as store:
        f = make_filter(store, **filters)
        if fmt != "table":
            store.export(out, fmt, f=f, order=order, limit=limit, offset=offset, bom=bom)
            return
        page = 50 if limit is None else limit
        rows = store.query_events(f, limit=page, offset=offset, order=order)
        total = store.count_events(f)
    click.echo(events_table(rows))
    more = (f" (a page: --offset {offset + len(rows)} for the next, --format csv for all)"
            if offset + len(rows) < total else "")
    click.echo(f"{len(rows)} of {total} events{more}" + (" · `rasad show ID` for sources and evidence" if rows else ""))


@click.command()
@click.argument("ident")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@db_option
@store_errors
def show(ident, fmt, db) -> None:
    """Show a merged event with every source and its evidence sentence (IDENT: an event id or a unique
    prefix of one, or a document id)."""
    with open_store(db) as store:
        event_id = store.resolve_event_id(ident) if len(ident) >= 4 else None
        record = store.get_event(event_id) if event_id else None
        kind = "event"
        if record is None:
            record, kind = store.get_document(ident), "document"
    if record is None:
        raise click.ClickException(f"no event or document {ident!r}")
    if fmt == "json":
        write_json_line(sys.stdout, record)
    else:
        click.echo(event_text(record) if kind == "event" else document_text(record))


# -- search, stats, export -----------------------------------------------------------------------

@click.command()
@click.argument("query", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(min=0), default=0)
@click.option("--format", "fmt", type=click.Choice(["text", "jsonl"]), default=None,
              help="Default: text on a terminal, JSONL otherwise.")
@db_option
@store_errors
def search(query, limit, offset, fmt, db) -> None:
    """Full-text search of the stored articles (fa/ar/en; spelling variants and missing ZWNJ are found)."""
    with open_store(db) as store:
        hits = store.search(" ".join(query), limit=limit, offset=offset)
    out = sys.stdout
    if (fmt or ("text" if out.isatty() else "jsonl")) == "jsonl":
        for h in hits:
            write_json_line(out, h)
        return
    for h in hits:
        click.echo(f"{h['doc_id']}  {h['published'] or '-'}  {h['lang'] or '-'}  {h['outlet'] or ''}  {h['title'] or ''}")
        click.echo(f"    {h['snippet']}")
    click.echo(f"{len(hits)} document(s)")


@click.command()
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@db_option
@store_errors
def stats(fmt, db) -> None:
    """Counts of documents, event reports and merged events in the database."""
    with open_store(db) as store:
        s = store.stats()
    if fmt == "json":
        write_json_line(sys.stdout, s)
        return
    size = f"{s['size_bytes'] / 1048576:.1f} MB" if s["size_bytes"] else "-"
    click.echo(f"database    {s['path']} ({size}, schema v{s['schema_version']})")
    click.echo(f"documents   {s['documents']}  {_pairs(s['documents_by_lang'])}")
    click.echo(f"reports     {s['reports']}")
    click.echo(f"events      {s['events']}  {_pairs(s['events_by_type'])}; "
               f"{s['events_with_several_sources']} with several sources; "
               f"{s['background_events']} background")
    click.echo(f"dates       {s['date_range'][0] or '-'} … {s['date_range'][1] or '-'}"
               f" ({s.get('undated_events', 0)} undated events)")
    click.echo(f"countries   {_pairs(s['countries'])}")
    click.echo(f"outlets     {_pairs(s['outlets'])}")
    click.echo(f"last ingest {s['last_ingest'] or '-'}")
    if s.get("keys_awaiting_merge"):
        click.echo(f"awaiting    {s['keys_awaiting_merge']} country pairs and types to re-merge (an ingest is "
                   "running, or was stopped: the next `rasad ingest` finishes it)")


@click.command()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("--reports", "table", flag_value="reports", help="One row per report (document × event).")
@click.option("--dyadic", "table", flag_value="dyadic",
              help="GDELT/ICEWS-style dyads: date, source/target actor and country (ISO3, COW, GW), CAMEO, "
                   "Goldstein, PLOVER.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write here instead of stdout (required for parquet on a terminal).")
@click.option("--bom", is_flag=True, help="CSV: start with a byte-order mark, so spreadsheets read UTF-8.")
@click.option("--schema", is_flag=True, help="Print the data dictionary of the table (columns, types, meanings).")
@filter_options
@db_option
@store_errors
def export(fmt, table, output, bom, schema, db, **filters) -> None:
    """Export every matching merged event (default), per-report event or dyad (docs/exports.md)."""
    table = table or "events"
    if schema:
        click.echo(describe(table))
        return
    with open_store(db) as store:
        f = make_filter(store, **filters)
        if output and fmt == "parquet":
            n = store.export(output, fmt, table=table, f=f)
        elif output:
            with open(output, "w", encoding="utf-8", newline="") as out:
                n = store.export(out, fmt, table=table, f=f, bom=bom)
        elif fmt == "parquet":
            if sys.stdout.isatty():
                raise click.UsageError("parquet is binary: give -o FILE or redirect stdout")
            n = store.export(sys.stdout.buffer, fmt, table=table, f=f)
        else:
            n = store.export(sys.stdout, fmt, table=table, f=f, bom=bom)
    if output:
        click.echo(f"{n} rows written to {output}", err=True)


# -- demo ----------------------------------------------------------------------------------------

@click.command()
@db_option
@store_errors
def demo(db) -> None:
    """Ingest the bundled sample articles into the demo's own database and show the merged events.

    Unless --db or $RASAD_DB names a database, the demo writes `demo.db` beside the default one, so
    your own database never receives the samples."""
    import os

    from ..store import default_path

    samples = Path(str(resources.files("rasad").joinpath("samples")))
    if not samples.is_dir():
        raise RasadError(f"no bundled samples at {samples}")
    own = db is None and not os.environ.get("RASAD_DB")
    target = default_path().with_name("demo.db") if own else db
    paths = [str(samples)]  # the folder reader skips its README
    failures = Failures()
    docs = list(iter_documents(paths, failures, max_bytes=10 * 1048576, desc="ingesting samples"))
    with open_store(target) as store:
        report = store.ingest(docs)
        f = EventFilter(doc_ids=tuple(d.id for d in docs))
        rows = store.query_events(f, limit=200, order="date_asc")
        path = store.path
    langs = sorted({lang for r in rows for lang in r["langs"]})
    where = f"the demo's own database {path}" if own else str(path)
    click.echo(f"{len(docs)} sample articles in {', '.join(langs) or 'no language'} stored in {where} "
               f"({report.added} new, {report.updated} updated, {report.unchanged} already there): "
               f"{len(rows)} merged events.\n")
    click.echo(events_table(rows))
    explore = f" · rasad serve --db {path} (dashboard)" if own else " · rasad serve (dashboard)"
    click.echo(f"\nNext: rasad show ID --db {path} (sources and evidence){explore}" if own else
               f"\nNext: rasad show ID (sources and evidence) · rasad search WORDS{explore}")


# -- rendering -----------------------------------------------------------------------------------

def events_table(rows: list[dict[str, Any]], width: int | None = None) -> str:
    """Merged events as a plain-text table fitted to the terminal width."""
    if not rows:
        return "(no events)"
    width = width or shutil.get_terminal_size((120, 24)).columns
    header = ["id", "date", "type", "sides", "status", "where", "src", "langs", "persons"]
    body = [[r["id"], _date(r), r["type"], _sides(r), _status(r), r["location"] or "", str(r["n_sources"]),
             ",".join(r["langs"]), "; ".join(p["name"] for p in r["persons"])] for r in rows]
    widths = [max(len(row[i]) for row in [header, *body]) for i in range(len(header))]
    fixed = sum(widths[:-1]) + 2 * (len(header) - 1)
    widths[-1] = max(10, min(widths[-1], width - fixed))
    lines = ["  ".join(_fit(c, w) for c, w in zip(row, widths, strict=True)).rstrip() for row in [header, *body]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def event_text(e: dict[str, Any]) -> str:
    place = f"{e['location']} ({e['location_country']})" if e["location"] else "-"
    plover = e.get("plover") or {}
    lines = [
        f"{e['id']}  {e['type']}  {_sides(e)}  {_date(e)}  {_status(e)}  {place}",
        f"persons:  {'; '.join(_person(p) for p in e['persons']) or '-'}",
        f"topics:   {', '.join(e['topics']) or '-'}",
        f"codes:    CAMEO {e['cameo'] or '-'} · PLOVER {plover.get('event') or '-'}"
        f" ({', '.join(str(v) for v in [plover.get('mode'), *plover.get('context', [])] if v) or '-'})"
        f" · confidence {e['confidence'] if e['confidence'] is not None else '-'}",
        f"sources:  {e['n_sources']} ({', '.join(e['langs']) or '-'}; {', '.join(e['outlets']) or '-'})",
        "",
    ]
    for i, s in enumerate(e["sources"], 1):
        lines.append(f"[{i}] {s['published'] or '----------'}  {s['outlet'] or '-'}  ({s['lang'] or '-'})  "
                     f"{s['doc_id']}" + (f"  {s['title']}" if s["title"] else ""))
        if s["url"]:
            lines.append(f"    {s['url']}")
        lines.append(f"    «{' '.join(s['evidence']['text'].split())}»  [{s['evidence']['start']}:{s['evidence']['end']}]")
    if e.get("wrong") or e.get("corrected"):
        lines += ["", "corrections:" + ("  (marked WRONG)" if e.get("wrong") else "")]
        lines += [f"  #{c['id']} {c['summary']}" + (f" — {c['author']}" if c.get("author") else "")
                  + (f": {c['note']}" if c.get("note") else "") for c in e.get("corrected") or []]
    lines += ["", "merged because:"]
    lines += [f"  - {r['doc_id']}: {r['rule']} ({r['detail']})" for r in e.get("merge_reasons", [])]
    return "\n".join(lines)


def document_text(d: dict[str, Any]) -> str:
    lines = [f"{d['id']}  {d['published'] or '-'}  {d['lang'] or '-'}  {d['outlet'] or '-'}",
             f"title: {d['title'] or '-'}", f"url:   {d['url'] or '-'}", f"events: {len(d['events'])}"]
    for ev in d["events"]:
        lines.append(f"  - {ev['type']} {','.join(ev['countries'])} {ev['date'] or '-'} → {ev['event_id'] or '-'}")
        lines.append(f"    «{' '.join(ev['evidence']['text'].split())}»")
    return "\n".join(lines)


def _fit(s: str, w: int) -> str:
    return s.ljust(w) if len(s) <= w else s[: max(0, w - 1)] + "…"


def _date(e: dict[str, Any]) -> str:
    return e["date"] or (f"~{e['first_seen']}" if e.get("first_seen") else "-")


def _sides(e: dict[str, Any]) -> str:
    if e.get("source") and e.get("target"):
        rest = [c for c in e["countries"] if c not in (e["source"], e["target"])]
        return f"{e['source']}→{e['target']}" + ("+" + "+".join(rest) if rest else "")
    return "–".join(e["countries"])


def _status(e: dict[str, Any]) -> str:
    return e["status"] + (f"/{e['mode']}" if e.get("mode") else "")


def _person(p: dict[str, Any]) -> str:
    extra = ", ".join(x for x in (p.get("country"), p.get("role")) if x)
    return f"{p['name']} ({extra})" if extra else p["name"]


def _pairs(d: dict[str, Any]) -> str:
    return ", ".join(f"{k} {v}" for k, v in d.items()) or "-"
