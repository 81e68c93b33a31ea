"""One compiled regular expression per language, built from the date lexicon.

The expression finds *atoms*: an absolute date (day-month-year in words or digits, month-year), a year
(«سال ۱۴۰۲», "in 2015"), "N days ago", a relative word, a weekday, a part of the day, a time. Each
atom is one named group (``m.lastgroup``); ``find.py`` joins neighbouring atoms into date mentions.
Word lists become prefix tries, so a lexicon of hundreds of terms costs one branch per first letter.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from .lexicon import lexicon

__all__ = ["date_regex", "ATOMS"]

ATOMS = ("ymd", "nd", "dmy", "mdy", "my", "yr", "ago", "agb", "tm", "rel", "wd", "mon", "part")

_L = r"(?<!\w)"                 # not right after a letter or digit
_R = r"(?![^\W\d_])"            # not right before a letter (a digit may follow: «دی1393»)
_RW = r"(?!\w)"                 # not right before a letter or digit
_NUMEND = r"(?!\d)(?![/\-.:]\d)"  # a number that does not go on as 2025-10 or 11:22
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_NEVER = r"(?!)"
# Words written into the expressions below are in normalised form («الى» → «الی», «مساءً» → «مسا»).


def trie(terms: Iterable[str]) -> str:
    """A regex alternation of ``terms`` factored by common prefixes; a space may be missing."""
    root: dict = {}
    for term in terms:
        node = root
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _node(root) or _NEVER


def _node(node: dict) -> str:
    alts = [(" ?" if ch == " " else re.escape(ch)) + _node(child)
            for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


@cache
def date_regex(lang: str | None) -> re.Pattern:
    """The atom expression for ``lang`` ("fa", "ar", "en"; None: all three)."""
    lx = lexicon(lang)
    needs = lx.month_needs
    dm = trie(lx.months.terms[k] for k in lx.months if "year" not in needs[k])
    strict = trie(lx.months.terms[k] for k in lx.months if "year" in needs[k])
    my_names = trie(lx.months.terms[k] for k in lx.months if "day" not in needs[k])
    any_month = trie(lx.months.patterns())
    en_months = trie(lx.months.terms[k] for k in lx.en_months)
    era = trie(lx.eras.patterns())
    strong = trie(lx.eras.terms[k] for k, (_, s) in lx.eras.items() if s)
    numbers = trie(lx.numbers.patterns())
    before, after = trie(lx.wd_before.patterns()), trie(lx.wd_after.patterns())  # "last", «گذشته», «الماضي»
    clitic = "" if lang in ("fa", "en") else r"(?:[وف](?=[\u0621-\u064a\u0671-\u06d3]{2}))?"
    msuf = rf"(?:\.(?=[ ]?\d)|[ ]?ماه)?{_R}"    # "Oct. 2025", «دی‌ماه»; not the full stop of "on 5 May."
    double = r"(?:[ ]?[/(\-][ ]?(?P<{g}>" + any_month + rf"){_R}\)?)?"
    era_opt = r"(?:[ ]?(?P<{g}>" + era + rf"){_R})?"

    def year(g: str, two_digit: bool) -> str:
        digits = r"\d{4}|\d{2}" if two_digit else r"\d{4}"
        return (rf"[ ]?[,،]?[ ]?(?:سال |عام |of )?(?P<{g}_y>{digits}){_NUMEND}"
                + era_opt.format(g=f"{g}_e"))

    # Any one or two digits before a month name: «۳۲ فروردین» is an impossible date, not «فروردین».
    ordinal = r"(?:st|nd|rd|th)?"
    to_day = r"(?:[ ]?(?:-|–|/|و|and|to|تا|الی|حتی)[ ]?(?P<{g}>\d{{1,2}})" + ordinal + ")?"  # «۱۵ و ۱۶ فروردین»
    day = (rf"(?:(?<![\w./:\-])(?P<dmy_d>\d{{1,2}}){ordinal}" + to_day.format(g="dmy_d2")
           + rf"|{_L}(?P<dmy_o>{trie(lx.ordinals.patterns())}))")
    atoms = {
        "ymd": (rf"(?<![\w./:\-])(?P<ymd_y>\d{{4}})(?P<ymd_s>[/\-.])(?P<ymd_m>\d{{1,2}})(?P=ymd_s)"
                rf"(?P<ymd_d>\d{{1,2}}){_NUMEND}" + era_opt.format(g="ymd_e")
                + r"(?:t(?P<ymd_t>(?:[01]\d|2[0-3]):[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:z|[+\-]\d\d:?\d\d)?)?"),
        "nd": (rf"(?<![\w./:\-])(?P<nd_a>\d{{1,2}})(?P<nd_s>[/\-.])(?P<nd_b>\d{{1,2}})(?P=nd_s)"
               rf"(?P<nd_y>\d{{4}}){_NUMEND}" + era_opt.format(g="nd_e")),
        "dmy": (rf"{day}[ ]?(?:of[ ]|من[ ])?(?:شهر[ ])?(?:(?P<dmy_m>{dm}){msuf}" + double.format(g="dmy_m2")
                + rf"(?:{year('dmy', True)}|[ ](?P<dmy_dir>{after}){_RW})?"   # «22 أفريل الماضي»
                + rf"|(?P<dmy_s>{strict}){msuf}{year('dmy_s', False)})"),
        "mdy": (rf"{_L}(?P<mdy_m>{en_months})\.?[ ](?P<mdy_d>{_DAY}){ordinal}"
                + to_day.format(g="mdy_d2") + rf"{_RW}(?![:.]\d)"
                rf"(?:[ ]?,?[ ](?P<mdy_y>\d{{4}}){_NUMEND})?"),
        "my": (rf"{_L}(?P<my_m>{my_names}){msuf}" + double.format(g="my_m2")
               + rf"[ ]?[,،]?[ ](?:سال |عام |of )?(?P<my_y>\d{{4}}){_NUMEND}" + era_opt.format(g="my_e")),
        "yr": (rf"{_L}(?P<yr_w>{trie(lx.year_words.patterns())})[ ](?P<yr_y>\d{{4}}){_NUMEND}"
               + era_opt.format(g="yr_e")
               + rf"|(?<![\w./:\-])(?P<yr_b>\d{{4}})[ ]?(?P<yr_s>{strong}){_R}"),
        "ago": (rf"{_L}(?P<ago_n>\d{{1,3}}|{numbers})[ ](?P<ago_u>{trie(lx.units.patterns())})[ ]"
                rf"(?:{trie(lx.ago_after.patterns())}){_RW}(?![ ](?:از|من))"),
        "agb": (rf"{_L}{clitic}(?:{trie(lx.ago_before.patterns())})[ ](?:(?P<agb_n>\d{{1,3}}|{numbers})[ ])?"
                rf"(?P<agb_u>{trie(lx.units.patterns())}){_RW}(?![ ]?\d)(?![ ](?:من|از))"),
        "tm": (r"(?<![\d:./])(?P<tm_h>[01]?\d|2[0-3]):(?P<tm_m>[0-5]\d)(?::[0-5]\d)?(?![\d:])"
               r"(?:[ ]?(?P<tm_ap>a\.?m\.?|p\.?m\.?|ق\.?ظ|ب\.?ظ|صباحا|مسا|ص|م)" + _RW + ")?"),
        "rel": rf"{_L}{clitic}(?P<rel_w>{trie(lx.relative.patterns())}){_RW}",
        "wd": (rf"{_L}(?:(?P<wd_b>{before})[ ])?{clitic}(?P<wd_w>{trie(lx.weekdays.patterns())}){_RW}"
               rf"(?:[ ](?P<wd_a>{after}){_RW}(?![ ](?:از|من)))?"),
        # A month without day or year: kept only with a direction («مهرماه گذشته», «أبريل الماضي»,
        # "last July") or beside a year word («تیرماه امسال», "in May last year").
        "mon": (rf"{_L}(?:(?P<mon_b>{before})[ ])?(?P<mon_m>{my_names}){msuf}"
                rf"(?:[ ](?P<mon_a>{after}){_RW})?"),
        "part": rf"{_L}{clitic}(?P<part_w>{trie(lx.parts.patterns())}){_RW}",
    }
    # Every atom starts a word, and that word is a digit or a lexicon word (possibly with a clitic, or
    # run into «ماه» or a number): checking this first makes the scan skip other words at once.
    guard = rf"{_L}(?=\d|{clitic}(?:{trie(lx.start_words())})(?:ماه|\d+)?{_RW})"
    return re.compile(guard + "(?:" + "|".join(f"(?P<{name}>{atoms[name]})" for name in ATOMS) + ")")
