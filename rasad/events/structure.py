"""How a sentence groups the sides of an event: one meeting of all, or one meeting per counterpart.

A sentence naming three or more countries is read from its grammar, not from the countries in it:

* an *agent* stands before the trigger or before «با» / «مع» / "with" («وزیر دفاع روسیه در تماسی
  تلفنی با ...», "Li held bilateral meetings with ...»), or right after a verb that opens the sentence
  («التقى وزير الدفاع المصري ...»); the countries after it are the counterparts;
* one agent country with several counterpart countries is a separate meeting with each of them
  («با همتایان ترک و فرانسوی و همچنین رئیس پنتاگون», "with officials from Mongolia, New Zealand and
  Cambodia") — unless the sentence says they met together («سه‌جانبه», «ثلاثي», "trilateral");
* an agent of several countries ("the defence ministers of A, B and C met") is one meeting of all.

A country named only in a coordinated pair ("concerns over China and Pakistan") next to two sides
that have people or offices is a topic, not a side.
"""

from __future__ import annotations

import re
from functools import cache

from ..document import Document, Mention, Span
from ..lexicons import words_pattern
from ..normalise import fold
from ..sentences import SENTENCE_STOP
from .lexicon import words_of, words_re
from .participants import Side, body_officer_before, coordinated

__all__ = ["side_groups", "official_groups", "drop_topic_pairs", "also_before", "anaphoric_phrase",
           "each_on_their_own", "attendees", "gathering_of", "objects_only", "other_time", "pair_only", "unnamed_words"]


def _first_comitative(doc: Document, lo: int, hi: int) -> int | None:
    m = words_re("comitative", doc.lang).search(doc.ltext, lo, hi)
    return m.start() if m else None


def side_groups(doc: Document, sides: list[Side], countries: list[str], trigger: int,
                sent_end: int) -> list[list[str]] | None:
    """The country sets of the separate meetings a sentence tells, or None when it tells one meeting
    of ``countries``. ``trigger`` is where the first trigger starts. (A cue that the sides met
    together, «سه‌جانبه», "trilateral", is checked by the caller.)"""
    if len(countries) < 3:
        return None
    if any(s.mention.kind == "org" and sum(t.mention is s.mention for t in sides) >= 2 for s in sides):
        return None  # «قمة تجمع ميلوني برؤساء دول آسيا الوسطى الخمس»: a group named as one meets together
    firsts: dict[str, int] = {}
    for s in sides:
        if s.strength >= 2 and s.country in countries:
            firsts[s.country] = min(firsts.get(s.country, s.mention.start), s.mention.start)
    if len(firsts) < len(countries):
        return None
    between = _between_list(doc, sides, countries)
    if between:
        return [between]
    if _co_subjects(doc, sides, firsts, trigger, sent_end):
        return None
    agent = _agent(doc, firsts, trigger, sent_end)
    if len(agent) != 1:
        return None
    [a] = agent
    others = [c for c in countries if c != a]
    return [sorted((a, o)) for o in others]


def signed_with_a_list(doc: Document, sides: list[Side], trigger: int, sent_end: int) -> bool:
    """A document signed "with" the officials of several countries named in one list («وقّع مع رئيسي
    بوركينا فاسو والنيجر الميثاق», "signed the charter with the presidents of Burkina Faso and Niger"): one
    signing of them all, not one per country."""
    with_at = _first_comitative(doc, trigger, sent_end)
    plural = words_re("plural_documents", doc.lang).search(doc.ltext, max(0, trigger - 80), sent_end)
    if with_at is None or plural is not None:
        return False  # "signed agreements with France and Germany": one with each
    listed = [s for s in sides if s.strength >= 2 and s.mention.start > with_at]
    if len({s.country for s in listed}) < 2:
        return False
    after = sorted((s.mention for s in listed), key=lambda m: m.start)
    return all(word in _LIST_WORDS for word in unnamed_words(doc, after[0].start, after[-1].end))


_LIST_WORDS = frozenset({"و", "and", ",", "،", "of", "the"})


def unnamed_words(doc: Document, a: int, b: int) -> list[str]:
    """The words between ``a`` and ``b`` that no mention covers (commas count as words)."""
    gap = list(doc.ltext[a:b])
    for m in doc.mentions:
        if a <= m.start and m.end <= b:
            gap[m.start - a:m.end - a] = " " * (m.end - m.start)
    return "".join(gap).replace(",", " , ").replace("،", " ، ").split()


_AND = re.compile(r"[\s,،]*(?:و|and)?[\s,،]*")
_JOINED = re.compile(r"(?:(?<!\w)و|\sand\s|[,،]\s*)$")  # «... والصفدي», "A and B", "A, B": the next of a list


def _co_subjects(doc: Document, sides: list[Side], firsts: dict[str, int], trigger: int, sent_end: int) -> bool:
    """The verb first and its subjects joined by «و» / "and" after it, none of them the object of a «مع» /
    "with" («وقّع الشيباني والصفدي وباراك على خريطة طريق», "signed by the leaders of A, B and C"): they act
    together, one event. (A Persian verb comes last: its subjects stand before it.)"""
    if doc.lang == "fa" or min(firsts.values()) < trigger or _first_comitative(doc, trigger, sent_end) is not None:
        return False
    heads = sorted((s for s in sides if s.strength >= 2), key=lambda s: s.mention.start)
    second = next((s.mention.start for s in heads if s.country != heads[0].country), None) if heads else None
    if second is None:
        return False
    before = {m.end: m.start for m in doc.mentions if trigger < m.start < second}
    while (at := before.get(len(doc.ltext[:second].rstrip()))) is not None and at < second:
        second = at  # "US Defense Secretary": the list's item begins with its nationality or title
    if _JOINED.search(doc.ltext, max(trigger, second - 6), second) is None:
        return False
    if _AND.fullmatch(doc.ltext, heads[0].mention.end, second):
        return True  # "signed by the leaders of Armenia, Azerbaijan and …": one list
    # nothing but the first one's name, titles and office before the «و»: not «استقبل X، أمس …، على
    # التوالي، Y»
    return len([w for w in unnamed_words(doc, heads[0].mention.start, second) if w not in ",،"]) <= 2


def official_groups(doc: Document, sides: list[Side], countries: list[str], triggers: list[int],
                    sent_end: int) -> list[list[Side]] | None:
    """An agent meeting officials of the other side one after the other, each with a trigger of its
    own or set apart («علاوه بر دیدار با همتایش، با اردوغان و همچنین وزیر دفاع این کشور دیدار», "called
    on the prime minister and subsequently met the national security adviser"): the sides of each
    meeting, or None when the sentence tells one meeting (officials joined by a plain «و» / "and"
    may be met together)."""
    if len(countries) != 2:
        return None
    firsts: dict[str, int] = {}
    for s in sides:
        if s.strength >= 2:
            firsts[s.country] = min(firsts.get(s.country, s.mention.start), s.mention.start)
    if set(firsts) != set(countries):
        return None
    agent = _agent(doc, firsts, min(triggers), sent_end)
    if len(agent) != 1:
        return None
    [other] = [c for c in countries if c not in agent]
    attendance = words_re("attendance", doc.lang).search(doc.ltext, min(firsts.values()), sent_end)
    limit = attendance.start() if attendance else sent_end
    verb = words_re("attendance_verbs", doc.lang).search(doc.ltext, min(firsts.values()), sent_end)
    if verb:  # «؛ ژنرال X ... نیز در این دیدار حضور داشت»: the clause before the verb names attendees
        opens = [doc.ltext.rfind(ch, min(firsts.values()), verb.start()) for ch in "؛;"]
        if max(opens) > 0:
            limit = min(limit, max(opens))
    officials = _officials(doc, [s for s in sides if s.country == other and s.mention.start < limit])
    groups: list[list[Side]] = []
    for prev, group in zip([None] + officials, officials):
        if prev is None or not _set_apart(doc, prev, group, triggers):
            groups.append(list(group)) if prev is None else groups[-1].extend(group)
        else:
            groups.append(list(group))
    if len(groups) < 2:
        return None
    in_any = {id(s) for group in groups for s in group}
    rest = [s for s in sides if id(s) not in in_any and (s.country != other or s.person is None)]
    return [rest + group for group in groups]


def _set_apart(doc: Document, a: list[Side], b: list[Side], triggers: list[int]) -> bool:
    """Officials ``a`` and ``b`` (in text order) are met separately: a trigger, a word like «و
    همچنین», «كما», "subsequently", or a second «با» / "with" stands between them."""
    lo = max(s.mention.end for s in a)
    hi = min(s.mention.start for s in b)
    if hi <= lo:
        return False
    return any(lo <= t < hi for t in triggers) or any(words_re(table, doc.lang).search(doc.ltext, lo, hi)
                                                      for table in ("separately", "comitative"))


def _officials(doc: Document, sides: list[Side]) -> list[list[Side]]:
    """The distinct officials among one country's sides, in text order: a person with the office
    written next to it, or an office whose holder is not named («رئیس پارلمان این کشور»)."""
    groups: dict[str, list[Side]] = {}
    for s in sorted(sides, key=lambda s: s.mention.start):
        if s.person:
            groups.setdefault(s.person, []).append(s)
    for s in sorted(sides, key=lambda s: s.mention.start):
        if s.person or s.strength < 3 or not (s.role or s.mention.kind == "counterpart"):
            continue
        near = [(min(_distance(x.mention, s.mention) for x in g), k) for k, g in groups.items()
                if s.mention.kind != "counterpart" and any(_apposed(doc, x.mention, s.mention) for x in g)]
        same = _counterpart_named(groups, s) if not near else None
        if near:
            groups[min(near)[1]].append(s)  # the office goes with the nearest name («X نخست وزیر و Y رئیس جمهور»)
        elif same is not None:
            groups[same].append(s)  # «با راجنات سینگ، وزیر دفاع هند ... از همتای هندی خود»: the one named
        else:
            groups.setdefault(f"office:{s.role}:{s.mention.start}", []).append(s)
    return sorted(groups.values(), key=lambda g: min(s.mention.start for s in g))


def _counterpart_named(groups: dict[str, list[Side]], s: Side) -> str | None:
    """The group of the official a bare counterpart ``s`` is: the one holding its office, or, its office
    unknown, the only one named."""
    if s.mention.kind != "counterpart":
        return None
    if s.role:
        return next((k for k, g in groups.items() if any(x.role == s.role for x in g)), None)
    return next(iter(groups)) if len(groups) == 1 else None


def _distance(a: Mention, b: Mention) -> int:
    return max(a.start, b.start) - min(a.end, b.end)


def _apposed(doc: Document, a: Mention, b: Mention) -> bool:
    """An office written next to a person's name ("Prime Minister Narendra Modi", «اردوغان رئیس جمهور»)."""
    lo, hi = min(a.end, b.end), max(a.start, b.start)
    return hi - lo <= 40 and not any(words_re(t, doc.lang).search(doc.ltext, lo, hi)
                                     for t in ("comitative", "separately"))


def with_a_company(doc: Document, trigger_start: int, trigger_end: int) -> bool:
    """«مذاکرات ... میان این شرکت و وزارت دفاع», "talks between the shipbuilder and the ministry", «قرارداد
    ... میان آژانس تسلیحات لهستان و شرکت «هیوندای روتم» امضا شد»: a "between" whose parties, right after
    the trigger (or, in Persian, before it in its clause), include a company (``signed_by_companies``)."""
    companies = words_re("signed_by_companies", doc.lang)
    m = words_re("between", doc.lang).search(doc.ltext, trigger_end, trigger_end + 60)
    if m is not None and not SENTENCE_STOP.search(doc.ltext, trigger_end, m.start()) \
            and companies.search(doc.ltext[m.end():m.end() + 60].split("،")[0].split(",")[0]):
        return True
    if doc.lang != "fa":
        return False
    lo = max(0, trigger_start - 90)
    before = [b for b in words_re("between", doc.lang).finditer(doc.ltext, lo, trigger_start)
              if not any(ch in doc.ltext[b.end():trigger_start] for ch in ".،,؛:\n")]
    return bool(before) and companies.search(doc.ltext[before[-1].end():trigger_start]) is not None


def _between_list(doc: Document, sides: list[Side], countries: list[str]) -> list[str] | None:
    """"talks between A and B" («مذاکرات میان روسیه و اوکراین»): A and B are the sides, whoever
    hosts or reports them."""
    # a "between" after the last side has no side after it: the search stops there
    lo, hi = min(s.mention.start for s in sides), max(s.mention.start for s in sides)
    lo = max(0, lo - 32)  # «بين الرئيس المصري ...»: the word may stand right before the first side
    for m in words_re("between", doc.lang).finditer(doc.ltext, lo, hi):
        after = sorted((s for s in sides if s.strength >= 2 and s.country in countries and s.mention.start > m.end()),
                       key=lambda s: s.mention.start)
        if len(after) < 2 or after[0].mention.start - m.end() > 24 or SENTENCE_STOP.search(
                doc.ntext, m.end(), after[0].mention.start):
            continue  # «… بين دول الجنوب.» ends the sentence before: no list of sides
        listed = [after[0].country]
        for prev, nxt in zip(after, after[1:]):
            gap = fold(doc.ntext[prev.mention.end:nxt.mention.start]).strip()
            if len(gap) > 24 and not (len(gap) <= 60 and gap.startswith(("و", "and ", ",", "،", "و "))):
                break  # «... قيس سعيد ورئيس المجلس الرئاسي الليبي محمد المنفي»: the next item's office may stand between
            if nxt.country not in listed:
                listed.append(nxt.country)
        if len(listed) >= 2:
            return sorted(listed)
    return None


def _agent(doc: Document, firsts: dict[str, int], trigger: int, sent_end: int) -> set[str]:
    """The countries of the sentence's agent: before the trigger and before the first «با» / «مع» /
    "with" after them; when the trigger opens the clause, the ones between it and the next «با»,
    else the first country after it."""
    order = sorted(firsts.items(), key=lambda kv: kv[1])
    before = [c for c, pos in order if pos < trigger]
    if before:
        w = _first_comitative(doc, order[0][1], trigger)
        cut = w if w is not None else trigger
        return {c for c, pos in order if pos < cut}
    w = _first_comitative(doc, trigger, sent_end)
    if w is not None and not (doc.lang == "ar" and words_re("also", doc.lang).search(doc.ltext, trigger, w)):
        # (a «مع» after «كما» is a second clause's: «التقى X أيضاً Y …، كما بحث مع Z …» — X is the agent)
        inside = {c for c, pos in order if trigger <= pos < w}
        if inside:
            return inside
    return {c for c, pos in order if pos == order[0][1]}  # «اجتماع لوزراء دفاع مصر والأردن والعراق»: one list


def drop_topic_pairs(sides: list[Side], countries: list[str], ms: list[Mention], ntext: str) -> list[str]:
    """Countries named only in a coordinated list of names that holds none of the sides with people
    or offices are topics ("concerns over China and Pakistan"), when two such sides are there; a
    list holding them names the sides («نشست سه‌جانبه ایران، روسیه و چین»)."""
    strong = {s.country for s in sides if s.strength >= 3}
    if len(strong) < 2:
        return countries
    keep = []
    for c in countries:
        evidence = [s for s in sides if s.country == c and s.strength >= 2]
        if c in strong or not all(_topic_only(s, strong, ms, ntext) for s in evidence):
            keep.append(c)
    return keep


def _topic_only(s: Side, strong: set[str], ms: list[Mention], ntext: str) -> bool:
    """``s`` is a country named only in a list of other countries, none of them a side with people."""
    if not pair_only(s):
        return False
    listed = _listed(s.mention, ms, ntext)
    return bool(listed) and not listed & strong


def _listed(m: Mention, ms: list[Mention], ntext: str) -> set[str]:
    """The other countries listed with ``m`` («ایران و روسیه»); empty when ``m`` stands in no list."""
    i = next((k for k, x in enumerate(ms) if x is m), None)
    if i is None:
        return set()
    return {ms[j].country for j in coordinated(ms, i, ntext, 1) + coordinated(ms, i, ntext, -1)} - {m.country}


def pair_only(s: Side) -> bool:
    """A country or demonym of strength 2 is evidence only as one of a pair («ایران و روسیه»)."""
    return s.strength == 2 and s.mention.kind in ("country", "demonym")


def also_before(doc: Document, trigger: int, sent_start: int) -> bool:
    """«كما التقى», "also met", «همچنین ... دیدار کرد»: a word of ``also`` in triggers.toml stands shortly
    before the trigger, so the sentence tells a further meeting."""
    lo = max(sent_start, trigger - (90 if doc.lang == "fa" else 20))  # Persian puts the verb last
    if words_re("also", doc.lang).search(doc.ltext, lo, trigger):
        return True
    # or opening the sentence: "Earlier, the visiting general held a meeting with ..."
    opening = doc.ltext[sent_start:min(trigger, sent_start + 24)].lstrip(" \"«")
    return bool(words_re("also", doc.lang).match(opening) or words_re("also_opening", doc.lang).match(opening))


def other_time(doc: Document, lo: int, hi: int) -> bool:
    """"follows", «پس از», «بعد» (``other_time`` in triggers.toml) between ``lo`` and ``hi``: what comes
    after is the time of another happening."""
    return bool(words_re("other_time", doc.lang).search(doc.ltext, lo, hi))


def before_signing(doc: Document, lo: int, hi: int) -> bool:
    """«پیش از», «قبل», "ahead of" (``before_signing`` in triggers.toml) between ``lo`` and ``hi``, ending
    right before a signing: the signing frames a meeting told before it."""
    return any(len(doc.ltext[m.end():hi].split()) <= 1
               for m in words_re("before_signing", doc.lang).finditer(doc.ltext, lo, hi))


def anaphoric_phrase(doc: Document, lo: int, hi: int) -> bool:
    """«در این تماس», «خلال الاتصال», "during the call" (``anaphoric_phrases`` in triggers.toml) between
    ``lo`` and ``hi``: the sentence tells more about a meeting or call already told."""
    return bool(words_re("anaphoric_phrases", doc.lang).search(doc.ltext, lo, hi))


def each_on_their_own(doc: Document, sides: list[Side], countries: list[str], trigger: int, sent_end: int) -> bool:
    """"China's Li and US Secretary Austin have kicked off separate meetings": sides named together as the
    agent, each meeting others on its own («به طور جداگانه», «بشكل منفصل»), did not meet each other."""
    firsts: dict[str, int] = {}
    for s in sides:
        if s.strength >= 2 and s.country in countries:
            firsts[s.country] = min(firsts.get(s.country, s.mention.start), s.mention.start)
    if len(firsts) < 2 or len(_agent(doc, firsts, trigger, sent_end)) < 2:
        return False
    return bool(words_re("apart", doc.lang).search(doc.ltext, max(0, trigger - 40), min(sent_end, trigger + 40)))


def several_guests_at(doc: Document, trigger: tuple[int, int], sent_end: int) -> int | None:
    """«التقى ... كلا على حدة، عددا من الوزراء», "met a number of delegations", «عقد عددا من اللقاءات الثنائية»:
    where the words telling that the one who met (named before them) is the host of several meetings stand
    after the trigger (``several_guests`` or ``apart``) or right before it, or None."""
    start, end = trigger
    found = [m.start() for table in ("several_guests", "apart")
             if (m := words_re(table, doc.lang).search(doc.ltext, end, sent_end))]
    # (right before the trigger, an article or a proclitic may stand between: «عددا من اللقاءات»)
    before = [m for m in words_re("several_guests", doc.lang).finditer(doc.ltext, max(0, start - 20), start)
              if len(doc.ltext[m.end():start].strip()) <= 2]
    return min(found + [m.start() for m in before], default=None)


def attendees(doc: Document, sides: list[Side], lo: int, hi: int) -> set[str]:
    """Countries named only right after «با حضور», «بحضور», "in the presence of" (``attendance``): an
    attendee's country is not a side («... با حضور سفیر روسیه با همتای سوری دیدار کرد»)."""
    found: set[str] = set()
    cues = [m.end() for m in words_re("attendance", doc.lang).finditer(doc.ltext, lo, hi)]

    def attending(s: Side) -> bool:  # in the cue's clause: a list of names after it, up to a comma
        return any(0 <= s.mention.start - end <= _ATTENDANCE_REACH
                   and not any(ch in doc.ltext[end:s.mention.start] for ch in ",،؛;:.") for end in cues)

    found |= {s.country for s in sides if attending(s)}
    # «وقع روبيو بصفته شاهدا», "signed as a witness": the one named right before the words is an attendee too
    witnessed = [s for s in sides for w in words_re("as_witness", doc.lang).finditer(doc.ltext, lo, hi)
                 if 0 <= w.start() - s.mention.end <= 40
                 and not any(ch in doc.ltext[s.mention.end:w.start()] for ch in ",،؛;:.")]
    witnessed += _with_onlookers(doc, sides, lo, hi)
    found |= {s.country for s in witnessed}
    elsewhere = {s.country for s in sides if s.strength >= 2 and not attending(s) and not any(s is w for w in witnessed)}
    return found - elsewhere


_ATTENDANCE_REACH = 90  # characters from an attendance cue to the last name of its list
_WITH = re.compile(r"(?<!\w)with\s")


def _with_onlookers(doc: Document, sides: list[Side], lo: int, hi: int) -> list[Side]:
    """"…, with X and Y, the ASEAN chair, looking on as witnesses": the sides named between "with" and the words
    that end the phrase (``with_looking_on``) watched."""
    out: list[Side] = []
    for w in words_re("with_looking_on", doc.lang).finditer(doc.ltext, lo, hi):
        opened = list(_WITH.finditer(doc.ltext, max(lo, w.start() - 160), w.start()))
        if not opened or any(ch in doc.ltext[opened[-1].end():w.start()] for ch in ";:"):
            continue
        out += [s for s in sides if opened[-1].end() <= s.mention.start < w.start()]
    return out


def gathering_of(doc: Document, trigger_end: int) -> bool:
    """"a meeting of the Ukraine Defense Contact Group", «اجتماع لمجموعة الاتصال», «نشست گروه»: the
    trigger names a gathering of a group or organisation (``gathering`` in triggers.toml)."""
    return bool(words_re("gathering", doc.lang).match(doc.ltext, trigger_end) or
                words_re("gathering", doc.lang).match(doc.ltext, trigger_end + 1))


_FA_FROM = re.compile(r"\s*(?<!\w)از\s+(?:یک\s+)?")
_SPACES = re.compile(r"\s*")
_FA_TO = re.compile(r"\w*\s*(?<!\w)(?:از|به)\s+(?:یک\s+)?")  # «بازدید از», «سفری به»


def facility_visit(doc: Document, trigger_start: int, trigger_end: int) -> bool:
    """"to visit the naval base", «زيارة قاعدة», «از پایگاه دریایی ... بازدید کرد»: the visit is a tour of a
    place (``facility`` in triggers.toml), not a meeting with the other side."""
    facility = words_re("facility", doc.lang)
    if doc.lang == "fa":  # «از پایگاه ... بازدید کرد», «بازدید از پایگاه», «سفری به پایگاه»
        objects = [m.end() for m in _FA_FROM.finditer(doc.ltext, max(0, trigger_start - 100), trigger_start)]
        after = _FA_TO.match(doc.ltext, trigger_end) or _SPACES.match(doc.ltext, trigger_end)
        return any(facility.match(doc.ltext, i) for i in objects[-1:] + [after.end()])
    words = doc.ltext[trigger_end:trigger_end + 60].split()[:5]
    if words and words[0] in ("the", "a", "an", "its", "his", "her", "their"):
        words = words[1:]
    if doc.lang == "ar":  # «لميناء», «للقاعدة»: the object with a proclitic
        words = ["ال" + w[2:] if w.startswith("لل") else w[1:] if w[:1] in "لب" and len(w) > 3 else w
                 for w in words]
    lead = " ".join(words)
    return any(facility.match(lead, i) for i in _word_starts(lead, 4))


def meets_an_audience(doc: Document, sent: Span, trigger_start: int, trigger_end: int) -> bool:
    """"meet cadets at the academy", «التقى بطلبة الكلية», «با دانشجویان ... دیدار کرد»: the one met is a
    group of people (``audience`` in triggers.toml), not an official of a side."""
    audience = words_re("audience", doc.lang)
    if doc.lang == "fa":
        withs = list(words_re("comitative", doc.lang).finditer(doc.ltext, sent.start, trigger_start))
        if not withs:
            return False
        after = _SPACES.match(doc.ltext, withs[-1].end())
        return bool(audience.match(doc.ltext, after.end()))
    words = doc.ltext[trigger_end:trigger_end + 60].split()[:6]
    if doc.lang == "ar":  # «يلتقي يوم الأربعاء بطلبة ...»: the object after «ب» may follow the day
        return any(w.startswith("ب") and audience.fullmatch(w) for w in words) or bool(
            words and audience.match(" ".join(words[:3])))  # «بأفراد من الجالية»
    if len(words) >= 2 and words[0] == "on":  # "met on Wednesday with cadets"
        words = words[2:]
    while words and words[0] in ("with", "the", "a"):
        words = words[1:]
    return bool(words) and bool(audience.match(" ".join(words[:3])))


def _word_starts(text: str, n: int) -> list[int]:
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == " "]
    return starts[:n]


def meets_a_body(doc: Document, ms: list[Mention], sent: Span, triggers: list[tuple[int, int]]) -> bool:
    """The one met is an international body's official or delegation: an organisation of no country
    (NATO, the UN, the AU) a few words after the sentence's «با» / «مع» / "with" or after a trigger,
    with no country, nationality or office of a country between ("held talks with the Executive
    Director of the UN Environment Programme", «با ینس استولتنبرگ دبیرکل ناتو»), or right after one of
    its offices, wherever it stands («استقبل الأمين العام لمجلس التعاون», "the NATO Secretary General")."""
    if _body_named_again(doc.lang).search(doc.ltext, sent.start, sent.end):
        return True  # «با X دبیرکل این سازمان دیدار می‌کند», "met the bloc's secretary-general"
    starts = [m.end() for m in words_re("comitative", doc.lang).finditer(doc.ltext, sent.start, sent.end)]
    starts += [end for _, end in triggers]
    for org in (m for m in ms if m.kind == "org" and m.country is None):
        if body_officer_before(doc, org.start):
            return True
        for a in starts:
            if a <= org.start and len(doc.ltext[a:org.start].split()) <= 5 and not any(
                    a <= m.start < org.start and (m.country or m.kind in ("role", "counterpart")) for m in ms):
                return True
    return False


@cache
def _body_named_again(lang: str | None) -> re.Pattern:
    """An office of a body followed (Persian, Arabic) or preceded (English) by the body named again."""
    offices, anaphors = words_of("body_officers", lang), words_of("body_anaphors", lang)
    pairs = [f"{a} {o}" if lang == "en" else f"{o} {a}" for o in offices for a in anaphors]
    return words_pattern(pairs) or re.compile(r"(?!x)x")


def objects_of_with(doc: Document, sides: list[Side], sent: Span) -> bool:
    """Every one of ``sides`` stands after the sentence's «با» / «مع» / "with": they are the ones met by
    someone the sentence leaves to the context («او در پکن با X و Y دیدار کرد»), not meeting each other."""
    w = _first_comitative(doc, sent.start, sent.end)
    return w is not None and all(s.mention.start > w for s in sides)


@cache
def _with_again(lang: str | None) -> re.Pattern:
    """The comitative words (``comitative`` in triggers.toml), also with the Arabic «و» glued on («ومع»)."""
    words = "|".join(re.escape(w) for w in sorted(words_of("comitative", lang), key=len, reverse=True))
    return re.compile(rf"(?<!\w)و?(?:{words})(?!\w)")


def objects_only(doc: Document, sides: list[Side], trigger: int, sent_end: int) -> bool:
    """Three or more countries all named after the trigger's «با» / "with", and no agent named before:
    "(Putin) held talks with Xi, Modi and Pezeshkian" — the one who met them is not known."""
    countries = {s.country for s in sides if s.strength >= 2}
    if len(countries) < 2:
        return False
    w = _first_comitative(doc, trigger, sent_end)
    if w is None or w - trigger > 30 or not all(s.mention.start > w for s in sides if s.strength >= 2):
        return False
    if len(countries) >= 3:
        return True
    # two: only when "with" stands again before the second («تحادث لولا مع مودي ومع بوتين», "with A and with B")
    last = max((s for s in sides if s.strength >= 2), key=lambda s: s.mention.start)
    again = _with_again(doc.lang).search(doc.ltext, w + 1, last.mention.start)
    return again is not None and all(s.mention.start < again.start() for s in sides
                                     if s.strength >= 2 and s.country != last.country)
