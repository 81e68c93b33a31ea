"""The intake commands: ``rasad ingest URL``, ``rasad sources`` (add / import / list / remove) and
``rasad watch`` — including a watch killed in the middle of a round and started again."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner
from intake_site import Route, article_page, rfc822, rss

from rasad.cli import main
from rasad.store import open_store

QUICK = ["--interval", "0", "--timeout", "2", "--retries", "0"]


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def feed_site(site, prefix: str, lang: str, ids, delay: float = 0.0) -> str:
    items = []
    for i in ids:
        site.add(f"/{prefix}/{i}", Route(article_page(i, lang), delay=delay))
        items.append((site.url(f"/{prefix}/{i}"), f"item {i}", rfc822(1 + i % 27)))
    site.add(f"/{prefix}/rss", Route(rss(items), content_type="application/rss+xml"))
    return site.url(f"/{prefix}/rss")


def test_ingest_takes_urls_beside_files(site, tmp_path):
    db = tmp_path / "x.db"
    site.add("/a/1", article_page(1, "fa"))
    site.add("/a/2", article_page(2, "en"))
    text = tmp_path / "local.txt"
    text.write_text("The defence minister of Oman met the defence minister of Jordan in Amman on 3 May 2024.",
                    encoding="utf-8")
    res = run("ingest", site.url("/a/1"), site.url("/a/2"), text, "--db", db, *[])
    assert res.exit_code == 0, res.output
    assert "2 pages: 2 added" in res.output and "1 documents: 1 added" in res.output
    again = run("ingest", site.url("/a/1"), "--db", db)
    assert again.exit_code == 0 and "0 added, 0 updated, 1 unchanged" in again.output
    missing = run("ingest", site.url("/nope"), "--db", db)
    assert missing.exit_code == 1 and f"rasad: error: {site.url('/nope')}: HTTP 404" in missing.output


def test_sources_add_discovers_feeds_and_sitemaps(site, tmp_path):
    db = tmp_path / "x.db"
    feed = feed_site(site, "wire", "ar", range(1))
    site.add("/", Route(b'<html><head><title>Wire of the Gulf</title><link rel="alternate" '
                        b'type="application/rss+xml" href="/wire/rss"></head><body>hi</body></html>'))
    res = run("sources", "add", site.url("/"), "--lang", "ar", "--country", "qat", "--db", db, *QUICK)
    assert res.exit_code == 0, res.output
    assert res.output.startswith("added 127-0-0-1: Wire of the Gulf") and feed in res.output
    site.add("/robots.txt", Route(f"Sitemap: {site.url('/news.xml')}\n".encode(), content_type="text/plain"))
    site.add("/plain", b"<html><body>no feed here</body></html>")
    second = run("sources", "add", site.url("/plain"), "--name", "Plain", "--db", db, *QUICK)
    assert second.exit_code == 0 and "added 127-0-0-1-2: Plain" in second.output
    bad = run("sources", "add", "mailto:x@y", "--db", db)
    assert bad.exit_code == 1 and "not an http(s) URL" in bad.output
    rows = [json.loads(line) for line in run("sources", "--format", "jsonl", "--db", db).output.splitlines()]
    assert [(r["id"], r["lang"], r["country"], r["lists"]) for r in rows] == [
        ("127-0-0-1", "ar", "QAT", [feed]), ("127-0-0-1-2", None, None, [site.url("/news.xml")])]


def test_sources_import_the_catalogue_filtered_and_remove(tmp_path):
    db = tmp_path / "x.db"
    res = run("sources", "import", "--lang", "fa", "--country", "IRN", "--db", db)
    assert res.exit_code == 0 and res.output.endswith(" added, 0 updated\n")
    rows = [json.loads(line) for line in run("sources", "--db", db).output.splitlines()]
    assert rows and all(r["lang"] == "fa" and r["country"] == "IRN" for r in rows)
    assert all(r["last_success"] is None and r["articles"] == 0 for r in rows)
    assert run("sources", "remove", rows[0]["id"], "--db", db).exit_code == 0
    gone = run("sources", "remove", rows[0]["id"], "--db", db)
    assert gone.exit_code == 1 and "no source" in gone.output


def test_watch_once_logs_one_line_per_round(site, tmp_path):
    db = tmp_path / "x.db"
    mine = tmp_path / "mine.toml"
    mine.write_text(f'[[source]]\nid = "wire"\nname = "Wire"\nlang = "en"\nfeeds = ["{feed_site(site, "w", "en", range(3))}"]\n'
                    f'[[source]]\nid = "dead"\nname = "Dead"\nfeeds = ["{site.url("/dead/rss")}"]\n', encoding="utf-8")
    assert run("watch", "--once", "--db", db).output.startswith("rasad: error: no sources to watch")
    assert run("sources", "import", mine, "--db", db).exit_code == 0
    res = run("watch", "--once", "--db", db, *QUICK)
    assert res.exit_code == 0, res.output
    [line] = [line for line in res.output.splitlines() if " round " in line]
    assert "round 1: 2 sources" in line and "3 new articles" in line and "1 errors" in line
    assert "dead/rss: HTTP 404" in res.output
    assert run("watch", "--every", "soon", "--db", db).exit_code == 2


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            return conn.execute("SELECT count(*) FROM intake_articles WHERE status = 'stored'").fetchone()[0]
    except sqlite3.Error:
        return 0


def _watch_cmd(db: Path, *extra: str) -> list[str]:
    return [sys.executable, "-c", "from rasad.cli import main; main()", "watch", "--db", str(db), *QUICK, *extra]


def test_a_watch_killed_mid_round_resumes_without_loss_or_duplicates(site, tmp_path):
    n = 8
    mine = tmp_path / "mine.toml"
    feeds = [feed_site(site, "fa", "fa", range(n // 2), delay=0.3), feed_site(site, "ar", "ar", range(n // 2, n), delay=0.3)]
    mine.write_text("".join(f'[[source]]\nid = "s{k}"\nname = "S{k}"\nfeeds = ["{f}"]\n' for k, f in enumerate(feeds)),
                    encoding="utf-8")
    db, clean = tmp_path / "killed.db", tmp_path / "clean.db"
    for d in (db, clean):
        assert run("sources", "import", mine, "--db", d).exit_code == 0
    proc = subprocess.Popen(_watch_cmd(db, "--once"), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline and _stored(db) < 2:
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the round finished before it could be killed"
    after_kill = _stored(db)
    assert 2 <= after_kill < n
    hits_before = {i: site.hits(f"/{'fa' if i < n // 2 else 'ar'}/{i}") for i in range(n)}

    rerun = subprocess.run(_watch_cmd(db, "--once"), capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{n - after_kill} new articles" in rerun.stdout
    refetched = sum(site.hits(f"/{'fa' if i < n // 2 else 'ar'}/{i}") - hits_before[i] for i in range(n))
    assert refetched == n - after_kill                     # what was stored is not fetched again
    subprocess.run(_watch_cmd(clean, "--once"), check=True, capture_output=True, timeout=300)
    with open_store(db, readonly=True) as resumed, open_store(clean, readonly=True) as fresh:
        assert resumed.stats()["documents"] == fresh.stats()["documents"] == n
        assert resumed.count_events() == fresh.count_events() > 0
        assert resumed.stats()["reports"] == fresh.stats()["reports"]


def test_sigterm_stops_a_watch_between_rounds(site, tmp_path):
    db = tmp_path / "x.db"
    mine = tmp_path / "mine.toml"
    mine.write_text(f'[[source]]\nid = "w"\nname = "W"\nfeeds = ["{feed_site(site, "w", "en", range(1))}"]\n',
                    encoding="utf-8")
    assert run("sources", "import", mine, "--db", db).exit_code == 0
    proc = subprocess.Popen(_watch_cmd(db, "--every", "1h"), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while _stored(db) < 1 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=30)
    assert proc.returncode == 0, err
    assert "round 1:" in out and "stopping" in err
