"""``rasad kb check``: validate knowledge-base folders beyond what loading already refuses.

Loading rejects malformed files, unknown roles and terms that end before they start. The check adds:

- errors: an id used twice for one kind of entity in one folder; two holders of one office whose
  terms overlap to the day (neither acting nor marked uncertain), except offices several hold at once
  (``SHARED_OFFICES``: Zimbabwe's two vice-presidents, South Sudan's five);
- warnings: overlaps that come only from month- or year-precision bounds; one spelling naming
  places or countries of different countries without being marked ambiguous;
- provenance: terms without a ``source`` page, terms marked uncertain without a reason, terms that
  start after their file's ``as_of`` (the file claims to be complete only up to that day) and open
  terms in files whose ``as_of`` is more than ``STALE_AFTER`` old (the holder may have changed since).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from ..normalise import fold
from . import bundled_dir
from .load import load_dir
from .model import Entity, Term

__all__ = ["check_dirs", "Report", "STALE_AFTER"]

STALE_AFTER = timedelta(days=183)
SHARED_OFFICES = frozenset({"vice-president", "deputy-prime-minister", "deputy-defense-minister",
                            "deputy-foreign-minister"})


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    unsourced: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)

    @property
    def sourced_share(self) -> float:
        terms = self.counts.get("terms", 0)
        return (terms - len(self.unsourced)) / terms if terms else 1.0

    @property
    def ok(self) -> bool:
        return not self.errors


def check_dirs(extra: list[Path] | None = None, today: date | None = None) -> Report:
    """Check the bundled folder and ``extra`` folders; loading errors propagate as ``DataError``.

    ``today`` (default: the real day) decides which files' ``as_of`` counts as stale."""
    report = Report()
    merged: dict[tuple[str, str], Entity] = {}
    for folder in (bundled_dir(), *(extra or [])):
        entities = list(load_dir(folder))
        ids = Counter((e.kind, e.id) for e in entities)
        for (kind, eid), n in sorted(ids.items()):
            if n > 1:
                files = sorted({e.source for e in entities if e.kind == kind and e.id == eid})
                report.errors.append(f"{kind} id {eid!r} is used {n} times in {', '.join(files)}")
        merged.update({(e.kind, e.id): e for e in entities})
    everything = list(merged.values())
    report.counts = dict(Counter(e.kind for e in everything))
    report.counts["terms"] = sum(len(e.terms) for e in everything)
    _check_offices(everything, report)
    _check_names(everything, report)
    _check_provenance(everything, report, today or date.today())
    return report


def _check_provenance(entities: list[Entity], report: Report, today: date) -> None:
    uncertain = 0
    for e in entities:
        as_of = e.data.get("as_of")
        for t in e.terms:
            what = f"{e.source}: {e.name}, {t.role} of {t.country} ({t.start or '?'}..{t.end or 'open'})"
            uncertain += t.uncertain
            if not t.source:
                report.unsourced.append(what)
            if t.uncertain and not t.uncertain_reason:
                report.warnings.append(f"{what} is marked uncertain without a reason; write "
                                       'uncertain = "why" so a reader knows what to check')
            if as_of and t.start and t.start > as_of:
                report.warnings.append(f"{what} starts after the file's as_of {as_of}; move as_of forward "
                                       "once the file is complete to a later day")
            if as_of and t.end is None and today - as_of > STALE_AFTER:
                report.stale.append(f"{what} is open, but the file is complete only to {as_of}")
    report.counts["uncertain terms"] = uncertain


def _check_offices(entities: list[Entity], report: Report) -> None:
    offices: dict[tuple[str, str], list[tuple[Term, Entity]]] = defaultdict(list)
    for e in entities:
        for t in e.terms:
            if not t.acting and not t.uncertain and t.start and t.role not in SHARED_OFFICES:
                offices[(t.country, t.role)].append((t, e))
    for (country, role), terms in sorted(offices.items()):
        terms.sort(key=lambda te: te[0].start)
        for (a, pa), (b, pb) in zip(terms, terms[1:]):
            if pa.id == pb.id or a.end is None and b.start is None:
                continue
            a_end = a.end
            if a_end is None or b.start <= a_end:
                if a_end is not None and b.start == a_end:
                    continue  # handover day: the outgoing and incoming holder share it
                coarse = a.end_precision != "day" or b.start_precision != "day"
                where = f"{country} {role}: {pa.name} ({a.start}..{a.end or 'open'}) overlaps " \
                        f"{pb.name} ({b.start}..{b.end or 'open'})"
                (report.warnings if coarse else report.errors).append(
                    where + ("" if coarse else " — fix the dates or mark one term acting/uncertain"))


def _check_names(entities: list[Entity], report: Report) -> None:
    by_name: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
    ambiguous: set[str] = set()
    for e in entities:
        if e.kind not in ("country", "place"):
            continue
        for n in e.all_names():
            by_name[fold(n)].add((e.id, e.country))
            if e.data.get("ambiguous") is True:
                ambiguous.add(fold(n))
        if isinstance(e.data.get("ambiguous"), dict):  # a country's own list of ambiguous words
            ambiguous.update(fold(n) for names in e.data["ambiguous"].values() for n in names)
    for name, owners in sorted(by_name.items()):
        countries = {c for _, c in owners}
        if len(countries) > 1 and name not in ambiguous:
            report.warnings.append(f"spelling {name!r} names {', '.join(sorted(i for i, _ in owners))} "
                                   "in different countries; mark it ambiguous or drop it from all but one")
