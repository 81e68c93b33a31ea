"""Find the date expressions of a normalised text.

The language's regex (``patterns.py``) yields *atoms*; neighbouring atoms separated only by glue
(spaces, punctuation, brackets, «روز», «يوم», "on", «ساعت») join into one ``DateMention``:
«شامگاه سه شنبه» (part + weekday), «امروز (چهارشنبه)» (relative + weekday), «دوشنبه ۸ دی ۱۳۹۳ -
۱۵:۴۸» (weekday + date + time). Absolute dates are converted here; relative ones keep in ``data``
what ``resolve`` needs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import Any

from ..document import DateMention
from ..sentences import SENTENCE_STOP
from .atoms import BUILDERS, Atom
from .calendars import GREGORIAN, month_span, to_gregorian, year_span
from .lexicon import LANGS, Lexicon, key, lexicon
from .patterns import date_regex

__all__ = ["find_dates"]

_MAX_GAP = 30


def find_dates(text: str, lang: str | None = None) -> list[DateMention]:
    """Every date expression in the normalised ``text`` (offsets into it), in text order.

    ``lang`` ("fa", "ar", "en") selects that language's words; None uses all three. Absolute dates
    carry their Gregorian ``value``; relative, weekday and year-less ones have ``value=None`` until
    ``resolve`` anchors them.
    """
    lang = lang if lang in LANGS else None
    lx = lexicon(lang)
    low = _lower(text)
    atoms = [a for m in date_regex(lang).finditer(low)
             if (a := BUILDERS[m.lastgroup](m, lx, lang)) and not _verb_may(a, text)]
    mentions = []
    for group in _groups(atoms, low, lx):
        mention = _mention(group, text, low, lx, lang)
        if mention is not None:
            mentions.append(mention)
    _borrow_years(mentions, low)
    _years_from_before(mentions, low)
    return mentions


_RANGE_GAP = re.compile(r" ?(?:-|–|تا|الی|حتی|to|until|and|و) ?")  # normalised: «الى» is «الی»


def _borrow_years(mentions: list[DateMention], low: str) -> None:
    """«۲۳ مهر تا ۲۵ مهر ۱۴۰۳», "October 30 to November 2, 2025": the first day takes the second's year."""
    for a, b in zip(mentions, mentions[1:]):
        if not (a.data.get("yearless") and "day" in a.data and "year2" not in a.data and b.kind == "absolute"
                and "year" in b.data and b.calendar == a.calendar and _RANGE_GAP.fullmatch(low, a.end, b.start)):
            continue
        year = b.data["year"] - (1 if a.data["month"] > b.data["month"] else 0)
        value = to_gregorian(a.calendar, year, a.data["month"], a.data["day"])
        if value is not None:
            del a.data["yearless"]
            a.data["year"], a.value, a.precision = year, value, "day"


def _years_from_before(mentions: list[DateMention], low: str) -> None:
    """"in March 2020, when he met ... on March 10", «در مهر ۱۳۹۷ ... ۱۵ مهر»: a day without a year takes the
    year of a date of the same month that states one shortly before it in the same sentence, not the year
    nearest the day the text was written (a year alone is often a name: "the 2015 treaty")."""
    for i, a in enumerate(mentions):
        if not (a.data.get("yearless") and "day" in a.data and "year2" not in a.data):
            continue
        b = next((b for b in reversed(mentions[:i]) if b.calendar == a.calendar), None)
        if b is None or "year" not in b.data or b.data.get("yearless") or a.start - b.end > 150 \
                or SENTENCE_STOP.search(low, b.end, a.start) or b.data.get("month") != a.data["month"]:
            continue
        value = to_gregorian(a.calendar, b.data["year"], a.data["month"], a.data["day"])
        if value is not None:
            del a.data["yearless"]
            a.data["year"], a.value, a.precision = b.data["year"], value, "day"


def _verb_may(atom: Atom, text: str) -> bool:
    """A bare English month in lower case ("they may last year") is a word, not a month: English
    month names are capitalised."""
    if atom.kind != "mon":
        return False
    first = text[atom.info["name_at"]]
    return first.isascii() and first.islower()


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# ---- joining atoms -------------------------------------------------------------------------------

@cache
def _glue_re(lang: str | None) -> re.Pattern:
    words = "|".join(re.escape(w) for w in lexicon(lang).glue)
    punct = r"[ ,،؛;()\[\]\-|/:«»\"'.]*"
    return re.compile(rf"{punct}(?:(?:{words})(?![^\W\d_]){punct})*")


def _links(a: Atom, b: Atom) -> bool:
    """Whether atoms ``a`` and ``b`` can be parts of one date expression."""
    if a.kind == b.kind or "year" in (a.kind, b.kind):
        return False
    if {a.kind, b.kind} == {"abs", "rel"}:  # «20 مايو من العام الماضي», "May 20 last year"
        day, rel = (a, b) if a.kind == "abs" else (b, a)
        if rel.info["unit"] == "year":
            return "day" in day.info and "year" not in day.info and day.start < rel.start
    if "mon" in (a.kind, b.kind):  # «تیرماه امسال», "May last year": a month and a year word only
        other = b if a.kind == "mon" else a
        mon = a if a.kind == "mon" else b
        return other.kind == "rel" and other.info["unit"] == "year" and "direction" not in mon.info
    for x, y in ((a, b), (b, a)):
        if x.kind == "abs" and "day" not in x.info:
            return False
        if x.kind == "rel" and x.info["unit"] not in ("day", "same") and not (x.info["unit"] == "week" and y.kind == "wd"):
            return False
    return True


def _groups(atoms: list[Atom], low: str, lx: Lexicon) -> Iterator[list[Atom]]:
    glue = _glue_re(lx.lang)
    group: list[Atom] = []
    for atom in atoms:
        if group:
            gap = low[group[-1].end:atom.start]
            if (len(gap) <= _MAX_GAP and "\n" not in gap and glue.fullmatch(gap)
                    and all(_links(g, atom) for g in group)):
                group.append(atom)
                continue
            yield group
        group = [atom]
    if group:
        yield group


# ---- mentions ------------------------------------------------------------------------------------

_WORD_BEFORE = re.compile(r"(\w+)[^\w\n]*$")
_WORD_AFTER = re.compile(r"[^\w\n]*(\w+)")
_TRIM = " ,،؛;:()[]«»\"'-|"
# A story's dateline: a place of one to three words opening the paragraph, the date, and an agency
# credit or a dash — the day the story was filed, not the day of what it tells. (Normalised text writes
# «في» with the Persian yeh.)
_DATELINE_HEAD = re.compile(r"\s*[^\W\d][\w.']*(?:[ -][^\W\d][\w.']*){0,2}?(?:\s*\[[^\W\d][\w .']{0,30}\])?"
                            r"(?:\s*,\s*[^\W\d][\w.']*(?: [^\W\d][\w.']*)?(?=\s*,))?"
                            r"(?P<sep>\s*[,،]\s*|\s+ف[يی]\s+|\s+[-–—]\s+)?\s*")  # "New Delhi [India], August 29 (ANI):", "NAIROBI, Kenya, Nov 22 –",
# «بورت أوف سبين - 26 نوفمبر (كونا) -»
# «تشينغداو 26 يونيو 2025 - التقى ...», "BEIJING, June 26 (Xinhua) -- ..."
_DATELINE_DASH = re.compile(r"\s*(?:[/،,]\s*)?(?:\([^()\n]{0,40}\)\s*)?(?:[-–—]|--)")
# after "PLACE," or «PLACE في»: "Abuja, Oct. 15, 2024 (NAN) The ...", «المنامة في 19 نوفمبر /العمانية/ ...»,
# "Accra, Nov. 8, GNA - ...", "TOKYO, March 30: ..."
_DATELINE_CREDIT = re.compile(r"\s*[,،]?\s*(?:\([^()\n]{1,40}\)|/[^/\n]{1,30}/|[^\W\d_]{2,10}\s*(?:--|[-–—])|[:/.])")


def story_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start``..``end`` of ``text`` stands in a story's dateline."""
    line_start = text.rfind("\n", 0, start) + 1
    if start - line_start > 48:
        return False
    head = _DATELINE_HEAD.fullmatch(text, line_start, start)
    if head is None:
        return False
    return bool(_DATELINE_DASH.match(text, end) or head.group("sep") and _DATELINE_CREDIT.match(text, end))


def _mention(group: list[Atom], text: str, low: str, lx: Lexicon, lang: str | None) -> DateMention | None:
    by = {a.kind: a for a in group}
    if "mon" in by:
        mon = by["mon"]
        if "rel" not in by and "direction" not in mon.info and not _month_edge(mon, low, lx):
            return None  # «مهر», "May": a month name alone is too often another word
    if not by.keys() & {"abs", "year", "rel", "wd", "mon"}:
        return None  # a part of the day or a time alone names no day
    start, end = group[0].start, group[-1].end
    if low.count("(", start, end) > low.count(")", start, end) and low.startswith(")", end):
        end += 1
    if len(group) == 1 and _not_a_date(group[0], low, lx):
        return None
    data: dict[str, Any] = {}
    mention = DateMention(start, end, text[start:end], kind="weekday", data=data)
    if "abs" in by:
        _absolute(mention, by["abs"].info)
    elif "year" in by:
        _year(mention, by["year"].info)
    if "mon" in by:
        _month_of(mention, by["mon"].info, by.get("rel"))
    elif "rel" in by and "abs" in by and by["rel"].info["unit"] == "year":
        data["year_offset"] = by["rel"].info["offset"]  # a day of last year, this year, next year
    elif "rel" in by:
        _relative(mention, by["rel"].info, lx, lang)
        era = _era_after(low, end, lx) if data.get("period") in ("month", "year") else None
        if era is not None:  # «ماه جاری میلادی»: this Gregorian month, not the Solar Hijri one
            data["calendar"] = era
    if "wd" in by:
        _weekday(mention, by["wd"], by.get("part"))
    if "part" in by:
        data["part"] = by["part"].info["part"]
    if "time" in by:
        data["time"] = by["time"].info["time"]
    _context(mention, group, low, lx)
    return mention


def _absolute(mention: DateMention, info: dict[str, Any]) -> None:
    mention.kind, mention.calendar = "absolute", info["calendar"]
    data = mention.data
    data.update({k: info[k] for k in ("year", "year2", "month", "day", "last_day", "direction", "time")
                 if k in info})
    if "year" not in info:
        data["yearless"] = True
        return
    if "day" in info:
        mention.value = to_gregorian(info["calendar"], info["year"], info["month"], info["day"])
        mention.precision = "day"
        last = to_gregorian(info["calendar"], info["year"], info["month"], info.get("last_day", 0))
        if mention.value and last:
            data["end"] = last.isoformat()
    else:
        span = month_span(info["calendar"], info["year"], info["month"])
        if span:
            mention.value, data["end"] = span[0], span[1].isoformat()
        mention.precision = "month"
    if mention.value is None:
        data["invalid"] = True  # 31 Mehr, 30 February, a year out of range: no date, not a shifted one
        mention.precision = None


def _month_of(mention: DateMention, info: dict[str, Any], rel: Atom | None) -> None:
    """«مهرماه گذشته» (the last Mehr before today), «تیرماه امسال» (Tir of this year), "in late September" (the
    nearest in the tense it is read in): a year-less month."""
    mention.kind, mention.calendar = "absolute", info["calendar"]
    mention.data.update(month=info["month"], yearless=True)
    if rel is not None:
        mention.data["year_offset"] = rel.info["offset"]
    elif "direction" in info:
        mention.data["direction"] = info["direction"]


def _era_after(low: str, end: int, lx: Lexicon) -> str | None:
    """The calendar an era word right after ``end`` names («میلادی», «شمسی», «هجري»), if one does."""
    words = low[end:end + 16].split()
    found = lx.eras.get(key(words[0])) if words else None
    return found[0] if found and found[1] else None


def _month_edge(mon: Atom, low: str, lx: Lexicon) -> bool:
    """"in late September", «أواخر سبتمبر», «اواخر سپتامبر»: a Gregorian month named alone after a word for
    one end of it."""
    if mon.info["calendar"] != "gregorian":
        return False
    before = low[max(0, mon.start - 14):mon.start].replace("-", " ").split()
    return bool(before) and (before[-1] in lx.month_edges or " ".join(before[-2:]) in lx.month_edges)


def _year(mention: DateMention, info: dict[str, Any]) -> None:
    mention.kind, mention.calendar = "year", info["calendar"]
    mention.data["year"] = info["year"]
    span = year_span(info["calendar"], info["year"])
    if span is None:
        mention.data["invalid"] = True
        return
    mention.value, mention.precision = span[0], "year"
    mention.data["end"] = span[1].isoformat()


def _relative(mention: DateMention, info: dict[str, Any], lx: Lexicon, lang: str | None) -> None:
    if mention.kind != "absolute":
        mention.kind = "relative"
    data = mention.data
    src = info.get("lang") or lang or "en"
    if info["unit"] == "same":
        data["same_day"] = True  # resolved by the date mentioned before it (stage.py)
        if info["offset"]:
            data["after_days"] = info["offset"]  # «في اليوم التالي»: the day after it
    elif info["unit"] == "day":
        data["offset_days"] = info["offset"]
    else:
        data["period"], data["offset"] = info["unit"], info["offset"]
        data["calendar"] = lx.calendar.get(src, GREGORIAN)
        data["week_start"] = lx.week_start.get(src, 0)
    if "part" in info:
        data["part"] = info["part"]


def _weekday(mention: DateMention, atom: Atom, part: Atom | None) -> None:
    data = mention.data
    data["weekday"] = atom.info["weekday"]
    if "direction" in atom.info:
        data["direction"] = atom.info["direction"]
    if part is not None and part.info["eve"] and part.end <= atom.start:
        data["eve"] = True  # «شب جمعه», «ليلة الجمعة»: the night before Friday
    if mention.kind not in ("absolute", "relative"):
        mention.kind = "weekday"
    if mention.value is not None and mention.precision == "day" and mention.value.weekday() != data["weekday"]:
        data["weekday_mismatch"] = True  # the explicit date wins, with less confidence
        mention.confidence = min(mention.confidence, 0.6)


def _not_a_date(atom: Atom, low: str, lx: Lexicon) -> bool:
    """A lone weekday or relative word that context shows to be something else: the lexicon's rules
    («دوشنبه» after «به» is Dushanbe), or a "today" in an outlet's name («دیپلماسی امروز»)."""
    k = atom.info.get("term")
    if k is None:
        return False
    if (atom.kind == "rel" and atom.info["unit"] == "day" and atom.info["offset"] == 0
            and "part" not in atom.info and _in_outlet_name(atom, low, lx)):
        return True
    before = _WORD_BEFORE.search(low, max(0, atom.start - 40), atom.start)
    if atom.kind == "rel" and before and (before.group(1).isdigit() or before.group(1) in lx.numbers):
        return True  # «در ۱۰ سال گذشته», «طی سه روز گذشته», "the past 3 years": a span, not a day
    if k not in lx.not_prev and k not in lx.not_next:
        return False
    after = _WORD_AFTER.match(low, atom.end)
    return bool((before and before.group(1) in lx.not_prev.get(k, ()))
                or (after and after.group(1) in lx.not_next.get(k, ())))


def _in_outlet_name(atom: Atom, low: str, lx: Lexicon) -> bool:
    line_start, line_end = low.rfind("\n", 0, atom.start) + 1, low.find("\n", atom.end)
    rest = low[atom.end:len(low) if line_end < 0 else line_end]
    head = low[line_start:atom.start].split()
    if not rest.strip() and (len(head) <= 2 or len(head) <= 4 and " ".join(head).startswith(lx.mastheads)):
        return True  # a masthead ending in «امروز» / «اليوم» / "today": «الأردن اليوم», «پایگاه خبری آسیا امروز»
    if 1 <= len(head) <= 3 and rest.lstrip().startswith(("-", "–", "—")):
        return True  # a byline opening the story: «دیپلماسی امروز – ...», «المصري اليوم - ...»
    if not rest.lstrip().startswith((",", "،")):
        return False
    before = " ".join(low[max(0, atom.start - 60):atom.start].split()[-4:])
    return any(w in before for w in lx.outlet_intros)


def _context(mention: DateMention, group: list[Atom], low: str, lx: Lexicon) -> None:
    """Flag dates that name an occasion («۲۷ اکتبر، سالروز استقلال») or bound a period («از سال ۲۰۱۵»)."""
    after = low[mention.end:mention.end + 40].lstrip(_TRIM)
    before = " " + " ".join(low[max(0, mention.start - 60):mention.start].split()[-3:]) + " "
    if any(after.startswith(w) for w in lx.occasion_after) or any(f" {w} " in before for w in lx.occasion_before):
        mention.data["occasion"] = True
    opened = low.rfind("(", max(0, mention.start - 3), mention.start)
    if opened >= 0 and not low[opened + 1:mention.start].strip():
        # «همزمان با سالگرد برقراری روابط دیپلماتیک دو کشور (۲ دسامبر ۱۹۶۰)»: the date the anniversary is of
        head = " " + " ".join(low[max(0, opened - 80):opened].split()[-8:]) + " "
        if any(f" {w} " in head for w in lx.occasion_before):
            mention.data["occasion"] = True
    if "offset_days" not in mention.data and story_dateline(low, mention.start, mention.end):
        mention.data["dateline"] = True  # "TOKYO, March 30 (Pacific Wire) - ...": the report's date
    word = _WORD_BEFORE.search(low, max(0, mention.start - 40), mention.start)
    if word and word.group(1) in lx.bound_skip:
        word = _WORD_BEFORE.search(low, max(0, word.start() - 40), word.start())
    first = group[0].info.get("word") or ""
    if "weekday" in mention.data and not first and group[0].kind != "part":
        # («منذ يوم الأحد»: "since Sunday", not "ago"; «بعد ظهر الخميس» is Thursday afternoon, not after it)
        first = mention.text.split()[0]
    bound = first if first in lx.bounds else (word.group(1) if word and word.group(1) in lx.bounds else None)
    if bound is not None:
        mention.data["bound"] = True
        if bound in lx.since and mention.precision not in ("week", "month", "year"):
            mention.data["since"] = True  # the first day of a stay
