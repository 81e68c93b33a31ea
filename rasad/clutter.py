"""Mark page furniture (menus, share buttons, comment forms, agency codes, CAPTCHAs) line by line.

Nothing is deleted: the stage records the spans of clutter lines in ``doc.clutter`` (normalised
offsets) and later stages skip them. The phrases live in ``data/lexicons/clutter.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .document import Document, Span
from .lexicons import load_lexicon, words_pattern
from .normalise import fold

__all__ = ["clutter_stage", "is_clutter_line"]


@dataclass(frozen=True)
class _Rules:
    lines: frozenset[str]
    starts: tuple[str, ...]
    patterns: tuple[re.Pattern, ...]
    max_words: int
    list_heads: frozenset[str]
    list_max_words: int
    list_prefixes: tuple[str, ...]
    list_prefix_max_words: int
    list_words: re.Pattern | None
    list_word_max_words: int
    list_patterns: tuple[re.Pattern, ...]


@cache
def _rules() -> _Rules:
    lex = load_lexicon("clutter")
    lines: set[str] = set()
    starts: list[str] = []
    patterns: list[re.Pattern] = []
    heads: set[str] = set()
    prefixes: list[str] = []
    words: set[str] = set()
    list_patterns: list[re.Pattern] = []
    for lang in ("fa", "ar", "en", "any"):
        section = lex.get(lang, {})
        lines.update(fold(x).strip() for x in section.get("lines", []))
        starts.extend(fold(x).strip() for x in section.get("starts", []))
        patterns.extend(re.compile(p, re.I) for p in section.get("patterns", []))
        heads.update(fold(x).strip() for x in section.get("list_heads", []))
        prefixes.extend(fold(x).strip() + " " for x in section.get("list_prefixes", []))
        words.update(fold(x).strip().lower() for x in section.get("list_words", []))
        list_patterns.extend(re.compile(p) for p in section.get("list_patterns", []))
    return _Rules(frozenset(lines), tuple(starts), tuple(patterns), int(lex.get("max_words", 12)),
                  frozenset(heads), int(lex.get("list_max_words", 20)),
                  tuple(prefixes), int(lex.get("list_prefix_max_words", 6)),
                  words_pattern(words), int(lex.get("list_word_max_words", 4)),
                  tuple(list_patterns))


def is_clutter_line(line: str) -> bool:
    """True when the normalised ``line`` is page furniture rather than article text."""
    rules = _rules()
    s = line.strip().lower()
    if not s:
        return False
    if s.rstrip(":：/|-. ").strip() in rules.lines:
        return True
    if any(p.match(s) for p in rules.patterns):
        return True
    return s.startswith(rules.starts) and len(s.split()) <= rules.max_words or _inline_list(s) or _menu(s)


def _menu(s: str) -> bool:
    """A site's menu: four or more short items set apart by "|" ("Home | Politics | World | Sport")."""
    items = s.split("|")
    return len(items) >= 4 and all(0 < len(item.split()) <= 4 for item in items)


def _inline_list(s: str) -> bool:
    """«پربازدیدترین‌ها: دیدار ... | نشست ...», "Related: ...": a list head and other stories' headlines on
    one line (no closing full stop, or headlines set apart by "|")."""
    head, colon, rest = s.partition(":")
    return bool(colon and rest.strip()) and is_list_head(head) and ("|" in rest or rest.rstrip()[-1:] not in ".!?؟…")


def is_list_head(line: str) -> bool:
    """A header of a list of other stories («اخبار مرتبط», «اقرأ أيضاً», "Related coverage", "More
    from Americas")."""
    rules = _rules()
    s = line.strip().lower()
    head = s.rstrip(":：/|-. ").strip()
    if head in rules.list_heads or head.endswith("ها") and head[:-2].rstrip("\u200c ") in rules.list_heads:
        return True
    if any(p.match(head) for p in rules.list_patterns):
        return True
    if s[-1:] in ".!?؟…":
        return False
    words = len(s.split())
    spaced = " ".join(s.replace(":", " ").replace("：", " ").split()) + " "  # «المزيد من: محليات»
    return (spaced.startswith(rules.list_prefixes) and words <= rules.list_prefix_max_words) or \
        (words <= rules.list_word_max_words and rules.list_words is not None and rules.list_words.search(head) is not None)


def _list_item(line: str) -> bool:
    """A line in a list of other stories' headlines: short, a bullet or no closing full stop."""
    s = line.strip()
    words = len(s.split())
    if words > _rules().list_max_words:
        return False
    return s[:1] in "-•·*–—" or s[-1:] not in ".!?؟…"


def _bullet_next(lines: list[str], i: int) -> bool:
    """The next non-empty line after ``lines[i]`` is a bulleted headline."""
    nxt = next((x.strip() for x in lines[i + 1:] if x.strip()), "")
    return nxt[:1] in "-•·*–—" and len(nxt.split()) <= _rules().list_max_words


def clutter_stage(doc: Document) -> Document:
    """Record clutter lines in ``doc.clutter`` and non-empty article lines in ``doc.paragraphs``;
    the headlines listed under «اخبار مرتبط» / «اقرأ أيضاً» / "Related" are clutter too."""
    text = doc.ntext
    pos = 0
    clutter: list[Span] = []
    paragraphs: list[Span] = []
    in_list = False
    lines = text.split("\n")
    for i, line in enumerate(lines):
        end = pos + len(line)
        if line.strip():
            if is_list_head(line):
                in_list = True
                clutter.append(Span(pos, end))
            elif in_list and (_list_item(line) or _bullet_next(lines, i)):
                # (a listed story's teaser between two bulleted headlines is the list's too)
                clutter.append(Span(pos, end))
            else:
                in_list = False
                (clutter if is_clutter_line(line) else paragraphs).append(Span(pos, end))
        pos = end + 1
    doc.clutter, doc.paragraphs = clutter, paragraphs
    return doc
