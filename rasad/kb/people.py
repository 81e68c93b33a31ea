"""Find office-holders the knowledge base does not know, from the way news introduces them.

    «سپهبد شیرعلی میرزا وزیر دفاع جمهوری تاجیکستان»     rank + NAME + role + country
    «اللواء إمام علي صابرزاده وزير دفاع جمهورية طاجيكستان»  rank + NAME + role + country
    «وزیر دفاع روسیه، آندری بلوسوف»                      role + country + NAME
    "Russian Defense Minister Andrey Belousov"             demonym + role + NAME
    "Andrey Belousov, Russia's defense minister"           NAME, country's role

A name is one to four words between such anchors that are not function words (``names.toml``),
punctuation or other mentions; English names are capitalised. The result is a ``person`` mention with
no KB id, its role and country, named as written.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Mention
from ..lexicons import load_lexicon
from ..normalise import fold

__all__ = ["find_unknown_persons"]

_TOKEN = re.compile(r"(?<!\w)\w\.(?= \w\w)|[^\s\"'«»()\[\]،,.:;؛!?؟/]+")  # an initial ("J.", «ج.») or a word
_BREAK = re.compile(r"[\"«»()\[\]،,.:;؛!?؟/\n]")
_MAX_WORDS = 4  # words of a name, not counting «بن», «آل», "bin", "al"
_COMPOUND = frozenset({"عبد", "abd", "abdul"})  # «عبد الرحمن» is one name
_OPENERS = re.compile(r"[\s\"«(\[]*")     # quotes and brackets around a name: «(اوگزان اور طغرول)»
_CLOSERS = "\"»)] "
_COUNTRY_KINDS = ("country", "demonym")
# What may stand between an office and its country: «وزیر دفاع [جمهوری] تاجیکستان», «وزير دفاع
# [جمهورية] جيبوتي», "Minister of Defence [of the] Republic ...".
ROLE_COUNTRY_GAPS = frozenset({
    "", "of", "of the", "the", "کشور", "جمهوری", "دولت", "فی", "لدولت", "لجمهوریه", "جمهوریه", "دوله",
    "مملکه", "المملکه", "سلطنه", "امیر", "امارت", "کشور دوست", "کشور همسایه", "بالمملکه", "بجمهوریه",
    "بدوله", "ب", "فی جمهوریه", "فی المملکه", "للجمهوریه", "للمملکه",
})


@cache
def _stop() -> tuple[frozenset[str], frozenset[str]]:
    """Words no name contains: the names lexicon's stop words and every word of the event triggers."""
    lex = load_lexicon("names")
    triggers = load_lexicon("triggers")
    trigger_words = {w for t in triggers["trigger"] for lang in ("fa", "ar", "en") for p in t.get(lang, [])
                     for w in fold(p).split()}
    common = {fold(w) for ws in lex.get("common", {}).values() for w in ws} | _date_words()
    stop = frozenset({fold(w) for ws in lex["stop"].values() for w in ws} | trigger_words | common)
    particles = frozenset(fold(w) for ws in lex["particles"].values() for w in ws)
    return stop, particles


def _date_words() -> set[str]:
    """Persian and Arabic month and weekday names («مهر», «مهرماه», «الاثنين»): never part of a name
    («مهرماه گذشته»). Latin ones are left out: "June" and "May" are also given names."""
    dates = load_lexicon("dates")
    out: set[str] = set()
    for table in ("months", "weekdays"):
        for name, group in dates.get(table, {}).items():
            if name == "hijri":
                continue  # «رجب», «رمضان», «شعبان» are given names too
            for key, names in group.items():
                if isinstance(names, list):
                    for n in names:
                        f = fold(n)
                        if not f.isascii() and " " not in f:
                            out.update({f, f + "ماه"})
    return {w for w in out if len(w) >= 2}


def find_unknown_persons(ntext: str, mentions: list[Mention], lang: str | None,
                         name_words: frozenset[str] = frozenset()) -> list[Mention]:
    """Person mentions (``entity_id=None``) for names introduced with a role or a rank, not already
    known. ``name_words``: words known to occur in names (the knowledge base's), which tell a name
    glued to a clitic («وستيف», «بمحمد») from one that starts with the same letter («وليد»)."""
    found: list[Mention] = _quoted_names(ntext, mentions, lang)
    taken = [(m.start, m.end) for m in mentions if m.kind not in _COUNTRY_KINDS + ("place",)
             or not any(f.start <= m.start and m.end <= f.end for f in found)] + [(f.start, f.end) for f in found]
    places = {(m.start, m.end) for m in mentions if m.kind == "place" and ntext[m.start:m.start + 1].isupper()}
    for i, role in enumerate(mentions):
        if role.kind != "role":
            continue
        country, c_end, c_start = _country_near(mentions, i, ntext)
        after = _name_after(ntext, mentions, i, c_end, lang) or _name_after_comma(ntext, mentions, i, c_end, lang)
        for span in (_name_before(ntext, mentions, i, c_start, lang), after):
            if span is None or any(a < span[1] and span[0] < b for a, b in taken if (a, b) not in places):
                continue
            s, e = _strip_clitic(ntext, span, name_words)
            listed = s != span[0] and ntext[s - 1] == "و" and span is after  # «، وستيف ويتكوف»: next item
            country = country or (_titled_country(mentions, s) if lang == "fa" else None)
            country = country or _country_after(ntext, mentions, e)
            found.append(Mention(s, e, ntext[s:e], "person", None, country,
                                 data={"role": None if listed else role.entity_id, "unknown": True}))
            taken.append(span)
        single = None if after is not None or country is None else _surname_after(ntext, mentions, i, c_end, lang)
        if single is not None and not any(a < single[1] and single[0] < b for a, b in taken):
            found.append(Mention(single[0], single[1], ntext[single[0]:single[1]], "person", None, country,
                                 data={"role": role.entity_id, "unknown": True, "single": True}))
            taken.append(single)
    found.extend(_after_titles(ntext, mentions, lang, taken, name_words))
    found.extend(_beside_counterparts(ntext, mentions, lang, taken, name_words))
    if lang in ("fa", "ar"):
        found.extend(_after_office_phrases(ntext, mentions, lang, taken, name_words))
    if lang == "en":
        found.extend(_plural_roles(ntext, mentions, taken))
        found.extend(_possessives(ntext, mentions, taken))
    return found


_AND = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+|\s*,\s*")


def _plural_roles(ntext: str, mentions: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """"Romanian and Portuguese Defense Ministers Vasile Dincu and Helena Carreiras": the names after a
    plural office belong, in order, to the countries before it."""
    out: list[Mention] = []
    for i, r in enumerate(mentions):
        if r.kind != "role-plural":
            continue
        countries: list[Mention] = []
        j = i - 1
        while j >= 0 and mentions[j].kind in _COUNTRY_KINDS and mentions[j].country:
            gap = ntext[mentions[j].end:(countries[0].start if countries else r.start)]
            if (countries and not _AND.fullmatch(gap)) or (not countries and gap.strip() not in ("", "'s")):
                break
            countries.insert(0, mentions[j])
            j -= 1
        if len(countries) < 2:
            continue
        pos, names = r.end, []
        nxt = next((m for m in mentions[i + 1:] if m.start >= r.end), None)
        stop_at = nxt.start if nxt is not None else min(len(ntext), r.end + 120)
        while len(names) < len(countries):
            lead = re.match(r"\s*", ntext[pos:stop_at]) if not names else _AND.match(ntext, pos, stop_at)
            if lead is None:
                break
            start = pos + (lead.end() - lead.start()) if not names else lead.end()
            tokens = _tokens_forward(ntext[start:stop_at], start, "en")
            if len(tokens) < 2:
                break
            names.append((tokens[0][0], tokens[-1][1]))
            pos = tokens[-1][1]
        if len(names) != len(countries) or any(a < e and s < b for s, e in names for a, b in taken):
            continue
        for (s, e), c in zip(names, countries):
            out.append(Mention(s, e, ntext[s:e], "person", None, c.country, data={"role": r.entity_id, "unknown": True}))
            taken.append((s, e))
    return out


def _possessives(ntext: str, mentions: list[Mention], taken: list[tuple[int, int]]) -> list[Mention]:
    """"..., Romania's Angel Tilvar and Bulgaria's Todor Tagarev signed": a capitalised name right after
    a country's possessive is that country's official."""
    out: list[Mention] = []
    for i, c in enumerate(mentions):
        if c.kind != "country" or not c.country or ntext[c.end:c.end + 3] not in ("'s ", "’s "):
            continue
        start = c.end + 3
        nxt = next((m for m in mentions[i + 1:] if m.start >= start), None)
        if nxt is not None and nxt.start == start:
            continue  # "Russia's defense minister", "India's Rajnath Singh" (known)
        stop_at = nxt.start if nxt is not None else min(len(ntext), start + 60)
        tokens = _tokens_forward(ntext[start:stop_at], start, "en")
        if len(tokens) < 2 or len(tokens) > 3:
            continue
        span = (tokens[0][0], tokens[-1][1])
        if any(a < span[1] and span[0] < b for a, b in taken):
            continue
        out.append(Mention(span[0], span[1], ntext[span[0]:span[1]], "person", None, c.country,
                           data={"role": None, "unknown": True}))
        taken.append(span)
    return out


@cache
def _office_words() -> frozenset[str]:
    lex = load_lexicon("names")
    return frozenset(fold(w) for ws in lex.get("office_words", {}).values() for w in ws)


def _after_office_phrases(ntext: str, mentions: list[Mention], lang: str | None, taken: list[tuple[int, int]],
                          name_words: frozenset[str]) -> list[Mention]:
    """«مع وزير الدولة لشئون الدفاع القطري، سعود بن عبد الرحمن آل ثاني»: an office phrase (opened by
    an office word, ended by a demonym) then a comma and a name closed by punctuation."""
    out: list[Mention] = []
    for i, d in enumerate(mentions):
        if d.kind not in _COUNTRY_KINDS or not d.country or ntext[d.end:d.end + 2] not in ("، ", ", "):
            continue
        before = fold(ntext[max(0, d.start - 45):d.start]).split()[-5:]
        if not any(w in _office_words() or w[1:] in _office_words() for w in before):
            continue
        start = d.end + 2
        nxt = next((m for m in mentions[i + 1:] if m.start >= start), None)
        stop_at = nxt.start if nxt is not None else min(len(ntext), start + 80)
        tokens = _tokens_forward(ntext[start:stop_at], start, lang)
        if len(tokens) < 2:
            continue
        end = tokens[-1][1]
        if ntext[end:end + 1] not in ("،", ",", ".", "\n", ""):
            continue
        span = _strip_clitic(ntext, (tokens[0][0], end), name_words)
        if any(a < span[1] and span[0] < b for a, b in taken):
            continue
        out.append(Mention(span[0], span[1], ntext[span[0]:span[1]], "person", None, d.country,
                           data={"role": None, "unknown": True}))
        taken.append(span)
    return out


_POSSESSIVES = frozenset({"خود", "وی", "his", "her", "its", "their", "the"})


def _beside_counterparts(ntext: str, mentions: list[Mention], lang: str | None, taken: list[tuple[int, int]],
                         name_words: frozenset[str]):
    """"his South Korean counterpart Jeong Kyeong-doo", «نظيره الطاجيكي NAME», «NAME همتای ازبکستانی
    وی»: a name beside a counterpart with a demonym is that country's official."""
    out: list[Mention] = []
    for i, c in enumerate(mentions):
        if c.kind != "counterpart":
            continue
        demonym = None
        end = c.end
        if i + 1 < len(mentions) and mentions[i + 1].kind in _COUNTRY_KINDS and mentions[i + 1].start - c.end <= 1:
            demonym, end = mentions[i + 1], mentions[i + 1].end
        elif i > 0 and mentions[i - 1].kind in _COUNTRY_KINDS and c.start - mentions[i - 1].end <= 1:
            demonym = mentions[i - 1]
        if demonym is None or not demonym.country:
            continue
        rest = ntext[end:end + 12].split()
        if rest and fold(rest[0]) in _POSSESSIVES:
            end = ntext.index(rest[0], end) + len(rest[0])
        nxt = next((m for m in mentions if m.start >= end), None)
        lead = re.match(r"[\s،,\"«(]*", ntext[end:end + 6])
        start = end + (lead.end() if lead else 0)
        stop_at = nxt.start if nxt is not None else min(len(ntext), start + 80)
        tokens = _tokens_forward(ntext[start:stop_at], start, lang)
        span = (tokens[0][0], tokens[-1][1]) if len(tokens) >= 2 else None
        if span is None and lang != "en":  # «NAME همتای ازبکستانی وی»
            first = min(c.start, demonym.start)
            prev_end = max((m.end for m in mentions if m.end <= first), default=0)
            window = ntext[prev_end:first]
            quoted = window.rstrip(" ")
            if quoted.endswith(("»", '"')):
                window = quoted[:-1]
            back = _tokens_back(window, prev_end, lang)
            place = next((m for m in mentions if m.end == prev_end and m.kind == "place"), None)
            if back and place is not None and back[0][0] - place.end == 1 and len(back) < 4:
                back.insert(0, (place.start, place.end))  # «کابل بردیف»: a given name that is a city
            if len(back) >= 2 and (_starts_clause(ntext, back[0][0]) or ntext[back[0][0] - 1:back[0][0]] in '«"'):
                span = (back[0][0], back[-1][1])
        if span is None:
            continue
        span = _strip_clitic(ntext, span, name_words)
        places = {(m.start, m.end) for m in mentions if m.kind == "place"}
        if any(a < span[1] and span[0] < b for a, b in taken if (a, b) not in places or b > span[1]):
            continue
        out.append(Mention(span[0], span[1], ntext[span[0]:span[1]], "person", None, demonym.country,
                           data={"role": None, "unknown": True, "counterpart": True}))
        taken.append(span)
    return out


_QUOTED = re.compile(r"[«\"]([^«»\"\n]{3,60})[»\"]")


def _quoted_names(ntext: str, mentions: list[Mention], lang: str | None) -> list[Mention]:
    """«آنتونیو روسی» فرمانده نیروی دریایی ایتالیا: a quoted name right before an office (or right after
    a rank) is a name even where its words are also a demonym or a city («روسی», «کابل»)."""
    stop, particles = _stop()
    out: list[Mention] = []
    for q in _QUOTED.finditer(ntext):
        a, b = q.span(1)
        words = q.group(1).split()
        if not 2 <= len(words) <= 4 or not all(_name_token(w, lang, stop, particles) for w in words):
            continue
        if any(m.start < b and a < m.end and m.kind not in _COUNTRY_KINDS + ("place",) for m in mentions):
            continue  # a known person, an office or an organisation is quoted
        after = next((i for i, m in enumerate(mentions) if m.start >= q.end()), None)
        title_before = any(m.kind == "title" and 0 <= q.start() - m.end <= 1 for m in mentions)
        if after is not None and mentions[after].kind == "role" and mentions[after].start - q.end() <= 1:
            country, _, _ = _country_near(mentions, after, ntext)
            role = mentions[after].entity_id
        elif title_before:
            country, role = apposition_country(ntext, mentions, q.end()), None
        else:
            continue
        lead = len(q.group(1)) - len(q.group(1).lstrip())
        s, e = a + lead, a + len(q.group(1).rstrip())
        out.append(Mention(s, e, ntext[s:e], "person", None, country, data={"role": role, "unknown": True}))
    return out


def _titled_country(mentions: list[Mention], start: int) -> str | None:
    """The country of a national rank standing right before a name («امیر دریادار حسین ...»)."""
    t = next((m for m in mentions if m.kind == "title" and 0 <= start - m.end <= 1), None)
    return title_country(t.text) if t is not None else None


def _strip_clitic(ntext: str, span: tuple[int, int], name_words: frozenset[str]) -> tuple[int, int]:
    """«وستيف ويتكوف» → «ستيف ويتكوف», «بمحمد البواردى» → «محمد البواردى»: an Arabic و/ب/ل glued to
    the first word, when the word without it is a known name word (or follows a comma) and the word
    with it is not."""
    s, e = span
    first = fold(ntext[s:e].split()[0]) if ntext[s:e].split() else ""
    if len(first) < 4 or first[0] not in "وبل" or first.isascii() or first in name_words:
        return span
    after_comma = ntext[max(0, s - 2):s].strip() in ("،", ",")
    if first[1:] in name_words or (first[0] == "و" and after_comma):
        return s + 1, e
    return span


def _surname_after(ntext: str, mentions: list[Mention], i: int, anchor: int, lang: str | None):
    """«وزير الدفاع الروسي شويجو»: one name word right after an office and its country, then
    punctuation or a word no name has. Kept only if it is the surname of a KB holder of that office."""
    stop, particles = _stop()
    nxt = next((m for m in mentions[i + 1:] if m.start >= anchor), None)
    stop_at = nxt.start if nxt is not None else min(len(ntext), anchor + 40)
    window = ntext[anchor:stop_at]
    lead = re.match(r"[\s،,]*", window)
    toks = list(_TOKEN.finditer(window, lead.end() if lead else 0))
    if not toks or _BREAK.search(window[lead.end() if lead else 0:toks[0].start()]):
        return None
    first = toks[0]
    if not _name_token(first.group(), lang, stop, particles) or fold(first.group()) in particles:
        return None
    if len(toks) > 1 and not _BREAK.search(window[first.end():toks[1].start()]) \
            and _name_token(toks[1].group(), lang, stop, particles):
        return None  # two name words: the two-word finders' business
    return anchor + first.start(), anchor + first.end()


def _name_after_comma(ntext: str, mentions: list[Mention], i: int, anchor: int, lang: str | None):
    """«رئيس الحكومة المغربية المكلف بإدارة الدفاع الوطني، عبد اللطيف لوديي، اليوم»: the role's
    description runs on to a comma, and the name stands between that comma and the next."""
    if lang == "en":
        return None
    nxt = next((m for m in mentions[i + 1:] if m.start >= anchor), None)
    stop_at = nxt.start if nxt is not None else min(len(ntext), anchor + 120)
    window = ntext[anchor:min(stop_at, anchor + 120)]
    comma = min((k for k in (window.find("،"), window.find(",")) if k >= 0), default=-1)
    if comma < 0 or any(c in window[:comma] for c in ".\n:؛"):
        return None
    base = anchor + comma + 1
    tokens = _tokens_forward(window[comma + 1:], base, lang)
    if len(tokens) < 2 or len(tokens) > 4:
        return None
    end = tokens[-1][1]
    if ntext[end:end + 1] not in ("،", ","):
        return None  # the name is closed by a second comma
    return tokens[0][0], end


def _after_titles(ntext: str, mentions: list[Mention], lang: str | None, taken: list[tuple[int, int]],
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
        nxt = next((m for m in mentions[i + 1:] if m.start >= t.end), None)
        if nxt is not None and nxt.start - t.end <= 3 and nxt.kind == "person":
            continue  # a known person follows
        lead = _OPENERS.match(ntext, t.end)
        start = lead.end() if lead else t.end
        stop_at = nxt.start if nxt is not None else min(len(ntext), start + 80)
        if lang != "fa" and title_country(t.text):
            continue  # «أمير البلاد»: in Arabic the Iranian officer's «امیر» is an emir, an office
        tokens = _tokens_forward(ntext[start:stop_at], start, lang, titled=True)
        if tokens and all(_common_opening(ntext[a:b]) for a, b in tokens):
            continue  # «البلاد المفدى»: a noun phrase, not a name
        absorbed = None
        if tokens and nxt is not None and nxt.kind in ("demonym", "place") and nxt.start - tokens[-1][1] == 1 \
                and len(tokens) < 4 and _ends_phrase(ntext, nxt.end):
            tokens.append((nxt.start, nxt.end))  # «شهرام ایرانی»: a surname that is also a demonym
            absorbed = (nxt.start, nxt.end)
        if len(tokens) < 2:
            continue
        span = _strip_clitic(ntext, (tokens[0][0], tokens[-1][1]), name_words)
        if any(a < span[1] and span[0] < b for a, b in taken if (a, b) != absorbed):
            continue
        country, role = _country_around(ntext, mentions, i, span[1])
        country = country or (title_country(t.text) if lang == "fa" else None)
        out.append(Mention(span[0], span[1], ntext[span[0]:span[1]], "person", None, country,
                           data={"role": role, "unknown": True, "titled": True}))
        taken.append(span)
    return out


def _postnominal(text: str) -> bool:
    """"AO", "CSC": letters after a name, which open no name of their own."""
    return text.isascii() and text.isupper() and text.isalpha() and text not in ("HRH",)


def _ends_phrase(ntext: str, pos: int) -> bool:
    rest = ntext[pos:pos + 2]
    return not rest or rest[0] in "،,.:؛\n»)" or rest == " «"


def _country_around(ntext: str, mentions: list[Mention], i: int, end: int) -> tuple[str | None, str | None]:
    """(country, role) of a titled name: a role (with its country) right after the name, else a
    country or demonym ending right before the title."""
    after = [m for m in mentions if m.start >= end][:2]
    if after and after[0].kind == "role" and ntext[end:after[0].start].strip(_CLOSERS + "،,") == "":
        j = mentions.index(after[0])
        country, _, _ = _country_near(mentions, j, ntext)
        return country or _country_after(ntext, mentions, end), after[0].entity_id
    if after and after[0].kind in _COUNTRY_KINDS and ntext[end:after[0].start].strip(_CLOSERS + "،,") == "":
        return after[0].country, None
    if i > 0 and mentions[i - 1].kind in _COUNTRY_KINDS:
        gap = ntext[mentions[i - 1].end:mentions[i].start]
        if gap.strip(" ،,") == "":
            return mentions[i - 1].country, None
    return apposition_country(ntext, mentions, end), None


def apposition_country(ntext: str, mentions: list[Mention], end: int) -> str | None:
    """The one country named in the words set beside a name up to the next punctuation: «ليندسي
    غراهام، عضو مجلس الشيوخ الأميركي،», «(اوگزان اور طغرول) سفیر کشور دوست ترکیه», «X همتای ترکیه‌ای
    خود»."""
    lead = re.match(r"[\s\"»)\]،,]*", ntext[end:end + 6])
    a = end + (lead.end() if lead else 0)
    stop = _BREAK.search(ntext, a, a + 60)
    b = stop.start() if stop else min(len(ntext), a + 60)
    inside = [m for m in mentions if a <= m.start and m.end <= b]
    if any(m.kind == "person" for m in inside):
        return None
    countries = {m.country for m in inside if m.kind in _COUNTRY_KINDS and m.country}
    return countries.pop() if len(countries) == 1 else None


def _country_near(mentions: list[Mention], i: int, ntext: str) -> tuple[str | None, int, int]:
    """The country of the role at ``mentions[i]``: a country/demonym right after it (fa/ar: «وزیر دفاع
    روسیه», «وزير الدفاع الروسي») or right before it (en: "Russian Defense Minister", "Russia's ...")."""
    role = mentions[i]
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    if nxt is not None and nxt.kind in _COUNTRY_KINDS and _gap_ok(ntext[role.end:nxt.start]):
        return nxt.country, nxt.end, role.start
    prev = mentions[i - 1] if i > 0 else None
    if prev is not None and prev.kind in _COUNTRY_KINDS and _gap_ok(ntext[prev.end:role.start], before=True):
        return prev.country, role.end, prev.start
    return None, role.end, role.start


def _country_after(ntext: str, mentions: list[Mention], end: int) -> str | None:
    """"Defense Minister Ravi Kumaran of India": the country named right after the name."""
    nxt = next((m for m in mentions if m.start >= end), None)
    if nxt is not None and nxt.kind in _COUNTRY_KINDS and fold(ntext[end:nxt.start]).strip() in ("of", "of the"):
        return nxt.country
    return None


def _gap_ok(gap: str, before: bool = False) -> bool:
    g = fold(gap).strip()
    if before:
        return g in ("", "'s", "'", "s")
    return g in ROLE_COUNTRY_GAPS


def _name_before(ntext: str, mentions: list[Mention], i: int, anchor: int, lang: str | None):
    """NAME right before the role (or before "Country's role" after a comma in English)."""
    stop_at = max((m.end for m in mentions[:i] if m.end <= anchor), default=0)
    window = ntext[stop_at:anchor]
    if lang == "en":
        m = re.search(r"([A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|bin|ibn|al|el|de|van|von))*)\s*,\s*(?:the\s+)?$", window)
        if m is None:
            return None
        tokens = _tokens_back(m.group(1), stop_at + m.start(1), lang)
    else:
        quoted = window.rstrip(" ")
        if quoted.endswith(("»", '"', ")")):  # «الکساندر مویسایف» فرمانده ...
            opener = max(quoted.rfind("«"), quoted.rfind('"', 0, len(quoted) - 1), quoted.rfind("("))
            if opener >= 0 and "\n" not in quoted[opener:]:
                inner = quoted[opener + 1:-1]
                tokens = _tokens_back(inner, stop_at + opener + 1, lang)
                if len(tokens) >= 2 and tokens[0][0] == stop_at + opener + 1 + (len(inner) - len(inner.lstrip())):
                    return tokens[0][0], tokens[-1][1]
            return None
        comma = re.search(r"[،,] ?$", window)
        if comma:  # «محمد زکی، وزیر دفاع مصر»: a name opening its clause, then a comma, then the role
            tokens = _tokens_back(window[:comma.start()], stop_at, lang)
            if len(tokens) >= 2 and _starts_clause(ntext, tokens[0][0], strict=True) \
                    and not _common_opening(ntext[tokens[0][0]:tokens[0][1]]):
                return tokens[0][0], tokens[-1][1]
            return None
        if _BREAK.search(window[-2:] if window.endswith(" ") else window[-1:] or "x"):
            return None
        tokens = _tokens_back(window, stop_at, lang)
    preceded_by_title = any(m.kind == "title" and 0 <= tokens[0][0] - m.end <= 1 for m in mentions[:i]) \
        if tokens else False
    if not tokens or (len(tokens) < 2 and not preceded_by_title):
        return None
    if not preceded_by_title and _common_opening(ntext[tokens[0][0]:tokens[0][1]]):
        return None
    if lang != "en" and not preceded_by_title and not _starts_clause(ntext, tokens[0][0]):
        return None  # without a rank or title, a name must open its clause («... و NAME وزیر دفاع X»)
    return tokens[0][0], tokens[-1][1]


def _starts_clause(ntext: str, pos: int, strict: bool = False) -> bool:
    raw = ntext[max(0, pos - 16):pos]
    before = raw.rstrip(" ")
    if not before.strip() or before.endswith(("،", ",", ".", ":", "\n", "«", "(", "؛", "-")):
        return True
    return not strict and fold(before.split()[-1]) in _introducers()


@cache
def _introducers() -> frozenset[str]:
    lex = load_lexicon("names")
    return frozenset(fold(w) for ws in lex.get("introducers", {}).values() for w in ws)


@cache
def _national_titles() -> dict[str, str]:
    lex = load_lexicon("names")
    return {fold(w): country for country, ws in lex.get("national_titles", {}).items() for w in ws}


def title_country(title: str) -> str | None:
    """The country whose forces alone use a rank or honorific («امیر دریادار» → IRN), else None."""
    words = set(fold(title).split())
    return next((c for w, c in _national_titles().items() if w in words), None)


def _name_after(ntext: str, mentions: list[Mention], i: int, anchor: int, lang: str | None):
    """NAME right after the role and its country («وزیر دفاع روسیه، آندری بلوسوف», "Minister Andrey Belousov")."""
    nxt = next((m for m in mentions[i + 1:] if m.start >= anchor), None)
    if nxt is not None and nxt.kind == "place" and nxt.start - anchor <= 1 and ntext[nxt.start:nxt.start + 1].isupper():
        nxt = next((m for m in mentions[i + 1:] if m.start >= nxt.end), None)  # "Minister Jaroslav Nad"
    stop_at = nxt.start if nxt is not None else min(len(ntext), anchor + 80)
    window = ntext[anchor:stop_at]
    lead = re.match(r"[\s،,\"«(]*", window)
    offset = anchor + (lead.end() if lead else 0)
    window = window[(lead.end() if lead else 0):]
    # A title between role and name ("Defense Minister Gen. X") is skipped.
    if nxt is not None and nxt.kind == "title" and nxt.start - offset <= 1:
        after_title = next((m for m in mentions[i + 1:] if m.start >= nxt.end), None)
        offset = nxt.end
        stop_at = after_title.start if after_title is not None else min(len(ntext), offset + 80)
        window = ntext[offset:stop_at]
    tokens = _tokens_forward(window, offset, lang)
    if len(tokens) < 2:
        return None
    return tokens[0][0], tokens[-1][1]


def _tokens_back(window: str, base: int, lang: str | None) -> list[tuple[int, int]]:
    """Up to four name tokens at the end of ``window`` (offsets absolute)."""
    stop, particles = _stop()
    toks = [(base + m.start(), base + m.end(), m.group()) for m in _TOKEN.finditer(window)]
    tail = window[toks[-1][1] - base:] if toks else ""
    if toks and tail.strip():
        return []  # punctuation between the name and the role
    out: list[tuple[int, int]] = []
    words = 0
    for s, e, t in reversed(toks):
        if not _name_token(t, lang, stop, particles) or words == _MAX_WORDS:
            break
        words += fold(t) not in particles and fold(t) not in _COMPOUND
        between = window[s - base:(out[0][0] - base)] if out else ""
        if out and _BREAK.search(between):
            break
        out.insert(0, (s, e))
    return out


def _tokens_forward(window: str, base: int, lang: str | None, titled: bool = False) -> list[tuple[int, int]]:
    stop, particles = _stop()
    out: list[tuple[int, int]] = []
    last_end = 0
    words = 0
    for m in _TOKEN.finditer(window):
        if _BREAK.search(window[last_end:m.start()]) or words == _MAX_WORDS:
            break
        if not _name_token(m.group(), lang, stop, particles):
            break
        words += fold(m.group()) not in particles and fold(m.group()) not in _COMPOUND
        out.append((base + m.start(), base + m.end()))
        last_end = m.end()
    while out and fold(window[out[-1][0] - base:out[-1][1] - base]) in particles:
        out.pop()
    if out and not titled and _common_opening(window[out[0][0] - base:out[0][1] - base]):
        return []
    return out


def _common_opening(token: str) -> bool:
    """An Arabic-script word with the article («المكلف», «للشؤون», «الوطني») opens a noun phrase,
    not a name, unless a rank or title stands before it."""
    f = fold(token)
    return len(f) > 3 and not f.isascii() and f.startswith(("ال", "لل"))


def is_name_word(token: str, lang: str | None) -> bool:
    """Could ``token`` be part of a person's name (not a function word, trigger, digit; capitalised in English)?"""
    stop, particles = _stop()
    return _name_token(token, lang, stop, particles) and fold(token) not in particles


def _name_token(token: str, lang: str | None, stop: frozenset[str], particles: frozenset[str]) -> bool:
    f = fold(token)
    if f in particles:
        return True
    if f.startswith("وال") and len(f) > 3:
        return False  # «والوفد»: "and the ..." starts the next phrase
    if f in stop or any(ch.isdigit() for ch in token):
        return False
    if lang == "en" or token.isascii():
        return token[:1].isupper() and token.isascii()
    return len(f) >= 2
