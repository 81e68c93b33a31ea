"""``rasad kb refresh``: office-holders from Wikidata written as a knowledge-base folder, with a review diff.

The folder is never the bundled one: a person reads ``REVIEW.md`` (what Wikidata says that the bundled
files do not, and the other way round), then uses the folder with ``rasad --kb DIR``. A person known to
the bundled files (by Wikidata id or English name) keeps its id and spellings, so the folder's entry
overrides the bundled one and adds Wikidata's labels to it. A term without an end in Wikidata is closed
by the next holder's start and marked uncertain; an acting holder is marked acting.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..normalise import fold
from . import KnowledgeBase
from .model import LANGS, Entity, Term
from .wikidata import Holding, Person, RefreshError, Rules, SparqlClient, Unreachable, names_query, \
    offices_query, parse_names, parse_offices

__all__ = ["refresh", "RefreshReport", "Written"]

NAMES_BATCH = 50


@dataclass
class Written:
    """One person as it goes into a refreshed file."""

    id: str
    name: str
    qid: str
    names: dict[str, list[str]]
    short: list[str]
    terms: list[dict]


@dataclass
class RefreshReport:
    folder: Path
    countries: list[str] = field(default_factory=list)
    persons: int = 0
    terms: int = 0
    errors: list[str] = field(default_factory=list)
    changes: dict[str, list[str]] = field(default_factory=dict)
    requests: int = 0


def refresh(countries: Iterable[str], out: Path, *, kb: KnowledgeBase, rules: Rules,
            client: SparqlClient | None = None, today: date | None = None,
            progress: Callable[[str], None] | None = None) -> RefreshReport:
    """Ask Wikidata for the office-holders of ``countries`` and write them under ``out`` (never bundled data)."""
    from . import bundled_dir

    out = Path(out)
    if out.resolve() == bundled_dir().resolve() or bundled_dir().resolve() in out.resolve().parents:
        raise RefreshError(f"{out} is the bundled knowledge base; write the refresh to a folder of its own")
    client = client or SparqlClient(rules.endpoint)
    today = today or date.today()
    report = RefreshReport(folder=out)
    holdings: dict[str, list[Holding]] = {}
    for iso3 in countries:
        if progress:
            progress(iso3)
        try:
            holdings[iso3] = parse_offices(iso3, client.query(offices_query(iso3, rules)), rules)
        except Unreachable:
            raise
        except RefreshError as e:
            report.errors.append(f"{iso3}: {e}")
    qids = sorted({h.person for hs in holdings.values() for h in hs})
    people: dict[str, Person] = {}
    for i in range(0, len(qids), NAMES_BATCH):
        try:
            people.update(parse_names(client.query(names_query(qids[i:i + NAMES_BATCH]))))
        except RefreshError as e:
            report.errors.append(f"names of {len(qids[i:i + NAMES_BATCH])} people: {e}")
    (out / "persons").mkdir(parents=True, exist_ok=True)
    for iso3, hs in holdings.items():
        written = _persons(iso3, hs, people, kb, today)
        (out / "persons" / f"{iso3.lower()}.toml").write_text(_render(iso3, written, today), encoding="utf-8")
        report.countries.append(iso3)
        report.persons += len(written)
        report.terms += sum(len(w.terms) for w in written)
        report.changes[iso3] = _diff(iso3, written, kb)
    report.requests = client.requests
    (out / "REVIEW.md").write_text(_review(report, today), encoding="utf-8")
    return report


def _persons(iso3: str, holdings: list[Holding], people: dict[str, Person], kb: KnowledgeBase,
             today: date) -> list[Written]:
    closed = _close_open_terms(holdings)
    by_person: dict[str, list[dict]] = defaultdict(list)
    for h, end, reason in closed:
        term = {"role": h.role, "start": h.start, "end": end, "acting": h.acting,
                "source": f"https://www.wikidata.org/wiki/{h.person}", "checked": today}
        if h.country != iso3:
            term["country"] = h.country
        reasons = [r for r in (reason, None if h.start else "no start date in Wikidata") if r]
        if reasons:
            term["uncertain"] = "; ".join(reasons)
        by_person[h.person].append(term)
    written = []
    for qid, terms in by_person.items():
        person = people.get(qid, Person(qid))
        known = _known(kb, qid, person)
        names = {lang: list(known.names.get(lang, [])) if known else [] for lang in LANGS}
        for lang in LANGS:
            names[lang] += [n for n in person.names.get(lang, []) if fold(n) not in {fold(x) for x in names[lang]}]
        name = known.name if known else (person.names.get("en") or [qid])[0]
        terms.sort(key=lambda t: (t["start"] or "", t["role"]))
        written.append(Written(id=known.id if known else _slug(name, qid), name=name, qid=qid,
                               names={k: v for k, v in names.items() if v},
                               short=list(known.short) if known else [], terms=terms))
    written.sort(key=lambda w: (w.terms[0]["start"] or "", w.id))
    return written


def _close_open_terms(holdings: list[Holding]) -> list[tuple[Holding, str | None, str | None]]:
    """Each holding with its end; an open one that has a later holder ends at that holder's start."""
    result = []
    by_office: dict[tuple[str, str], list[Holding]] = defaultdict(list)
    for h in holdings:
        by_office[(h.country, h.role)].append(h)
    for office in by_office.values():
        office.sort(key=lambda h: h.start or "")
        for i, h in enumerate(office):
            later = [o for o in office[i + 1:] if o.person != h.person and o.start and (h.start or "") < o.start]
            if h.end is None and later and not h.acting:
                result.append((h, later[0].start, "no end date in Wikidata; closed by the next holder's start"))
            else:
                result.append((h, h.end, None))
    return result


def _known(kb: KnowledgeBase, qid: str, person: Person) -> Entity | None:
    for e in kb.persons.values():
        if e.data.get("wikidata") == qid:
            return e
    english = {fold(n) for n in person.names.get("en", [])}
    matches = [e for e in kb.persons.values() if english & {fold(n) for n in e.names.get("en", [])}]
    return matches[0] if len(matches) == 1 else None


def _slug(name: str, qid: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    return slug or qid.lower()


def _value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, date):
        return v.isoformat()
    if isinstance(v, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        return v
    if isinstance(v, list):
        return "[" + ", ".join(_value(x) for x in v) + "]"
    return json.dumps(v, ensure_ascii=False)  # a JSON string is a valid TOML basic string


def _render(iso3: str, written: list[Written], today: date) -> str:
    lines = [f"# source: Wikidata (position held, P39), read with `rasad kb refresh` on {today}.",
             "#   Each term's source is the person's Wikidata page; review REVIEW.md before use.",
             f"# checked: {today}", "[meta]", f'country = "{iso3}"', f"as_of = {today}", ""]
    for w in written:
        lines += ["[[person]]", f"id = {_value(w.id)}", f"name = {_value(w.name)}", f"wikidata = {_value(w.qid)}"]
        lines += [f"{lang} = {_value(names)}" for lang, names in w.names.items()]
        if w.short:
            lines.append(f"short = {_value(w.short)}")
        lines.append("roles = [")
        for t in w.terms:
            parts = [f"{k} = {_value(v)}" for k, v in t.items() if v is not None and v is not False]
            lines.append("  { " + ", ".join(parts) + " },")
        lines += ["]", ""]
    return "\n".join(lines)


def _span(start, end) -> str:
    return f"{start or '?'}..{end or 'open'}"


def _diff(iso3: str, written: list[Written], kb: KnowledgeBase) -> list[str]:
    """What a reviewer must look at: new people and terms, changed dates, bundled terms Wikidata lacks."""
    lines = []
    refreshed_ids = {w.id for w in written}
    for w in written:
        old = kb.persons.get(w.id)
        old_terms = {t.role: t for t in (old.terms if old else []) if t.country == iso3}
        for t in w.terms:
            new_span = _span(t["start"], t["end"])
            if old is None:
                lines.append(f"+ {w.name} ({w.qid}), new person: {t['role']} {new_span}")
            elif t["role"] not in old_terms:
                lines.append(f"+ {w.name}: new term {t['role']} {new_span}")
            else:
                o = old_terms[t["role"]]
                if not _same_bound(o.start, t["start"]) or not _same_bound(o.end, t["end"]):
                    lines.append(f"~ {w.name}: {t['role']} {new_span} (bundled: {_span(o.start, o.end)})")
    for e in kb.persons.values():
        for t in e.terms:
            if t.country == iso3 and e.id not in refreshed_ids and (t.end is None or t.end.year >= 2010):
                lines.append(f"- {e.name}: {t.role} {_span(t.start, t.end)} is bundled but not in Wikidata's answer")
    return lines


def _same_bound(old: date | None, new: str | None) -> bool:
    if old is None or new is None:
        return old is None and new is None
    return old.isoformat().startswith(new) or new.startswith(old.isoformat()[:len(new)])


def _review(report: RefreshReport, today: date) -> str:
    out = [f"# Knowledge-base refresh from Wikidata, {today}", "",
           f"{len(report.countries)} countries, {report.persons} persons, {report.terms} terms, "
           f"{report.requests} requests. Read every line below before using this folder "
           "(`rasad --kb THIS_FOLDER ...`): `+` new in Wikidata, `~` dates differ, `-` bundled but not in "
           "Wikidata's answer.", ""]
    if report.errors:
        out += ["## Errors", "", *[f"- {e}" for e in report.errors], ""]
    for iso3, lines in report.changes.items():
        out += [f"## {iso3}", "", *(lines or ["no differences"]), ""]
    return "\n".join(out)
