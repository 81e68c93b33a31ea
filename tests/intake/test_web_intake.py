"""The dashboard in a real browser with live intake: the Sources panel and the "new since your last
visit" mark (headless Debian Chromium through Playwright; skipped without them)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from intake_site import article_page, rfc822, rss

from rasad.intake import Source

CHROMIUM = os.environ.get("RASAD_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).is_file(), reason=f"needs Debian's chromium at {CHROMIUM}")


def _serve(db: Path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = "import sys; from rasad.cli.serve import serve; sys.exit(serve())"
    proc = subprocess.Popen([sys.executable, "-c", code, "--db", str(db), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(f"{base}/api/stats", timeout=2).close()
            return proc, base
        except OSError:
            time.sleep(0.1)
    proc.kill()
    pytest.fail("rasad serve did not answer")


def test_sources_panel_and_new_events_marked(site, intake):
    pytest.importorskip("playwright.sync_api")
    pytest.importorskip("fastapi")
    from playwright.sync_api import sync_playwright

    items = []
    for i in range(3):
        site.add(f"/n/{i}", article_page(i, "en"))
        items.append((site.url(f"/n/{i}"), f"item {i}", rfc822(1 + i)))
    site.add("/n/rss", rss(items))
    intake.state.put_source(Source(id="wire", name="Test Wire", feeds=[site.url("/n/rss")], lang="en"), "user")
    intake.run_round(intake.state.sources())
    proc, base = _serve(Path(intake.store.path))
    problems: list[str] = []
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=["--headless=new", "--no-sandbox",
                                                                          "--disable-gpu", "--disable-dev-shm-usage"])
            page = browser.new_page()
            page.on("console", lambda m: m.type == "error" and problems.append(m.text))
            page.on("pageerror", lambda e: problems.append(str(e)))
            page.goto(base + "/")
            page.evaluate("localStorage.setItem('rasad.lastVisit', '2000-01-01T00:00:00.000Z'); sessionStorage.clear()")
            page.reload()
            page.wait_for_selector("#rasad-sources")
            page.wait_for_selector("#event-list li.event")
            toggle = page.locator(".rasad-sources-toggle")
            assert "read just now" in toggle.inner_text() and "3 new" in toggle.inner_text()
            toggle.click()
            assert page.locator(".rasad-sources-body tr").count() == 2        # header + one source
            assert "Test Wire" in page.locator(".rasad-sources-body").inner_text()
            page.wait_for_selector("#event-list a.rasad-new")
            assert page.locator("#event-list li.rasad-new").count() == 3
            page.goto(base + "/")                   # same session: the same starting point
            page.wait_for_selector("#event-list a.rasad-new")
            page.evaluate("sessionStorage.clear()")  # a new visit: nothing is new any more
            page.reload()
            page.wait_for_selector("#rasad-sources")
            assert "new" not in page.locator(".rasad-sources-toggle").inner_text()
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert problems == []
