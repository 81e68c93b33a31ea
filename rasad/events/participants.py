"""Who takes part: the countries (sides) and persons a sentence ties to an event.

Each mention in a sentence is evidence that a country is a side, with a strength:

    3  a person of that country; a role with its country («وزیر دفاع روسیه», "Russian Defense Minister");
       a counterpart with a demonym («همتای ترکمنی», «نظيره الطاجيكي»); the destination of a visit
    2  «کشورمان» (the outlet's country); «این کشور» (the last country named); a pair «ایران و روسیه»;
       a ministry or armed force of that country; a bare role («وزیر دفاع») held by a known person
    1  a country or demonym merely named — a third country (Israel condemned, Afghanistan discussed)

Sides are the countries of strength 2 or more.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date
from functools import cache

from ..document import Document, Mention, Span
from ..kb import KnowledgeBase
from ..kb.matcher import DATELINE_AFTER
from ..kb.people import ROLE_COUNTRY_GAPS, is_name_word, is_office_word, only_office_qualifiers, portfolio_tail
from ..lexicons import load_lexicon
from ..normalise import fold
from .lexicon import cues, words_of, words_re

__all__ = ["Side", "Context", "sides_in", "attendees_in", "person_key", "coordinated", "is_locative", "countryless_officials"]

_COUNTRYISH = ("country", "demonym")
_PAIR_GAPS = frozenset({"و", "،", ",", "and", "&", "و ", ", and", "، و", "and the", ", and the", ", the",
                        # "my counterparts from Canada, from Sweden and from Ukraine"
                        ", from", "and from", ", and from", "و از", "، از", "ومن", "، ومن"})
_LOCATIVE = frozenset({"در", "فی", "in", "at", "به", "الی", "to"})


@dataclass(slots=True)
class Side:
    """Evidence that ``country`` is a side of an event."""

    country: str
    strength: int
    mention: Mention
    person: str | None = None        # KB id, or the name as written for an unknown person
    person_known: bool = False
    role: str | None = None
    surface: list[str] = field(default_factory=list)  # normalised spans naming the person
    distributive: bool = False       # one of several counterparts met one by one ("his Vietnamese
                                     # and Indonesian counterparts"): a separate meeting each
    posted: bool = False             # the country an envoy is posted to («سفير ... لدى السعودية»)
    attending: bool = False          # a person named after «بحضور», "accompanied by": took part, not a principal


@dataclass(slots=True)
class Context:
    """What participant resolution needs to know about the whole document."""

    doc: Document
    kb: KnowledgeBase
    day: date | None
    home: str | None
    persons_by_role: dict[str, list[tuple[int, str, str]]] = field(default_factory=dict)  # role -> [(pos, id, country)]
    written: dict[str, str] = field(default_factory=dict)  # an unknown person's normalised name -> as read
    # meetings called off or postponed: their sides and the countries of the places they were to be held in
    cancelled: list[tuple[frozenset[str], frozenset[str], int]] = field(default_factory=list)  # sides, places, where told
    gathering: Mention | None = None  # where a conference or ministerial the article's people attend is held
    dateline: Mention | None = None  # the city of the story's dateline
    attending: int | None = None  # where the text first tells of a gathering attended («للمشاركة في الاجتماع»)
    recent: list[str] = field(default_factory=list)  # the sides of the last meeting told as news
    recent_agent: str | None = None  # the side named first in it (who met the other)
    recent_group: list[str] = field(default_factory=list)  # the sides of the last meeting of three or more
    recent_past: list[str] = field(default_factory=list)  # the sides of a past event told in passing, if told last
    recent_past_date: DateMention | None = None  # and its date
    host: list[Side] = field(default_factory=list)  # an official told meeting several guests one by one
    recalled: list[Span] = field(default_factory=list)  # sentences that tell only of earlier or later events
    company_signing: bool = False  # a contract signed by a company was told (its ceremony is no signing of sides)

    def last_country_before(self, pos: int) -> str | None:
        best = None
        for m in self.doc.mentions:
            if m.start >= pos:
                break
            if m.kind in ("country", "place", "org", "person") and m.country:
                best = m.country  # «وزارت دفاع روسیه ... سرگئی شویگو وزیر دفاع این کشور»
        return best

    def last_person_before(self, country: str, pos: int) -> str | None:
        """The KB id of the last person of ``country`` named before ``pos`` (in the last 600 characters), not
        in a sentence that recalls another event («ژاکسیلیکوف نیز در سال ۲۰۲۳ ... دیدار کرد» before «هیئت
        قزاق» is the former minister, not the delegation's head)."""
        best = None
        for m in self.doc.mentions:
            if m.start >= pos:
                break
            if m.kind == "person" and m.country == country and m.entity_id and pos - m.start <= 600 \
                    and not any(s.start <= m.start < s.end for s in self.recalled):
                best = m.entity_id
        return best

    def holder(self, country: str, role: str) -> str | None:
        """The KB person holding ``role`` of ``country`` on the document's day, if one is known."""
        if self.day is None or not country:
            return None
        found = self.kb.holder(country, role, self.day)
        return found[0].id if found else None

    def person_with_role(self, role: str, pos: int, country: str | None = None,
                         other: frozenset[str] = frozenset(),
                         present: frozenset[str] = frozenset(),
                         protagonist: bool = False, before_only: bool = False) -> tuple[str, str] | None:
        """The person last named before ``pos`` (else first after) known to hold ``role``. When holders
        of several countries are named, not one of the ``other`` countries the sentence names unless
        among the ``present`` people it names («كما التقى رئيس الأركان، مساعد رئيس الأركان الإيراني X»:
        the bare office is the side's whose country the sentence leaves unnamed), and of those, with
        ``protagonist``, the country's whose holder the article named first: the host who met the guests
        one by one («والتقى وزير الدفاع أيضاً X» after the host minister met the Yemeni minister)."""
        entries = [e for e in self.persons_by_role.get(role, []) if country is None or e[2] == country]
        # a holder named before, though not of this sentence's sides, leaves no room for one named only later
        # («در حاشیه سفر نخست‌وزیر» after Carney and Tusk: not Merz, told next)
        before_only = before_only or any(e[0] < pos for e in entries)
        if len({e[2] for e in entries}) >= 2:  # both sides' holders named in the article: which one?
            entries = [e for e in entries if e[2] not in other or e[1] in present]
            if protagonist and len({e[2] for e in entries}) >= 2:
                entries = [e for e in entries if e[2] == entries[0][2]]
        before = [e for e in entries if e[0] < pos]
        pick = before[-1] if before else (entries[0] if entries and not before_only else None)
        return (pick[1], pick[2]) if pick else None


def _in_dateline_lede(ctx: Context, m: Mention) -> bool:
    """``m`` (or the full name a later surname stands for) is in the line of a story's dateline."""
    d = ctx.dateline
    at = m.data.get("full_span", (m.start,))[0]
    if d is None or not d.country or at < d.start:
        return False
    end = ctx.doc.ntext.find("\n", d.start)
    return end < 0 or at < end


def dateline_place(doc: Document) -> Mention | None:
    """The city opening one of the first paragraphs as a dateline: followed by a dash, an agency credit or
    a date ("KAMPALA -", «مسقط - العمانية», "PORT OF SPAIN, Trinidad (CW) -", "BEIJING, June 26")."""
    starts = [p.start for p in doc.paragraphs[:10]]
    for m in doc.mentions:
        if m.start > (starts[-1] if starts else -1):
            break
        if m.kind == "place" and m.start in starts and DATELINE_AFTER.match(doc.ntext, m.end):
            return m
    return _place_after_a_date_line(doc)


def _place_after_a_date_line(doc: Document) -> Mention | None:
    """A short line of a date and then a city ("19 December 2025, Tokyo", «۱۹ دسامبر ۲۰۲۵، شهر توکیو»): the
    dateline of an official release."""
    date_starts = {d.start for d in doc.dates}
    for p in doc.paragraphs[:10]:
        line = doc.ntext[p.start:p.end].rstrip()
        if p.start not in date_starts or len(line.split()) > 8:
            continue
        last = [m for m in doc.mentions if p.start <= m.start and m.end == p.start + len(line)]
        if last and last[0].kind == "place":
            return last[0]
    return None


def build_context(doc: Document, kb: KnowledgeBase, day: date | None) -> Context:
    ctx = Context(doc, kb, day, doc.meta.get("home_country"))
    ctx.dateline = dateline_place(doc)
    ms = doc.mentions
    for i, m in enumerate(ms):
        if m.kind == "person" and m.entity_id is None and not m.data.get("short"):
            ctx.written.setdefault(m.text, doc.text[slice(*doc.to_original(m.start, m.end))])
        if m.kind == "person" and not m.country and m.entity_id is None and (role := _role_next_to(ms, i, doc.ntext)):
            # "Defence Secretary Shri X chaired …" on an Indian page: the page's own, and the one a bare "the
            # Defence Secretary" later stands for
            sent = _sentence_of(doc, m.start)
            local = [x for x in ms if sent.start <= x.start and x.end <= sent.end]
            if m in local and _home_officer(ctx, local, local.index(m)):
                ctx.persons_by_role.setdefault(role, []).append((m.start, m.text, _home_for_bare_offices(ctx)))
        if m.kind != "person" or not m.country:
            continue
        # the offices the text gives (stacked: «نائب رئيس مجلس الوزراء وزير الدولة لشؤون الدفاع») and those the
        # KB knows («وزير الدولة لشؤون الدفاع» is Qatar's minister of defence)
        roles = list(dict.fromkeys(_offices_next_to(ms, i, doc.ntext) + _kb_roles(kb, m.entity_id, day)))
        for r in roles:
            ctx.persons_by_role.setdefault(r, []).append((m.start, m.entity_id or m.text, m.country))
        if m.entity_id is None and m.data.get("role"):
            ctx.persons_by_role.setdefault(m.data["role"], []).append((m.start, m.text, m.country))
    return ctx


def _sentence_of(doc: Document, pos: int) -> Span:
    i = bisect_right(doc.sentences, pos, key=lambda s: s.start) - 1
    return doc.sentences[i] if i >= 0 else Span(0, len(doc.ntext))


def _kb_roles(kb: KnowledgeBase, pid: str | None, day: date | None) -> list[str]:
    if not pid or pid not in kb.persons:
        return []
    terms = kb.roles_of(pid, day) if day else kb.persons[pid].terms
    return list(dict.fromkeys(t.role for t in terms))


def _gap(ntext: str, a: int, b: int) -> str:
    return fold(ntext[a:b]).strip() if b >= a else "\x00"


# ("president-elect X", «رئیس‌جمهور منتخب X»: the office is the one X is about to take, not its holder's)
_APPOSITION = frozenset({"", ",", "،", "-", "the", "of", "of the", "'s", "s", ", the", "، ", "-elect", "elect",
                         "منتخب", "المنتخب"})


def _apposed(ntext: str, ms: list[Mention], a: int, b: int) -> bool:
    """Mentions ``a`` < ``b`` stand in apposition: only countries, titles and commas between them."""
    between = ms[a + 1:b]
    if not all(x.kind in _COUNTRYISH + ("title", "self") for x in between):
        return False
    pos, rest = ms[a].end, []
    for x in between + [ms[b]]:
        rest.append(ntext[pos:x.start])
        pos = x.end
    # not across lines: a byline's name and the headline's office under it
    return all("\n" not in r and (fold(r).strip() in _APPOSITION or only_office_qualifiers(r)) for r in rest)


_TO_THE = ("لل", "بال")  # a role glued to a preposition: "to the", "with the" (folded text)


def _role_next_to(ms: list[Mention], i: int, ntext: str) -> str | None:
    """The role written right after or before mention ``i``, in apposition («NAME وزیر دفاع X»,
    "Defense Minister NAME", "NAME, Russia's defense minister")."""
    for j in (i + 1, i + 2, i + 3):
        if j < len(ms) and ms[j].kind == "role" and _apposed(ntext, ms, i, j) and not ms[j].text.startswith(_TO_THE) \
                and not _titles_the_next(ms, j, ntext):
            return ms[j].entity_id  # («الوزير كيهارا للرئيس ماركوس»: "to the president", someone else)
    for j in (i - 1, i - 2, i - 3):
        if j >= 0 and ms[j].kind == "role" and _apposed(ntext, ms, j, i):
            return ms[j].entity_id
    return None


def _offices_next_to(ms: list[Mention], i: int, ntext: str) -> list[str]:
    """``_role_next_to`` and the offices stacked right after it with nothing between («X نائب رئيس مجلس
    الوزراء وزير الدولة لشؤون الدفاع»: both are X's)."""
    role = _role_next_to(ms, i, ntext)
    if role is None:
        return []
    out = [role]
    j = next((j for j in (i + 1, i + 2, i + 3) if j < len(ms) and ms[j].kind == "role" and ms[j].entity_id == role),
             None)
    while j is not None and j + 1 < len(ms) and ms[j + 1].kind == "role" and not _gap(ntext, ms[j].end, ms[j + 1].start) \
            and not _titles_the_next(ms, j + 1, ntext):
        j += 1
        out.append(ms[j].entity_id)
    return out


def _ranked(ctx: Context, ms: list[Mention], i: int) -> bool:
    """A military rank written right before the person at ``i`` ("Air Marshal NAME", «اللواء NAME»)."""
    if i == 0 or ms[i - 1].kind != "title" or ctx.doc.ntext[ms[i - 1].end:ms[i].start].strip(" «»\"'"):
        return False
    title = ctx.kb.titles.get(ms[i - 1].entity_id)
    return title is not None and title.data.get("subkind") == "rank"


def _titles_the_next(ms: list[Mention], j: int, ntext: str, words: int = 0) -> bool:
    """The office at ``j`` opens the next name, with at most its country (and titles) between and no comma
    («استقبل كاست ملك إسبانيا فيليبي السادس»: the king is Felipe, not Kast); ``words``: how many words of
    the office itself may stand between ("UN Secretary-General António Guterres")."""
    k = j + 1
    while k < len(ms) and ms[k].kind in _COUNTRYISH + ("title",) and _no_comma(ntext, ms[k - 1].end, ms[k].start, words):
        k += 1
    return k < len(ms) and ms[k].kind == "person" and _no_comma(ntext, ms[k - 1].end, ms[k].start, words)


def _no_comma(ntext: str, a: int, b: int, words: int) -> bool:
    gap = ntext[a:b]
    return not any(ch in gap for ch in ",،") and len(gap.split()) <= words


def countryless_officials(ctx: Context, ms: list[Mention]) -> list[tuple[Mention, str | None]]:
    """People the knowledge base does not know, named with an office or a rank but with no country ("Prime
    Minister X", "State Minister of Defence Y", «اللواء البحري X آمر كلية»), with the office if any. A rank
    after an office the finder could not read («سفير الهند لدى الدولة الدكتور X») is that office's holder, of
    whatever country it names, and is left out."""
    out: list[tuple[Mention, str | None]] = []
    for i, m in enumerate(ms):
        if m.kind == "person" and not m.country and not m.entity_id:
            role = _role_next_to(ms, i, ctx.doc.ntext)
            if role or m.data.get("titled") and not _office_before_rank(ctx.doc, ms, i) \
                    and not _officer_of_a_body(ctx.doc, ms, i):
                out.append((m, role))
    return out


def _office_before_rank(doc: Document, ms: list[Mention], i: int) -> bool:
    """An office word («سفير», «قائد», «لقائد») among the four words before the rank that opens ``ms[i]``."""
    start = ms[i - 1].start if i and ms[i - 1].kind == "title" and ms[i - 1].end >= ms[i].start - 2 else ms[i].start
    return any(is_office_word(fold(w)) for w in doc.ntext[max(0, start - 60):start].split()[-4:])


def sides_in(ctx: Context, ms: list[Mention]) -> list[Side]:
    """Evidence of sides in one sentence's mentions (in text order)."""
    ntext = ctx.doc.ntext
    sides: list[Side] = []
    used_by_role: set[int] = set()
    attending = _attendance_start(ctx.doc, ms)
    senders = {i for i, m in enumerate(ms) if m.kind == "person" and _sent_by(ntext, ms, i)}
    for i in range(1, len(ms)):  # "the governments of X and Y", «تحيات X و Y»: the second too
        if i - 1 in senders and ms[i].kind == "person" and _gap(ntext, ms[i - 1].end, ms[i].start) in ("and", "و"):
            senders.add(i)
    envoys = {i for i, m in enumerate(ms) if m.kind == "person" and _sent_by(ntext, ms, i, "envoys")}
    listed = _attendance_country(ms, attending)
    body_people = _body_officers(ctx)
    for i, m in enumerate(ms):
        if m.kind == "person" and (_officer_of_a_body(ctx.doc, ms, i) or m.entity_id and m.entity_id in body_people):
            continue  # "NATO Secretary General Mark Rutte": of no country, whatever office he once held (and
            # «روته» alone later in the page is still the body's)
        if m.kind == "person" and m.country and i in envoys:
            sides.append(Side(m.country, 2, m))  # "the special envoy of President X": X's country, not X
        elif m.kind == "person" and m.country and (attending is not None and m.start > attending
                                                   or i in senders or _present_as_pronoun(ctx.doc.ltext, ms, i)):
            # «حضر اللقاء ... X», «نقل تحيات X»: not a principal; an attendee is still among the event's people
            sides.append(Side(m.country, 1, m, attending=i not in senders))
        elif m.kind == "person" and listed and m.start > attending and not m.entity_id \
                and (ctx.doc.lang == "en" or m.data.get("titled") or _role_next_to(ms, i, ntext)):
            # "accompanied by Defense Minister X (KB), Security Minister Y (unknown) and …": Y is of the list's
            # (a capitalised English name, or one with a rank or an office beside it)
            sides.append(Side(listed, 1, m, person_key(m), False, _role_next_to(ms, i, ntext), [m.text],
                              attending=True))
        elif m.kind == "person" and (m.country or _in_dateline_lede(ctx, m) and (
                _role_next_to(ms, i, ntext) or m.data.get("full_span") or _ranked(ctx, ms, i)
                and not _foreign_before(ctx, ms, i)) or _home_officer(ctx, ms, i)):
            # "PORT OF SPAIN, Trinidad (CW) - Prime Minister NAME held ...": an official the KB does not know,
            # named with an office and no country in the lede of a datelined story, is of the dateline's, unless
            # he is visiting it: then he is the outlet's ("KABUL (APP): Federal Interior Minister NAME, on a visit
            # to Afghanistan, ...")
            country = m.country or (_lede_country(ctx, ms, i) if _in_dateline_lede(ctx, m)
                                    else _home_for_bare_offices(ctx))
            role = _role_next_to(ms, i, ntext) or m.data.get("role")
            key = person_key(m)
            sides.append(Side(country, 3, m, key, m.entity_id is not None, role, [m.text]))
        elif m.kind == "role" and any(abs(j - i) <= 3 and _apposed(ntext, ms, min(i, j), max(i, j))
                                      for j in senders):
            used_by_role.update(_role_countries(ms, i, ntext))  # «پیام ویکتور اوربان نخست وزیر مجارستان»:
            continue                                              # the sender's office, not a side
        elif m.kind == "role" and (own := m.country or _national_role(m.text)) and not _role_countries(ms, i, ntext):
            # "Raksha Mantri": India's, wherever he is; an office of one country ("AFRICOM commander"): its
            sides.append(_role_side(ctx, m, own, ms, i))
        elif m.kind in ("role", "role-plural"):
            countries = _role_countries(ms, i, ntext)
            used_by_role.update(countries)
            if countries:
                for j in countries:
                    country = ctx.home if ms[j].kind == "self" else \
                        ctx.last_country_before(ms[j].start) if ms[j].kind == "anaphor" else ms[j].country
                    if country and attending is not None and m.start > attending and m.kind == "role":
                        # "in a ceremony witnessed by … United States President Donald Trump": there, not a side
                        side = _role_side(ctx, m, country, ms, i)
                        sides.append(Side(country, 1, m, side.person, side.person_known, side.role, attending=True))
                    elif country and _holder_present_as_pronoun(ctx.doc.ltext, ms, i):
                        side = _role_side(ctx, m, country, ms, i)  # «الرئيس الأمريكي X، وبحضوره بصفته شاهداً»
                        sides.append(Side(country, 1, m, side.person, side.person_known, side.role, attending=True))
                    elif country:
                        sides.append(_role_side(ctx, m, country, ms, i))
            elif m.kind == "role" and _second_office(ms, i, ntext):
                continue  # "Chief of the General Staff of the Kyrgyz Republic and First Deputy Minister of Defence"
            elif m.kind == "role" and not _has_person_next(ms, i, ntext) and not _subordinate(ntext, m) \
                    and not _cue_before(ntext, m.start, "counted") and not _sent_by(ntext, ms, i):
                # («سه رئیس جمهور», "the three presidents": several, not one holder; «نقل تحيات الرئيس», «المغفور
                # له الملك»: the sender, or one who has died, not a side)
                named = frozenset(x.country for x in ms if x.country and x.kind in _COUNTRYISH + ("person",))
                present = frozenset(x.entity_id or x.text for x in ms if x.kind == "person")
                # an office after a name is that person's («ژنرال X وزیر دفاع»); one standing alone beside
                # a named counterpart is the article's protagonist's
                protagonist = bool(named) and not (i and ms[i - 1].kind == "person"
                                                   and not ntext[ms[i - 1].end:m.start].strip(" «»\"'"))
                home = _home_for_bare_offices(ctx)
                # (one named only later is the office's holder unless the page has a home country: "The Defence
                # Secretary held separate discussions with: - Mr X, Defence Secretary of Mozambique")
                bare = _agents_holder(ctx, m) or ctx.person_with_role(
                    m.entity_id, m.start, other=named, present=present, protagonist=protagonist,
                    before_only=home is not None)
                if bare is None and home and ((later := ctx.person_with_role(m.entity_id, m.start)) is None
                                              or later[0] in present and later[1] != home):
                    # «رئیس‌جمهور» alone in an Iranian outlet: the outlet's own president; «استقبل وزير الدفاع
                    # الوطني» on a page datelined Nouakchott: the dateline country's minister
                    pid = ctx.holder(home, m.entity_id)
                    bare = (pid, home) if pid or not ctx.home else None
                if bare:
                    sides.append(Side(bare[1], 2, m, bare[0], bare[0] is not None and bare[0] in ctx.kb.persons,
                                      m.entity_id))
        elif m.kind == "counterpart":
            found = _counterpart_countries(ms, i, ntext)
            used_by_role.update(found)
            for j in found:
                if ms[j].country:  # "his Congolese counterpart": Congo or DR Congo, no side to name
                    sides.append(Side(ms[j].country, 3, m, role=None, distributive=len(found) > 1))
        elif m.kind == "self" and ctx.home:
            sides.append(Side(ctx.home, 2, m))
        elif m.kind == "anaphor":
            c = ctx.last_country_before(m.start)
            if c:
                sides.append(Side(c, 2, m))
        elif m.kind in ("org",) and m.country:
            sides.append(Side(m.country, 2, m))
        elif m.kind == "org" and (members := _group_members(ctx, m)):
            sides.extend(Side(c, 2, m) for c in members)  # «قادة دول آسيا الوسطى الخمس»: each of them
    _complete_counterparts(ctx, sides)
    for i, m in enumerate(ms):
        if m.kind in _COUNTRYISH and m.country and i not in used_by_role:
            if _with_side_noun(ctx.doc, m):  # «الوفد التركي», "the Turkish minister": the one just named
                pid = ctx.last_person_before(m.country, m.start)
                sides.append(Side(m.country, 3, m, pid, pid is not None and pid in ctx.kb.persons))
                post = _post_of(ctx.doc, ms, i)
                if post is not None and post.country != m.country:
                    sides.append(Side(post.country, 2, post, posted=True))  # «سفیر چین در کابل»: Afghanistan is the host
                continue
            paired = _paired(ms, i, ntext) and not _of_companies(ctx.doc, ms, i)
            sides.append(Side(m.country, 2 if paired else 1, m))
    return sides


def person_key(m: Mention) -> str:
    """How a person mention names its person on a side: the KB id, else the full name as read."""
    return m.entity_id or m.data.get("full") or m.text


def attendees_in(ctx: Context, sent: Span, ms: list[Mention]) -> list[Side]:
    """The people a sentence that tells no event of its own names as attending one («وضم الوفد الباكستاني
    X», «وحضر اللقاء X», "The delegation included X"), or all it names when an attendance verb closes it
    («در این دیدار X نیز حضور داشت»)."""
    doc = ctx.doc
    if not ms:
        return []
    cue = _attendance_pattern().search(doc.ltext, sent.start, sent.end)
    verb = words_re("attendance_verbs", doc.lang).search(doc.ltext, ms[-1].end, sent.end)
    if (cue is None and not verb) or words_re("ceremonies", doc.lang).search(doc.ltext, sent.start, sent.end):
        return []
    sides = [s for s in sides_in(ctx, ms) if s.attending] if cue is not None else []
    if sides or not verb or "participation" in {k for _, _, ks in cues(doc.lang).find(doc.ltext[sent.start:sent.end],
                                                                                    doc.lang) for k in ks}:
        return sides  # «X نیز برای شرکت در این نشست حضور داشت»: there to attend a gathering, not this meeting
    return [Side(m.country, 1, m, attending=True) for i, m in enumerate(ms)
            if m.kind == "person" and m.country and not _officer_of_a_body(doc, ms, i)]


def _body_officers(ctx: Context) -> frozenset[str]:
    """KB persons the page names somewhere as an international body's officer and who hold no office of their
    country on the page's day (Mark Rutte in 2025: «روته» alone is NATO's, not the Netherlands')."""
    doc, kb = ctx.doc, ctx.kb

    def find() -> frozenset[str]:
        ms = doc.mentions
        named = {m.entity_id for i, m in enumerate(ms)
                 if m.kind == "person" and m.entity_id in kb.persons and _officer_of_a_body(doc, ms, i)}
        return frozenset(pid for pid in named
                         if ctx.day is None or not any(t.covers(ctx.day) for t in kb.persons[pid].terms))
    return doc.cached(("body_officers", ctx.day), (doc.mentions,), find)


def _officer_of_a_body(doc: Document, ms: list[Mention], i: int) -> bool:
    """The person at ``i`` is named with an office of an international body: an organisation of no
    country beside the name, only the office's words between («دبیرکل ناتو مارک روته», "NATO Secretary
    General Mark Rutte", "António Guterres, the UN Secretary-General")."""
    offices = words_of("body_officers", doc.lang)
    for j in (i - 1, i - 2, i + 1, i + 2):
        if not 0 <= j < len(ms) or ms[j].kind != "org" or ms[j].country is not None:
            continue
        a, b = (ms[j].end, ms[i].start) if j < i else (ms[i].end, ms[j].start)
        if "\n" in doc.ntext[a:b]:
            continue  # a heading "Meeting with the Secretary General of NATO" above "Minister Koizumi …"
        if any(x.kind not in ("title", "role") and not (x.kind == "org" and x.entity_id == ms[j].entity_id)
               for x in ms[min(i, j) + 1:max(i, j)]):
            continue  # ("European Commission President Ursula von der Leyen": the body's office; «حلف شمال الأطلسي
            # (الناتو)»: its name and abbreviation)
        gap = _plain(doc.ntext[a:b])
        if len(gap.split()) > 5:
            continue
        if any(f" {o} " in f" {gap} " for o in offices):  # "NATO Secretary General Mark Rutte"
            return True
        if len(gap.split()) > 1:
            continue
        # the office on the organisation's far side: «دبیرکل ناتو مارک روته», «الأمين العام لحلف الناتو
        # مارك روته»; "Mark Rutte, NATO's Secretary General"
        if j < i and body_officer_before(doc, ms[j].start):
            return True
        after = " ".join(_plain(doc.ntext[ms[j].end:ms[j].end + 40]).split()[:4])
        if j > i and any(f" {o} " in f" {after} " for o in offices) and not _titles_the_next(ms, j, doc.ntext, 3):
            return True  # (not "João Lourenço, UN Secretary-General António Guterres": the office is the next name's)
    return False


def body_officer_before(doc: Document, start: int) -> bool:
    """An office of an international body ends right before ``start`` («الأمين العام ل», «دبیرکل»,
    "Secretary General of the")."""
    words = doc.ltext[max(0, start - 40):start].split()
    while words and words[-1] in ("of", "the", "of the"):
        words.pop()
    if words and doc.lang == "ar" and words[-1] in ("ل", "لـ"):
        words.pop()
    tail = " ".join(words[-3:])
    return any(tail.endswith(o) for o in words_of("body_officers", doc.lang))


def _plain(text: str) -> str:
    return " ".join(fold(text).replace("،", " ").replace(",", " ").replace("'s", " ").split())


def _sent_by(ntext: str, ms: list[Mention], i: int, table: str = "senders") -> bool:
    """The person ``ms[i]``, with the office and title written before them, follows a word for a message
    or greetings they sent («نقل تحيات وتقدير الرئيس X», "a letter from President X"), or for an envoy
    (``table="envoys"``)."""
    start = ms[i].start
    for j in range(i - 1, -1, -1):
        if ms[j].kind not in ("role", "title") + _COUNTRYISH or start - ms[j].end > 2:
            break
        start = ms[j].start
    return _cue_before(ntext, start, table)


def _cue_before(ntext: str, pos: int, table: str) -> bool:
    """The words right before ``pos`` end with a phrase of the names lexicon's ``table``."""
    cues = _names_cues(table)
    before = fold(ntext[max(0, pos - 30):pos]).split()
    return any(" ".join(before[-k:]) in cues for k in range(1, min(4, len(before)) + 1))


@cache
def _names_cues(table: str) -> frozenset[str]:
    lex = load_lexicon("names")
    return frozenset(fold(w) for ws in lex.get(table, {}).values() for w in ws)




def _attendance_start(doc: Document, ms: list[Mention]) -> int | None:
    """Where an attendance clause («حضر اللقاء», "attended by") begins in the sentence of ``ms`` (one
    that closed an earlier sentence, «... حضور داشتند.», is not this one's)."""
    if not ms:
        return None
    a = ms[0].start
    i = bisect_right(doc.sentences, a, key=lambda s: s.start) - 1
    start = doc.sentences[i].start if i >= 0 else doc.ntext.rfind("\n", 0, a) + 1
    # «با حضور در ستاد کل»: "by coming to" a place, not "in the presence of"
    hit = _attendance_pattern().search(doc.ltext, start, ms[-1].end)  # the leftmost cue
    return hit.start() if hit else None


# «… الرئيس دونالد ترامب، وبحضوره بصفته شاهداً»: "in his presence", "as a witness" right after a name
_PRESENT_AS_PRONOUN = re.compile(r"[\s،,]*(?:و?بحضور(?:ه|ها)|بصفته شاهد|بصفتها شاهد|as (?:a )?witness)(?!\w)")


def _present_as_pronoun(ltext: str, ms: list[Mention], i: int) -> bool:
    """The person at ``ms[i]`` is at the event only as one in whose presence it happened (a witness)."""
    end = ms[i + 1].start if i + 1 < len(ms) else ms[i].end + 40
    return _PRESENT_AS_PRONOUN.match(ltext, ms[i].end, end) is not None


def _holder_present_as_pronoun(ltext: str, ms: list[Mention], i: int) -> bool:
    """The person named right after the office at ``ms[i]`` (its country between) is there only as a witness."""
    j = next((k for k in range(i + 1, min(i + 4, len(ms))) if ms[k].kind == "person"), None)
    return j is not None and _present_as_pronoun(ltext, ms, j)


def _attendance_country(ms: list[Mention], attending: int | None) -> str | None:
    """The one country of every person with a country named after an attendance cue, if they share one."""
    if attending is None:
        return None
    countries = {m.country for m in ms if m.kind == "person" and m.start > attending and m.country}
    return next(iter(countries)) if len(countries) == 1 else None


@cache
def _attendance_pattern() -> re.Pattern[str]:
    cues = sorted(_names_cues("attendance"), key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, cues))})(?!\w)(?! در )(?! فی )" if cues else r"(?!x)x")


def _post_of(doc: Document, ms: list[Mention], i: int) -> Mention | None:
    """The place or country where the envoy that ``ms[i]`` names is posted: «سفیر چین در کابل», «سفير
    الصين لدى أفغانستان», "China's ambassador to Afghanistan", "the Ambassador of Japan in Nairobi"."""
    j = i + 1
    while j < len(ms) and ms[j].kind == "title":  # "China's ambassador to": the noun is also a title
        j += 1
    if j >= len(ms) or ms[j].kind not in ("place", "country") or not ms[j].country:
        return None
    nouns, posting = words_of("posted_nouns", doc.lang), words_of("posting", doc.lang)
    around = doc.ltext[max(0, ms[i].start - 30):ms[i].start].split()[-3:]
    gap = doc.ltext[ms[i].end:ms[j].start].replace("’s", " ").replace("'s", " ").split()
    if gap and gap[-1] in posting and (" ".join(gap[:-1]) in nouns or not gap[:-1] and (
            around and (around[-1] in nouns or " ".join(around[-2:]) in nouns or around[-1] == "of"
                        and len(around) >= 2 and around[-2] in nouns))):
        return ms[j]
    return None


def _national_role(text: str) -> str | None:
    """The one country whose office ``text`` names in its own language (``national_roles``), else None."""
    return _national_roles().get(fold(text))


@cache
def _national_roles() -> dict[str, str]:
    lex = load_lexicon("names").get("national_roles", {})
    return {fold(w): country for country, ws in lex.items() for w in ws}


def _officials_from(doc: Document, m: Mention) -> bool:
    """"ministers from Vanuatu", «وزراء من فانواتو», «مقاماتی از ژاپن»: officials of the country after "from"
    (``officials_from`` in triggers.toml)."""
    before = doc.ltext[max(0, m.start - 40):m.start].split()
    return len(before) >= 2 and before[-1] in ("from", "من", "از") and before[-2] in words_of("officials_from", doc.lang)


def _with_side_noun(doc: Document, m: Mention) -> bool:
    """A country or demonym next to «هیئت», «الوفد», «الجانب» (before it) or "minister", "delegation"
    (after it, in English)."""
    nouns = words_of("side_nouns", doc.lang)
    if _officials_from(doc, m):
        return True
    if doc.lang == "en" or (doc.lang is None and m.text.isascii()):
        after = doc.ltext[m.end:m.end + 24].split()
        if after and after[0] in ("'s", "’s"):  # "China's ambassador"
            after = after[1:]
        if after and (after[0] in nouns or " ".join(after[:2]) in nouns):
            return True
        # "the Ambassador of Japan", "the Embassy of the Republic of Korea"
        before = doc.ltext[max(0, m.start - 30):m.start].split()
        while before and before[-1] in ("the", "of"):
            if before[-1] == "of":  # "the Ambassador of", "the Defence Attaché of"
                return len(before) >= 2 and (before[-2] in nouns or " ".join(before[-3:-1]) in nouns)
            before.pop()
        return False
    before = doc.ltext[max(0, m.start - 40):m.start].split()
    if doc.lang == "ar" and before and before[-1] == "ل":
        # «الملحق العسكري الجديد لجمهورية كوريا»: the envoy's country after «ل», past an adjective of the post
        before = before[:-1]
        while before and before[-1] in _POST_ADJECTIVES:
            before.pop()
    return bool(before) and (before[-1] in nouns or " ".join(before[-2:]) in nouns)  # «القائدان العسكريان الروسيان»


_POST_ADJECTIVES = frozenset(fold(w) for w in ("الجديد", "الجديدة", "المعين", "المعينة", "السابق", "السابقة",
                                               "المعتمد", "المعتمدة", "المنتهية", "ولايته", "ولايتها"))


def _complete_counterparts(ctx: Context, sides: list[Side]) -> None:
    """«وزیر دفاع ایران ... با همتای روس خود»: the counterpart holds the same office as the other side."""
    for s in sides:
        # the office of the other side's official (not of an official of the counterpart's own country)
        roles = [x.role for x in sides if x.role and x.mention.kind != "counterpart" and x.country != s.country]
        if s.mention.kind == "counterpart" and s.person is None and roles:
            s.role = roles[0]
            pid = ctx.holder(s.country, s.role)
            named = None if pid else ctx.person_with_role(s.role, s.mention.start, s.country)
            if pid or named:
                s.person = pid or named[0]
                s.person_known = s.person in ctx.kb.persons


def _role_countries(ms: list[Mention], i: int, ntext: str) -> list[int]:
    """Indices of the countries a role belongs to: after it (fa/ar, lists for plural roles) or right
    before it (en "Russian defense minister", "Iran's defense minister")."""
    out: list[int] = []
    j, end = i + 1, ms[i].end
    if j < len(ms) and ms[j].kind in ("self", "anaphor") and _gap(ntext, end, ms[j].start) in ROLE_COUNTRY_GAPS:
        return [j]  # «رئیس‌جمهور کشورمان»: the outlet's own country; «رئیس پارلمان این کشور»: the one just named
    while j < len(ms) and ms[j].kind in _COUNTRYISH and ms[j].country:
        gap = _gap(ntext, end, ms[j].start)
        if not ((not out and (gap in ROLE_COUNTRY_GAPS or portfolio_tail(gap))) or (out and gap in _PAIR_GAPS)):
            break
        out.append(j)
        end = ms[j].end
        if ms[i].kind == "role":
            break
        j += 1
    if not out and i > 0 and ms[i - 1].kind in _COUNTRYISH and ms[i - 1].country:
        if _gap(ntext, ms[i - 1].end, ms[i].start) in ("", "'s", "'", "s", "deputy", "acting", "vice", "interim",
                                                        "first deputy", "'s deputy", "'s acting"):
            out.append(i - 1)  # "Australian Deputy Prime Minister": the office is Australia's
    return out


def _foreign_before(ctx: Context, ms: list[Mention], i: int) -> bool:
    """A country other than the dateline's is named before mention ``i`` in its sentence («قائد القيادة
    العسكرية الأمريكية الفريق أول X»: the officer is that country's)."""
    return any(m.country and m.country != ctx.dateline.country and m.kind in _COUNTRYISH for m in ms[:i])


def _lede_country(ctx: Context, ms: list[Mention], i: int) -> str | None:
    """The country of an official the KB does not know, named in a dateline's lede: the dateline's, or the
    outlet's when the page names it and he visits the dateline's country (a country or city of it after "to",
    "in", before the next person)."""
    here, home = ctx.dateline.country, _home_for_bare_offices(ctx)
    if not home or home == here:
        return here
    nxt = next((j for j in range(i + 1, len(ms)) if ms[j].kind == "person"), len(ms))
    visits = any(x.country == here and x.kind in _COUNTRYISH + ("place",) and is_locative(ctx.doc.ntext, x)
                 for x in ms[i + 1:nxt])
    return home if visits else here


def _home_officer(ctx: Context, ms: list[Mention], i: int) -> bool:
    """"Vice Admiral NAME, Flag Officer Commanding-in-Chief, Western Naval Command, met Major General X, Chief of
    the Seychelles Defence Forces": an officer the KB does not know, opening the sentence with a rank or an office
    and naming no country before the next person, is the outlet's (or the dateline's) own."""
    m = ms[i]
    if ctx.doc.lang not in ("en", "ar") or m.entity_id is not None or m.country \
            or not (_ranked(ctx, ms, i) or _role_next_to(ms, i, ctx.doc.ntext)) or _home_for_bare_offices(ctx) is None:
        return False
    if any(x.kind not in ("title", "role") or x.country for x in ms[:i]):
        return False
    nxt = next((j for j in range(i + 1, len(ms)) if ms[j].kind == "person"), len(ms))
    # (a country he goes to or comes from is no country of his: "arrived back from a state visit to China"; nor is
    # one inside a name: "on the sidelines of Aero India 2025")
    return not any(x.kind in _COUNTRYISH and not is_locative(ctx.doc.ntext, x) and not _inside_a_name(ctx.doc, x)
                   for x in ms[i + 1:nxt])


def _inside_a_name(doc: Document, m: Mention) -> bool:
    """An English country name right after a capitalised name word: part of a name ("Aero India", "Team
    Indonesia"; not "In India", "The India–Pakistan talks")."""
    before = doc.ntext[max(0, m.start - 30):m.start]
    word = before.split()[-1] if before.strip() and before.endswith(" ") else ""
    return doc.lang == "en" and word.isalpha() and is_name_word(word, "en")


def _second_office(ms: list[Mention], i: int, ntext: str) -> bool:
    """An office with no country joined by "and" to an office and its country just before: the same holder's
    second office, of that country."""
    if i < 2 or ms[i - 1].kind not in _COUNTRYISH or ms[i - 2].kind != "role":
        return False
    joint = _gap(ntext, ms[i - 1].end, ms[i].start).split()  # "and", "and First"
    return bool(joint) and joint[0] in ("and", "و") and len(joint) <= 2 \
        and _gap(ntext, ms[i - 2].end, ms[i - 1].start) in ROLE_COUNTRY_GAPS


_OPENING_THE = re.compile(r"(?:^|[.!?\n])\s*(?:the|this|that)\s+$")


def _agents_holder(ctx: Context, m: Mention) -> tuple[str, str] | None:
    """"The foreign minister, who took office on February 17, …" opening an English sentence after meetings told:
    the holder of that office on the side that held them (``recent_agent``), when the article named him."""
    if ctx.doc.lang != "en" or ctx.recent_agent is None \
            or not _OPENING_THE.search(ctx.doc.ntext[max(0, m.start - 40):m.start].lower()):
        return None
    return ctx.person_with_role(m.entity_id, m.start, country=ctx.recent_agent, before_only=True)


def _group_members(ctx: Context, m: Mention) -> list[str]:
    """The countries of a group named together («دول آسيا الوسطى», "the Baltic states": ``kind = "group"`` in
    organisations.toml) that take part; none for any other organisation, nor for a group named as a topic or a
    gathering («درباره …», "on the sidelines of …": ``group_not_sides``) or counted in part ("the two …")."""
    org = ctx.kb.orgs.get(m.entity_id or "")
    if org is None or org.data.get("subkind") != "group":
        return []
    ltext, lang = ctx.doc.ltext, ctx.doc.lang
    if words_re("group_not_sides", lang).search(ltext, max(0, m.start - 70), m.start) \
            or words_re("group_part", lang).search(ltext, max(0, m.start - 12), m.start):
        return []
    return list(org.data.get("members", []))


def _home_for_bare_offices(ctx: Context) -> str | None:
    """Whose is an office named with no country and no one in it: the outlet's country; for a Persian page of
    an outlet the KB does not know (Iran assumed), the dateline's country («خجند - …»), and Iran only when
    the page names Iran; else the dateline's country."""
    dateline = ctx.dateline.country if ctx.dateline is not None else None
    named = ctx.home is not None and any(m.country == ctx.home and m.kind != "outlet" for m in ctx.doc.mentions)
    if ctx.home and ctx.doc.meta.get("home_country_assumed"):
        if dateline:
            return dateline
        return ctx.home if named else None
    if ctx.home and not named:
        return dateline  # an outlet's page about two foreign countries: an office it names alone is not its own
    return ctx.home or dateline




def _acting_on(ctx: Context, pid: str, role: str, country: str) -> bool:
    """``pid`` holds ``role`` of ``country`` as acting on the document's day."""
    return any(t.acting and t.role == role and t.country == country and t.covers(ctx.day)
               for t in ctx.kb.persons[pid].terms)


def _role_side(ctx: Context, role: Mention, country: str, ms: list[Mention], i: int) -> Side:
    """A role with its country names a side; the person is the one written next to it, the KB
    holder on the document's day, or the last person of that country named with that role."""
    person_next = _has_person_next(ms, i, ctx.doc.ntext)
    if person_next:
        return Side(country, 3, role, role=role.entity_id)
    if role.kind == "role" and _subordinate(ctx.doc.ntext, role):
        return Side(country, 3, role)  # «مساعد رئيس هيئة الأركان»: not the chief of staff
    if role.kind == "role":
        pid = ctx.holder(country, role.entity_id)
        if pid and _cue_before(ctx.doc.ntext, role.start, "acting"):
            # «سرپرست نخست‌وزیری», "acting prime minister": the acting holder, not the suspended one
            pid = next((p.id for p in ctx.kb.holder(country, role.entity_id, ctx.day)
                        if _acting_on(ctx, p.id, role.entity_id, country)), None)
        if pid:
            return Side(country, 3, role, pid, True, role.entity_id)
        named = ctx.person_with_role(role.entity_id, role.start, country)
        if named:
            return Side(country, 3, role, named[0], named[0] in ctx.kb.persons, role.entity_id)
    return Side(country, 3, role, role=role.entity_id)


def _subordinate(ntext: str, role: Mention) -> bool:
    """A word for a lower office stands right before ``role`` («مساعد», «معاون», "assistant to the")."""
    return _cue_before(ntext, role.start, "subordinates")


def _has_person_next(ms: list[Mention], i: int, ntext: str) -> bool:
    """A person stands in apposition with the role at ``i`` ("Defense Minister X", «X وزیر دفاع»,
    "Chief of the British Army General Sir X": countries and titles may stand between)."""
    for step in (-1, 1):
        j, head = i + step, i  # head: the first office of a chain («نائب رئيس الوزراء ووزير الدفاع»)
        while 0 <= j < len(ms) and (ms[j].kind in _COUNTRYISH + ("title", "self")
                                    or step == -1 and _chained(ms, j, ntext)):
            head = j if ms[j].kind == "role" else head
            j += step
        if 0 <= j < len(ms) and ms[j].kind == "person" and _apposed(ntext, ms, min(head, j), max(head, j)) \
                and not (step == 1 and _same_ministry_after(ms, i, j, ntext)):
            return True
    return False


def _chained(ms: list[Mention], j: int, ntext: str) -> bool:
    """Role ``j`` and the mention after it are one person's offices joined by «و» («X نائب رئيس الوزراء ووزير
    الدفاع الوطني»): the second is the person's too."""
    return ms[j].kind == "role" and j + 1 < len(ms) and ms[j + 1].kind == "role" \
        and _gap(ntext, ms[j].end, ms[j + 1].start) == "و"


def _same_ministry_after(ms: list[Mention], i: int, j: int, ntext: str) -> bool:
    """The person at ``j`` has the minister's office of role ``i`` written again right after the name: the
    one before is someone else's, the subject's («كما التقى وزير الدفاع الفريق X وزير الدفاع اليمني»). A
    head of state's office is written twice for one man («الرئيس X رئيس أوكرانيا»), a minister's is not."""
    role = ms[i].entity_id or ""
    if "minister" not in role or "prime" in role:
        return False
    k = j + 1
    while k < len(ms) and ms[k].kind == "title":
        k += 1
    return k < len(ms) and ms[k].kind == "role" and ms[k].entity_id == role and _apposed(ntext, ms, j, k)


def _counterpart_countries(ms: list[Mention], i: int, ntext: str) -> list[int]:
    """«همتای ترکمنی خود», «نظيره الطاجيكي» (demonym after), "his Turkmen counterpart" (before),
    and lists of them: «همتایان روس و چینی», "his Vietnamese and Indonesian counterparts"."""
    if i + 1 < len(ms) and ms[i + 1].kind in _COUNTRYISH and len(_gap(ntext, ms[i].end, ms[i + 1].start)) <= 8:
        return coordinated(ms, i + 1, ntext, step=1)
    if i > 0 and ms[i - 1].kind in _COUNTRYISH and _gap(ntext, ms[i - 1].end, ms[i].start) in ("", "'s"):
        return coordinated(ms, i - 1, ntext, step=-1)
    return []


def coordinated(ms: list[Mention], j: int, ntext: str, step: int) -> list[int]:
    """Index ``j`` and the countries coordinated with it, walking in direction ``step``."""
    out = [j]
    while 0 <= j + step < len(ms) and ms[j + step].kind in _COUNTRYISH and ms[j + step].country:
        a, b = sorted((j, j + step))
        if _gap(ntext, ms[a].end, ms[b].start) not in _PAIR_GAPS:
            break
        j += step
        out.append(j)
    return sorted(out)


_NOT_AFTER_COMPANIES = re.compile(r"\s+(?:minister|ministers|secretary|secretaries)(?!\w)")


def _of_companies(doc: Document, ms: list[Mention], i: int) -> bool:
    """The list of demonyms holding ``ms[i]`` qualifies companies, firms, media (``company_nouns``): after it
    in English ("Indian and Australian companies"), before it in Persian and Arabic («الشركات الهندية
    والأسترالية»)."""
    listed = coordinated(ms, i, doc.ntext, 1 if doc.lang == "en" else -1)
    if any(ms[j].kind != "demonym" for j in listed):
        return False
    nouns = words_re("company_nouns", doc.lang)
    if doc.lang == "en":
        found = nouns.match(doc.ltext, ms[listed[-1]].end + 1)
        return found is not None and not _NOT_AFTER_COMPANIES.match(doc.ltext, found.end())
    head = ms[listed[0]].start
    return any(nouns.fullmatch(doc.ltext, k, head - 1) for k in range(max(0, head - 24), head - 1)
               if k == 0 or not doc.ltext[k - 1].isalnum())


def _paired(ms: list[Mention], i: int, ntext: str) -> bool:
    """A country coordinated with another («ایران و روسیه», «إيران وطاجيكستان», "India and Russia"), or
    the two naming a joint body or meeting of theirs, joined by a hyphen or side by side ("the Kenya-Ethiopia
    Joint Defence Commission", «اللجنة العسكرية القطرية الصومالية المشتركة»; not "the Russia-Ukraine war")."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(ms) and ms[j].kind in _COUNTRYISH and ms[j].country and ms[j].country != ms[i].country:
            a, b = sorted((ms[i], ms[j]), key=lambda x: x.start)
            if _gap(ntext, a.end, b.start) in _PAIR_GAPS:
                return True
            joined = ntext[a.end:b.start] in _JOINED or \
                a.kind == b.kind == "demonym" and ntext[a.end:b.start] == " " and not a.text.isascii()
            if joined and _names_joint_body(ntext, a.start, b.end):
                return True
    return False


_JOINED = frozenset({"-", "–", "‐", "/"})


def _names_joint_body(ntext: str, start: int, end: int) -> bool:
    """A word for a joint body or meeting (``joint_body`` in triggers.toml) within three words before
    ``start`` or after ``end``."""
    body = words_of("joint_body", None)
    near = fold(ntext[max(0, start - 40):start]).split()[-3:] + fold(ntext[end:end + 40]).split()[:3]
    return any(w.strip(".,،:;") in body for w in near)


def is_locative(ntext: str, m: Mention) -> bool:
    """A country or place right after «در» / «في» / "in": where something happens, not who acts."""
    before = fold(ntext[max(0, m.start - 6):m.start]).split()
    return bool(before) and before[-1] in _LOCATIVE
