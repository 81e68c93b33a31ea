"""Country codes beside ISO3 for exports: Correlates of War state numbers and abbreviations, and
Gleditsch–Ward codes (``rasad/data/kb/country_codes.tsv``, its sources noted in the file)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..errors import DataError

__all__ = ["StateCodes", "state_codes"]


@dataclass(frozen=True, slots=True)
class StateCodes:
    iso3: str
    cow: int
    cow_abb: str
    gw: int


@cache
def state_codes() -> dict[str, StateCodes]:
    """ISO3 → COW and GW codes, for the states both lists hold."""
    path = resources.files("rasad").joinpath("data", "kb", "country_codes.tsv")
    out: dict[str, StateCodes] = {}
    with path.open(encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        for i, r in enumerate(rows, 2):
            try:
                out[r["iso3"]] = StateCodes(r["iso3"], int(r["cow_num"]), r["cow_abb"], int(r["gw_num"]))
            except (KeyError, TypeError, ValueError) as e:
                raise DataError(f"{path}: row {i}: {e}; expected iso3, cow_num, cow_abb, gw_num") from None
    return out
