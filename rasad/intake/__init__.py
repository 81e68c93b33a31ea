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
from pathlib import Path
from typing import Iterator

from .fetch import FetchConfig, FetchError, Fetcher, FetchResult, USER_AGENT
from .lists import Item, Listing, canonical_url, discover_feeds, parse_listing
from .poll import Intake, RoundReport
from .sources import Source, catalog_path, load_sources
from .state import IntakeState, open_state

__all__ = ["open_intake", "Intake", "RoundReport", "Source", "load_sources", "catalog_path", "IntakeState",
           "open_state", "Fetcher", "FetchConfig", "FetchResult", "FetchError", "USER_AGENT", "Item", "Listing",
           "canonical_url", "discover_feeds", "parse_listing"]


@contextmanager
def open_intake(db: str | Path | None = None, config: FetchConfig | None = None, *, concurrency: int = 8,
                log=None, request_log: list | None = None) -> Iterator[Intake]:
    """An ``Intake`` over the event database ``db`` (default: the store's default path)."""
    from ..store import open_store

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
