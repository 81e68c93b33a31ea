"""Full-text search over the stored articles, in the folded form every stage matches on.

The index holds ``fold(text)``; a query is folded the same way, so «رئيس» (Arabic ي) finds «رئیس»
and a word written without its zero-width non-joiner finds the Persian form with it. Each query word
matches as a prefix («همکاریها» finds «همکاری‌های»), and an Arabic-script word also matches with the
definite article («دفاع» finds «الدفاع»); words in double quotes match as a phrase; all must match.
Snippets are cut from the text as read, around the first match outside page furniture (menus,
cookie banners, share buttons: ``rasad.clutter``); with no match in the text, from its first article
line. A document read without a title is shown with its first heading-like line.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from ..clutter import is_clutter_line
from ..normalise import fold, normalise
from .filters import FilterError

__all__ = ["fts_query", "search", "query_terms"]

_WORD_RE = re.compile(r"\w+")
HOW = 'give words to find (each must match, as a word or its beginning), or "a phrase" in double quotes'
_ARABIC_RE = re.compile("[\u0600-\u06ff]")
SNIPPET_CHARS = 90


def query_terms(query: str) -> tuple[list[str], list[str]]:
    """The folded phrases (quoted parts) and words of ``query``."""
    phrases, words = [], []
    for i, part in enumerate(fold(query).split('"')):
        tokens = _WORD_RE.findall(part)
        if i % 2 and tokens:
            phrases.append(" ".join(tokens))
        else:
            words.extend(tokens)
    return phrases, words


def fts_query(query: str) -> str:
    """The FTS5 expression for a user's query; every term is quoted, so no user text is syntax."""
    phrases, words = query_terms(query)
    parts = [f'"{p}"' for p in phrases]
    for w in words:
        variants = [f'"{w}"*']
        if _ARABIC_RE.match(w) and not w.startswith("ال") and len(w) >= 3:
            variants.append(f'"ال{w}"*')
        parts.append(variants[0] if len(variants) == 1 else f"({' OR '.join(variants)})")
    if not parts:
        raise FilterError(f"nothing to search for in {query!r}: {HOW}")
    return " AND ".join(parts)


def search(conn: sqlite3.Connection, query: str, limit: int, offset: int) -> list[dict[str, Any]]:
    expr = fts_query(query)
    try:
        rows = conn.execute(
            "SELECT d.id, d.title, d.lang, d.published, d.url, d.outlet, d.text, "
            "(SELECT count(*) FROM reports r WHERE r.doc_pk = d.pk) AS n_events "
            "FROM documents_fts JOIN documents d ON d.pk = documents_fts.rowid "
            "WHERE documents_fts MATCH ? ORDER BY documents_fts.rank, d.id LIMIT ? OFFSET ?",
            (expr, int(limit), int(offset))).fetchall()
    except sqlite3.OperationalError as e:
        if "fts5" not in str(e) and "syntax" not in str(e):
            raise
        raise FilterError(f"cannot search for {query!r}: {HOW}") from None
    phrases, words = query_terms(query)
    needles = phrases + words
    out = []
    for r in rows:
        snippet, highlight = _snippet(r["text"], needles)
        out.append({"doc_id": r["id"], "title": r["title"] or display_title(r["text"]), "snippet": snippet,
                    "highlight": highlight,
                    "lang": r["lang"], "published": r["published"], "url": r["url"], "outlet": r["outlet"],
                    "n_events": r["n_events"]})
    return out


def _snippet(text: str, needles: list[str]) -> tuple[str, list[int] | None]:
    """About ``2 * SNIPPET_CHARS`` characters of ``text`` around the first match, and the match's
    ``[start, end)`` inside the snippet."""
    norm = normalise(text)
    folded = norm.text.lower()
    hits = [(i, len(n)) for n in needles for i in [_find(folded, n)] if i >= 0]
    if not hits:
        start = _first_article_line(text)
        return _cut(text, start, start)[0], None
    i, n = min(hits)
    while i + n < len(folded) and folded[i + n].isalnum():  # the whole word, not just the prefix
        n += 1
    a, b = norm.to_original(i, i + n)
    return _cut(text, a, b)


def _find(folded: str, needle: str) -> int:
    """The first occurrence of ``needle`` at the start of a word (or with «ال» before it), in an
    article line when there is one, else in page furniture."""
    fallback = -1
    for m in re.finditer(re.escape(needle), folded):
        i = m.start()
        if i == 0 or not folded[i - 1].isalnum() or folded[max(0, i - 2):i] == "ال":
            if not _in_clutter(folded, i):
                return i
            fallback = i if fallback < 0 else fallback
    return fallback


def _line_at(text: str, i: int) -> str:
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    return text[a:b if b >= 0 else len(text)]


def _in_clutter(folded: str, i: int) -> bool:
    return is_clutter_line(_line_at(folded, i))


def _first_article_line(text: str) -> int:
    """Where the first line that is neither blank nor page furniture starts (0 when none is)."""
    pos = 0
    for line in text.splitlines(keepends=True):
        if line.strip() and not is_clutter_line(fold(line)) and len(line.strip()) >= 40:
            return pos + len(line) - len(line.lstrip())
        pos += len(line)
    return 0


def display_title(text: str | None) -> str | None:
    """A title for a document read without one: its first short line that is not page furniture."""
    for line in (text or "").splitlines()[:15]:
        line = line.strip().lstrip("#").strip()
        if 8 <= len(line) <= 150 and not is_clutter_line(fold(line)):
            return line
    return None


def _cut(text: str, a: int, b: int) -> tuple[str, list[int] | None]:
    start = max(0, a - SNIPPET_CHARS)
    end = min(len(text), b + SNIPPET_CHARS)
    if start > 0:
        space = text.find(" ", start, a)
        start = space + 1 if space >= 0 else start
    if end < len(text):
        space = text.rfind(" ", b, end)
        end = space if space > b else end
    pre = ("…" if start > 0 else "") + _flat(text[start:a]).lstrip()
    mid = _flat(text[a:b])
    post = _flat(text[b:end]).rstrip() + ("…" if end < len(text) else "")
    return pre + mid + post, ([len(pre), len(pre) + len(mid)] if a < b else None)


def _flat(s: str) -> str:
    return re.sub(r"\s+", " ", s)
