"""Re-merging after a write: the merged events of the stretches of time an ingest touched are made again.

Every merge link joins reports at most ``WINDOW_DAYS`` apart in time (``merge.time_of``), so the reports
of a merge key fall into *segments* separated by wider gaps, and clustering a segment alone gives what
clustering the whole key would. ``rebuild`` grows each touched time into its segment (the reports
within ``WINDOW_DAYS`` of it, then of those, until no more join), deletes the segment's merged events
and makes them again. Reports with no time at all (no day, no publication date) never merge; only
those without an event yet are made into one.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from typing import Any

from ..normalise import fold
from .merge import WINDOW_DAYS, Report, merge_reports
from .write import Touched, dumps

__all__ = ["rebuild", "rebuild_all", "segments", "load_reports"]

_EVENT_COLS = ("id", "key", "type", "countries", "status", "mode", "source", "target", "date",
               "date_precision", "sort_date", "location", "location_country", "persons", "topics", "cameo",
               "plover", "confidence", "background", "n_sources", "first_seen", "first_url", "langs",
               "outlets", "reasons")
_SELECT = ("SELECT r.*, d.id AS doc_id, d.published, d.lang, d.outlet, d.url, d.ingested_at "
           "FROM reports r JOIN documents d ON d.pk = r.doc_pk WHERE r.key = ? AND ")
_UNMERGED = "NOT EXISTS (SELECT 1 FROM event_reports er WHERE er.report_id = r.id)"


def rebuild(conn: sqlite3.Connection, touched: Touched) -> int:
    """Make the merged events of the touched segments again; returns how many were written."""
    written = 0
    for key in sorted(touched):
        times = touched[key]
        reports: list[Report] = []
        for lo, hi in segments(conn, key, sorted(t for t in times if t)):
            reports += load_reports(conn, key, "r.t BETWEEN ? AND ?", (lo, hi))
        if None in times:
            reports += load_reports(conn, key, f"r.t IS NULL AND {_UNMERGED}", ())
        written += _remake(conn, key, reports)
    return written


def rebuild_all(conn: sqlite3.Connection) -> int:
    """Make every merged event again from all reports (after a change to the merging rules)."""
    conn.execute("DELETE FROM events")
    keys = [k for (k,) in conn.execute("SELECT DISTINCT key FROM reports ORDER BY key")]
    return sum(_remake(conn, key, load_reports(conn, key, "1", ())) for key in keys)


def segments(conn: sqlite3.Connection, key: str, times: list[str]) -> list[tuple[str, str]]:
    """The closed time ranges of the segments of ``key`` that contain ``times`` (sorted)."""
    out: list[tuple[str, str]] = []
    for t in times:
        if out and out[-1][0] <= t <= out[-1][1]:
            continue
        lo, hi = t, t
        while True:
            a, b = conn.execute("SELECT min(t), max(t) FROM reports WHERE key = ? AND t BETWEEN ? AND ?",
                                (key, _shift(lo, -WINDOW_DAYS), _shift(hi, WINDOW_DAYS))).fetchone()
            if a is None or (min(lo, a), max(hi, b)) == (lo, hi):
                break
            lo, hi = min(lo, a), max(hi, b)
        if out and lo <= out[-1][1]:
            out[-1] = (min(out[-1][0], lo), max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day) + timedelta(days=days)).isoformat()


def load_reports(conn: sqlite3.Connection, key: str, cond: str, params: tuple) -> list[Report]:
    return [_report(row) for row in conn.execute(_SELECT + cond, (key, *params))]


def _report(row: sqlite3.Row) -> Report:
    return Report(
        id=row["id"], doc_id=row["doc_id"], seq=row["seq"], type=row["type"],
        countries=row["countries"].split(",") if row["countries"] else [], published=row["published"],
        date=row["date"], date_precision=row["date_precision"], status=row["status"], mode=row["mode"],
        source=row["source"], target=row["target"], location=row["location"],
        location_country=row["location_country"], persons=json.loads(row["persons"]),
        topics=json.loads(row["topics"]), background=bool(row["background"]), confidence=row["confidence"],
        cameo=row["cameo"], plover=json.loads(row["plover"]) if row["plover"] else None, lang=row["lang"],
        outlet=row["outlet"], url=row["url"], ingested_at=row["ingested_at"])


def _remake(conn: sqlite3.Connection, key: str, reports: list[Report]) -> int:
    stale = {e for r in reports for (e,) in conn.execute(
        "SELECT event_id FROM event_reports WHERE report_id = ?", (r.id,))}
    conn.executemany("DELETE FROM events WHERE id = ?", [(e,) for e in sorted(stale)])
    merged = merge_reports(key, reports)
    for event_id, e, members in merged:
        _insert_event(conn, event_id, key, e, members)
    return len(merged)


def _insert_event(conn: sqlite3.Connection, event_id: str, key: str, e: dict[str, Any], members: list[Report]) -> None:
    report_ids = [r.id for r in members]
    sources = {(r.lang, r.outlet) for r in members}
    values = {
        **e, "id": event_id, "key": key, "countries": ",".join(e["countries"]),
        "sort_date": e["date"] or e["first_seen"], "persons": dumps(e["persons"]), "topics": dumps(e["topics"]),
        "plover": dumps(e["plover"]) if e["plover"] else None, "background": int(e["background"]),
        "langs": dumps(e["langs"]), "outlets": dumps(e["outlets"]), "reasons": dumps(e["reasons"]),
    }
    conn.execute(f"INSERT INTO events ({', '.join(_EVENT_COLS)}) VALUES ({', '.join('?' * len(_EVENT_COLS))})",
                 [values[c] for c in _EVENT_COLS])
    conn.executemany("INSERT INTO event_reports (report_id, event_id) VALUES (?, ?)",
                     [(rid, event_id) for rid in report_ids])
    conn.executemany("INSERT INTO event_countries (event_id, country) VALUES (?, ?)",
                     [(event_id, c) for c in e["countries"]])
    conn.executemany("INSERT OR IGNORE INTO event_persons (event_id, term) VALUES (?, ?)",
                     [(event_id, t) for t in _person_terms(e["persons"])])
    conn.executemany("INSERT INTO event_sources (event_id, lang, outlet) VALUES (?, ?, ?)",
                     [(event_id, lang, outlet) for lang, outlet in sorted(sources, key=str)])


def _person_terms(persons: list[dict[str, Any]]) -> set[str]:
    """What the person filter matches: folded names and spellings, and knowledge-base ids."""
    terms: set[str] = set()
    for p in persons:
        terms.add(fold(p["name"]))
        terms.update(fold(m) for m in p.get("mentions") or [])
        if p.get("id"):
            terms.add(p["id"].lower())
    return {t for t in terms if t}
