"""Accuracy gates: the shared scorer on the public dev set and on rasad's own test articles.

The dev set is five real pages (read from ../shared); the test articles are written for rasad in
the style of real news, in three languages, mostly for country pairs far from Iran's
(tests/data/articles); the held-out articles (tests/data/heldout) were written apart and are only
scored, never read, by the developers. A drop below the bars fails the suite.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from rasad.pipeline import process
from rasad.readers import document_from_record

HERE = Path(__file__).resolve().parent
ARTICLES = HERE.parent / "data" / "articles" / "gold.jsonl"
ARTICLES2 = HERE.parent / "data" / "articles2" / "gold.jsonl"
HELDOUT = HERE.parent / "data" / "heldout" / "gold.jsonl"
ARTICLES3 = HERE.parent / "data" / "articles3" / "gold.jsonl"
ARTICLES4 = HERE.parent / "data" / "articles4" / "gold.jsonl"
ARTICLES5 = HERE.parent / "data" / "articles5" / "gold.jsonl"
ARTICLES6 = HERE.parent / "data" / "articles6" / "gold.jsonl"
ARTICLES7 = HERE.parent / "data" / "articles7" / "gold.jsonl"
ARTICLES8 = HERE.parent / "data" / "articles8" / "gold.jsonl"
ARTICLES9 = HERE.parent / "data" / "articles9" / "gold.jsonl"
ARTICLES10 = HERE.parent / "data" / "articles10" / "gold.jsonl"
ARTICLES11 = HERE.parent / "data" / "articles11" / "gold.jsonl"
ARTICLES12 = HERE.parent / "data" / "articles12" / "gold.jsonl"
ARTICLES13 = HERE.parent / "data" / "articles13" / "gold.jsonl"
ARTICLES14 = HERE.parent / "data" / "articles14" / "gold.jsonl"
ARTICLES15 = HERE.parent / "data" / "articles15" / "gold.jsonl"
ARTICLES16 = HERE.parent / "data" / "articles16" / "gold.jsonl"
ARTICLES17 = HERE.parent / "data" / "articles17" / "gold.jsonl"
ARTICLES18 = HERE.parent / "data" / "articles18" / "gold.jsonl"
ARTICLES19 = HERE.parent / "data" / "articles19" / "gold.jsonl"
ARTICLES20 = HERE.parent / "data" / "articles20" / "gold.jsonl"
ARTICLES21 = HERE.parent / "data" / "articles21" / "gold.jsonl"
ARTICLES22 = HERE.parent / "data" / "articles22" / "gold.jsonl"
ARTICLES23 = HERE.parent / "data" / "articles23" / "gold.jsonl"
ARTICLES24 = HERE.parent / "data" / "articles24" / "gold.jsonl"
ARTICLES25 = HERE.parent / "data" / "articles25" / "gold.jsonl"
ARTICLES26 = HERE.parent / "data" / "articles26" / "gold.jsonl"
ARTICLES27 = HERE.parent / "data" / "articles27" / "gold.jsonl"
ARTICLES28 = HERE.parent / "data" / "articles28" / "gold.jsonl"
ARTICLES29 = HERE.parent / "data" / "articles29" / "gold.jsonl"
ARTICLES30 = HERE.parent / "data" / "articles30" / "gold.jsonl"
ARTICLES31 = HERE.parent / "data" / "articles31" / "gold.jsonl"
ARTICLES32 = HERE.parent / "data" / "articles32" / "gold.jsonl"
ARTICLES33 = HERE.parent / "data" / "articles33" / "gold.jsonl"
ARTICLES34 = HERE.parent / "data" / "articles34" / "gold.jsonl"
ARTICLES35 = HERE.parent / "data" / "articles35" / "gold.jsonl"
ARTICLES36 = HERE.parent / "data" / "articles36" / "gold.jsonl"
ARTICLES37 = HERE.parent / "data" / "articles37" / "gold.jsonl"
ARTICLES38 = HERE.parent / "data" / "articles38" / "gold.jsonl"
ARTICLES39 = HERE.parent / "data" / "articles39" / "gold.jsonl"
ARTICLES40 = HERE.parent / "data" / "articles40" / "gold.jsonl"
ARTICLES41 = HERE.parent / "data" / "articles41" / "gold.jsonl"
ARTICLES42 = HERE.parent / "data" / "articles42" / "gold.jsonl"
ARTICLES43 = HERE.parent / "data" / "articles43" / "gold.jsonl"
ARTICLES44 = HERE.parent / "data" / "articles44" / "gold.jsonl"
ARTICLES45 = HERE.parent / "data" / "articles45" / "gold.jsonl"
ARTICLES46 = HERE.parent / "data" / "articles46" / "gold.jsonl"
ARTICLES47 = HERE.parent / "data" / "articles47" / "gold.jsonl"
ARTICLES48 = HERE.parent / "data" / "articles48" / "gold.jsonl"
ARTICLES49 = HERE.parent / "data" / "articles49" / "gold.jsonl"
ARTICLES50 = HERE.parent / "data" / "articles50" / "gold.jsonl"
ARTICLES51 = HERE.parent / "data" / "articles51" / "gold.jsonl"
ARTICLES52 = HERE.parent / "data" / "articles52" / "gold.jsonl"
ARTICLES53 = HERE.parent / "data" / "articles53" / "gold.jsonl"
ARTICLES54 = HERE.parent / "data" / "articles54" / "gold.jsonl"
ARTICLES55 = HERE.parent / "data" / "articles55" / "gold.jsonl"
ARTICLES56 = HERE.parent / "data" / "articles56" / "gold.jsonl"
ARTICLES57 = HERE.parent / "data" / "articles57" / "gold.jsonl"
ARTICLES58 = HERE.parent / "data" / "articles58" / "gold.jsonl"
ARTICLES59 = HERE.parent / "data" / "articles59" / "gold.jsonl"
ARTICLES60 = HERE.parent / "data" / "articles60" / "gold.jsonl"
ARTICLES61 = HERE.parent / "data" / "articles61" / "gold.jsonl"
ARTICLES62 = HERE.parent / "data" / "articles62" / "gold.jsonl"
ARTICLES63 = HERE.parent / "data" / "articles63" / "gold.jsonl"
ARTICLES64 = HERE.parent / "data" / "articles64" / "gold.jsonl"
ARTICLES65 = HERE.parent / "data" / "articles65" / "gold.jsonl"
ARTICLES66 = HERE.parent / "data" / "articles66" / "gold.jsonl"
ARTICLES67 = HERE.parent / "data" / "articles67" / "gold.jsonl"
ARTICLES68 = HERE.parent / "data" / "articles68" / "gold.jsonl"
ARTICLES69 = HERE.parent / "data" / "articles69" / "gold.jsonl"
ARTICLES70 = HERE.parent / "data" / "articles70" / "gold.jsonl"
ARTICLES71 = HERE.parent / "data" / "articles71" / "gold.jsonl"
ARTICLES72 = HERE.parent / "data" / "articles72" / "gold.jsonl"
ARTICLES73 = HERE.parent / "data" / "articles73" / "gold.jsonl"
ARTICLES74 = HERE.parent / "data" / "articles74" / "gold.jsonl"
ARTICLES75 = HERE.parent / "data" / "articles75" / "gold.jsonl"
ARTICLES76 = HERE.parent / "data" / "articles76" / "gold.jsonl"
ARTICLES77 = HERE.parent / "data" / "articles77" / "gold.jsonl"
ARTICLES78 = HERE.parent / "data" / "articles78" / "gold.jsonl"
ARTICLES79 = HERE.parent / "data" / "articles79" / "gold.jsonl"
ARTICLES80 = HERE.parent / "data" / "articles80" / "gold.jsonl"
ARTICLES81 = HERE.parent / "data" / "articles81" / "gold.jsonl"
ARTICLES82 = HERE.parent / "data" / "articles82" / "gold.jsonl"
ARTICLES83 = HERE.parent / "data" / "articles83" / "gold.jsonl"
SCORER = HERE.parents[1].parent / "shared" / "eval" / "score.py"


def shared_dir() -> Path:
    """``shared/`` beside the repository (the CI layout), else ``$RASAD_SHARED``."""
    beside = HERE.parents[1].parent / "shared"
    if beside.is_dir() or not os.environ.get("RASAD_SHARED"):
        return beside
    return Path(os.environ["RASAD_SHARED"])

# Bars: the dev set is small and was seen while building; the own articles are the broader check.
DEV_BARS = {"f1": 0.90, "person_recall": 0.90}
ARTICLE_BARS = {"f1": 0.94, "person_recall": 0.95, "status_acc": 0.95, "date_acc": 0.95, "location_acc": 0.88}
# The held-out articles were written by someone else for blind scoring; developers read only this score.
HELDOUT_BARS = {"f1": 0.93, "person_recall": 0.89}
# The 80 real pages of ../shared/eval/real (fa/ar/en, mostly pairs far from Iran): the target is
# F1, person recall, date and location >= 0.90 overall and >= 0.85 per language; rasad reaches F1 0.964,
# persons 0.964, date 1.0, location 0.98; ar 0.97, en 0.99, fa 0.93, and the bars sit just below.
REAL_BARS = {"f1": 0.95, "person_recall": 0.96, "date_acc": 0.95, "location_acc": 0.96}
REAL_LANGUAGE_F1 = 0.91
# Event structure (several meetings in one article, trilateral, calls, clutter lists): tests/data/articles3.
ARTICLES3_BARS = {"f1": 1.00, "person_recall": 0.97, "date_acc": 0.95, "location_acc": 0.95, "status_acc": 0.95}
# Country pairs far from Iran (Africa, Latin America, East and Southeast Asia, Europe): tests/data/articles4.
# A fifth set written blind (F1 0.87, persons 1.0 when first scored; 1.0 / 1.0 after the fixes it showed):
# tests/data/articles5. A sixth, written blind after those fixes (first scored: F1 0.78, persons 0.91;
# after the fixes it showed: F1 0.97, persons 0.93, location 0.82): tests/data/articles6.
ARTICLES5_BARS = {"f1": 1.00, "person_recall": 1.00, "date_acc": 0.95, "location_acc": 0.92, "status_acc": 0.97}
ARTICLES6_BARS = {"f1": 0.96, "person_recall": 1.00, "date_acc": 0.95, "location_acc": 0.78, "status_acc": 0.95}
# A seventh, written blind at the end of that work (first scored: F1 0.85, persons 0.96): tests/data/articles7.
ARTICLES7_BARS = {"f1": 1.00, "person_recall": 1.00, "date_acc": 0.94, "location_acc": 0.94, "status_acc": 0.97}
# An eighth, written blind last (first scored: F1 0.885, persons 0.96): tests/data/articles8.
ARTICLES8_BARS = {"f1": 1.00, "person_recall": 1.00, "date_acc": 0.97, "location_acc": 0.90, "status_acc": 0.97}
# A ninth, written blind on 2026-12-06 (first scored: F1 0.873, persons 0.89, location 0.81): tests/data/articles9.
ARTICLES9_BARS = {"f1": 1.00, "person_recall": 0.98, "date_acc": 0.92, "location_acc": 0.86, "status_acc": 0.92}
# A tenth, written blind after those fixes (first scored: F1 0.873, persons 0.98): tests/data/articles10.
ARTICLES10_BARS = {"f1": 0.98, "person_recall": 1.00, "date_acc": 0.95, "location_acc": 0.95, "status_acc": 0.95}
# An eleventh, written blind on harder pages (long, several days of one trip; first scored: F1 0.84, P 0.74).
ARTICLES11_BARS = {"f1": 0.95, "person_recall": 0.97, "date_acc": 0.85, "location_acc": 0.80, "status_acc": 0.90}
# A twelfth, short press-office items, written blind last (first scored: F1 0.94): tests/data/articles12.
ARTICLES12_BARS = {"f1": 0.98, "person_recall": 0.94, "date_acc": 0.78, "location_acc": 0.88, "status_acc": 0.97}
# A thirteenth, Persian and Arabic desks on far pairs, written blind last (first scored: F1 0.912).
ARTICLES13_BARS = {"f1": 0.97, "person_recall": 0.98, "date_acc": 0.88, "location_acc": 0.94, "status_acc": 0.95}
# A fourteenth, defence ministries' own pages, written blind (first scored: F1 0.844).
ARTICLES14_BARS = {"f1": 0.91, "person_recall": 0.94, "date_acc": 0.87, "location_acc": 0.80, "status_acc": 0.87}
# A fifteenth, leaders' trips and summits, written blind last (first scored: F1 0.871).
ARTICLES15_BARS = {"f1": 0.94, "person_recall": 0.98, "date_acc": 0.92, "location_acc": 0.82, "status_acc": 0.97}
# Sixteenth to eighteenth, written blind together (first scored: F1 0.705, 0.889, 0.730): arms fairs and
# company contracts; military-to-military calls far from Iran; envoys, regional bodies and the Taliban.
ARTICLES16_BARS = {"f1": 0.88, "person_recall": 0.88, "date_acc": 0.82, "location_acc": 0.78, "status_acc": 0.95}
ARTICLES17_BARS = {"f1": 0.95, "person_recall": 0.92, "date_acc": 0.70, "location_acc": 0.88, "status_acc": 0.95}
ARTICLES18_BARS = {"f1": 0.81, "person_recall": 0.86, "date_acc": 0.85, "location_acc": 0.90, "status_acc": 0.90}
ARTICLES19_BARS = {"f1": 0.94, "person_recall": 0.92, "date_acc": 0.96, "location_acc": 0.92, "status_acc": 0.95}
ARTICLES20_BARS = {"f1": 0.93, "person_recall": 0.91, "date_acc": 0.77, "location_acc": 0.82, "status_acc": 0.95}
# articles21 (summits and state visits, round-ups; first scored F1 0.800): 0.857 after the airport-welcome,
# echo, "not expected to" and audience fixes; its locations are low (summit towns the places list lacks)
ARTICLES21_BARS = {"f1": 0.90, "person_recall": 0.97, "date_acc": 0.86, "location_acc": 0.58, "status_acc": 0.95}
# articles22 (calls, video calls, messages, joint commissions; first scored F1 0.825): 0.931 after the
# company, purchase and condolence-book signings, joint bodies named by their two countries, "will be held"
ARTICLES22_BARS = {"f1": 0.96, "person_recall": 1.00, "date_acc": 0.86, "location_acc": 0.75, "status_acc": 0.94}
# articles23 (weekly digests, tours, several delegations a morning; first scored F1 0.752): 0.842 after
# hosts meeting guests one by one («والتقى معاليه»), attachés, Navy ships' officers, long office titles;
# 0.877 after "the two ministers" who signed after the last meeting told
ARTICLES23_BARS = {"f1": 0.89, "person_recall": 0.87, "date_acc": 0.83, "location_acc": 0.69, "status_acc": 0.95}
# articles24 (dates and places are the hard part: late reports, Hijri and Solar Hijri days, datelines in
# another city, bases and ports; first scored F1 0.824, date 0.735, location 0.667): 0.837, date 0.771,
# location 0.765 after the year a plan is for, flights the night before, Marrakesh's Arabic name and the
# places' second round; 0.871 after a signing that frames a meeting («پس از امضای سند») and Hungarian names
ARTICLES24_BARS = {"f1": 0.96, "person_recall": 0.98, "date_acc": 0.76, "location_acc": 0.75, "status_acc": 0.95}
# articles25 (ordinary wire copy far from Iran: tours, sidelines, bases and venues, days from weekdays; first
# scored F1 0.805, location 0.774): 0.900 after «گفت‌وگو» spellings, "the two ministers", capitals named
# through their country and the places' Arabic and Persian names
ARTICLES25_BARS = {"f1": 0.95, "person_recall": 1.00, "date_acc": 0.92, "location_acc": 0.86, "status_acc": 0.97}
# articles26 (military-to-military contacts below the minister: chiefs of staff, service commanders,
# attachés, port calls, several officers per side; first scored F1 0.771, persons 0.750): 0.947 after
# inline "most read" lists, units' commanders as sides, signings that frame a meeting, two officers named
# Nguyen, a rank before a surname named in full, hopes to sign, consonant keys checked against spelling
ARTICLES26_BARS = {"f1": 0.94, "person_recall": 0.87, "date_acc": 0.80, "location_acc": 0.71, "status_acc": 0.97}
# articles27 (long pages whose news is buried among recalled meetings, quotes, delegation lists and company
# deals; first scored F1 0.739, precision 0.596): 0.819 after ceremonies of a company's contract, hopes and
# must-nots, quoted "today", "since" trips, a past verb with a future object, delegations after recollections,
# the Arabic pluperfect, Kosovo, «مسقط رأس» and «به زودی»
# Seventh round on articles16-27 (2026-12-07): plans told in the past («كان من المقرر», «قرار بود», "had been
# scheduled to"), meetings that did not take place, "may also meet", unconfirmed meetings, proposals and
# refusals to sign, a signing named as the time of something else, a bare office beside a named guest is the
# host's, bylines, "visiting forces": F1 16 0.816→0.845, 19 0.800→0.850, 20 0.889→0.903, 21 0.847→0.889,
# 22 0.947→0.964, 23 0.877→0.887, 24 0.871→0.894, 25 0.900→0.911, 27 0.819→0.829
ARTICLES27_BARS = {"f1": 0.92, "person_recall": 0.91, "date_acc": 0.85, "location_acc": 0.74, "status_acc": 0.95}
# articles28 (officials named in many ways: ranks and titles, acting, new and outgoing ministers, deputies,
# women, particles and nasab, native-order names, surnames alone; first scored F1 0.897, persons 0.739 with
# this round's fixes already in): the persons bar is the one to raise
ARTICLES28_BARS = {"f1": 0.90, "person_recall": 0.84, "date_acc": 0.94, "location_acc": 0.86, "status_acc": 0.97}
# articles29 (meetings of three or more sides, tours, hosts receiving several delegations, signings by several
# states; first scored F1 0.485, P 0.407, with this round's refusal and background-anaphor fixes in): 0.840
# after hosts' guests meeting together, pronoun agents meeting each, co-subjects after the verb, signing with
# a list, "separate bilateral meetings", witnesses, acting offices, long Arabic ministry titles, delegations
# listed after a meeting, a meeting as the subject, «رئيسي» as a dual
ARTICLES29_BARS = {"f1": 0.86, "person_recall": 0.85, "date_acc": 0.93, "location_acc": 0.68, "status_acc": 0.97}
# articles30 (everyday wire copy on pairs far from Iran; first scored F1 0.857, persons 0.809 — the session's
# start scored 0.868): 0.892 after attendees no longer split a told meeting, an unnamed group's gathering, and
# a Persian subject country before «با»
ARTICLES30_BARS = {"f1": 1.00, "person_recall": 0.88, "date_acc": 0.94, "location_acc": 0.88, "status_acc": 0.97}
# articles31 (no Middle-East side; officials' names in Persian and Arabic script are the hard part; first scored
# F1 0.845, persons 0.790 — the session's start scored the same): 0.941, persons 0.844 after the Arabic verb of
# talks before its subject, frames («وجاء التوقيع»), thanks for hosting, offices joined by «و», the parties of a
# gathering, names linked to the office's holder by their family name's consonants
ARTICLES31_BARS = {"f1": 0.94, "person_recall": 0.87, "date_acc": 0.93, "location_acc": 0.88, "status_acc": 0.95}
# articles32 (2026 news with office-holders appointed in 2025-2026; first scored F1 0.753, persons 0.839, the same
# as the session's start): 0.921 after a list of presidents met with the speaker's short name, "according to"
# sources, presidents-elect, frames before any noun, "any/no agreement", fleet headquarters, welcomed things,
# things jointly developed, "and the two", short names another person was named in full with
ARTICLES32_BARS = {"f1": 0.97, "person_recall": 0.92, "date_acc": 0.86, "location_acc": 0.64, "status_acc": 0.97}
# articles33 (the second half of 2025 far from the Middle East: 2+2 dialogues, joint commissions, courtesy and
# farewell calls, sidelines, joint statements; first scored F1 0.806, persons 0.844, the same as the session's
# start): 0.984 after "that trip" told of the past event told last, signings still in process or of an
# anniversary, relative-clause signers, late kings and regnal numbers, envoys of one country to another,
# companies' demonyms, leaders who joined the talks, an Arabic «يعقد … مع»
ARTICLES33_BARS = {"f1": 0.98, "person_recall": 0.90, "date_acc": 0.93, "location_acc": 0.80, "status_acc": 0.97}
# articles34 (the countries' own agencies and foreign-language services, 2024-2026; first scored F1 0.829,
# persons 0.812, the same as the session's start): 0.917 after a dateline city of two countries (the page
# crashed), courtesy calls one each, "with A and with B", "a day after", exchanged documents, "receive", a
# portfolio between an Arabic office and its country
ARTICLES34_BARS = {"f1": 0.94, "person_recall": 0.90, "date_acc": 0.84, "location_acc": 0.84, "status_acc": 0.97}
# articles35 (round-ups at multilateral gatherings and officials new in 2025-26; first scored F1 0.719, persons
# 0.904, the same as the session's start): 0.874 after own-name countries ("Khaled", "Phumtham"), lists of guests,
# meetings of one named, negations and recollections in a later clause, a listed round told one by one, a
# woman minister, gatherings hosted
ARTICLES35_BARS = {"f1": 0.90, "person_recall": 0.94, "date_acc": 0.90, "location_acc": 0.70, "status_acc": 0.97}
# articles36 (official readouts and releases, and desks re-reporting them; first scored F1 0.738, persons 0.912):
# 0.976 after heads of state in the Arabic construct, the imperfect of a day's programme, a programme's day for
# the meetings it lists, a release's dateline on a line of its own, a statement's release day, China's vice premier
ARTICLES36_BARS = {"f1": 0.98, "person_recall": 0.92, "date_acc": 0.93, "location_acc": 0.85, "status_acc": 0.92}
# articles37 (military to military: service chiefs, staff talks, chiefs' calls; first scored F1 0.712, persons
# 0.633): 0.960 after officers named by rank (a bracketed dateline, the home service's officers, a subject of a
# few words standing for the one told), the Indian Ocean that is no India, a site menu, joint bodies' sessions,
# a month named with one end of it, a dateline of city, country and day
ARTICLES37_BARS = {"f1": 0.96, "person_recall": 0.87, "date_acc": 0.90, "location_acc": 0.83, "status_acc": 0.97}
# articles38 (announcements, previews and what became of them; first scored F1 0.784, precision 0.674): 0.925
# after signings only expected, calls still discussed, things that arrive, conditions, tours of headquarters,
# a 2+2 announced, the Arabic futures of signing, a signing put off then promised, days just ahead, memoranda
# to be exchanged, the governments a meeting is between
ARTICLES38_BARS = {"f1": 0.93, "person_recall": 0.84, "date_acc": 0.87, "location_acc": 0.85, "status_acc": 0.90}
# articles39 (weekly round-ups, analyses and long reports of several weeks; first scored F1 0.697, precision
# 0.554): 0.831 after what is only floated, hoped or in process, 'instead of signing', procurement witnessed,
# a body's officer met by several countries, the leaders of a country as its side, last Friday as news
ARTICLES39_BARS = {"f1": 0.83, "person_recall": 0.87, "date_acc": 0.85, "location_acc": 0.86, "status_acc": 0.97}
# articles40 (interviews, press conferences, spoken accounts; first scored F1 0.788, precision 0.709): 0.925 after
# 'no plans for such a meeting', signings only expected or without a date, an agency's contract with a company, a
# host's round told with a bare office and his given names, Malaysian honorifics, Brunei's Second Minister, Arabic
# datelines with their date, a witness to a signing, 'received the two ministers'
ARTICLES40_BARS = {"f1": 0.92, "person_recall": 0.93, "date_acc": 0.88, "location_acc": 0.95, "status_acc": 0.97}
# articles41 (small and less-reported states; first scored F1 0.806, persons 0.762): 0.879 after Persian cues that
# follow the signing, a negation after "but", "this agreement" told again, the past N years, a paper's masthead,
# a bare office going abroad, the Pentagon in Washington
ARTICLES41_BARS = {"f1": 0.90, "person_recall": 0.75, "date_acc": 0.94, "location_acc": 0.69, "status_acc": 0.97}
# articles42 (the newest news, new office-holders; first scored F1 0.914): 0.971 after cities spelt unlike the KB
# (found by their consonants), the armed forces minister, defence dialogues, two bilateral meetings, a pronoun
# for the one who opens the sentence before, a trip called off long before
ARTICLES42_BARS = {"f1": 0.97, "person_recall": 0.94, "date_acc": 0.83, "location_acc": 0.88, "status_acc": 0.95}
# articles43 (East Asia as Persian and Arabic services retell it; first scored F1 0.810): 0.925 after a full name
# spelt unlike the KB, views exchanged 'with', Uruguay in Arabic
ARTICLES43_BARS = {"f1": 0.93, "person_recall": 0.92, "date_acc": 0.82, "location_acc": 0.76, "status_acc": 0.93}
# articles44 (port calls, exercises, deliveries and their look-alikes; first scored F1 0.745, precision 0.633):
# 0.809 after a masthead outranking a cited agency, a ministry's contract with a company, stressing a signing
ARTICLES44_BARS = {"f1": 0.80, "person_recall": 0.77, "date_acc": 0.73, "location_acc": 0.92, "status_acc": 0.92}
# articles45 (Spanish-, Portuguese- and French-speaking countries as other desks report them; first scored F1 0.800,
# scored after the stop's other fixes and before any for it): 0.824 after «ومن المنتظر أن تشهد … التوقيع» (awaited)
# and «التوقيع قريبا» (signing soon)
ARTICLES45_BARS = {"f1": 0.85, "person_recall": 0.85, "date_acc": 0.93, "location_acc": 0.83, "status_acc": 0.97}
# articles46 (regional newspapers of Africa, South and South-East Asia; first scored F1 0.806): 0.886 after a name
# ending at a trigger word with a pronoun, "Jr." in Arabic, a capital paired with a city-state, a Persian
# «قرار بود» after the trigger only for a signing (a meeting moved elsewhere was held)
ARTICLES46_BARS = {"f1": 0.91, "person_recall": 0.85, "date_acc": 0.94, "location_acc": 0.84, "status_acc": 0.94}
# articles47 (European defence ministers and chiefs with one another and with partners far away; first scored F1
# 0.881 at the stop's first commit): 0.968
ARTICLES47_BARS = {"f1": 0.96, "person_recall": 0.87, "date_acc": 0.96, "location_acc": 0.93, "status_acc": 0.96}
# articles48 (ceremonies: handovers, commissionings, graduations, funerals, parades and what happens around them;
# first scored F1 0.704 at the stop's first commit): 0.821
ARTICLES48_BARS = {"f1": 0.83, "person_recall": 0.94, "date_acc": 0.81, "location_acc": 0.90, "status_acc": 0.95}
# articles49 (Central Asia, the Caucasus and Mongolia; first scored F1 0.769 at the stop's first commit): 0.869
ARTICLES49_BARS = {"f1": 0.91, "person_recall": 0.94, "date_acc": 0.97, "location_acc": 0.88, "status_acc": 1.00}
# articles50 (Oceania and the Pacific; first scored F1 0.767 at the stop's first commit): 0.857
ARTICLES50_BARS = {"f1": 0.85, "person_recall": 0.88, "date_acc": 0.95, "location_acc": 0.95, "status_acc": 1.00}
# articles51 (analysis, features, timelines and round-ups with many background events; first scored F1 0.839 at
# the stop's first commit): 0.871
ARTICLES51_BARS = {"f1": 0.87, "person_recall": 0.88, "date_acc": 0.92, "location_acc": 0.96, "status_acc": 0.96}
# articles52 (military chiefs rather than ministers; first scored F1 0.794 at the stop's first commit): 0.935
ARTICLES52_BARS = {"f1": 0.93, "person_recall": 0.84, "date_acc": 0.85, "location_acc": 0.95, "status_acc": 1.00}
# articles53 (Arab states with Asia and Africa; first scored F1 0.892 at the stop's first commit): 0.919
ARTICLES53_BARS = {"f1": 0.93, "person_recall": 0.88, "date_acc": 0.96, "location_acc": 0.79, "status_acc": 0.94}
# articles54 (Africa with partners far away, and African states with one another; first scored F1 0.772 at the
# stop's first commit): 0.830
ARTICLES54_BARS = {"f1": 0.83, "person_recall": 0.80, "date_acc": 0.73, "location_acc": 0.90, "status_acc": 0.95}
# articles55 (autumn 2026: new office-holders, autumn gatherings, visits announced (constructed events); first
# scored F1 0.906 at the stop's first commit): 0.921
ARTICLES55_BARS = {"f1": 0.92, "person_recall": 1.00, "date_acc": 1.00, "location_acc": 0.85, "status_acc": 0.96}
# articles56 (Latin America and the Caribbean with one another and with partners far away; first scored F1 0.794 at
# the stop's first commit): 0.862
ARTICLES56_BARS = {"f1": 0.87, "person_recall": 0.66, "date_acc": 1.00, "location_acc": 0.67, "status_acc": 1.00}
# articles57 (South Asia with one another and with far partners; first scored F1 0.862 at the stop's first commit):
# 0.892
ARTICLES57_BARS = {"f1": 0.90, "person_recall": 0.85, "date_acc": 0.96, "location_acc": 0.85, "status_acc": 0.93}
# articles58 (security officials beyond defence ministers: national security advisers, security-council secretaries,
# interior ministers, intelligence and police chiefs; first scored F1 0.754 at the stop's first commit): 0.800
ARTICLES58_BARS = {"f1": 0.81, "person_recall": 0.60, "date_acc": 0.72, "location_acc": 0.92, "status_acc": 0.92}
# articles59 (multilateral ministerials and summits with several sideline bilaterals and group meetings; first scored
# F1 0.810 at the stop's first commit): 0.863
ARTICLES59_BARS = {"f1": 0.87, "person_recall": 0.97, "date_acc": 0.76, "location_acc": 0.71, "status_acc": 0.98}
# articles60 (signed documents: agreements, MoUs, letters of intent, ratifications, company deals; first scored F1
# 0.860 at the stop's first commit): 0.923
ARTICLES60_BARS = {"f1": 0.92, "person_recall": 0.92, "date_acc": 0.95, "location_acc": 0.57, "status_acc": 0.97}
# articles61 (the Horn of Africa, East Africa and the Red Sea with the Gulf, Türkiye, Egypt, Asia, Europe and the US;
# first scored F1 0.794 at the stop's first commit): 0.875
ARTICLES61_BARS = {"f1": 0.88, "person_recall": 0.80, "date_acc": 0.88, "location_acc": 1.00, "status_acc": 1.00}
# articles62 (ministers and chiefs at defence-industry fairs, their government signings and the company deals that are
# none; first scored F1 0.833 at the stop's first commit): 0.918
ARTICLES62_BARS = {"f1": 0.91, "person_recall": 0.88, "date_acc": 1.00, "location_acc": 0.88, "status_acc": 1.00}
# articles63 (Russia and China with partners in Africa, Latin America and Asia; first scored F1 0.875 at the stop's
# first commit): 0.905
ARTICLES63_BARS = {"f1": 0.90, "person_recall": 0.88, "date_acc": 0.86, "location_acc": 0.85, "status_acc": 0.97}
# articles64 (pages that change through the day and follow-ups: live pages, updates, corrections, next-day retellings;
# first scored F1 0.835 at the stop's first commit): 0.870
ARTICLES64_BARS = {"f1": 0.88, "person_recall": 0.91, "date_acc": 0.85, "location_acc": 0.87, "status_acc": 0.95}
# articles65 (South-East Asia with one another and with Japan, South Korea, Australia and India; first scored F1 0.887
# at the stop's first commit): 0.907
ARTICLES65_BARS = {"f1": 0.90, "person_recall": 0.93, "date_acc": 0.87, "location_acc": 0.83, "status_acc": 1.00}
# articles66 (Türkiye's defence diplomacy with Africa, Central Asia, the Caucasus, the Gulf, South Asia and Europe;
# first scored F1 0.867 at the stop's first commit): 0.900
ARTICLES66_BARS = {"f1": 0.91, "person_recall": 0.75, "date_acc": 0.87, "location_acc": 0.82, "status_acc": 0.97}
# articles67 (Europe's wartime defence diplomacy, 2025–26: Ukraine with its partners, the contact group, E5 and
# Nordic-Baltic ministers; first scored F1 0.633 at the stop's first commit): 0.649
ARTICLES67_BARS = {"f1": 0.64, "person_recall": 0.84, "date_acc": 0.85, "location_acc": 0.77, "status_acc": 0.92}
# articles68 (North Africa and the Sahel with Russia, Türkiye, France, the US, Italy, Spain, China and the Gulf; first
# scored F1 0.845 at the stop's first commit): 0.845
ARTICLES68_BARS = {"f1": 0.84, "person_recall": 0.63, "date_acc": 0.83, "location_acc": 0.89, "status_acc": 1.00}
# articles69 (deputies, delegations and working level: deputy ministers, secretaries-general, joint committees, staff
# talks; first scored F1 0.586 at the stop's first commit): 0.788
ARTICLES69_BARS = {"f1": 0.80, "person_recall": 0.58, "date_acc": 0.90, "location_acc": 0.95, "status_acc": 0.96}
# articles70 (the Gulf states and Jordan with partners far away, 2025–26; first scored F1 0.783 at the stop's first
# commit): 0.854
ARTICLES70_BARS = {"f1": 0.86, "person_recall": 0.80, "date_acc": 0.97, "location_acc": 0.89, "status_acc": 1.00}
# articles71 (the Indian Ocean and its island states with India, China, France, the UK, the US, Japan and the Gulf;
# first scored F1 0.769 at the stop's first commit): 0.779
ARTICLES71_BARS = {"f1": 0.77, "person_recall": 0.82, "date_acc": 1.00, "location_acc": 0.71, "status_acc": 1.00}
# articles72 (the United States and Canada with partners in Asia, Europe, Latin America and Africa; first scored F1
# 0.739 at the stop's first commit): 0.805
ARTICLES72_BARS = {"f1": 0.81, "person_recall": 0.68, "date_acc": 0.88, "location_acc": 0.80, "status_acc": 0.97}
# articles73 (multi-stop tours and itineraries; first scored F1 0.785): 0.838
ARTICLES73_BARS = {"f1": 0.83, "person_recall": 0.91, "date_acc": 0.93, "location_acc": 0.77, "status_acc": 1.00}
# articles74 (West and Central Africa and the Great Lakes; first scored F1 0.717): 0.903
ARTICLES74_BARS = {"f1": 0.91, "person_recall": 0.95, "date_acc": 0.97, "location_acc": 0.88, "status_acc": 0.97}
# articles75 (Central and Eastern Europe and the Balkans with partners beyond Europe; first scored F1 0.862): 0.889
ARTICLES75_BARS = {"f1": 0.88, "person_recall": 0.90, "date_acc": 0.88, "location_acc": 0.85, "status_acc": 1.00}
# articles76 (phone and video calls, readouts, meetings told by one side; first scored F1 0.725): 0.759
ARTICLES76_BARS = {"f1": 0.75, "person_recall": 0.93, "date_acc": 0.81, "location_acc": 0.85, "status_acc": 0.96}
# articles77 (Southern Africa with one another and with partners; first scored F1 0.786): 0.810
ARTICLES77_BARS = {"f1": 0.82, "person_recall": 0.87, "date_acc": 0.80, "location_acc": 0.75, "status_acc": 0.97}
ARTICLES78_BARS = {"f1": 0.83, "person_recall": 0.82, "date_acc": 0.85, "location_acc": 0.76, "status_acc": 0.96}
ARTICLES79_BARS = {"f1": 0.83, "person_recall": 0.82, "date_acc": 1.00, "location_acc": 0.90, "status_acc": 1.00}
ARTICLES80_BARS = {"f1": 0.86, "person_recall": 0.68, "date_acc": 0.88, "location_acc": 0.84, "status_acc": 0.96}
ARTICLES81_BARS = {"f1": 0.84, "person_recall": 0.76, "date_acc": 0.94, "location_acc": 0.82, "status_acc": 1.00}
ARTICLES82_BARS = {"f1": 0.84, "person_recall": 0.89, "date_acc": 1.00, "location_acc": 0.64, "status_acc": 0.97}
ARTICLES83_BARS = {"f1": 0.80, "person_recall": 0.88, "date_acc": 0.90, "location_acc": 0.96, "status_acc": 0.97}
ARTICLES4_BARS = {"f1": 0.98, "person_recall": 1.00, "date_acc": 0.95, "location_acc": 0.92, "status_acc": 0.93}


def scorer():
    path = SCORER if SCORER.is_file() else shared_dir() / "eval" / "score.py"
    if not path.is_file():
        pytest.skip("../shared/eval/score.py not present")
    spec = importlib.util.spec_from_file_location("rasad_eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_on(*gold_paths: Path) -> tuple[list[dict], list[dict]]:
    gold = [json.loads(line) for gold_path in gold_paths
            for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    out = []
    for g in gold:
        rec = {"id": g["doc_id"], "text": g["text"], "published": g.get("published"), "url": g.get("source_url")}
        doc = document_from_record({k: v for k, v in rec.items() if v is not None}, g["doc_id"])
        out.append(process(doc).to_record())
    return gold, out


def check(result: dict, bars: dict[str, float]) -> None:
    report = {k: result[k] for k in ("precision", "recall", "f1", "date_acc", "location_acc", "status_acc",
                                     "person_recall")}
    failing = {k: (result[k], bar) for k, bar in bars.items() if (result[k] or 0) < bar}
    assert not failing, f"below the bar: {failing}; all scores: {report}; errors: {result['errors'][:20]}"


def test_dev_set_meets_the_bar(dev_gold):
    gold, out = run_on(dev_gold)
    check(scorer().score(gold, out), DEV_BARS)


def test_dev_set_dated_event_gets_its_day(dev_gold):
    gold, out = run_on(dev_gold)
    result = scorer().score(gold, out)
    assert result["date_acc"] == 1.0


def test_own_articles_meet_the_bar():
    gold, out = run_on(ARTICLES)
    check(scorer().score(gold, out), ARTICLE_BARS)


def test_second_article_set_meets_the_bar():
    gold, out = run_on(ARTICLES2)
    check(scorer().score(gold, out), {"f1": 0.89, "person_recall": 0.90, "date_acc": 0.80, "location_acc": 0.90})


def test_heldout_articles_meet_the_bar():
    gold, out = run_on(HELDOUT)
    check(scorer().score(gold, out), HELDOUT_BARS)


def test_articles_without_events_yield_none():
    gold, out = run_on(ARTICLES)
    quiet = [g["doc_id"] for g in gold if not g["events"]]
    assert len(quiet) >= 5
    noisy = [o["id"] for o in out if o["id"] in quiet and [e for e in o["events"] if not e["background"]]]
    assert len(noisy) <= 1, f"events found in articles that report none: {noisy}"


def test_real_pages_meet_the_bar():
    parts = sorted((shared_dir() / "eval" / "real").glob("*.jsonl"))
    if not parts:
        pytest.skip("../shared/eval/real not present")
    gold, out = run_on(*parts)
    score = scorer().score
    check(score(gold, out), REAL_BARS)
    for lang in ("fa", "ar", "en"):
        ids = {g["doc_id"] for g in gold if g["lang"] == lang}
        check(score([g for g in gold if g["doc_id"] in ids], [o for o in out if o["id"] in ids]),
              {"f1": REAL_LANGUAGE_F1})


def test_event_structure_articles_meet_the_bar():
    gold, out = run_on(ARTICLES3)
    check(scorer().score(gold, out), ARTICLES3_BARS)


def test_articles_on_pairs_far_from_iran_meet_the_bar():
    gold, out = run_on(ARTICLES4)
    check(scorer().score(gold, out), ARTICLES4_BARS)


@pytest.mark.parametrize("gold_path, bars", [
    (ARTICLES5, ARTICLES5_BARS), (ARTICLES6, ARTICLES6_BARS), (ARTICLES7, ARTICLES7_BARS), (ARTICLES8, ARTICLES8_BARS),
    (ARTICLES9, ARTICLES9_BARS), (ARTICLES10, ARTICLES10_BARS), (ARTICLES11, ARTICLES11_BARS),
    (ARTICLES12, ARTICLES12_BARS), (ARTICLES13, ARTICLES13_BARS), (ARTICLES14, ARTICLES14_BARS),
    (ARTICLES15, ARTICLES15_BARS), (ARTICLES16, ARTICLES16_BARS), (ARTICLES17, ARTICLES17_BARS),
    (ARTICLES18, ARTICLES18_BARS), (ARTICLES19, ARTICLES19_BARS), (ARTICLES20, ARTICLES20_BARS),
    (ARTICLES21, ARTICLES21_BARS), (ARTICLES22, ARTICLES22_BARS), (ARTICLES23, ARTICLES23_BARS),
    (ARTICLES24, ARTICLES24_BARS), (ARTICLES25, ARTICLES25_BARS), (ARTICLES26, ARTICLES26_BARS),
    (ARTICLES27, ARTICLES27_BARS), (ARTICLES28, ARTICLES28_BARS), (ARTICLES29, ARTICLES29_BARS),
    (ARTICLES30, ARTICLES30_BARS), (ARTICLES31, ARTICLES31_BARS),
    (ARTICLES32, ARTICLES32_BARS),
    (ARTICLES33, ARTICLES33_BARS), (ARTICLES34, ARTICLES34_BARS), (ARTICLES35, ARTICLES35_BARS),
    (ARTICLES36, ARTICLES36_BARS), (ARTICLES37, ARTICLES37_BARS), (ARTICLES38, ARTICLES38_BARS),
    (ARTICLES39, ARTICLES39_BARS), (ARTICLES40, ARTICLES40_BARS), (ARTICLES41, ARTICLES41_BARS),
    (ARTICLES42, ARTICLES42_BARS), (ARTICLES43, ARTICLES43_BARS), (ARTICLES44, ARTICLES44_BARS),
    (ARTICLES45, ARTICLES45_BARS), (ARTICLES46, ARTICLES46_BARS), (ARTICLES47, ARTICLES47_BARS),
    (ARTICLES48, ARTICLES48_BARS), (ARTICLES49, ARTICLES49_BARS), (ARTICLES50, ARTICLES50_BARS),
    (ARTICLES51, ARTICLES51_BARS), (ARTICLES52, ARTICLES52_BARS), (ARTICLES53, ARTICLES53_BARS),
    (ARTICLES54, ARTICLES54_BARS), (ARTICLES55, ARTICLES55_BARS), (ARTICLES56, ARTICLES56_BARS),
    (ARTICLES57, ARTICLES57_BARS), (ARTICLES58, ARTICLES58_BARS), (ARTICLES59, ARTICLES59_BARS),
    (ARTICLES60, ARTICLES60_BARS), (ARTICLES61, ARTICLES61_BARS), (ARTICLES62, ARTICLES62_BARS),
    (ARTICLES63, ARTICLES63_BARS), (ARTICLES64, ARTICLES64_BARS), (ARTICLES65, ARTICLES65_BARS),
    (ARTICLES66, ARTICLES66_BARS), (ARTICLES67, ARTICLES67_BARS), (ARTICLES68, ARTICLES68_BARS),
    (ARTICLES69, ARTICLES69_BARS), (ARTICLES70, ARTICLES70_BARS), (ARTICLES71, ARTICLES71_BARS),
    (ARTICLES72, ARTICLES72_BARS), (ARTICLES73, ARTICLES73_BARS), (ARTICLES74, ARTICLES74_BARS),
    (ARTICLES75, ARTICLES75_BARS), (ARTICLES76, ARTICLES76_BARS), (ARTICLES77, ARTICLES77_BARS),
    (ARTICLES78, ARTICLES78_BARS), (ARTICLES79, ARTICLES79_BARS), (ARTICLES80, ARTICLES80_BARS),
    (ARTICLES81, ARTICLES81_BARS), (ARTICLES82, ARTICLES82_BARS), (ARTICLES83, ARTICLES83_BARS),
], ids=["articles5", "articles6", "articles7", "articles8", "articles9", "articles10", "articles11", "articles12",
        "articles13", "articles14", "articles15", "articles16", "articles17", "articles18", "articles19", "articles20",
        "articles21", "articles22", "articles23", "articles24", "articles25", "articles26", "articles27", "articles28",
        "articles29", "articles30", "articles31", "articles32", "articles33", "articles34", "articles35",
        "articles36", "articles37", "articles38", "articles39", "articles40", "articles41", "articles42",
        "articles43", "articles44", "articles45", "articles46", "articles47", "articles48", "articles49",
        "articles50", "articles51", "articles52", "articles53", "articles54", "articles55", "articles56",
        "articles57", "articles58", "articles59", "articles60", "articles61", "articles62", "articles63", "articles64",
        "articles65", "articles66", "articles67", "articles68", "articles69", "articles70", "articles71",
        "articles72", "articles73", "articles74", "articles75", "articles76", "articles77", "articles78",
        "articles79", "articles80", "articles81", "articles82", "articles83"])
def test_each_set_written_blind_meets_its_bar(gold_path, bars):
    gold, out = run_on(gold_path)
    check(scorer().score(gold, out), bars)
