"""Find knowledge-base names in normalised text in one pass of an Aho-Corasick automaton.

Matching runs on the lower-cased normalised text, then keeps a hit only when it stands at word
boundaries — allowing the clitics of each language (Arabic و/ف/ب/ل/ک before a name and «لل» for
«ال», Persian ی/ها/های after it) — and, for Latin-script names, when its capitalisation fits
("US" is not "us", "Chad" the country is capitalised). Overlapping hits resolve longest first.
Ambiguous names (Dushanbe «دوشنبه» is also Monday) need a context word.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import NamedTuple

from ..document import Mention
from ..lexicons import load_lexicon
from ..normalise import fold
from ..phrases import AR_DUAL, AR_NISBA, AR_PRONOUNS, PhraseMatcher
from . import KnowledgeBase
from .model import LANGS
from .name_words import article_countries

__all__ = ["Matcher", "Pattern", "build_phrases", "DATELINE_CREDIT", "DATELINE_AFTER", "after_place_word"]

# Words before an ambiguous place name that make it the place («سفر به دوشنبه», «في دوشنبه»).
_PLACE_CUES = frozenset({
    "به", "در", "شهر", "پایتخت", "مقصد", "فی", "الی", "مدینه", "العاصمه", "عاصمه", "in", "to", "at", "visit",
    "city", "capital",
})
# Words right after it that make it a day, not a place («دوشنبه 12 مهر», «دوشنبه شب»).
_DAY_CUES = frozenset({"شب", "صبح", "عصر", "ظهر", "گذشته", "اینده", "اول", "هفته", "اخیر"})


class Pattern(NamedTuple):
    """What one spelling stands for (a named tuple: tens of thousands load fast from the cache)."""

    kind: str           # country | demonym | place | org | person | person-short | role | role-plural |
                        # title | self | anaphor | counterpart
    entity_id: str
    country: str | None
    case: str | None    # Latin names: "exact" (acronyms), "title" (capitalised), None (any)
    ambiguous: bool = False  # a place that needs a place word before it; a country name that is also a common word
    lang: str | None = None  # the language whose spelling this is (names of entities and titles; None for lexicon words)


class Matcher:
    """An automaton over every name of a knowledge base (built once, reused for every document)."""

    def __init__(self, kb: KnowledgeBase):
        self.phrases = kb.phrases if kb.phrases is not None else build_phrases(kb)
        self.size = self.phrases.size

    def find(self, ntext: str, lang: str | None, ltext: str | None = None) -> list[Mention]:
        """Mentions in ``ntext`` (normalised; ``ltext`` its lower case if already computed)."""
        ltext = ntext.lower() if ltext is None else ltext

        def keep(s: int, e: int, p: Pattern) -> bool:
            return _fits(ntext, ltext, s, e, p, lang)

        return [m for s, e, ps in self.phrases.find(ltext, lang, keep)
                for m in _mentions(ntext, s, e, _dateline_place(ntext, s, e, _in_language(ps, lang)))]


def build_phrases(kb: KnowledgeBase) -> PhraseMatcher[Pattern]:
    """The automaton over every name of ``kb`` (what the on-disk cache keeps with the KB)."""
    return PhraseMatcher(_patterns(kb), sort_key=_pattern_order, ar_suffixes=AR_NISBA | AR_PRONOUNS | AR_DUAL)


def _pattern_order(p: Pattern) -> tuple:
    return (p.kind, p.entity_id)


def _patterns(kb: KnowledgeBase):
    """(spelling, Pattern) for every name in the KB and the mentions lexicon."""
    for c in kb.countries.values():
        # a name that is also a common word («مالی» financial, «ترک» leaving) counts only in context
        ambiguous = {fold(n) for lang in LANGS for n in c.data.get("common_word", {}).get(lang, [])}
        for lang, names in c.names.items():
            for n in names:
                yield n, Pattern("country", c.id, c.id, _case(n, lang), fold(n) in ambiguous, lang)
        for lang, names in c.data.get("demonyms", {}).items():
            for n in names:
                yield n, Pattern("demonym", c.id, c.id, _case(n, lang), fold(n) in ambiguous, lang)
    for p in kb.places.values():
        for lang, names in p.names.items():
            for n in names:
                yield n, Pattern("place", p.id, p.country, _case(n, lang), p.data.get("ambiguous", False), lang)
    for o in kb.orgs.values():
        kind = "outlet" if o.data.get("subkind") == "outlet" else "org"
        for lang, names in o.names.items():
            for n in names:
                yield n, Pattern(kind, o.id, o.country, _case(n, lang), False, lang)
    for person in kb.persons.values():
        for lang, names in person.names.items():
            for n in names:
                for v in (_latin_variants(n) if lang == "en" else (n,)):
                    yield v, Pattern("person", person.id, person.country, _case(v, lang), False, lang)
        for n in person.short:
            yield n, Pattern("person-short", person.id, person.country, _case(n, "en" if n.isascii() else "fa"))
    for r in kb.roles.values():
        for lang, names in r.names.items():
            for n in names:
                yield n, Pattern("role", r.id, r.country, None)  # (a US combatant command: USA)
        for lang, names in r.data.get("plural", {}).items():
            for n in names:
                yield n, Pattern("role-plural", r.id, None, None)
    for t in kb.titles.values():
        for lang, names in t.names.items():
            for n in names:
                yield n, Pattern("title", t.id, None, None, lang=lang)
    lex = load_lexicon("mentions")
    for kind in ("self", "anaphor", "counterpart", "idiom"):
        for lang, names in lex.get(kind, {}).items():
            for n in names:
                yield n, Pattern(kind, kind, None, None)


def _latin_variants(name: str) -> list[str]:
    """How the press writes a Latin name beside the KB's spelling: an initial without its full stop
    ("Joseph F Dunford"), a hyphen set apart or dropped ("Jeong Kyeong - Doo", "Kyeong doo")."""
    out = [name, re.sub(r"(?<=\b[A-Z])\.(?= )", "", name)]
    if re.search(r"\w-\w", name):
        out += [re.sub(r"(?<=\w)-(?=\w)", " - ", v) for v in out] + [re.sub(r"(?<=\w)-(?=\w)", " ", v) for v in out]
    return list(dict.fromkeys(out))


def _case(name: str, lang: str) -> str | None:
    """How a Latin-script name must be capitalised in the text."""
    if not name.isascii() or lang != "en":
        return None
    letters = [c for c in name if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(letters) <= 6:
        return "exact"
    return "title" if name[:1].isupper() else None


_MINISTER = re.compile(r".*?(?<!\S)(?:[وفل])?وزیره? ")  # «وزير», «ووزيرة» (and the minister) before a name


def _fits(ntext: str, ltext: str, s: int, e: int, p: Pattern, lang: str | None) -> bool:
    """Capitalisation of Latin names, Arabic nisba suffixes only on countries, ambiguity context."""
    if p.kind == "title" and lang in ("fa", "ar") and p.lang in ("fa", "ar") and p.lang != lang:
        return False  # a Persian title in Arabic text is another word: «امام» there is «أمام», "before"
    if p.case == "exact" and ntext[s:e] != ntext[s:e].upper():
        return False
    if p.kind == "org" and lang in ("fa", "ar") and _MINISTER.fullmatch(ltext, max(0, s - 12), s):
        return False  # «وزيرة القوات المسلحة الفرنسية», «وزیر نیروهای مسلح فرانسه»: the minister's office and a
        # country, not the armed forces
    if p.case == "title" and not ntext[s:s + 1].isupper():
        return False
    if s > 0 and ltext[s - 1] == "ک" and p.kind in ("person", "person-short", "place") and lang != "fa":
        return False  # «كوانغ» (Quang) is no «ك» + «وانغ» (like Wang), «وكرم» no «و» + «ك» + «رم» (and like
        # Rome): names do not take "like"
    if p.kind in ("person", "person-short") and s >= 2 and ltext[s - 2:s] == "ال" \
            and (s == 2 or not ltext[s - 3].isalnum()) and p.country not in article_countries():
        return False  # «أليون» is no «ال» + «يون» (Yoon): only Arab and Iranian names take the article
    if e < len(ltext) and ltext[e].isalnum() and not ltext[s:e].isascii():
        suffix = _glued(ltext, e)
        if (lang == "ar" or lang == "fa" and ltext.startswith("ال", s)) and suffix in AR_NISBA \
                and p.kind not in ("country", "demonym"):
            return False  # nisba endings make adjectives of countries, not of people or places (in Persian
            # text too, an Arabic word: «دریادار الرئیسی» is a surname, not «الرئیس»)
        if lang == "ar" and suffix in AR_DUAL and p.kind != "demonym":
            return False  # «القائدان العسكريان الروسيان»: the dual of a nationality only
        if lang == "ar" and suffix in AR_PRONOUNS and p.kind not in ("role", "role-plural", "counterpart"):
            return False  # «نظيره», «وزيره»; a country or name takes no pronoun
    if p.ambiguous and p.kind == "place":
        # a whole word only: «آبهای» (waters) is not Abha with a suffix
        return not (e < len(ltext) and ltext[e].isalnum()) and (
            _place_context(ltext, s, e, lang) or _at_dateline(ntext, s, e))
    return True


# What may follow a dateline's city before its dash: a region and an agency credit ("PORT OF SPAIN,
# Trinidad (CW) -", "PANAMA CITY (Hemisphere Report) -"); other stages compose it with what they accept.
DATELINE_CREDIT = r"\s*(?:\[[^\[\]\n]{1,30}\]\s*)?(?:,\s*[^\W\d][\w .'-]{0,30}?\s*(?=\())?(?:\([^()\n]{0,40}\)\s*)?"
# ("New Delhi [India], August 29 (ANI):" — a country in square brackets after the city)
# What follows a dateline's city: a dash, or a date ("BEIJING, June 26", «جورج تاون، 27 فبراير (برناما) --»,
# «الدوحة في 19 أبريل /قنا/»).
DATELINE_AFTER = re.compile(DATELINE_CREDIT
                            + r"(?:[-–—:]|[,،]\s*\w+\.?\s+\d|[,،]\s*\d{1,2}\s+\w+|\s+فی\s+\d{1,2}\s+\w+)")


def _at_dateline(ntext: str, s: int, e: int) -> bool:
    """The name opens a line and a dash or an agency credit follows: a dateline («عمان - », "PANAMA CITY -")."""
    return (s == 0 or ntext[s - 1] == "\n") and bool(DATELINE_AFTER.match(ntext, e))


def _in_language(ps: tuple[Pattern, ...], lang: str | None) -> tuple[Pattern, ...]:
    """Of a Persian and an Arabic spelling that fold alike, the document's: «مراكش» is Marrakesh in Arabic
    and «مراکش» Morocco in Persian."""
    if len(ps) < 2 or lang not in ("fa", "ar") or not any(p.lang == lang for p in ps):
        return ps
    other = "ar" if lang == "fa" else "fa"
    kept = tuple(p for p in ps if p.lang != other)
    return kept or ps


def _dateline_place(ntext: str, s: int, e: int, ps: tuple[Pattern, ...]) -> tuple[Pattern, ...]:
    """At a dateline («عمان - استقبل», "MINSK —") a name that is both a country and a city is the city
    (Amman, not Oman; Kuwait City, not Kuwait)."""
    if len(ps) < 2 or not any(p.kind == "place" for p in ps) or not any(p.kind == "country" for p in ps):
        return ps
    if _at_dateline(ntext, s, e):
        return tuple(p for p in ps if p.kind == "place")
    return ps


def _glued(ltext: str, e: int) -> str:
    te = e
    while te < len(ltext) and ltext[te].isalnum():
        te += 1
    return ltext[e:te]


def _place_context(ltext: str, s: int, e: int, lang: str | None) -> bool:
    """An ambiguous place name counts only after a place cue and not before a day cue."""
    if lang == "ar" and "دوشنبه" in ltext[s:e]:
        return True  # Arabic says الاثنين for Monday: «دوشنبه» in Arabic is the city
    after = ltext[e:e + 20].split()
    if after and (after[0][:1].isdigit() or after[0] in _DAY_CUES):
        return False
    return after_place_word(ltext, s)


def after_place_word(ltext: str, s: int, also: frozenset[str] = frozenset()) -> bool:
    """The word before ``s`` in the lower-cased normalised ``ltext`` is a place cue («به», «في», "to")
    or one of ``also``."""
    before = ltext[max(0, s - 30):s].split()
    return bool(before) and (before[-1] in _PLACE_CUES or before[-1] in also)


def _mentions(ntext: str, s: int, e: int, patterns: tuple[Pattern, ...]) -> list[Mention]:
    """One mention per kind at a span; several entities of one kind become candidates."""
    if len(patterns) == 1:  # most spans
        p = patterns[0]
        return [Mention(s, e, ntext[s:e], p.kind, p.entity_id, p.country, data=_flags(p))]
    by_kind: dict[str, list[Pattern]] = defaultdict(list)
    for p in patterns:
        by_kind[p.kind].append(p)
    kind = min(by_kind, key=_KIND_PRIORITY.index)
    ps = list({p.entity_id: p for p in by_kind[kind]}.values())  # two spellings of one entity folding alike
    text = ntext[s:e]
    if len(ps) == 1:
        return [Mention(s, e, text, kind, ps[0].entity_id, ps[0].country, data=_flags(ps[0]))]
    countries = {p.country for p in ps}
    return [Mention(s, e, text, kind, None, countries.pop() if len(countries) == 1 else None,
                    data={"candidates": [p.entity_id for p in ps]})]


def _flags(p: Pattern) -> dict:
    """A country name or adjective that is also a common word is marked for the mentions stage."""
    return {"common_word": True} if p.ambiguous and p.kind in ("country", "demonym") else {}


_KIND_PRIORITY = ["person", "country", "place", "demonym", "org", "outlet", "role", "role-plural", "title",
                  "person-short", "self", "anaphor", "counterpart"]
