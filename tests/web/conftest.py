"""Browser tests: headless Chromium from Debian (/usr/bin/chromium) driven by Playwright against
``rasad serve`` on 127.0.0.1, over a database ingested from the bundled sample corpus plus the
hand-built test corpus (``tests/api/corpus.py``: fa/ar/en evidence and a hostile article).

Skipped, with the reason, when Chromium or Playwright is missing. Screenshots go to
``test-artifacts/web/`` (git-ignored).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from importlib import resources
from pathlib import Path

import pytest

from rasad.readers import read_paths

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts" / "web"
CHROMIUM = os.environ.get("RASAD_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]

sys.path.insert(0, str(ROOT / "tests" / "api"))


def _why_not() -> str | None:
    """Why the browser tests cannot run here (None when they can)."""
    if not Path(CHROMIUM).is_file():
        return f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install -y chromium)"
    for module, what in (("playwright.sync_api", "the playwright package"), ("fastapi", "the 'serve' extra"),
                         ("rasad.store", "rasad.store")):
        try:
            __import__(module)
        except ImportError:
            return f"browser tests need {what} ({module} does not import)"
    return None


SKIP = _why_not()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def build_db(path: Path) -> Path:
    """The sample corpus through the full pipeline, then the hand-built documents."""
    import corpus
    from rasad.store import open_store

    samples = Path(str(resources.files("rasad").joinpath("samples")))
    articles = [str(p) for p in sorted(samples.glob("*")) if p.is_file()
                and not p.name.upper().startswith("README") and not p.name.startswith("gold.")]
    with open_store(path) as store:
        if articles:
            store.ingest(d for d in read_paths(articles, max_bytes=10 * 1048576) if not isinstance(d, Exception))
        for doc in corpus.documents():
            store.store_document(doc)
    return path


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """Base URL of ``rasad serve`` running on 127.0.0.1 over the test database."""
    if SKIP:
        pytest.skip(SKIP)
    db = build_db(tmp_path_factory.mktemp("web") / "rasad.db")
    yield from _serve(db)


CORRECTIONS_TOKEN = "browser-test-token"


@pytest.fixture(scope="session")
def corrections_server(tmp_path_factory):
    """(base URL, database path) of ``rasad serve --corrections`` over a database of its own."""
    if SKIP:
        pytest.skip(SKIP)
    db = build_db(tmp_path_factory.mktemp("web-rw") / "rasad.db")
    for base in _serve(db, "--corrections", "--token", CORRECTIONS_TOKEN):
        yield base, db


def _serve(db: Path, *extra: str):
    port = _free_port()
    code = "import sys; from rasad.cli.serve import serve; sys.exit(serve())"
    proc = subprocess.Popen([sys.executable, "-c", code, "--db", str(db), "--host", "127.0.0.1", "--port", str(port),
                             *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(150):
            try:
                urllib.request.urlopen(f"{base}/api/stats", timeout=2).close()
                break
            except OSError:
                if proc.poll() is not None:
                    pytest.fail(f"rasad serve exited: {proc.stderr.read()}")
                time.sleep(0.1)
        else:
            pytest.fail("rasad serve did not answer within 15 s")
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="session")
def browser():
    if SKIP:
        pytest.skip(SKIP)
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    except Exception as e:  # noqa: BLE001 - a broken browser install is a skip with its reason, not an error
        pw.stop()
        pytest.skip(f"chromium at {CHROMIUM} did not start: {e}")
    yield b
    b.close()
    pw.stop()


class Page:
    """A Playwright page that records console errors, page errors, dialogs and failed requests."""

    def __init__(self, page, base: str):
        self.page = page
        self.base = base
        self.problems: list[str] = []
        page.on("console", lambda m: m.type in ("error", "warning") and self.problems.append(f"console {m.type}: {m.text}"))
        page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))
        page.on("requestfailed", lambda r: self.problems.append(f"request failed: {r.url}"))
        page.on("response", lambda r: r.status >= 400 and self.problems.append(f"HTTP {r.status}: {r.url}"))

    def open(self, path: str):
        response = self.page.goto(self.base + path)
        self.wait_ready()
        return response

    def wait_ready(self, previous: str | None = None, seconds: float = 20):
        """Wait until the page says it has drawn (``body[data-ready]``), or redrawn after ``previous``.

        Polls from Python: ``wait_for_function`` evaluates strings in the page, which the CSP forbids."""
        if previous is None:
            self.page.wait_for_selector("body[data-ready]", timeout=seconds * 1000)
        else:
            deadline = time.monotonic() + seconds
            while self.page.evaluate("document.body.dataset.ready") == previous:
                if time.monotonic() > deadline:
                    raise AssertionError(f"the dashboard did not redraw within {seconds:g} s")
                self.page.wait_for_timeout(50)
        self.page.wait_for_timeout(150)

    def shot(self, name: str, full_page: bool = True):
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name), full_page=full_page)

    def assert_clean(self):
        assert not self.problems, "\n".join(self.problems)
        assert self.page.evaluate("window.__pwned") is None


@pytest.fixture
def laptop(browser, server):
    context = browser.new_context(viewport={"width": 1366, "height": 850})
    page = Page(context.new_page(), server)
    yield page
    context.close()


@pytest.fixture
def phone(browser, server):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  device_scale_factor=2)
    page = Page(context.new_page(), server)
    yield page
    context.close()
