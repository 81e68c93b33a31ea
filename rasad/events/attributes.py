"""Attributes of an event: status, mode, location, visitor and host, topics, PLOVER/CAMEO coding."""

from __future__ import annotations

import re
from functools import cache

from ..document import Document, Mention
from ..kb import Entity, KnowledgeBase
from ..lexicons import load_lexicon, table_words
from ..normalise import fold
from .lexicon import topics, words_of

__all__ = ["location_of", "mode_of", "visitor_and_host", "topics_of", "code", "metonymic", "city_states"]


def metonymic(ntext: str, m: Mention, ms: list[Mention]) -> bool:
    """A capital standing for its country in a pair («روابط تهران و باکو», "Tehran and Baku")."""
    for other in ms:
        if other is m or other.kind != "place" or other.start - m.end > _PAIR_GAP or m.start - other.end > _PAIR_GAP:
            continue  # a pair is joined by one short word: far-apart places are none (and linear time)
        a, b = sorted((m, other), key=lambda x: x.start)
        if fold(ntext[a.end:b.start]).strip() in ("و", "and", "،", ","):
            return True
    return False


_PAIR_GAP = 64


def _metonymic_places(ntext: str, ms: list[Mention], kb: KnowledgeBase) -> set[int]:
    """``id()`` of every place for which ``metonymic`` holds, looking only at places near each other."""
    # (a capital paired with a city-state named as a country is one too: «الشراكة بين مانيلا وسنغافورة»)
    places = sorted((x for x in ms if x.kind == "place"
                     or x.kind == "country" and _city_state(kb, x.country) is not None), key=lambda x: x.start)
    out: set[int] = set()
    for i, a in enumerate(places):
        for j in range(i + 1, len(places)):
            b = places[j]
            if b.start - a.end > _PAIR_GAP:
                break
            if b is not a and a.start - b.end <= _PAIR_GAP and \
                    fold(ntext[a.end:b.start]).strip() in ("و", "and", "،", ","):
                out.update((id(a), id(b)))
    return out


def _city_state(kb: KnowledgeBase, code: str | None) -> Entity | None:
    """The city of a city-state: the place of the country's name in that country (Singapore, Djibouti)."""
    country = kb.countries.get(code or "")
    place = kb.places.get(country.name.lower().replace(" ", "-")) if country is not None else None
    return place if place is not None and place.country == code else None


_LOCATIVE = frozenset({"در", "به", "فی", "الی", "من", "in", "at", "to", "into"})


def location_of(doc: Document, kb: KnowledgeBase, ms: list[Mention], sides: set[str],
                destination: str | None = None) -> Mention | None:
    """The city the event happened in: a place in the country a visit goes to, then one named after
    «در» / «في» / "in", then one in a participant country, then any; never a capital standing for
    its country («روابط تهران و باکو»)."""
    pairs = _metonymic_places(doc.ntext, ms, kb)
    places = [m for m in ms if m.kind == "place" and m.entity_id and id(m) not in pairs
              and not _subject_of_talks(doc, m) and not _capital_as_government(doc, kb, m)] + city_states(doc, kb, ms)
    if not places:
        return None
    return min(places, key=lambda m: (destination is not None and m.country != destination,
                                      not locative(doc.ltext, m), m.country not in sides,
                                      _facility_in_city(doc, m, places) or _landmark_in_city(doc, kb, m, places),
                                      m.start))


def _landmark_in_city(doc: Document, kb: KnowledgeBase, m: Mention, places: list[Mention]) -> bool:
    """"at the Pentagon in Washington": a landmark with a city of its country named right after it, which the
    page gives as the place."""
    place = kb.places.get(m.entity_id or "")
    return place is not None and place.data.get("subkind") == "landmark" and any(
        p.country == m.country and p is not m and 0 < p.start - m.end <= _FACILITY_GAP and locative(doc.ltext, p)
        for p in places)


_FACILITY_GAP = 48


def _facility_in_city(doc: Document, m: Mention, places: list[Mention]) -> bool:
    """``m`` names a base or an airport ("Gimhae air base", «پایگاه هوایی ...», «قاعدة ... الجوية»)
    and a place of its country follows it after «در» / «في» / "in": the city is where it happened."""
    if not any(p.country == m.country and 0 < p.start - m.end <= _FACILITY_GAP and locative(doc.ltext, p)
               for p in places):
        return False
    facility = words_of("facility_name", doc.lang)
    if doc.lang == "en":
        after = doc.ltext[m.end:m.end + 24].split()
        return any(" ".join(after[i:j]) in facility for i in range(2) for j in range(i + 1, 3) if i < len(after))
    before = doc.ltext[max(0, m.start - 24):m.start].split()[-2:]
    return any(w in facility for w in before)


def city_states(doc: Document, kb: KnowledgeBase, ms: list[Mention]) -> list[Mention]:
    """A city-state named as a country after «در» / «في» / "in" ("in Singapore"): its city; a capital
    named through its country («در پایتخت مالزی», «في العاصمة الماليزية», "in the Malaysian capital",
    "the capital of Malaysia"): the country's capital."""
    out = []
    for m in ms:
        if m.kind not in ("country", "demonym") or not m.country:
            continue
        country = kb.countries.get(m.country)
        if country is None:
            continue
        span = _capital_span(doc.ltext, m)
        if span is not None:
            place = kb.places.get(country.data.get("capital") or "")
            start, end = span
        elif m.kind == "country" and locative(doc.ltext, m):
            place = _city_state(kb, m.country)
            start, end = m.start, m.end
        else:
            continue
        if place is not None and place.country == m.country:
            out.append(Mention(start, end, doc.ntext[start:end], "place", place.id, m.country))
    return out


_CAPITAL = re.compile(r"(?:پایتخت|(?:ال)?عاصمه|capital(?: of)?(?: the)?)\s*$")
_CAPITAL_AFTER = re.compile(r"\s*capital\b")


def _capital_span(ltext: str, m: Mention) -> tuple[int, int] | None:
    """The span of «پایتخت مالزی», «العاصمة الماليزية», "capital of Malaysia", or of a demonym before
    "capital" in English ("the Malaysian capital"); None when ``m`` names no capital."""
    before = _CAPITAL.search(ltext, max(0, m.start - 24), m.start)
    if before:
        return before.start(), m.end
    after = _CAPITAL_AFTER.match(ltext, m.end) if m.kind == "demonym" else None
    return (m.start, after.end()) if after else None


def _capital_as_government(doc: Document, kb: KnowledgeBase, m: Mention) -> bool:
    """"saying Beijing was ready to …": a capital before a verb of its own is its government; so is an Arabic
    capital after a noun and «من» («الدعم الثابت من داكا», "the steady support from Dhaka"), not one come from
    («قادماً من كيغالي، حيث عقد …»)."""
    place = kb.places.get(m.entity_id)
    if place is None or place.data.get("subkind") != "capital":
        return False
    nxt = doc.ltext[m.end:m.end + 16].split()
    if doc.lang == "ar":
        before = doc.ltext[max(0, m.start - 40):m.start].split()
        return len(before) >= 2 and before[-1] == "من" and before[-2].startswith("ال") \
            and not doc.ltext[m.end:m.end + 8].lstrip(" ،,").startswith("حیث")
    return doc.lang == "en" and bool(nxt) and nxt[0] in words_of("capital_as_government", doc.lang)


def _subject_of_talks(doc: Document, m: Mention) -> bool:
    """«تطورات الأوضاع في قطاع غزة», "the situation in Gaza": the place is what was discussed."""
    words = doc.ltext[max(0, m.start - 40):m.start].split()[-4:]
    situation = words_of("situation", doc.lang)  # a place after these is a subject of the talks
    return any(w in situation or " ".join(words[i:i + 2]) in situation for i, w in enumerate(words))


def locative(ltext: str, m: Mention) -> bool:
    """A place named after «در» / «في» / "in", a word for a city between («بمدينة …») or «ب» glued to it."""
    words = [w for w in ltext[max(0, m.start - 24):m.start].split() if w != "the"]
    # a word for a city («شهر», «مدينة», ``city_word`` in mentions.toml) may stand between «در» / «في» and the
    # name: «في مدينة بنغالورو», «بمدينة …», «در شهر بنگلورو»
    if len(words) >= 2 and words[-1] in table_words("mentions", "city_adjective"):
        words = words[:-1]  # «در شهر بندری چینگدائو»: a city word and its adjective
    if words and words[-1] in table_words("mentions", "city_word"):
        if words[-1].startswith("بم"):
            return True
        words = words[:-1]
    if words and words[-1] in _LOCATIVE:
        return words[-2:] != ["according", "to"]  # "according to La Paz officials": a source, not a place
    glued = ltext[max(0, m.start - 1):m.start]
    return glued in ("ب", "ف") and m.start > 1 and not ltext[m.start - 2].isalnum()  # «بطهران»


def mode_of(kind_set: set[str], cue_set: set[str], location: Mention | None, sides: set[str],
            destination: str | None) -> str | None:
    """phone / visit / third-country, or None when the text does not say."""
    if "phone" in kind_set:
        return "phone"
    if location is not None and location.country:
        if location.country in sides:
            return "visit"
        return "third-country"
    if destination and destination in sides:
        return "visit"
    if "third_country" in cue_set:
        return "third-country"
    if kind_set & {"visit", "receive"}:
        return "visit"
    return None


def visitor_and_host(countries: list[str], order: list[str], mode: str | None, host: str | None,
                     home: str | None) -> tuple[str | None, str | None]:
    """(source, target): visitor → host for visits; first named → second otherwise."""
    if len(countries) != 2:
        return None, None
    if mode == "visit" and host in countries:
        return next(c for c in countries if c != host), host
    first = next((c for c in order if c in countries), countries[0])
    return first, next(c for c in countries if c != first)


def topics_of(ltext: str, spans: list[tuple[int, int]], lang: str | None) -> list[str]:
    """Topic ids whose phrases occur in the given spans of the lower-cased normalised text."""
    found: list[str] = []
    for a, b in spans:
        for _, _, values in topics(lang).find(ltext[a:b], lang):
            for t in values:
                if t not in found:
                    found.append(t)
    return found


@cache
def _coding() -> dict:
    return load_lexicon("coding")


def code(etype: str, status: str, mode: str | None, host_is_source: bool, military: bool) -> tuple[str, dict]:
    """(CAMEO code, PLOVER record) for an event."""
    table = _coding()[etype.lower()][status]
    context = ["military" if military else "diplomatic"]
    if etype == "MEET" and status == "occurred":
        key = "host" if (mode == "visit" and host_is_source) else (mode or "none")
        cameo = table["cameo"].get(key, table["cameo"]["none"])
        plover_mode = table["plover_mode"].get(key, "") or None
        return cameo, {"event": table["plover"], "mode": plover_mode, "context": context}
    return table["cameo"], {"event": table["plover"], "mode": None, "context": context}


def is_military(roles: set[str], topic_ids: list[str]) -> bool:
    mil = _coding()["military"]
    return bool(roles & set(mil["roles"])) or bool(set(topic_ids) & set(mil["topics"]))
