"""What the browser tests share: the corrections token of the test server and a recording page."""

from __future__ import annotations

import time
from pathlib import Path

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "web"

CORRECTIONS_TOKEN = "browser-test-token"


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
