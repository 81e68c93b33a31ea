"""From a merged candidate to the output ``Event``: place, mode, visitor and host, persons, date, topics,
codes and confidence."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from ..document import ATTENDED, DateMention, Document, Event, Mention, PersonRef, Span
from ..kb import KnowledgeBase
from ..kb.translit import name_index, romanize
from ..normalise import fold
from .attributes import code, is_military, location_of, locative, mode_of, topics_of, visitor_and_host
from .candidates import Candidate, mentions_in, opening_honorific
from .lexicon import words_of, words_re
from .participants import Context, Side, person_key
from .timing import apply_date, bounds_from_people, long_before, set_date


@dataclass(slots=True)
class Scene:
    """Where and when the article's news is happening, carried from one event to the next: a second
    meeting "later in the day" / «در ادامه سفر» happens in the same city on the same day unless the
    text says otherwise."""

    location: Mention | None = None
    date: DateMention | None = None
    plan_date: DateMention | None = None  # the day of the last meeting announced as news
    persons: dict[str, list[PersonRef]] = field(default_factory=dict)  # country -> last event's people
    people: dict[str, list[PersonRef]] = field(default_factory=dict)  # country -> everyone named so far, latest last


def build_event(ctx: Context, c: Candidate, lead: bool, scene: Scene) -> Event:
    doc, kb = ctx.doc, ctx.kb
    sides = set(c.countries)
    # the dateline's city is where the story was filed: the place of a meeting only in a side's country
    # («تهران- ایرنا- فرمانده نیروی دریایی هند … گفت‌وگو کرد»)
    told = [m for m in c.mentions if m.start != ctx.dateline.start or m.country in sides] \
        if ctx.dateline is not None else c.mentions
    location = location_of(doc, kb, told, sides, c.destination)
    if location is None and lead and not (ctx.gathering is not None and ctx.gathering.country not in sides
                                          and c.sentences[0].start >= ctx.gathering.start):
        # (a meeting told after a gathering in a third country is there, not at the dateline)
        location = _lead_location(ctx, sides)
    if location is None and not c.background and scene.location is not None and \
            c.destination in (None, scene.location.country) and \
            (scene.location.country in sides or
             ctx.gathering is not None and ctx.gathering.country == scene.location.country):
        # the same city, unless the visit goes to another country or the city is in neither side's
        # country (Manila for a meeting with Indonesia's president) and no gathering is held there
        location = scene.location
    if _at_the_gathering(ctx, c, sides) and (location is None or not locative(doc.ltext, location)
                                              or not c.sentences[0].start <= location.start < c.sentences[0].end):
        # «كوالالمبور - (كونا) -- … على هامش الاجتماع», "on the sidelines of the summit": where the gathering is
        # held, not a capital named for its government («أبلغه قلق واشنطن») nor a place of a later sentence told
        # of the same meeting («منذ عودة ترامب الى البيت الأبيض»)
        location = ctx.gathering
    if c.type == "MEET" and "phone" in c.kinds:
        location = None  # a call has no one place; a city in its sentence is a topic
    if location is not None and location.entity_id not in kb.places:
        location = None  # a name of several places the page does not tell apart
    city = _city(kb, location) if location is not None else None
    mode = mode_of(c.kinds, c.cue_kinds, location, sides, c.destination) if c.type == "MEET" else None
    host = location.country if location is not None and location.country in sides else c.destination
    source, target = visitor_and_host(c.countries, c.order, mode, host, ctx.home)
    persons = _persons(ctx, c)
    persons += _plural_holders(ctx, scene, c, persons)
    persons += _carried(doc, scene, c, persons)
    persons += _attendees(ctx, c, persons)
    topic_ids = topics_of(doc.ltext, _topic_spans(doc, c, lead), doc.lang)
    roles = {p.data_role for p in persons if p.data_role}
    cameo, plover = code(c.type, c.status, mode, host == source and host is not None,
                         is_military(roles, topic_ids))
    anchor = _evidence_sentence(c)
    ev = Event(
        type=c.type, countries=c.countries, evidence=doc.evidence(anchor.start, anchor.end),
        status=c.status, mode=mode, source=source, target=target,
        location=city.name if city is not None else None,
        location_country=city.country if city is not None else None,
        persons=[p.ref for p in persons], topics=topic_ids, background=c.background,
        confidence=_confidence(c, persons), cameo=cameo, plover=plover,
    )
    found = set_date(doc, ev, c, lead)
    if ev.date is None and ev.date_range is None:
        ev.date_range = bounds_from_people(kb, [(p.ref.id, p.data_role) for p in persons if p.ref.id in kb.persons],
                                           doc.published_date)
    if not c.background and c.status == "occurred" and long_before(doc, found):
        c.background = ev.background = True  # dated weeks before the article: a reference, not its news
    if not c.background:
        for country in c.countries:
            named = [p.ref for p in persons if p.ref.country == country]
            if named:
                scene.persons[country] = named
                names = {n.name for n in named}
                seen = scene.people.setdefault(country, [])
                seen[:] = [r for r in seen if r.name not in names] + named
        if found is None and scene.date is not None and c.status == "occurred":
            apply_date(doc, ev, scene.date, confidence=0.6)
        elif found is None and c.status == "occurred" and scene.plan_date is not None \
                and scene.plan_date.value == doc.published_date:
            # the day's programme announced, then told as held in an update of the page: that day
            apply_date(doc, ev, scene.plan_date, confidence=0.6)
        if c.status == "planned":
            # "He will also meet …": the next meeting of a day's programme is on that day
            if found is None and scene.plan_date is not None:
                apply_date(doc, ev, scene.plan_date, confidence=0.6)
            elif found is not None and found.precision in (None, "day"):
                scene.plan_date = found
        scene.location = location or scene.location
        if c.status == "occurred":  # an announced meeting's day is not the day of what is told after it
            scene.date = found if found is not None and found.precision in (None, "day") else scene.date
    return ev


def _carried(doc: Document, scene: Scene, c: Candidate, persons: list[_Person]) -> list[_Person]:
    """«دو وزیر در پایان این دیدار ... امضا کردند», "the two ministers then signed": a side the event's
    own sentences name nobody for keeps the people the article's last event named for it — for "the two
    ministers", the last minister named for it (not the prime minister who received one of them)."""
    if c.background:
        return []
    out = []
    ministers = None  # whether the sentences say "the two ministers": read only when a side needs people
    title = _honorific_title(doc, c)
    for country in c.countries:
        if any(p.ref.country == country for p in persons):
            continue
        carried = scene.persons.get(country, [])
        if title:  # «كما التقى سموه …»: the one the article named with that title («صاحب السمو …»)
            carried = [r for r in scene.people.get(country, []) if _titled(doc, r, title)][-1:] or carried
        if ministers is None:
            ministers = _ministers_pair(doc, c)
        if ministers:
            carried = [r for r in carried if _minister(r)] or \
                [r for r in scene.people.get(country, []) if _minister(r)][-1:] or carried
        out += [_copied(r) for r in carried]
    return out


def _honorific_title(doc: Document, c: Candidate) -> str | None:
    """The title an honorific pronoun opening the event's first sentence stands for, folded: «سموه» → «سمو»,
    «معاليه» → «معالی», «فخامته» → «فخامه»."""
    word = opening_honorific(doc, c.sentences[0])
    if word is None:
        return _bare_honorific_office(doc, c.sentences[0])
    root = word[:-2] if word.endswith("ها") else word[:-1]
    return root[:-1] + "ه" if root.endswith("ت") else root


def _bare_honorific_office(doc: Document, sent: Span) -> str | None:
    """«وكان سمو الأمير قد …»: an office named bare after an honorific (``bare_office``) among the sentence's
    first words stands for the one the article named with that honorific; returns it folded («سمو»)."""
    pronouns = words_of("pronoun_after", doc.lang)
    head = doc.ltext[sent.start:sent.start + 60]
    for w in words_re("bare_office", doc.lang).finditer(head):
        first = w.group().split()[0]
        if len(head[:w.start()].split()) < 4 and first + "ه" in pronouns:
            return first
    return None


def _titled(doc: Document, r: PersonRef, title: str) -> bool:
    """``r`` is named somewhere in the article right after ``title`` («صاحب السمو الشيخ محمد …»)."""
    for written in r.mentions:
        at = doc.text.find(written)
        while at >= 0:
            if title in fold(doc.text[max(0, at - 30):at]):
                return True
            at = doc.text.find(written, at + 1)
    return False


def _plural_holders(ctx: Context, scene: Scene, c: Candidate, persons: list[_Person]) -> list[_Person]:
    """«وزرای دفاع قزاقستان، قرقیزستان و ازبکستان», "the presidents of Sierra Leone and Liberia": a side the
    event names only through a plural office gets the one the article last named in that office for that
    country, else the office's KB holder of the day."""
    out = []
    for s in c.sides:
        if s.mention.kind != "role-plural" or s.country not in c.countries or s.attending \
                or any(p.ref.country == s.country for p in persons + out):
            continue
        label = ctx.kb.role_label(s.mention.entity_id)
        named = [r for r in scene.people.get(s.country, []) if r.role == label][-1:]
        if named:
            r = named[0]
            out.append(_copied(r))
            continue
        pid = ctx.holder(s.country, s.mention.entity_id)
        if pid:
            out.append(_person(ctx, replace(s, person=pid, person_known=True, role=s.mention.entity_id), pid, True,
                               s.mention.entity_id))
    return out


def _copied(r: PersonRef) -> _Person:
    """A person named for an earlier event, as one of this one's (its own lists, not shared)."""
    return _Person(PersonRef(r.name, r.country, r.role, list(r.mentions), r.id, list(r.flags)), None)


def _minister(r: PersonRef) -> bool:
    return bool(r.role) and "minister" in r.role and "prime" not in r.role


def _ministers_pair(doc: Document, c: Candidate) -> bool:
    """The event's sentences say "the two ministers" («الوزيران», «دو وزیر»)."""
    words = words_of("two_ministers", doc.lang)
    return any(w in doc.ltext[s.start:s.end] for s in c.sentences for w in words)


def _evidence_sentence(c: Candidate):
    """The sentence that states the event itself: the best ranked (``Candidate.ranks``), the first of equals."""
    ranked = [(r - 10 * (i == 0 and c.headline_first), -i) for i, r in enumerate(c.ranks[:len(c.sentences)])]
    if len(ranked) < len(c.sentences):
        return c.sentences[1] if len(c.sentences) > 1 and c.headline_first else c.sentences[0]
    return c.sentences[-max(ranked)[1]]


def _city(kb: KnowledgeBase, m: Mention):
    """The place a location mention names; for a landmark («کاخ کرملین», "White House"), its city."""
    place = kb.places[m.entity_id]
    return kb.places.get(place.data.get("city", ""), place)


def _at_the_gathering(ctx: Context, c: Candidate, sides: set[str]) -> bool:
    """The event is told on the sidelines of the gathering the article's people attend, held in a third country."""
    g = ctx.gathering
    return g is not None and g.country not in sides and not c.background \
        and "third_country" in c.cue_kinds and c.destination in (None, g.country) and g.start < c.sentences[0].end


def _topic_spans(doc: Document, c: Candidate, lead: bool) -> list[tuple[int, int]]:
    """Topics come from the event's sentences; the article's lead event also takes the article body."""
    if lead and not c.background:
        return [(p.start, p.end) for p in doc.paragraphs]
    return [(s.start, s.end) for s in c.sentences]


def _lead_location(ctx: Context, sides: set[str]) -> Mention | None:
    """For the article's main meeting: the first place in its opening paragraphs inside a side, else the
    city of the story's dateline ("KAMPALA -", «مسقط - العمانية», "PANAMA CITY (Agency) -") when it is."""
    long_paras = [p for p in ctx.doc.paragraphs if len(ctx.doc.ntext[p.start:p.end].split()) >= 12][:3]
    for para in long_paras:
        found = location_of(ctx.doc, ctx.kb, mentions_in(ctx.doc, para), sides)
        if found is not None and found.country in sides:
            return found
    return ctx.dateline if ctx.dateline is not None and ctx.dateline.country in sides else None


@dataclass(slots=True)
class _Person:
    ref: PersonRef
    data_role: str | None


def _persons(ctx: Context, c: Candidate) -> list[_Person]:
    """One entry per person on the event's sides, KB-canonical when known, with every spelling found."""
    kb = ctx.kb
    out: dict[str, _Person] = {}
    for s in c.sides:
        if not s.person or s.attending or s.country not in c.countries:
            continue
        key = s.person
        if key in out:
            if s.role and not out[key].data_role:
                out[key].data_role = s.role
                out[key].ref.role = kb.role_label(s.role)
            continue
        out[key] = _person(ctx, s, key, s.person_known and key in kb.persons, s.role)
    _countryless(ctx, c, out)
    return list(out.values())


def _attendees(ctx: Context, c: Candidate, persons: list[_Person]) -> list[_Person]:
    """The people of the event's countries who attended it («بحضور X», "accompanied by X", «وضم الوفد
    X»): they took part, after its principals, flagged "attended"."""
    seen = {p.ref.id or p.ref.name for p in persons} | {s.person for s in c.sides if s.person and not s.attending}
    out: list[_Person] = []
    for s in c.sides:
        m = s.mention
        key = s.person or person_key(m)
        if s.attending and s.country in c.countries and key not in seen and (s.person or m.kind == "person"):
            seen.add(key)
            person = _person(ctx, s, key, key in ctx.kb.persons, s.role or m.data.get("role"))
            person.ref.flags.append(ATTENDED)
            out.append(person)
    return out


def _person(ctx: Context, s: Side, key: str, known: bool, role: str | None) -> _Person:
    doc, kb = ctx.doc, ctx.kb
    if known:
        p = kb.persons[key]
        role = role or _kb_role(kb, p.id, ctx.day, s.country)
        flags = _flags(kb, p.id, role, ctx.day)
        return _Person(PersonRef(p.name, s.country, kb.role_label(role) if role else None,
                                 _spellings(doc, p.id), p.id, flags), role)
    if s.mention.kind == "person":
        a, b = s.mention.data.get("full_span") or (s.mention.start, s.mention.end)
        written = doc.text[slice(*doc.to_original(a, b))]
        spellings = _as_written(doc, a, b) + _as_written(doc, s.mention.start, s.mention.end)
    else:  # named elsewhere, resolved here through an office or «همتا»
        written = ctx.written.get(key, key)
        spellings = [written]
    return _Person(PersonRef(_latin(kb, written), s.country, kb.role_label(role) if role else None,
                             list(dict.fromkeys([written, *spellings]))), role)


def _countryless(ctx: Context, c: Candidate, out: dict[str, _Person]) -> None:
    """«التقى الفريق أحمد خليفة الفريق أول متين غوراك»: one side has its person, the other none, and the
    event's sentences name one unknown person whose country the text does not give — that side's."""
    missing = [k for k in c.countries if not any(p.ref.country == k for p in out.values())]
    if len(missing) != 1:
        return
    doc = ctx.doc
    loose = [m for m in doc.mentions if m.kind == "person" and m.entity_id is None and m.country is None
             and not m.data.get("short") and any(s.start <= m.start < s.end for s in c.sentences)]
    if len({m.text for m in loose}) != 1:
        return
    m = loose[0]
    written = doc.text[slice(*doc.to_original(m.start, m.end))]
    role = m.data.get("role")
    out.setdefault(m.text, _Person(PersonRef(_latin(ctx.kb, written), missing[0],
                                             ctx.kb.role_label(role) if role else None, [written]), role))


def _latin(kb: KnowledgeBase, name: str) -> str:
    """An unknown person's name in Latin letters (the original spelling stays in ``mentions``)."""
    return romanize(name, name_index(kb).latin)


def _kb_role(kb: KnowledgeBase, pid: str, day: date | None, country: str) -> str | None:
    terms = [t for t in kb.roles_of(pid, day) if t.country == country] if day else []
    if not terms and day is None:
        terms = [t for t in kb.persons[pid].terms if t.country == country][-1:]
    return terms[0].role if terms else None


def _flags(kb: KnowledgeBase, pid: str, role: str | None, day: date | None) -> list[str]:
    """Warnings on a person's office: not held on the day ("role-date-mismatch"), or held on an
    open term past the day up to which the knowledge base is known complete ("after-kb-date")."""
    if day is None or role is None:
        return []
    person = kb.persons[pid]
    if any(t.role == role for t in person.terms) and not any(t.role == role for t in kb.roles_of(pid, day)):
        return ["role-date-mismatch"]
    as_of = person.data.get("as_of")
    open_term = any(t.role == role and t.end is None for t in kb.roles_of(pid, day))
    if as_of is not None and day > as_of and open_term:
        return ["after-kb-date"]
    return []


def _spellings(doc: Document, pid: str) -> list[str]:
    seen: list[str] = []
    for m in doc.mentions:
        if m.kind == "person" and m.entity_id == pid:
            for spelling in _as_written(doc, m.start, m.end):
                if spelling not in seen:
                    seen.append(spelling)
    return seen


def _as_written(doc: Document, start: int, end: int) -> list[str]:
    """A name as the text writes it, then with the rank or honorific right before it («الأمير خالد بن
    سلمان», "Major General Bernard Waliaula"): how the article names the person."""
    a, b = doc.to_original(start, end)
    out = [doc.text[a:b]]
    titles = doc.cached("title_ends", (doc.mentions,),
                        lambda: {t.end: t.start for t in doc.mentions if t.kind == "title"})
    first = start
    while first - 1 in titles and doc.ntext[first - 1] == " ":
        first = titles[first - 1]  # each title of a run: «الأمير», «صاحب السمو الملكي الأمير»
        out.append(doc.text[doc.to_original(first, end)[0]:b])
    return out


def _confidence(c: Candidate, persons: list[_Person]) -> float:
    strong = {s.country for s in c.sides if s.strength >= 3}
    conf = 0.45
    conf += 0.2 if len(strong) >= 2 else (0.1 if strong else 0)
    conf += 0.1 if len({p.ref.country for p in persons}) >= 2 else 0
    conf += 0.1 if c.kinds & {"meet", "talk", "phone", "sign"} else 0
    conf += 0.05 if len(c.sentences) > 1 else 0
    conf -= 0.15 if c.from_context else 0
    conf -= 0.1 if c.background else 0
    return max(0.05, min(0.99, conf))
