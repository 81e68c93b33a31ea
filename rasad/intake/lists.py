"""What a feed or a sitemap lists: article URLs with their dates; canonical URLs; feed discovery.

RSS and Atom are read by ``feedparser`` (encodings, dates, broken markup); sitemaps (``<urlset>``,
news sitemaps, ``<sitemapindex>``) by the standard library's XML parser.
"""

from __future__ import annotations

import calendar
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html.parser import HTMLParser
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import feedparser

from ..errors import InputError

__all__ = ["Item", "Listing", "parse_listing", "canonical_url", "discover_feeds", "looks_like_listing"]

# Query parameters that only track where a reader came from: dropped from canonical URLs.
_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|yclid|mc_cid|mc_eid|traffic_source|ref_src|cmpid|at_medium|"
                       r"at_campaign)$", re.I)
_FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json", "application/rdf+xml")


@dataclass
class Item:
    """One article a list names: its canonical URL, the list's date for it (feed ``updated`` or
    sitemap ``lastmod``: a change means the article may have changed), and its publication day."""

    url: str
    stamp: str | None = None
    published: str | None = None
    title: str | None = None


@dataclass
class Listing:
    kind: str                                    # "feed" | "sitemap" | "sitemapindex"
    items: list[Item] = field(default_factory=list)
    sitemaps: list[tuple[str, str | None]] = field(default_factory=list)   # (child sitemap, lastmod)
    title: str | None = None


def canonical_url(url: str, base: str | None = None) -> str | None:
    """One spelling per article URL: absolute, scheme and host lower case, default port, fragment and
    tracking parameters dropped. None for anything not http(s)."""
    if not url:
        return None
    url = urljoin(base, url.strip()) if base else url.strip()
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if parts.port and not ((scheme == "http" and parts.port == 80) or (scheme == "https" and parts.port == 443)):
        host = f"{host}:{parts.port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k)])
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def looks_like_listing(data: bytes) -> bool:
    """Whether ``data`` starts like a feed or a sitemap (XML with rss/feed/rdf/urlset root)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith(b"<?xml") or any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf", b"<urlset",
                                                                     b"<sitemapindex"))


def parse_listing(data: bytes, url: str) -> Listing:
    """Items of a feed or sitemap; ``InputError`` when ``data`` is neither."""
    root = _xml_root(data)
    if root is not None and _local(root.tag) in ("urlset", "sitemapindex"):
        return _sitemap(root, url)
    return _feed(data, url)


def _feed(data: bytes, url: str) -> Listing:
    parsed = feedparser.parse(data, response_headers={"content-location": url})
    version = parsed.get("version") or ""
    if not version and not parsed.entries:
        why = f" ({type(parsed.bozo_exception).__name__})" if parsed.get("bozo") else ""
        raise InputError(url, f"not a feed or sitemap{why}")
    items: list[Item] = []
    for entry in parsed.entries:
        link = canonical_url(entry.get("link") or "", url)
        if link is None:
            continue
        # dict.get: feedparser's own get() maps a missing updated date to the published one, with a warning
        updated, pub = dict.get(entry, "updated_parsed"), dict.get(entry, "published_parsed")
        published = _day(pub or updated)
        stamp = _iso(updated) or _iso(pub)
        items.append(Item(link, stamp, published, entry.get("title")))
    return Listing("feed", items, title=parsed.feed.get("title"))


def _sitemap(root: ET.Element, url: str) -> Listing:
    kind = _local(root.tag)
    listing = Listing(kind)
    for node in root:
        loc = _child_text(node, "loc")
        target = canonical_url(loc or "", url)
        if target is None:
            continue
        lastmod = _child_text(node, "lastmod")
        if kind == "sitemapindex":
            listing.sitemaps.append((target, lastmod))
            continue
        news = next((c for c in node if _local(c.tag) == "news"), None)
        published = _child_text(news, "publication_date") if news is not None else None
        title = _child_text(news, "title") if news is not None else None
        listing.items.append(Item(target, lastmod or published, (published or lastmod or "")[:10] or None, title))
    return listing


def _xml_root(data: bytes) -> ET.Element | None:
    if b"<!ENTITY" in data[:4096]:  # entity expansion has no place in a sitemap
        return None
    try:
        return ET.fromstring(data)
    except ET.ParseError:
        return None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].lower()


def _child_text(node: ET.Element | None, name: str) -> str | None:
    if node is None:
        return None
    for child in node:
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def _iso(t) -> str | None:
    if not t:
        return None
    return datetime.fromtimestamp(calendar.timegm(t), timezone.utc).isoformat(timespec="seconds")


def _day(t) -> str | None:
    iso = _iso(t)
    return iso[:10] if iso else None


class _LinkFinder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "link":
            return
        a = {k.lower(): (v or "") for k, v in attrs}
        if "alternate" in a.get("rel", "").lower().split() and a.get("type", "").lower() in _FEED_TYPES and a.get("href"):
            self.links.append(a["href"])


def discover_feeds(html: str, base: str) -> list[str]:
    """The feeds a page announces with ``<link rel="alternate" type="application/rss+xml" href=…>``."""
    finder = _LinkFinder()
    try:
        finder.feed(html[:500_000])
    except Exception:  # noqa: BLE001 - a broken page yields what was found before the break
        pass
    out: list[str] = []
    for href in finder.links:
        url = canonical_url(href, base)
        if url and url not in out:
            out.append(url)
    return out
