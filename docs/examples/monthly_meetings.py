"""Meetings per month and country pair, from rasad's Parquet export or straight from the database.

    rasad export --format parquet -o events.parquet
    python docs/examples/monthly_meetings.py events.parquet        # with duckdb, else pandas
    python docs/examples/monthly_meetings.py --db rasad.db         # through rasad's Python API
"""

from __future__ import annotations

import sys


def from_parquet(path: str):
    try:
        import duckdb
    except ImportError:
        import pandas as pd

        df = pd.read_parquet(path)
        df = df[(df["type"] == "MEET") & ~df["wrong"] & df["month"].notna()]
        return df.groupby(["year", "month", "source_country", "target_country"]).size().rename("meetings")
    return duckdb.sql(f"""
        SELECT year, month, source_country, target_country, count(*) AS meetings
        FROM read_parquet('{path}')
        WHERE type = 'MEET' AND NOT wrong AND month IS NOT NULL
        GROUP BY ALL ORDER BY year, month, meetings DESC
    """).df()


def from_database(db: str):
    import rasad

    with rasad.open_store(db, readonly=True) as store:
        df = store.events(type="meet").to_pandas()      # every matching event, typed columns
    df = df[df["month"].notna()]
    return df.groupby(["year", "month", "source_country", "target_country"]).size().rename("meetings")


if __name__ == "__main__":
    args = sys.argv[1:]
    print(from_database(args[1]) if args[:1] == ["--db"] else from_parquet(args[0] if args else "events.parquet"))
