"""``rasad kb check``: validate knowledge-base folders beyond what loading already refuses.

Loading rejects malformed files, unknown roles and terms that end before they start. The check adds:

- errors: an id used twice for one kind of entity in one folder; two holders of one office whose
  terms overlap to the day (neither acting nor marked uncertain);
- warnings: overlaps that come only from month- or year-precision bounds; one spelling naming
  places or countries of different countries without being marked ambiguous.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..normalise import fold
from . import bundled_dir
from .load import load_dir
from .model import Entity, Term

__all__ = ["check_dirs", "Report"]


@dataclass
class Report:
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.errors


def check_dirs(extra: list[Path] | None = None) -> Report:
    """Check the bundled folder and ``extra`` folders; loading errors propagate as ``DataError``."""
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
    return report


def _check_offices(entities: list[Entity], report: Report) -> None:
    offices: dict[tuple[str, str], list[tuple[Term, Entity]]] = defaultdict(list)
    for e in entities:
        for t in e.terms:
            if not t.acting and not t.uncertain and t.start:
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
