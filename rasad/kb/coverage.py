"""Which offices the knowledge base covers for each country, from when, and up to when it is known."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from . import KnowledgeBase

__all__ = ["OFFICES", "Coverage", "coverage"]

# The five offices every country file aims at (head of state, head of government, foreign minister,
# defence minister, chief of the general staff or equivalent).
OFFICES = ("head-of-state", "prime-minister", "foreign-minister", "defense-minister", "chief-of-staff")
_HEAD_OF_STATE = frozenset({"president", "monarch", "supreme-leader"})


@dataclass
class Coverage:
    """One country: per office, the number of terms and the first year; the file's ``as_of``."""

    country: str
    as_of: date | None
    offices: dict[str, tuple[int, int | None]] = field(default_factory=dict)  # role -> (terms, first year)
    uncertain: int = 0


def coverage(kb: KnowledgeBase) -> list[Coverage]:
    """A row per country with office-holders, sorted by country code."""
    rows: dict[str, Coverage] = {}
    for person in kb.persons.values():
        for t in person.terms:
            row = rows.setdefault(t.country, Coverage(t.country, None))
            if person.country == t.country and person.data.get("as_of"):
                row.as_of = max(row.as_of or date.min, person.data["as_of"])
            role = "head-of-state" if t.role in _HEAD_OF_STATE else t.role
            n, first = row.offices.get(role, (0, None))
            years = [y for y in (first, t.start.year if t.start else None) if y is not None]
            row.offices[role] = (n + 1, min(years) if years else None)
            row.uncertain += bool(t.uncertain)
    return [rows[c] for c in sorted(rows)]
