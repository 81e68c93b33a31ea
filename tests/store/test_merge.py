"""Merging reports of one happening: across languages, apart on different days, order-independent."""

from __future__ import annotations

import itertools
import random
from datetime import date, timedelta

from hypothesis import given, strategies as st

from rasad.document import ATTENDED, PersonRef
from rasad.store import EventFilter, open_store
from rasad.store.merge import Report, _group, conflict

from store_docs import HATAMI, LAVROV, SHOIGU, ZARIF, event, moscow, report


def all_events(store, **kw):
    return store.query_events(EventFilter(include_background=True, **kw), limit=1000, order="date_asc")


def test_fa_ar_en_reports_of_one_meeting_are_one_event_with_three_sources(store):
    for lang in ("fa", "ar", "en"):
        assert store.store_document(moscow(lang)) == "added"
    [e] = all_events(store)
    assert e["n_sources"] == 3 and e["langs"] == ["ar", "en", "fa"]
    assert e["outlets"] == ["Al-Alam", "ISNA", "Sample Wire"]
    assert e["date"] == "2018-04-03" and e["location"] == "Moscow" and e["countries"] == ["IRN", "RUS"]
    assert sorted(p["name"] for p in e["persons"]) == ["Amir Hatami", "Sergei Shoigu"]
    hatami = next(p for p in e["persons"] if p["name"] == "Amir Hatami")
    assert hatami["id"] == "amir-hatami" and set(hatami["mentions"]) == {"امیر حاتمی", "Amir Hatami"}
    assert e["topics"] == ["counter-terrorism", "syria"]
    assert e["confidence"] > 0.99  # three independent reports at 0.8
    full = store.get_event(e["id"])
    assert [s["lang"] for s in full["sources"]] == ["ar", "en", "fa"]  # by published, then doc id
    for s in full["sources"]:
        doc = store.get_document(s["doc_id"])
        ev = s["evidence"]
        assert doc["text"][ev["start"]:ev["end"]] == ev["text"]
    rules = sorted(r["rule"] for r in full["merge_reasons"])
    assert rules == ["first", "same-day", "same-day"]


def test_two_meetings_of_the_same_pair_on_different_days_stay_apart(store):
    store.store_document(moscow("fa"))
    store.store_document(moscow("en", date="2018-06-20", title="june", url="https://x.org/june"))
    events = all_events(store)
    assert [e["date"] for e in events] == ["2018-04-03", "2018-06-20"]
    assert len({e["id"] for e in events}) == 2


def test_undated_report_joins_the_meeting_published_days_around_it(store):
    store.store_document(moscow("fa"))
    store.store_document(moscow("ar", date=None, date_precision=None, published="2018-04-06"))
    [e] = all_events(store)
    assert e["n_sources"] == 2 and e["date"] == "2018-04-03"
    link = next(r for r in store.get_event(e["id"])["merge_reasons"] if r["doc_id"] == "ar-moscow")
    assert link["rule"] == "publication-window" and "3 day(s)" in link["detail"]


def test_undated_report_published_weeks_later_stays_apart(store):
    store.store_document(moscow("fa"))
    store.store_document(moscow("ar", date=None, date_precision=None, published="2018-05-02"))
    assert len(all_events(store)) == 2


def test_undated_reports_merge_on_close_publication_dates(store):
    store.store_document(moscow("fa", date=None, date_precision=None, published="2018-04-04"))
    store.store_document(moscow("en", date=None, date_precision=None, published="2018-04-05"))
    store.store_document(moscow("ar", date=None, date_precision=None, published="2018-04-20"))
    events = all_events(store)
    assert sorted(e["n_sources"] for e in events) == [1, 2]
    assert all(e["date"] is None for e in events)


def test_month_precision_report_joins_a_day_in_that_month_only(store):
    store.store_document(moscow("fa"))
    store.store_document(moscow("ar", date="2018-04", date_precision="month", published="2018-04-05"))
    store.store_document(moscow("en", date="2018-03", date_precision="month", published="2018-04-05"))
    events = all_events(store)
    assert sorted(e["n_sources"] for e in events) == [1, 2]
    # a month written as its first day, with its precision saying so
    store.store_document(report("en-first", date="2018-04-01", date_precision="month", published="2018-04-06",
                                persons=[HATAMI]))
    assert sorted(e["n_sources"] for e in all_events(store)) == [1, 3]


def test_conflicting_people_or_places_stay_apart(store):
    # the defence ministers and the foreign ministers met the same day: two happenings
    store.store_document(moscow("fa"))
    store.store_document(moscow("en", persons=[ZARIF, LAVROV], url="https://x.org/fm"))
    assert len(all_events(store)) == 2
    # same day, same pair, another city
    store.store_document(moscow("ar", location="Tehran", location_country="IRN"))
    assert len(all_events(store)) == 3


def test_who_attended_neither_keeps_two_meetings_apart_nor_joins_them(store):
    # the foreign minister only attended the defence ministers' meeting: a report naming him as attending
    # is the same meeting; a report of the foreign ministers' meeting is another, even though one attended
    with_zarif = PersonRef(ZARIF.name, "IRN", ZARIF.role, ZARIF.mentions, ZARIF.id, [ATTENDED])
    store.store_document(moscow("fa"))
    store.store_document(moscow("ar", persons=[HATAMI, SHOIGU, with_zarif]))
    [e] = all_events(store)
    assert [(p["name"], p.get("flags")) for p in e["persons"]] == [
        ("Amir Hatami", None), ("Sergei Shoigu", None), ("Mohammad Javad Zarif", ["attended"])]
    store.store_document(moscow("en", persons=[ZARIF, LAVROV], url="https://x.org/fm"))
    assert len(all_events(store)) == 2


def test_a_report_naming_only_one_side_merges_with_a_fuller_one(store):
    store.store_document(moscow("fa"))
    store.store_document(moscow("ar", persons=[SHOIGU], location=None, location_country=None))
    [e] = all_events(store)
    assert e["n_sources"] == 2 and e["location"] == "Moscow"


def test_phone_call_and_visit_on_one_day_are_two_events(store):
    store.store_document(moscow("fa"))
    store.store_document(moscow("en", mode="phone", location=None, location_country=None))
    assert sorted(e["mode"] for e in all_events(store)) == ["phone", "visit"]


def test_two_reports_of_one_document_follow_the_same_rules(store):
    text = "Hatami met Shoigu in Moscow. Hatami and Shoigu met in Moscow. Zarif met Lavrov in Moscow."
    doc = report("double", text=text, events=[
        event(text, sentence="Hatami met Shoigu in Moscow", date="2018-04-03", persons=[HATAMI, SHOIGU]),
        event(text, sentence="Hatami and Shoigu met in Moscow", date="2018-04-03", persons=[HATAMI]),
        event(text, sentence="Zarif met Lavrov in Moscow", date="2018-04-03", persons=[ZARIF, LAVROV])])
    store.store_document(doc)
    events = all_events(store)
    assert sorted(len(store.get_event(e["id"])["sources"]) for e in events) == [1, 2]
    assert all(e["n_sources"] == 1 for e in events)  # sources are documents


def _corpus():
    docs = [moscow(lang) for lang in ("fa", "ar", "en")]
    undated = moscow("en", date=None, date_precision=None, published="2018-04-05", url="https://x.org/later")
    undated.id = "en-undated"
    docs.append(undated)
    docs.append(report("en-june", date="2018-06-20", persons=[HATAMI, SHOIGU]))
    docs.append(report("fa-june", lang="fa", date=None, published="2018-06-21", persons=[HATAMI]))
    docs.append(report("fa-fm", lang="fa", date="2018-04-03", persons=[ZARIF, LAVROV]))
    docs.append(report("en-fm", date=None, published="2018-04-04", persons=[LAVROV]))
    docs.append(report("ar-sign", lang="ar", type="SIGN", date="2018-04", date_precision="month"))
    docs.append(report("en-bg", date="2015-01-20", background=True, published="2018-04-04",
                       text="Shoigu had visited Tehran in January 2015. It was the first such visit."))
    return docs


def _snapshot(store):
    return [(e["id"], e["n_sources"], e["date"], sorted(p["name"] for p in e["persons"]),
             sorted(s["doc_id"] for s in store.get_event(e["id"])["sources"]))
            for e in all_events(store)]


def test_merging_does_not_depend_on_arrival_order():
    docs = _corpus()
    snapshots = []
    orders = [docs, list(reversed(docs))] + [random.Random(seed).sample(docs, len(docs)) for seed in range(4)]
    for order in orders:
        with open_store(":memory:") as s:
            for doc in order:
                s.store_document(doc)
            snapshots.append(_snapshot(s))
    assert all(snap == snapshots[0] for snap in snapshots[1:])
    by_sources = sorted(n for _, n, *_ in snapshots[0])
    assert by_sources == [1, 1, 2, 2, 4]  # sign, background, June, foreign ministers, Moscow


def test_batch_and_one_by_one_ingest_give_the_same_events():
    docs = _corpus()
    with open_store(":memory:") as one, open_store(":memory:") as batch:
        for doc in docs:
            one.store_document(doc)
        batch.ingest(docs, pipeline=lambda d: d, batch_size=3)
        assert _snapshot(one) == _snapshot(batch)


def test_every_permutation_of_three_reports_gives_one_event():
    docs = [moscow("fa"), moscow("ar", date=None, date_precision=None, published="2018-04-05"),
            moscow("en", persons=[SHOIGU])]
    ids = set()
    for order in itertools.permutations(docs):
        with open_store(":memory:") as s:
            for doc in order:
                s.store_document(doc)
            [e] = all_events(s)
            ids.add((e["id"], e["n_sources"]))
    assert ids == {(ids.copy().pop()[0], 3)}


def test_background_events_are_stored_but_left_out_by_default(store):
    store.store_document(report("bg", date="2015-01-20", background=True,
                                text="Shoigu had visited Tehran in January 2015. It was the first such visit."))
    assert store.query_events() == [] and store.count_events() == 0
    [e] = store.query_events(EventFilter(include_background=True))
    assert e["background"] is True
    assert store.get_document("bg")["events"][0]["event_id"] == e["id"]


# -- a busy pair over months: merging looks only near the new reports, and gives what merging all gives

PEOPLE = [[HATAMI, SHOIGU], [ZARIF, LAVROV], [HATAMI], [], []]


def _busy_pair(seed: int, n: int = 400, days: int = 120) -> list:
    """Reports of one pair nearly every day: their times form one unbroken stretch (no gap of more
    than ``WINDOW_DAYS``), dated to the day, to a month, or not at all."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        day = date(2020, 1, 1) + timedelta(days=rng.randrange(days))
        published = day + timedelta(days=rng.randint(0, 4))
        kind = rng.random()
        fields = dict(date=day.isoformat(), date_precision="day") if kind < 0.5 else \
            dict(date=day.isoformat()[:7], date_precision="month") if kind < 0.6 else dict(date=None)
        docs.append(report(f"d{i:04d}", published=None if rng.random() < 0.03 else published.isoformat(),
                           persons=rng.choice(PEOPLE), mode=rng.choice([None, "visit", "phone"]),
                           location=rng.choice([None, None, "Moscow", "Tehran"]), **fields))
    return docs


def _members(store) -> list:
    conn = store._conn
    rows = conn.execute("SELECT e.id, e.n_sources, e.date, e.confidence, e.persons, e.reasons, d.id FROM events e "
                        "JOIN event_reports er ON er.event_id = e.id JOIN reports r ON r.id = er.report_id "
                        "JOIN documents d ON d.pk = r.doc_pk ORDER BY e.id, d.id").fetchall()
    unmerged = conn.execute("SELECT count(*) FROM reports r WHERE NOT EXISTS "
                            "(SELECT 1 FROM event_reports er WHERE er.report_id = r.id)").fetchone()[0]
    assert unmerged == 0
    return [tuple(r) for r in rows]


def test_batches_on_a_busy_pair_in_any_order_equal_merging_everything_at_once():
    for seed in range(4):
        docs = _busy_pair(seed)
        rng = random.Random(seed)
        with open_store(":memory:") as whole:
            whole.ingest(docs, pipeline=lambda d: d, batch_size=len(docs))
            expected = _members(whole)
        assert max(n for _, n, *_ in expected) > 3
        rng.shuffle(docs)
        with open_store(":memory:") as s:
            i = 0
            while i < len(docs):
                step = rng.randint(1, 25)
                s.ingest(docs[i:i + step], pipeline=lambda d: d, batch_size=step)
                i += step
            assert _members(s) == expected, f"seed {seed}"


def test_a_new_report_on_a_busy_pair_is_merged_reading_only_the_reports_near_it(monkeypatch):
    from rasad.store import rebuild

    docs = _busy_pair(0, n=600, days=360)
    late = report("late", date="2020-06-10", date_precision="day", persons=[HATAMI, SHOIGU])
    with open_store(":memory:") as whole:
        whole.ingest([*docs, late], pipeline=lambda d: d, batch_size=1000)
        expected = _members(whole)
    with open_store(":memory:") as s:
        s.ingest(docs, pipeline=lambda d: d, batch_size=100)
        read: list = []
        monkeypatch.setattr(rebuild, "load_reports", _spy(rebuild.load_reports, read))
        s.store_document(late)
        assert 0 < len(read) < len(docs) / 5   # the pair's reports form one stretch of a year
        assert _members(s) == expected


def _spy(load, read):
    def spy(*args, **kwargs):
        out = load(*args, **kwargs)
        read.extend(out)
        return out
    return spy


_PEOPLE = [{"name": "Sergei Shoigu", "country": "RUS", "id": "sergei-shoigu"}, {"name": "Sergei Lavrov", "country": "RUS"},
           {"name": "سرگئی شایگو", "country": "RUS"}, {"name": "Hossein Dehghan", "country": "IRN", "id": "hossein-dehghan"},
           {"name": "حسین دهقان", "country": "IRN"}, {"name": "Mohammad Javad Zarif", "country": "IRN"}]
_reports = st.builds(
    lambda i, loc, country, mode, people: Report(i, f"d{i}", 0, "MEET", ["IRN", "RUS"], location=loc,
                                                  location_country=country, mode=mode, persons=people),
    st.integers(0, 10**6), st.sampled_from([None, "Moscow", "moscow", "Tehran"]), st.sampled_from([None, "RUS", "IRN"]),
    st.sampled_from([None, "visit", "phone", "third-country"]), st.lists(st.sampled_from(_PEOPLE), max_size=3))


@given(st.lists(_reports, min_size=1, max_size=6), _reports)
def test_a_group_conflicts_with_a_report_exactly_when_one_of_its_members_does(members, r):
    # groups compare a report with their members' distinct signatures, not with every member
    g = _group(members[0], None, {})
    for m in members[1:]:
        g.add(m, {})
    assert g.conflicts(r) == any(conflict(r, m) for m in members)
