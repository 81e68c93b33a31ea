"""Fixtures for the intake tests: a local news site (``intake_site.Site``) and an intake over a fresh
database with short timeouts and no pauses between requests."""

from __future__ import annotations

import pytest

pytest.importorskip("feedparser")
pytest.importorskip("httpx")

from intake_site import Site  # noqa: E402  (tests/intake is on sys.path)

from rasad.intake import FetchConfig, open_intake  # noqa: E402


def quick_config(**kw) -> FetchConfig:
    base = dict(connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0, retries=1, backoff=0.01,
                host_interval=0.0, max_bytes=2 * 1024 * 1024)
    base.update(kw)
    return FetchConfig(**base)


@pytest.fixture
def site():
    s = Site()
    yield s
    s.close()


@pytest.fixture
def intake(tmp_path):
    with open_intake(tmp_path / "rasad.db", quick_config(), concurrency=4) as it:
        yield it
