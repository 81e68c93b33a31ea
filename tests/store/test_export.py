"""Exports of merged events, reports and dyads, each read back: JSONL, CSV, Parquet (pyarrow)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from store_docs import moscow, report

from rasad.errors import StoreError
from rasad.store import EventFilter
from rasad.store.export import COLUMNS, goldstein, quad_class


@pytest.fixture
def filled(store):
    for lang in ("fa", "ar", "en"):
        store.store_document(moscow(lang))
    store.store_document(report("sign", lang="ar", type="SIGN", countries=("AZE", "IRN"), date="2019-03-11",
                                published="2019-03-12", cameo="057", url="https://ar.example.org/sign",
                                plover={"event": "SUPPORT", "mode": None, "context": ["military"]}))
    store.store_document(report("three", countries=("CHN", "PAK", "RUS"), date="2020-07-01", published="2020-07-02",
                                cameo="044"))
    return store


def export(store, fmt, table, **kw):
    buf = io.StringIO()
    n = store.export(buf, fmt, table=table, f=EventFilter(**kw))
    return n, buf.getvalue()


@pytest.mark.parametrize("table", ["events", "reports", "dyadic"])
def test_jsonl_and_csv_read_back_with_the_same_rows(filled, table):
    n, text = export(filled, "jsonl", table)
    records = [json.loads(line) for line in text.splitlines()]
    n2, text2 = export(filled, "csv", table)
    rows = list(csv.DictReader(io.StringIO(text2)))
    assert n == n2 == len(records) == len(rows) > 0
    assert list(rows[0]) == [name for name, _ in COLUMNS[table]]
    expected = {"events": 3, "reports": 5, "dyadic": 5}[table]
    assert n == expected


def test_parquet_reads_back_with_typed_columns(filled, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    for table in ("events", "reports", "dyadic"):
        path = tmp_path / f"{table}.parquet"
        n = filled.export(str(path), "parquet", table=table)
        t = pq.read_table(path)
        assert t.num_rows == n and t.column_names == [name for name, _ in COLUMNS[table]]
    events = pq.read_table(tmp_path / "events.parquet").to_pylist()
    moscow_event = next(e for e in events if e["countries"] == ["IRN", "RUS"])
    assert moscow_event["n_sources"] == 3 and moscow_event["plover_event"] == "CONSULT"
    assert {p["name"] for p in moscow_event["persons"]} == {"Amir Hatami", "Sergei Shoigu"}
    empty = tmp_path / "empty.parquet"
    assert filled.export(str(empty), "parquet", f=EventFilter(country="ZZZ")) == 0
    assert pq.read_table(empty).num_rows == 0


def test_dyadic_table(filled):
    _, text = export(filled, "jsonl", "dyadic")
    dyads = [json.loads(line) for line in text.splitlines()]
    moscow_row = next(d for d in dyads if d["target_country"] == "RUS" and d["source_country"] == "IRN")
    assert moscow_row["directed"] is True and moscow_row["cameo"] == "042"
    assert moscow_row["goldstein"] == 1.9 and moscow_row["quad_class"] == 1 and moscow_row["n_sources"] == 3
    assert moscow_row["first_source_url"].startswith("https://")
    sign = next(d for d in dyads if d["cameo"] == "057")
    assert (sign["source_country"], sign["target_country"], sign["directed"]) == ("AZE", "IRN", False)
    assert sign["goldstein"] == 8.0 and sign["plover"]["event"] == "SUPPORT"
    three = [(d["source_country"], d["target_country"]) for d in dyads if d["date"] == "2020-07-01"]
    assert three == [("CHN", "PAK"), ("CHN", "RUS"), ("PAK", "RUS")]


def test_reports_export_links_each_report_to_its_event(filled):
    _, text = export(filled, "jsonl", "reports", dyad=("IRN", "RUS"))
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == 3 and len({r["event_id"] for r in rows}) == 1
    assert {r["lang"] for r in rows} == {"fa", "ar", "en"}
    for r in rows:
        ev = r["evidence"]
        assert ev["text"] and ev["end"] > ev["start"]


def test_goldstein_and_quad_class():
    assert goldstein("057") == 8.0 and goldstein("036") == 4.0 and goldstein("999") is None
    assert goldstein(None) is None
    assert [quad_class(c) for c in ("042", "057", "061", "112", "190", None)] == [1, 1, 2, 3, 4, None]


def test_unknown_format_or_table(filled):
    with pytest.raises(StoreError, match="format"):
        filled.export(io.StringIO(), "xml")
    with pytest.raises(StoreError, match="table"):
        filled.export(io.StringIO(), "jsonl", table="people")
