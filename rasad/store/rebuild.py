"""Re-merging after a write: the merged events around the times an ingest touched are made again,
reading only the reports of the touched merge key within a few days of them (through the index on
``reports(key, t)``), never all reports of a key — so ingesting stays as fast as the database grows.

``cluster`` is a sweep over time: reports dated to a day are grouped within their day, then every
other report, in order of publication, joins a group within ``WINDOW_DAYS`` of it (or starts one). So
a group spans at most ``2 * WINDOW_DAYS`` days, and a change at times ``T`` cannot alter a decision
taken for a report published more than ``WINDOW_DAYS`` before them. For each stretch of touched
times, ``rebuild`` therefore:

1. reads the reports from ``3 * WINDOW_DAYS`` before ``a`` (``2 * WINDOW_DAYS`` before the first touched
   time) to a few windows past the last one, with the events they are stored in;
2. clusters them again, the reports without a day published before ``a`` *pinned* to the group they
   are stored in (their decisions cannot have changed), and finds the first day ``p`` past the
   touched times from which the groups still open — those a later report could join — hold exactly
   the reports the stored events hold: from ``p`` on every decision is the one stored, so nothing
   later changes (failing that, the stretch read grows and step 2 runs again; past the key's last
   report every group is final);
3. puts the groups anchored (by their day, or first publication day) from ``a`` up to the last ones
   closed at ``p`` in place of the stored events anchored there, writing only those whose id or
   reports changed.

The result is the one ``rebuild_all`` gives (tests/store/test_rebuild.py and test_merge.py check
it on random batches). Reports with no time at all (no day, no publication date) never merge; only those without
an event yet are made into one.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from typing import Any

from ..normalise import fold
from .merge import WINDOW_DAYS, Report, cluster, event_ids, merge_reports, merged_event
from .write import Touched, dumps

__all__ = ["rebuild", "rebuild_all", "load_reports", "mark_pending", "merge_pending", "pending_count"]

W = WINDOW_DAYS
_EVENT_COLS = ("id", "key", "type", "countries", "status", "mode", "source", "target", "date",
               "date_precision", "sort_date", "location", "location_country", "persons", "topics", "cameo",
               "plover", "confidence", "background", "n_sources", "first_seen", "first_url", "langs",
               "outlets", "reasons")
_SELECT = ("SELECT r.*, d.id AS doc_id, d.published, d.lang, d.outlet, d.url, d.ingested_at, er.event_id "
           "FROM reports r JOIN documents d ON d.pk = r.doc_pk LEFT JOIN event_reports er ON er.report_id = r.id "
           "WHERE r.key = ? AND ")
_UNMERGED = "er.event_id IS NULL"


def rebuild(conn: sqlite3.Connection, touched: Touched) -> int:
    """Make the merged events around the touched times again; returns how many were written."""
    written = 0
    for key in sorted(touched):
        times = touched[key]
        for stretch in _stretches(sorted(t for t in times if t)):
            written += _remerge(conn, key, stretch[0], stretch[-1])
        if None in times:
            written += _remake(conn, key, load_reports(conn, key, f"r.t IS NULL AND {_UNMERGED}", ()))
    return written


def mark_pending(conn: sqlite3.Connection, touched: Touched) -> None:
    """Record (inside the caller's transaction) that the merged events around ``touched`` await
    remaking: ``merge_pending`` remakes them. Reports stored and marked are not yet in any event."""
    conn.executemany("INSERT OR IGNORE INTO pending_merge (key, t) VALUES (?, ?)",
                     [(key, t or "") for key, times in touched.items() for t in times])


def merge_pending(conn: sqlite3.Connection, touched: Touched | None = None) -> int:
    """Remake (inside the caller's transaction) the merged events around ``touched`` and around every
    pending mark, then clear the marks; returns how many events were written. One remaking of many
    batches' marks gives the events a remaking after each batch would give, reading each report once."""
    every: Touched = {key: set(times) for key, times in (touched or {}).items()}
    for key, t in conn.execute("SELECT key, t FROM pending_merge"):
        every.setdefault(key, set()).add(t or None)
    if not every:
        return 0
    written = rebuild(conn, every)
    conn.execute("DELETE FROM pending_merge")
    return written


def pending_count(conn: sqlite3.Connection) -> int:
    """How many merge keys have events awaiting remaking (an ingest in progress, or one killed)."""
    return conn.execute("SELECT count(DISTINCT key) FROM pending_merge").fetchone()[0]


def rebuild_all(conn: sqlite3.Connection) -> int:
    """Make every merged event again from all reports (after a change to the merging rules)."""
    conn.execute("DELETE FROM events")
    conn.execute("DELETE FROM pending_merge")
    keys = [k for (k,) in conn.execute("SELECT DISTINCT key FROM reports ORDER BY key")]
    return sum(_remake(conn, key, load_reports(conn, key, "1", ())) for key in keys)


def _stretches(times: list[str]) -> list[list[str]]:
    """Touched times in stretches, a new one where two are more than ``8 * WINDOW_DAYS`` apart."""
    out: list[list[str]] = []
    for t in times:
        if out and _days(out[-1][-1], t) <= 8 * W:
            out[-1].append(t)
        else:
            out.append([t])
    return out


def _remerge(conn: sqlite3.Connection, key: str, first: str, last: str) -> int:
    """Re-merge around the touched times ``first``..``last`` of ``key`` (see the module docstring)."""
    a = _shift(first, -2 * W)                       # decisions before ``a`` cannot change
    end = _shift(last, 4 * W + 1)
    while True:
        reports = load_reports(conn, key, "r.t >= ? AND r.t < ?", (_shift(a, -3 * W), end))
        old = _stored_groups(reports)
        groups = cluster(reports, _pins(reports, old, a))
        if conn.execute("SELECT 1 FROM reports WHERE key = ? AND t >= ? LIMIT 1", (key, end)).fetchone() is None:
            upto = None                             # no report later: every group is final
            break
        p = _agreement(groups, old, _shift(last, W + 1), _shift(end, -W))
        if p is not None:
            upto = _shift(p, -W)                    # groups anchored before this are closed at ``p``
            break
        end = _shift(end, 2 * _days(a, end))
    inside = lambda anchor: anchor >= a and (upto is None or anchor < upto)  # noqa: E731
    made = [g for g in groups if inside(_anchor(g.members))]
    stale = {e: frozenset(r.id for r in ms) for e, ms in old.items() if inside(_anchor(ms))}
    return _replace(conn, key, made, stale)


def _stored_groups(reports: list[Report]) -> dict[str, list[Report]]:
    out: dict[str, list[Report]] = {}
    for r in reports:
        if r.event_id:
            out.setdefault(r.event_id, []).append(r)
    return out


def _pins(reports: list[Report], old: dict[str, list[Report]], a: str) -> dict[int, int]:
    """Reports without a day published before ``a`` keep their stored group: a day group's dated
    report, else the group's first report (in the canonical order)."""
    pins: dict[int, int] = {}
    for r in reports:
        if not r.day and r.t < a and r.event_id:
            members = old[r.event_id]
            dated = next((m for m in members if m.day), None)
            pins[r.id] = (dated or min(members, key=lambda m: m.order)).id
    return pins


def _anchor(members: list[Report]) -> str:
    """Where a group sits: its day, else its first publication day (no group spans more than
    ``WINDOW_DAYS`` from its anchor)."""
    return next((m.day for m in members if m.day), None) or min(m.t for m in members)


def _agreement(groups: list, old: dict[str, list[Report]], first: str, last: str) -> str | None:
    """The first day ``p`` in ``first``..``last`` at which the groups still open hold the same reports
    in the new clustering as in the stored one."""
    new = [(_anchor(g.members), g.members) for g in groups]
    stored = [(_anchor(ms), ms) for ms in old.values()]
    p = first
    while p <= last:
        if _open(new, p) == _open(stored, p):
            return p
        p = _shift(p, 1)
    return None


def _open(groups: list[tuple[str, list[Report]]], p: str) -> set[frozenset[int]]:
    """The groups a report published on ``p`` or later could join, with the reports they hold by then."""
    since = _shift(p, -W)
    out = set()
    for anchor, members in groups:
        if anchor >= since:
            held = frozenset(m.id for m in members if m.day or m.t < p)
            if held:
                out.add(held)
    return out


def _replace(conn: sqlite3.Connection, key: str, groups: list, stale: dict[str, frozenset[int]]) -> int:
    """Put the events of ``groups`` in place of the ``stale`` ones, writing only what changed."""
    # An event whose id and reports are those stored is left as it is, without making it again.
    ids = event_ids(key, groups)
    same = {eid for eid, g in zip(ids, groups) if stale.get(eid) == frozenset(r.id for r in g.members)}
    conn.executemany("DELETE FROM events WHERE id = ?", [(e,) for e in sorted(stale) if e not in same])
    for event_id, g in zip(ids, groups):
        if event_id not in same:
            _insert_event(conn, event_id, key, merged_event(g), g.members)
    return len(groups) - len(same)


def _days(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)).days


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
        outlet=row["outlet"], url=row["url"], ingested_at=row["ingested_at"], event_id=row["event_id"])


def _remake(conn: sqlite3.Connection, key: str, reports: list[Report]) -> int:
    """Make the events of ``reports`` (whole segments of ``key``) again."""
    conn.executemany("DELETE FROM events WHERE id = ?", [(e,) for e in sorted({r.event_id for r in reports} - {None})])
    made = merge_reports(key, reports)
    for event_id, e, members in made:
        _insert_event(conn, event_id, key, e, members)
    return len(made)


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
