"""Live intake: the outlets a user follows (feeds, news sitemaps, pages), read politely and often,
each article once, a changed article updated, never duplicated.

    >>> from rasad.intake import open_intake
    >>> with open_intake("rasad.db") as intake:          # store, intake state and fetcher together
    ...     intake.state.put_source(source, origin="user")
    ...     report = intake.run_round(intake.state.sources())
    ...     report.line()

Modules: ``sources`` (the TOML catalogue), ``state`` (intake's own tables in the event database),
``fetch`` (polite HTTP), ``lists`` (feeds, sitemaps, canonical URLs, discovery), ``poll`` (a round),
``discover`` (finding a site's feed). Needs the ``intake`` extra (feedparser, httpx).
"""

from __future__ import annotations

from contextlib import contextmanager
from importlib import import_module
from pathlib import Path
from typing import Iterator

__all__ = ["open_intake", "Intake", "RoundReport", "Source", "load_sources", "catalog_path", "IntakeState",
           "open_state", "Fetcher", "FetchConfig", "FetchResult", "FetchError", "USER_AGENT", "Item", "Listing",
           "canonical_url", "discover_feeds", "parse_listing"]

_HOME = {"Intake": "poll", "RoundReport": "poll", "Source": "sources", "load_sources": "sources",
         "catalog_path": "sources", "IntakeState": "state", "open_state": "state", "Fetcher": "fetch",
         "FetchConfig": "fetch", "FetchResult": "fetch", "FetchError": "fetch", "USER_AGENT": "fetch",
         "Item": "lists", "Listing": "lists", "canonical_url": "lists", "discover_feeds": "lists",
         "parse_listing": "lists"}


def __getattr__(name: str):
    """Modules are imported on first use: reading the intake state (the REST API does) needs neither
    httpx nor feedparser."""
    if name in _HOME:
        return getattr(import_module(f".{_HOME[name]}", __name__), name)
    raise AttributeError(f"module 'rasad.intake' has no attribute {name!r}")


@contextmanager
def open_intake(db: str | Path | None = None, config=None, *, concurrency: int = 8,
                log=None, request_log: list | None = None) -> Iterator:
    """An ``Intake`` over the event database ``db`` (default: the store's default path)."""
    from ..store import open_store
    from .fetch import Fetcher
    from .poll import Intake
    from .state import open_state

    store = open_store(db)
    try:
        state = open_state(store.path)
        try:
            with Fetcher(config, log=request_log) as fetcher:
                yield Intake(store, state, fetcher, concurrency=concurrency, log=log)
        finally:
            state.close()
    finally:
        store.close()
