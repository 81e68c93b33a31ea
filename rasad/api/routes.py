"""The read-only REST endpoints under ``/api``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import Response

from .cache import AnswerCache
from .downloads import download
from .filters import MAX_TEXT, FilterError, Filters, event_filters
from .labels import load_labels

router = APIRouter(prefix="/api")

MAX_LIMIT = 500

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size (JSON); files hold every matching row")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip")]
Order = Annotated[Literal["date_desc", "date_asc", "sources_desc", "first_seen_desc"],
                  Query(description="Sort order: by event date, by number of sources, or by first report")]
Format = Annotated[Literal["json", "csv", "jsonl", "parquet"],
                   Query(description="json: a page; csv, jsonl, parquet: a file of every matching row")]
Bom = Annotated[bool, Query(description="CSV: start with a byte-order mark (for spreadsheets)")]
FilterDep = Annotated[Filters, Depends(event_filters)]
IdPath = Annotated[str, Path(min_length=1, max_length=MAX_TEXT)]


def store(request: Request) -> Any:
    return request.app.state.stores.get()


def cache(request: Request) -> AnswerCache:
    return request.app.state.cache


Store = Annotated[Any, Depends(store)]
Cache = Annotated[AnswerCache, Depends(cache)]


@router.get("/events", summary="Merged events, filtered and paginated (or every one, as a file)")
def list_events(s: Store, c: Cache, f: FilterDep, limit: Limit = 50, offset: Offset = 0,
                order: Order = "date_desc", format: Format = "json", bom: Bom = False) -> Any:
    if format != "json":
        return download(s, f, format, "events", order=order, bom=bom)
    total = c.get(("count", f), lambda: s.count_events(f))
    events = s.query_events(f, limit=limit, offset=offset, order=order)
    nxt = offset + len(events) if offset + len(events) < total else None
    return {"ok": True, "total": total, "limit": limit, "offset": offset, "next_offset": nxt,
            "order": order, "events": events}


@router.get("/events.{fmt}", summary="Every matching merged event as a file (as datasette's table.csv)",
            response_class=Response)
def events_file(s: Store, f: FilterDep, fmt: Literal["csv", "jsonl", "parquet"], order: Order = "date_asc",
                bom: Bom = False) -> Response:
    return download(s, f, fmt, "events", order=order, bom=bom)


@router.get("/export", summary="Every matching row of an export table as CSV, JSONL or Parquet",
            response_class=Response)
def export(s: Store, f: FilterDep, table: Literal["events", "reports", "dyadic"] = "events",
           format: Literal["csv", "jsonl", "parquet"] = "csv", bom: Bom = False,
           order: Order = "date_asc") -> Response:
    return download(s, f, format, table, order=order, bom=bom)


@router.get("/events/{event_id}", summary="One merged event with its sources, evidence, persons, corrections")
def get_event(s: Store, event_id: IdPath) -> dict[str, Any]:
    event = s.get_event(event_id)
    if event is None:
        raise HTTPException(404, f"no event {event_id!r}")
    event["corrections"] = [c.to_dict() for c in s.corrections(event_id)]
    return {"ok": True, "event": event, "labels": _event_labels(event)}


@router.get("/documents/{doc_id:path}", summary="One stored document: text as read, metadata, its events")
def get_document(s: Store, doc_id: IdPath) -> dict[str, Any]:
    doc = s.get_document(doc_id)
    if doc is None:
        raise HTTPException(404, f"no document {doc_id!r}")
    doc.pop("source", None)  # where the file was read on the server: not the API's to tell
    return {"ok": True, "document": doc}


@router.get("/search", summary="Full-text search over the stored articles (fa, ar, en)")
def search(s: Store, q: Annotated[str, Query(min_length=1, max_length=MAX_TEXT, description="Query")],
           limit: Annotated[int, Query(ge=1, le=100)] = 20, offset: Offset = 0) -> dict[str, Any]:
    q = q.strip()
    if not q or any(ord(ch) < 32 for ch in q):
        raise FilterError("q: give words to search for (no control characters)")
    results = s.search(q, limit=limit, offset=offset)
    return {"ok": True, "query": q, "limit": limit, "offset": offset, "results": results}


@router.get("/stats", summary="Counts of documents, events, languages, outlets")
def stats(s: Store, c: Cache) -> dict[str, Any]:
    def compute() -> dict[str, Any]:
        st = dict(s.stats())
        st.pop("path", None)               # the server's file system is none of the client's business
        return {"ok": True, "stats": st}

    return c.get(("stats",), compute)


@router.get("/graph", summary="Country network: nodes with event counts, edges weighted by events (by type)")
def graph(s: Store, c: Cache, f: FilterDep) -> dict[str, Any]:
    def compute() -> dict[str, Any]:
        g = s.graph(f)
        return {"ok": True, "nodes": g.get("nodes", []), "edges": g.get("edges", [])}

    return c.get(("graph", f), compute)


@router.get("/timeseries", summary="Events per month and type")
def timeseries(s: Store, c: Cache, f: FilterDep) -> dict[str, Any]:
    return c.get(("timeseries", f), lambda: {"ok": True, "series": s.timeseries(f)})


@router.get("/locations", summary="Where the filtered events took place, with coordinates")
def locations(s: Store, c: Cache, f: FilterDep) -> dict[str, Any]:
    return c.get(("locations", f), lambda: _locations(s, f))


def _locations(s: Any, f: Filters) -> dict[str, Any]:
    found = s.locations(f)
    labels = load_labels()
    places: dict[tuple[str, str | None], dict[str, Any]] = {}
    unplaced = found["unplaced"]
    for row in found["places"]:
        place = labels.place(row["location"], row["location_country"])
        if place is None:
            unplaced += row["count"]
            continue
        entry = places.setdefault((place.name, place.country), {**place.to_dict(), "count": 0, "events": []})
        entry["count"] += row["count"]
        entry["events"] = (entry["events"] + row["events"])[:5]
    ordered = sorted(places.values(), key=lambda p: -p["count"])
    total = sum(p["count"] for p in found["places"]) + found["unplaced"]
    return {"ok": True, "total": total, "scanned": total, "unplaced": unplaced, "truncated": False,
            "locations": ordered}


@router.get("/countries", summary="Country names (English, Persian, Arabic) by ISO3 code")
def countries() -> dict[str, Any]:
    return {"ok": True, "countries": load_labels().countries}


def _event_labels(event: dict[str, Any]) -> dict[str, Any]:
    labels = load_labels()
    codes = set(event.get("countries") or [])
    codes.update(c for c in (event.get("source"), event.get("target"), event.get("location_country")) if c)
    codes.update(p.get("country") for p in event.get("persons") or [] if p.get("country"))
    place = labels.place(event.get("location"), event.get("location_country")) if event.get("location") else None
    if place is not None and place.precision != "city":
        place = None                       # an unknown city: do not label it with the capital's names
    return {"countries": {c: labels.country(c) or {"code": c, "en": c} for c in sorted(codes)},
            "place": place.to_dict() if place else None}
