"""Query parameters of the event endpoints, read by the same rules as the command line.

Every value goes through ``rasad.store.filters.make_filter``: a country or person by any known name
in English, Persian or Arabic, a type or status in any case, dates as YYYY, YYYY-MM or YYYY-MM-DD
checked against the calendar. A value it refuses is a 422 whose message names the parameter (and the
closest known values), never a 500.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request

from ..store import EventFilter
from ..store.filters import MAX_TEXT, FilterError, make_filter

__all__ = ["FilterError", "event_filters", "MAX_TEXT", "Filters"]

Filters = EventFilter

Text = Annotated[str | None, Query(max_length=MAX_TEXT)]
Country = Annotated[str | None, Query(max_length=MAX_TEXT, description="Either side: ISO3 code or any name (en/fa/ar), e.g. IRN, Iran, ایران")]
Dyad = Annotated[str | None, Query(max_length=2 * MAX_TEXT, description="Both sides, e.g. IRN-RUS or Iran,Russia")]
Person = Annotated[str | None, Query(max_length=MAX_TEXT, description="A person by any known spelling, e.g. Shoigu, شویگو, شويغو")]
EventType = Annotated[str | None, Query(max_length=10, description="MEET or SIGN (any case)")]
Status = Annotated[str | None, Query(max_length=10, description="occurred or planned")]
DateFrom = Annotated[str | None, Query(max_length=10, description="On or after YYYY, YYYY-MM or YYYY-MM-DD")]
DateTo = Annotated[str | None, Query(max_length=10, description="On or before YYYY, YYYY-MM or YYYY-MM-DD")]
Lang = Annotated[str | None, Query(max_length=5, description="Language of at least one source: fa, ar, en")]
Outlet = Annotated[str | None, Query(max_length=MAX_TEXT, description="Outlet of at least one source")]


def event_filters(request: Request, country: Country = None, dyad: Dyad = None, person: Person = None,
                  type: EventType = None, status: Status = None, date_from: DateFrom = None,
                  date_to: DateTo = None, lang: Lang = None, outlet: Outlet = None,
                  include_wrong: bool = False) -> EventFilter:
    """FastAPI dependency: the filter parameters shared by events, graph, time series, map and export."""
    store = request.app.state.stores.get()
    return store.filter(country=country, dyad=dyad, person=person, type=type, status=status,
                        date_from=date_from, date_to=date_to, lang=lang, outlet=outlet,
                        include_wrong=include_wrong)


def parse_dyad(value: str) -> tuple[str, str]:
    """Two sides of a dyad, in code order."""
    return make_filter(dyad=value).dyad
