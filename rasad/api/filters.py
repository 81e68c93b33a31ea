"""Query parameters of the event endpoints, validated, turned into the store's ``EventFilter``.

Every value is checked before it reaches the store: a malformed country code, an unknown type,
an impossible date or a range that ends before it starts is a 422 with a message naming the
parameter, never a 500.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from fastapi import Query

from ..store import EventFilter

COUNTRY = r"^[A-Za-z]{3}$"
DYAD = r"^[A-Za-z]{3}[-,][A-Za-z]{3}$"
MAX_TEXT = 200

Country = Annotated[str | None, Query(pattern=COUNTRY, description="ISO 3166-1 alpha-3 code of either side, e.g. IRN")]
Dyad = Annotated[str | None, Query(pattern=DYAD, description="Two ISO3 codes, e.g. IRN-RUS: events between exactly these sides")]
Person = Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT, description="Person name (English or as written)")]
EventType = Annotated[Literal["MEET", "SIGN"] | None, Query(description="Event type")]
Status = Annotated[Literal["occurred", "planned"] | None, Query(description="Event status")]
DateFrom = Annotated[date | None, Query(description="First day, YYYY-MM-DD (inclusive)")]
DateTo = Annotated[date | None, Query(description="Last day, YYYY-MM-DD (inclusive)")]
Lang = Annotated[Literal["fa", "ar", "en"] | None, Query(description="Language of at least one source")]
Outlet = Annotated[str | None, Query(min_length=1, max_length=MAX_TEXT, description="Outlet of at least one source")]


class FilterError(ValueError):
    """A filter value that passed the type checks but makes no sense (reported as 422)."""


@dataclass(frozen=True, slots=True)
class Filters:
    """The validated filter parameters, as they came in."""

    country: str | None = None
    dyad: tuple[str, str] | None = None
    person: str | None = None
    type: str | None = None
    status: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    lang: str | None = None
    outlet: str | None = None

    def to_store(self) -> EventFilter:
        return EventFilter(country=self.country, dyad=self.dyad, person=self.person, type=self.type,
                           status=self.status,
                           date_from=self.date_from.isoformat() if self.date_from else None,
                           date_to=self.date_to.isoformat() if self.date_to else None,
                           lang=self.lang, outlet=self.outlet)


def _text(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    value = value.strip()
    if not value:
        raise FilterError(f"{name}: must not be blank")
    if any(ord(ch) < 32 for ch in value):
        raise FilterError(f"{name}: control characters are not allowed")
    return value


def parse_dyad(value: str) -> tuple[str, str]:
    a, b = value.replace(",", "-").upper().split("-")
    if a == b:
        raise FilterError("dyad: the two sides must differ")
    return (a, b) if a <= b else (b, a)


def event_filters(country: Country = None, dyad: Dyad = None, person: Person = None,
                  type: EventType = None, status: Status = None, date_from: DateFrom = None,
                  date_to: DateTo = None, lang: Lang = None, outlet: Outlet = None) -> Filters:
    """FastAPI dependency: the filter parameters shared by events, graph, time series and map."""
    if date_from and date_to and date_from > date_to:
        raise FilterError(f"date_from ({date_from}) is after date_to ({date_to})")
    return Filters(country=country.upper() if country else None,
                   dyad=parse_dyad(dyad) if dyad else None,
                   person=_text(person, "person"), type=type, status=status,
                   date_from=date_from, date_to=date_to, lang=lang, outlet=_text(outlet, "outlet"))
