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
