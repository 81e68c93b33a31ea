"""Feeds, sitemaps, canonical URLs and feed discovery (no network)."""

from __future__ import annotations

import pytest

from rasad.errors import InputError
from rasad.intake import canonical_url, discover_feeds, parse_listing

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>وزارت دفاع</title>
<entry><title>دیدار وزیران دفاع</title><link href="/news/12?utm_source=rss&amp;id=3"/>
<id>tag:x,2024:12</id><updated>2024-03-05T10:00:00Z</updated><published>2024-03-04T08:00:00+03:30</published></entry>
</feed>"""

RSS_CP1256 = ('<?xml version="1.0" encoding="windows-1256"?><rss version="2.0"><channel><title>وكالة</title>'
              '<item><title>لقاء وزيري الدفاع</title><link>https://Example.COM:443/a/1#x</link>'
              '<pubDate>Tue, 05 Mar 2024 09:00:00 GMT</pubDate></item></channel></rss>').encode("cp1256")

INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://example.org/s1.xml</loc><lastmod>2024-03-01</lastmod></sitemap>
<sitemap><loc>https://example.org/s2.xml</loc><lastmod>2024-03-05</lastmod></sitemap></sitemapindex>"""


def test_canonical_urls():
    assert canonical_url("HTTPS://Example.org:443/a?utm_medium=x&id=2#frag") == "https://example.org/a?id=2"
    assert canonical_url("http://example.org") == "http://example.org/"
    assert canonical_url("/b/c?fbclid=1", "http://example.org:8080/x") == "http://example.org:8080/b/c"
    assert canonical_url("mailto:a@b.c") is None and canonical_url("javascript:void(0)") is None
    assert canonical_url("") is None


def test_atom_feed_items_are_absolute_with_their_dates():
    listing = parse_listing(ATOM.encode(), "https://mod.example/rss")
    assert listing.kind == "feed" and listing.title == "وزارت دفاع"
    [item] = listing.items
    assert item.url == "https://mod.example/news/12?id=3"
    assert item.stamp == "2024-03-05T10:00:00+00:00" and item.published == "2024-03-04"


def test_a_windows_1256_rss_feed_is_decoded():
    [item] = parse_listing(RSS_CP1256, "https://example.com/rss").items
    assert item.title == "لقاء وزيري الدفاع" and item.url == "https://example.com/a/1"


def test_sitemap_index_names_its_sitemaps():
    listing = parse_listing(INDEX, "https://example.org/sitemap.xml")
    assert listing.kind == "sitemapindex"
    assert [u for u, _ in listing.sitemaps] == ["https://example.org/s1.xml", "https://example.org/s2.xml"]


@pytest.mark.parametrize("data", [b"<html><body>a page</body></html>", b"", b"\x89PNG\r\n\x1a\n....",
                                  b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><urlset>&a;</urlset>'])
def test_anything_else_is_not_a_feed(data):
    with pytest.raises(InputError, match="not a feed or sitemap"):
        parse_listing(data, "https://example.org/x")


def test_feed_discovery_from_link_alternate():
    html = ('<html><head><link rel="stylesheet" href="/s.css">'
            '<link rel="alternate" type="application/rss+xml" title="همه" href="/rss/all">'
            '<link rel="alternate" type="application/atom+xml" href="https://cdn.example.org/atom.xml">'
            '<link rel="alternate" hreflang="ar" href="/ar/"></head><body></body></html>')
    assert discover_feeds(html, "https://example.org/fa/") == ["https://example.org/rss/all",
                                                              "https://cdn.example.org/atom.xml"]
