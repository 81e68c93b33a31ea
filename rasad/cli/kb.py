"""``rasad kb``: look up, query and validate the knowledge base."""

from __future__ import annotations

import sys
from datetime import date

import click

from ..errors import DataError
from ..kb import ROLE_IDS, KnowledgeBase, load_kb
from ..normalise import fold, normalise


@click.group()
def kb() -> None:
    """Query and validate the knowledge base of countries, places, organisations and office-holders.

    Folders of your own (`rasad --kb DIR kb ...` or $RASAD_KB) extend the bundled data."""


def _load(ctx: click.Context) -> KnowledgeBase:
    try:
        return load_kb()
    except DataError as e:
        raise click.ClickException(str(e)) from None


@kb.command()
@click.argument("text")
@click.option("--date", "on", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Show only the roles held on this day.")
@click.pass_context
def find(ctx: click.Context, text: str, on) -> None:
    """List the entities TEXT names (a name, or a sentence to scan), with their roles and dates."""
    from ..mentions import matcher_for

    base = _load(ctx)
    day = on.date() if on else None
    key = fold(text)
    hits = [e for kind in ("country", "place", "org", "person", "role") for e in base.by_kind[kind].values()
            if key in {fold(n) for n in e.all_names()} or key in {fold(n) for n in e.short}]
    seen = {e.id for e in hits}
    lang = "en" if text.isascii() else None
    for m in matcher_for(base).find(normalise(text).text, lang):
        for eid in m.data.get("candidates") or ([m.entity_id] if m.entity_id else []):
            e = base.get(eid)
            if e is not None and e.id not in seen and e.kind != "title":
                hits.append(e)
                seen.add(e.id)
    how: dict[str, str] = {}
    if not hits:  # another spelling of a known name: «تشانج وان تشيوان», "Florence Parley"
        from ..kb.translit import name_index

        ids, key = name_index(base).lookup(text)
        for pid in sorted(ids):
            hits.append(base.persons[pid])
            how[pid] = key
    if not hits:
        click.echo(f"no entity found for {text!r}", err=True)
        sys.exit(1)
    for e in hits:
        country = f" [{e.country}]" if e.country else ""
        via = f"\t(by {how[e.id]} key)" if e.id in how else ""
        click.echo(f"{e.id}\t{e.kind}\t{e.name}{country}{via}")
        for t in e.terms:
            if day is None or t.covers(day):
                end = t.end.isoformat() if t.end else "…"
                flags = "".join(f" ({f})" for f, v in (("acting", t.acting), ("uncertain", t.uncertain)) if v)
                click.echo(f"\t{base.role_label(t.role)} of {t.country}: {t.start or '?'} – {end}{flags}")


@kb.command()
@click.argument("country")
@click.argument("role")
@click.argument("day", type=click.DateTime(["%Y-%m-%d"]), required=False)
@click.pass_context
def holder(ctx: click.Context, country: str, role: str, day) -> None:
    """Who held ROLE of COUNTRY on DAY (default: today), e.g. `rasad kb holder IRN defense-minister 2018-04-03`.

    COUNTRY is an ISO 3166-1 alpha-3 code or a country name; ROLE a role id or its English label."""
    base = _load(ctx)
    code = _country_code(base, country)
    role_id = _role_id(base, role)
    on = day.date() if day else date.today()
    people = base.holder(code, role_id, on)
    if not people:
        click.echo(f"no {base.role_label(role_id)} of {code} known on {on}", err=True)
        sys.exit(1)
    for p in people:
        terms = [t for t in base.roles_of(p.id, on) if t.role == role_id and t.country == code]
        span = ", ".join(f"{t.start or '?'} – {t.end or '…'}" + (" (acting)" if t.acting else "") for t in terms)
        click.echo(f"{p.id}\t{p.name}\t{span}")


def _country_code(base: KnowledgeBase, name: str) -> str:
    if name.upper() in base.countries:
        return name.upper()
    key = fold(name)
    for c in base.countries.values():
        if key in {fold(n) for n in c.all_names()}:
            return c.id
    raise click.BadParameter(f"unknown country {name!r}; use an ISO3 code such as IRN", param_hint="COUNTRY")


def _role_id(base: KnowledgeBase, role: str) -> str:
    if role in ROLE_IDS:
        return role
    key = fold(role)
    for r in base.roles.values():
        if key == fold(r.data["label"]) or key in {fold(n) for n in r.all_names()}:
            return r.id
    raise click.BadParameter(f"unknown role {role!r}; use one of {', '.join(sorted(ROLE_IDS))}",
                             param_hint="ROLE")


@kb.command()
@click.option("--format", "fmt", type=click.Choice(["md", "tsv"]), default="md", show_default=True,
              help="A Markdown table or tab-separated values.")
def coverage(fmt: str) -> None:
    """Offices covered per country: terms and first year of each of the five offices, and as_of."""
    from ..kb.coverage import OFFICES, coverage as table

    from ..kb import load_kb

    rows = table(load_kb())
    head = ["country", "as_of", *OFFICES, "uncertain"]
    cell = lambda v: f"{v[0]} from {v[1]}" if v and v[1] else (str(v[0]) if v else "–")  # noqa: E731
    lines = [[r.country, r.as_of.isoformat() if r.as_of else "–", *(cell(r.offices.get(o)) for o in OFFICES),
              str(r.uncertain)] for r in rows]
    if fmt == "tsv":
        click.echo("\t".join(head))
        for line in lines:
            click.echo("\t".join(line))
        return
    click.echo("| " + " | ".join(head) + " |")
    click.echo("|" + "---|" * len(head))
    for line in lines:
        click.echo("| " + " | ".join(line) + " |")
    full = sum(all(o in r.offices for o in OFFICES if o != "prime-minister") for r in rows)
    click.echo(f"\n{len(rows)} countries; {full} with all of head of state, foreign and defence minister and "
               "chief of staff (not every state has a prime minister)")


@kb.command()
@click.option("-v", "--verbose", is_flag=True, help="Print every warning, not only their number.")
@click.pass_context
def check(ctx: click.Context, verbose: bool) -> None:
    """Validate the knowledge base: schema, duplicate ids, overlapping terms, ambiguous spellings."""
    from ..kb.check import check_dirs

    from ..kb import extra_dirs

    try:
        report = check_dirs(extra_dirs())
    except DataError as e:
        raise click.ClickException(str(e)) from None
    for w in report.warnings if verbose else []:
        click.echo(f"warning: {w}", err=True)
    for w in report.unsourced if verbose else []:
        click.echo(f"no source: {w}", err=True)
    for w in report.stale if verbose else []:
        click.echo(f"stale: {w}", err=True)
    for e in report.errors:
        click.echo(f"error: {e}", err=True)
    counts = ", ".join(f"{v} {k}" for k, v in sorted(report.counts.items()) if k != "uncertain terms")
    click.echo(f"{'ok' if report.ok else 'FAILED'}: {counts}; {len(report.errors)} errors, "
               f"{len(report.warnings)} warnings" + ("" if verbose or not report.warnings else " (-v lists them)"))
    terms = report.counts.get("terms", 0)
    click.echo(f"sources: {terms - len(report.unsourced)} of {terms} terms have a source page "
               f"({report.sourced_share:.0%}); {report.counts.get('uncertain terms', 0)} uncertain; "
               f"{len(report.stale)} open terms in files whose as_of is over six months old"
               + ("" if verbose or not (report.unsourced or report.stale) else " (-v lists them)"))
    if not report.ok:
        sys.exit(1)


@kb.command()
@click.argument("countries", nargs=-1)
@click.option("-o", "--out", type=click.Path(file_okay=False), default=None,
              help="The folder to write (default: ./kb-refresh-DATE). Never the bundled knowledge base.")
@click.option("--endpoint", default=None, help="The SPARQL endpoint (default: Wikidata's, from data/kb/wikidata.toml).")
@click.option("--pause", type=float, default=1.0, show_default=True, help="Seconds between two requests.")
@click.pass_context
def refresh(ctx: click.Context, countries: tuple[str, ...], out: str | None, endpoint: str | None,
            pause: float) -> None:
    """Ask Wikidata who held each office of COUNTRIES (ISO3 codes; default: every country with a persons
    file) and write them as a knowledge-base folder with REVIEW.md, a diff against the bundled data.

    Needs internet access. Nothing bundled is changed: review the folder, then use it with
    `rasad --kb FOLDER ...`."""
    from pathlib import Path

    from ..kb.refresh import refresh as run_refresh
    from ..kb.wikidata import SparqlClient, load_rules

    base = _load(ctx)
    codes = [_country_code(base, c) for c in countries] or sorted(
        {t.country for p in base.persons.values() for t in p.terms})
    try:
        rules = load_rules()
        client = SparqlClient(endpoint or rules.endpoint, pause=pause)
        folder = Path(out or f"kb-refresh-{date.today().isoformat()}")
        report = run_refresh(codes, folder, kb=base, rules=rules, client=client,
                             progress=lambda c: click.echo(f"asking for {c} …", err=True))
    except DataError as e:
        raise click.ClickException(str(e)) from None
    for e in report.errors:
        click.echo(f"error: {e}", err=True)
    changes = sum(len(v) for v in report.changes.values())
    click.echo(f"{report.folder}: {len(report.countries)} countries, {report.persons} persons, {report.terms} terms, "
               f"{changes} differences to review in {report.folder / 'REVIEW.md'}; {len(report.errors)} errors")
    if report.errors and not report.countries:
        sys.exit(1)
