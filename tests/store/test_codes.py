"""The COW / Gleditsch-Ward table beside ISO3 (rasad/data/kb/country_codes.tsv)."""

from __future__ import annotations

from rasad.kb import load_kb
from rasad.store.codes import state_codes


def test_every_row_is_a_known_country_with_both_codes():
    codes = state_codes()
    kb = load_kb().countries
    assert len(codes) >= 190
    assert {c for c in codes if c not in kb} <= {"XKX"}          # Kosovo: a user-assigned ISO code
    assert len({c.cow for c in codes.values()}) == len(codes)    # one state number per state
    assert len({c.gw for c in codes.values()}) == len(codes)


def test_the_known_differences_between_cow_and_gleditsch_ward():
    codes = state_codes()
    differ = {iso: (c.cow, c.gw) for iso, c in codes.items() if c.cow != c.gw}
    assert differ == {"DEU": (255, 260), "SRB": (345, 340), "YEM": (679, 678), "KIR": (946, 970),
                      "NRU": (970, 971), "TON": (955, 972), "TUV": (947, 973)}
    assert (codes["IRN"].cow, codes["IRN"].cow_abb) == (630, "IRN")
    assert (codes["RUS"].cow, codes["TJK"].cow_abb, codes["AZE"].cow) == (365, "TAJ", 373)
