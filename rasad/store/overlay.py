"""Laying analysts' corrections over the merged events, and finding a correction's event again.

Used by ``rasad.store.corrections``; every function works on the open connection inside the caller's
transaction. A correction is any object with the fields of ``corrections.Correction``.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter
from typing import Any

from .write import dumps

__all__ = ["apply", "anchors", "resolve", "resolve_other", "remerge", "remerge_orphans"]


def apply(conn: sqlite3.Connection, c: Any) -> int:
    event_id = resolve(conn, c)
    if event_id is None:
        return 0
    if c.action in ("wrong", "right"):
        conn.execute("UPDATE events SET wrong = ? WHERE id = ?", (int(c.action == "wrong"), event_id))
    elif c.action == "set":
        _set(conn, event_id, c.field, c.value)
    elif c.action == "merge":
        other = resolve_other(conn, c)
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


def _split(conn: sqlite3.Connection, event_id: str, c: Any) -> None:
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


def _mark(conn: sqlite3.Connection, event_id: str, c: Any) -> None:
    row = conn.execute("SELECT corrected FROM events WHERE id = ?", (event_id,)).fetchone()
    if row is None:
        return
    marks = json.loads(row["corrected"]) if row["corrected"] else []
    if all(m["id"] != c.id for m in marks):
        marks.append({"id": c.id, "action": c.action, "field": c.field, "summary": c.summary(),
                      "author": c.author, "note": c.note, "created_at": c.created_at})
        conn.execute("UPDATE events SET corrected = ? WHERE id = ?", (dumps(marks), event_id))


# -- finding events again ------------------------------------------------------------------------

def anchors(conn: sqlite3.Connection, event_id: str) -> list[str]:
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


def resolve(conn: sqlite3.Connection, c: Any) -> str | None:
    """The event ``c`` corrects now: the same id when it still holds one of its reports, else the
    event that holds most of them."""
    if conn.execute("SELECT 1 FROM events WHERE id = ?", (c.event_id,)).fetchone() is not None:
        return c.event_id
    return _event_of(conn, c.anchors)


def resolve_other(conn: sqlite3.Connection, c: Any) -> str | None:
    v = c.value or {}
    if conn.execute("SELECT 1 FROM events WHERE id = ?", (v.get("other"),)).fetchone() is not None:
        return v.get("other")
    return _event_of(conn, v.get("other_anchors") or [])


def remerge(conn: sqlite3.Connection, event_ids: list[str]) -> None:
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


def remerge_orphans(conn: sqlite3.Connection) -> None:
    """Reports left without an event (a document of a merged event re-ingested) are merged again."""
    touched: dict[str, set[str | None]] = {}
    for key, t in conn.execute("SELECT r.key, r.t FROM reports r WHERE NOT EXISTS "
                               "(SELECT 1 FROM event_reports er WHERE er.report_id = r.id)"):
        touched.setdefault(key, set()).add(t)
    if touched:
        from .rebuild import rebuild

        rebuild(conn, touched)
