"""Every office term can carry the page that states it; `kb check` says which do not, and which are stale."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasad.cli import main
from rasad.errors import DataError
from rasad.kb import load_kb
from rasad.kb.check import check_dirs

FILE = '''
[meta]
country = "ATA"
as_of = 2030-06-30

[[person]]
id = "test-sourced"
name = "Sourced Person"
roles = [
  { role = "defense-minister", start = 2030-01-10, end = 2030-03-01, source = "https://example.org/a", checked = 2030-07-01 },
]

[[person]]
id = "test-unsourced"
name = "Unsourced Person"
roles = [ { role = "defense-minister", start = 2030-03-01 } ]

[[person]]
id = "test-uncertain"
name = "Uncertain Person"
roles = [
  { role = "foreign-minister", start = "2030-02", uncertain = "start month only, from one report", source = "https://example.org/b" },
  { role = "chief-of-staff", start = 2030-01-01, end = 2030-05-01, uncertain = true },
  { role = "president", start = 2030-08-01, source = "https://example.org/c" },
]
'''


@pytest.fixture()
def folder(tmp_path: Path) -> Path:
    (tmp_path / "persons").mkdir()
    (tmp_path / "persons" / "ata.toml").write_text(FILE, encoding="utf-8")
    return tmp_path


def test_terms_keep_source_checked_and_reason(folder: Path):
    kb = load_kb([folder])
    sourced = kb.persons["test-sourced"].terms[0]
    assert sourced.source == "https://example.org/a" and sourced.checked == date(2030, 7, 1)
    fm = kb.persons["test-uncertain"].terms[0]
    assert fm.uncertain and fm.uncertain_reason.startswith("start month only")
    assert fm.to_dict()["uncertain"] == fm.uncertain_reason and fm.to_dict()["source"] == "https://example.org/b"


def test_check_reports_unsourced_reasonless_late_and_stale_terms(folder: Path):
    report = check_dirs([folder], today=date(2031, 6, 1))
    mine = [u for u in report.unsourced if "ata.toml" in u]
    assert len(mine) == 2 and any("Unsourced Person" in u for u in mine)
    assert any("Uncertain Person" in w and "without a reason" in w for w in report.warnings)
    assert any("president" in w and "after the file's as_of" in w for w in report.warnings)
    stale = [s for s in report.stale if "ata.toml" in s]
    assert {s.split(",")[0].split(": ")[1] for s in stale} == {"Unsourced Person", "Uncertain Person"}
    assert check_dirs([folder], today=date(2030, 7, 1)).stale == [s for s in check_dirs(
        [folder], today=date(2030, 7, 1)).stale if "ata.toml" not in s]


@pytest.mark.parametrize("role, problem", [
    ('{ role = "president", start = 2030-01-01, source = "example.org/x" }', "source must be the address"),
    ('{ role = "president", start = 2030-01-01, checked = "yesterday" }', "checked must be a date"),
    ('{ role = "president", start = 2030-01-01, uncertain = 3 }', "uncertain must be true or a string"),
])
def test_malformed_provenance_is_refused_with_the_fix(tmp_path: Path, role: str, problem: str):
    (tmp_path / "persons").mkdir()
    role = role.replace("{ ", '{ country = "ATA", ', 1)
    (tmp_path / "persons" / "x.toml").write_text(f'[[person]]\nid = "x"\nname = "X"\nroles = [ {role} ]\n',
                                                 encoding="utf-8")
    with pytest.raises(DataError, match=problem):
        load_kb([tmp_path])


def test_check_command_prints_the_share_of_sourced_terms(folder: Path):
    res = CliRunner().invoke(main, ["--kb", str(folder), "kb", "check", "-v"])
    assert "sources:" in res.stdout and "terms have a source page" in res.stdout
    assert "no source: " in res.stderr and "Unsourced Person" in res.stderr


def test_holder_without_a_day_means_today():
    runner = CliRunner()
    for country, role in (("USA", "president"), ("IRN", "defense-minister"), ("ATA", "monarch")):
        implicit = runner.invoke(main, ["kb", "holder", country, role])
        explicit = runner.invoke(main, ["kb", "holder", country, role, date.today().isoformat()])
        assert (implicit.exit_code, implicit.output) == (explicit.exit_code, explicit.output)
