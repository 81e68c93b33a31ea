"""Find office-holders the knowledge base does not know, from the way news introduces them.

    «سپهبد شیرعلی میرزا وزیر دفاع جمهوری تاجیکستان»     rank + NAME + role + country
    «اللواء إمام علي صابرزاده وزير دفاع جمهورية طاجيكستان»  rank + NAME + role + country
    «وزیر دفاع روسیه، آندری بلوسوف»                      role + country + NAME
    "Russian Defense Minister Andrey Belousov"             demonym + role + NAME
    "Andrey Belousov, Russia's defense minister"           NAME, country's role

A name is one to four words between such anchors that are not function words (``names.toml``),
punctuation or other mentions; English names are capitalised (``name_words.py`` reads them). Names
after ranks, beside counterparts, in quotes and after plural offices are found by ``anchors.py``. The
result is a ``person`` mention with no KB id, its role and country, named as written.
"""

from __future__ import annotations

import re

from ..document import Mention, Spans
from ..normalise import fold
from .anchors import (after_office_phrases, after_titles, beside_counterparts, country_before_title, is_office_word,
                      plural_roles, possessives, quoted_names)
from .name_words import (BREAK, COUNTRY_KINDS, LONGEST, ROLE_COUNTRY_GAPS, TOKEN, apposition_country, common_opening,
                         country_after, country_near, end_before, first_from, is_name_word, name_token,
                         office_qualifiers_lead, only_office_qualifiers,
                         portfolio_lead, portfolio_tail, split_at_clitic, starting_in, starts_clause, stop_words,
                         strip_clitic, title_country, titled_country, tokens_back, tokens_forward)

__all__ = ["find_unknown_persons", "is_name_word", "is_office_word", "ROLE_COUNTRY_GAPS", "title_country",
           "only_office_qualifiers",
           "apposition_country", "portfolio_tail"]


def find_unknown_persons(ntext: str, mentions: list[Mention], lang: str | None,
                         name_words: frozenset[str] = frozenset()) -> list[Mention]:
    """Person mentions (``entity_id=None``) for names introduced with a role or a rank, not already
    known. ``name_words``: words known to occur in names (the knowledge base's), which tell a name
    glued to a clitic («وستيف», «بمحمد») from one that starts with the same letter («وليد»)."""
    found: list[Mention] = quoted_names(ntext, mentions, lang)
    taken = Spans([(m.start, m.end) for m in mentions if m.kind not in COUNTRY_KINDS + ("place",)
             or not any(f.start <= m.start and m.end <= f.end for f in found)] + [(f.start, f.end) for f in found])
    places = {(m.start, m.end) for m in mentions if m.kind == "place" and ntext[m.start:m.start + 1].isupper()}
    for i, role in enumerate(mentions):
        if role.kind != "role":
            continue
        country, c_end, c_start = country_near(mentions, i, ntext)
        after = _name_after(ntext, mentions, i, c_end, lang) or _name_after_comma(ntext, mentions, i, c_end, lang)
        for span in (_name_before(ntext, mentions, i, c_start, lang), after):
            if span is None or any(t not in places for t in taken.overlapping(*span)):
                continue
            s, e = split_at_clitic(ntext, strip_clitic(ntext, span, name_words), name_words, span is not after)
            # «، وستيف ويتكوف», «، والجنرال باسكال إياني»: the next item of a list
            listed = span is after and (s != span[0] and ntext[s - 1] == "و" or _LIST_ITEM.match(ntext, c_end, s))
            # the next item of a list is not of the office's country («X، رئيس أركان الجيوش السنغالية، والجنرال Y،
            # قائد القوات الفرنسية»)
            own = None if listed else country
            own = own or (titled_country(mentions, s) if lang == "fa" else None)
            own = own or country_after(ntext, mentions, e) or (apposition_country(ntext, mentions, e) if listed else None)
            own = own or country_before_title(ntext, mentions, s)
            if not listed:
                country = own
            found.append(Mention(s, e, ntext[s:e], "person", None, own,
                                 data={"role": None if listed else role.entity_id, "unknown": True}))
            taken.add(*span)
        single = None if after is not None or country is None else _surname_after(ntext, mentions, i, c_end, lang)
        if single is not None and not taken.overlaps(*single):
            found.append(Mention(single[0], single[1], ntext[single[0]:single[1]], "person", None, country,
                                 data={"role": role.entity_id, "unknown": True, "single": True}))
            taken.add(*single)
    found.extend(after_titles(ntext, mentions, lang, taken, name_words))
    found.extend(beside_counterparts(ntext, mentions, lang, taken, name_words))
    if lang in ("fa", "ar"):
        found.extend(after_office_phrases(ntext, mentions, lang, taken, name_words))
    if lang == "en":
        found.extend(plural_roles(ntext, mentions, taken))
        found.extend(possessives(ntext, mentions, taken))
    return found


_LIST_ITEM = re.compile(r"\s*[،,]\s*و")


def _surname_after(ntext: str, mentions: list[Mention], i: int, anchor: int, lang: str | None):
    """«وزير الدفاع الروسي شويجو»: one name word right after an office and its country, then
    punctuation or a word no name has. Kept only if it is the surname of a KB holder of that office."""
    stop, particles = stop_words()
    nxt = first_from(mentions, anchor, i + 1)
    stop_at = nxt.start if nxt is not None else min(len(ntext), anchor + 40)
    window = ntext[anchor:stop_at]
    lead = re.match(r"[\s،,]*", window)
    toks = list(TOKEN.finditer(window, lead.end() if lead else 0))
    if not toks or BREAK.search(window[lead.end() if lead else 0:toks[0].start()]):
        return None
    first = toks[0]
    if not name_token(first.group(), lang, stop, particles) or fold(first.group()) in particles:
        return None
    if len(toks) > 1 and not BREAK.search(window[first.end():toks[1].start()]) \
            and name_token(toks[1].group(), lang, stop, particles):
        return None  # two name words: the two-word finders' business
    return anchor + first.start(), anchor + first.end()


def _name_after_comma(ntext: str, mentions: list[Mention], i: int, anchor: int, lang: str | None):
    """«رئيس الحكومة المغربية المكلف بإدارة الدفاع الوطني، عبد اللطيف لوديي، اليوم»: the role's
    description runs on to a comma, and the name stands between that comma and the next."""
    if lang == "en":
        return None
    nxt = first_from(mentions, anchor, i + 1)
    stop_at = nxt.start if nxt is not None else min(len(ntext), anchor + 120)
    window = ntext[anchor:min(stop_at, anchor + 120)]
    comma = min((k for k in (window.find("،"), window.find(",")) if k >= 0), default=-1)
    if comma < 0 or any(c in window[:comma] for c in ".\n:؛"):
        return None
    base = anchor + comma + 1
    tokens = tokens_forward(window[comma + 1:], base, lang)
    if len(tokens) < 2 or len(tokens) > 4:
        return None
    end = tokens[-1][1]
    if ntext[end:end + 1] not in ("،", ","):
        return None  # the name is closed by a second comma
    return tokens[0][0], end


def _name_before(ntext: str, mentions: list[Mention], i: int, anchor: int, lang: str | None):
    """NAME right before the role (or before "Country's role" after a comma in English)."""
    stop_at = end_before(mentions, anchor, i)
    window = ntext[stop_at:anchor]
    if lang == "en":
        m = re.search(r"([A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|bin|ibn|al|el|de|van|von))*)\s*,\s*(?:the\s+)?$", window)
        if m is None:
            return None
        tokens = tokens_back(m.group(1), stop_at + m.start(1), lang)
    else:
        quoted = window.rstrip(" ")
        if quoted.endswith(("»،", "»,", '"،', '",')):  # «دیوید مک‌گینتی»، وزیر دفاع ملی کانادا
            quoted = quoted[:-1].rstrip(" ")
        if quoted.endswith(("»", '"', ")")):  # «الکساندر مویسایف» فرمانده ...
            opener = max(quoted.rfind("«"), quoted.rfind('"', 0, len(quoted) - 1), quoted.rfind("("))
            if opener >= 0 and "\n" not in quoted[opener:]:
                inner = quoted[opener + 1:-1]
                tokens = tokens_back(inner, stop_at + opener + 1, lang)
                if len(tokens) >= 2 and tokens[0][0] == stop_at + opener + 1 + (len(inner) - len(inner.lstrip())):
                    return tokens[0][0], tokens[-1][1]
            return None
        comma = re.search(r"[،,] ?$", window)
        if comma:  # «محمد زکی، وزیر دفاع مصر»: a name opening its clause, then a comma, then the role
            tokens = tokens_back(window[:comma.start()], stop_at, lang)
            if len(tokens) >= 2 and starts_clause(ntext, tokens[0][0], strict=True) \
                    and not common_opening(ntext[tokens[0][0]:tokens[0][1]]):
                return tokens[0][0], tokens[-1][1]
            return None
        if BREAK.search(window[-2:] if window.endswith(" ") else window[-1:] or "x"):
            return None
        tokens = tokens_back(window, stop_at, lang)
    preceded_by_title = any(m.kind == "title" and 0 <= tokens[0][0] - m.end <= 1
                            for m in starting_in(mentions, tokens[0][0] - 1 - LONGEST, tokens[0][0] + 1, hi=i)) \
        if tokens else False
    if not tokens or (len(tokens) < 2 and not preceded_by_title):
        return None
    if not preceded_by_title and common_opening(ntext[tokens[0][0]:tokens[0][1]]):
        return None
    if lang != "en" and not preceded_by_title and not starts_clause(ntext, tokens[0][0]):
        return None  # without a rank or title, a name must open its clause («... و NAME وزیر دفاع X»)
    return tokens[0][0], tokens[-1][1]


def _name_after(ntext: str, mentions: list[Mention], i: int, anchor: int, lang: str | None):
    """NAME right after the role and its country («وزیر دفاع روسیه، آندری بلوسوف», "Minister Andrey Belousov")."""
    nxt = first_from(mentions, anchor, i + 1)
    if nxt is not None and nxt.kind == "place" and nxt.start - anchor <= 1 and ntext[nxt.start:nxt.start + 1].isupper():
        nxt = first_from(mentions, nxt.end, i + 1)  # "Minister Jaroslav Nad"
    stop_at = nxt.start if nxt is not None else min(len(ntext), anchor + 80)
    window = ntext[anchor:stop_at]
    lead = re.match(r"[\s،,\"«(]*", window)
    offset = anchor + (lead.end() if lead else 0)
    window = window[(lead.end() if lead else 0):]
    # A title between role and name ("Defense Minister Gen. X") is skipped.
    while nxt is not None and nxt.kind == "title" and nxt.start - offset <= 1:  # "General Sir X": each title
        after_title = first_from(mentions, nxt.end, i + 1)
        offset = nxt.end
        stop_at = after_title.start if after_title is not None else min(len(ntext), offset + 80)
        window = ntext[offset:stop_at]
        nxt = after_title
    if lang == "en" and (skip := portfolio_lead(window)):  # "Vice-Minister of Defense Policy X"
        offset, window = offset + skip, window[skip:]
    elif skip := office_qualifiers_lead(window):  # «… التايلاندي بالنيابة آنذاك NAME»
        offset, window = offset + skip, window[skip:]
    tokens = tokens_forward(window, offset, lang)
    if len(tokens) < 2:
        return None
    if lang != "en" and lead and any(c in lead.group() for c in "،,") and nxt is not None and nxt.kind == "role" \
            and not ntext[tokens[-1][1]:nxt.start].strip(" \"»)،,"):
        # «X وزیر دفاع مالی، ژنرال Y وزیر دفاع بورکینافاسو»: the next item of a list, its own office after it;
        # «در حاشیه سفر نخست‌وزیر، «Y»، وزیر دفاع ملی کانادا»: Y's office is the one after him
        return None
    return tokens[0][0], tokens[-1][1]

