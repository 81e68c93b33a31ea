"""Exports of merged events, reports and dyads, each read back: JSONL, CSV, Parquet (pyarrow), and with
pandas and duckdb with their column types checked."""

from __future__ import annotations

import csv
import io
import json

import pytest
from store_docs import moscow, report

from rasad.errors import StoreError
from rasad.store import EventFilter
from datetime import date

from rasad.store.export import COLUMNS, describe, goldstein, quad_class


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
    assert list(rows[0]) == [name for name, _, _ in COLUMNS[table]]
    expected = {"events": 3, "reports": 5, "dyadic": 5}[table]
    assert n == expected


def test_parquet_reads_back_with_typed_columns(filled, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet")
    for table in ("events", "reports", "dyadic"):
        path = tmp_path / f"{table}.parquet"
        n = filled.export(str(path), "parquet", table=table)
        t = pq.read_table(path)
        assert t.num_rows == n and t.column_names == [name for name, _, _ in COLUMNS[table]]
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
    assert sign["goldstein"] == 8.0 and sign["plover_event"] == "SUPPORT"
    assert (sign["source_cow"], sign["target_cow"], sign["target_gw"]) == (373, 630, 630)
    three = [(d["source_country"], d["target_country"]) for d in dyads if d["date"] == "2020-07-01"]
    assert three == [("CHN", "PAK"), ("CHN", "RUS"), ("PAK", "RUS")]


def test_reports_export_links_each_report_to_its_event(filled):
    _, text = export(filled, "jsonl", "reports", dyad=("IRN", "RUS"))
    rows = [json.loads(line) for line in text.splitlines()]
    assert len(rows) == 3 and len({r["event_id"] for r in rows}) == 1
    assert {r["lang"] for r in rows} == {"fa", "ar", "en"}
    for r in rows:
        assert r["evidence_text"] and r["evidence_end"] > r["evidence_start"]


def test_goldstein_and_quad_class():
    assert goldstein("057") == 8.0 and goldstein("036") == 4.0 and goldstein("999") is None
    assert goldstein(None) is None
    assert [quad_class(c) for c in ("042", "057", "061", "112", "190", None)] == [1, 1, 2, 3, 4, None]


def test_unknown_format_or_table(filled):
    with pytest.raises(StoreError, match="format"):
        filled.export(io.StringIO(), "xml")
    with pytest.raises(StoreError, match="table"):
        filled.export(io.StringIO(), "jsonl", table="people")


def test_event_rows_carry_actors_codes_places_and_every_url(filled):
    _, text = export(filled, "jsonl", "events", dyad=("IRN", "RUS"))
    (e,) = [json.loads(line) for line in text.splitlines()]
    assert e["date"] == "2018-04-03" and (e["year"], e["month"], e["date_precision"]) == (2018, 4, "day")
    assert (e["source_country"], e["source_cow"], e["source_cow_abb"], e["source_gw"]) == ("IRN", 630, "IRN", 630)
    assert (e["target_country"], e["target_cow"], e["target_gw"]) == ("RUS", 365, 365)
    assert e["source_name"] == "Amir Hatami" and e["source_role"] == "defense minister"
    assert e["target_name"] == "Sergei Shoigu" and e["directed"] is True
    assert e["cameo"] == "042" and e["goldstein"] == 1.9 and e["plover_event"] == "CONSULT"
    assert round(e["latitude"]) == 56 and round(e["longitude"]) == 38 and e["geo_precision"] == "city"
    assert e["n_sources"] == 3 and len(e["urls"]) == 3 and all(u.startswith("https://") for u in e["urls"])
    assert "حاتمی" in text                       # Persian stays readable (ensure_ascii=False)


def test_month_and_year_dates_never_mix_with_days(store):
    store.store_document(report("m", date="2024-12", date_precision="month", published="2024-12-20",
                                countries=("IRN", "TJK")))
    store.store_document(report("y", date="2023", date_precision="year", published="2023-05-01",
                                countries=("IRN", "TKM")))
    store.store_document(report("u", published=None, countries=("IRN", "AZE")))
    rows = {tuple(r["countries"]): r for r in store.events(include_wrong=True)}
    m, y, u = rows[("IRN", "TJK")], rows[("IRN", "TKM")], rows[("AZE", "IRN")]
    assert m["date"] is None and (m["year"], m["month"], m["date_precision"]) == (2024, 12, "month")
    assert (m["date_start"], m["date_end"]) == (date(2024, 12, 1), date(2024, 12, 31))
    assert y["date"] is None and (y["year"], y["month"], y["date_precision"]) == (2023, None, "year")
    assert u["date"] is None and u["year"] is None and u["date_precision"] is None   # undated is not today
    assert u["first_seen"] is None
    assert store.stats()["date_range"] == ["2023", "2024-12"] and store.stats()["undated_events"] == 1
    assert {r["month"] for r in store.timeseries()} == {"2024-12"}


def test_csv_with_a_byte_order_mark_for_spreadsheets(filled):
    buf = io.StringIO()
    filled.export(buf, "csv", bom=True)
    assert buf.getvalue().startswith("\ufeffid,")
    assert not export(filled, "csv", "events")[1].startswith("\ufeff")


def test_every_column_is_described_and_documented():
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "exports.md").read_text(encoding="utf-8")
    for table, columns in COLUMNS.items():
        assert describe(table).count("\n") == len(columns) + 1
        for name, kind, meaning in columns:
            assert kind in ("str", "int", "float", "bool", "date", "list", "persons") and meaning
            assert f"`{name}`" in doc, f"{table}.{name} is not in docs/exports.md"


@pytest.mark.parametrize("table", ["events", "reports", "dyadic"])
def test_pandas_reads_every_export_with_typed_columns(filled, tmp_path, table):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    path = tmp_path / f"{table}.parquet"
    filled.export(str(path), "parquet", table=table)
    df = pd.read_parquet(path)
    assert list(df.columns) == [name for name, _, _ in COLUMNS[table]]
    assert df["cameo"].dropna().map(type).eq(str).all() and "042" in set(df["cameo"])
    assert str(df["year"].dtype) == "int64"
    csv_path = tmp_path / f"{table}.csv"
    with open(csv_path, "w", encoding="utf-8", newline="") as out:
        filled.export(out, "csv", table=table)
    back = pd.read_csv(csv_path, dtype={"cameo": str}, parse_dates=["date_start"])
    assert len(back) == len(df) and "042" in set(back["cameo"])
    assert str(back["date_start"].dtype).startswith("datetime64")


def test_duckdb_queries_the_parquet_export_with_types(filled, tmp_path):
    duckdb = pytest.importorskip("duckdb")
    path = tmp_path / "events.parquet"
    filled.export(str(path), "parquet")
    con = duckdb.connect()
    types = dict(con.execute(f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM '{path}')").fetchall())
    assert types["date"] == "DATE" and types["year"] == "BIGINT" and types["cameo"] == "VARCHAR"
    assert types["latitude"] == "DOUBLE" and types["urls"] == "VARCHAR[]"
    rows = con.execute(f"SELECT source_country, target_country, count(*) FROM '{path}' "
                       "WHERE year = 2018 GROUP BY ALL").fetchall()
    assert rows == [("IRN", "RUS", 1)]


def test_python_api_gives_pandas_and_arrow_tables(filled):
    pytest.importorskip("pandas")
    t = filled.events(country="Iran")
    assert len(t) == 2
    df = t.to_pandas()
    assert set(df["source_country"]) | set(df["target_country"]) >= {"IRN"}
    assert str(df["date"].dtype).startswith("datetime64")
    arrow = filled.events(person="شويغو", table="dyadic").to_arrow()
    assert arrow.num_rows == 1 and arrow.column("target_country").to_pylist() == ["RUS"]


def test_the_example_analysis_script_runs(tmp_path):
    pytest.importorskip("pandas")
    import importlib.util
    from pathlib import Path

    from rasad.store import open_store

    script = Path(__file__).resolve().parents[2] / "docs" / "examples" / "monthly_meetings.py"
    spec = importlib.util.spec_from_file_location("monthly_meetings", script)
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    db = tmp_path / "r.db"
    with open_store(db) as s:
        for lang in ("fa", "ar", "en"):
            s.store_document(moscow(lang))
        s.export(str(tmp_path / "e.parquet"), "parquet")
    by_db = example.from_database(str(db))
    assert int(by_db.sum()) == 1
    by_file = example.from_parquet(str(tmp_path / "e.parquet"))
    assert len(by_file) == 1
