"""Analysts' corrections of merged events, kept apart from what was extracted.

A correction is a row of the ``corrections`` table: mark an event wrong (or right again), set a field
(a side, the countries, the date, the place, the type, status or mode, a person added or removed),
split some of its reports off into an event of their own, or merge another event into it.

The extracted data are never edited: ``events`` is derived from the reports, and ``apply_all`` lays
the corrections over it again after every write (the ``Store`` calls it after an ingest), so a
correction survives re-ingests and rebuilds. Each correction remembers the reports of its event
(``anchors``, "doc_id#seq"), so it finds the event again when a re-merge gave it another id, and a
file of corrections (``export`` / ``apply_records``) can be applied by another analyst to a database
made from the same articles.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from typing import Any

from ..errors import StoreError
from .filters import FilterError, STATUSES, TYPES, check_day, country_code
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
    c = Correction(None, event_id, _anchors(conn, event_id), action, field, value, note, author, _now())
    _insert(conn, c)
    _apply(conn, c)
    return c


def undo(conn: sqlite3.Connection, correction_id: int) -> Correction:
    """Withdraw a correction: its event is merged afresh from its reports, the others laid over again."""
    row = conn.execute("SELECT * FROM corrections WHERE id = ?", (correction_id,)).fetchone()
    if row is None:
        raise FilterError(f"no correction {correction_id}")
    c = _from_row(row)
    conn.execute("UPDATE corrections SET active = 0 WHERE id = ?", (correction_id,))
    events = {_resolve(conn, c)} | ({_resolve_other(conn, c)} if c.action == "merge" else set())
    _remerge(conn, [e for e in events if e])
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
        return None, {"other": other, "other_anchors": _anchors(conn, other)}
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
    _remerge_orphans(conn)
    n = 0
    for c in list_corrections(conn):
        n += _apply(conn, c)
    return n


def _apply(conn: sqlite3.Connection, c: Correction) -> int:
    event_id = _resolve(conn, c)
    if event_id is None:
        return 0
    if c.action in ("wrong", "right"):
        conn.execute("UPDATE events SET wrong = ? WHERE id = ?", (int(c.action == "wrong"), event_id))
    elif c.action == "set":
        _set(conn, event_id, c.field, c.value)
    elif c.action == "merge":
        other = _resolve_other(conn, c)
        if other and other != event_id:
            conn.execute("UPDATE event_reports SET event_id = ? WHERE event_id = ?", (event_id, other))
            conn.execute("DELETE FROM events WHERE id = ?", (other,))
            _refresh_sources(conn, event_id)
    elif c.action == "split":
        _split(conn, event_id, c)
    _mark(conn, event_id, c)
    return 1


def _set(conn: sqlite3.Connection, event_id: str, field: str, value: Any) -> None:
    row = conn.execute("SELECT countries, persons FROM events WHERE id = ?", (event_id,)).fetchone()
    countries = row["countries"].split(",") if row["countries"] else []
    if field == "date":
        precision = {4: "year", 7: "month"}.get(len(value), "day")
        conn.execute("UPDATE events SET date = ?, date_precision = ?, sort_date = ? WHERE id = ?",
                     (value, precision, value, event_id))
    elif field in ("source", "target", "countries"):
        if field == "countries":
            countries = value
        elif value not in countries:
            countries = sorted([*countries, value])
        if field != "countries":
            conn.execute(f"UPDATE events SET {field} = ? WHERE id = ?", (value, event_id))
        conn.execute("UPDATE events SET countries = ? WHERE id = ?", (",".join(countries), event_id))
        conn.execute("DELETE FROM event_countries WHERE event_id = ?", (event_id,))
        conn.executemany("INSERT INTO event_countries (event_id, country) VALUES (?, ?)",
                         [(event_id, code) for code in countries])
    elif field == "location":
        conn.execute("UPDATE events SET location = ?, location_country = ? WHERE id = ?",
                     (value["location"], value["location_country"], event_id))
    elif field in ("type", "status", "mode"):
        conn.execute(f"UPDATE events SET {field} = ? WHERE id = ?", (value, event_id))
    else:
        _set_person(conn, event_id, json.loads(row["persons"]), field, value)


def _set_person(conn: sqlite3.Connection, event_id: str, persons: list[dict], field: str, p: dict) -> None:
    from ..normalise import fold

    def same(q: dict) -> bool:
        return (p.get("id") and q.get("id") == p["id"]) or fold(q.get("name") or "") == fold(p["name"])

    persons = [q for q in persons if not same(q)]
    if field == "add_person":
        persons.append(p)
    conn.execute("UPDATE events SET persons = ? WHERE id = ?", (dumps(persons), event_id))
    conn.execute("DELETE FROM event_persons WHERE event_id = ?", (event_id,))
    terms = {fold(q["name"]) for q in persons} | {fold(m) for q in persons for m in q.get("mentions") or []}
    terms |= {q["id"].lower() for q in persons if q.get("id")}
    conn.executemany("INSERT OR IGNORE INTO event_persons (event_id, term) VALUES (?, ?)",
                     [(event_id, t) for t in sorted(terms) if t])


def _split(conn: sqlite3.Connection, event_id: str, c: Correction) -> None:
    new_id = "ev" + hashlib.sha1(f"split|{c.id}|{c.event_id}".encode()).hexdigest()[:12]
    report_ids = _report_ids(conn, c.value["anchors"])
    if not report_ids:
        return
    if conn.execute("SELECT 1 FROM events WHERE id = ?", (new_id,)).fetchone() is None:
        cols = [r[1] for r in conn.execute("PRAGMA table_info(events)")]
        rest = ", ".join(cols[1:])
        conn.execute(f"INSERT INTO events (id, {rest}) SELECT ?, {rest} FROM events WHERE id = ?", (new_id, event_id))
        conn.execute("INSERT INTO event_countries (event_id, country) SELECT ?, country FROM event_countries "
                     "WHERE event_id = ?", (new_id, event_id))
        conn.execute("INSERT INTO event_persons (event_id, term) SELECT ?, term FROM event_persons "
                     "WHERE event_id = ?", (new_id, event_id))
        conn.execute("UPDATE events SET corrected = NULL, wrong = 0 WHERE id = ?", (new_id,))
    marks = ",".join("?" * len(report_ids))
    conn.execute(f"UPDATE event_reports SET event_id = ? WHERE report_id IN ({marks})", (new_id, *report_ids))
    for e in (event_id, new_id):
        _refresh_sources(conn, e)
    _mark(conn, new_id, c)


def _refresh_sources(conn: sqlite3.Connection, event_id: str) -> None:
    """Number of sources, languages, outlets and first report of an event whose reports changed."""
    rows = conn.execute(
        "SELECT DISTINCT d.id, d.lang, d.outlet, d.published, d.url FROM event_reports er "
        "JOIN reports r ON r.id = er.report_id JOIN documents d ON d.pk = r.doc_pk WHERE er.event_id = ? "
        "ORDER BY d.published IS NULL, d.published, d.id", (event_id,)).fetchall()
    if not rows:
        conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
        return
    langs = sorted({r["lang"] for r in rows if r["lang"]})
    outlets = sorted({r["outlet"] for r in rows if r["outlet"]})
    conn.execute("UPDATE events SET n_sources = ?, langs = ?, outlets = ?, first_seen = ?, first_url = ? "
                 "WHERE id = ?", (len(rows), dumps(langs), dumps(outlets), rows[0]["published"],
                                  rows[0]["url"], event_id))
    conn.execute("DELETE FROM event_sources WHERE event_id = ?", (event_id,))
    conn.executemany("INSERT INTO event_sources (event_id, lang, outlet) VALUES (?, ?, ?)",
                     [(event_id, lang, outlet) for lang, outlet in sorted({(r["lang"], r["outlet"]) for r in rows},
                                                                          key=str)])


def _mark(conn: sqlite3.Connection, event_id: str, c: Correction) -> None:
    row = conn.execute("SELECT corrected FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        return
    marks = json.loads(row["corrected"]) if row["corrected"] else []
    if all(m["id"] != c.id for m in marks):
        marks.append({"id": c.id, "action": c.action, "field": c.field, "summary": c.summary(),
                      "author": c.author, "note": c.note, "created_at": c.created_at})
        conn.execute("UPDATE events SET corrected = ? WHERE id = ?", (dumps(marks), event_id))


# -- finding events again ------------------------------------------------------------------------

def _anchors(conn: sqlite3.Connection, event_id: str) -> list[str]:
    return [f"{d}#{s}" for d, s in conn.execute(
        "SELECT d.id, r.seq FROM event_reports er JOIN reports r ON r.id = er.report_id "
        "JOIN documents d ON d.pk = r.doc_pk WHERE er.event_id = ? ORDER BY d.id, r.seq", (event_id,))]


def _report_ids(conn: sqlite3.Connection, anchors: list[str]) -> list[int]:
    out: list[int] = []
    for a in anchors:
        doc, _, seq = a.rpartition("#") if "#" in a else (a, "", "")
        sql = "SELECT r.id FROM reports r JOIN documents d ON d.pk = r.doc_pk WHERE d.id = ?"
        params: tuple = (doc,)
        if seq.isdigit():
            sql, params = sql + " AND r.seq = ?", (doc, int(seq))
        out += [rid for (rid,) in conn.execute(sql, params)]
    return out


def _event_of(conn: sqlite3.Connection, anchors: list[str]) -> str | None:
    ids = _report_ids(conn, anchors)
    if not ids:
        return None
    marks = ",".join("?" * len(ids))
    found = Counter(e for (e,) in conn.execute(f"SELECT event_id FROM event_reports WHERE report_id IN ({marks})", ids))
    return found.most_common(1)[0][0] if found else None


def _resolve(conn: sqlite3.Connection, c: Correction) -> str | None:
    """The event ``c`` corrects now: the same id when it still holds one of its reports, else the
    event that holds most of them."""
    if conn.execute("SELECT 1 FROM events WHERE id = ?", (c.event_id,)).fetchone() is not None:
        return c.event_id
    return _event_of(conn, c.anchors)


def _resolve_other(conn: sqlite3.Connection, c: Correction) -> str | None:
    v = c.value or {}
    if conn.execute("SELECT 1 FROM events WHERE id = ?", (v.get("other"),)).fetchone() is not None:
        return v.get("other")
    return _event_of(conn, v.get("other_anchors") or [])


def _remerge(conn: sqlite3.Connection, event_ids: list[str]) -> None:
    """Make the merged events of these events' reports again from the reports alone."""
    from .rebuild import rebuild

    touched: dict[str, set[str | None]] = {}
    for event_id in event_ids:
        for key, t in conn.execute("SELECT r.key, r.t FROM event_reports er JOIN reports r ON r.id = er.report_id "
                                   "WHERE er.event_id = ?", (event_id,)):
            touched.setdefault(key, set()).add(t)
        conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
    if touched:
        rebuild(conn, touched)


def _remerge_orphans(conn: sqlite3.Connection) -> None:
    """Reports left without an event (a document of a merged event re-ingested) are merged again."""
    touched: dict[str, set[str | None]] = {}
    for key, t in conn.execute("SELECT r.key, r.t FROM reports r WHERE NOT EXISTS "
                               "(SELECT 1 FROM event_reports er WHERE er.report_id = r.id)"):
        touched.setdefault(key, set()).add(t)
    if touched:
        from .rebuild import rebuild

        rebuild(conn, touched)


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
        c.event_id = _resolve(conn, c) or ""
        if not c.event_id:
            skipped.append(f"record {i}: none of its reports ({', '.join(c.anchors[:3])}) is in this database")
            continue
        if c.action == "merge" and not _resolve_other(conn, c):
            skipped.append(f"record {i}: the event to merge in is not in this database")
            continue
        _insert(conn, c)
        _apply(conn, c)
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
