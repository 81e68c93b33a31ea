"""``rasad sources add URL``: a source from a feed, a sitemap, or a page that announces them.

A URL that is a feed or sitemap is taken as it is; a page is searched for
``<link rel="alternate" type="application/rss+xml" href=…>``; failing that, the site's robots.txt
``Sitemap:`` lines are used (news sitemaps first).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urlsplit

from ..errors import InputError
from .fetch import Fetcher
from .lists import canonical_url, discover_feeds, looks_like_listing, parse_listing
from .sources import Source

__all__ = ["discover_source", "slug_for"]

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def discover_source(fetcher: Fetcher, url: str, *, name: str | None = None, lang: str | None = None,
                    country: str | None = None, taken: Callable[[str], bool] = lambda sid: False) -> Source:
    """A ``Source`` for ``url``; ``InputError`` when no feed or sitemap can be found there."""
    start = canonical_url(url)
    if start is None:
        raise InputError(url, "not an http(s) URL")
    result = fetcher.get(start)
    parts = urlsplit(result.final_url)
    homepage = f"{parts.scheme}://{parts.netloc}/"
    feeds: list[str] = []
    sitemaps: list[str] = []
    title = None
    if looks_like_listing(result.content):
        listing = parse_listing(result.content, start)          # raises InputError when it is neither
        (feeds if listing.kind == "feed" else sitemaps).append(start)
        title = listing.title
    else:
        text = result.content.decode(result.charset or "utf-8", "replace")
        feeds = discover_feeds(text, result.final_url)[:3]
        m = _TITLE.search(text[:200_000])
        title = " ".join(m.group(1).split()) if m else None
        if not feeds:
            found = fetcher.sitemaps_of(result.final_url)
            sitemaps = sorted(found, key=lambda s: "news" not in s.lower())[:2]
    if not feeds and not sitemaps:
        raise InputError(start, "no feed or sitemap found: the page announces no RSS/Atom feed and "
                                "robots.txt lists no sitemap; give the feed's URL itself")
    return Source(id=slug_for(parts.hostname or "source", taken), name=name or title or parts.hostname or start,
                  feeds=feeds, sitemaps=sitemaps, lang=lang, country=country, homepage=homepage,
                  unverified=False, verified=f"added by the user from {start}")


def slug_for(host: str, taken: Callable[[str], bool]) -> str:
    """An unused source id from a host name: ``www.example.co.uk`` → ``example-co-uk``."""
    base = re.sub(r"[^a-z0-9]+", "-", host.lower().removeprefix("www.")).strip("-")[:56] or "source"
    sid, n = base, 1
    while taken(sid):
        n += 1
        sid = f"{base}-{n}"
    return sid
