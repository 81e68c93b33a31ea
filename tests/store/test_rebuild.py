"""Re-merging only the touched stretch of time gives what re-merging everything gives."""

from __future__ import annotations

import random
from datetime import date, timedelta

from store_docs import HATAMI, LAVROV, SHOIGU, ZARIF, report

from rasad.store import EventFilter, open_store
from rasad.store.rebuild import rebuild_all

PAIRS = [("IRN", "RUS"), ("IRN", "TJK"), ("AZE", "TUR")]
PEOPLE = [[HATAMI, SHOIGU], [ZARIF, LAVROV], [HATAMI], [], []]


def random_corpus(seed: int, n: int = 120) -> list:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        day = date(2020, 1, 1) + timedelta(days=rng.randrange(60))
        published = day + timedelta(days=rng.randint(0, 4))
        dated = rng.random()
        fields = dict(date=day.isoformat(), date_precision="day") if dated < 0.6 else \
            dict(date=day.isoformat()[:7], date_precision="month") if dated < 0.7 else dict(date=None)
        docs.append(report(f"d{i:03d}", published=None if rng.random() < 0.05 else published.isoformat(),
                           countries=rng.choice(PAIRS), type=rng.choice(["MEET", "MEET", "SIGN"]),
                           persons=rng.choice(PEOPLE), mode=rng.choice([None, "visit", "phone"]),
                           location=rng.choice([None, None, "Moscow", "Tehran"]), **fields))
    return docs


def snapshot(store):
    rows = store.query_events(EventFilter(include_background=True), limit=10_000, order="date_asc")
    return sorted((e["id"], e["n_sources"], e["date"], tuple(s["doc_id"] for s in store.get_event(e["id"])["sources"]))
                  for e in rows)


def test_incremental_batches_equal_a_full_rebuild():
    for seed in range(5):
        docs = random_corpus(seed)
        rng = random.Random(seed)
        rng.shuffle(docs)
        with open_store(":memory:") as s:
            i = 0
            while i < len(docs):
                step = rng.randint(1, 15)
                s.ingest(docs[i:i + step], pipeline=lambda d: d, batch_size=step)
                i += step
            # and some documents change afterwards: new dates, no events, other people
            for doc in rng.sample(docs, 10):
                changed = report(doc.id, text=doc.text + " (updated)", published=doc.published,
                                 events=[] if rng.random() < 0.3 else None, countries=doc.events[0].countries,
                                 date=None if rng.random() < 0.5 else "2020-02-01", persons=rng.choice(PEOPLE))
                assert s.store_document(changed) == "updated"
            incremental = snapshot(s)
            assert any(n > 1 for _, n, _, _ in incremental)
            conn = s._conn
            conn.execute("BEGIN")
            rebuild_all(conn)
            conn.execute("COMMIT")
            assert snapshot(s) == incremental, f"seed {seed}"
            unmerged = conn.execute("SELECT count(*) FROM reports WHERE id NOT IN "
                                    "(SELECT report_id FROM event_reports)").fetchone()[0]
            assert unmerged == 0


def test_merge_points_far_apart_equal_a_merge_after_every_batch():
    """An ingest re-merges at merge points, not after each batch: batches stored between two points
    (new documents and changed ones) give the events a re-merge after every batch gives."""
    for seed in range(4):
        docs = random_corpus(seed)
        rng = random.Random(seed)
        rng.shuffle(docs)
        changed = [report(d.id, text=d.text + " (updated)", published=d.published, countries=d.events[0].countries,
                          date=None if rng.random() < 0.5 else "2020-02-01", persons=rng.choice(PEOPLE))
                   for d in rng.sample(docs, 12)]
        snaps = []
        for every in (1, rng.randint(5, 40), 10**9):
            with open_store(":memory:") as s:
                s.ingest(docs[:60], pipeline=lambda d: d, batch_size=7, merge_every=every)
                s.ingest(docs[60:] + changed, pipeline=lambda d: d, batch_size=5, merge_every=every)
                assert s.stats()["keys_awaiting_merge"] == 0
                snaps.append(snapshot(s))
        assert snaps[0] == snaps[1] == snaps[2], f"seed {seed}"


def test_a_stopped_ingest_leaves_marks_that_the_next_write_merges(tmp_path):
    """A kill between merge points leaves stored reports in no event and their marks in the database;
    the next ingest (even of nothing new) makes the events a whole ingest would have made."""
    docs = random_corpus(11, n=60)
    db = tmp_path / "events.db"

    def stop_after(n):
        seen = 0

        def pipeline(d):
            nonlocal seen
            seen += 1
            if seen > n:
                raise KeyboardInterrupt  # what Ctrl-C does mid-run
            return d
        return pipeline

    with open_store(db) as s:
        try:
            s.ingest(docs, pipeline=stop_after(45), batch_size=10, merge_every=1000)
        except KeyboardInterrupt:
            pass
        stats = s.stats()
        assert stats["documents"] == 40 and stats["events"] == 0 and stats["keys_awaiting_merge"] > 0
    with open_store(db) as s:
        report_ = s.ingest(docs[:40], pipeline=lambda d: d)
        assert report_.unchanged == 40 and report_.events > 0
        assert s.stats()["keys_awaiting_merge"] == 0
        after_resume = snapshot(s)
    with open_store(":memory:") as whole:
        whole.ingest(docs[:40], pipeline=lambda d: d)
        assert snapshot(whole) == after_resume
