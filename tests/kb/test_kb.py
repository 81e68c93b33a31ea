"""The knowledge base: data that loads and validates, dated offices, and user folders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasad.cli import main
from rasad.errors import DataError
from rasad.kb import load_kb
from rasad.kb.check import check_dirs


@pytest.fixture(scope="module")
def kb():
    return load_kb([])


def names(people) -> list[str]:
    return [p.name for p in people]


def test_bundled_kb_passes_check():
    report = check_dirs()
    assert report.ok, report.errors
    assert report.counts["country"] >= 249
    assert report.counts["person"] >= 300


def test_kb_check_command_passes():
    res = CliRunner().invoke(main, ["kb", "check"])
    assert res.exit_code == 0, res.output
    assert res.stdout.startswith("ok:")


@pytest.mark.parametrize("country,role,day,expected", [
    ("IRN", "defense-minister", date(2018, 4, 3), "Amir Hatami"),
    ("IRN", "defense-minister", date(2015, 6, 1), "Hossein Dehghan"),
    ("IRN", "defense-minister", date(2023, 1, 1), "Mohammad-Reza Gharaei Ashtiani"),
    ("IRN", "defense-minister", date(2024, 11, 1), "Aziz Nasirzadeh"),
    ("RUS", "defense-minister", date(2020, 1, 1), "Sergei Shoigu"),
    ("RUS", "defense-minister", date(2024, 6, 1), "Andrey Belousov"),
    ("IND", "defense-minister", date(2023, 3, 1), "Rajnath Singh"),
    ("AZE", "defense-minister", date(2022, 5, 1), "Zakir Hasanov"),
    ("USA", "defense-minister", date(2022, 5, 1), "Lloyd Austin"),
    ("CHN", "president", date(2020, 1, 1), "Xi Jinping"),
    ("TUR", "foreign-minister", date(2024, 1, 1), "Hakan Fidan"),
])
def test_holder(kb, country, role, day, expected):
    assert names(kb.holder(country, role, day))[:1] == [expected]


def test_holder_on_term_boundaries(kb):
    # Hatami took over from Dehghan on 2017-08-20 (the handover day belongs to both terms).
    assert "Hossein Dehghan" in names(kb.holder("IRN", "defense-minister", date(2017, 8, 19)))
    assert "Amir Hatami" not in names(kb.holder("IRN", "defense-minister", date(2017, 8, 19)))
    assert "Amir Hatami" in names(kb.holder("IRN", "defense-minister", date(2017, 8, 21)))
    assert "Hossein Dehghan" not in names(kb.holder("IRN", "defense-minister", date(2017, 8, 21)))


def test_roles_of(kb):
    terms = kb.roles_of("sergei-shoigu", date(2020, 1, 1))
    assert [(t.role, t.country) for t in terms] == [("defense-minister", "RUS")]
    assert kb.roles_of("sergei-shoigu", date(1990, 1, 1)) == []


def test_unknown_role_is_a_clear_error(kb):
    with pytest.raises(DataError, match="unknown role"):
        kb.holder("IRN", "minister-of-fun", date(2020, 1, 1))


def test_user_folder_extends_and_validates(tmp_path: Path):
    persons = tmp_path / "persons"
    persons.mkdir()
    (persons / "xyz.toml").write_text('''
[meta]
country = "TUV"
as_of = 2025-01-01

[[person]]
id = "test-kiri-tane"
name = "Kiri Tane"
en = ["Kiri Tane"]
fa = ["کیری تانه"]
roles = [ { role = "defense-minister", start = 2030-01-01, end = "2031-06" } ]
''', encoding="utf-8")
    kb = load_kb([tmp_path])
    assert names(kb.holder("TUV", "defense-minister", date(2031, 6, 30))) == ["Kiri Tane"]
    assert kb.holder("TUV", "defense-minister", date(2031, 7, 1)) == []
    bad = tmp_path / "bad"
    (bad / "persons").mkdir(parents=True)
    (bad / "persons" / "b.toml").write_text(
        '[[person]]\nid = "x"\nname = "X"\nroles = [ { role = "defense-minister", country = "TUV", '
        'start = 2020-01-01, end = 2019-01-01 } ]\n', encoding="utf-8")
    with pytest.raises(DataError, match="ends .* before it starts"):
        load_kb([bad])


def test_overlapping_terms_are_reported(tmp_path: Path):
    (tmp_path / "persons").mkdir()
    (tmp_path / "persons" / "o.toml").write_text('''
[[person]]
id = "test-a"
name = "A"
roles = [ { role = "foreign-minister", country = "TUV", start = 2030-01-01, end = 2030-12-31 } ]
[[person]]
id = "test-b"
name = "B"
roles = [ { role = "foreign-minister", country = "TUV", start = 2030-06-01 } ]
''', encoding="utf-8")
    report = check_dirs([tmp_path])
    assert any("TUV foreign-minister" in e for e in report.errors)


def test_offices_several_hold_at_once_may_overlap(tmp_path: Path):
    # Zimbabwe's two vice-presidents, South Sudan's five: no error, and no need to mark them uncertain
    (tmp_path / "persons").mkdir()
    (tmp_path / "persons" / "v.toml").write_text('''
[[person]]
id = "test-a"
name = "A"
roles = [ { role = "vice-president", country = "TUV", start = 2030-01-01 } ]
[[person]]
id = "test-b"
name = "B"
roles = [ { role = "vice-president", country = "TUV", start = 2030-01-01 } ]
''', encoding="utf-8")
    assert not check_dirs([tmp_path]).errors


def test_kb_cli_holder_and_find():
    runner = CliRunner()
    res = runner.invoke(main, ["kb", "holder", "IRN", "defense-minister", "2018-04-03"])
    assert res.exit_code == 0 and "Amir Hatami" in res.stdout
    res = runner.invoke(main, ["kb", "find", "شویگو"])
    assert res.exit_code == 0 and "Sergei Shoigu" in res.stdout and "2012-11-06" in res.stdout
    res = runner.invoke(main, ["kb", "holder", "Atlantis", "president", "2020-01-01"])
    assert res.exit_code == 2 and "unknown country" in res.output


def test_coverage_lists_each_office_per_country_with_its_first_year():
    from click.testing import CliRunner

    from rasad.cli import main
    from rasad.kb import load_kb
    from rasad.kb.coverage import OFFICES, coverage

    rows = {r.country: r for r in coverage(load_kb())}
    assert len(rows) >= 110 and set(rows["IRN"].offices) >= {"head-of-state", "defense-minister"}
    assert rows["IRN"].offices["defense-minister"][1] <= 1989  # Iran from 1989
    out = CliRunner().invoke(main, ["kb", "coverage", "--format", "tsv"]).output.splitlines()
    assert out[0].split("\t")[2:7] == list(OFFICES)
    assert any(line.startswith("SAU\t") for line in out)


def test_places_carry_the_english_wikipedia_title_the_scheme_names_locations_by():
    from rasad.kb import load_kb

    assert load_kb().by_kind["place"]["ulan-bator"].name == "Ulaanbaatar"


def test_a_place_renamed_in_places_toml_is_written_as_the_press_writes_it():
    kb = load_kb()
    assert kb.places["al-ula"].name == "AlUla"          # GeoNames writes "Al-`Ula"
    assert "AlUla" in kb.places["al-ula"].names["en"]
