"""HTML pages: main text without boilerplate, plus title, publication date and site name.

Two extractors, chosen by measurement (``docs/speed.md``, ``benchmarks/bench_html.py``):

- **resiliparse** (lexbor's parser; ``extract_plain_text(..., main_content=True)``) reads the main text
  of a page in a fraction of a millisecond, keeps the zero-width non-joiner, and parses pages nested
  thousands of levels deep. Title, date and site come from the same tree's meta tags, JSON-LD and URL.
- **trafilatura** is the fallback when that finds little (under 250 characters): it is about ten times
  slower but recovers text from unusual layouts. It drops every character ``str.isprintable()``
  rejects, including the ZWNJ Persian needs («بین‌المللی» would become «بینالمللی»), so its character
  filter is replaced, before its first call, by one that keeps ZWNJ and ZWJ.

A page nested more than 255 levels deep (where lxml, and so trafilatura, stop) is read as all of its
visible text. A page whose body yields no text at all is an ``InputError`` naming it — never an empty
document, even when it has a title.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import lru_cache
from itertools import accumulate
from urllib.parse import urlparse

from ..errors import InputError

_MIN_MAIN = 250      # main text shorter than this: let trafilatura try too
_MAX_DEPTH = 255     # deeper than this, lxml (and trafilatura) give up: read all visible text

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
_HTML_SNIFF = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p)\b",
                         re.I | re.S)
_VOID = "area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr|!--|!doctype|p|li|option|td|tr|th"
_TAG = re.compile(rf"<(/?)(?!(?:{_VOID})\b)[a-zA-Z]", re.I)
_STEP = {"": 1, "/": -1}


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.match(text[:2048]))


def extract_html(html: str, source: str, url: str | None = None) -> dict:
    """Main text and metadata of an HTML page: ``{"text", "title", "published", "site", "url"}``.

    Raises ``InputError`` when the page's body has no text or the page cannot be parsed."""
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    tree = node = None
    try:
        try:
            tree = HTMLTree.parse(html)
        except Exception as e:  # noqa: BLE001 - resiliparse raises its own parser errors
            raise InputError(source, f"HTML page cannot be parsed: {e}") from None
        meta = page_metadata(tree, url)
        deep = nesting_depth(html) > _MAX_DEPTH
        text = ""
        if tree.body is not None:
            node = None if deep else _article(tree)
            text = _clean(extract_plain_text(node.html if node is not None else tree, main_content=not deep,
                                             skip_elements=_SKIP))
        if not deep and len(text) < _MIN_MAIN:  # little found: trafilatura's fallbacks may find more
            found = _trafilatura_text(html, url)
            if len(found) > len(text):
                text = found
        if not text.strip() and tree.body is not None:
            text = _clean(extract_plain_text(tree, main_content=False))  # everything visible
    finally:
        # resiliparse's nodes may only be freed in the thread that made them: a traceback that keeps this frame
        # past the call (a Dask worker reports a failed page from its event-loop thread) must not hold them
        tree = node = None
    if not text.strip():
        raise InputError(source, "HTML page without readable text in its body")
    if meta["title"] and not text.lstrip().startswith(meta["title"][:40]):
        text = f"{meta['title']}\n\n{text}"
    return {"text": text, **meta}


# Page furniture inside or around the article: menus, bylines, share bars, related lists, comments,
# ads, cookie notes (as class or id words; resiliparse's main-content rules catch more).
_FURNITURE = ("menu", "nav", "byline", "author", "share", "social", "related", "comment", "tags", "breadcrumb",
              "most-viewed", "mostviewed", "popular", "sidebar", "footer", "header", "top-bar", "topbar",
              "cookie", "newsletter", "advert", "short-link", "subscribe", "login")
_SKIP = ["header", "nav", "footer", "aside", "form", "button", "figure",
         "[class~=ad]", "[class^=ad-]", "[id^=ad-]", "[class~=ads]",
         *(f"[{attr}*={word}]" for word in _FURNITURE for attr in ("class", "id"))]


def _article(tree):
    """The page's one article element, if it has exactly one (else None: the whole page)."""
    for selector in ("article", '[itemprop="articleBody"]', "main"):
        found = tree.document.query_selector_all(selector)
        if len(found) == 1 and found[0].text.strip():
            return found[0]
    return None


def nesting_depth(html: str) -> int:
    """An upper estimate of how deep the page's elements nest (tags that need no end tag left out)."""
    return max(accumulate(map(_STEP.__getitem__, _TAG.findall(html))), default=0)


def _clean(text: str) -> str:
    """One paragraph per line, as trafilatura gives them (resiliparse separates blocks by blank lines)."""
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


# -- metadata ---------------------------------------------------------------------------------------

_TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "dcterms.title", "citation_title")
_DATE_KEYS = ("article:published_time", "og:published_time", "datepublished", "date", "dc.date",
              "dc.date.issued", "dcterms.created", "dcterms.date", "pubdate", "publishdate", "publish-date",
              "publication_date", "sailthru.date", "article.published", "citation_publication_date",
              "original-publish-date", "og:article:published_time", "parsely-pub-date", "date_published")
_SITE_KEYS = ("og:site_name", "application-name", "twitter:site", "publisher", "dc.publisher")
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?:/|[^\d]|$)")
_ISO_DATE = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)")
_TITLE_SEPARATORS = re.compile(r"\s+[|–—»·-]\s+")


def page_metadata(tree, url: str | None = None) -> dict:
    """Title, publication date (YYYY-MM-DD), site name and URL from a parsed page's head: meta tags
    (Open Graph, Dublin Core, ...), JSON-LD, the canonical link, ``<time>``, and a date in the URL."""
    metas: dict[str, str] = {}
    for el in tree.document.query_selector_all("meta"):
        key = (el.getattr("property") or el.getattr("name") or el.getattr("itemprop") or "").strip().lower()
        content = (el.getattr("content") or "").strip()
        if key and content and key not in metas:
            metas[key] = content
    ld = _json_ld(tree)
    page_url = metas.get("og:url") or _canonical(tree) or url
    if page_url and not page_url.startswith(("http://", "https://")):
        page_url = url
    title = next((metas[k] for k in _TITLE_KEYS if k in metas), None) or ld.get("headline") or _html_title(tree)
    published = (next((d for k in _DATE_KEYS if k in metas and (d := _day(metas[k]))), None)
                 or _day(ld.get("datePublished")) or _time_element(tree) or _url_day(page_url))
    site = next((metas[k].lstrip("@") for k in _SITE_KEYS if k in metas), None) or _host(page_url)
    return {"title": _one_line(title), "published": published, "site": site, "url": page_url}


def _json_ld(tree) -> dict:
    """The first JSON-LD object with a headline or a publication date."""
    for el in tree.document.query_selector_all('script[type="application/ld+json"]'):
        try:
            data = json.loads(el.text)
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            if isinstance(item, dict) and ("headline" in item or "datePublished" in item):
                return {k: v for k, v in item.items() if isinstance(v, str)}
    return {}


def _canonical(tree) -> str | None:
    el = tree.document.query_selector('link[rel="canonical"]')
    return el.getattr("href") if el is not None else None


def _html_title(tree) -> str | None:
    """The ``<title>`` without the site name after a separator («… | Site», «… - Site»)."""
    el = tree.document.query_selector("title")
    if el is None or not el.text.strip():
        h1 = tree.document.query_selector_all("h1")
        return h1[0].text.strip() if len(h1) == 1 and h1[0].text.strip() else None
    parts = _TITLE_SEPARATORS.split(el.text.strip())
    return max(parts, key=len) if len(parts) > 1 else parts[0]


def _time_element(tree) -> str | None:
    for el in tree.document.query_selector_all("time[datetime]"):
        if (d := _day(el.getattr("datetime"))) is not None:
            return d
    return None


def _day(value: str | None) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or timestamp, if it is a real day."""
    m = _ISO_DATE.search(value or "")
    return _valid(*m.groups()) if m else None


def _url_day(url: str | None) -> str | None:
    m = _URL_DATE.search(url or "")
    return _valid(*m.groups()) if m else None


def _valid(y: str, m: str, d: str) -> str | None:
    try:
        return date(int(y), int(m), int(d)).isoformat()
    except ValueError:
        return None


def _host(url: str | None) -> str | None:
    host = urlparse(url).hostname if url else None
    return re.sub(r"^(?:www\d*|w\d+)\.", "", host) if host else None


def _one_line(text: str | None) -> str | None:
    return " ".join(text.split()) or None if text else None


# -- trafilatura, the fallback ------------------------------------------------------------------------

_KEEP = {"\u200c", "\u200d"}


@lru_cache(maxsize=2**14)
def _printables_spaces_and_joiners(char: str) -> str:
    return char if char.isprintable() or char.isspace() or char in _KEEP else ""


@lru_cache(maxsize=1)
def _trafilatura():
    """trafilatura, imported on first need (it takes a while), with its character filter patched."""
    import trafilatura
    import trafilatura.utils

    trafilatura.utils.return_printables_and_spaces = _printables_spaces_and_joiners
    return trafilatura


def _trafilatura_text(html: str, url: str | None) -> str:
    """trafilatura's main text (its fast mode, then with its fallback extractors), or ""."""
    from lxml.etree import ParserError, XMLSyntaxError

    best = ""
    for fast in (True, False):
        try:
            doc = _trafilatura().bare_extraction(html, url=url, with_metadata=False, include_comments=False,
                                                 include_tables=True, favor_recall=True, fast=fast)
        except (ValueError, TypeError, RecursionError, XMLSyntaxError, ParserError):
            continue
        text = (doc.text if doc is not None else None) or ""
        if len(text) > len(best):
            best = text
        if len(best) >= _MIN_MAIN:
            break
    return best
