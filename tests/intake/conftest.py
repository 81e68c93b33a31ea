"""Fixtures for the intake tests: a local news site (``intake_site.Site``) and an intake over a fresh
database with short timeouts and no pauses between requests."""

from __future__ import annotations

import pytest

pytest.importorskip("feedparser")
pytest.importorskip("httpx")

from intake_site import Site, quick_config  # noqa: E402,F401  (tests/intake is on sys.path)

from rasad.intake import FetchConfig, open_intake  # noqa: E402


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


@pytest.fixture
def intake(tmp_path):
    with open_intake(tmp_path / "rasad.db", quick_config(), concurrency=4) as it:
        yield it
