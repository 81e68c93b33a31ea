"""The knowledge base's plain records: entities with multilingual names, and time-bounded terms of office."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

LANGS = ("en", "fa", "ar")


@dataclass(frozen=True, slots=True)
class Term:
    """One term of office: ``role`` of ``country`` from ``start`` to ``end`` (None = open / unknown).

    ``start``/``end`` are the first/last day the term may cover; with month or year precision they
    span the whole month or year, and ``precision`` says so."""

    role: str
    country: str
    start: date | None
    end: date | None
    start_precision: str = "day"
    end_precision: str = "day"
    acting: bool = False
    uncertain: bool = False
    uncertain_reason: str = ""
    source: str | None = None
    checked: date | None = None

    def covers(self, day: date) -> bool:
        """True when ``day`` falls inside the term (bounds inclusive)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"role": self.role, "country": self.country,
                             "start": self.start.isoformat() if self.start else None,
                             "end": self.end.isoformat() if self.end else None}
        if self.acting:
            d["acting"] = True
        if self.uncertain:
            d["uncertain"] = self.uncertain_reason or True
        if self.source:
            d["source"] = self.source
        return d

    def __reduce__(self):
        # Rebuilt through __init__: the KB cache unpickles some 3,400 terms at every start, and the
        # generic frozen-slots __setstate__ takes three times as long.
        return (Term, tuple(getattr(self, f) for f in Term.__slots__))


@dataclass(slots=True)
class Entity:
    """A country, place, organisation, person, role or title, with its names per language.

    ``kind``: country | place | org | person | role | title. ``country`` is the ISO3 code the entity
    belongs to (a place's or person's country; a country's own code). ``data`` holds the kind's extra
    fields (coordinates, demonyms, capital, domains, plural titles, ...)."""

    id: str
    kind: str
    name: str
    names: dict[str, list[str]] = field(default_factory=dict)
    country: str | None = None
    data: dict[str, Any] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)
    short: list[str] = field(default_factory=list)
    source: str = ""

    def __reduce__(self):
        return (Entity, tuple(getattr(self, f) for f in Entity.__slots__))  # as Term.__reduce__

    def all_names(self) -> list[str]:
        return [n for lang in LANGS for n in self.names.get(lang, [])]

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"id": self.id, "kind": self.kind, "name": self.name, "country": self.country}
        if self.terms:
            d["roles"] = [t.to_dict() for t in self.terms]
        for key in ("subkind", "lat", "lon", "wikidata", "label"):
            if key in self.data:
                d[key] = self.data[key]
        return d
