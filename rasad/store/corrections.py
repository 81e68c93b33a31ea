"""Analysts' corrections of merged events, kept apart from what was extracted.

A correction is a row of the ``corrections`` table: mark an event wrong (or right again), set a field
(a side, the countries, the date, the place, the type, status or mode, a person added or removed),
split some of its reports off into an event of their own, or merge another event into it.

The extracted data are never edited: ``events`` is derived from the reports, and ``apply_all`` lays
the corrections over it again after every write (the ``Store`` calls it after an ingest), so a
correction survives re-ingests and rebuilds. Each correction remembers the reports of its event
(``anchors``, "doc_id#seq"), so it finds the event again when a re-merge gave it another id, and a
file of corrections (``export`` / ``apply_records``) can be applied by another analyst to a database
made from the same articles. How a correction is laid over an event is in ``rasad.store.overlay``.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import Any

from ..errors import StoreError
from . import overlay
from .filters import STATUSES, TYPES, FilterError, check_day, country_code
from .write import dumps

__all__ = ["Correction", "add", "undo", "apply_all", "has_corrections", "list_corrections", "export",
           "apply_records", "ACTIONS", "FIELDS"]

ACTIONS = ("wrong", "right", "set", "split", "merge")
FIELDS = ("source", "target", "countries", "date", "location", "type", "status", "mode", "add_person",
          "remove_person")
MODES = ("visit", "third-country", "phone")


@dataclass
class Correction:
    id: int | None
    event_id: str
    anchors: list[str]
    action: str
    field: str | None = None
    value: Any = None
    note: str | None = None
    author: str | None = None
    created_at: str = ""
    active: bool = True

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def summary(self) -> str:
        if self.action == "merge":
            return f"merged with {(self.value or {}).get('other')}"
        what = {"wrong": "marked wrong", "right": "marked right", "split": "reports split off"}.get(self.action)
        return what or f"{self.field} set to {json.dumps(self.value, ensure_ascii=False)}"


# -- adding and undoing --------------------------------------------------------------------------

def add(conn: sqlite3.Connection, event_id: str, action: str, field: str | None = None, value: Any = None,
        *, note: str | None = None, author: str | None = None) -> Correction:
    """Record a correction of ``event_id`` and apply it; ``FilterError`` for a value that makes no sense."""
    if action not in ACTIONS:
        raise FilterError(f"unknown correction {action!r}; use one of {', '.join(ACTIONS)}")
    if conn.execute("SELECT 1 FROM events WHERE id = ?", (event_id,)).fetchone() is None:
        raise FilterError(f"no event {event_id!r}")
    field, value = _check(conn, action, field, value)
    c = Correction(None, event_id, overlay.anchors(conn, event_id), action, field, value, note, author, _now())
    _insert(conn, c)
    overlay.apply(conn, c)
    return c


def undo(conn: sqlite3.Connection, correction_id: int) -> Correction:
    """Withdraw a correction: its event is merged afresh from its reports, the others laid over again."""
    row = conn.execute("SELECT * FROM corrections WHERE id = ?", (correction_id,)).fetchone()
    if row is None:
        raise FilterError(f"no correction {correction_id}")
    c = _from_row(row)
    conn.execute("UPDATE corrections SET active = 0 WHERE id = ?", (correction_id,))
    events = {overlay.resolve(conn, c)} | ({overlay.resolve_other(conn, c)} if c.action == "merge" else set())
    overlay.remerge(conn, [e for e in events if e])
    apply_all(conn)
    c.active = False
    return c


def list_corrections(conn: sqlite3.Connection, event_id: str | None = None, *,
                     active_only: bool = True) -> list[Correction]:
    """The corrections (active ones unless ``active_only`` is false), oldest first; of one event: those
    laid over it now (its ``corrected`` marks), whatever id the event had when they were made."""
    where = "active = 1" if active_only else "1"
    params: list[Any] = []
    if event_id is not None:
        row = conn.execute("SELECT corrected FROM events WHERE id = ?", (event_id,)).fetchone()
        ids = [m["id"] for m in json.loads(row["corrected"])] if row is not None and row["corrected"] else []
        where += " AND (event_id = ? OR id IN (SELECT value FROM json_each(?)))"
        params += [event_id, json.dumps(ids)]
    return [_from_row(r) for r in conn.execute(f"SELECT * FROM corrections WHERE {where} ORDER BY id", params)]


def _check(conn: sqlite3.Connection, action: str, field: str | None, value: Any) -> tuple[str | None, Any]:
    if action in ("wrong", "right"):
        return None, None
    if action == "merge":
        other = str((value or {}).get("other") if isinstance(value, dict) else value or "")
        if conn.execute("SELECT 1 FROM events WHERE id = ?", (other,)).fetchone() is None:
            raise FilterError(f"merge: no event {other!r}")
        return None, {"other": other, "other_anchors": overlay.anchors(conn, other)}
    if action == "split":
        anchors = value.get("anchors") if isinstance(value, dict) else value
        anchors = [anchors] if isinstance(anchors, str) else list(anchors or [])
        if not anchors:
            raise FilterError("split: name the reports to split off (DOC_ID#SEQ, or DOC_ID for all of its reports)")
        return None, {"anchors": anchors}
    if field not in FIELDS:
        raise FilterError(f"set: unknown field {field!r}; use one of {', '.join(FIELDS)}")
    return field, _check_value(field, value)


def _check_value(field: str, value: Any) -> Any:
    if value is None or value == "":
        if field in ("location", "mode"):
            return None
        raise FilterError(f"{field}: give a value")
    if field in ("source", "target"):
        return country_code(str(value), field)
    if field == "countries":
        items = value if isinstance(value, list) else str(value).replace(";", ",").split(",")
        codes = sorted({country_code(v.strip(), field) for v in items if str(v).strip()})
        if len(codes) < 2:
            raise FilterError("countries: give at least two countries")
        return codes
    if field == "date":
        return check_day(str(value), "date")
    if field == "location":
        if isinstance(value, dict):
            name, country = value.get("location"), value.get("location_country")
        else:
            name, _, country = str(value).partition(",")
        return {"location": name.strip() or None,
                "location_country": country_code(country.strip(), "location") if country and country.strip() else None}
    if field == "type":
        if str(value).upper() not in TYPES:
            raise FilterError(f"type: use one of {', '.join(TYPES)}")
        return str(value).upper()
    if field == "status":
        if str(value).lower() not in STATUSES:
            raise FilterError(f"status: use one of {', '.join(STATUSES)}")
        return str(value).lower()
    if field == "mode":
        if str(value) not in MODES:
            raise FilterError(f"mode: use one of {', '.join(MODES)}")
        return str(value)
    return _person_ref(str(value).strip())


def _person_ref(name: str) -> dict[str, Any]:
    """A person as events carry them: the knowledge base's when it knows the name, else the name as given."""
    from ..kb import load_kb
    from .filters import _persons

    spellings, _ = _persons()
    from ..normalise import fold

    ids = spellings.get(fold(name))
    if not ids:
        return {"name": name, "country": None, "role": None, "mentions": []}
    p = load_kb().persons[ids[0]]
    return {"name": p.name, "country": p.country, "role": None, "mentions": [], "id": p.id}


# -- applying ------------------------------------------------------------------------------------

def has_corrections(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM corrections WHERE active = 1 LIMIT 1").fetchone() is not None


def apply_all(conn: sqlite3.Connection) -> int:
    """Lay every active correction over the merged events again (idempotent); returns how many.
    Whatever remakes merged events (an ingest, ``rebuild_all``, a bulk load) calls it afterwards."""
    if not has_corrections(conn):
        return 0
    overlay.remerge_orphans(conn)
    n = 0
    for c in list_corrections(conn):
        n += overlay.apply(conn, c)
    return n


# -- files ---------------------------------------------------------------------------------------

def export(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Every active correction as a record another analyst can apply (``apply_records``)."""
    return [{k: v for k, v in c.to_dict().items() if k not in ("id", "active")} for c in list_corrections(conn)]


def apply_records(conn: sqlite3.Connection, records: list[dict[str, Any]]) -> tuple[int, list[str]]:
    """Add the corrections of a file; returns how many were added and why the others were skipped."""
    have = {_signature(c.to_dict()) for c in list_corrections(conn)}
    added, skipped = 0, []
    for i, r in enumerate(records, 1):
        try:
            c = Correction(None, str(r["event_id"]), list(r.get("anchors") or []), str(r["action"]),
                           r.get("field"), r.get("value"), r.get("note"), r.get("author"),
                           r.get("created_at") or _now())
        except (KeyError, TypeError) as e:
            skipped.append(f"record {i}: missing or malformed {e}")
            continue
        if _signature(c.to_dict()) in have:
            skipped.append(f"record {i}: already applied")
            continue
        c.event_id = overlay.resolve(conn, c) or ""
        if not c.event_id:
            skipped.append(f"record {i}: none of its reports ({', '.join(c.anchors[:3])}) is in this database")
            continue
        if c.action == "merge" and not overlay.resolve_other(conn, c):
            skipped.append(f"record {i}: the event to merge in is not in this database")
            continue
        _insert(conn, c)
        overlay.apply(conn, c)
        have.add(_signature(c.to_dict()))
        added += 1
    return added, skipped


def _signature(d: dict[str, Any]) -> str:
    return dumps([sorted(d.get("anchors") or []), d.get("action"), d.get("field"), d.get("value")])


# -- rows ----------------------------------------------------------------------------------------

def _insert(conn: sqlite3.Connection, c: Correction) -> None:
    if c.action not in ACTIONS:
        raise StoreError(f"unknown correction {c.action!r}")
    cur = conn.execute(
        "INSERT INTO corrections (event_id, anchors, action, field, value, note, author, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (c.event_id, dumps(c.anchors), c.action, c.field, None if c.value is None else dumps(c.value), c.note,
         c.author, c.created_at))
    c.id = cur.lastrowid


def _from_row(r: sqlite3.Row) -> Correction:
    return Correction(r["id"], r["event_id"], json.loads(r["anchors"]), r["action"], r["field"],
                      json.loads(r["value"]) if r["value"] is not None else None, r["note"], r["author"],
                      r["created_at"], bool(r["active"]))


def _now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
