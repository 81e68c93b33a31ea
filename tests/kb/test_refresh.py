"""`rasad kb refresh` against a SPARQL server started on 127.0.0.1 with recorded answers (tests/kb/wikidata)."""

from __future__ import annotations

import json
import re
import threading
import urllib.parse
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from rasad.cli import main
from rasad.kb import KnowledgeBase, load_kb
from rasad.kb.check import check_dirs
from rasad.kb.load import load_dir
from rasad.kb.refresh import refresh
from rasad.kb.wikidata import RefreshError, SparqlClient, Unreachable, load_rules

ANSWERS = Path(__file__).parent / "wikidata"
TODAY = date(2026, 12, 5)

BUNDLED_LIKE = '''
[meta]
country = "TUR"
as_of = 2026-01-01
[[person]]
id = "alpha-known"
name = "Alpha Known"
fa = ["آلفا نون"]
short = ["Known"]
roles = [ { role = "defense-minister", start = 2018-07-10, end = 2023-06-04 } ]
[[person]]
id = "gamma-gone"
name = "Gamma Gone"
roles = [ { role = "foreign-minister", start = 2015-01-01, end = 2016-01-01 } ]
'''


class Endpoint(BaseHTTPRequestHandler):
    """Answers like query.wikidata.org: offices by the ISO code in the query, names for VALUES queries."""

    log: list[dict] = []
    throttle_first = 0

    def do_POST(self):  # noqa: N802 (http.server's name)
        length = int(self.headers.get("Content-Length", 0))
        query = urllib.parse.parse_qs(self.rfile.read(length).decode())["query"][0]
        Endpoint.log.append({"agent": self.headers.get("User-Agent"), "query": query})
        if Endpoint.throttle_first > 0:
            Endpoint.throttle_first -= 1
            self.send_response(429)
            self.send_header("Retry-After", "7")
            self.end_headers()
            return
        iso = re.search(r'wdt:P298 "([A-Z]{3})"', query)
        name = f"offices_{iso.group(1)}.json" if iso else "names.json"
        body = (ANSWERS / name).read_bytes() if (ANSWERS / name).exists() else b"<html>not here</html>"
        self.send_response(200 if (ANSWERS / name).exists() else 404)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture()
def endpoint():
    Endpoint.log, Endpoint.throttle_first = [], 0
    server = ThreadingHTTPServer(("127.0.0.1", 0), Endpoint)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    server.shutdown()


@pytest.fixture()
def base(tmp_path: Path) -> KnowledgeBase:
    folder = tmp_path / "known"
    (folder / "persons").mkdir(parents=True)
    (folder / "persons" / "tur.toml").write_text(BUNDLED_LIKE, encoding="utf-8")
    return KnowledgeBase(load_dir(folder))


def run(endpoint: str, base: KnowledgeBase, out: Path, countries=("ATA", "TUR"), waits=None):
    client = SparqlClient(endpoint, pause=0, sleep=(waits.append if waits is not None else lambda s: None))
    return refresh(list(countries), out, kb=base, rules=load_rules(), client=client, today=TODAY)


def test_refresh_writes_a_kb_folder_that_loads_and_passes_check(endpoint, base, tmp_path):
    out = tmp_path / "refreshed"
    report = run(endpoint, base, out)
    assert report.errors == [] and report.countries == ["ATA", "TUR"]
    kb = load_kb([out])
    people = {p.name: p for p in kb.persons.values() if p.id in {e.id for e in load_dir(out)}}
    # An open term followed by another holder is closed by the successor's start, and marked uncertain.
    ron = people["Ron Example"].terms[0]
    assert (ron.role, ron.start, ron.end, ron.uncertain) == ("defense-minister", date(2017, 10, 26),
                                                            date(2020, 11, 6), True)
    assert "closed by the next holder" in ron.uncertain_reason
    current = people["Judith Testcase"].terms[0]
    assert current.end is None and not current.uncertain
    assert current.source == "https://www.wikidata.org/wiki/Q900000003" and current.checked == TODAY
    # Year precision stays a year; acting holders are acting; duplicates and other offices are dropped.
    winston = people["Winston Placeholder"].terms[0]
    assert winston.start_precision == "year" and winston.start == date(2023, 1, 1)
    nanaia = people["Nanaia Standin"].terms[0]
    assert nanaia.acting and nanaia.start_precision == "month" and nanaia.end == date(2022, 12, 31)
    assert len(people["Chris Mock"].terms) == 1 and people["Chris Mock"].terms[0].role == "prime-minister"
    assert people["Tony Dummy"].terms[0].role == "chief-of-staff"
    assert "Q900000006" not in {p.data.get("wikidata") for p in kb.persons.values()}  # deputy PM skipped
    assert "Q900000009" not in {p.data.get("wikidata") for p in kb.persons.values()}  # agriculture
    # Names in the three languages; Wikidata ids recorded.
    assert people["Chris Mock"].names["fa"] == ["کریس ماک"] and people["Chris Mock"].names["ar"] == ["كريس موك"]
    assert "Peeni Sample-Henare" in people["Peeni Sample"].names["en"]
    assert people["Ron Example"].data["wikidata"] == "Q900000001"
    report = check_dirs([out], today=TODAY)
    assert not [e for e in report.errors if "Testland" in e or "ATA" in e]


def test_known_people_keep_their_id_and_spellings_and_the_review_lists_the_differences(endpoint, base, tmp_path):
    out = tmp_path / "refreshed"
    run(endpoint, base, out)
    alpha = next(e for e in load_dir(out) if e.name == "Alpha Known")
    assert alpha.id == "alpha-known" and alpha.names["fa"] == ["آلفا نون"] and alpha.short == ["Known"]
    review = (out / "REVIEW.md").read_text(encoding="utf-8")
    assert "+ Beta Newcomer (Q900000021), new person: defense-minister 2023-06-04..open" in review
    assert "- Gamma Gone: foreign-minister" in review and "not in Wikidata" in review
    assert "Alpha Known" not in review  # same dates: nothing to review


def test_the_client_is_polite(endpoint, base, tmp_path):
    Endpoint.throttle_first = 1
    waits: list[float] = []
    run(endpoint, base, tmp_path / "r", countries=("ATA",), waits=waits)
    assert 7.0 in waits  # the 429's Retry-After was honoured before asking again
    assert all(entry["agent"].startswith("rasad/") for entry in Endpoint.log)
    assert len(Endpoint.log) == 3  # throttled, offices, names: one at a time, no more


def test_a_country_the_endpoint_cannot_answer_is_reported_and_the_rest_goes_on(endpoint, base, tmp_path):
    report = run(endpoint, base, tmp_path / "r", countries=("ATL", "ATA"))
    assert report.countries == ["ATA"] and len(report.errors) == 1 and report.errors[0].startswith("ATL: ")


def test_no_network_is_one_clear_line(tmp_path):
    client = SparqlClient("http://127.0.0.1:9/sparql", pause=0, retries=0)
    with pytest.raises(Unreachable, match="cannot reach .* needs internet"):
        refresh(["ATA"], tmp_path / "r", kb=KnowledgeBase([]), rules=load_rules(), client=client)
    res = CliRunner().invoke(main, ["kb", "refresh", "ATA", "--endpoint", "http://127.0.0.1:9/sparql",
                                    "-o", str(tmp_path / "cli")])
    assert res.exit_code == 1 and res.stderr.strip().splitlines()[-1].startswith("Error: cannot reach")
    assert not (tmp_path / "cli").exists()


def test_refresh_never_writes_into_the_bundled_kb(endpoint):
    from rasad.kb import bundled_dir

    with pytest.raises(RefreshError, match="bundled"):
        refresh(["ATA"], bundled_dir() / "x", kb=KnowledgeBase([]), rules=load_rules(),
                client=SparqlClient(endpoint, pause=0))


def test_cli_refresh_against_the_local_endpoint(endpoint, tmp_path):
    res = CliRunner().invoke(main, ["kb", "refresh", "ATA", "--endpoint", endpoint, "--pause", "0",
                                    "-o", str(tmp_path / "cli")])
    assert res.exit_code == 0, res.output
    assert "1 countries" in res.stdout and (tmp_path / "cli" / "persons" / "ata.toml").exists()
    assert json.loads((ANSWERS / "offices_ATA.json").read_text())["results"]  # the recording is intact
