"""Names found from anchors other than an office right beside them.

    «الفريق أول موهوزي كاينيروغابا»                          rank + NAME
    «NAME همتای ازبکستانی وی», "his South Korean counterpart NAME" counterpart + demonym
    «آنتونیو روسی» فرمانده نیروی دریایی ایتالیا                  quoted NAME + office
    «وزير الدولة لشئون الدفاع القطري، NAME،»                  office phrase + demonym + NAME
    "Romanian and Portuguese Defense Ministers A and B"        plural office
    "Romania's Angel Tilvar"                                   country's + NAME
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from ..document import Mention, Spans
from ..lexicons import load_lexicon
from ..normalise import fold
from .name_words import (LONGEST, CLOSERS, COUNTRY_KINDS, OPENERS, RANK_QUALIFIER, apposition_country, common_opening,
                         country_after, country_near, end_before, first_from, name_token, overlapping, starting_in,
                         split_at_clitic, starts_clause, stop_words, strip_clitic, title_country, tokens_back,
                         tokens_forward)

__all__ = ["after_titles", "beside_counterparts", "quoted_names", "after_office_phrases", "plural_roles",
           "possessives"]

_AND = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+|\s*,\s*")


def plural_roles(ntext: str, mentions: list[Mention], taken: Spans) -> list[Mention]:
    """"Romanian and Portuguese Defense Ministers Vasile Dincu and Helena Carreiras": the names after a
    plural office belong, in order, to the countries before it."""
    out: list[Mention] = []
    for i, r in enumerate(mentions):
        if r.kind != "role-plural":
            continue
        countries: list[Mention] = []
        j = i - 1
        while j >= 0 and mentions[j].kind in COUNTRY_KINDS and mentions[j].country:
            gap = ntext[mentions[j].end:(countries[0].start if countries else r.start)]
            if (countries and not _AND.fullmatch(gap)) or (not countries and gap.strip() not in ("", "'s")):
                break
            countries.insert(0, mentions[j])
            j -= 1
        if len(countries) < 2:
            continue
        pos, names = r.end, []
        nxt = first_from(mentions, r.end, i + 1)
        stop_at = nxt.start if nxt is not None else min(len(ntext), r.end + 120)
        while len(names) < len(countries):
            lead = re.match(r"\s*", ntext[pos:stop_at]) if not names else _AND.match(ntext, pos, stop_at)
            if lead is None:
                break
            start = pos + (lead.end() - lead.start()) if not names else lead.end()
            tokens = tokens_forward(ntext[start:stop_at], start, "en")
            if len(tokens) < 2:
                break
            names.append((tokens[0][0], tokens[-1][1]))
            pos = tokens[-1][1]
        if len(names) != len(countries) or any(taken.overlaps(s, e) for s, e in names):
            continue
        for (s, e), c in zip(names, countries):
            out.append(Mention(s, e, ntext[s:e], "person", None, c.country, data={"role": r.entity_id, "unknown": True}))
            taken.add(s, e)
    return out


def possessives(ntext: str, mentions: list[Mention], taken: Spans) -> list[Mention]:
    """"..., Romania's Angel Tilvar and Bulgaria's Todor Tagarev signed": a capitalised name right after
    a country's possessive is that country's official."""
    out: list[Mention] = []
    for i, c in enumerate(mentions):
        if c.kind != "country" or not c.country or ntext[c.end:c.end + 3] not in ("'s ", "’s "):
            continue
        start = c.end + 3
        nxt = first_from(mentions, start, i + 1)
        if nxt is not None and nxt.start == start:
            continue  # "Russia's defense minister", "India's Rajnath Singh" (known)
        stop_at = nxt.start if nxt is not None else min(len(ntext), start + 60)
        tokens = tokens_forward(ntext[start:stop_at], start, "en")
        if len(tokens) < 2 or len(tokens) > 3:
            continue
        span = (tokens[0][0], tokens[-1][1])
        if taken.overlaps(*span):
            continue
        out.append(Mention(span[0], span[1], ntext[span[0]:span[1]], "person", None, c.country,
                           data={"role": None, "unknown": True}))
        taken.add(*span)
    return out


@cache
def _office_words() -> frozenset[str]:
    lex = load_lexicon("names")
    return frozenset(fold(w) for ws in lex.get("office_words", {}).values() for w in ws)


def is_office_word(word: str) -> bool:
    """A folded word is an office word of ``office_words`` in names.toml, alone or with one clitic («لقائد»)."""
    return word in _office_words() or word[1:] in _office_words()


def after_office_phrases(ntext: str, mentions: list[Mention], lang: str | None, taken: Spans,
                          name_words: frozenset[str]) -> list[Mention]:
    """«مع وزير الدولة لشئون الدفاع القطري، سعود بن عبد الرحمن آل ثاني»: an office phrase (opened by
    an office word, ended by a demonym) then a comma and a name closed by punctuation."""
    out: list[Mention] = []
    for i, d in enumerate(mentions):
        if d.kind not in COUNTRY_KINDS or not d.country or ntext[d.end:d.end + 2] not in ("، ", ", "):
            continue
        before = fold(ntext[max(0, d.start - 45):d.start]).split()[-5:]
        if not any(is_office_word(w) for w in before):
            continue
        start = d.end + 2
        nxt = first_from(mentions, start, i + 1)
        stop_at = nxt.start if nxt is not None else min(len(ntext), start + 80)
        tokens = tokens_forward(ntext[start:stop_at], start, lang)
        if len(tokens) < 2:
            continue
        end = tokens[-1][1]
        if ntext[end:end + 1] not in ("،", ",", ".", "\n", ""):
            continue
        span = split_at_clitic(ntext, strip_clitic(ntext, (tokens[0][0], end), name_words), name_words, False)
        if taken.overlaps(*span):
            continue
        out.append(Mention(span[0], span[1], ntext[span[0]:span[1]], "person", None, d.country,
                           data={"role": None, "unknown": True}))
        taken.add(*span)
    return out


_POSSESSIVES = frozenset({"خود", "وی", "his", "her", "its", "their", "the"})


def beside_counterparts(ntext: str, mentions: list[Mention], lang: str | None, taken: Spans,
                         name_words: frozenset[str]):
    """"his South Korean counterpart Jeong Kyeong-doo", «نظيره الطاجيكي NAME», «NAME همتای ازبکستانی
    وی»: a name beside a counterpart with a demonym is that country's official."""
    out: list[Mention] = []
    places = {(m.start, m.end) for m in mentions if m.kind == "place"}
    mentions_ending: dict[int, list[Mention]] = {}
    for m in mentions:
        mentions_ending.setdefault(m.end, []).append(m)
    for i, c in enumerate(mentions):
        if c.kind != "counterpart":
            continue
        demonym = None
        end = c.end
        if i + 1 < len(mentions) and mentions[i + 1].kind in COUNTRY_KINDS and mentions[i + 1].start - c.end <= 1:
            demonym, end = mentions[i + 1], mentions[i + 1].end
        elif i > 0 and mentions[i - 1].kind in COUNTRY_KINDS and c.start - mentions[i - 1].end <= 1:
            demonym = mentions[i - 1]
        if demonym is None or not demonym.country:
            continue
        rest = ntext[end:end + 12].split()
        if rest and fold(rest[0]) in _POSSESSIVES:
            end = ntext.index(rest[0], end) + len(rest[0])
        nxt = first_from(mentions, end)
        lead = re.match(r"[\s،,\"«(]*", ntext[end:end + 6])
        start = end + (lead.end() if lead else 0)
        stop_at = nxt.start if nxt is not None else min(len(ntext), start + 80)
        tokens = tokens_forward(ntext[start:stop_at], start, lang)
        span = (tokens[0][0], tokens[-1][1]) if len(tokens) >= 2 else None
        if span is None and lang != "en":  # «NAME همتای ازبکستانی وی»
            first = min(c.start, demonym.start)
            prev_end = end_before(mentions, first)
            window = ntext[prev_end:first]
            quoted = window.rstrip(" ")
            if quoted.endswith(("»", '"')):
                window = quoted[:-1]
            back = tokens_back(window, prev_end, lang)
            place = next((m for m in mentions_ending.get(prev_end, ()) if m.kind == "place"), None)
            if back and place is not None and back[0][0] - place.end == 1 and len(back) < 4:
                back.insert(0, (place.start, place.end))  # «کابل بردیف»: a given name that is a city
            if len(back) >= 2 and (starts_clause(ntext, back[0][0]) or ntext[back[0][0] - 1:back[0][0]] in '«"'):
                span = (back[0][0], back[-1][1])
        if span is None:
            continue
        span = split_at_clitic(ntext, strip_clitic(ntext, span, name_words), name_words, len(tokens) < 2)
        if any(t not in places or t[1] > span[1] for t in taken.overlapping(*span)):
            continue
        out.append(Mention(span[0], span[1], ntext[span[0]:span[1]], "person", None, demonym.country,
                           data={"role": None, "unknown": True, "counterpart": True}))
        taken.add(*span)
    return out


_QUOTED = re.compile(r"[«\"]([^«»\"\n]{3,60})[»\"]")


def quoted_names(ntext: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """«آنتونیو روسی» فرمانده نیروی دریایی ایتالیا: a quoted name right before an office (or right after
    a rank) is a name even where its words are also a demonym or a city («روسی», «کابل»)."""
    stop, particles = stop_words()
    out: list[Mention] = []
    for q in _QUOTED.finditer(ntext):
        a, b = q.span(1)
        words = q.group(1).split()
        if not 2 <= len(words) <= 4 or not all(name_token(w, lang, stop, particles) for w in words):
            continue
        if any(m.kind not in COUNTRY_KINDS + ("place",) for m in overlapping(mentions, a, b)):
            continue  # a known person, an office or an organisation is quoted
        after = bisect_left(mentions, q.end(), key=lambda m: m.start)
        title_before = any(m.kind == "title" and 0 <= q.start() - m.end <= 1
                           for m in starting_in(mentions, q.start() - 1 - LONGEST, q.start() + 1))
        if after < len(mentions) and mentions[after].kind == "role" and mentions[after].start - q.end() <= 1:
            country, _, _ = country_near(mentions, after, ntext)
            role = mentions[after].entity_id
        elif title_before:
            country, role = apposition_country(ntext, mentions, q.end()), None
        else:
            continue
        lead = len(q.group(1)) - len(q.group(1).lstrip())
        s, e = a + lead, a + len(q.group(1).rstrip())
        out.append(Mention(s, e, ntext[s:e], "person", None, country, data={"role": role, "unknown": True}))
    return out


def after_titles(ntext: str, mentions: list[Mention], lang: str | None, taken: Spans,
                  name_words: frozenset[str] = frozenset()):
    """«الفريق أول موهوزي كاينيروغابا», «امیر دریادار شهرام ایرانی», "General Sir Nicholas Carter": a
    rank or honorific followed by two to four name words is a person, even with no office beside it.
    The country is that of a role or country right after the name, or of a demonym or country right
    before the title («قائد القيادة المركزية الأمريكية الفريق أول ...»)."""
    out: list[Mention] = []
    for i, t in enumerate(mentions):
        if t.kind != "title" or _postnominal(t.text) or (i + 1 < len(mentions) and mentions[i + 1].kind == "title"
                                 and mentions[i + 1].start - t.end <= 2):
            continue  # the last of a run of titles anchors the name
        nxt = first_from(mentions, t.end, i + 1)
        if nxt is not None and nxt.start - t.end <= 3 and nxt.kind == "person":
            continue  # a known person follows
        qualified = RANK_QUALIFIER.match(ntext, t.end)
        lead = OPENERS.match(ntext, qualified.end() if qualified else t.end)
        start = lead.end() if lead else t.end
        stop_at = nxt.start if nxt is not None else min(len(ntext), start + 80)
        if lang != "fa" and title_country(t.text):
            continue  # «أمير البلاد»: in Arabic the Iranian officer's «امیر» is an emir, an office
        tokens = tokens_forward(ntext[start:stop_at], start, lang, titled=True)
        if tokens and all(common_opening(ntext[a:b]) for a, b in tokens):
            continue  # «البلاد المفدى»: a noun phrase, not a name
        absorbed = None
        if tokens and nxt is not None and nxt.kind in ("demonym", "place") and nxt.start - tokens[-1][1] == 1 \
                and len(tokens) < 4 and _ends_phrase(ntext, nxt.end):
            tokens.append((nxt.start, nxt.end))  # «شهرام ایرانی»: a surname that is also a demonym
            absorbed = (nxt.start, nxt.end)
        if len(tokens) < 2:
            continue
        span = split_at_clitic(ntext, strip_clitic(ntext, (tokens[0][0], tokens[-1][1]), name_words), name_words, False)
        if len(ntext[span[0]:span[1]].split()) < 2:
            continue
        if any(t != absorbed for t in taken.overlapping(*span)):
            continue
        cut = span[1] < tokens[-1][1]  # what follows belongs to the name cut off, not to this one
        country, role = (None, None) if cut else _country_around(ntext, mentions, i, span[1])
        country = country or (title_country(t.text) if lang == "fa" else None)
        out.append(Mention(span[0], span[1], ntext[span[0]:span[1]], "person", None, country,
                           data={"role": role, "unknown": True, "titled": True}))
        taken.add(*span)
    return out


def _postnominal(text: str) -> bool:
    """"AO", "CSC": letters after a name, which open no name of their own."""
    return text.isascii() and text.isupper() and text.isalpha() and text not in ("HRH",)


def _ends_phrase(ntext: str, pos: int) -> bool:
    rest = ntext[pos:pos + 2]
    return not rest or rest[0] in "،,.:؛\n»)" or rest == " «"


# What a country may be followed by before a rank and name: "the Sri Lanka Navy, Vice Admiral X".
FORCES = frozenset({"", "navy", "army", "air force", "armed forces", "defence forces", "defense forces",
                    "military", "marine corps", "coast guard", "national guard"})


def country_before_title(ntext: str, mentions: list[Mention], start: int) -> str | None:
    """The country or demonym ending right before the title that opens a name at ``start`` («من الجانب الكمبودي
    الجنرال X», "Chief of Naval Staff of the Bangladesh Navy, Admiral X")."""
    i = bisect_left(mentions, start, key=lambda m: m.start) - 1
    if i < 1 or mentions[i].kind != "title" or ntext[mentions[i].end:start].strip():
        return None
    before = mentions[i - 1]
    if before.kind in COUNTRY_KINDS and ntext[before.end:mentions[i].start].strip(" ،,").lower() in FORCES:
        if _POSTED_TO.search(ntext, max(0, before.start - 12), before.start):
            # "High Commissioner of India to Australia Shri X", «سفير الهند لدى أستراليا»: the country posted to
            # is not his; the one before it is
            sender = mentions[i - 2] if i >= 2 else None
            ok = sender is not None and sender.kind in COUNTRY_KINDS and before.start - sender.end <= 12
            return sender.country if ok else None
        return before.country
    return None


_POSTED_TO = re.compile(r"(?:(?<!\w)to(?:\s+the)?|(?<!\w)لدی)\s+$")


def _country_around(ntext: str, mentions: list[Mention], i: int, end: int) -> tuple[str | None, str | None]:
    """(country, role) of a titled name: a role (with its country) right after the name, else a
    country or demonym ending right before the title."""
    j = bisect_left(mentions, end, key=lambda m: m.start)
    after = mentions[j:j + 2]
    if after and after[0].kind == "role" and ntext[end:after[0].start].strip(CLOSERS + "،,") == "":
        country, _, _ = country_near(mentions, j, ntext)
        return country or country_after(ntext, mentions, end), after[0].entity_id
    if after and after[0].kind in COUNTRY_KINDS and ntext[end:after[0].start].strip(CLOSERS + "،,") == "":
        return after[0].country, None
    before = country_before_title(ntext, mentions, mentions[i].end + 1) if i > 0 else None
    return before or apposition_country(ntext, mentions, end) or _side_led(ntext, mentions, j, end), None


_LED = re.compile(r"[\s,]*(?:who\s+)?(?:led|headed|leads|heads|was leading|is leading)\s+(?:the\s+)?$")
_SIDE = re.compile(r"\s+(?:side|delegation|team|contingent)(?!\w)")


def _side_led(ntext: str, mentions: list[Mention], j: int, end: int) -> str | None:
    """"Mr X headed the South African delegation", "Dr X, who led the Nigerian side": the side the name leads."""
    m = mentions[j] if j < len(mentions) else None
    if m is None or m.kind not in COUNTRY_KINDS or m.start - end > 40 or not _LED.fullmatch(ntext, end, m.start):
        return None
    return m.country if _SIDE.match(ntext, m.end) else None
