"""The mentions stage: knowledge-base entities and unknown office-holders in a document.

Adds ``doc.mentions`` (sorted by position, clutter lines excluded), resolves surnames used alone
(«حاتمی», "Shoigu") and names shared by several people to one person using the full names in the
document, the offices held on its date and the role written next to the name, and records the
outlet (``doc.meta["outlet"]``) and its country (``doc.meta["home_country"]``), which «کشورمان» /
«بلادنا» / "our country" refer to.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from difflib import SequenceMatcher
from functools import cache
from urllib.parse import urlparse

from .document import Document, Mention, Spans, standalone_spans
from .kb import Entity, KnowledgeBase, Term, load_kb
from .kb.matcher import Matcher, after_place_word
from .kb.name_words import (COUNTRY_KINDS, called_by, country_near, overlapping, regnal_numbers, stop_words,
                             without_suffix)
from .kb.people import find_unknown_persons
from .kb.translit import letter_key, name_index, skeleton, token_skeletons
from .lexicons import load_lexicon, table_words, words_pattern
from .normalise import fold

__all__ = ["mentions_stage", "matcher_for"]


@cache
def matcher_for(kb: KnowledgeBase) -> Matcher:
    """The automaton of ``kb`` (built once per knowledge base)."""
    return Matcher(kb)


def mentions_stage(doc: Document, kb: KnowledgeBase | None = None) -> Document:
    """Find entity mentions, add unknown persons, resolve ambiguous persons, find the outlet."""
    kb = kb or load_kb()
    # an idiom holding a place's name («مسقط رأسه», birthplace) outmatches the place, then names nothing
    found = [m for m in matcher_for(kb).find(doc.ntext, doc.lang, doc.ltext) if m.kind != "idiom"]
    outlet = _outlet(doc, kb, found)
    masthead = _masthead_country(doc, found)
    if masthead is not None and (outlet is None or outlet.country != masthead) and not _outlet_by_site(doc, kb):
        # "MANILA STANDARD … AFP welcomes …": the paper's own country, not that of an agency it cites
        outlet = None
    if outlet is not None:
        doc.meta["outlet"] = outlet.id
        doc.meta["outlet_name"] = outlet.name
        if outlet.country:
            doc.meta["home_country"] = outlet.country
    elif doc.lang == "fa" and (site := _official_site_country(doc, found)) is not None:
        doc.meta["home_country"] = site  # «پایگاه رسمی رئیس جمهور جمهوری تاجیکستان»: «کشورمان» is Tajikistan
    elif masthead is not None:
        doc.meta["home_country"] = masthead  # "COOK ISLANDS NEWS", "Samoa Observer": the paper's own country
    elif doc.lang == "fa":
        # Persian-script news outlets the KB does not know are overwhelmingly Iranian (Afghan and
        # foreign ones are in the KB); «کشورمان» in them means Iran.
        doc.meta["home_country"] = "IRN"
        doc.meta["home_country_assumed"] = True
    found = _heads_of_state(doc.ntext, found)
    found = _vocalised(doc, kb, found)
    found = _city_of_the_other_country(kb, found)
    found = _ambiguous(doc, kb, found, COUNTRY_KINDS)
    found = _ambiguous(doc, kb, found, ("place",))
    found = _common_words_in_context(doc, found)
    found = _org_of_the_next_country(doc.ntext, found)
    index = name_index(kb)
    found = _longest_names(doc.ntext, kb, found)
    found = _variant_full_names(doc, kb, found)
    mentions = _resolve_persons(doc, kb, [m for m in found if not doc.is_clutter(m.start)])
    mentions = _namesakes(doc, kb, mentions)
    mentions = _surname_mentions(doc, kb, mentions)
    unknown = find_unknown_persons(doc.ntext, mentions, doc.lang, index.words)
    surnames_in_doc = _kb_surnames(kb, mentions)
    unknown = [_named_in_doc(kb, m, surnames_in_doc) for m in unknown]
    mentions.extend(x for x in (_by_key(doc, kb, m) for m in unknown) if x is not None)
    mentions = _titled_surnames(doc, kb, mentions)
    mentions = _not_another_named_so(doc, kb, mentions)
    if doc.lang == "en":
        mentions = _capitalised_by_key(doc, kb, mentions)
    mentions.sort(key=lambda m: (m.start, m.end))
    mentions = _surname_mentions(doc, kb, mentions)
    mentions = _titled_first_names(doc, kb, mentions)
    mentions = _monarchs_by_first_name(doc, kb, mentions)
    mentions = _given_names(kb, mentions)
    mentions = _not_governments(doc, mentions)
    if doc.lang in ("fa", "ar"):
        mentions = _cities_by_key(doc, kb, mentions)
    if doc.lang == "ar":
        mentions = _demonyms_by_key(doc, kb, mentions)
    doc.mentions = _inside_names(_unknown_surnames(doc, mentions))
    return doc


@cache
def _city_words() -> re.Pattern | None:
    return words_pattern(table_words("mentions", "city_word"))


def _spelling_keys(entities, langs: tuple[str, ...] | None = None) -> dict[str, frozenset[str]]:
    """Consonant key (``skeleton``) of every spelling (in ``langs``, default all) of every entity → the ids of
    the entities spelt so (keys of three consonants or more)."""
    keys: dict[str, set[str]] = {}
    for e in entities:
        for name in {n for lang, names in e.names.items() if langs is None or lang in langs for n in names}:
            key = skeleton(name)
            if len(key) >= 3:
                keys.setdefault(key, set()).add(e.id)
    return {k: frozenset(v) for k, v in keys.items()}


@cache
def _place_keys(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    return _spelling_keys(kb.places.values())


_WORD_AFTER = re.compile(r"\s+([^\s\d.,،؛:()«»\"]+)")  # the word after a cue, up to punctuation


def _cities_by_key(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> list[Mention]:
    """«در شهر بنگلورو», «في مدينة بنغالورو»: a word right after a city word that no mention covers, spelt in a
    way the knowledge base does not list, is the one place of a country the page names whose consonant key
    it has (Bengaluru)."""
    words = _city_words()
    cues = list(words.finditer(doc.ltext)) if words is not None else []
    if not cues:
        return mentions
    countries = {m.country for m in mentions if m.country}
    added: list[Mention] = []
    for cue in cues:
        nxt = _WORD_AFTER.match(doc.ntext, cue.end())
        if nxt is None or doc.is_clutter(cue.start()) \
                or any(m.start < nxt.end(1) and nxt.start(1) < m.end for m in mentions):
            continue
        found = [pid for pid in _place_keys(kb).get(skeleton(nxt.group(1)), ())
                 if kb.places[pid].country in countries]
        if len(found) == 1:
            place = kb.places[found[0]]
            added.append(Mention(nxt.start(1), nxt.end(1), nxt.group(1), "place", place.id, place.country,
                                 data={"key": "place skeleton"}))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


@cache
def _country_keys(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    return _spelling_keys(kb.countries.values(), ("ar",))  # (the key leaves the article out)


_NISBA = re.compile(r"(?:ان)?(?:ی|یه|یون|یین|یان|یتان)$")  # «-ي», «-ية», «-انية»: of a country
_ARTICLE_WORD = re.compile(r" (ال[^\s\d.,،؛:()«»\"]{4,})")  # the word with the article right after a mention


def _demonyms_by_key(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> list[Mention]:
    """«الرئيس الباراغوياني», «نظيره الفانواتي»: an adjective with the article right after an office or
    "counterpart", spelt in a way the knowledge base does not list, is the demonym of the one country whose
    Arabic name has its consonant key (the nisba ending, and «ان» before it, taken off)."""
    added: list[Mention] = []
    for m in mentions:
        if m.kind not in ("role", "counterpart"):
            continue
        nxt = _ARTICLE_WORD.match(doc.ntext, m.end)
        if nxt is None or any(x.start < nxt.end(1) and nxt.start(1) < x.end for x in mentions):
            continue
        stem = _NISBA.sub("", fold(nxt.group(1))[2:])
        found = _country_keys(kb).get(skeleton(stem), frozenset()) if len(stem) >= 4 else frozenset()
        if len(found) == 1:
            country = next(iter(found))
            added.append(Mention(nxt.start(1), nxt.end(1), nxt.group(1), "demonym", country, country,
                                 data={"key": "demonym skeleton"}))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


@cache
def _site_words() -> tuple[str, ...]:
    return tuple(fold(w) for w in load_lexicon("mentions").get("official_site", {}).get("fa", []))


def _official_site_country(doc: Document, found: list[Mention]) -> str | None:
    """The country whose official site or national agency a Persian page's first line names («پایگاه رسمی
    رئیس جمهور جمهوری تاجیکستان», «خبرگزاری ملی تاجیکستان»; ``official_site`` in mentions.toml), if any."""
    end = doc.ntext.find("\n")
    line = doc.ntext[:end if end >= 0 else len(doc.ntext)]
    if len(line.split()) > 12 or not any(w in fold(line) for w in _site_words()):
        return None
    return next((m.country for m in found if m.end <= len(line) and m.kind == "country" and m.country), None)


def _masthead_country(doc: Document, found: list[Mention]) -> str | None:
    """The country an English page's first line names (or whose city it names) when that line is a newspaper's
    or agency's name of a few words ("COOK ISLANDS NEWS", "The Fiji Times", "MANILA STANDARD"; ``press_name``
    in mentions.toml), or that the short line under it names ("Press Information Bureau / Government of India")."""
    if doc.lang != "en":
        return None
    lines = doc.ntext.split("\n", 2)
    words = fold(lines[0]).split()
    if not 2 <= len(words) <= 5 or not any(w in table_words("mentions", "press_name") for w in words):
        return None
    second = len(lines) > 1 and len(lines[1].split()) <= 5
    for end in (len(lines[0]), len(lines[0]) + 1 + len(lines[1]) if second else -1):
        named = {m.country for m in found if m.end <= end and m.kind in ("country", "demonym", "place") and m.country}
        if named:
            return named.pop() if len(named) == 1 else None
    return None


def _org_of_the_next_country(ntext: str, found: list[Mention]) -> list[Mention]:
    """«ستاد کل نیروهای مسلح فیلیپین»: a body's name the KB gives one country («ستاد کل نیروهای مسلح»,
    Iran's) followed at once by another country's name is that country's body of the same name."""
    out = list(found)
    for i, m in enumerate(out[:-1]):
        nxt = out[i + 1]
        if m.kind == "org" and m.country and nxt.kind in COUNTRY_KINDS and nxt.country \
                and nxt.country != m.country and not ntext[m.end:nxt.start].strip():
            out[i] = replace(m, country=nxt.country)
    return out


def _ambiguous(doc: Document, kb: KnowledgeBase, found: list[Mention], kinds: tuple[str, ...]) -> list[Mention]:
    """«الوزير الكوري», "the Congolese minister": a demonym or country name of two countries is the one of
    them that the page names without doubt elsewhere («جمهورية كوريا», "Kinshasa"), and of two so named the only
    one whose people it names, else the first named (North Korea as a topic of South Korea's minister);
    "GEORGE TOWN" (Malaysia's or the Cayman Islands'): a place name of several places is the one in the only one of
    their countries the page names. Else it stays open."""
    def open_(m: Mention) -> bool:
        return m.entity_id is None and m.kind in kinds and bool(m.data.get("candidates"))

    if not any(open_(m) for m in found):
        return found
    named = _named_countries(doc, found)
    peopled = {m.country for m in found if m.kind == "person" and m.entity_id and not doc.is_clutter(m.start)}
    first_named: dict[str, int] = {}
    for m in found:
        if m.country in named and m.kind in ("country", "demonym", "place", "person") and not doc.is_clutter(m.start):
            first_named.setdefault(m.country, m.start)
    out = []
    for m in found:
        if open_(m):
            known = [c for c in m.data["candidates"] if _country_of(kb, c) in named]
            if len(known) > 1:  # both Koreas named: the one whose people the page names, else the one named first
                known = [c for c in known if _country_of(kb, c) in peopled] or \
                    [min(known, key=lambda c: first_named[_country_of(kb, c)])]
            if len(known) == 1:
                m = Mention(m.start, m.end, m.text, m.kind, known[0], _country_of(kb, known[0]),
                            data={"resolved_by": "page"})
        out.append(m)
    return out


def _country_of(kb: KnowledgeBase, entity_id: str) -> str | None:
    """The country of a country id (itself) or of a place id."""
    place = kb.places.get(entity_id)
    return place.country if place is not None else entity_id


# What may stand between two names of a list («قطری و ترکی», "Turkiye, Chad", «روسی-ترکی»)
_LIST_GAP = re.compile(r"\s*(?:[,،\-–/&]|و|and)\s*")
_NEXT_TO_A_NAME = frozenset({"role", "role-plural", "counterpart", "title", "person"})


def _common_words_in_context(doc: Document, found: list[Mention]) -> list[Mention]:
    """«حمایت مالی» (financial), «پیش از ترک باکو» (leaving): a country name or adjective that is also a
    common word (``common_word`` in countries.toml) is that country only next to an office or a name
    («وزیر دفاع مالی», «همتای ترک», "Polish Chief of General Staff"), after a place word («در مالی»,
    "to Chad"), in a list of countries («قطری و ترکی»), or when the page names the country otherwise."""
    if not any(m.data.get("common_word") for m in found):
        return found
    named = _named_countries(doc, found)
    return [m for i, m in enumerate(found)
            if not m.data.get("common_word") or m.country in named or _word_in_context(doc, found, i)]


def _named_countries(doc: Document, found: list[Mention]) -> set[str]:
    """The countries the page names without doubt outside clutter: by name or adjective (not one that is
    also a common word), a place or a person of theirs."""
    return {m.country for m in found if m.country and not m.data.get("common_word")
            and m.kind in ("country", "demonym", "place", "person") and not doc.is_clutter(m.start)}


_COUNTRY_WORDS = frozenset({"کشور", "country"})  # «کشور مالی», "the country Mali"


def _word_in_context(doc: Document, found: list[Mention], i: int) -> bool:
    ntext, m = doc.ntext, found[i]
    prev = next((p for p in reversed(found[:i]) if p.end <= m.start), None)
    nxt = next((n for n in found[i + 1:] if n.start >= m.end), None)
    for other, gap in ((prev, ntext[prev.end:m.start] if prev else None),
                       (nxt, ntext[m.end:nxt.start] if nxt else None)):
        if other is None:
            continue
        if other.kind in _NEXT_TO_A_NAME and not gap.strip(" \u200c"):
            return True  # «وزیر دفاع مالی», «الوزير الكندي», "Polish Chief of General Staff"
        if other.kind in ("country", "demonym") and not other.data.get("common_word") \
                and _LIST_GAP.fullmatch(gap):
            return True
    return m.kind == "country" and after_place_word(doc.ltext, m.start, _COUNTRY_WORDS)


_HARAKAT = re.compile("[\u064b-\u0652]")


@cache
def _vocalised_names(kb: KnowledgeBase) -> dict[str, list[tuple[str, Entity]]]:
    """Arabic-script names of countries and places the KB writes with their short vowels or shadda
    («عمّان» Amman), by the form the normaliser makes of them («عمان», also Oman)."""
    out: dict[str, list[tuple[str, Entity]]] = {}
    for kind in ("country", "place"):
        for e in kb.by_kind[kind].values():
            for n in e.names.get("fa", []) + e.names.get("ar", []):
                if _HARAKAT.search(n):
                    out.setdefault(fold(n), []).append((n.replace("\u0640", ""), e))
    return out


def _vocalised(doc: Document, kb: KnowledgeBase, found: list[Mention]) -> list[Mention]:
    """«وصل إلى عمّان»: where the text keeps the diacritics that tell two names apart, the entity
    spelled with them («عمّان» Amman) wins over the one the normalised form would give (Oman)."""
    if not _HARAKAT.search(doc.text):
        return found
    table = _vocalised_names(kb)
    out = []
    for m in found:
        entries = table.get(fold(m.text)) if m.kind in ("country", "place") else None
        if entries:
            raw = doc.text[slice(*doc.to_original(m.start, m.end))].replace("\u0640", "")
            e = next((e for n, e in entries if n in raw), None)
            if e is not None and e.id != m.entity_id:
                m = Mention(m.start, m.end, m.text, e.kind, e.id, e.country)
        out.append(m)
    return out


@cache
def _ambiguous_cities(kb: KnowledgeBase) -> dict[str, list[Entity]]:
    """Folded spellings of cities marked ambiguous (``places.toml``) -> the cities."""
    out: dict[str, list[Entity]] = {}
    for e in kb.by_kind["place"].values():
        if e.data.get("ambiguous"):
            for n in {fold(n) for lang in ("fa", "ar") for n in e.names.get(lang, [])}:
                out.setdefault(n, []).append(e)
    return out


def _city_of_the_other_country(kb: KnowledgeBase, found: list[Mention]) -> list[Mention]:
    """«وصل إلى عمان» in a story about Jordan: a country's name that is also the spelling of another
    country's city («عمان»: Oman, Amman) is that city when the text names the city's country and
    nothing else of the first one."""
    table = _ambiguous_cities(kb)
    hits = [(i, m) for i, m in enumerate(found) if m.kind == "country" and fold(m.text) in table]
    if not hits:
        return found
    out = list(found)
    spellings: dict[str, set[str]] = {}  # country -> its folded spellings in the text
    for x in found:
        if x.country:
            spellings.setdefault(x.country, set()).add(fold(x.text))
    for i, m in hits:
        text = fold(m.text)
        others = {c for c, texts in spellings.items() if texts - {text}}
        cities = [e for e in table[text] if e.country != m.country and e.country in others]
        if len(cities) == 1 and m.country not in others:
            out[i] = Mention(m.start, m.end, m.text, "place", cities[0].id, cities[0].country)
    return out


@cache
def _government_words() -> dict[str, frozenset[str]]:
    return {lang: frozenset(fold(w) for w in ws) for lang, ws in load_lexicon("names").get("governments", {}).items()}


def _not_governments(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """A person named for his government ("the Trump administration", «إدارة الرئيس ترامب», «دولت ترامپ»)
    takes part in nothing: he is read as his country (``governments`` in names.toml)."""
    words = _government_words().get(doc.lang or "", frozenset())
    if not words:
        return mentions
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.kind in ("person", "person-short") and m.country and _names_a_government(doc, mentions, i, words):
            if out and out[-1].kind in ("role", "title") and not doc.ntext[out[-1].end:m.start].strip():
                out.pop()  # «إدارة الرئيس ترامب», "President X's government": the office goes with the name
            m = replace(m, kind="country", entity_id=m.country, data={"government": True})
        out.append(m)
    return out


def _names_a_government(doc: Document, mentions: list[Mention], i: int, words: frozenset[str]) -> bool:
    m = mentions[i]
    if doc.lang == "en":
        after = re.findall(r"\w+", fold(doc.ntext[m.end:m.end + 20]).replace("'s ", " ").replace("’s ", " "))
        return bool(after) and after[0] in words and doc.ntext[m.end:m.end + 1] in (" ", "'", "’")
    start = m.start
    if i and mentions[i - 1].kind in ("role", "title") and not doc.ntext[mentions[i - 1].end:start].strip():
        start = mentions[i - 1].start  # «إدارة الرئيس ترامب»: an office between
    before = fold(doc.ntext[max(0, start - 20):start]).split()
    return any(" ".join(before[-k:]) in words for k in (1, 2) if len(before) >= k)


def _inside_names(mentions: list[Mention]) -> list[Mention]:
    """Drop the places and demonyms a name found later contains ("Jaroslav" in "Jaroslav Nad", «ایرانی»
    in «شهرام ایرانی»)."""
    names = Spans((m.start, m.end) for m in mentions if m.kind == "person" and m.data.get("unknown"))
    if not names:
        return mentions
    return [m for m in mentions if m.kind not in ("place", "demonym", "country")
            or not any(a <= m.start and m.end <= b and (a, b) != (m.start, m.end)
                       for a, b in names.overlapping(m.start, m.end))]


def _kb_surnames(kb: KnowledgeBase, mentions: list[Mention]) -> dict[str, list[tuple[str, str]]]:
    """The KB persons named in a document, by the last word of each of their names of two words or
    more (of three letters or more): (first word, person id), in the order of their mentions."""
    out: dict[str, list[tuple[str, str]]] = {}
    seen: set[str] = set()
    for k in mentions:
        if k.kind != "person" or not k.entity_id or k.entity_id not in kb.persons or k.entity_id in seen:
            continue
        seen.add(k.entity_id)
        for name in kb.persons[k.entity_id].all_names():
            kw = fold(name).split()
            if len(kw) >= 2 and len(kw[-1]) >= 3:
                out.setdefault(kw[-1], []).append((kw[0], k.entity_id))
    return out


def _named_in_doc(kb: KnowledgeBase, m: Mention, surnames: dict[str, list[tuple[str, str]]]) -> Mention:
    """«محمدحسین باقری» in an article about «محمد باقری»: an unknown full name with the surname of a KB
    person of the article (``surnames``, from ``_kb_surnames``) and a first name that begins with his
    is that person."""
    words = fold(m.text).split()
    if m.entity_id or len(words) < 2:
        return m
    for first, pid in surnames.get(words[-1], ()):
        if words[0].startswith(first):
            p = kb.persons[pid]
            return Mention(m.start, m.end, m.text, "person", p.id, p.country, data={"key": "surname in article"})
    return m


def _by_key(doc: Document, kb: KnowledgeBase, m: Mention) -> Mention | None:
    """An unknown name that is a KB person's in another spelling («تشانج وان تشيوان», «شويجو», "Florence
    Parley") or without a middle name («محمد زكي»): that person, when the key names one who fits the
    country, the role and the day."""
    if m.entity_id:
        return m
    if m.data.get("single"):
        return _surname_of_holder(doc, kb, m)
    if fold(m.text).split()[-1] in regnal_numbers():
        return m  # «الملك محمد الخامس»: a king's regnal name, no family name to key on
    ids, how = name_index(kb).lookup(without_suffix(m.text))
    if m.country:
        ids = {i for i in ids if kb.persons[i].country == m.country}
    ids = {i for i in ids if _spelt_alike(kb, i, m.text)}
    if not ids:
        return _holder_named(doc, kb, m)
    chosen = _choose(kb, sorted(ids), set(), doc.published_date, m.data.get("role"))
    if chosen is None:
        return m
    return Mention(m.start, m.end, m.text, "person", chosen, kb.persons[chosen].country, data={"key": how})


def _holder_named(doc: Document, kb: KnowledgeBase, m: Mention) -> Mention:
    """«سپهبد شوهرت خالموخامدوف، وزیر دفاع ازبکستان», «مباي سيسي، رئيس الأركان العامة للجيوش السنغالية»: an
    unknown name written with an office and its country is that office's KB holder of the day when its family
    name (last word, or first: "Kano Koji") has the holder's consonants, or the whole name has, however the
    vowels and the other words are spelt."""
    role, day = m.data.get("role"), doc.published_date
    words = token_skeletons(without_suffix(m.text))
    if not role or not m.country or day is None or len(words) < 2:
        return m

    def alike(name: str) -> bool:
        t = token_skeletons(name)
        if t == words:
            return True
        ends = [(t[-1], words[-1]), (t[0], words[-1]), (t[-1], words[0])] if len(t) > 1 else []
        return any(a == b and len(a) >= 2 for a, b in ends)

    found = [p for p in kb.holder(m.country, role, day) if any(alike(n) for n in [p.name, *p.all_names()])]
    if len(found) != 1 or not _spelt_alike(kb, found[0].id, m.text):
        return m
    return Mention(m.start, m.end, m.text, "person", found[0].id, found[0].country, data={"key": "office holder"})


def _surname_of_holder(doc: Document, kb: KnowledgeBase, m: Mention) -> Mention | None:
    """A lone word after an office and its country («وزير الدفاع الروسي شويجو»): the KB person of that
    country and office whose surname has its skeleton, else nobody."""
    key = skeleton(m.text)
    if len(key) < 2:
        return None
    role, day = m.data.get("role"), doc.published_date
    found = [p for p in kb.persons.values() if p.country == m.country
             and any(t.role == role and (day is None or t.covers(day)) for t in p.terms)
             and any(token_skeletons(n)[-1:] == [key] for n in [p.name, *p.all_names(), *p.short] if token_skeletons(n))]
    if len(found) != 1:
        return None
    return Mention(m.start, m.end, m.text, "person", found[0].id, found[0].country,
                   data={"key": "surname skeleton", "short": True})


_CAPITALISED = re.compile(r"\b[A-Z][a-z'-]+(?: [A-Z]\.?)?(?: [A-Z][a-z'-]+){1,2}\b")


def _capitalised_by_key(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> list[Mention]:
    """English names the automaton missed because they are misspelt ("Florence Parley" for Florence
    Parly): a run of capitalised words whose skeleton is a KB person's full name. A place the run
    contains ("Florence") is the name's, not a place."""
    blocked = [(m.start, m.end) for m in mentions if m.kind != "place"]
    added: list[Mention] = []
    for run in _CAPITALISED.finditer(doc.ntext):
        a, b = run.span()
        if any(x < b and a < y for x, y in blocked) or doc.is_clutter(a):
            continue
        ids, how = name_index(kb).lookup(run.group())
        if how != "skeleton":
            continue
        ids = {i for i in ids if _spelt_alike(kb, i, run.group())}
        chosen = _choose(kb, sorted(ids), set(), doc.published_date, None)
        if chosen is not None:
            added.append(Mention(a, b, run.group(), "person", chosen, kb.persons[chosen].country, data={"key": how}))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(x.start <= m.start and m.end <= x.end for x in added)]
    return sorted(kept + added, key=lambda m: (m.start, m.end))


def _spelt_alike(kb: KnowledgeBase, pid: str, written: str) -> bool:
    """A Latin name found by its consonant key is spelt much like one of the person's Latin names ("Florence
    Parley" for Parly), not only alike in consonant classes ("Susheel Menon" is not "Sohail Aman"). A name in
    Persian or Arabic script may differ in every vowel."""
    if not written.isascii():
        return True
    words = [w for w in fold(written).replace("-", " ").split() if len(w) >= 3]
    for name in [kb.persons[pid].name, *kb.persons[pid].names.get("en", [])]:
        kb_words = fold(name).replace("-", " ").split()
        # the family name, written last or (Japanese, Chinese order) first: "Hamada Yasukazu"
        ends = {kb_words[0], kb_words[-1]} if len(kb_words) > 1 else set(kb_words)
        if any(SequenceMatcher(None, w, k).ratio() >= 0.8 for w in words for k in ends if len(k) >= 3):
            return True
    return False


_NASAB = re.compile(r"(?:\S+ (?:بن|ابن|bin|ibn) )+$")


def _longest_names(ntext: str, kb: KnowledgeBase, found: list[Mention]) -> list[Mention]:
    """«خالد بن سلمان بن عبد العزيز» is Khalid, not the «سلمان بن عبد العزيز» his name contains: a
    person matched right after «X بن» is replaced by the KB person whose name the chain starts with,
    or dropped (he is the father in someone else's name)."""
    out: list[Mention] = []
    exact = name_index(kb).exact
    for m in found:
        if m.kind in ("role", "title", "country", "demonym", "place") and _after_bin(ntext, m.start) \
                or m.kind == "role" and ntext[m.end:m.end + 4] in (" بن ", " ابن"):
            continue  # «بندر بن سلطان», «الفريق أول سلطان بن محمد»: a name, not the office of sultan
        if m.kind not in ("person", "person-short"):
            out.append(m)
            continue
        chain = _NASAB.search(ntext, max(0, m.start - 60), m.start)
        if chain is None or chain.end() != m.start:
            out.append(m)
            continue
        a = chain.start()
        words = ntext[a:m.end].split()
        head = next((" ".join(words[:k]) for k in range(len(words), 1, -1) if fold(" ".join(words[:k])) in exact), None)
        if any(x.start < m.end and a < x.end for x in out if x.kind != "title"):
            continue
        pid = next(iter(exact[fold(head)])) if head is not None and len(exact[fold(head)]) == 1 else None
        if pid is not None and not _other_lineage(ntext, kb, pid, head, a + len(head)):
            out.append(Mention(a, m.end, ntext[a:m.end], "person", pid, kb.persons[pid].country))
        else:  # a son the KB does not know, of a family it does: his country, not his father's office
            out.append(Mention(a, m.end, ntext[a:m.end], "person", None, m.country,
                               data={"unknown": True, "role": None}))
    return out


# «رئيس الجمهورية التونسية», «رئیس جمهوری اسلامی ایران», «ملك المملكة الأردنية»: the office's title and
# the country's long form share a word, and the longer country name wins the overlap. The head word
# before it is the office; so it is before a country's short name in an Arabic construct («رئيس الكونغو»,
# «رئيسة سورينام», «ملك الأردن») — unless a deputy's word stands before it («نائب رئيس الصين»).
_HEAD_WORDS = {"رییس": "president", "رییسه": "president", "ملک": "monarch", "ملکه": "monarch"}
_DEPUTY_WORDS = frozenset({"نایب", "نایبه", "معاون"})


def _heads_of_state(ntext: str, mentions: list[Mention]) -> list[Mention]:
    out = list(mentions)
    for m in mentions:
        if m.kind != "country" or m.start < 2 or ntext[m.start - 1] != " ":
            continue
        words = ntext[max(0, m.start - 16):m.start].split()
        head = words[-1] if words else ""
        if head in _HEAD_WORDS and not (len(words) > 1 and words[-2] in _DEPUTY_WORDS):
            start = m.start - 1 - len(head)
            if not overlapping(mentions, start, m.start):
                out.append(Mention(start, m.start - 1, head, "role", _HEAD_WORDS[head]))
    out.sort(key=lambda x: (x.start, x.end))
    return out


def _outlet(doc: Document, kb: KnowledgeBase, mentions: list[Mention]):
    """The outlet: by web host, by the page's site name, else the first outlet the text cites."""
    by_site = _outlet_by_site(doc, kb)
    if by_site is not None:
        return by_site
    first = next((m for m in mentions if m.kind == "outlet" and m.entity_id), None)
    return kb.orgs.get(first.entity_id) if first else None


def _outlet_by_site(doc: Document, kb: KnowledgeBase):
    """The outlet the page's web host or site name is, if the KB knows it."""
    if doc.url:
        o = kb.outlet_for_host(urlparse(doc.url).hostname)
        if o is not None:
            return o
    if doc.site:
        return kb.outlet_named(doc.site) or kb.outlet_for_host(doc.site)
    return None


def _resolve_persons(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> list[Mention]:
    """Turn surname-only and shared-name mentions into one person each, or drop them."""
    full = {m.entity_id for m in mentions if m.kind == "person" and m.entity_id}
    surnames = _surnames(kb, mentions)
    day = doc.published_date
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.kind in ("demonym", "country") and _bare(m.text) in surnames:
            # «والسوداني» after «محمد شياع السوداني»: the man, not "the Sudanese"
            pid = surnames[_bare(m.text)]
            out.append(Mention(m.start, m.end, m.text, "person", pid, kb.persons[pid].country,
                               data={"short": True}))
            continue
        if m.kind == "person" and m.entity_id and _other_lineage(doc.ntext, kb, m.entity_id, m.text, m.end):
            continue
        if m.kind not in ("person", "person-short") or (m.entity_id and m.kind == "person"):
            out.append(m)
            continue
        candidates = m.data.get("candidates") or ([m.entity_id] if m.entity_id else [])
        if not candidates:
            out.append(m)
            continue
        if m.kind == "person-short" and not set(candidates) & full and (
                _after_name_word(doc, out, m) or _name_goes_on(doc, mentions, m.end, latin_only=True)
                or _heads_a_construct(doc, mentions, m)):
            continue  # «جمشید کریموف»: the last name of someone else, not Karimov alone; "Admiral Marcos
            # Sampaio Olsen": the first name of someone else, not Marcos
        if m.kind == "person-short" and not set(candidates) & full and doc.lang == "ar" \
                and fold(m.text) in stop_words()[0]:
            continue  # «رئيسي» alone in Arabic is "main" or "the two heads of", not Raisi
        if m.kind == "person-short" and not set(candidates) & full and day is not None:
            # a name used alone is someone in the news then: «گابریل» in 2024 is not Sigmar Gabriel
            # (foreign minister until 2018) but the first name of a Gabriel the KB may not know
            candidates = [c for c in candidates if _in_office_near(kb, c, day)]
            if not candidates:
                continue
        chosen = _choose(kb, candidates, full, day, _adjacent_role(mentions, i))
        if chosen is None:
            continue
        person = kb.persons[chosen]
        out.append(Mention(m.start, m.end, m.text, "person", chosen, person.country,
                           data={"short": m.kind == "person-short"}))
    return out


def _namesakes(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> list[Mention]:
    """«پدرو سانچز وزیر دفاع کلمبیا», "Colombian Defence Minister Pedro Sánchez": a KB person's full name written
    with an office of a country he never served is his namesake's: that office's KB holder of the day when the
    name is his, else someone the KB does not know, of that country."""
    out: list[Mention] = []
    for i, m in enumerate(mentions):
        office = _apposed_office(doc, mentions, i) \
            if m.kind == "person" and m.entity_id and not m.data.get("short") else None
        if office is not None and office[1] != m.country \
                and not any(t.country == office[1] for t in kb.persons[m.entity_id].terms):
            m = _holder_named(doc, kb, Mention(m.start, m.end, m.text, "person", None, office[1],
                                               data={"role": office[0], "unknown": True}))
        out.append(m)
    return out


def _apposed_office(doc: Document, mentions: list[Mention], i: int) -> tuple[str, str] | None:
    """(role, country) of an office written right before person ``i`` (a rank between), or right after it set off
    by a comma (in Persian also without one), and not the office of a name that follows it («استقبل الرئيس X وزيرة
    الدفاع الكينية», «X، وزير الدفاع الروسي، Y»: another's)."""
    ntext, m = doc.ntext, mentions[i]
    first = i - 1 if i >= 1 and mentions[i - 1].kind == "title" else i
    k = first - 1
    while k >= 0 and mentions[k].kind in COUNTRY_KINDS and first - k <= 2 \
            and not ntext[mentions[k].end:mentions[k + 1].start].strip(" ،,«»\"'"):
        k -= 1  # «وزير الدفاع الكولومبي X»: the office, its country, the name (not «وزير الدفاع الأمريكي … ضم نظراءه
        # الأسترالي X»: another's office, words before)
    for j in (i + 1, k):
        if not 0 <= j < len(mentions) or mentions[j].kind != "role":
            continue
        gap = ntext[m.end:mentions[j].start] if j > i else ntext[mentions[first - 1].end:mentions[first].start]
        if gap.strip(" ،,«»\"'") or j > i and doc.lang != "fa" and not any(c in gap for c in "،,"):
            continue
        if j < i and (any(c in gap for c in "،,") or j and mentions[j - 1].kind == "person"
                      and not ntext[mentions[j - 1].end:mentions[j].start].strip()):
            continue  # «یاشار گولر وزیر دفاع ملی ترکیه، عبدالقادر محمد نور»: the office of the name before it
        country, end, _ = country_near(mentions, j, ntext)
        nxt = next((x for x in mentions[j + 1:] if x.start >= max(end, mentions[j].end)), None)
        if country and not (j > i and nxt is not None and nxt.kind in ("person", "title")
                            and not ntext[max(end, mentions[j].end):nxt.start].strip(" ،,")):
            return mentions[j].entity_id, country
    return None


_NEXT_IN_LINE = re.compile(r" (بن|بنت|ابن) (\w+)")


def _other_lineage(ntext: str, kb: KnowledgeBase, pid: str, name: str, end: int) -> bool:
    """«حمدان بن محمد بن زايد»: the KB's «حمدان بن محمد» (``name``, ending at ``end``) goes on in the text
    with a father's or grandfather's name its known longer name does not have («حمدان بن محمد بن راشد»):
    someone else."""
    nxt = _NEXT_IN_LINE.match(ntext, end)
    person = kb.persons.get(pid)
    if nxt is None or person is None:
        return False
    head = f"{fold(name)} {fold(nxt.group(1))} "
    rests = [n[len(head):].split() for n in map(fold, person.all_names()) if n.startswith(head)]
    return any(rests) and not any(r and r[0] == fold(nxt.group(2)) for r in rests)


def _after_name_word(doc: Document, before: list[Mention], m: Mention) -> bool:
    """A surname right after a word that is no title, role or function word: part of another name."""
    from .kb.people import is_name_word

    prev = doc.ntext[max(0, m.start - 25):m.start]
    if not prev.endswith(" ") or (before and before[-1].end >= m.start - 1):
        return False
    words = prev.split()
    return bool(words) and is_name_word(words[-1], doc.lang)


def _surname_mentions(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> list[Mention]:
    """After «Rajnath Singh» the text says "Singh": each later standalone use of the last name of a
    person named in full is that person, even when the KB does not list the surname on its own
    (because elsewhere it is shared or a common word)."""
    surnames = _surnames(kb, mentions)
    if not surnames:
        return mentions
    first_full = _first_named(kb, mentions)
    # "Prime Minister Lawrence Wong ... Mr Wong": a lone surname the KB gives another person ("Wong" is
    # Penny Wong's short name) is the one named in full before it
    mentions = [_repointed(kb, m, surnames, first_full) for m in mentions]
    # a family name that comes first may begin another person's full name («کیم» in «کیم یونگ هیون»)
    family_first = called_by()[0]
    firsts = {fold(m.text).split()[0] for m in mentions if m.kind == "person" and m.country in family_first}
    added = [Mention(a, b, doc.ntext[a:b], "person", pid, kb.persons[pid].country, data={"short": True})
             for word, pid in surnames.items() for a, b in _later_uses(doc, mentions, word, first_full[pid])
             if word not in firsts or not _name_goes_on(doc, mentions, b)]
    added += _variant_uses(doc, kb, mentions + added, surnames, first_full)
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


def _first_named(kb: KnowledgeBase, mentions: list[Mention]) -> dict[str, int]:
    """Where each KB person is first named in full."""
    out: dict[str, int] = {}
    for m in mentions:
        if m.kind == "person" and m.entity_id in kb.persons and not m.data.get("short"):
            out[m.entity_id] = min(m.start, out.get(m.entity_id, m.start))
    return out


def _not_another_named_so(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> list[Mention]:
    """"the Minister of Information, Mohammed Idris, said …. Idris described …": a lone Latin short name the KB
    gives someone (Kamil Idris) is another person's when the text named that other one in full before it (a
    first name that is none of the KB person's, no title or office)."""
    lone = [m for m in mentions if m.kind == "person" and m.entity_id in kb.persons and m.text.isascii()
            and " " not in m.text.strip()]
    if not lone:
        return mentions
    # every "Capitalised Capitalised" pair of the text, once: second word -> (start, end, first word)
    pairs: dict[str, list[tuple[int, int, str]]] = {}
    for x in _CAPITALISED_PAIR.finditer(doc.ntext):
        pairs.setdefault(x.group(2), []).append((x.start(), x.end() + len(x.group(2)), x.group(1)))
    stop, covered = stop_words()[0], Spans((y.start, y.end) for y in mentions)
    other: set[int] = set()
    for m in lone:
        person = kb.persons[m.entity_id]
        own = {fold(n) for n in [person.name, *person.all_names()]}
        # (an abbreviation in capitals is an office, not a first name: "PM Modi", "CDF Kahariri")
        if any(end <= m.start and fold(f"{first} {m.text}") not in own and fold(first) not in stop
               and not first.isupper() and not covered.overlaps(start, start + 1)
               for start, end, first in pairs.get(m.text, ())):
            other.add(id(m))
    return [m for m in mentions if id(m) not in other] if other else mentions


_CAPITALISED_PAIR = re.compile(r"\b([A-Z][\w'-]+) (?=([A-Z][\w'-]+)\b)")


def _titled_surnames(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> list[Mention]:
    """«الفريق أحمد خليفة» first, «وأكد الفريق خليفة اعتزازه بعلاقات ...» after: a rank followed by the
    surname of a KB person named in full before it is that person, whatever words the name finder took
    after it."""
    surnames = {w: pid for w, pid in _surnames(kb, mentions).items() if not w.isascii()}
    if not surnames:
        return mentions
    first_full = _first_named(kb, mentions)
    out = []
    for m in mentions:
        words = m.text.split()
        pid = surnames.get(fold(words[0])) if m.data.get("titled") and m.entity_id is None and len(words) > 1 else None
        if pid is not None and first_full.get(pid, m.start) < m.start:
            m = Mention(m.start, m.start + len(words[0]), words[0], "person", pid, kb.persons[pid].country,
                        data={"short": True})
        out.append(m)
    return sorted(out + _ranked_lone_surnames(doc, kb, out, first_full), key=lambda m: (m.start, m.end))


_LONE_WORD = re.compile(r"\s*(\S+?)(?=[\s،,.]|$)")


def _ranked_lone_surnames(doc: Document, kb: KnowledgeBase, mentions: list[Mention],
                          first_full: dict[str, int]) -> list[Mention]:
    """«والتقى الفريق أول صقر الفريق الركن X»: a rank, then one word that is the last word of a KB person named in
    full before (however short: «صقر»), then another rank, a name or punctuation: that person."""
    lasts = {fold(m.text).split()[-1]: m.entity_id for m in mentions
             if m.kind == "person" and m.entity_id in kb.persons and not m.data.get("short")
             and len(m.text.split()) >= 2 and not m.text.isascii()}
    if not lasts:
        return []
    starts = {m.start for m in mentions}
    found = []
    for i, t in enumerate(mentions):
        if t.kind != "title" or (i + 1 < len(mentions) and mentions[i + 1].start - t.end <= 1):
            continue
        word = _LONE_WORD.match(doc.ntext, t.end)
        if word is None:
            continue
        pid = lasts.get(fold(word.group(1)))
        after = word.end(1)
        follows = doc.ntext[after:after + 1] in ("", "،", ",", ".") or after + 1 in starts
        if pid is not None and follows and first_full.get(pid, t.start) < t.start:
            found.append(Mention(word.start(1), after, word.group(1), "person", pid, kb.persons[pid].country,
                                 data={"short": True}))
    return found


def _repointed(kb: KnowledgeBase, m: Mention, surnames: dict[str, str], first_full: dict[str, int]) -> Mention:
    if m.kind != "person" or not m.entity_id or " " in m.text.strip():
        return m
    pid = surnames.get(fold(m.text))
    if pid is None or pid == m.entity_id or first_full.get(pid, m.start) >= m.start:
        return m
    return Mention(m.start, m.end, m.text, "person", pid, kb.persons[pid].country, data={"short": True})


_WORD = re.compile(r"[\u0600-\u06ff]{5,}")


def _variant_uses(doc: Document, kb: KnowledgeBase, mentions: list[Mention], surnames: dict[str, str],
                  first_full: dict[str, int]) -> list[Mention]:
    """«سيرغي شويغو» first, «شويجو» after: a later Arabic-script word of five letters or more with the
    letter key of a surname named in full before it is the same person."""
    keys: dict[str, set[str]] = {}
    for word, pid in surnames.items():
        if not word.isascii() and len(skeleton(word)) >= 2:
            keys.setdefault(letter_key(word), set()).add(pid)
    keys = {k: v for k, v in keys.items() if len(v) == 1}
    if not keys:
        return []
    out: list[Mention] = []
    taken = Spans((m.start, m.end) for m in mentions)
    words = doc.cached("arabic_word_keys", (doc.ntext,), lambda: _arabic_word_keys(doc.ntext))
    for key, pids in keys.items():
        pid = next(iter(pids))
        for word in words.get(key, ()):
            if fold(word) in surnames:
                continue
            for a, b in standalone_spans(doc.ntext, word, _is_arabic_letter):
                if not doc.is_clutter(a) and a > first_full[pid] and not taken.overlaps(a, b):
                    out.append(Mention(a, b, word, "person", pid, kb.persons[pid].country, data={"short": True}))
    return out


_NEXT_WORD = re.compile(r"\s+(\w+)")
_SAME_LINE_WORD = re.compile(r"[ \t]+(\w+)")


_CONSTRUCT_NEXT = frozenset(fold(w) for w in ("أركان", "الأركان", "وزراء", "الوزراء", "مجلسي", "حكومتي", "جمهوريتي",
                                             "البلدين", "الدولتين", "دولتي", "الجانبين", "هيئتي", "وفدي"))


def _heads_a_construct(doc: Document, mentions: list[Mention], m: Mention) -> bool:
    """An Arabic dual in construct, not a name: «رئيسي بوركينا فاسو والنيجر» (the presidents of), «رئيسي
    أركان الجيشين» — a country or such a noun right after the word."""
    if doc.lang != "ar":
        return False
    nxt = _SAME_LINE_WORD.match(doc.ntext, m.end)
    if nxt is None:
        return False
    at = nxt.start(1)
    return fold(nxt.group(1)) in _CONSTRUCT_NEXT or any(
        x.start == at and x.kind in ("country", "demonym") for x in mentions)


def _name_goes_on(doc: Document, mentions: list[Mention], end: int, latin_only: bool = False) -> bool:
    """A name word follows ``end`` directly: «سپهبد نگوین وان نگیا» after «نگوین تان کونگ» is another
    Nguyen (a family name first), not the one named before. ``latin_only``: only a capitalised Latin word
    counts (in Arabic script any word not known as a function word would, «ترامب قد وصل»)."""
    nxt = _SAME_LINE_WORD.match(doc.ntext, end)
    if nxt is None or any(m.start <= nxt.start(1) < m.end for m in mentions):
        return False
    word, folded = nxt.group(1), fold(nxt.group(1))
    if folded in _GENERATION or folded in stop_words()[0] or word.isdigit():  # "Marcos Jr."
        return False
    if word.isascii():
        return word[:1].isupper()
    if latin_only or len(word) < 2:
        return False
    # «لقاءات تشان أهمية خاصة»: an Arabic noun (the article, a feminine «ة» as written) goes on no name
    a, b = doc.to_original(nxt.start(1), nxt.end(1))
    return not (doc.lang == "ar" and (folded.startswith("ال") or doc.text[a:b].endswith("ة")))


def _titled_first_names(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> list[Mention]:
    """"Badr Albusaidi" first, "Sayyid Badr" after («الشيخ محمد» after «محمد بن زايد»): a title and the
    first name of the one person named in full with it before is that person."""
    if not any(m.kind == "title" for m in mentions):
        return mentions
    firsts: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for m in mentions:
        if m.kind == "person" and m.entity_id in kb.persons and not m.data.get("short"):
            words = fold(m.text).split()
            if len(words) >= 2 and len(words[0]) >= 3:
                firsts.setdefault(words[0], set()).add(m.entity_id)
                first_at[m.entity_id] = min(first_at.get(m.entity_id, m.start), m.start)
    if not firsts:
        return mentions
    taken = Spans((m.start, m.end) for m in mentions if m.kind != "title")
    added = []
    for t in mentions:
        if t.kind != "title":
            continue
        nxt = _NEXT_WORD.match(doc.ntext, t.end)
        if nxt is None or taken.overlaps(nxt.start(1), nxt.end(1)):
            continue
        pids = firsts.get(fold(nxt.group(1)), set())
        if len(pids) == 1 and first_at[next(iter(pids))] < t.start and not _name_goes_on(doc, mentions, nxt.end(1)):
            pid = next(iter(pids))
            added.append(Mention(nxt.start(1), nxt.end(1), nxt.group(1), "person", pid, kb.persons[pid].country,
                                 data={"short": True}))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


_ROYAL_ROLES = ("monarch", "crown-prince")


@cache
def _royal_first_names(kb: KnowledgeBase) -> dict[tuple[str, str], list[tuple[str, Term]]]:
    """(role, folded first word of a spelling) -> [(person id, term)] for the KB's monarchs and crown princes."""
    out: dict[tuple[str, str], list[tuple[str, Term]]] = {}
    for pid, p in kb.persons.items():
        terms = [t for t in p.terms if t.role in _ROYAL_ROLES]
        firsts = {fold(n).split()[0] for names in p.names.values() for n in names if fold(n).split()}
        for t in terms:
            for f in firsts:
                if len(f) >= 3:
                    out.setdefault((t.role, f), []).append((pid, t))
    return out


def _monarchs_by_first_name(doc: Document, kb: KnowledgeBase, mentions: list[Mention]) -> list[Mention]:
    """"King Abdullah", "Sultan Haitham", "Crown Prince Mohammed": a royal office and a first name right after it,
    with no mention on the name, is the one KB monarch (or crown prince) of that first name in office on the page's
    day."""
    day = doc.published_date
    if day is None or not any(m.kind == "role" and m.entity_id in _ROYAL_ROLES for m in mentions):
        return mentions
    taken = Spans((m.start, m.end) for m in mentions)
    added = []
    for m in mentions:
        if m.kind != "role" or m.entity_id not in _ROYAL_ROLES:
            continue
        nxt = _NEXT_WORD.match(doc.ntext, m.end)
        if nxt is None or taken.overlaps(nxt.start(1), nxt.end(1)) \
                or doc.lang == "en" and not nxt.group(1)[:1].isupper():
            continue
        pids = {pid for pid, t in _royal_first_names(kb).get((m.entity_id, fold(nxt.group(1))), ()) if t.covers(day)}
        if len(pids) == 1:
            pid = next(iter(pids))
            added.append(Mention(nxt.start(1), nxt.end(1), nxt.group(1), "person", pid, kb.persons[pid].country,
                                 data={"short": True}))
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


def _variant_full_names(doc: Document, kb: KnowledgeBase, found: list[Mention]) -> list[Mention]:
    """«دونغ جيون» where the KB writes «دونغ جون»: a short name the KB knows and the word after it that no other
    mention takes, spelling together the consonants of that person's full name, are the full name."""
    out: list[Mention] = []
    for i, m in enumerate(found):
        cands = (m.data.get("candidates") or ([m.entity_id] if m.entity_id else [])) if m.kind == "person-short" else []
        nxt = _NEXT_WORD.match(doc.ntext, m.end) if cands else None
        if nxt is not None and len(skeleton(nxt.group(1))) >= 2 \
                and not (i + 1 < len(found) and found[i + 1].start < nxt.end(1)):
            key = skeleton(doc.ntext[m.start:nxt.end(1)])
            hit = [c for c in cands if key in _name_keys(kb, c)]
            if len(hit) == 1:
                m = Mention(m.start, nxt.end(1), doc.ntext[m.start:nxt.end(1)], "person", hit[0],
                            kb.persons[hit[0]].country, data={"key": "full name skeleton"})
        out.append(m)
    return out


@cache
def _name_key_table(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    return {}


def _name_keys(kb: KnowledgeBase, pid: str) -> frozenset[str]:
    """The consonant keys of every spelling of person ``pid``'s name (worked out once per person)."""
    table = _name_key_table(kb)
    keys = table.get(pid)
    if keys is None:
        keys = table[pid] = frozenset(skeleton(n) for n in kb.persons[pid].all_names())
    return keys


def _given_names(kb: KnowledgeBase, mentions: list[Mention]) -> list[Mention]:
    """«داتوك سري محمد خالد نورضين» first, «محمد خالد» after: the first two or more words of the full name
    of one person named before, standing as a name the KB does not know, are that person (Malay, Arabic and
    Indonesian names are often shortened so)."""
    starts: dict[str, set[str]] = {}
    first_at: dict[str, int] = {}
    for m in mentions:
        if m.kind == "person" and m.entity_id in kb.persons and not m.data.get("short"):
            words = fold(m.text).split()
            for k in range(2, len(words)):
                starts.setdefault(" ".join(words[:k]), set()).add(m.entity_id)
            first_at[m.entity_id] = min(first_at.get(m.entity_id, m.start), m.start)
    if not starts:
        return mentions
    out = []
    for m in mentions:
        pids = starts.get(fold(m.text)) if m.kind == "person" and m.entity_id is None else None
        if pids and len(pids) == 1 and first_at[next(iter(pids))] < m.start:
            pid = next(iter(pids))
            m = Mention(m.start, m.end, m.text, "person", pid, kb.persons[pid].country, data={"short": True})
        out.append(m)
    return out


def _arabic_word_keys(ntext: str) -> dict[str, list[str]]:
    """The distinct Arabic-script words of five letters or more of a text, by letter key."""
    out: dict[str, list[str]] = {}
    for word in set(_WORD.findall(ntext)):
        out.setdefault(letter_key(word), []).append(word)
    return out


def _is_arabic_letter(c: str) -> bool:
    return "\u0600" <= c <= "\u06ff"


def _unknown_surnames(doc: Document, mentions: list[Mention]) -> list[Mention]:
    """«کاظم غریب‌آبادی معاون وزیر امور خارجه» first, «غریب‌آبادی» after: the later surname is the
    same official, with the country and office the first mention gave him."""
    fulls: dict[str, Mention] = {}
    titled = {m.end for m in mentions if m.kind == "title"}
    for m in mentions:
        if m.kind == "person" and m.entity_id is None and not m.data.get("short") \
                and (m.country or _after_title(doc.ntext, titled, m.start)):
            words = fold(m.text).split()
            if len(words) >= 2 and len(words[-1]) >= 4:
                fulls.setdefault(words[-1], m)
    if not fulls:
        return mentions
    # ("Air Marshal Ashutosh Dixit" … "Air Marshal Dixit": one of no known country is known again only after
    # a rank or title, as he was first named)
    added = [Mention(a, b, doc.ntext[a:b], "person", None, full.country,
                     data={"short": True, "full": full.text, "full_span": (full.start, full.end),
                           "role": full.data.get("role"), "unknown": True})
             for word, full in fulls.items() for a, b in _later_uses(doc, mentions, word, full.start)
             if full.country or _after_title(doc.ntext, titled, a)]
    return sorted(mentions + added, key=lambda m: (m.start, m.end)) if added else mentions


def _after_title(ntext: str, title_ends: set[int], start: int) -> bool:
    """A title or rank mention ends right before ``start`` (one space between)."""
    return start - 1 in title_ends and ntext[start - 1] == " "


def _later_uses(doc: Document, mentions: list[Mention], word: str, after: int):
    """Spans where ``word`` stands alone after ``after``, outside clutter and other mentions (a Latin
    word capitalised)."""
    spans = None
    for a, b in doc.word_spans(word):
        if a <= after or doc.is_clutter(a):
            continue
        spans = spans or doc.cached(("mention_spans", len(mentions)), (mentions,),
                                    lambda: Spans((m.start, m.end) for m in mentions))
        if spans.overlaps(a, b):
            continue
        if word.isascii() and not doc.ntext[a].isupper():
            continue
        yield a, b


def _after_bin(ntext: str, pos: int) -> bool:
    words = ntext[max(0, pos - 6):pos].split()
    return ntext[pos - 1:pos] == " " and bool(words) and fold(words[-1]) in ("بن", "ابن", "bin", "ibn")


def _bare(text: str) -> str:
    t = fold(text)
    return t[1:] if len(t) > 4 and t[0] in "وفبل" and t[1:3] == "ال" else t


def _surnames(kb: KnowledgeBase, mentions: list[Mention]) -> dict[str, str]:
    """Last words of the KB persons named in full in a document (two or more words, the last one
    at least four letters), which later mentions may use alone."""
    out: dict[str, str] = {}
    family_first, own_name, leading = called_by()
    for m in mentions:
        if m.kind == "person" and m.entity_id in kb.persons and not m.data.get("short"):
            words = fold(m.text).split()
            while len(words) > 2 and words[-1].rstrip(".,") in _GENERATION:
                words.pop()  # "Gilberto Teodoro Jr." … "Teodoro"
            if len(words) >= 2 and len(words[-1]) >= 4:
                out.setdefault(words[-1], m.entity_id)  # a surname of two people (father and son): the first named
            if len(words) >= 2 and m.country in family_first:
                out.setdefault(words[0], m.entity_id)  # «شی جین‌پینگ» … «شی»: Chinese family names come first
            elif len(words) >= 2 and m.country in own_name:
                own = next((w for w in words[:-1] if w not in leading), None)
                if own is not None and len(own) >= 4:
                    out.setdefault(own, m.entity_id)  # "Mohamed Khaled Nordin" … "Khaled"
            called = _called_word(kb.persons[m.entity_id], words)
            if called is not None:
                out.setdefault(called, m.entity_id)  # «لويس إيناسيو لولا دا سيلفا» … «لولا»
    return out


def _called_word(person, words: list[str]) -> str | None:
    """The word of a full name as written (``words``, folded) that stands where the person's one-word short
    name stands in their English name: "Lula" in "Luiz Inácio Lula da Silva" is «لولا» in «لويس إيناسيو لولا
    دا سيلفا». A short name left out of the KB as a common word alone is then known after the full name."""
    english = fold(person.name).split()
    if len(english) != len(words):
        return None
    for short in person.short:
        key = fold(short)
        if " " not in key and key in english[:-1] and len(words[english.index(key)]) >= 3:
            return words[english.index(key)]
    return None


_GENERATION = frozenset({"jr", "sr", "ii", "iii", "iv", "الثانی", "الثالث", "دوم", "سوم", "الابن", "جونیور"})


def _adjacent_role(mentions: list[Mention], i: int) -> str | None:
    for j in (i - 1, i + 1, i - 2):
        if 0 <= j < len(mentions) and mentions[j].kind == "role" and abs(j - i) <= 2:
            return mentions[j].entity_id
    return None


_NEAR = timedelta(days=730)


def _in_office_near(kb: KnowledgeBase, pid: str, day: date) -> bool:
    """``pid`` held an office within two years of ``day``."""
    return any((t.start is None or t.start - _NEAR <= day) and (t.end is None or day <= t.end + _NEAR)
               for t in kb.persons[pid].terms)


def _choose(kb: KnowledgeBase, candidates: list[str], full: set[str], day: date | None,
            role: str | None) -> str | None:
    in_doc = [c for c in candidates if c in full]
    if len(in_doc) == 1:
        return in_doc[0]
    pool = in_doc or candidates
    if role:
        with_role = [c for c in pool if any(t.role == role for t in kb.persons[c].terms)]
        pool = with_role or pool
    if day is not None:
        in_office = [c for c in pool if kb.roles_of(c, day)]
        if len(in_office) == 1:
            return in_office[0]
        pool = in_office or pool
    return pool[0] if len(pool) == 1 else None
