"""Names across scripts: a consonant skeleton that Persian, Arabic and Latin spellings of one name share,
and a rough Latin transliteration of Persian/Arabic names for display.

A foreign name written in Arabic script has many spellings: Zhang is «تشانغ», «تشانج» or «چانگ»; Shoigu
is «شويغو», «شويجو» or «شایگو». They differ in the letters that stand for vowels and in the letter chosen
for a sound Arabic lacks (g as ج, غ, ق or گ). ``skeleton`` keeps only the consonants and folds each group
of letters that spell one sound in some language to one class::

    >>> skeleton("تشانغ وان تشيوان") == skeleton("چانگ وان چوان") == skeleton("Chang Wanquan")
    True
    >>> skeleton("شويجو") == skeleton("Shoigu")
    True

Classes: b/p «ب پ»; t/th «ت ط ث»; d/z/dh «د ذ ز ض ظ»; s/sh «س ص ش»; k/g/j/q/ch/kh/zh
«ک گ ج چ ق غ خ ژ» (and «تش» for ch); f/v «ف» (and a word-initial و); l, r, m, n. Vowel letters
(ا و ی ع ء ه ح and a e i o u y h w) are dropped, the article «ال» / al- / el- is dropped, and a
repeated class collapses («محمد» = "Mohammad" = "Muhamed"). The key ignores spaces, so «عبداللطيف» =
«عبد اللطيف» = "Abdellatif".

``romanize`` gives a Persian/Arabic name a Latin form: word by word from the knowledge base's own
pairs (``LatinLexicon``), else letter by letter. It is a reading aid, not a canonical spelling.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from ..normalise import fold

__all__ = ["skeleton", "token_skeletons", "letter_key", "romanize", "LatinLexicon", "NameIndex", "name_index", "is_arabic_script"]

# Arabic-script letter -> consonant class ('' = dropped). Input is ``fold``ed: ي/ك/ة/أ/ؤ already folded.
_AR_CLASS = {
    "ب": "b", "پ": "b",
    "ت": "t", "ط": "t", "ث": "t",
    "د": "d", "ذ": "d", "ز": "d", "ض": "d", "ظ": "d",
    "س": "s", "ص": "s", "ش": "s",
    "ک": "k", "گ": "k", "ج": "k", "چ": "k", "ق": "k", "غ": "k", "خ": "k", "ژ": "k",
    "ف": "f", "ڤ": "f", "ل": "l", "ر": "r", "م": "m", "ن": "n",
    "ا": "", "و": "", "ی": "", "ع": "", "ه": "", "ح": "", "ء": "",
}
# Latin digraphs first (longest first), then single letters.
_LATIN_DIGRAPHS = (
    ("tch", "k"), ("sch", "s"), ("ch", "k"), ("kh", "k"), ("gh", "k"), ("zh", "k"), ("dj", "k"),
    ("sh", "s"), ("th", "t"), ("dh", "d"), ("ph", "f"), ("ck", "k"), ("ng", "nk"), ("qu", "k"),
    # Polish and Hungarian: sz is s or sh, cz and cs ch, zs zh (Szalay «سالای», Kosiniak-Kamysz «کامیش»)
    ("sz", "s"), ("cz", "k"), ("cs", "k"), ("zs", "k"),
)
_LATIN_CLASS = {
    "b": "b", "p": "b", "t": "t", "d": "d", "z": "d", "s": "s", "k": "k", "g": "k", "j": "k", "q": "k",
    "f": "f", "v": "f", "l": "l", "r": "r", "m": "m", "n": "n",
    "a": "", "e": "", "i": "", "o": "", "u": "", "y": "", "h": "", "w": "", "'": "",
}
_AR_ARTICLE = re.compile(r"^(?:[وبل]?ال|لل)(?=\w{2,})")
_LATIN_ARTICLE = re.compile(r"^(?:al|el|ul|ad|ar|as|ash|at|az|an)-(?=\w)")
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")


def is_arabic_script(text: str) -> bool:
    return bool(_ARABIC_LETTER.search(text))


# Letters whose sound folding would lose: Czech and Croatian č is ch («چرنوخووا» = Černochová), ž zh, ř rzh.
_SOUNDS = str.maketrans({"č": "ch", "Č": "Ch", "ć": "ch", "Ć": "Ch", "ž": "zh", "Ž": "Zh", "ř": "rzh", "Ř": "Rzh"})


def token_skeletons(name: str, keep_article: bool = False) -> list[str]:
    """The skeleton of each word of ``name`` (words whose skeleton is empty are left out).
    ``keep_article``: read a leading «ال» as letters («ألكسندر» is Alexander, not al-Xander)."""
    out = []
    for tok in fold(name.translate(_SOUNDS)).replace("-", " - ").split():
        key = _token_key(tok, keep_article)
        if key:
            out.append(key)
    return out


def vowel_onset(name: str) -> bool | None:
    """Whether the first word of ``name`` that has consonants begins with a letter the skeleton drops
    (a vowel, «ا», «ع», «ح», "h"): «محمد» and "Mohamed" do not, "Imed" and «عماد» do."""
    for tok in fold(name).lower().replace("-", " - ").split():
        if _token_key(tok, False):
            letters = _AR_ARTICLE.sub("", tok) if is_arabic_script(tok) else _LATIN_ARTICLE.sub("", tok)
            first = letters[:1]
            return (_AR_CLASS.get(first) if is_arabic_script(first) else _LATIN_CLASS.get(first, "x")) == ""
    return None


def skeleton(name: str, keep_article: bool = False) -> str:
    """The consonant key of a whole name, spaces ignored (see the module docstring)."""
    return _collapse("".join(token_skeletons(name, keep_article)))


@lru_cache(maxsize=1 << 16)  # every long Arabic-script word of a document is keyed; words repeat
def letter_key(word: str) -> str:
    """A stricter key for one Arabic-script word: each letter's class, vowel letters kept as "v", so
    only words of the same shape match («شويغو» = «شويجو», but «ثاني» ≠ «التعاون»)."""
    w = _AR_ARTICLE.sub("", fold(word)).replace("تش", "چ")
    return "".join(_AR_CLASS.get(c) or ("h" if c in "هح" else "v") for c in w)


@lru_cache(maxsize=1 << 16)  # names and their words repeat across a batch
def _token_key(tok: str, keep_article: bool = False) -> str:
    tok = tok.strip(".,'\"«»()[]“”")
    if not tok or tok in ("-", "al", "el", "ال"):
        return ""
    if is_arabic_script(tok):
        tok = tok if keep_article else _AR_ARTICLE.sub("", tok)
        tok = tok.replace("تش", "چ")
        first = "f" if tok.startswith("و") and len(tok) > 2 else ""
        body = tok[1:] if first else tok
        return _collapse(first + "".join(_AR_CLASS.get(c, "") for c in body))
    tok = _LATIN_ARTICLE.sub("", tok.lower())
    first = ""
    if tok[:1] in ("w", "x"):
        first, tok = ("f" if tok[0] == "w" else "s"), tok[1:]
    out = []
    i = 0
    while i < len(tok):
        for graph, cls in _LATIN_DIGRAPHS:
            if tok.startswith(graph, i):
                out.append(cls)
                i += len(graph)
                break
        else:
            c = tok[i]
            if c == "c":
                out.append("s" if tok[i + 1:i + 2] in ("e", "i", "y") else "k")
            elif c == "x":
                out.append("ks")
            else:
                out.append(_LATIN_CLASS.get(c, ""))
            i += 1
    return _collapse(first + "".join(out))


def _collapse(key: str) -> str:
    return re.sub(r"(.)\1+", r"\1", key)


# ---- display transliteration ---------------------------------------------------------------------

_AR_LATIN = {
    "ا": "a", "ب": "b", "پ": "p", "ت": "t", "ث": "th", "ج": "j", "چ": "ch", "ح": "h", "خ": "kh",
    "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "ژ": "zh", "س": "s", "ش": "sh", "ص": "s", "ض": "d",
    "ط": "t", "ظ": "z", "ع": "'", "غ": "gh", "ف": "f", "ڤ": "v", "ق": "q", "ک": "k", "گ": "g",
    "ل": "l", "م": "m", "ن": "n", "و": "u", "ه": "h", "ی": "i", "ء": "'",
}
_CONSONANTS = set("bcdfghjklmnpqrstvwxz")


class LatinLexicon:
    """Persian/Arabic words with the Latin spelling the knowledge base pairs them with (from persons
    whose English and Persian/Arabic names have the same number of words)."""

    def __init__(self, pairs: dict[str, str] | None = None):
        self.words: dict[str, str] = dict(pairs or {})

    @classmethod
    def from_names(cls, names: list[tuple[str, list[str]]]) -> LatinLexicon:
        """``names``: (English name, [Persian/Arabic spellings]) per person."""
        votes: dict[str, dict[str, int]] = {}
        for en, others in names:
            en_words = en.split()
            for other in others:
                words = fold(other).split()
                if len(words) != len(en_words):
                    continue
                for w, e in zip(words, en_words):
                    if is_arabic_script(w) and not is_arabic_script(e) and _compatible(w, e):
                        votes.setdefault(w, {}).setdefault(e, 0)
                        votes[w][e] += 1
        return cls({w: max(v, key=v.get) for w, v in votes.items()})

    def word(self, w: str) -> str:
        f = fold(w)
        if f in self.words:
            return self.words[f]
        # only a bare «ال»: «إليس» is Ellis, not al-«يس», and «بالماس» is Palmas, not «ب» + al-Maas
        bare = f[2:] if f.startswith("ال") else f
        if bare != f and len(bare) >= 3 and bare in self.words:
            return "al-" + self.words[bare]
        return _letters(f)


def _compatible(ar: str, en: str) -> bool:
    """An aligned pair is kept only when the two words share their skeleton's first consonant."""
    a, b = _token_key(ar), _token_key(en)
    return bool(a and b) and a[0] == b[0]


def romanize(name: str, lexicon: LatinLexicon | None = None) -> str:
    """A Latin reading of a Persian/Arabic name («حسین خانزادی» → "Hossein Khanzadi" when the KB knows
    the words, else a letter-by-letter "Hsin Khanzadi"); Latin names are returned as they are."""
    if not is_arabic_script(name):
        return name
    lex = lexicon or LatinLexicon()
    words = [lex.word(w) for w in fold(name).split()]
    return " ".join(_cap(w) for w in words if w)


def _letters(word: str) -> str:
    out = []
    for i, c in enumerate(word):
        if c == "و":
            out.append("v" if i == 0 else ("o" if out and out[-1][-1:] in _CONSONANTS else "u"))
        elif c == "ی":
            out.append("y" if i == 0 else ("i" if i < len(word) - 1 or word[i - 1] != "ا" else "y"))
        elif c == "ه" and i == len(word) - 1 and i > 0:
            out.append("eh" if word[i - 1] not in "او" else "h")
        elif c in "اع" and i == 0:
            out.append("a")
        else:
            out.append(_AR_LATIN.get(c, c if c.isascii() else ""))
    return "".join(out)


def _cap(word: str) -> str:
    if word.startswith("al-"):
        return "al-" + word[3:].capitalize()
    return word[:1].upper() + word[1:]


# ---- the knowledge base's persons by key ----------------------------------------------------------

# Countries whose languages write a y sound as j (Slavic, German, Nordic, Baltic, Dutch, Hungarian, Albanian).
_J_AS_Y = frozenset({"CZE", "SVK", "POL", "DEU", "AUT", "CHE", "LIE", "NLD", "BEL", "LUX", "DNK", "NOR", "SWE", "FIN",
                     "ISL", "EST", "LVA", "LTU", "HUN", "SRB", "HRV", "SVN", "BIH", "MNE", "MKD", "ALB"})
_J_WORD = re.compile(r"(?<![^\W\d_])[Jj](?=[aeiouyáéíóúäöüåø])")
_MIN_KEY = 5   # shorter skeletons ("Abe" = «دیاب» = "b") say too little to name anyone
_LONG_KEY = 7  # a key this long may match across a different split into words («حسن اف» = "Hasanov")
_NASAB = "bn"  # «بن», "bin", "ben", "ibn": a chain of fathers' names


class NameIndex:
    """Every KB person's names by skeleton, and by the skeletons of their first and last words (a
    middle name dropped on either side: «محمد زكي» is "Mohamed Ahmed Zaki", "Kenneth F. McKenzie" is
    "Kenneth McKenzie")."""

    def __init__(self, persons):
        self.full: dict[str, dict[str, set[int]]] = {}
        self.ends: dict[tuple[str, str], dict[str, set[tuple[int, bool, bool | None]]]] = {}
        self.exact: dict[str, set[str]] = {}
        words: set[str] = set()
        pairs: list[tuple[str, list[str]]] = []
        for p in persons:
            names = [n for lang in ("en", "fa", "ar") for n in p.names.get(lang, [])] + [p.name]
            for n in names:
                self._add(n, p.id)
                self.exact.setdefault(fold(n), set()).add(p.id)
                words.update(w for w in fold(n).split() if len(w) >= 3)
            if p.country in _J_AS_Y:  # «یانا», «ينس»: Jana and Jens said with a y
                for n in {_J_WORD.sub("y", n) for n in names if _J_WORD.search(n)}:
                    self._add(n, p.id)
            pairs.append((p.name, [n for lang in ("fa", "ar") for n in p.names.get(lang, [])]))
        self.latin = LatinLexicon.from_names(pairs)
        self.words = frozenset(words)

    def _add(self, name: str, pid: str) -> None:
        key = skeleton(name)
        toks = token_skeletons(name)
        if len(key) >= _MIN_KEY:
            self.full.setdefault(key, {}).setdefault(pid, set()).add(len(toks))
        if len(toks) >= 2 and len(toks[0]) >= 2 and len(toks[-1]) >= 2:
            self.ends.setdefault((toks[0], toks[-1]), {}).setdefault(pid, set()).add(
                (len(toks), _NASAB in toks, vowel_onset(name)))

    def lookup(self, name: str) -> tuple[set[str], str]:
        """The KB person ids ``name`` may be, and which key found them ("skeleton" / "first+last" /
        "" when none)."""
        spellings = [name]
        if "ز" in name:  # «جیمز», «ترولز»: an s the Latin spelling says as z ("James", "Troels")
            spellings.append(name.replace("ز", "س"))
        if "وو" in name:  # «بوبروونیچکی»: one of two «و» is a v ("Bobrovniczky"), which the skeleton keeps
            spellings.append(name.replace("وو", "وف"))
        tokens = [token_skeletons(n) for n in spellings]  # each spelling's word keys, read once
        words = len(tokens[0])
        keys = [_collapse("".join(tokens[0])), skeleton(name, keep_article=True)] + \
            [_collapse("".join(t)) for t in tokens[1:]]
        for key in dict.fromkeys(keys):
            if len(key) >= _MIN_KEY and key in self.full:
                found = {pid for pid, counts in self.full[key].items()
                         if words in counts or len(key) >= _LONG_KEY}
                if found:
                    return found, "skeleton"
        # one middle name more or less, a first word of two consonants at least that begins alike (with a
        # vowel or not), and no «بن» the person's name lacks: "Baiba Kalnina" is not "Abu ... Julani",
        # «محمد بن ناصر الزعابي» not "Mahamat Déby", «محمد زكي» not "Imed Hazgui"
        for spelling, toks in zip(spellings, tokens):
            if len(toks) >= 2 and len(toks[0]) >= 2 and len(toks[-1]) >= 2:
                nasab, onset = _NASAB in toks, vowel_onset(spelling)
                found = {pid for pid, forms in self.ends.get((toks[0], toks[-1]), {}).items()
                         if any(abs(n - len(toks)) <= 1 and (has or not nasab) and vo == onset for n, has, vo in forms)}
                if found:
                    return found, "first+last"
        return set(), ""


@cache
def name_index(kb) -> NameIndex:
    """The ``NameIndex`` of a knowledge base (built once per knowledge base, or read with it from the
    on-disk cache)."""
    return getattr(kb, "person_keys", None) or NameIndex(kb.persons.values())
