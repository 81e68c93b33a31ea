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

from collections import Counter

from ..document import Document, Event
from ..kb import KnowledgeBase, load_kb
from .candidates import Candidate, Lead, candidates_in, headline_lines, honorific_agent, lead_pair, mentions_in
from .lexicon import cues
from .merge import merge
from .participants import attendees_in, build_context
from .record import Scene, build_event
from .structure import other_time
from .timing import day_from_people

__all__ = ["events_stage"]


def events_stage(doc: Document, kb: KnowledgeBase | None = None) -> Document:
    """Fill ``doc.events`` from the document's sentences and mentions."""
    kb = kb or load_kb()
    day = doc.published_date or day_from_people(doc, kb)
    ctx = build_context(doc, kb, day)
    lead = lead_pair(ctx)
    headlines = headline_lines(doc)
    candidates: list[Candidate] = []
    last_news: Candidate | None = None  # the last candidate told as news (not background, not a headline)
    last_meeting: tuple[int, Candidate] | None = None  # the last meeting told as news, and its sentence
    for n, sent in enumerate(doc.sentences):
        # without a lead pair, «البلدين» / "the two sides" are the sides of the last meeting told
        here = lead or (Lead(last_news.countries, [], told=True) if last_news else None)
        found = candidates_in(ctx, sent, here, last_news is not None)
        if not found and last_meeting is not None and n - last_meeting[0] <= 4:
            _add_attendees(ctx, sent, last_meeting[1])
        if found and all(c.background for c in found):
            ctx.recalled.append(sent)
        for cand in found:
            if _the_lead_gathering(lead, cand):
                cand.countries = sorted(lead.countries)
            cand.headline = any(h.start <= sent.start < h.end for h in headlines)
            candidates.append(cand)
            if not cand.headline:
                past = cand.background and cand.status == "occurred"
                ctx.recent_past, ctx.recent_past_date = (cand.countries, cand.own_date) if past else ([], None)
            if not cand.background and not cand.headline:
                last_news = cand
                if cand.type == "MEET":
                    last_meeting = (n, cand)
                ctx.recent = cand.countries
                if not (cand.from_context and ctx.recent_agent in cand.countries
                        and ctx.recent_agent not in cand.order):  # «والتقى معاليه X»: the host meets the next one
                    ctx.recent_agent = honorific_agent(ctx.doc, sent, cand, ctx.recent_agent) \
                        or next((c for c in cand.order if c in cand.countries), ctx.recent_agent)
                if len(cand.countries) >= 3 and (not cand.anaphoric or not ctx.recent_group):
                    ctx.recent_group = cand.countries  # «در این نشست ...» may name only some of a group told
    merged = [c for c in merge(candidates) if not c.headline and not _called_off(ctx, c)]
    merged.sort(key=lambda c: c.sentences[1 if c.headline_first else 0].start)  # in order of their telling
    merged = _without_welcomes(ctx.doc, merged)
    merged = _without_echoed_signings(merged)
    first = _first_news(merged)
    if lead and first >= 0 and merged[first].countries == lead.countries:
        merged[first].sides.extend(s for s in lead.sides if s.country in lead.countries)
    scene = Scene()
    events = []
    for i, c in enumerate(merged):
        told = c.sentences[1 if c.headline_first else 0].start
        if scene.location is None and ctx.gathering is not None and told > ctx.gathering.start:
            scene.location = ctx.gathering  # meetings told after a gathering happen where it is held
        events.append(build_event(ctx, c, i == first, scene))
    events = _without_echoes(events)
    doc.events = sorted(events, key=lambda e: e.background)  # the article's news first, references after
    return doc


def _the_lead_gathering(lead: Lead | None, cand: Candidate) -> bool:
    """"The ministers of A, B, C and D exchanged views" at the meeting of five the article is about, the host unnamed:
    that meeting (a "trilateral" of three of four is a meeting of its own)."""
    return lead is not None and len(cand.countries) >= 3 and set(cand.countries) < set(lead.countries) \
        and len(lead.countries) - len(cand.countries) == 1 and "multilateral" not in cand.cue_kinds \
        and not cand.background


def _add_attendees(ctx, sent, meeting: Candidate) -> None:
    """«وضم الوفد الباكستاني X», "Also present were X and Y": a sentence that tells no event, just after a
    meeting, names more of its sides' people."""
    meeting.sides.extend(s for s in attendees_in(ctx, sent, mentions_in(ctx.doc, sent))
                         if s.country in meeting.countries)


def _called_off(ctx, c: Candidate) -> bool:
    """An announced meeting of sides whose meeting the article says was cancelled or postponed (unless
    that one was to be held in the other side's country: "X's trip to Manila was cancelled; Y will travel
    to Singapore next week"; or it is put off to after something told later: «قرار بود … امضا شود، اما … به حد
    نصاب نرسید. … پس از طی مراحل هیات دولت امضا خواهد شد»)."""
    if c.status != "planned" or c.background:
        return False
    where = c.destination or next((m.country for m in c.mentions if m.kind == "place" and m.country), None)
    told = c.sentences[0]
    return any(sides == frozenset(c.countries) and not (where and places and where not in places)
               and not (told.start > at and other_time(ctx.doc, told.start, told.end))
               for sides, places, at in ctx.cancelled)


_WELCOME_KINDS = frozenset({"receive", "visit", "meet"})


def _without_welcomes(doc: Document, cands: list[Candidate]) -> list[Candidate]:
    """«وكان في استقبالها بمطار ... نائب أمير المنطقة», "was received at the airport by the Minister of
    State": the welcome on arrival, told after a meeting of the same sides, is part of that visit (told
    first, it is the news: the one meeting the article reports)."""
    out: list[Candidate] = []
    for c in cands:
        visit = next((d for d in out if d.type == "MEET" and not d.background and d.status == c.status
                      and d.countries == c.countries), None) \
            if c.type == "MEET" and not c.background and c.kinds <= _WELCOME_KINDS else None
        if visit is not None and _on_arrival(doc, c.sentences[0]):
            visit.sides.extend(c.sides)  # those who welcomed the guest are the visit's people
            continue
        out.append(c)
    return out


def _without_echoed_signings(cands: list[Candidate]) -> list[Candidate]:
    """«عقب توقيع الاتفاقية», "weeks after the two countries signed": a signing named only as the time of
    something else is the signing of those sides the article tells elsewhere, when it tells one."""
    told = Counter((c.type, tuple(c.countries)) for c in cands)
    # (a signing still ahead is no echo: «پس از طی مراحل … امضا خواهد شد», "will be signed after …")
    return [c for c in cands if not (c.echo and c.status != "planned" and told[(c.type, tuple(c.countries))] > 1)]


def _without_echoes(events: list[Event]) -> list[Event]:
    """«چهار روز پس از امضای پیمان دفاعی میان عربستان و پاکستان», "since the signing of the pact": an
    undated reference to an event of the same kind and sides as one the article reports is that event
    told again, not an earlier one."""
    news = {(e.type, tuple(e.countries)) for e in events if not e.background}
    return [e for e in events if not (e.background and e.date is None and (e.type, tuple(e.countries)) in news)]


def _on_arrival(doc: Document, sent) -> bool:
    return any("arrival" in kinds for _, _, kinds in cues(doc.lang).find(doc.ltext[sent.start:sent.end], doc.lang))


def _first_news(cands: list[Candidate]) -> int:
    return next((i for i, c in enumerate(cands) if not c.background), -1)
