"""Views for one country pair and one person: their events over time, people, offices."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query

from ..store import EventFilter
from ..store.filters import make_filter
from .labels import load_labels
from .routes import Cache, FilterDep, IdPath, Store

router = APIRouter(prefix="/api")


@router.get("/people", summary="The persons of the filtered events, most frequent first")
def people(s: Store, c: Cache, f: FilterDep,
           limit: Annotated[int, Query(ge=1, le=2000)] = 300) -> dict[str, Any]:
    return c.get(("people", f, limit), lambda: {"ok": True, "people": s.people(f, limit)})


@router.get("/pairs/{dyad}", summary="A country pair: events per month by type and status, its people and events")
def pair(s: Store, c: Cache, dyad: IdPath) -> dict[str, Any]:
    f = make_filter(dyad=dyad)
    labels = load_labels()
    names = {code: labels.country(code) or {"code": code, "en": code} for code in f.dyad}
    return c.get(("pair", f), lambda: _summary(s, f, {"dyad": list(f.dyad), "names": names}))


@router.get("/persons/{person}", summary="A person: offices held (knowledge base), meetings over time, events")
def person(s: Store, c: Cache, person: IdPath) -> dict[str, Any]:
    f = s.filter(person=person)
    return c.get(("person", f), lambda: _summary(s, f, {"person": _person_info(f.persons, person)}))


def _summary(s: Any, f: EventFilter, head: dict[str, Any]) -> dict[str, Any]:
    total = s.count_events(f)
    series = s.monthly(f)
    return {"ok": True, **head, "total": total, "series": series,
            "without_month": total - sum(r["count"] for r in series),     # undated: never put in a month
            "people": s.people(f), "countries": {n["id"]: n["events"] for n in s.graph(f)["nodes"]},
            "events": s.query_events(f, limit=200, order="date_desc")}


def _person_info(terms: tuple[str, ...] | None, given: str) -> dict[str, Any]:
    from ..kb import load_kb

    kb = load_kb()
    for t in terms or ():
        p = kb.persons.get(t)
        if p is None:
            continue
        offices = [{**term.to_dict(), "label": kb.role_label(term.role)} for term in p.terms]
        return {"id": p.id, "name": p.name, "country": p.country,
                "names": {lang: p.names.get(lang, [])[:3] for lang in ("fa", "ar")}, "offices": offices}
    if not terms:
        raise HTTPException(404, f"no person {given!r}")
    return {"id": None, "name": given, "country": None, "names": {}, "offices": []}
