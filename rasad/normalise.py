"""One canonical matching form for Persian, Arabic and English text, with a map back to the original.

Every stage after reading works on ``normalise(text).text``; every span it finds is reported to users
through ``Normalised.to_original`` so that it points into the text as it was read.

What the canonical form does:

- Arabic letter variants become one letter: ي ى ئ → ی, ك → ک, ة ۀ → ه, أ إ آ ٱ → ا, ؤ → و;
  a standalone hamza ء is dropped («امضاء» = «امضا»).
- Persian (۰-۹) and Arabic-Indic (٠-٩) digits become ASCII digits.
- Tatweel and diacritics (harakat, superscript alef, hamza marks) are removed.
- Zero-width non-joiner, zero-width joiner, bidi marks and BOM are removed, so «همکاری‌های» and the
  ZWNJ-less «همکاریهای» are one form; every other space (no-break, thin, ideographic, tab) becomes an
  ordinary space, and runs of spaces collapse to one. Newlines are kept: they separate lines.
- Split Persian affixes are joined: «می شود» / «می‌شود» → «میشود», «همکاری ها» → «همکاریها».
- Latin letters lose their accents («Erdoğan» = «Erdogan»); compatibility forms (Arabic presentation
  forms, ligatures, full-width letters) are expanded by NFKD. Latin case is kept, because English
  names and sentence starts need it; ``str.lower()`` of a normalised text never changes its length,
  so matchers run on ``normalised.lower()`` with the same offsets. ``fold`` lower-cases.

The mapping is many-to-one and order-preserving: ``offsets[i]`` is the index in the original text of the
character that produced normalised character ``i``; ``offsets[len(text)]`` is ``len(original)``.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from functools import lru_cache

__all__ = ["Normalised", "normalise", "fold"]

# One-to-one replacements (same length, so offsets are unchanged).
_ONE_TO_ONE = {
    "ي": "ی", "ى": "ی", "ئ": "ی", "ې": "ی", "ۍ": "ی", "ے": "ی",
    "ك": "ک", "ڪ": "ک",
    "ة": "ه", "ۀ": "ه", "ە": "ه", "ۃ": "ه",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ٲ": "ا", "ٳ": "ا",
    "ؤ": "و",
    "٠": "0", "١": "1", "٢": "2", "٣": "3", "٤": "4", "٥": "5", "٦": "6", "٧": "7", "٨": "8", "٩": "9",
    "۰": "0", "۱": "1", "۲": "2", "۳": "3", "۴": "4", "۵": "5", "۶": "6", "۷": "7", "۸": "8", "۹": "9",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ",
    "\u2003": " ", "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2008": " ", "\u2009": " ",
    "\u200a": " ", "\u3000": " ", "\t": " ", "\x0b": " ", "\x0c": " ", "\u1680": " ", "\u205f": " ",
    "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2018": "'", "\u2019": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201f": '"', "\u2033": '"',
}
# As a list indexed by code point (twice as fast for str.translate as a dict); characters beyond it
# raise IndexError inside translate, which leaves them unchanged.
_TABLE: list[int] = list(range(max(map(ord, _ONE_TO_ONE)) + 1))
for _k, _v in _ONE_TO_ONE.items():
    _TABLE[ord(_k)] = ord(_v)

# Characters removed outright: tatweel, Arabic diacritics and Quranic marks, superscript alef,
# standalone hamza, zero-width characters, bidi controls, and a CR before LF.
_MARKS = "\u0300-\u036f\u0640\u064b-\u065f\u0670\u0610-\u061a\u06d6-\u06ed"
_DROP_CHARS_RE = re.compile(
    f"[{_MARKS}\u0621\u200b-\u200f\u202a-\u202e\u2066-\u2069\u2060\ufeff\u00ad]+|\r(?=\n)"
)
# After the table has turned every space into ' ': a run keeps one space, none at a line's ends.
_DROP_SPACES_RE = re.compile(" (?:(?<=\n ) *| *(?=\n)| *(?= ))")  # = "(?<=\n) +| +(?=\n)| +(?= )", faster
# Persian split affixes: the space between them and their word goes. (Each branch starts with the
# space itself, its lookbehinds counting it: the regex engine then only tries at spaces.)
_PREFIXES = r"(?<=\Wمی )|(?<=^می )|(?<=\Wنمی )|(?<=^نمی )"
_SUFFIXES = "ها|های|هایی|هایم|هایت|هایش|هایمان|هایتان|هایشان|ترین"
_JOIN_RE = re.compile(
    rf" (?:(?:{_PREFIXES})(?=[\u0620-\u064a\u066e-\u06d3])"
    rf"|(?<=[\u0620-\u064a\u066e-\u06d3] )(?=(?:{_SUFFIXES})(?![\w])))"
)
# Characters NFKD changes (accented Latin, presentation forms, ligatures, full-width, ...): rare in
# fa/ar news, so the slower expanding path runs only when one is present.
_NEEDS_NFKD = re.compile(
    "[\u00c0-\u024f\u1e00-\u1eff\ufb00-\ufdff\ufe70-\ufefe\uff00-\uffef\u2070-\u209f"
    "\u2150-\u218f\u2460-\u24ff]"
)


class Normalised:
    """A normalised text and, for each of its characters, the offset of its source character.

    The map is kept as the deletions that made the text (a few numbers per deleted run) and worked
    out per position on demand; ``offsets`` gives it whole."""

    __slots__ = ("text", "original", "_base", "_steps", "_offsets")

    def __init__(self, text: str, original: str, base: array | None = None, steps: tuple = ()):
        self.text, self.original = text, original
        self._base = base      # after compatibility expansion: index there -> index in original
        self._steps = steps    # per deletion pass: (where each deletion sits afterwards, total deleted so far)
        self._offsets: array | None = None

    @property
    def offsets(self) -> array:
        """``array('l')`` of ``len(text) + 1`` original offsets; the last is ``len(original)``."""
        if self._offsets is None:
            self._offsets = array("l", map(self._source, range(len(self.text) + 1)))
        return self._offsets

    def _source(self, i: int) -> int:
        """The original offset of normalised position ``i``."""
        for after, total in reversed(self._steps):
            k = bisect_right(after, i)
            if k:
                i += total[k - 1]
        return self._base[i] if self._base is not None else i

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Normalised) and (self.text, self.original, self.offsets) == \
            (other.text, other.original, other.offsets)

    def __repr__(self) -> str:
        return f"Normalised(text={self.text!r})"

    def __reduce__(self):
        return (Normalised, (self.text, self.original, self._base, self._steps))

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the normalised span ``[start, end)`` to the original span that produced it.

        The original span covers every source character of the matched characters, plus the
        diacritics and tatweel that were dropped inside or right after it."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside normalised text of length {len(self.text)}")
        source = self._source
        if start == end:
            o = source(start)
            return o, o
        o_start, o_end, limit = source(start), source(end - 1) + 1, source(end)
        while o_end < limit and _IS_MARK(self.original[o_end]):
            o_end += 1
        return o_start, o_end


_IS_MARK = re.compile(f"[{_MARKS}]").match


def normalise(text: str) -> Normalised:
    """Return the canonical matching form of ``text`` with its offset map (see module docstring)."""
    if _NEEDS_NFKD.search(text):
        s, base = _expand_compat(text)
    else:
        s, base = text, None
    if len(s.lower()) != len(s):  # e.g. 'İ' lower-cases to two characters: expand it now
        s, base = _lower_expanding(s, base)
    s, step1 = _delete(s, _DROP_CHARS_RE)
    s = s.translate(_TABLE)
    s, step2 = _delete(s, _DROP_SPACES_RE)
    s, step3 = _delete(s, _JOIN_RE)
    return Normalised(s, text, base, tuple(st for st in (step1, step2, step3) if st is not None))


def fold(text: str) -> str:
    """The lower-cased normalised text alone, for terms and queries that need no offsets.

    Equal to ``normalise(text).text.lower()``, computed without the offset map; short strings (the
    words and gaps the stages look up again and again) are remembered."""
    return _fold_short(text) if len(text) <= 64 else _fold(text)


def _fold(text: str) -> str:
    s = text
    if _NEEDS_NFKD.search(s):
        s = _NEEDS_NFKD.sub(_nfkd, s)
    if len(s.lower()) != len(s):
        s = "".join(c.lower() if len(c.lower()) != 1 else c for c in s)
    s = _DROP_CHARS_RE.sub("", s).translate(_TABLE)
    return _JOIN_RE.sub("", _DROP_SPACES_RE.sub("", s)).lower()


_fold_short = lru_cache(maxsize=1 << 16)(_fold)


def _nfkd(m: re.Match) -> str:
    return unicodedata.normalize("NFKD", m.group())


def _delete(s: str, pattern: re.Pattern) -> tuple[str, tuple[list[int], list[int]] | None]:
    """Remove every match of ``pattern`` from ``s``; also return the deletions: for each, where it
    sits in the result and how many characters were deleted up to and including it."""
    after: list[int] = []
    total: list[int] = []
    parts: list[str] = []
    pos = done = 0
    for m in pattern.finditer(s):
        a, b = m.span()
        parts.append(s[pos:a])
        after.append(a - done)
        done += b - a
        total.append(done)
        pos = b
    if not after:
        return s, None
    parts.append(s[pos:])
    return "".join(parts), (after, total)


def _expand_compat(text: str) -> tuple[str, array]:
    """NFKD-expand accented and compatibility characters, recording where each output char came from."""
    out: list[str] = []
    base = array("l")
    pos = 0
    for m in _NEEDS_NFKD.finditer(text):
        i = m.start()
        out.append(text[pos:i])
        base.extend(range(pos, i))
        rep = unicodedata.normalize("NFKD", text[i])
        out.append(rep)
        base.extend([i] * len(rep))
        pos = i + 1
    out.append(text[pos:])
    base.extend(range(pos, len(text) + 1))
    return "".join(out), base


def _lower_expanding(s: str, base: array | None) -> tuple[str, array]:
    """Replace the characters whose lower case is longer (e.g. 'İ') by that lower case."""
    out: list[str] = []
    new = array("l")
    for i, ch in enumerate(s):
        rep = ch.lower() if len(ch.lower()) != 1 else ch
        out.append(rep)
        new.extend([base[i] if base is not None else i] * len(rep))
    new.append(base[len(s)] if base is not None else len(s))
    return "".join(out), new
