"""The events stage: MEET and SIGN events from trigger sentences, their sides, persons and attributes.

For every article sentence with a trigger («دیدار», «التقى», "held talks", «امضا», "signed"):

1. the sides are the countries the sentence ties to the event (``participants.py``); a sentence that
   names fewer than two falls back on the pair the article leads with («وزرای دفاع ایران و روسیه»);
2. cues around the trigger set the status (planned), a background reference («با اشاره به»), a
   third-country setting (on the sidelines), and drop invitations and cancelled meetings;
3. sentences about the same happening merge into one event — unless a side has different people
   (the president met the minister at noon, the defense minister met him in the evening: two events);
4. each event gets its persons, location, mode, visitor and host, date, topics, PLOVER/CAMEO codes,
   confidence and evidence sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from ..dates import event_date, reference_date
from ..document import DateMention, Document, Event, Evidence, Mention, PersonRef, Span
from ..kb import KnowledgeBase, load_kb
from .attributes import code, is_military, location_of, mode_of, topics_of, visitor_and_host
from ..normalise import fold
from .lexicon import anaphoric_words, cues, triggers
from .participants import Context, Side, build_context, is_locative, sides_in

__all__ = ["events_stage"]

_DESTINATION_WINDOW = 28
_BEFORE_WINDOW = {"fa": 90, "ar": 60, "en": 45}  # how far a future cue may stand before its trigger


@dataclass(slots=True)
class Candidate:
    """An event as first seen in one sentence; merged candidates pool their sentences and sides."""

    type: str
    sentences: list[Span]
    kinds: set[str]
    cue_kinds: set[str]
    sides: list[Side]
    countries: list[str]
    order: list[str]
    status: str
    background: bool
    destination: str | None = None
    from_context: bool = False
    mentions: list[Mention] = field(default_factory=list)
    own_date: DateMention | None = None  # the date its own sentence (or paragraph) gives
    headline: bool = False        # told only in a headline so far
    anaphoric: bool = False       # «در این دیدار», "the talks": points back at a meeting already told
    headline_first: bool = False  # its first sentence is a headline (then the evidence is the next)

    def people(self, country: str, known: bool = True) -> set[str]:
        """The people of one side: KB ids (``known``), or names as written of officials the KB lacks."""
        return {s.person for s in self.sides if s.country == country and s.person and s.person_known == known}


def events_stage(doc: Document, kb: KnowledgeBase | None = None) -> Document:
    """Fill ``doc.events`` from the document's sentences and mentions."""
    kb = kb or load_kb()
    day = doc.published_date or _day_from_people(doc, kb)
    ctx = build_context(doc, kb, day)
    lead = _lead_pair(ctx)
    headlines = _headlines(doc)
    candidates: list[Candidate] = []
    for sent in doc.sentences:
        news_seen = any(not c.background and not c.headline for c in candidates)
        for cand in _candidates(ctx, sent, lead, news_seen):
            cand.headline = any(h.start <= sent.start < h.end for h in headlines)
            candidates.append(cand)
    merged = [c for c in _merge(candidates) if not c.headline]
    merged.sort(key=lambda c: c.sentences[1 if c.headline_first else 0].start)  # in order of their telling
    first = _first_news(merged)
    if lead and first >= 0 and merged[first].countries == lead.countries:
        merged[first].sides.extend(s for s in lead.sides if s.country in lead.countries)
    scene = _Scene()
    events = [_event(ctx, c, i == first, scene) for i, c in enumerate(merged)]
    doc.events = sorted(events, key=lambda e: e.background)  # the article's news first, references after
    return doc


def _headlines(doc: Document) -> list[Span]:
    """Headline lines: short opening lines without a full stop (or the page title). They summarise
    («دیدارهای رئیسی در حاشیه اجلاس», "X meets Y and Z"), so they open no event of their own."""
    out = []
    title = fold(doc.title) if doc.title else None
    for para in doc.paragraphs[:4]:
        line = doc.ntext[para.start:para.end].strip()
        if (len(line.split()) <= 22 and line[-1:] not in ".!?؟") or (title and fold(line) == title):
            out.append(para)
    return out


def _first_news(cands: list[Candidate]) -> int:
    return next((i for i, c in enumerate(cands) if not c.background), -1)


def _mentions_in(doc: Document, span: Span) -> list[Mention]:
    return [m for m in doc.mentions if span.start <= m.start and m.end <= span.end]


def _candidates(ctx: Context, sent: Span, lead: Lead | None, seen_any: bool) -> list[Candidate]:
    doc = ctx.doc
    ltext = doc.ltext[sent.start:sent.end]
    hits = [(s + sent.start, e + sent.start, v) for s, e, v in triggers(doc.lang).find(ltext, doc.lang)
            if not _in_a_name(doc, sent, s + sent.start)]
    if not hits:
        return []
    cue_hits = [(s + sent.start, e + sent.start, v) for s, e, v in cues(doc.lang).find(ltext, doc.lang)]
    cue_kinds = {k for _, _, ks in cue_hits for k in ks}
    if "negation" in cue_kinds:
        return []
    ms = _mentions_in(doc, sent)
    out: list[Candidate] = []
    for etype in ("MEET", "SIGN"):
        typed = [(s, e, t) for s, e, ts in hits for t in ts if t.type == etype]
        if not typed:
            continue
        destination = _destination(doc, ms, typed)
        typed = [(s, e, t) for s, e, t in typed if not t.needs_destination or destination]
        if not typed:
            continue
        kinds = {t.kind for _, _, t in typed}
        if "invitation" in cue_kinds and "invited_visit" not in cue_kinds and kinds <= {"visit", "meet"} \
                and _invitation_governs(cue_hits, typed):
            continue
        sides = sides_in(ctx, ms)
        if destination:
            dest_m = next(m for m in ms if m.country == destination)
            sides.append(Side(destination, 3, dest_m))
        for cand in _distribute(_choose_sides(ctx, etype, sent, kinds, cue_kinds, sides, ms, lead, seen_any)):
            _finish(ctx, cand, sent, typed, cue_hits, destination)
            out.append(cand)
    return out


def _in_a_name(doc: Document, sent: Span, start: int) -> bool:
    """A capitalised English trigger inside a sentence is part of a name ("Defence Ministers' Meeting-Plus")."""
    return doc.ntext[start].isupper() and start > sent.start and doc.ntext[start].isascii()


def _distribute(cand: Candidate | None) -> list[Candidate]:
    """"X met his Vietnamese and Indonesian counterparts": one meeting per counterpart country."""
    if cand is None:
        return []
    several = {s.country for s in cand.sides if s.distributive}
    if len(several) < 2:
        return [cand]
    base = {s.country for s in cand.sides if not s.distributive and s.strength >= 2} - several
    if not base:
        return [cand]
    out = []
    for country in sorted(several):
        keep = base | {country}
        out.append(Candidate(cand.type, list(cand.sentences), set(cand.kinds), set(cand.cue_kinds),
                             [s for s in cand.sides if s.country in keep], sorted(keep),
                             [c for c in cand.order if c in keep], cand.status, cand.background,
                             from_context=cand.from_context, mentions=cand.mentions))
    return out


def _finish(ctx: Context, cand: Candidate, sent: Span, typed, cue_hits, destination: str | None) -> None:
    """Status, background, anaphora and the sentence's own date of a new candidate."""
    doc = ctx.doc
    cand.destination = destination
    cand.status = _status(doc, cue_hits, typed)
    cand.background = _background(cue_hits, typed)
    cand.anaphoric = _anaphoric(doc, min(s for s, _, _ in typed))
    own = event_date(doc, sent, _paragraph_of(doc, sent), cand.status, False)
    first = min(s for s, _, _ in typed)
    # Only a date near the trigger dates the event («در دی ۱۳۹۳ ... دیدار»), not one about
    # something else further along the sentence ("... after the attack in March").
    near = own is not None and own.value is not None and own.end > own.start and \
        (abs(own.start - first) <= 60 or not sent.start <= own.start < sent.end)
    cand.own_date = own if near else None
    if cand.status == "occurred" and _long_before(doc, cand.own_date):
        cand.background = True  # dated weeks before the article: a reference, not its news


def _destination(doc: Document, ms: list[Mention], typed) -> str | None:
    """The country a visit goes to: «سفر به روسیه», «زيارة إلى طهران», "arrived in Moscow"."""
    for s, e, t in typed:
        if t.kind != "visit":
            continue
        for m in ms:
            if m.kind in ("country", "place") and m.country and 0 <= m.start - e <= _DESTINATION_WINDOW:
                between = doc.ltext[e:m.start]
                if not any(ch in between for ch in "،,.:؛"):
                    return m.country
        for m in ms:
            if m.kind in ("country", "place") and m.country and 0 <= s - m.end <= _DESTINATION_WINDOW:
                before = doc.ltext[max(0, m.start - 4):m.start].split()
                if before and before[-1] in ("به", "الی", "to"):
                    return m.country
    return None


def _anaphoric(doc: Document, start: int) -> bool:
    """The trigger at ``start`` is «این دیدار», «في ختام اللقاء», "the talks": a meeting already told."""
    words = doc.ltext[max(0, start - 24):start].split()
    if not words:
        return False
    before = {words[-1], " ".join(words[-2:])}
    if not before & anaphoric_words(doc.lang):
        return False
    if doc.lang == "ar":
        return doc.ltext.startswith("ال", start)
    return True


def _invitation_governs(cue_hits, typed) -> bool:
    first = min(s for s, _, _ in typed)
    return any("invitation" in ks and abs(s - first) < 60 for s, _, ks in cue_hits)


def _status(doc: Document, cue_hits, typed) -> str:
    """planned when a future cue governs a trigger: before it in its clause ("is expected to meet",
    «من المقرر أن يلتقي») or right after it («دیدار خواهد کرد»); not a cue further along the sentence
    ("met ... on what is expected to be his last trip") nor one inside a quoted statement."""
    ltext = doc.ltext
    for ts, te, _ in typed:
        for s, e, ks in cue_hits:
            if "planned" not in ks:
                continue
            if s < te and e > ts:
                return "planned"  # the trigger carries its own future («خواهند رفت», «سيلتقي»)
            if s >= te:
                lo, hi, limit = te, s, 20
            else:  # Persian puts the verb last: «قرار است ... با پوتین دیدار کند»
                lo, hi, limit = e, ts, _BEFORE_WINDOW.get(doc.lang, 45)
            if 0 <= hi - lo <= limit and not any(ch in ltext[lo:hi] for ch in ":«\"؛"):
                return "planned"
    return "occurred"


def _background(cue_hits, typed) -> bool:
    """A passing reference: the first trigger has a background cue shortly before it («با اشاره به
    دیدار», «مشيراً إلى أن زيارة») or right after it («دیدار سال گذشته», "meetings over the past decades")."""
    marks = [(s, e) for s, e, ks in cue_hits if "background" in ks]
    ts, te, _ = min(typed, key=lambda t: t[0])  # the sentence's first trigger tells what it reports
    return any(0 <= ts - e <= 30 or 0 <= s - te <= 40 for s, e in marks)


def _choose_sides(ctx: Context, etype: str, sent: Span, kinds: set[str], cue_kinds: set[str],
                  sides: list[Side], ms: list[Mention], lead: Lead | None, seen_any: bool) -> Candidate | None:
    best: dict[str, int] = {}
    order: list[str] = []
    for s in sides:
        if s.strength == 1 and is_locative(ctx.doc.ntext, s.mention):
            continue  # «در ترکمنستان»: where, not who
        best[s.country] = max(best.get(s.country, 0), s.strength)
        if s.country not in order:
            order.append(s.country)
    strong = [c for c in order if best[c] >= 2]
    from_context = False
    if len(strong) < 2:
        filled = _fill_sides(strong, order, best, lead, cue_kinds, seen_any)
        if filled is None:
            return None
        strong, from_context = filled, True
    countries = sorted(set(strong))
    kept = [s for s in sides if s.country in countries]
    return Candidate(etype, [sent], set(kinds), set(cue_kinds), kept, countries, order, "occurred", False,
                     from_context=from_context, mentions=ms)


def _fill_sides(strong: list[str], order: list[str], best: dict[str, int], lead: Lead | None,
                cue_kinds: set[str], seen_any: bool) -> list[str] | None:
    """Complete a sentence that names fewer than two sides from the article's lead pair."""
    if lead and len(strong) == 1 and strong[0] in lead:
        return list(lead)
    if len(strong) == 1:
        # Without a lead pair to go by, a single country merely named beside the side may be the
        # other side («سفر وزیر دفاع پاکستان به چین»); with one, it is more likely a topic.
        weak = [c for c in order if best[c] == 1 and c != strong[0]]
        if len(weak) == 1 and not lead:
            return [strong[0], weak[0]]
        return None
    if lead and ("pair" in cue_kinds or not seen_any):
        return list(lead)
    return None


@dataclass(slots=True)
class Lead:
    """The sides an article is about, and the evidence of them in its opening."""

    countries: list[str]
    sides: list[Side]

    def __contains__(self, country: str) -> bool:
        return country in self.countries

    def __iter__(self):
        return iter(self.countries)


def _lead_pair(ctx: Context) -> Lead | None:
    """The sides the article is about: the first sentence of its first paragraphs tying two or more
    countries together with strength 2 or more (a pair, a role with countries, two persons)."""
    headlines = _headlines(ctx.doc)
    body = [p for p in ctx.doc.paragraphs if p not in headlines][:3]
    opening = [s for p in body + headlines for s in ctx.doc.sentences if p.start <= s.start < p.end]
    found = []
    for i, sent in enumerate(opening):
        sides = [s for s in sides_in(ctx, _mentions_in(ctx.doc, sent)) if s.strength >= 2]
        if len({s.country for s in sides}) >= 2:
            found.append((i, sides))
    if not found:
        return None
    # A pair is the usual lead; a list of three or more only when no opening sentence has a pair.
    i, sides = min(found, key=lambda f: (len({s.country for s in f[1]}) != 2, f[0]))
    countries = sorted({s.country for s in sides})
    # A side the lead names without a person («وزيرا دفاع إيران وطاجيكستان») takes the first person
    # of that country named in the next opening sentences.
    unnamed = {c for c in countries if not any(s.person for s in sides if s.country == c)}
    for later in opening[i + 1:i + 4]:
        for s in sides_in(ctx, _mentions_in(ctx.doc, later)):
            if s.country in unnamed and s.person and s.strength >= 3:
                sides.append(s)
                unnamed.discard(s.country)
    return Lead(countries, sides)


def _merge(cands: list[Candidate]) -> list[Candidate]:
    """Sentences about one happening become one event; each joins the latest compatible event."""
    events: list[Candidate] = []
    for c in cands:
        target = next((e for e in reversed(events) if _compatible(e, c)), None)
        if target is None and c.anaphoric:
            target = _referent(events, c)
            if target is not None:  # the sentence tells more about that meeting: its time, its topics
                c.sides = []
                c.mentions = [m for m in c.mentions if m.kind != "place"]
        if target is None:
            c.headline_first = c.headline
            events.append(c)
            continue
        if target.headline and not c.headline:
            target.sides = []  # a headline may sum up several meetings: the body tells who was in this one
        target.headline = target.headline and c.headline
        target.sentences.extend(c.sentences)
        target.kinds |= c.kinds
        target.cue_kinds |= c.cue_kinds
        target.sides.extend(c.sides)
        target.mentions.extend(c.mentions)
        target.destination = target.destination or c.destination
        target.from_context = target.from_context and c.from_context
    return events


def _referent(events: list[Candidate], c: Candidate) -> Candidate | None:
    """The meeting an anaphoric sentence points back at: the latest news event of its type, unless
    the sentence names two sides of its own that the event does not have."""
    own = {s.country for s in c.sides if s.strength >= 3}
    for e in reversed(events):
        if e.type == c.type and not e.background and not e.headline:
            return e if len(own) < 2 or own <= set(e.countries) else None
    return None


def _compatible(a: Candidate, b: Candidate) -> bool:
    if a.type != b.type or a.countries != b.countries or a.status != b.status or a.background != b.background:
        return False
    if not _same_time(a.own_date, b.own_date):
        return False
    if ("phone" in a.kinds) != ("phone" in b.kinds) and not b.from_context and not a.from_context:
        return False
    for country in a.countries:
        ka, kb_ = a.people(country), b.people(country)
        if ka and kb_ and not ka & kb_:
            return False
        ua, ub = _name_words(a.people(country, known=False)), _name_words(b.people(country, known=False))
        if ua and ub and not ua & ub:
            return False
    return True


def _name_words(names: set[str]) -> set[str]:
    """Words of four letters or more of names as written: «ما ژائوشو» and «ژائوشو» share one."""
    return {w for n in names for w in fold(n).split() if len(w) >= 4}


@dataclass(slots=True)
class _Scene:
    """Where and when the article's news is happening, carried from one event to the next: a second
    meeting "later in the day" / «در ادامه سفر» happens in the same city on the same day unless the
    text says otherwise."""

    location: Mention | None = None
    date: DateMention | None = None


def _event(ctx: Context, c: Candidate, lead: bool, scene: _Scene) -> Event:
    doc, kb = ctx.doc, ctx.kb
    sides = set(c.countries)
    location = location_of(doc, kb, c.mentions, sides)
    if location is None and lead:
        location = _lead_location(ctx, sides)
    if location is None and not c.background:
        location = scene.location
    if c.type == "MEET" and "phone" in c.kinds:
        location = None  # a call has no one place; a city in its sentence is a topic
    mode = mode_of(c.kinds, c.cue_kinds, location, sides, c.destination) if c.type == "MEET" else None
    host = location.country if location is not None and location.country in sides else c.destination
    source, target = visitor_and_host(c.countries, c.order, mode, host, ctx.home)
    persons = _persons(ctx, c)
    topic_ids = topics_of(doc.ltext, _topic_spans(doc, c, lead), doc.lang)
    roles = {p.data_role for p in persons if p.data_role}
    cameo, plover = code(c.type, c.status, mode, host == source and host is not None,
                         is_military(roles, topic_ids))
    anchor = c.sentences[1] if len(c.sentences) > 1 and c.headline_first else c.sentences[0]
    ev = Event(
        type=c.type, countries=c.countries, evidence=doc.evidence(anchor.start, anchor.end),
        status=c.status, mode=mode, source=source, target=target,
        location=_city(kb, location).name if location is not None else None,
        location_country=_city(kb, location).country if location is not None else None,
        persons=[p.ref for p in persons], topics=topic_ids, background=c.background,
        confidence=_confidence(c, persons), cameo=cameo, plover=plover,
    )
    found = _set_date(doc, ev, c, lead)
    if not c.background and c.status == "occurred" and _long_before(doc, found):
        c.background = ev.background = True  # dated weeks before the article: a reference, not its news
    if not c.background:
        if found is None and scene.date is not None and c.status == "occurred":
            _apply_date(doc, ev, scene.date, confidence=0.6)
        scene.location = location or scene.location
        scene.date = found if found is not None and found.precision in (None, "day") else scene.date
    return ev


def _city(kb: KnowledgeBase, m: Mention):
    """The place a location mention names; for a landmark («کاخ کرملین», "White House"), its city."""
    place = kb.places[m.entity_id]
    return kb.places.get(place.data.get("city", ""), place)


def _topic_spans(doc: Document, c: Candidate, lead: bool) -> list[tuple[int, int]]:
    """Topics come from the event's sentences; the article's lead event also takes the article body."""
    if lead and not c.background:
        return [(p.start, p.end) for p in doc.paragraphs]
    return [(s.start, s.end) for s in c.sentences]


def _lead_location(ctx: Context, sides: set[str]) -> Mention | None:
    """For the article's main meeting: the first place in its opening paragraphs inside a side."""
    long_paras = [p for p in ctx.doc.paragraphs if len(ctx.doc.ntext[p.start:p.end].split()) >= 12][:3]
    for para in long_paras:
        found = location_of(ctx.doc, ctx.kb, _mentions_in(ctx.doc, para), sides)
        if found is not None and found.country in sides:
            return found
    return None


@dataclass(slots=True)
class _Person:
    ref: PersonRef
    data_role: str | None


def _persons(ctx: Context, c: Candidate) -> list[_Person]:
    """One entry per person on the event's sides, KB-canonical when known, with every spelling found."""
    doc, kb = ctx.doc, ctx.kb
    out: dict[str, _Person] = {}
    for s in c.sides:
        if not s.person or s.country not in c.countries:
            continue
        key = s.person
        if key in out:
            if s.role and not out[key].data_role:
                out[key].data_role = s.role
                out[key].ref.role = kb.role_label(s.role)
            continue
        if s.person_known and s.person in kb.persons:
            p = kb.persons[s.person]
            role = s.role or _kb_role(kb, p.id, ctx.day, s.country)
            flags = _flags(kb, p.id, role, ctx.day)
            ref = PersonRef(p.name, s.country, kb.role_label(role) if role else None,
                            _spellings(doc, p.id), p.id, flags)
        else:
            if s.mention.kind == "person":
                a, b = s.mention.data.get("full_span") or (s.mention.start, s.mention.end)
                written = doc.text[slice(*doc.to_original(a, b))]
                here = doc.text[slice(*doc.to_original(s.mention.start, s.mention.end))]
                spellings = list(dict.fromkeys([written, here]))
            else:  # named elsewhere, resolved here through an office or «همتا»
                written = ctx.written.get(s.person, s.person)
                spellings = [written]
            ref = PersonRef(written, s.country, kb.role_label(s.role) if s.role else None, spellings)
            role = s.role
        out[key] = _Person(ref, role)
    return list(out.values())


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
            a, b = doc.to_original(m.start, m.end)
            if doc.text[a:b] not in seen:
                seen.append(doc.text[a:b])
    return seen


def _confidence(c: Candidate, persons: list[_Person]) -> float:
    strong = {s.country for s in c.sides if s.strength >= 3}
    conf = 0.45
    conf += 0.2 if len(strong) >= 2 else (0.1 if strong else 0)
    conf += 0.1 if len({p.ref.country for p in persons}) >= 2 else 0
    conf += 0.1 if c.kinds & {"meet", "phone", "sign"} else 0
    conf += 0.05 if len(c.sentences) > 1 else 0
    conf -= 0.15 if c.from_context else 0
    conf -= 0.1 if c.background else 0
    return max(0.05, min(0.99, conf))


def _day_from_people(doc: Document, kb: KnowledgeBase) -> date | None:
    """Without a publication date: a day inside the terms of every office-holder named with a role,
    when those terms overlap (an article naming Iran's and Turkmenistan's defense ministers of
    2014 dates itself to 2014). Only used to pick office-holders, never output as the event date."""
    lo, hi = date.min, date.max
    named = {m.entity_id for m in doc.mentions if m.kind == "person" and m.entity_id in kb.persons}
    if not named:
        return None
    for pid in named:
        terms = [t for t in kb.persons[pid].terms if t.start]
        if not terms:
            continue
        start = min(t.start for t in terms)
        end = max((t.end or date.max) for t in terms)
        lo, hi = max(lo, start), min(hi, end)
    if lo > hi or lo == date.min:
        return None
    if hi == date.max:
        return lo
    return lo + (hi - lo) / 2  # the middle of the window, away from the handovers at its ends


def _set_date(doc: Document, ev: Event, c: Candidate, lead: bool) -> DateMention | None:
    """The event's date: the most precise date stated in its sentences (or the paragraph before them);
    for the article's lead event, the lede's date or the day of writing. Returns the date mention."""
    found: DateMention | None = None
    for sent in c.sentences:
        d = event_date(doc, sent, _paragraph_of(doc, sent), c.status, False)
        if d is not None and d.value is not None:
            if d.precision in (None, "day"):
                found = d
                break
            found = found or d
    if (found is None or found.precision not in (None, "day")) and lead:
        d = event_date(doc, c.sentences[0], _paragraph_of(doc, c.sentences[0]), c.status, True)
        found = d if d is not None and d.value is not None else found
    if found is not None:
        _apply_date(doc, ev, found)
    return found


def _same_time(a: DateMention | None, b: DateMention | None) -> bool:
    """Two dates that could name the same happening (unknown dates always could)."""
    if a is None or b is None or a.value is None or b.value is None:
        return True
    if a.precision == "day" and b.precision == "day":
        return a.value == b.value
    for x, y in ((a, b), (b, a)):
        if x.precision in ("month", "year", "week") and y.precision == "day":
            return x.value <= y.value <= (_as_date(x.data.get("end")) or x.value)
    return True


def _as_date(value) -> date | None:
    """A ``date`` from a date or an ISO string (``DateMention.data["end"]``)."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def _long_before(doc: Document, found: DateMention | None) -> bool:
    """True when an event's own date lies well before the article was written."""
    ref = reference_date(doc)
    if found is None or found.value is None or ref is None or ref.value is None:
        return False
    if found.precision == "day":
        return (ref.value - found.value).days > 10
    if found.precision == "month":
        return (ref.value.year, ref.value.month) > (found.value.year, found.value.month) and \
            (ref.value - found.value).days > 40
    return found.precision == "year" and found.value.year < ref.value.year


def _paragraph_of(doc: Document, sent: Span) -> Span | None:
    return next((p for p in doc.paragraphs if p.start <= sent.start < p.end), None)


def _apply_date(doc: Document, ev: Event, found: DateMention, confidence: float | None = None) -> None:
    value, precision = found.value, found.precision or "day"
    if precision not in ("day", "month", "year"):
        return  # "last week": no day a careful reader could name
    end = _as_date(found.data.get("end"))
    if precision != "day" and end is not None and end > value:
        # A Solar Hijri or lunar month/year straddles Gregorian ones: name the Gregorian month/year
        # holding its middle, and give the exact bounds.
        value = value + (end - value) / 2
        ev.date_range = [found.value.isoformat(), end.isoformat()]
    ev.date = value.isoformat() if precision == "day" else \
        (value.strftime("%Y-%m") if precision == "month" else str(value.year))
    ev.date_precision = precision
    if found.end > found.start:
        a, b = doc.to_original(found.start, found.end)
        ev.date_evidence = Evidence(doc.text[a:b], a, b)
    conf = found.confidence if confidence is None else confidence
    if conf < 1:
        ev.confidence = round(ev.confidence * (0.7 + 0.3 * conf), 3)
