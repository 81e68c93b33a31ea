"""Candidate events, one per trigger sentence: their sides, status, background and anaphora, and the
article's lead pair that completes a sentence naming fewer than two sides."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache

from ..budget import check as check_budget
from ..dates import reference_date
from ..document import DateMention, Document, Mention, Span
from ..normalise import fold
from ..sentences import SENTENCE_STOP
from .attributes import city_states, locative
from .lexicon import cues, trigger_hits, words_of, words_re
from .participants import Context, Side, coordinated, countryless_officials, is_locative, sides_in
from .structure import (also_before, anaphoric_phrase, attendees, before_signing, with_a_company, drop_topic_pairs, each_on_their_own, facility_visit,
                        gathering_of, meets_a_body, meets_an_audience, objects_of_with, objects_only, official_groups, other_time,
                        pair_only, several_guests_at, side_groups, signed_with_a_list, unnamed_words)
from .timing import long_before, paragraph_of, same_time, told_date


_DESTINATION_WINDOW = 28


_BEFORE_WINDOW = {"fa": 90, "ar": 60, "en": 45}  # how far a future cue may stand before its trigger
# A Persian past verb and «و»: the end of a clause (``_status``).
_FA_DONE_AND = re.compile(r"(?<!\w)(?:شده بود|کرده بود|بود|بودند|شد|شدند|کرد|کردند)\s+و(?=\s)")
# A Persian clause closed by its own subjunctive verb and a comma: «رزمایشی که قرار است ... برگزار شود، گفتگو
# کردند» — the future is the exercise's, not the talks'.
_CLOSED_FA = re.compile(r"(?<!\w)(?:شود|شوند|کند|کنند|باشد|باشند|گردد|گردند|یابد|یابند)\s*[،,]")


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
    day_told: DateMention | None = None  # as an event: the first date one of its sentences gives
    headline: bool = False        # told only in a headline so far
    anaphoric: bool = False       # «در این دیدار», "the talks": points back at a meeting already told
    headline_first: bool = False  # its first sentence is a headline (then the evidence is the next)
    also: bool = False            # «كما التقى», "also met": a further meeting, not the one told before
    ranks: list[int] = field(default_factory=list)  # per sentence: how fully it states the event itself
    echo: bool = False            # a signing told only as the time of something else («عقب توقيع الاتفاقية»)
    of_past: bool = False         # «در آن سفر», "during that visit": tells more of the past event told last
    _people: tuple | None = field(default=None, repr=False, compare=False)

    def people(self, country: str, known: bool = True, attending: bool = False) -> set[str]:
        """The people of one side: KB ids (``known``), or names as written of officials the KB lacks; its
        principals, or (``attending``) those who attended."""
        # Merging asks this of one event again and again while its sides only grow (or are replaced):
        # kept per sides list and length (holding the list, so that its id is not reused).
        memo = self._people
        if memo is None or memo[0] is not self.sides or memo[1] != len(self.sides):
            people: dict[tuple[str, bool], set[str]] = {}
            for s in self.sides:
                if s.person:
                    people.setdefault((s.country, s.person_known, s.attending), set()).add(s.person)
            memo = self._people = (self.sides, len(self.sides), people)
        return set(memo[2].get((country, known, attending), ()))


@dataclass(slots=True)
class Lead:
    """The sides an article is about, and the evidence of them in its opening."""

    countries: list[str]
    sides: list[Side]
    agent: str | None = None  # the one side that met each of the others separately, when the lead tells so
    told: bool = False        # not the article's lead but the sides of the last meeting told

    def __contains__(self, country: str) -> bool:
        return country in self.countries

    def __iter__(self):
        return iter(self.countries)


def headline_lines(doc: Document) -> list[Span]:
    """Headline lines: short opening lines without a full stop (or the page title). They summarise
    («دیدارهای رئیسی در حاشیه اجلاس», "X meets Y and Z"), so they open no event of their own."""
    out = []
    title = fold(doc.title) if doc.title else None
    for para in doc.paragraphs[:8]:  # site name, menu, date and id lines may come before the headline
        line = doc.ntext[para.start:para.end].strip()
        if doc.is_clutter(para.start):
            continue  # a site's menu between the masthead and the headline
        if (len(line.split()) <= 22 and line[-1:] not in ".!?؟") or (title and fold(line) == title):
            out.append(para)
        elif out or para is not doc.paragraphs[0]:
            break  # the body has begun
    return out


def mentions_in(doc: Document, span: Span) -> list[Mention]:
    starts = doc.cached("mention_starts", (doc.mentions,), lambda: _sorted_starts(doc.mentions))
    if starts is None:  # not in text order: look at every one
        return [m for m in doc.mentions if span.start <= m.start and m.end <= span.end]
    lo, hi = bisect_left(starts, span.start), bisect_right(starts, span.end)
    return [m for m in doc.mentions[lo:hi] if m.end <= span.end]


def _sorted_starts(ms: list[Mention]) -> list[int] | None:
    """The mentions' start offsets when they are in text order (then a span's mentions are a slice)."""
    starts = [m.start for m in ms]
    return starts if all(a <= b for a, b in zip(starts, starts[1:])) else None


def candidates_in(ctx: Context, sent: Span, lead: Lead | None, seen_any: bool) -> list[Candidate]:
    doc = ctx.doc
    ltext = doc.ltext[sent.start:sent.end]
    hits = [(s + sent.start, e + sent.start, v) for s, e, v in trigger_hits(ltext, doc.lang)
            if not _in_a_name(doc, sent, s + sent.start)]
    if not hits or ltext.rstrip(" \"'»)").endswith(("?", "؟")):
        return []  # a question ("will bilateral talks happen?") tells no event
    # «از حضور ناو آلمانی ... استقبال کرد» welcomes a thing, «دعوت همتای ... برای سفر به هانوی را پذیرفت»
    # accepts an invitation: the triggers inside receive no one
    for a in (*_WELCOMED_THING.finditer(ltext), *_ACCEPTED.finditer(ltext),
              *_welcomed_thing_en(doc.lang).finditer(ltext), *_hosted_thing(doc.lang).finditer(ltext)):
        hits = [h for h in hits if not a.start() + sent.start <= h[0] < a.end() + sent.start]
    hits = [h for h in hits if not _frame_subject(doc, h[0], h[1]) and not _meetings_of_one_named(doc, sent, h)
            and not _hosts_a_gathering(doc, h)]
    if not hits:
        return []
    cue_hits = [(s + sent.start, e + sent.start, v) for s, e, v in cues(doc.lang).find(ltext, doc.lang)]
    cue_kinds = {k for _, _, ks in cue_hits for k in ks}
    if "multilateral" in cue_kinds and not _multilateral_meeting(doc, sent, cue_hits):
        cue_kinds.discard("multilateral")
    ms = mentions_in(doc, sent) + _listed_next(doc, sent)
    if "negation" in cue_kinds and _negated_clause(doc, hits, cue_hits) is None:
        held = _held_before_a_put_off_signing(doc, sent, hits, cue_hits)
        if not held:
            _remember_cancelled(ctx, sent, ms, lead, seen_any)
            return []
        hits = held
        cue_kinds = cue_kinds - {"negation"}
    told = _told_end(doc, hits, cue_hits)
    if told is not None:  # the triggers and people of a later clause that negates or recalls are not the event's
        hits = [h for h in hits if h[1] <= told]
        ms = [m for m in ms if m.start < told]
    opened = _after_someone(doc, sent, ms, hits)
    if opened is not None:  # «پس از نوبوآ، کاست با …»: the one met before is no side of this meeting
        ms = [m for m in ms if m.start >= opened]
    # cue words that leave the triggers near them no event of their own: "chances of a meeting remain slim",
    # "no date has been set for the visit" (or "… for the signing"), «هر سال ... امضا می‌کنند» ("sign a plan
    # every year"), «همزمان با این مکالمه» (the time of another event)
    for kind, before, after in (("hypothetical", 16, -1), ("hoped", 110, -1),
                                ("undecided", -1 if doc.lang == "fa" else 24, 60),
                                ("habitual", 80, 80), ("concurrent", 12, -1),
                                ("unrealized", len(ltext), -1),
                                ("unconfirmed", 24, len(ltext)),
                                ("thanks", 70 if doc.lang == "ar" else 40, 40 if doc.lang == "fa" else -1)):
        if kind in cue_kinds:  # (a cue may hold its trigger: "may meet", "proposed signing")
            hits = [h for h in hits if not _cued(h, cue_hits, kind, before, after, overlap=True)]
    if "hypothetical" in cue_kinds and doc.lang == "fa":
        # a modal verb whose clause the Persian verb ends: «تنها زمانی حاضر است با رئیس‌جمهور روسیه دیدار کند که …»
        modals = words_of("modals", "fa")
        modal = [c for c in cue_hits if "hypothetical" in c[2] and fold(doc.ltext[c[0]:c[1]]) in modals]
        hits = [h for h in hits if not _in_its_clause(doc, h, modal, "hypothetical")]
    if "refusal" in cue_kinds:
        hits = [h for h in hits if not _refused(doc, h, cue_hits)]
    hits = [h for h in hits if not (_all_sign(h) and _signing_left_undone(doc, sent, h, cue_hits, cue_kinds))]
    # «پس از سفر به چین وارد امارات شد», "after a visit to China": a trip before the one told
    hits = [h for h in hits if not (all(t.kind == "visit" for t in h[2]) and _a_thing_arrives(doc, sent, h[0], ms))]
    earlier = [h for h in hits if all(t.kind == "visit" for t in h[2]) and other_time(doc, max(sent.start, h[0] - 12), h[0])]
    hits = [h for h in hits if h not in earlier]
    if earlier and hits and earlier[0][0] > hits[-1][0]:
        # «أول زيارة ... إلى اليابان منذ زيارة سلفه إلى طوكيو»: what follows "since" is the earlier trip's
        ms = [m for m in ms if m.start < earlier[0][0] - 12]
    ms = _before_another_day(doc, sent, hits, ms)
    ms = _after_an_opening_clause(doc, sent, hits, ms)
    ms = _before_a_relative_clause(doc, hits, ms)
    # «وعقب اللقاء وقع الجانبان ...», "after the talks, they signed": the meeting told is the time of the signing
    # («پیش از این دیدار، … در مراسم رژه حضور یافته بود», "before the meeting, he attended the parade": the
    # meeting told is only the time of what the sentence tells)
    hits = [h for h in hits if not (all(t.type == "MEET" for t in h[2]) and (_anaphoric(doc, h[0]) or _no_one_met(doc, h))
                                    and other_time(doc, max(sent.start, h[0] - 12), h[0]))] \
        or (hits if len(hits) > 1 else [])
    # «پس از امضای سند، با ووچیچ دیدار کرد», "after signing the accord he met the president": the signing
    # is the time of the meeting told
    if len(hits) > 1 and any(not _all_sign(h) and not _during(doc, h[0]) for h in hits):
        hits = [h for h in hits if not (_all_sign(h) and other_time(doc, max(sent.start, h[0] - 12), h[0]))]
    # «پیش از مراسم امضا ... دیدار کرد», "ahead of the signing ceremony, the ministers met": the frame of a meeting
    hits = [h for h in hits if not (_all_sign(h) and before_signing(doc, max(sent.start, h[0] - 30), h[0]))]
    # what is signed is no document between the sides: a contract between companies («۲۸ قرارداد با شرکت‌های
    # داخلی ... امضا کرد», Persian verb-final), a book of condolence («ووقع السفير في سجل التعازي»)
    signings = sum(_all_sign(h) for h in hits)
    for kind, fa_before, after in (("commercial", 90, 45), ("courtesy_book", 60, 80)):
        if kind in cue_kinds:
            before = fa_before if doc.lang == "fa" else 0
            hits = [h for h in hits if not (all(t.type == "SIGN" for t in h[2]) and (
                _cued(h, cue_hits, kind, before, after) or kind == "commercial" and _in_its_clause(doc, h, cue_hits, kind)))]
    if "procurement" in cue_kinds:  # «قرارداد اجرایی خرید تانک ... امضا کردند», "signed a contract to buy",
        # unless officials of two countries sign it («پاپیکیان و لوکورنو قرارداد خرید ... را امضا کردند»)
        before = 120 if doc.lang == "fa" else 0
        signers = {m.country for m in ms if m.kind in ("person", "role") and m.country}
        hits = [h for h in hits if not (all(t.type == "SIGN" for t in h[2]) and len(signers) < 2
                                        and _cued(h, cue_hits, "procurement", before, 24, overlap=True))]
    if "signed_by_companies" in cue_kinds:
        hits = [h for h in hits if not (all(t.type == "SIGN" for t in h[2]) and _signed_by_companies(doc, sent, h, cue_hits)
                                        or with_a_company(doc, h[0], h[1]))]
    if sum(_all_sign(h) for h in hits) < signings:
        ctx.company_signing = True
    elif ctx.company_signing:  # «وزیران در مراسم امضا حضور داشتند» after a company's contract: its ceremony
        hits = [h for h in hits if not (_all_sign(h) and _at_a_ceremony(doc, h))]
    audience = [h for h in hits if all(t.kind in ("meet", "talk", "receive") for t in h[2])
                and meets_an_audience(doc, sent, h[0], h[1])]
    if audience:
        _remember_host(ctx, lambda: sides_in(ctx, ms), audience[0][:2], sent.end)
    hits = [h for h in hits if not _taken_part_in(doc, h, cue_hits) and h not in audience
            # "will travel to Bengaluru to meet business leaders": a trip for the audience
            and not (audience and all(t.kind == "visit" for t in h[2]) and h[0] < audience[0][0])]
    if "participation" in cue_kinds and ctx.attending is None:
        ctx.attending = sent.start
    if ctx.gathering is None and cue_kinds & {"participation", "third_country", "multilateral"}:
        # where the conference or summit is: "in Brussels", or the city visited to attend it
        ctx.gathering = _gathering_place(ctx, ms)
    out: list[Candidate] = []
    for etype in ("MEET", "SIGN"):
        check_budget()
        typed = [(s, e, t) for s, e, ts in hits for t in ts if t.type == etype]
        if not typed:
            continue
        destination = _destination(doc, ms, typed)
        typed = [(s, e, t) for s, e, t in typed if not t.needs_destination or destination]
        if not typed:
            continue
        kinds = {t.kind for _, _, t in typed}
        if kinds == {"visit"} and ("pair" not in cue_kinds or "participation" in cue_kinds) and (
                ctx.attending is not None and ctx.attending < sent.start or "participation" in cue_kinds):
            continue  # «وصل ... للمشاركة في الاجتماع», "leaves for Russia, where he is expected to attend a
            # forum": a trip to a gathering (told before or in the same sentence), not a visit of two
        if kinds == {"visit"} and destination and ctx.gathering is not None \
                and ctx.gathering.country == destination and ctx.gathering.start < sent.start \
                and not any(m.kind == "person" and m.country == destination for m in ms):
            continue  # "It was his first visit to Germany" after the Munich conference told: the trip to the gathering
        if kinds == {"visit"} and facility_visit(doc, typed[0][0], typed[0][1]):
            # "to visit the naval base in Surabaya": where the base is makes no side, and no meeting is
            # filled in from the context
            cue_kinds, destination = cue_kinds | {"facility"}, None
        if "invitation" in cue_kinds and "invited_visit" not in cue_kinds:
            told = [h for h in typed if not _anaphoric(doc, h[0])] or typed  # «در پایان این تماس ... دعوت کرد»
            if {t.kind for _, _, t in told} <= {"visit", "meet", "talk"} and _invitation_governs(doc, cue_hits, told):
                continue
            # "held talks with X … and invited him to visit India": the talks were held; the visit is only invited,
            # and the country it would be to is no side of them
            invited = [h for h in typed if _invitation_governs(doc, cue_hits, [h], infinitive_only=True)]
            typed = [h for h in typed if h not in invited]
            if not typed:
                continue
            if invited:  # (nor is its "to visit" the future of the talks)
                ms = [m for m in ms if not any(m.start >= e and doc.ntext[e:m.start].strip() in ("", "the")
                                               for _, e, _ in invited)]
                cue_hits = [c for c in cue_hits if not any(c[0] < e and c[1] > s for s, e, _ in invited)]
                destination = _destination(doc, ms, typed)
            kinds = {t.kind for _, _, t in typed}
        first = min(s for s, _, _ in typed)
        if also_before(doc, first, sent.start) or _pronoun_subject(doc, sent, typed) \
                or _office_subject(doc, sent, first, ms):
            # «كما التقى الوزير ...», "On Sunday he was received by X", "the Defense chief sat down with X": the
            # one just told meets someone else
            cue_kinds = cue_kinds | {"also"}
        if meets_a_body(doc, ms, sent, [(s, e) for s, e, _ in typed]):
            cue_kinds = cue_kinds | {"body"}  # the one met is of no country: none is filled in from the context
        sides = _subject_countries(doc, sides_in(ctx, ms), typed)
        speaker = _speaker(ctx, sent, typed)
        if speaker is not None and not any(s.country == speaker.country and s.strength >= 3 for s in sides):
            sides = [speaker] + sides  # a transcript: "I have also held bilateral meetings with …"
        if etype == "SIGN":
            sides = _relative_signers(doc, sides, typed)
        if etype == "SIGN" and _ceremony_attended(doc, sent, typed):
            # «X نیز در مراسم امضا حضور داشتند», "X also attended the signing ceremony": there, not signing
            sides = [replace(s, attending=True) if s.person else s for s in sides]
        if kinds == {"visit"} and not any(s.mention.kind == "person" for s in sides) \
                and all(_the_visit(doc, t) for t, _, _ in typed):
            continue  # "The visit comes as ...", «وتأتي الزيارة في وقت ...»: the visit told; its countries are context
        sides.extend(_hosts_officials(ctx, ms, sides, typed, lead))
        dests = [destination] if destination else []
        if destination and _met_elsewhere(doc, typed, ms, destination):
            dests, destination = [], None  # "arrived in Doha from Riyadh, where he met X": the meeting was not in Doha
        if destination and "participation" not in cue_kinds:  # not a trip to attend a gathering
            dest_m = next(m for m in ms if m.country == destination)
            dest_ms = [dest_m] + _more_destinations(doc, ms, dest_m)
            dests = [m.country for m in dest_ms]
            sides.extend(Side(m.country, 3, m) for m in dest_ms)
        chosen = _choose_sides(ctx, etype, sent, kinds, cue_kinds, sides, ms, lead, seen_any)
        if chosen is not None and etype == "MEET" and "body" in cue_kinds \
                and all(s.mention.start < typed[0][0] for s in chosen.sides) \
                and any(m.kind == "org" and m.country is None and m.start > typed[0][0] for m in ms):
            # "the foreign ministers of Mali, Niger and Burkina Faso met the chairman of the AU Commission": all
            # the countries are the subject, and the one met is of none
            chosen = None
        if chosen is None and kinds <= {"meet", "talk", "receive"}:
            _remember_host(ctx, lambda: sides, typed[0][:2], sent.end)
        told_at = _told_first(doc, sent, typed, chosen)[0]
        # (a signing only when an honorific pronoun is its verb's subject: «فقد وقّع سموه مذكرة مع X، كما وقّع … مع Y»)
        met = _met_by_the_one_told(ctx, sent, typed, chosen) \
            if etype == "MEET" or _pronoun_after_a_trigger(doc, typed) else None
        if met is None:
            met = _each_destination(chosen, dests) or _distribute(doc, chosen, sorted(s for s, _, _ in typed), sent,
                                                                  told_at)
        for cand in met:
            dest = next((d for d in dests if d in cand.countries), None)
            _finish(ctx, cand, sent, typed, cue_hits, dest, told_at)
            out.append(cand)
    return _one_time_frame(out)


def _each_destination(cand: Candidate | None, dests: list[str]) -> list[Candidate]:
    """«به امارات، ترکیه و مصر سفر کرد», "travelled to the UAE, Turkey and Egypt": one visit per country gone to,
    when one other country is the traveller's (a Persian verb after them all leaves no agent before it to find)."""
    if cand is None or len(dests) < 2 or "multilateral" in cand.cue_kinds:
        return []
    travellers = [c for c in cand.countries if c not in dests]
    if len(travellers) != 1:
        return []
    return [_narrowed(cand, {travellers[0], d}) for d in dests if d in cand.countries]


def _negated_clause(doc: Document, hits, cue_hits) -> int | None:
    """Where a later clause («، بعدما …», "after …») opens that holds every negation of the sentence, after
    the first trigger: "Kast received King Felipe, after the foreign minister cancelled his trip" — the
    reception was held. None when a negation stands in the first trigger's own clause. A clause opened by
    "but" (``but_clause``) counts only when it tells of another kind of happening («… با ماراپه دیدار کرد، اما
    … مانع امضا شد»), not of the same one again («… يعتزم زيارة سيئول، غير أن الزيارة ألغيت»)."""
    first_neg = min(cs for cs, _, ks in cue_hits if "negation" in ks)
    opening = words_re("later_clause", doc.lang).search(doc.ltext, hits[0][1], first_neg)
    if opening is not None:
        return opening.start()
    but = words_re("but_clause", doc.lang).search(doc.ltext, hits[0][1], first_neg)
    first_types = {t.type for t in hits[0][2]}
    if but is None or any(h[0] >= but.end() and first_types & {t.type for t in h[2]} for h in hits):
        return None
    return but.start()


def _held_before_a_put_off_signing(doc: Document, sent: Span, hits, cue_hits) -> list:
    """«أرجأت أستراليا وفانواتو توقيع الاتفاقية بعد محادثات أجراها …», "postponed the signing after talks
    between …": every negation governs a signing right after it, and a meeting told after «بعد» / "after"
    was held. Those meetings' hits; none when the sentence is not so."""
    negations = [(s, e) for s, e, ks in cue_hits if "negation" in ks]
    signings = [h for h in hits if _all_sign(h)]
    if not signings or not all(any(0 <= h[0] - e <= 60 for h in signings) for _, e in negations):
        return []
    last = max(e for _, e in negations)
    return [h for h in hits if not _all_sign(h) and h[0] > last
            and other_time(doc, max(sent.start, h[0] - 12), h[0])]


def _listed_next(doc: Document, sent: Span) -> list[Mention]:
    """"Ishiba held talks with 15 leaders. Among them were Angolan President João Lourenço, …": the people
    the next sentence lists (opening with ``among_them``), or the bulleted lines after a sentence ending in a
    colon, are the ones the sentence's meetings were with."""
    i = bisect_right(doc.sentences, sent.start, key=lambda s: s.start)
    if i >= len(doc.sentences):
        return []
    nxt = doc.sentences[i]
    if doc.ntext[sent.start:sent.end].rstrip().endswith(":"):
        # "The Defence Secretary held separate discussions with:" and a bulleted line for each
        out: list[Mention] = []
        while i < len(doc.sentences) and _BULLET.match(doc.ntext, doc.sentences[i].start):
            out += mentions_in(doc, doc.sentences[i])
            i += 1
        return out
    if not words_re("among_them", doc.lang).match(doc.ltext, nxt.start):
        return []
    return mentions_in(doc, nxt)


_BULLET = re.compile(r"[ \t]*(?:[-–•*▪·]|\d{1,2}[.)])\s")


def _told_mentions(doc: Document, sent: Span) -> list[Mention]:
    """The sentence's mentions before a later clause that tells what did not happen («، بعدما ألغى وزير
    الخارجية مشاركته») or recalls an earlier meeting ("recalling the 2024 meeting between Xi and Milei"):
    the people of that clause are not at the event the sentence tells."""
    ms = mentions_in(doc, sent)
    ltext = doc.ltext[sent.start:sent.end]
    cue_hits = [(s + sent.start, e + sent.start, v) for s, e, v in cues(doc.lang).find(ltext, doc.lang)]
    hits = [(s + sent.start, e + sent.start, v) for s, e, v in trigger_hits(ltext, doc.lang)]
    end = _told_end(doc, hits, cue_hits) if hits else None
    return ms if end is None else [m for m in ms if m.start < end]


def _gathering_place(ctx: Context, ms: list[Mention]) -> Mention | None:
    """Where a conference or summit told in the sentence is held: a place said where ("in Brussels", «در شهر
    بندری …»), else the first named; not one after "from" or "until" («از اسلام‌آباد تا دهلی‌نو»)."""
    doc = ctx.doc
    places = [m for m in ms if m.kind == "place" and not _FROM_OR_UNTIL.search(doc.ltext, max(0, m.start - 6), m.start)]
    places += city_states(doc, ctx.kb, ms)
    return min(places, key=lambda m: not locative(doc.ltext, m)) if places else None


_FROM_OR_UNTIL = re.compile(r"(?<!\w)(?:از|تا|from|من|الی)\s+$")


def _after_someone(doc: Document, sent: Span, ms: list[Mention], hits) -> int | None:
    """Where a sentence's opening «پس از X،», «وبعد X،», "After X," ends when X is only people, offices and
    countries (no trigger): someone met before, told to order the meetings («پس از نوبوآ، کاست با عصفوره دیدار
    کرد», "After Chaves, Kast received the King of Spain"); None when the sentence does not open so."""
    head = doc.ltext[sent.start:sent.start + 90]
    opening = _AFTER_OPENING.match(head)
    if opening is None:
        return None
    comma = _COMMA.search(head, opening.end())
    if comma is None or len(head[opening.end():comma.start()].split()) > 7:
        return None
    start, end = sent.start + opening.end(), sent.start + comma.start()
    if any(start <= h[0] < end for h in hits):
        return None  # "After meeting X, …": a meeting told
    inside = [m for m in ms if start <= m.start < end]
    if not any(m.kind in ("person", "role") for m in inside):
        return None
    rest = [w for w in unnamed_words(doc, start, end) if w.strip("«»\"'()")]
    return end if len(rest) <= 1 else None


_AFTER_OPENING = re.compile(r"[\s«\"'-]*(?:و?(?:پس از|بعد از)|و?بعد|و?عقب|after|following)\s+")
_COMMA = re.compile(r"[،,]")


def _told_end(doc: Document, hits, cue_hits) -> int | None:
    """Where the part of a sentence that tells its event ends: at a later clause holding its negations
    («، بعدما ألغى …»), at "recalling" an earlier meeting or at a clause of contrast; None when the whole
    sentence tells it."""
    ends = [_recalled_at(doc, hits, cue_hits)]
    # («…؛ این در حالی است که طرف چینی … پاسخ نداده بود»: a clause of contrast after the first trigger)
    ends.append(next((cs for cs, _, ks in cue_hits if "contrast" in ks and cs >= hits[0][1]), None))
    if any("negation" in ks for _, _, ks in cue_hits):
        ends.append(_negated_clause(doc, hits, cue_hits))
    return min((e for e in ends if e is not None), default=None)


def _recalled_at(doc: Document, hits, cue_hits) -> int | None:
    """Where "recalling" / «استذكر» stands after the first trigger with a trigger after it ("held talks with X,
    recalling the 2024 meeting between Xi and Milei"): the meeting recalled, and its people, are not the
    talks told. None when the sentence is not so."""
    recalling = words_of("recalling", doc.lang)
    at = next((cs for cs, ce, ks in cue_hits if "pointing" in ks and cs >= hits[0][1]
               and fold(doc.ltext[cs:ce]) in recalling), None)
    return at if at is not None and hits[-1][0] > at else None


_WHICH_HOSTS = re.compile(r"\b(?:which|that)\s+(?:[\w-]+\s+){1,3}$")


def _hosts_a_gathering(doc: Document, hit) -> bool:
    """"the ADMM-Plus, which Malaysia will host in Kuala Lumpur": what is hosted is the gathering the relative
    pronoun stands for, not a guest."""
    s, e, trigs = hit
    if doc.lang != "en" or not all(t.kind == "receive" for t in trigs):
        return False
    words = doc.ltext[s:e].split()
    if not words or not words[-1].startswith(_host_words()):
        return False  # "which … will host", not "which … received"
    return _WHICH_HOSTS.search(doc.ltext, max(0, s - 40), s) is not None


def _meetings_of_one_named(doc: Document, sent: Span, hit) -> bool:
    """«وتكتسب لقاءات تشان أهمية …», «دیدارهای چان», "Chan's meetings": meetings in the plural of someone
    named before the sentence are the ones told, not new ones."""
    s, e, _ = hit
    if fold(doc.ltext[s:e]) not in words_of("plural_meetings", doc.lang):
        return False
    ms = mentions_in(doc, sent)
    if doc.lang == "en":
        owner = next((m for m in ms if m.kind == "person" and 0 <= s - m.end <= 3
                      and doc.ltext[m.end:s].strip() in ("'s", "’s")), None)
    else:
        owner = next((m for m in ms if m.kind == "person" and 0 <= m.start - e <= 1), None)
    if owner is None:
        return False
    first = doc.cached("first_named", (doc.mentions,), lambda: _first_named_at(doc.mentions))
    return first.get(owner.entity_id, sent.start) < sent.start


def _first_named_at(mentions: list[Mention]) -> dict[str, int]:
    """Where each person of the document is first named."""
    out: dict[str, int] = {}
    for m in mentions:
        if m.kind == "person" and m.entity_id is not None:
            out.setdefault(m.entity_id, m.start)
    return out


def _one_time_frame(cands: list[Candidate]) -> list[Candidate]:
    """«يذكر أن البلدين كانا قد عقدا في مارس 2019 الاجتماع الأول … ووقعا …»: what one sentence tells beside an
    event it dates in the past, with no date of its own, is of that time too (not the news)."""
    dated = next((c for c in cands if c.background and c.own_date is not None), None)
    if dated is not None:
        for c in cands:
            if c.own_date is None and not (c.background or c.anaphoric) and c.status == dated.status \
                    and c.countries == dated.countries:
                c.background, c.own_date = True, dated.own_date
    return cands


# Persian «از حضور / پیشنهاد / تصمیم ... استقبال کرد»: welcoming a presence, a proposal or a decision.
_WELCOMED_THING = re.compile(r"(?<!\w)از\s+(?:حضور|پیشنهاد|پیشنهادهای|تصمیم|اقدام|اقدامات|طرح|ابتکار|توافق|ایده|موضع|"
                             r"مواضع|سیاست|تلاش|تلاشهای|گسترش|افزایش|ادامه)(?!\w)[^.!?؟؛;\n]{0,100}?استقبال\s*(?:کرد|کردند|میکند|میکنند|نمود)")


@cache
def _welcomed_thing_en(lang: str | None) -> re.Pattern[str]:
    """"welcomed the entry into force", "welcomed the signing" (``welcomed_things``), "received an invitation"
    (``received_things``), "hosts the largest US base", "the conference, co-hosted by …" (``hosted_things``): no
    guest received."""
    welcomed, received, hosted = ("|".join(sorted(map(re.escape, words_of(t, "en")), key=len, reverse=True))
                                  for t in ("welcomed_things", "received_things", "hosted_things"))
    if lang != "en" or not welcomed:
        return re.compile(r"(?!x)x")
    return re.compile(rf"\b(?:(?:welcomed|welcomes|welcoming)\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?"
                      rf"(?:\w+\s+)?(?:{welcomed})|(?:received|receives|receiving|receive)\s+(?:a\s+|an\s+|the\s+)?"
                      rf"(?:\w+\s+)?(?:{received})"
                      rf"|(?:co-)?(?:hosts|hosted|hosting)\s+(?:[\w-]+\s+){{0,4}}?(?:{hosted})"
                      rf"|(?:{hosted}),?\s+(?:co-)?hosted\s+by)\b")


@cache
def _hosted_thing(lang: str | None) -> re.Pattern[str]:
    """«لاستضافة المؤتمر», «تستضيف القمة», «میزبانی اجلاس»: a host's word right before a gathering or a base
    (``hosted_things``) hosts no guest."""
    things = "|".join(sorted(map(re.escape, words_of("hosted_things", lang)), key=len, reverse=True))
    if lang == "ar" and things:
        return re.compile(rf"(?<!\w)[وفلب]?(?:ل|ب)?(?:استضاف|يستضيف|تستضيف|سيستضيف|ستستضيف)\w*\s+(?:{things})(?!\w)")
    if lang == "fa" and things:
        return re.compile(rf"(?<!\w)میزبانی\s+(?:{things})(?!\w)")
    return re.compile(r"(?!x)x")


# Persian «دعوت X برای سفر به Y را پذیرفت»: the trip is the invitation's, «پذیرفت» accepts it (no one is received).
_ACCEPTED = re.compile(r"(?<!\w)دعوت(?:نامه)?(?!\w)[^.!?؟؛;\n]{0,120}?(?<!\w)را\s*پذیرفت")


_TRILATERAL = re.compile(r"ثلاثی|trilateral|tripartite|three-way|سه ?جانبه")
# what three countries may do together that is a topic, not the meeting's form ("to discuss trilateral
# security cooperation", «التعاون الثلاثي», «همکاری‌های سه‌جانبه»)
_TOGETHER = re.compile(r"cooperation|ties|relations|partnership|تعاون|علاقات|همکاری|روابط")


def _trilateral_meeting(doc: Document, sent: Span) -> bool:
    """The sentence calls a meeting three-way («في لقاء ثلاثي», "a trilateral meeting"), not a topic."""
    text = doc.ltext
    return any(not _TOGETHER.search(text, max(sent.start, m.start() - 16), min(sent.end, m.end() + 24))
               for m in _TRILATERAL.finditer(text, sent.start, sent.end))


# "where he met", «قادماً من كيغالي، حيث عقد أمس الخميس جلسة مباحثات»: "where", then up to four words (a pronoun,
# the verb, time words) before the trigger; «… من الرياض، التي أجرى فيها أمس مباحثات»: "in which he held talks"
_WHERE = re.compile(r"(?:(?:حیث|where)(?:\s+[^\s،,.]+){0,4}|جایی که(?:\s+(?:او|وی))?"
                    r"|(?:التی|الذی)\s+\S+\s+(?:فیها|فیه)(?:\s+\S+)?)\s*$")


def _met_elsewhere(doc: Document, typed, ms: list[Mention], destination: str) -> bool:
    """A meeting told in a clause on another place than the trip's ("arrived in Doha from Riyadh, where he
    met"; not «زار جمهورية أفريقيا الوسطى، حيث التقى رئيس البلاد», where the place is the one visited)."""
    for s, _, t in typed:
        where = _WHERE.search(doc.ltext, max(0, s - 40), s) if t.kind != "visit" else None
        if where is not None:
            place = next((m for m in reversed(ms) if m.end <= where.start() and m.kind in ("country", "place")), None)
            if place is None or place.country != destination:
                return True
    return False


def _hosts_officials(ctx: Context, ms: list[Mention], sides: list[Side], typed, lead: Lead | None) -> list[Side]:
    """"Parly called on Prime Minister Modi and met ... National Security Adviser Ajit Doval", "Hassan paid a
    courtesy call on State Minister of Defence X": an official named with an office but no country after the
    trigger, whom the one side acting before it meets, is of the other side (of the sentence, or of the
    article's pair)."""
    officials = countryless_officials(ctx, ms)
    if not officials:
        return []
    named = [s for s in sides if s.strength >= 2]
    if not named:
        return []
    # the trigger that follows the first side named ("During the visit, Parly also called on ..."), or in Arabic
    # the verb right before it, whose subject it is («كما التقى رئيس أركان البحرية الباكستانية … اللواء X»)
    start = min(s.mention.start for s in named)
    first = min((t for t, _, _ in typed if t > start), default=None)
    subject_after = first is None and ctx.doc.lang == "ar"
    if subject_after:
        first = next((t for t, e, _ in typed if e <= start and not ctx.doc.ntext[e:start].strip()), None)
    if first is None:
        return []
    strong = {s.country for s in named}
    agents = {s.country for s in named if s.mention.start < (min(m.start for m, _ in officials) if subject_after
                                                              else first)}
    if len(agents) != 1:
        return []
    others = strong - agents
    if not others and lead is not None and len(lead.countries) == 2 and agents <= set(lead.countries):
        others = set(lead.countries) - agents
    if len(others) != 1:
        return []
    [other] = others
    return [Side(other, 3, m, m.data.get("full") or m.text, False, role, [m.text])
            for m, role in officials if m.start > first]


def _signing_left_undone(doc: Document, sent: Span, hit, cue_hits, cue_kinds: set[str]) -> bool:
    """A cue leaves the signing ``hit`` undone: it was to happen but did not («امضای این پیمان قرار بود …», a
    Persian signing named before its cue), it is only expected ("agreements are expected to be signed"; a Persian
    predicate follows its subject, «امضای آن قریب‌الوقوع است»; the Arabic adverb right after, «التوقيع قريبا»; or
    the Persian verb ends the clause the cue opens, «انتظار می‌رود … تفاهم‌نامه‌ای … امضا شود»), it is worked
    toward («أكدا العمل على إبرام عقد», "work towards signing", unless «بر امضای … نظارت کردند», "oversaw the
    signing"), or no document was signed ("signing any agreement", "no agreement was signed")."""
    if "unrealized" in cue_kinds and doc.lang == "fa" and _cued(hit, cue_hits, "unrealized", -1, 30):
        return True
    if "expected" in cue_kinds:
        after = 24 if doc.lang == "fa" else 3 if doc.lang == "ar" else -1
        if _cued(hit, cue_hits, "expected", 60, after) or _in_its_clause(doc, hit, cue_hits, "expected"):
            return True
    if "toward" in cue_kinds and _cued(hit, cue_hits, "toward", 2, -1) and not _overseen(doc, sent, hit, cue_hits):
        return True
    return "no_document" in cue_kinds and _cued(hit, cue_hits, "no_document", 30, 30)


def _refused(doc: Document, hit, cue_hits) -> bool:
    """What a refusal governs is the trigger right after it («امتنع عن التوقيع», "declined to sign",
    «خودداری هیئت هندی از امضای»), or in Persian a noun trigger right before it with no verb between
    («از امضای بیانیه خودداری کرد», «دیداری میان آنان ... گزارش نشده»): not «دیدار کرد و ... بر خودداری از
    تنش تأکید کردند»."""
    if _cued(hit, cue_hits, "refusal", 32, -1):
        return True
    s, e, _ = hit
    return doc.lang == "fa" and any(
        "refusal" in ks and 0 <= cs - e <= 40 and not _FA_VERB.search(doc.ltext, s, cs) for cs, _, ks in cue_hits)


def _cued(hit, cue_hits, kind: str, before: int, after: int, overlap: bool = False) -> bool:
    """A cue of ``kind`` ends at most ``before`` characters before the trigger ``hit`` or starts at most
    ``after`` characters after it (or, with ``overlap``, shares characters with it: "signed a contract to
    buy", where the trigger and the cue meet)."""
    s, e, _ = hit
    return any(kind in ks and ((0 <= s - ce <= before or 0 <= cs - e <= after) or overlap and cs < e and ce > s)
               for cs, ce, ks in cue_hits)


_OPENING_CLAUSE = re.compile(r"(?:on \w+,\s*)?(?:after|before|following|while)\s+\w+ing\b[^,.;]*,")


def _after_an_opening_clause(doc: Document, sent: Span, hits, ms: list[Mention]) -> list[Mention]:
    """"On Wednesday, after watching the parade with Xi and Putin, Kim held separate talks with Putin": the
    people of an opening clause that tells no event of its own (English) are not the sides of the main one."""
    if doc.lang != "en" or not hits:
        return ms
    clause = _OPENING_CLAUSE.match(doc.ltext, sent.start)
    if clause is None or any(h[0] < clause.end() for h in hits):
        return ms
    return [m for m in ms if m.start >= clause.end()]


_WHO = re.compile(r",\s+who\s+(?!is\b|was\b|also\s+(?:holds|serves))")


def _before_a_relative_clause(doc: Document, hits, ms: list[Mention]) -> list[Mention]:
    """"Presti also met General Donovan, who appeared alongside him and Hegseth in the photograph": the people of a
    relative clause on the one met, after the last trigger, are not the meeting's sides (English)."""
    if doc.lang != "en" or not hits:
        return ms
    last = hits[-1][1]
    met = next((m for m in ms if m.kind == "person" and m.start > last), None)
    if met is None:
        return ms
    who = _WHO.search(doc.ltext, met.end, met.end + 80)
    if who is None or any(h[0] > who.start() for h in hits):
        return ms
    return [m for m in ms if m.start < who.start() or m.kind not in ("person", "country", "demonym")]


def _overseen(doc: Document, sent: Span, hit, cue_hits) -> bool:
    """Persian «بر» before a signing is "stressed" only with «تأکید» after it («بر انعقاد قرارداد … تأکید کردند»);
    «بر امضای … نظارت کردند» ("oversaw the signing") tells the signing."""
    return doc.lang == "fa" and any("toward" in ks and fold(doc.ltext[cs:ce]) == "بر" and 0 <= hit[0] - ce <= 2
                                    for cs, ce, ks in cue_hits) \
        and _STRESSED.search(doc.ltext, hit[1], sent.end) is None


_STRESSED = re.compile(r"تاکید")  # (the text is folded: «تأکید» is «تاکید»)


def _in_its_clause(doc: Document, hit, cue_hits, kind: str) -> bool:
    """In Persian, a cue of ``kind`` in the trigger's clause however long its object («قراردادهای چارچوبی با
    شرکت‌های کره‌ای برای ... تانک، ... توپ و ... جنگنده امضا کرد»): no verb, full stop or semicolon between."""
    s = hit[0]
    return doc.lang == "fa" and any(
        kind in ks and 0 <= s - ce <= 200 and not _FA_VERB.search(doc.ltext, ce, s)
        and not any(ch in doc.ltext[ce:s] for ch in ".؛:\n") for cs, ce, ks in cue_hits)


def _signed_by_companies(doc: Document, sent: Span, hit, cue_hits) -> bool:
    """Companies sign: they open the clause whose verb is the trigger («در حاشیه این دیدار، شرکت‌های ... را
    امضا کردند», "the two companies signed"), or follow an Arabic verb («ووقعت شركتا ...»)."""
    s, e, _ = hit
    for cs, ce, ks in cue_hits:
        if "signed_by_companies" not in ks:
            continue
        if doc.lang == "ar":
            if 0 <= cs - e <= 3:
                return True
            continue
        between = doc.ltext[ce:s]
        if not (0 <= s - ce <= 160) or any(ch in between for ch in ".،,؛:\n"):
            continue
        clause = max(doc.ltext.rfind(ch, sent.start, cs) for ch in ".،,؛:\n")
        if len(doc.ltext[max(clause + 1, sent.start):cs].split()) <= 1:
            return True
    return False


def _all_sign(hit) -> bool:
    return all(t.kind == "sign" for t in hit[2])


def _at_a_ceremony(doc: Document, hit) -> bool:
    """The signing is named as a ceremony («مراسم امضا», «حفل التوقيع», "the signing ceremony")."""
    s, e, _ = hit
    return words_re("ceremonies", doc.lang).search(doc.ltext, max(0, s - 12), e + 14) is not None


def _ceremony_attended(doc: Document, sent: Span, typed) -> bool:
    """The sentence tells who attended a signing ceremony, not who signed: every trigger names the ceremony
    and an attendance verb stands in the sentence, or a witness's verb stands right before each trigger («شهد
    الرئيسان … مراسم التوقيع», "the leaders witnessed the signing")."""
    if all(_at_a_ceremony(doc, h) for h in typed) and \
            words_re("attendance_verbs", doc.lang).search(doc.ltext, sent.start, sent.end) is not None:
        return True
    witness = words_re("witness_verbs", doc.lang)
    return all(witness.search(doc.ltext, max(sent.start, s - 150), s) is not None for s, _, _ in typed)


def _taken_part_in(doc: Document, hit, cue_hits) -> bool:
    """A meeting someone attends or takes part in («شارك في اجتماع», "took part in a NATO ministers'
    meeting", «در نشست ... شرکت کرد», «حضر الاستقبال»): a gathering, not a meeting of two sides."""
    s, e, values = hit
    if not all(t.type == "MEET" and t.kind in ("meet", "talk", "receive", "phone") for t in values):
        return False
    if gathering_of(doc, e):  # "a virtual meeting of the Ukraine Defense Contact Group"
        return True
    if any("multilateral" in ks and cs < e and ce > s for cs, ce, ks in cue_hits):
        return False  # "took part in a trilateral summit with X and Y": a meeting of the three
    for cs, ce, ks in cue_hits:
        if "participation" not in ks:
            continue
        # the gathering is the object: right after «شارك في» / «شرکت در», at the end of an English noun
        # phrase ("part in a NATO defence ministers' meeting"), or before a Persian verb («... شرکت کرد»)
        before = ce <= s
        if not before and _finite(doc, s, e):
            continue  # «... دیدار کرد و دو طرف سپس در نشست خبری شرکت کردند»: the meeting is a clause of its own
        lo, hi = (ce, s) if before else (e, cs)
        window = (60 if doc.lang == "en" else 40 if doc.lang == "ar" else 12) if before else 40
        if 0 <= hi - lo <= window and not any(ch in doc.ltext[lo:hi] for ch in ".،,؛:"):
            return True
    return False


_FINITE_FA = re.compile(r"(?<!\w)(?:کرد|کردند|نمود|نمودند|داشت|داشتند)$")


def _finite(doc: Document, s: int, e: int) -> bool:
    """The trigger is a verb of its own clause («دیدار کرد», "met"), not a noun another verb governs."""
    words = doc.ltext[s:e]
    if doc.lang == "fa":
        return bool(_FINITE_FA.search(words))
    return doc.lang == "en" and words.split()[:1] in (["met"], ["held"])


def _remember_cancelled(ctx: Context, sent: Span, ms: list[Mention], lead: Lead | None, seen_any: bool) -> None:
    """A cancelled or postponed meeting («تأجيل الزيارة», "called off"): later sentences that tell
    what it was to be («وكان من المنتظر أن يلتقي») announce nothing — unless it was to be held well before the
    article ("had planned to visit Seoul last December, but the trip was called off")."""
    if long_before(ctx.doc, told_date(ctx.doc, sent, "occurred")):
        return
    cand = _choose_sides(ctx, "MEET", sent, set(), set(), sides_in(ctx, ms), ms, lead, seen_any)
    if cand is not None:
        places = frozenset(m.country for m in ms if m.kind == "place" and m.country)
        ctx.cancelled.append((frozenset(cand.countries), places, sent.start))


def _in_a_name(doc: Document, sent: Span, start: int) -> bool:
    """A capitalised English trigger inside a sentence is part of a name ("Defence Ministers' Meeting-Plus") —
    unless the sentence says the sides held it ("held the inaugural India-Australia Defence Ministers' Dialogue")."""
    return doc.ntext[start].isupper() and start > sent.start and doc.ntext[start].isascii() \
        and _HELD_THE.search(doc.ntext, max(sent.start, start - 80), start) is None


_HELD_THE = re.compile(r"(?<!\w)(?:held|hold|holds|holding|co-chaired|co-chair|co-chairs|convened)\s+the"
                       r"(?:\s+(?!of\b|on\b|at\b|during\b|in\b)[\w'+-]+){1,6}\s*$")


_FROM = re.compile(r"(?: خود| his| her| their)? (?:from|از|من) ")


@cache
def _host_words() -> tuple[str, ...]:
    """The beginnings of a host's receive trigger (``host_words``), for ``str.startswith``."""
    return tuple(words_of("host_words", None))


def _distribute(doc: Document, cand: Candidate | None, triggers: list[int], sent: Span,
                anaphor_at: int) -> list[Candidate]:
    """One agent meeting several counterparts one by one ("X met his Vietnamese and Indonesian
    counterparts", «با ... و همچنین با ...»): one meeting per counterpart country, and per official of
    the other side («با نخست‌وزیر و رئیس پارلمان این کشور») (``structure.py``)."""
    if cand is None:
        return []
    separate = words_re("separate", doc.lang).search(doc.ltext, sent.start, sent.end) is not None
    together = "multilateral" in cand.cue_kinds or (_together_next(doc, sent, cand.countries) and not separate) \
        or any(words_re("gathering_held", doc.lang).match(doc.ltext, t) for t in triggers)
    if cand.from_context or together or _anaphoric(doc, anaphor_at, sent.start):
        return [cand]  # an anaphoric sentence tells more about a meeting already told; "Before the
        # quadrilateral meeting, Austin held separate bilateral meetings with …": one each
    # "held bilateral meetings with …"
    apart = words_re("bilateral", doc.lang).search(doc.ltext, sent.start, sent.end) is not None
    if not apart and not separate and any(s.mention.kind == "counterpart" and s.distributive
                         and fold(s.mention.text) in words_of("plural_counterparts", None)
                         and ("receive" in cand.kinds or _FROM.match(doc.ltext, s.mention.end)) for s in cand.sides):
        return [cand]  # «میزبان همتایان خود از هند، ژاپن و استرالیا بود», "met his counterparts from …": all at once
    if each_on_their_own(doc, cand.sides, cand.countries, triggers[0], sent.end):
        return []
    if not apart and cand.type == "SIGN" and signed_with_a_list(doc, cand.sides, triggers[0], sent.end):
        return [cand]
    if not apart and "receive" in cand.kinds and any(doc.ltext.startswith(_host_words(), t) for t in triggers):
        return [cand]  # «اردوغان میزبان X و Y بود», "Kihara hosted Austin and Shin": one meeting of them all
    if objects_only(doc, cand.sides, triggers[0], sent.end):
        return []  # "(Putin) held talks with Xi, Modi and Pezeshkian": whoever held them is not named
    groups = side_groups(doc, cand.sides, cand.countries, triggers[0], sent.end)
    if groups is None:
        several = {s.country for s in cand.sides if s.distributive}
        base = {s.country for s in cand.sides if not s.distributive and s.strength >= 2} - several
        if len(several) >= 2 and base:
            groups = [sorted(base | {country}) for country in sorted(several)]
    out = []
    for one in [_narrowed(cand, set(keep)) for keep in groups] if groups else [cand]:
        officials = official_groups(doc, one.sides, one.countries, triggers, sent.end) \
            if one.type == "MEET" else None  # several signatories sign one document
        out.extend([_with_sides(one, group) for group in officials] if officials else [one])
    return out


def _together_next(doc: Document, sent: Span, countries: list[str]) -> bool:
    """The next sentence calls the meeting one of them all ("X met A, B and C. The meeting was the fifth
    among the four defense leaders", «وعقد الوزراء الأربعة …»), naming no other country ("… since the four-way
    meeting of US, Australian, Japanese and Philippine defense chiefs last month" is another meeting)."""
    i = bisect_right(doc.sentences, sent.start, key=lambda s: s.start)
    if i >= len(doc.sentences):
        return False
    nxt = doc.sentences[i]
    if any(m.kind in ("country", "demonym") and m.country not in countries for m in mentions_in(doc, nxt)):
        return False
    ltext = doc.ltext[nxt.start:nxt.end]
    # a group counted («الوزراء الأربعة», "all four"), not a topic («هماهنگی چندجانبه», "multilateral ties")
    return any("multilateral" in ks and _COUNTED.search(ltext, s, e)
               for s, e, ks in cues(doc.lang).find(ltext, doc.lang)) \
        and words_re("separate", doc.lang).search(ltext) is None


def _subject_after_the_verb(doc: Document, typed, named: list[Side]) -> bool:
    """Arabic puts the subject right after the verb: a person the KB knows, named right after the sentence's first
    trigger («ثم استقبل كاست …»), is the one who met the others."""
    first_end = min(typed, key=lambda t: t[0])[1]
    person = min((s for s in named if s.mention.start >= first_end), key=lambda s: s.mention.start, default=None)
    if person is None or person.mention.kind != "person" or not person.mention.entity_id:
        return False
    return doc.ntext[first_end:person.mention.start].strip() == "" and \
        any(s.country != person.country for s in named)


_FIRST_PERSON = re.compile(r"(?<!\w)(?:I|we|We)(?!\w)")
_SPEAKER = re.compile(r"^[A-Z][A-Za-z.'’ -]{1,60}(?:,[^:\n]{0,80})?:\s", re.M)


def _speaker(ctx: Context, sent: Span, typed) -> Side | None:
    """In an English transcript, "I" or "we" before the first trigger is the one speaking: the person whose label
    ("RICHARD MARLES, DEPUTY PRIME MINISTER:", "MARLES:") opens the turn the sentence is in."""
    doc = ctx.doc
    first = min(s for s, _, _ in typed)
    if doc.lang != "en" or not _FIRST_PERSON.search(doc.ntext, sent.start, first):
        return None
    labels = list(_SPEAKER.finditer(doc.ntext, max(0, sent.start - 3000), first))
    if not labels:
        return None
    label = labels[-1]
    who = next((m for m in mentions_in(doc, Span(label.start(), label.end()))
                if m.kind == "person" and m.entity_id in ctx.kb.persons and m.country), None)
    return Side(who.country, 3, who, who.entity_id, True) if who is not None else None


_COUNTED = re.compile(r"three|four|five|ثلاث|أربع|اربع|خمس|سه|چهار|پنج")


def _met_by_the_one_told(ctx: Context, sent: Span, typed, cand: Candidate | None) -> list[Candidate] | None:
    """"On the same day he met X of Belarus and Y of Tajikistan", «وی سپس با X و Y دیدار کرد»: a pronoun
    stands for the one who held the last meeting, and every side the sentence names is met by him —
    one meeting each, or one of them all when they met together. None when the sentence is not so."""
    doc = ctx.doc
    if cand is None or cand.from_context:
        return None
    # (no meeting told yet: «وقّع الأمير X … عددًا من المذكرات مع دول شقيقة. فقد وقّع سموه …», the one named before)
    agent = ctx.recent_agent or _last_named_country(doc, sent.start)
    if agent is None or agent in cand.countries:
        return None
    first = min(s for s, _, _ in typed)
    # "The meetings, held separately, were with X, Y and Z": the meetings told, each with the one who held them
    told_apart = _anaphoric(doc, first, sent.start) and \
        words_re("separate", doc.lang).search(doc.ltext, sent.start, sent.end) is not None
    # «كما التقى A وB وC», "also met A, B and C": a list of three or more after "also" with no subject named
    # before it is the one told before meeting each
    listed_after_also = len(cand.countries) >= 3 and also_before(doc, first, sent.start)
    if not (told_apart or listed_after_also or _pronoun_subject(doc, sent, typed)
            or _office_subject(doc, sent, first, cand.mentions)):
        return None
    pronoun = _PRONOUNS.search(doc.ltext, sent.start, first)
    at = pronoun.end() if pronoun else first  # «وی سپس با X و Y دیدار کرد»: the objects precede the verb
    named = [s for s in cand.sides if s.strength >= 2]
    if len(cand.countries) < 2 or not named or any(s.mention.start < at for s in named):
        return None
    if doc.lang == "ar" and _subject_after_the_verb(doc, typed, named):
        return None  # «ثم استقبل كاست رئيس الإكوادور …»: the one named right after the verb is its subject
    if "multilateral" in cand.cue_kinds:
        groups = [set(cand.countries) | {agent}]
    else:
        groups = [{agent, c} for c in cand.countries]
    out = []
    for keep in groups:
        one = _narrowed(cand, keep)
        one.from_context = True
        out.append(one)
    return out


def _last_named_country(doc: Document, before: int) -> str | None:
    """The country of the last person with a country named in the news before ``before``."""
    return next((m.country for m in reversed(doc.mentions) if m.start < before and m.kind == "person" and m.country
                 and not doc.is_clutter(m.start)), None)


def _narrowed(cand: Candidate, keep: set[str]) -> Candidate:
    return Candidate(cand.type, list(cand.sentences), set(cand.kinds), set(cand.cue_kinds),
                     [s for s in cand.sides if s.country in keep], sorted(keep),
                     [c for c in cand.order if c in keep], cand.status, cand.background,
                     from_context=cand.from_context, mentions=list(cand.mentions))


def _with_sides(cand: Candidate, sides: list[Side]) -> Candidate:
    return Candidate(cand.type, list(cand.sentences), set(cand.kinds), set(cand.cue_kinds), sides,
                     list(cand.countries), list(cand.order), cand.status, cand.background,
                     from_context=cand.from_context, mentions=list(cand.mentions))


_PRONOUNS = re.compile(r"(?<!\w)(?:he|she|او|وی)(?!\w)")


def _remember_host(ctx: Context, sides_of: Callable[[], list[Side]], trigger: tuple[int, int], sent_end: int) -> None:
    """«التقى معالي X ... كلا على حدة، عددا من الوزراء», "X met a number of delegations": one official
    named before the guests meets them one by one; the next «والتقى معاليه ...», "he also met ...", is his.
    The sentence's sides (``sides_of()``) are only worked out when no one has met anyone yet and the
    words telling of several guests stand beside the trigger."""
    if ctx.recent_agent is not None:
        return
    guests_at = several_guests_at(ctx.doc, trigger, sent_end)
    if guests_at is None:
        return
    hosts = [s for s in sides_of() if s.mention.kind == "person" and s.strength >= 2 and s.mention.start < guests_at]
    if len({s.country for s in hosts}) == 1:
        ctx.recent_agent, ctx.host = hosts[0].country, hosts


def _office_subject(doc: Document, sent: Span, first: int, ms: list[Mention]) -> bool:
    """"The CISC met …", "The Navy chief also held talks with …", "On Sunday, the Defense chief sat down with …": a
    subject of a few words after "the" that names no country and no one is the one told before, like a pronoun."""
    if _THE_SUBJECT.fullmatch(doc.ltext, sent.start, first) is None:
        return False
    return not any(sent.start <= m.start < first and (m.country or m.kind == "person") for m in ms)


_THE_SUBJECT = re.compile(r"\s*(?:(?:on|later on|earlier on) (?:the same day|that day|\w+),?\s+"
                          r"|(?:later that day|the same day|later|earlier|meanwhile|separately),?\s+"
                          r"|(?:in|at|during|on) [\w\s-]{3,50}?,\s+)?"  # "In separate engagements during the summit, "
                          r"the(?:\s+[\w-]+){1,3}?(?:\s+(?:also|further|then|later|separately))?\s*")


def _pronoun_opens(doc: Document, sent: Span, ms: list[Mention]) -> bool:
    """A personal pronoun opens the sentence, or follows a short time or place with no comma ("He …", "In London on
    Monday he …"; not "According to the ministry, he …")."""
    pronoun = _PRONOUNS.search(doc.ltext, sent.start, min(sent.end, sent.start + 40))
    if pronoun is None:
        return False
    before = doc.ltext[sent.start:pronoun.start()]
    return len(before.split()) <= 5 and not any(c in before for c in ",،") \
        and not any(m.start < pronoun.start() and m.kind != "place" for m in ms)


def _previous_subject(doc: Document, sent: Span) -> Mention | None:
    """The known person with a country who opens the sentence before ``sent`` ("Nakatani's trip …"), if any."""
    i = bisect_right(doc.sentences, sent.start, key=lambda s: s.start) - 2
    if i < 0:
        return None
    prev = doc.sentences[i]
    first = next((m for m in mentions_in(doc, prev) if m.kind not in ("title", "role")), None)
    if first is None or first.kind != "person" or not first.country or \
            len(doc.ltext[prev.start:first.start].split()) > 1:
        return None
    return first


def _bare_office_subject(doc: Document, sent: Span, sides: list[Side], ms: list[Mention]) -> bool:
    """An office named bare (``bare_office``: «الوزير», "the minister", no country after it) stands before the
    sentence's first side."""
    first = min((s.mention.start for s in sides), default=sent.end)
    return any(not any(m.country and 0 <= m.start - w.end() <= 1 for m in ms)
               for w in words_re("bare_office", doc.lang).finditer(doc.ltext, sent.start, first))


def _pronoun_subject(doc: Document, sent: Span, typed) -> bool:
    """A personal pronoun before the sentence's first trigger stands for the one told before; so does an
    Arabic honorific with a pronoun right after a trigger («والتقى معاليه», ``pronoun_after``)."""
    if _PRONOUNS.search(doc.ltext, sent.start, min(s for s, _, _ in typed)):
        return True
    return _pronoun_after_a_trigger(doc, typed) or _honorific_subject(doc, sent)


def _pronoun_after_a_trigger(doc: Document, typed) -> bool:
    """An Arabic honorific with a pronoun right after a trigger («وقّع سموه», «والتقى معاليه»): its subject."""
    after = words_of("pronoun_after", doc.lang)
    return any(next(iter(doc.ltext[e:e + 12].split()), None) in after for _, e, _ in typed)


def opening_honorific(doc: Document, sent: Span) -> str | None:
    """The Arabic honorific with a pronoun (``pronoun_after``: «سموه», «معاليه») among the sentence's first four
    words, folded, if any: the sentence's subject is the one it stands for."""
    pronouns = words_of("pronoun_after", doc.lang)
    return next((w for w in doc.ltext[sent.start:sent.start + 40].split()[:4] if w in pronouns), None)


def honorific_agent(doc: Document, sent: Span, cand: Candidate, current: str | None) -> str | None:
    """«فقد استقبل سموه فخامة الرئيس X», «وشهد سموه والرئيس النيجيري توقيع»: an honorific with a pronoun among
    the sentence's first words is its subject — the one who held the meetings told before (``current``), else the
    one side of ``cand`` named only before the sentence; he, not X, holds the meetings told next."""
    if opening_honorific(doc, sent) is None:
        return None
    if current in cand.countries:
        return current
    before = {s.country for s in cand.sides if s.mention.start < sent.start} - \
        {s.country for s in cand.sides if s.mention.start >= sent.start}
    return next(iter(before)) if len(before) == 1 else None


def _honorific_subject(doc: Document, sent: Span) -> bool:
    """«وشهد جلالته … توقيع» ("His Majesty witnessed the signing"): an honorific with a pronoun right after the
    verb opening the sentence, the one told before as its subject."""
    opening = doc.ltext[sent.start:sent.start + 30].split()[1:2]
    return bool(opening) and opening[0] in words_of("pronoun_after", doc.lang)


_OPENING_DETERMINER = re.compile(r"[\s«\"']*(?:the|this|that|این|آن|همین)\s+")


def _told_first(doc: Document, sent: Span, typed, cand: Candidate | None) -> list[int]:
    """The trigger starts, those of the event itself first when the sentence names both sides: in «در این
    سفر با نخست‌وزیر آذربایجان ... دیدار خواهد کرد», «در حاشیه این نشست با ریابکوف دیدار داشت», "During the
    visit, he was received by the Prime Minister", the trip or gathering points back, the meeting is new
    (with "officials" of a side left to the context, the sentence is the trip's)."""
    starts = sorted(s for s, _, _ in typed)
    if cand is None or cand.from_context:
        return starts
    if doc.lang != "ar" and _OPENING_DETERMINER.fullmatch(doc.ltext, sent.start, starts[0]) \
            and not words_re("other_time", doc.lang).search(doc.ltext, starts[0], starts[-1]):
        # "The meeting, hosted by X, brought together …", «این نشست ...»: the sentence's subject (not "The
        # visit comes a week after X spoke by phone with Y", another event)
        return starts
    own = [s for s in starts if not _anaphoric(doc, s)]
    return own + [x for x in starts if x not in own] if own else starts


def _finish(ctx: Context, cand: Candidate, sent: Span, typed, cue_hits, destination: str | None,
            told_at: int) -> None:
    """Status, background, anaphora and the sentence's own date of a new candidate."""
    doc = ctx.doc
    cand.destination = destination
    cand.status = _status(doc, cue_hits, typed)
    if cand.status == "occurred" and not cand.from_context and _imperfect(doc, sent, typed):
        cand.status = "planned"  # (with sides from the context, the programme of a visit told: its tense)
    if cand.status == "occurred" and _dated_just_ahead(doc, sent):
        cand.status = "planned"  # "The visit, from August 4 to 8, comes at the invitation of …" on August 3
    cand.background = _background(_outside_days(doc, cue_hits), typed) or \
        _after_the_frame(doc, sent, min(t[0] for t in typed))
    cand.anaphoric = _anaphoric(doc, told_at, sent.start)
    cand.ranks = [_statement_rank(doc, cand, sent)]
    # «كما التقى», "also met": a further meeting, when the sentence names its sides itself («دو طرف همچنین
    # گفتگو کردند» tells more about the meeting told) or names the official met, the visitor left to the
    # context («كما التقى رئيس الأركان، مساعد رئيس الأركان الإيراني اللواء X»)
    named = any(s.mention.kind == "person" and s.strength >= 3 for s in cand.sides)
    cand.also = not cand.anaphoric and (not cand.from_context or named) and \
        also_before(doc, min(s for s, _, _ in typed), sent.start)
    own = told_date(doc, sent, cand.status)
    first = min(s for s, _, _ in typed)
    # Only a date near the trigger dates the event («در دی ۱۳۹۳ ... دیدار»), not one about
    # something else further along the sentence ("... after the attack in March").
    near = own is not None and own.value is not None and own.end > own.start and \
        (not sent.start <= own.start < sent.end or _near(doc, sent, first, own.start)
         or _OPENING_DATE.fullmatch(doc.ltext, sent.start, own.start) is not None)
    if not near and own is not None and own.value is not None and sent.start <= own.start < sent.end:
        # "the king's state visit in March 2020, when he met X … on March 10": the day is far from the
        # trigger, but the month beside it holds that day
        near = any(sent.start <= d.start < sent.end and d.value and d.precision in ("month", "year")
                   and d.kind == "absolute" and same_time(d, own) and _near(doc, sent, first, d.start)
                   for d in doc.dates)
    cand.own_date = own if near else None
    if cand.of_past:
        cand.background = True
        cand.own_date = cand.own_date or ctx.recent_past_date
    if "anniversary" in cand.cue_kinds and _cued(min(typed), cue_hits, "anniversary", 12, -1):
        # «سال آینده پنجاهمین سالگرد امضای پیمان ... خواهد بود که در سال ۱۹۷۶ به امضا رسید»: long ago
        cand.status, cand.background = "occurred", True
        cand.own_date = _earlier_date(doc, sent)
    if cand.status == "occurred" and long_before(doc, cand.own_date):
        cand.background = True  # dated weeks before the article: a reference, not its news
    # «عقب توقيع الاتفاقية», "weeks after the two countries signed": the time of something else; the signing
    # is the one the article tells elsewhere, if it does
    cand.echo = all(t.kind == "sign" for _, _, t in typed) and _after_a_signing(doc, sent, first)


def _before_another_day(doc: Document, sent: Span, hits, ms: list[Mention]) -> list[Mention]:
    """"held talks in Lima …, a day after Yoon's summit with Chinese President Xi" (``day_after``): the people
    after such words, past every trigger, are of another happening, when two countries' people or offices
    are named before them."""
    if not hits:
        return ms
    cut = words_re("day_after", doc.lang).search(doc.ltext, max(h[1] for h in hits), sent.end)
    if cut is None:
        return ms
    before = {m.country for m in ms if m.start < cut.start() and m.country and m.kind in ("person", "role")}
    return [m for m in ms if m.start < cut.start()] if len(before) >= 2 else ms


def _earlier_date(doc: Document, sent: Span) -> DateMention | None:
    """The earliest date of ``sent`` before the article was written, if any."""
    ref = reference_date(doc)
    found = [d for d in doc.dates if sent.start <= d.start < sent.end and d.value is not None
             and (ref is None or ref.value is None or d.value < ref.value)]
    return min(found, key=lambda d: d.value, default=None)


def _after_a_signing(doc: Document, sent: Span, trigger: int) -> bool:
    """"after" (``other_time``) right before the signing trigger («پس از امضای», «عقب توقيع», "after signing"),
    or in English with its subject between ("after the two countries signed"; not "after the talks the
    ministers signed": no comma and no other trigger between)."""
    lo = max(sent.start, trigger - 40)
    for m in words_re("other_time", doc.lang).finditer(doc.ltext, lo, trigger):
        gap = doc.ltext[m.end():trigger]
        if len(gap.split()) <= (3 if doc.lang == "en" else 0) and not any(ch in gap for ch in ",،;؛:.()") \
                and not trigger_hits(gap, doc.lang):
            return True
    return False


# a date that opens the sentence («وفي 20 يونيو 2025 احتضنت …», "On June 20, …", «در ۳۰ خرداد …») dates its clause
_OPENING_DATE = re.compile(r"[\s\W]*(?:و?فی|on|in|در)?\s*(?:(?:early|late|mid|مطلع|اواخر|منتصف|اوایل|اواسط)\s*)?")
_FA_WITH = re.compile(r"(?:\s+\S+){0,3}?\s+با\s")
_FA_VERB = re.compile(r"(?<!\w)(?:شد|شدند|میشود|میشوند|کرد|کردند|است|بود|بودند|شده|گرفت|داشت|داشتند|رسید|گفت)(?!\w)")
_NAMED = frozenset({"person", "title", "role", "country", "demonym", "place", "org"})


def _near(doc: Document, sent: Span, trigger: int, day: int) -> bool:
    """A date within 60 characters of the trigger, not counting the names of people, their titles and
    offices, countries and places between them («استقبل صاحب السمو السيد NAME نائب رئيس الوزراء لشؤون
    الدفاع أمس», "called on the Commander of the Sri Lanka Navy, Vice Admiral NAME, at ... in Colombo on
    Monday")."""
    a, b = sorted((trigger, day))
    if trigger < day and other_time(doc, a, b):
        return False
    gap = b - a
    # Persian puts the verb last: «روز جمعه در کاخ ... ابتدا به صورت خصوصی و سپس ... مذاکره کردند», within
    # one clause (no verb between: «امروز ... برگزار می‌شود و ... دیدارهای دوجانبه‌ای داشتند»)
    limit = 140 if doc.lang == "fa" and day < trigger and not _FA_VERB.search(doc.ltext, day, trigger) else 60
    if gap <= limit:
        return True
    for m in mentions_in(doc, Span(a, b)):
        if m.kind in _NAMED and a <= m.start and m.end <= b:
            gap -= m.end - m.start
    return gap <= limit


def _statement_rank(doc: Document, cand: Candidate, sent: Span) -> int:
    """How fully a sentence states the event itself, for its evidence: both sides named with their people
    and offices, not completed from the lead, not pointing back («در این دیدار»), not a title line."""
    named = {s.country for s in cand.sides if s.person and s.mention.kind == "person"}
    strong = {s.country for s in cand.sides if s.strength >= 3}
    rank = 2 * min(2, len(named)) + min(2, len(strong)) - 2 * cand.from_context - cand.anaphoric
    para = paragraph_of(doc, sent)
    line = doc.ntext[para.start:para.end].strip() if para else ""
    if line == doc.ntext[sent.start:sent.end].strip() and line[-1:] not in ".!?؟" and len(line.split()) <= 22:
        rank -= 4  # a headline or title line
    return rank


def _destination(doc: Document, ms: list[Mention], typed) -> str | None:
    """The country a visit goes to: «سفر به روسیه», «زيارة إلى طهران», "arrived in Moscow"."""
    for s, e, t in typed:
        if t.kind != "visit":
            continue
        for m in ms:
            if m.kind in ("country", "place") and m.country and 0 <= m.start - e and (
                    m.start - e <= _DESTINATION_WINDOW or m.start - e - _dated(doc, e, m.start) <= _DESTINATION_WINDOW):
                between = doc.ltext[e:m.start]
                if not any(ch in between for ch in "،,.:؛"):
                    return m.country
        for m in ms:
            if m.kind in ("country", "place") and m.country and 0 <= s - m.end <= _DESTINATION_WINDOW:
                before = doc.ltext[max(0, m.start - 4):m.start].split()
                if before and before[-1] in ("به", "الی", "to"):
                    return m.country
    return None


def _dated(doc: Document, lo: int, hi: int) -> int:
    """How many characters of ``lo:hi`` are dates («زار في وقت سابق من الشهر الجاري جمهورية …»: the time
    between a visit and where it went)."""
    return sum(d.end - d.start for d in doc.dates if lo <= d.start and d.end <= hi)


_SUBJECT_REACH = 40  # characters
_SUBJECT_GAPS = frozenset({"", "has", "have", "had", "will", "also", "formally", "officially", "on", "today"})


def _subject_countries(doc: Document, sides: list[Side], typed) -> list[Side]:
    """A country named as the subject of the trigger ("India signed ...", «وقعت مصر ...») is a side,
    not a country merely mentioned."""
    if doc.lang not in ("en", "ar", "fa"):
        return sides
    typed = sorted(typed, key=lambda t: t[0])
    starts = [t[0] for t in typed]
    out = []
    for s in sides:
        check_budget()
        m = s.mention
        # only the triggers within reach of the mention can have it as their subject
        reach = 150 if doc.lang == "fa" else _SUBJECT_REACH  # a Persian verb ends its clause
        near = typed[bisect_left(starts, m.start - _SUBJECT_REACH - 200):bisect_right(starts, m.end + reach)]
        if s.strength == 1 and m.kind == "country" and any(_subject_of(doc, m, t) for t in near):
            s = Side(s.country, 2, m)
        out.append(s)
    return out


_AR_OBJECT_PRONOUN = re.compile(r"(?:ت|تا|ا|و)?(?:ه|ها)(?=\s)")
_CLAUSE_END = re.compile(r"[،,.؛;:\n]|(?<!\w)(?:فی|عام|سنه|خلال)(?!\w)")


def _relative_signers(doc: Document, sides: list[Side], typed) -> list[Side]:
    """«الإعلان المشترك الذي وقعته أرمينيا وأذربيجان في واشنطن»: a signing verb carrying its object's pronoun
    opens a relative clause whose subjects, named right after it, are the signers; the sentence's other
    sides (the minister who spoke of the declaration) did not sign."""
    if doc.lang != "ar":
        return sides
    for _, te, _ in typed:
        suffix = _AR_OBJECT_PRONOUN.match(doc.ltext, te)
        if suffix is None:
            continue
        end = _CLAUSE_END.search(doc.ltext, suffix.end(), suffix.end() + 60)
        stop = end.start() if end else suffix.end() + 60
        named = [s for s in sides if suffix.end() <= s.mention.start < stop and s.mention.kind in ("country", "demonym")]
        if len({s.country for s in named}) >= 2:
            return [replace(s, strength=max(s.strength, 2)) for s in named]
    return sides


def _subject_of(doc: Document, m: Mention, trig) -> bool:
    ts, te, _ = trig
    if doc.lang == "fa":
        # «ژاپن پیش از این با استرالیا و انگلیس توافق‌هایی ... امضا کرده بود»: the sentence opens on the country,
        # a «با» follows within three words, and the verb after it, with no other verb between
        opens = m.start == 0 or doc.ltext[max(0, m.start - 2):m.start].strip() in ("", ".", "\n")
        w = _FA_WITH.match(doc.ltext, m.end)
        return opens and w is not None and w.end() <= ts and not _FA_VERB.search(doc.ltext, w.end(), ts)
    if not (0 <= ts - m.end <= _SUBJECT_REACH or 0 <= m.start - te <= _SUBJECT_REACH):
        return False  # a subject stands within two short words of its verb: no need to read further
    if doc.lang == "en":
        gap = doc.ltext[m.end:ts].split() if m.end <= ts else None
        return gap is not None and len(gap) <= 2 and all(w in _SUBJECT_GAPS for w in gap)
    if m.end <= ts:  # a headline or lede opening with its subject: «جنوب أفريقيا تستقبل ...»
        return not doc.ltext[m.end:ts].split() and (m.start == 0 or doc.ltext[m.start - 1] == "\n")
    gap = doc.ltext[te:m.start].split()  # Arabic: verb first, «وقعت مصر»
    return not gap


def _more_destinations(doc: Document, ms: list[Mention], first: Mention) -> list[Mention]:
    """"visit Japan (2-3 September) and the Republic of Korea": the countries listed after the first
    destination, a parenthesis allowed between them."""
    out: list[Mention] = []
    last = first
    for m in ms:
        if m.start <= last.start or m.kind not in ("country", "place") or not m.country:
            continue
        gap = re.sub(r"\([^()]*\)", "", doc.ltext[last.end:m.start])
        if fold(gap).strip() not in ("and", "و", ",", "،", ", and", "and the", "، و"):
            break
        if m.country != first.country and m.country not in {x.country for x in out}:
            out.append(m)
        last = m
    return out


def _frame_subject(doc: Document, start: int, end: int) -> bool:
    """The definite trigger is the subject of a frame verb (``frame_verbs``): «وجاء التوقيع عقب ...», "The
    signing came after ...": the event already told."""
    verbs = words_of("frame_verbs", doc.lang)
    if doc.lang == "ar":
        before = doc.ltext[max(0, start - 8):start].split()
        return bool(before) and before[-1] in verbs  # «وتأتي زيارة لي إلى اليابان بعد ...»: definite by its noun too
    if doc.lang == "en":
        after = doc.ltext[end:end + 12].split()
        return bool(after) and after[0] in verbs and doc.ltext[max(0, start - 4):start] == "the "
    return False


def _after_the_frame(doc: Document, sent: Span, trigger: int) -> bool:
    """"The meeting comes days after Jaishankar held talks with Rubio", «وتأتي الزيارة بعد أيام من لقاء …»:
    a trigger after a frame verb, "after" and days or weeks between tells an earlier happening, a reference
    ("The signing came hours after … held talks": the same day's news)."""
    frame = words_re("frame_verbs", doc.lang).search(doc.ltext, sent.start, trigger)
    if frame is None:
        return False
    lo, hi = frame.end(), min(trigger, frame.end() + 40)
    return words_re("other_time", doc.lang).search(doc.ltext, lo, hi) is not None \
        and _DAYS_APART.search(doc.ltext, lo, hi) is not None and not SENTENCE_STOP.search(doc.ltext, lo, trigger)


_DAYS_APART = re.compile(r"(?<!\w)(?:days|weeks|months|أيام|ايام|يومين|أسابيع|اسابيع|أسبوعين|اسبوعين|أشهر|اشهر|شهور"
                         r"|روز|هفته|ماه)(?!\w)")


def _the_visit(doc: Document, start: int) -> bool:
    """A visit trigger written as the definite noun: "the visit", «این سفر», «الزيارة»."""
    return _anaphoric(doc, start) or (doc.lang == "ar" and doc.ltext.startswith("الزیار", start))


def _anaphoric(doc: Document, start: int, sent_start: int | None = None) -> bool:
    """The trigger at ``start`` is «این دیدار», «في ختام اللقاء», "the talks", or its sentence opens on
    «در این تماس», «خلال الاتصال», "during the call": a meeting already told."""
    if sent_start is not None and anaphoric_phrase(doc, sent_start, start):
        return True
    joined = list(words_re("joined", doc.lang).finditer(doc.ltext, max(0, start - 40), start))
    if joined and len(doc.ltext[joined[-1].end():start].split()) <= 2:
        return True  # "joined the delegation-level talks", «انضم إلى المباحثات»
    words = doc.ltext[max(0, start - 32):start].split()
    if len(words) >= 2 and _HOW_LONG.fullmatch(words[-1]):
        words.pop()  # "during the 25-minute meeting", "the closed-door talks": the meeting told
    if not words:
        return False
    before = {words[-1], " ".join(words[-2:])}
    if doc.lang == "ar" and len(words[-1]) > 3 and words[-1][0] in "وف":
        before.add(words[-1][1:])  # «وعقب المباحثات», «فخلال اللقاء»: the conjunction is glued on
    if not before & words_of("anaphoric", doc.lang):
        return False
    if doc.lang == "ar":
        return doc.ltext.startswith("ال", start)
    return True


_HOW_LONG = re.compile(r"\d+-(?:minute|hour)|(?:one|two|three|half)-hour|hour-long|closed-door|one-on-one")


def _invitation_governs(doc: Document, cue_hits, typed, infinitive_only: bool = False) -> bool:
    """An invitation cue next to the first trigger, or further off when the trigger is the infinitive it
    governs ("invited the Minister of …, Hon. X, to visit", «دعا ... لزيارة», «از ... برای سفر به ... دعوت کرد»);
    with ``infinitive_only``, only the latter."""
    first = min(s for s, _, _ in typed)
    to = _INFINITIVE.get(doc.lang)
    governed = bool(to and to.search(doc.ltext, max(0, first - 6), first)) or \
        doc.lang == "ar" and doc.ltext.startswith("ل", first)  # «لزيارة» matched whole
    # (in Arabic and English an invitation after the trigger is another matter: «أجرى محادثات مع الرئيس الغاني،
    # وجه خلالها دعوة للرئيس الغاني لزيارة الهند» held the talks)
    return any("invitation" in ks and (not infinitive_only and abs(s - first) < 60 and (s < first or doc.lang == "fa")
                                       or governed and abs(s - first) < 160 and (s > first) == (doc.lang == "fa"))
               for s, _, ks in cue_hits)


# what stands right before a trigger an invitation governs: "to visit", «لزيارة», «برای سفر»
_INFINITIVE = {"en": re.compile(r"(?<!\w)to $"), "ar": re.compile(r"(?<!\w)ل$"), "fa": re.compile(r"(?<!\w)برای $")}


def _status(doc: Document, cue_hits, typed) -> str:
    """planned when a future cue governs a trigger: before it in its clause ("is expected to meet",
    «من المقرر أن يلتقي») or right after it («دیدار خواهد کرد»); not a cue further along the sentence
    ("met ... on what is expected to be his last trip") nor one inside a quoted statement; or the verb
    of the trigger's clause announces it ("the meeting of the commission will be held"). Only the triggers
    of the first one's clause count."""
    ltext = doc.ltext
    first, last = min(ts for ts, _, _ in typed), max(ts for ts, _, _ in typed)
    # a clause after a semicolon is another statement («... گفت‌وگو کردند؛ رزمایشی که به میزبانی ازبکستان
    # برگزار خواهد شد»): the first trigger's clause tells the status
    stop = min((i for i in (ltext.find(ch, first, last) for ch in "؛;") if i >= 0), default=last + 1)
    if doc.lang == "fa" and (done := _FA_DONE_AND.search(ltext, first, last)):
        # «... در جریان سفر ... نهایی شده بود و آلبانیزی ... گفته بود ... خواهد رفت»: a past verb and «و» close
        # the first clause; what the next one says will happen is not the first trigger's status
        stop = min(stop, done.start())
    typed = [t for t in typed if t[0] < stop]
    if all(t.kind == "visit" for _, _, t in typed) and any(
            "departure" in ks and any(s < te + 20 and e > ts - 80 for ts, te, _ in typed) for s, e, ks in cue_hits):
        return "planned"  # "left for Washington on an official visit": the meetings are ahead
    for ts, te, _ in typed:
        for s, e, ks in cue_hits:
            if "planned" not in ks and "planned_after" not in ks:  # a longer phrase shadows «سيعقد», "will"
                continue
            if s < te and e > ts:
                return "planned"  # the trigger carries its own future («خواهند رفت», «سيلتقي»)
            if s >= te:
                lo, hi, limit = te, s, 20
            elif doc.lang == "fa" and _finite(doc, ts, te):
                continue  # «... در سال آینده گفت‌وگو کردند»: a past verb is told as done, whatever its object says
            else:  # Persian puts the verb last: «قرار است ... با پوتین دیدار کند»
                lo, hi, limit = e, ts, _BEFORE_WINDOW.get(doc.lang, 45)
            if 0 <= hi - lo <= limit and not any(ch in ltext[lo:hi] for ch in ":«\"؛") \
                    and not (s < ts and doc.lang == "fa" and _CLOSED_FA.search(ltext, lo, hi)):
                return "planned"
    window = 160 if doc.lang == "fa" else 90  # the Persian verb closes its clause, after the whole object
    if any("planned_after" in ks and 0 <= s - te <= window and not any(ch in ltext[te:s] for ch in ".،,؛;:«\"")
           for ts, te, _ in typed for s, e, ks in cue_hits):
        return "planned"  # "the next meeting of the Joint Commission will be held in Addis Ababa"
    return "occurred"


def _imperfect(doc: Document, sent: Span, typed) -> bool:
    """An Arabic body sentence whose first trigger is a verb in the imperfect («ثم يلتقي رئيس …», «يستقبل
    الرئيس اليوم …»): what is still ahead (``imperfect``); not a headline, which writes the day's news so
    («الرئيس يستقبل …»), nor after «كان» / «قد» (``imperfect_past``), a past habit."""
    if doc.lang != "ar" or doc.ltext[sent.end - 1:sent.end] not in (".", "!"):
        return False
    ts = min(t[0] for t in typed)
    opening = _WORD.match(doc.ltext, sent.start).group()  # «ويبدأ لولا يومه بلقاء …»
    if not {_WORD.match(doc.ltext, ts).group(), opening, opening[1:] if opening[:1] in "وف" else ""} \
            & words_of("imperfect", "ar"):
        return False
    before = doc.ltext[max(sent.start, ts - 30):ts].split()
    return not any(w in words_of("imperfect_past", "ar") for w in before[-3:])


_WORD = re.compile(r"\w*")


def _background(cue_hits, typed) -> bool:
    """A passing reference: the first trigger has a background cue shortly before it («با اشاره به
    دیدار», «مشيراً إلى أن زيارة»), holding it ("last visited", "previously met") or right after it («دیدار
    سال گذشته», "meetings over the past decades")."""
    ts, te, _ = min(typed, key=lambda t: t[0])  # the sentence's first trigger tells what it reports
    # «با اشاره به», "referring to" point at what follows them: only before the trigger
    pointing = [(s, e) for s, e, ks in cue_hits if "pointing" in ks]
    marks = [(s, e) for s, e, ks in cue_hits if "background" in ks and (s, e) not in pointing]
    previously = [(s, e) for s, e, ks in cue_hits if "previously" in ks]
    return any(0 <= ts - e <= 30 for s, e in marks + pointing) or any(s < te and e > ts for s, e in marks) \
        or any(0 <= s - te <= 40 for s, e in marks) or any(0 <= ts - e <= 100 for s, e in previously)


def _choose_sides(ctx: Context, etype: str, sent: Span, kinds: set[str], cue_kinds: set[str],
                  sides: list[Side], ms: list[Mention], lead: Lead | None, seen_any: bool) -> Candidate | None:
    best: dict[str, int] = {}
    order: list[str] = []
    for s in sides:
        if s.strength == 1 and is_locative(ctx.doc.ntext, s.mention):
            continue  # «در ترکمنستان»: where, not who
        if s.posted and "body" in cue_kinds:
            continue  # an envoy to Saudi Arabia received by the GCC's secretary general meets no Saudi
        if "facility" in cue_kinds and s.mention.kind == "place":
            continue  # «از پایگاه دریایی یوکوسوکا بازدید خواهد کرد»: the base's town is no side
        if s.strength == 2 and s.mention.kind in ("country", "demonym") and ctx.doc.lang in ("fa", "en") \
                and _in_locative_list(ctx, s.mention, ms):
            continue  # «در سوریه و عراق»: both places (Arabic «وزراء ... في العراق وتركيا» is "of")
        best[s.country] = max(best.get(s.country, 0), s.strength)
        if s.country not in order:
            order.append(s.country)
    met = {s.country for s in sides if s.mention.kind == "counterpart"}
    if len(order) > len(met):  # "the Minister met his Vietnamese counterpart": the one met is not the one acting
        order.sort(key=lambda c: c in met)
    for c in [c for c in order if all(s.posted for s in sides if s.country == c)]:
        # "India's High Commissioner to Australia received him at the airport": where the envoy serves is no side
        order.remove(c)
        del best[c]
    away = attendees(ctx.doc, sides, sent.start, sent.end)
    if "multilateral" in cue_kinds and len(away) >= 3:
        away = set()  # «الاجتماع … بمشاركة وزراء عن أستراليا وتشيلي وفيجي …»: the gathering's members, not onlookers
    if away and words_re("together_with", ctx.doc.lang).search(ctx.doc.ltext, sent.start, sent.end) \
            and len([c for c in order if best[c] >= 2 and c not in away]) < 2:
        # «وانگ یی و دونگ جون … به همراه سوگیونو وزیر خارجه و شفری شمس‌الدین وزیر دفاع اندونزی … نشست … را برگزار
        # خواهند کرد»: ministers "together with" whom the meeting is held, when no one else is met, are its other side
        away -= {s.country for s in sides if s.country in away and s.role in _PRINCIPALS}
    strong = [c for c in order if best[c] >= 2 and c not in away]
    strong = [c for c in strong if c in drop_topic_pairs(sides, strong, ms, ctx.doc.ntext)]
    if _one_group_alone(sides, strong) and not words_re("gathering_held", ctx.doc.lang).search(
            ctx.doc.ltext, sent.start, sent.end):
        return None  # «کشورهای آسیای مرکزی … با کشورهای عربی … رایزنی داشتند»: a group with someone unnamed
    from_context = False
    of_past = len(ctx.recent_past) >= 2 and set(strong) <= set(ctx.recent_past) \
        and bool(words_re("that_event", ctx.doc.lang).search(ctx.doc.ltext, sent.start, min(sent.end, sent.start + 40)))
    if of_past:
        # «بلوسوف پیش‌تر ... در تاشکند با ... دیدار کرده بود. در آن سفر، دو وزیر ... امضا کردند»: the trip just
        # told in passing, not the article's news
        strong, from_context = sorted(ctx.recent_past), True
    if len(strong) == 1 and (who := _previous_subject(ctx.doc, sent)) is not None and who.country != strong[0] \
            and _pronoun_opens(ctx.doc, sent, ms):
        # "Nakatani's trip marks the first visit … He and Ahn will hold talks", "In London on Monday he held talks
        # with X": a pronoun opening the sentence (after a time or place) is the one who opens the sentence before
        strong, from_context = sorted({who.country, strong[0]}), True
        if who.entity_id:  # the pronoun's person
            sides = sides + [Side(who.country, 3, who, who.entity_id, True)]
    if len(strong) == 1 and ctx.recent_agent not in (None, strong[0]) \
            and _bare_office_subject(ctx.doc, sent, sides, ms):
        # «وأوضح البيان أن الوزير استقبل … وزير الدفاع الإندونيسي», "the minister received …": the one who
        # held the meetings told before
        strong, from_context = sorted({ctx.recent_agent, strong[0]}), True
    if len(strong) == 1 and len({s.person for s in sides if s.country == strong[0] and s.person}) >= 2 \
            and not _honorific_subject(ctx.doc, sent) and "pair_people" not in cue_kinds \
            and not objects_of_with(ctx.doc, [s for s in sides if s.country == strong[0]], sent):
        return None  # two officials of one country meeting: "the defence minister called on the army chief"
    if len(strong) < 2 and cue_kinds & {"facility", "body"}:
        return None
    if len(strong) > 2 and "two" in cue_kinds and "multilateral" not in cue_kinds:
        # «محادثات أجراها الزعيمان ... بعد تحالفيها مع الولايات المتحدة ونيوزيلندا», "the two ministers also
        # discussed ties with X, Y and Z": two sides, the pair told before
        named = sorted({s.country for s in sides if s.strength >= 3 and s.country in strong})
        # (first the two the sentence names with their people: "X met the Italian minister Y, and the two ...")
        pair = next((list(p) for p in (named, ctx.recent, lead.countries if lead else ()) if len(p) == 2), None)
        if pair is not None:
            strong, from_context = sorted(pair), True
    elif len(strong) == 2 and "two" in cue_kinds and "multilateral" not in cue_kinds and len(ctx.recent) == 2 \
            and not of_past and set(ctx.recent) != set(strong) and all(pair_only(s) for s in sides if s.country in strong):
        # «دو وزیر درباره ... درگیری‌های میان هند و پاکستان گفت‌وگو کردند»: "the two ministers" are the pair
        # just told; the two countries named by name only are what they talked about
        strong, from_context = sorted(ctx.recent), True
    if len(strong) == 2 and "multilateral" in cue_kinds and lead is not None \
            and _trilateral_meeting(ctx.doc, sent):
        # «جمع الرئيس كاغامي والرئيس الكونغولي في لقاء ثلاثي»: the host who brought two together, left to
        # the context, is the article's other side
        missing = [c for c in lead.countries if c not in strong]
        if len(missing) == 1 and len(lead.countries) == 2 and set(order) <= set(strong) | set(missing):
            strong = strong + missing
    if len(strong) == 1 and "two" in cue_kinds and "receive" in kinds and len(ctx.recent) == 2 \
            and strong[0] not in ctx.recent:
        # «وعقب التوقيع استقبل ترامب الوزيرين», "Trump then received the two ministers": the pair just told, met
        # by the one who received them
        strong, from_context = sorted({*ctx.recent, strong[0]}), True
    if not strong and "two" in cue_kinds and len(ctx.recent) == 2:
        # «ووقعت الوزيرتان في ختام اللقاء», "the two ministers then signed": the pair of the last meeting told
        strong, from_context = sorted(ctx.recent), True
    if len(strong) == 1 and "pair_people" in cue_kinds and not ctx.recent:
        # «وزیر … رواندا و وزیر خارجه موزامبیک … ریاست نشست … وزیران دو کشور را بر عهده داشتند»: the two named
        # (not a country named after "about": «دو وزیر … درباره تحرکات ناوگان روسیه»)
        about = words_re("about", ctx.doc.lang)
        weak = {s.country for s in sides if s.strength == 1 and s.country != strong[0]
                and not about.search(ctx.doc.ltext, sent.start, s.mention.start)}
        if len(weak) == 1:
            strong = sorted({strong[0], *weak})
    told_again = anaphoric_phrase(ctx.doc, sent.start, sent.end) if len(strong) < 2 else False
    if not strong and len(ctx.recent) >= 3 and told_again:
        # «در پایان نشست، پروتکلی به امضای طرفین رسید» right after a meeting of five: its sides
        strong, from_context = sorted(ctx.recent), True
    if len(strong) < 2 and _counterparts_untold(ctx.doc, ms):
        return None  # «با چهار همتای خارجی خود دیدار کرد», "met his counterparts": the meetings are told after
    if len(strong) < 2:
        filled = _fill_sides(strong, order, best, lead, cue_kinds | ({"signing"} if etype == "SIGN" else set()),
                             seen_any, [] if told_again else ctx.recent,
                             ctx.recent_agent, ctx.recent_group)
        if filled is None:
            return None
        strong, from_context = filled, True
    countries = sorted(set(strong))
    kept = [s for s in sides if s.country in countries]
    if from_context and ctx.host and ctx.host[0].country in countries and ctx.host[0].country not in best:
        kept += ctx.host  # «والتقى معاليه X»: the host's own name
    return Candidate(etype, [sent], set(kinds), set(cue_kinds), kept, countries, order, "occurred", False,
                     from_context=from_context, mentions=ms, of_past=of_past)


def _no_one_met(doc: Document, hit) -> bool:
    """A Persian meeting noun with no one after it («پس از دیدار به خبرنگاران گفت», «پس از دیدار، …»: after the
    meeting told)."""
    if doc.lang != "fa":
        return False
    rest = doc.ltext[hit[1]:hit[1] + 12].lstrip()
    return rest[:1] in ("،", ",") or rest.split()[:1] == ["به"]  # not «دیدار با …», «دیدار دو وزیر»


def _a_thing_arrives(doc: Document, sent: Span, at: int, ms: list[Mention]) -> bool:
    """"The first six aircraft are expected to arrive", «وصلت الفرقاطة»: a vehicle named shortly before a visit
    trigger at ``at``, and no one named before it in the sentence (``ms``: its mentions)."""
    if not words_re("vehicles", doc.lang).search(doc.ltext, max(sent.start, at - 40), at):
        return False
    return not any(m.kind in ("person", "role", "title") and m.start < at for m in ms)


def _dated_just_ahead(doc: Document, sent: Span) -> bool:
    """The sentence's own day lies in the next two weeks, and read as past it would be most of a year back: told
    in the present, what is still ahead."""
    if not any(d.data.get("yearless") and sent.start <= d.start < sent.end for d in doc.dates):
        return False  # (the common case: no day without its year in the sentence, nothing to resolve)
    ahead = told_date(doc, sent, "planned")
    if ahead is None or ahead.value is None or ahead.precision not in (None, "day") \
            or ahead.data.get("source") != "sentence" or ahead.kind != "absolute" or not ahead.data.get("yearless"):
        return False  # (a day without its year: "from August 4 to 8")
    ref = reference_date(doc)
    if ref is None or ref.value is None or not 0 < (ahead.value - ref.value).days <= _JUST_AHEAD:
        return False
    back = told_date(doc, sent, "occurred")
    return back is None or back.value is None or (ref.value - back.value).days > 300


_JUST_AHEAD = 14  # days


def _outside_days(doc: Document, cue_hits):
    """The cue hits not inside a day's date («يوم الجمعة الماضي», "last Friday": the «الماضي» of a recent day
    is no sign of a past event)."""
    days = doc.cached("day_spans", (doc.dates,), lambda: [(d.start, d.end) for d in doc.dates if d.precision == "day"])
    if not days:
        return cue_hits
    return [h for h in cue_hits if not any(a <= h[0] and h[1] <= b for a, b in days)]


def _one_group_alone(sides: list[Side], strong: list[str]) -> bool:
    """Every side is a member of one group named as one («کشورهای آسیای مرکزی»): the group meets no one the
    sentence names."""
    mentions = {id(s.mention) for s in sides if s.country in strong}
    return len(strong) >= 2 and len(mentions) == 1 and all(s.mention.kind == "org" for s in sides if s.country in strong)


def _multilateral_meeting(doc: Document, sent: Span, cue_hits: list[tuple[int, int, set[str]]]) -> bool:
    """The sentence's multilateral cue («سه جانبه», "trilateral") describes its meeting: not when the
    meetings were held one by one ("He separately held talks with X … on the trilateral exercise"), nor
    when the cue is only what they talked about («… درباره رزمایش دریایی سه جانبه گفت‌وگو کرد»)."""
    if words_re("separate", doc.lang).search(doc.ltext, sent.start, sent.end):
        return False
    return not all(_about(doc, sent, s) for s, _, ks in cue_hits if "multilateral" in ks)


def _about(doc: Document, sent: Span, at: int) -> bool:
    """A word opening the topic («درباره», «حول», "about") stands shortly before ``at`` in its sentence (a list of
    topics may come between: «درباره رزمایش آیوتایا، گشت‌های هماهنگ و رزمایش سه جانبه»)."""
    return words_re("about", doc.lang).search(doc.ltext, max(sent.start, at - 80), at) is not None


def _during(doc: Document, at: int) -> bool:
    """«خلال زيارة», "during his visit": a word of "during" in the few words before a trigger at ``at``."""
    return any(len(doc.ltext[m.end():at].split()) <= 1
               for m in words_re("during", doc.lang).finditer(doc.ltext, max(0, at - 20), at))


def _counterparts_untold(doc: Document, ms: list[Mention]) -> bool:
    """Counterparts in the plural or counted («همتایان», «چهار همتای», "four counterparts") whom the sentence
    gives no country."""
    for m in ms:
        if m.kind != "counterpart":
            continue
        before = doc.ltext[max(0, m.start - 12):m.start].split()
        if fold(m.text) in words_of("plural_counterparts", None) or (before and _COUNTED.fullmatch(before[-1])):
            return True
    return False


_PRINCIPALS = frozenset({"president", "prime-minister", "foreign-minister", "defense-minister", "monarch", "pope",
                         "vice-president", "chief-of-staff"})


def _fill_sides(strong: list[str], order: list[str], best: dict[str, int], lead: Lead | None,
                cue_kinds: set[str], seen_any: bool, recent: list[str] = (),
                recent_agent: str | None = None, recent_group: list[str] = ()) -> list[str] | None:
    """Complete a sentence that names fewer than two sides from the article's lead pair (or, for a side the
    lead lacks, from the pair of the last meeting told: "He will also call on the Prime Minister of ROK";
    or, after "also", with the one who held the last meeting or a host told meeting guests one by one:
    «كما التقى الوزير بوزير ... الإمارات», «والتقى معاليه ...»; or, for «سه وزیر», "the three ministers",
    with the sides of the last meeting of three or more told; or with the one other country the sentence
    names in passing, when it is the lead's, or the sentence's side is the host of the last meeting)."""
    if not strong and "multilateral" in cue_kinds:
        # «وزیران دفاع پنج کشور آسیای مرکزی گرد هم آمدند»: the group told before, not the article's pair
        return list(recent_group) if recent_group else None
    if not strong and "parties" in cue_kinds and recent_group:
        return list(recent_group)  # "Following the negotiations, the parties signed a protocol"
    if lead and len(strong) == 1 and strong[0] not in lead and strong[0] in recent:
        return sorted(recent)
    if lead and len(strong) == 1 and strong[0] not in lead and "multilateral" in cue_kinds \
            and len(lead.countries) == 2:
        return sorted({*lead.countries, strong[0]})  # «دو وزیر ... نشست سه‌جانبه‌ای با وزیر دفاع آمریکا»
    if len(strong) == 1 and "also" in cue_kinds and recent_agent and strong[0] not in recent:
        return sorted({recent_agent, strong[0]})
    if lead and lead.agent:  # "Li will visit Russia and Belarus": the agent and the one side named here
        return sorted({lead.agent, strong[0]}) if len(strong) == 1 and strong[0] in lead and \
            strong[0] != lead.agent else None
    weak = [c for c in order if best[c] == 1 and c != strong[0]] if len(strong) == 1 else []
    if lead and len(strong) == 1 and strong[0] not in lead and len(weak) == 1 and weak[0] in lead and not lead.told:
        # a new side beside one of the article's own named in passing ("the Commander of the Kenya Navy hosted
        # the officers of two Indian Navy ships"): those two
        return [strong[0], weak[0]]
    if lead and lead.told and len(weak) == 1 and weak[0] not in lead and strong[0] == recent_agent:
        # the host of the last meeting receives another guest («... استقبل رئيس أركان البحرية
        # الإندونيسية»): the sentence's own country, not the last meeting's other side
        return [strong[0], weak[0]]
    if len(strong) == 1 and "pair" in cue_kinds and len(recent) == 2 and strong[0] in recent \
            and (lead is None or len(lead.countries) != 2):
        return sorted(recent)  # «سران دو کشور» in an article about three: the pair told last
    if lead and len(strong) == 1 and strong[0] in lead:
        return list(lead)
    if len(strong) == 1:
        # Without a lead pair to go by, a single country merely named beside the side may be the
        # other side («سفر وزیر دفاع پاکستان به چین»); with one, it is more likely a topic.
        if len(weak) == 1 and not lead:
            return [strong[0], weak[0]]
        return None
    if not strong and "pair_people" in cue_kinds and len(recent) == 2 and lead and set(recent) != set(lead.countries):
        return sorted(recent)
    if lead and ("pair" in cue_kinds or not seen_any or _pair_documents(cue_kinds, lead)):
        return list(lead)
    return None


def _in_locative_list(ctx: Context, m: Mention, ms: list[Mention]) -> bool:
    """A country coordinated in a list that «در» / «في» / "in" opens: a place, not a side."""
    i = next((k for k, x in enumerate(ms) if x is m), None)
    if i is None:
        return False
    listed = coordinated(ms, i, ctx.doc.ntext, -1)
    return any(is_locative(ctx.doc.ntext, ms[j]) for j in listed)


def _pair_documents(cue_kinds: set[str], lead: Lead) -> bool:
    """"Two agreements were signed": documents of the article's pair, not of a summit («وثائق القمة»)."""
    return {"signing", "documents"} <= cue_kinds and not lead.told and \
        not cue_kinds & {"multilateral", "third_country"}


def _in_brackets(ntext: str, sent: Span, pos: int) -> bool:
    """``pos`` stands inside brackets opened in its sentence: an aside ("cooperation between NATO and its
    Indo-Pacific partners (Japan, Australia, New Zealand and the Republic of Korea)"), not the sides the
    sentence tells — unless an office before it makes them its people («وزراء دفاع دول الساحل (مالي
    وبوركينا فاسو والنيجر)», checked by the caller)."""
    opened = ntext.rfind("(", sent.start, pos)
    return opened >= 0 and ntext.find(")", opened, pos) < 0


def lead_pair(ctx: Context) -> Lead | None:
    """The sides the article is about: the first sentence of its first paragraphs tying two or more
    countries together with strength 2 or more (a pair, a role with countries, two persons)."""
    headlines = headline_lines(ctx.doc)
    body = [p for p in ctx.doc.paragraphs if p not in headlines][:3]
    opening = [s for p in body + headlines for s in ctx.doc.sentences if p.start <= s.start < p.end]
    found = []
    for i, sent in enumerate(opening):
        told = _told_mentions(ctx.doc, sent)
        sides = [s for s in sides_in(ctx, told) if s.strength >= 2 and not (
            s.mention.kind == "country" and _in_brackets(ctx.doc.ntext, sent, s.mention.start)
            and not any(m.kind in ("role", "role-plural") and m.start < s.mention.start for m in told))]
        if len({s.country for s in sides}) >= 2:
            found.append((i, sides))
            if len({s.country for s in sides}) == 2:
                break  # the first pair is the lead whatever the later sentences hold
    if not found:
        return None
    # A pair is the usual lead; a list of three or more only when no opening sentence has a pair.
    i, sides = min(found, key=lambda f: (len({s.country for s in f[1]}) != 2, f[0]))
    countries = sorted({s.country for s in sides})
    sent = opening[i]
    hits = trigger_hits(ctx.doc.ltext[sent.start:sent.end], ctx.doc.lang)
    groups = side_groups(ctx.doc, sides, countries, sent.start + (hits[0][0] if hits else 0), sent.end)
    agents = set.intersection(*[set(g) for g in groups]) if groups else set()
    # A side the lead names without a person («وزيرا دفاع إيران وطاجيكستان») takes the first person
    # of that country named in the next opening sentences — unless the lead names someone the KB does
    # not know and gives no country, who is that side's («برئاسة الزعابي ... وأرامانى سكرتير الدفاع الهندي»).
    unnamed = {c for c in countries if not any(s.person for s in sides if s.country == c)}
    if any(m.kind == "person" and m.entity_id is None and m.country is None for m in mentions_in(ctx.doc, sent)):
        unnamed = set()
    for later in opening[i + 1:i + 4]:
        for s in sides_in(ctx, mentions_in(ctx.doc, later)):
            if s.country in unnamed and s.person and s.strength >= 3:
                sides.append(s)
                unnamed.discard(s.country)
    return Lead(countries, sides, next(iter(agents)) if len(agents) == 1 else None)
