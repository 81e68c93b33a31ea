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
from webpage import CORRECTIONS_TOKEN, Page  # noqa: F401  (tests/web is on sys.path; tests import them from there)

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
