"""Sentences about one happening become one event; different people or days keep meetings apart."""

from __future__ import annotations

from ..document import Span
from ..normalise import fold
from .candidates import Candidate
from .timing import same_time


_TALK = frozenset({"talk"})
_VISIT = frozenset({"visit"})
_TRIP_DAYS = 3


def merge(cands: list[Candidate]) -> list[Candidate]:
    """Sentences about one happening become one event; each joins the latest compatible event."""
    events: list[Candidate] = []
    holding: dict[Span, set[int]] = {}  # a sentence -> id() of the events that hold it
    for c in cands:
        # Meetings one sentence tells apart (one per counterpart or official) stay apart.
        apart = holding.get(c.sentences[0], set())
        others = [e for e in events if id(e) not in apart]
        target = None
        if c.anaphoric and c.from_context:  # «در این تماس»: the call just told, not the article's lead pair
            target = _referent(others, c)
        elif c.anaphoric:  # «في ختام الاجتماع ... بيان عن قطر ورواندا والكونغو»: the meeting just told, of them all
            ref = _referent(others, c)
            target = ref if ref is not None and set(c.countries) < set(ref.countries) else None
        target = target or next((e for e in reversed(others)
                                 if _compatible(e, c, len(holding.get(e.sentences[0], ())) >= _LIST)), None)
        if target is None and c.anaphoric:
            target = _referent(others, c)
            if target is not None:  # the sentence tells more about that meeting: its time, its topics
                c.sides = []
                c.mentions = [m for m in c.mentions if m.kind != "place"]
        if target is None:
            c.headline_first = c.headline
            c.day_told = _meeting_day(c)
            events.append(c)
            for sent in c.sentences:
                holding.setdefault(sent, set()).add(id(c))
            continue
        if _arrival(target, c):
            target.status = "planned"  # what the trip is for has not happened yet
        if target.headline and not c.headline:
            target.sides = []  # a headline may sum up several meetings: the body tells who was in this one
        target.headline = target.headline and c.headline
        target.sentences.extend(c.sentences)
        for sent in c.sentences:
            holding.setdefault(sent, set()).add(id(target))
        target.ranks.extend(c.ranks)
        target.kinds |= c.kinds
        target.cue_kinds |= c.cue_kinds
        if c.kinds <= _VISIT and target.kinds - _VISIT:
            target.sides.extend(x for x in c.sides if x.person is None)  # the trip, not who else was seen
        else:
            target.sides.extend(c.sides)
        target.mentions.extend(c.mentions)
        target.destination = target.destination or c.destination
        target.day_told = target.day_told or _meeting_day(c)
        target.from_context = target.from_context and c.from_context
        target.echo = target.echo and c.echo
    return events


def _meeting_day(c: Candidate):
    """The day a sentence gives a meeting, talks or signing (a visit may span several days)."""
    return c.own_date if c.kinds - _VISIT else None


def _referent(events: list[Candidate], c: Candidate) -> Candidate | None:
    """The meeting an anaphoric sentence points back at: the latest news event of its type, unless
    the sentence names two sides of its own that the event does not have, or is told as background on a
    day of its own («این موافقتنامه ... امضا شده بود؛ ... ۱۸ تیر ... دیدار کرد»: a document signed on an
    earlier trip, not the signing just told; a year or month in passing — «حادثه سال ۲۰۱۸» — is no such day)."""
    own = {s.country for s in c.sides if s.strength >= 3}
    day, sent = c.own_date, c.sentences[0]
    dated = c.background and day is not None and day.precision == "day" and sent.start <= day.start < sent.end
    for e in reversed(events):
        if e.type == c.type and not e.background and not e.headline:
            if dated and not (e.day_told is not None and same_time(e.day_told, c.own_date)):
                return None
            return e if len(own) < 2 or own <= set(e.countries) else None
    return None


# A sentence telling this many meetings ("meeting ministers from Malta, Mauritius, Bhutan …") lists a round
# of them: the one told after it with "also" / "then" is one of the list, not another.
_LIST = 3


def _compatible(a: Candidate, b: Candidate, listed: bool = False) -> bool:
    if a.type != b.type or a.countries != b.countries or a.background != b.background:
        return False
    if a.status != b.status and not (b.kinds <= _VISIT and b.status == "occurred") and not _arrival(a, b):
        return False  # a visit named without a tense of its own («برنامه‌های سفر») joins the trip told
    if not same_time(a.own_date, b.own_date) and not _same_trip(a, b):
        return False
    if b.kinds - _VISIT and not same_time(a.day_told, b.own_date):
        return False  # a meeting on another day than one the event's sentences give (a trip told may span days)
    if ("phone" in a.kinds) != ("phone" in b.kinds) and not b.from_context and not a.from_context \
            and not (a.kinds <= _TALK or b.kinds <= _TALK):
        return False  # a call and a meeting are two events; talks may be the call («در گفتگو با یکدیگر»)
    if b.kinds <= _VISIT:
        return True  # the visit told after a meeting is the trip on which it happened
    if b.also and a.kinds - _VISIT and (_names_both_sides(a) or a.status != "planned" and not listed) \
            and not _names_same_people(a, b):
        return False  # «كما التقى», "also met": another meeting, unless it names the same people again
        # (or, in a visit's programme or a list of a round of meetings, the one told names no one on a side:
        # "will interact with the senior military hierarchy … will also interact with General X" fills it in)
    for country in a.countries:
        ka, kb_ = a.people(country), b.people(country)
        if ka and kb_ and not ka & kb_ and not (ka & b.people(country, attending=True)
                                                 or kb_ & a.people(country, attending=True)):
            return False  # (one who attended it in one telling may be its principal in another)
        ua, ub = _name_words(a.people(country, known=False)), _name_words(b.people(country, known=False))
        if ua and ub and not ua & ub:
            return False
        if (ka and ub and not ua and not ub & _named_words(a, country)) or \
                (kb_ and ua and not ub and not ua & _named_words(b, country)):
            return False  # a known official named in one, someone else the KB lacks in the other
    return True


def _same_trip(a: Candidate, b: Candidate) -> bool:
    """One of them tells only the trip ("arrived on Wednesday evening for a two-day visit"), the other
    its meeting within a few days: one event."""
    if not (a.kinds <= _VISIT or b.kinds <= _VISIT) or a.own_date is None or b.own_date is None:
        return False
    x, y = a.own_date, b.own_date
    return x.precision == y.precision == "day" and x.value is not None and y.value is not None \
        and abs((x.value - y.value).days) <= _TRIP_DAYS


def _arrival(a: Candidate, b: Candidate) -> bool:
    """``a`` is only a trip under way («وصل إلى عمّان في زيارة رسمية», "arrived in Hanoi"), no one of the
    host side named as met, and ``b`` the meeting it is for, announced: one planned event."""
    return (a.kinds <= _VISIT and a.status == "occurred" and b.status == "planned" and not a.headline
            and len({s.country for s in a.sides if s.person}) < 2)


def _names_same_people(a: Candidate, b: Candidate) -> bool:
    """``b`` names (not infers from an office) people of every side, and they are ``a``'s."""
    for country in a.countries:
        named = {s.person for s in b.sides if s.country == country and s.person and s.mention.kind == "person"}
        if not named or not (named & a.people(country) or named & a.people(country, known=False)):
            return False
    return True


def _names_both_sides(a: Candidate) -> bool:
    return all(a.people(c) or a.people(c, known=False) for c in a.countries)


def _named_words(c: Candidate, country: str) -> set[str]:
    """Name words of the known officials of ``country`` that ``c`` names as written (an office alone is no name)."""
    return _name_words({t for s in c.sides if s.country == country and s.person_known and s.mention.kind == "person"
                        for t in s.surface or [s.mention.text]})


def _name_words(names: set[str]) -> set[str]:
    """Words of four letters or more of names as written: «ما ژائوشو» and «ژائوشو» share one. The first
    word of a longer name is left out: a given name («محمد»), or a family name written first («نگوین تان
    کونگ», «نگوین وان نگیا»), is shared by many."""
    return {w for n in names for w in fold(n).split()[1:] or fold(n).split() if len(w) >= 4}
