"""HTML pages: main text without boilerplate, plus title, publication date and site name.

trafilatura does the extraction. It drops every character that ``str.isprintable()`` rejects, which
includes the zero-width non-joiner Persian needs («بین‌المللی» would become «بینالمللی»), so its
character filter is replaced once, before the first call, by one that keeps ZWNJ and ZWJ.
"""

from __future__ import annotations

import re
from functools import lru_cache

import lxml.html
import trafilatura
import trafilatura.utils
from lxml.etree import ParserError, XMLSyntaxError

from ..errors import InputError

_KEEP = {"\u200c", "\u200d"}


@lru_cache(maxsize=2**14)
def _printables_spaces_and_joiners(char: str) -> str:
    return char if char.isprintable() or char.isspace() or char in _KEEP else ""


trafilatura.utils.return_printables_and_spaces = _printables_spaces_and_joiners

# htmldate's extensive search hands free text to dateparser with every locale: over a second per
# page without date metadata. rasad's own dates stage reads datelines in the text instead.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)""", re.I)
_HTML_SNIFF = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p)\b",
                         re.I | re.S)


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first bytes, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii", "replace") if m else None


def looks_like_html(text: str) -> bool:
    return bool(_HTML_SNIFF.match(text[:2048]))


def extract_html(html: str, source: str, url: str | None = None) -> dict:
    """Main text and metadata of an HTML page: ``{"text", "title", "published", "site", "url"}``.

    Falls back to the page's whole visible text when trafilatura finds no main content; raises
    ``InputError`` when the page has no text at all or cannot be parsed."""
    doc, error = _trafilatura(html, url, fast=True)
    if doc is None or len(doc.text or "") < 250:  # little found: let the fallback extractors try
        slow, error2 = _trafilatura(html, url, fast=False)
        if slow is not None and len(slow.text or "") > len((doc.text if doc else "") or ""):
            doc, error = slow, error2
    text = (doc.text if doc is not None else None) or ""
    meta = {"title": getattr(doc, "title", None), "published": getattr(doc, "date", None),
            "site": getattr(doc, "sitename", None) or getattr(doc, "hostname", None),
            "url": getattr(doc, "url", None) or url}
    if not text.strip():
        text = _visible_text(html)
    if not text.strip():
        raise InputError(source, f"HTML page without text{': ' + error if error else ''}")
    if meta["title"] and not text.lstrip().startswith(meta["title"][:40]):
        text = f"{meta['title']}\n\n{text}"
    return {"text": text, **meta}


def _trafilatura(html: str, url: str | None, fast: bool):
    """trafilatura's extraction (``fast`` skips its fallback extractors); (document, error)."""
    try:
        return trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False,
                                           include_tables=True, favor_recall=True, fast=fast,
                                           date_extraction_params=_DATE_PARAMS), None
    except (ValueError, TypeError, RecursionError, XMLSyntaxError, ParserError) as e:
        return None, str(e)


def _visible_text(html: str) -> str:
    """Every text node of the body, one block per line: the fallback when extraction finds nothing."""
    try:
        root = lxml.html.document_fromstring(html.encode("utf-8"))
    except (ValueError, XMLSyntaxError, ParserError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    lines = (" ".join(t.split()) for t in root.itertext())
    return "\n".join(line for line in lines if line)
