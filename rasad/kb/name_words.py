"""The words of names: how rasad reads candidate names out of normalised news text.

Shared by the finders of ``people.py`` (names beside an office) and ``anchors.py`` (names after ranks,
beside counterparts, in quotes, after plural offices): the stop words and common nouns no name has
(``names.toml``, month and weekday names), token readers forward and backward from an anchor, clitics
glued to a name, where a clause starts, and the country standing beside a name or an office.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from ..document import Mention
from ..lexicons import load_lexicon
from ..normalise import fold

__all__ = ["RANK_QUALIFIER", "first_from", "end_before", "split_at_clitic", "ROLE_COUNTRY_GAPS", "is_name_word", "title_country", "apposition_country"]

TOKEN = re.compile(r"(?<!\w)(?:\w\.){1,3}(?= \w\w)|[^\s\"'«»()\[\]،,.:;؛!?؟/]+")  # initials ("J.", "R.M.", «ج.») or a word


BREAK = re.compile(r"[\"«»()\[\]،,.:;؛!?؟/\n]")


MAX_WORDS = 4  # words of a name, not counting «بن», «آل», "bin", "al"


COMPOUND = frozenset({"عبد", "abd", "abdul"})  # «عبد الرحمن» is one name


OPENERS = re.compile(r"[\s\"«(\[]*")     # quotes and brackets around a name: «(اوگزان اور طغرول)»

# Qualifiers after a rank, before the name, in brackets or bare and one after another: «الفريق الركن (طيار)
# NAME», «اللواء البحري الركن NAME», "Lt Gen (retd) NAME".
RANK_QUALIFIER = re.compile(r"(?:\s*[(\[](?:طیار|بحری|مهندس|مظلی|rtd|retd|ret|retired)\.?[)\]]"
                            r"|\s+(?:ال)?(?:رکن|طیار|بحری|جوی|مظلی)(?!\w))+", re.I)


CLOSERS = "\"»)] "


COUNTRY_KINDS = ("country", "demonym")


# What may stand between an office and its country: «وزیر دفاع [جمهوری] تاجیکستان», «وزير دفاع
# [جمهورية] جيبوتي», "Minister of Defence [of the] Republic ...", «رئیس جمهور [کنونی] اندونزی». Only
# "current": after «سابق» / "former" the office's holder on the day is not the person meant.
ROLE_COUNTRY_GAPS = frozenset({
    "", "ی", "of", "of the", "the", "کشور", "جمهوری", "دولت", "فی", "لدولت", "لجمهوریه", "جمهوریه", "دوله",
    "مملکه", "المملکه", "سلطنه", "امیر", "امارت", "کشور دوست", "کشور همسایه", "بالمملکه", "بجمهوریه",
    "بدوله", "ب", "فی جمهوریه", "فی المملکه", "للجمهوریه", "للمملکه", "فی مملکه", "لمملکه", "بمملکه",
    "کنونی", "فعلی", "کنونی کشور", "فعلی کشور", "الحالی", "الحالی ل", "الحالی فی",
    # «معاون وزیر دفاع ملی ترکیه», "deputy minister of national defence of Türkiye"
    "ملی", "ملی کشور",
    # «وزیر خارجه وقت کره جنوبی» ("the then foreign minister"), «وزیر دفاع سابق ژاپن», «وزير الدفاع الأسبق ل…»
    "وقت", "سابق", "اسبق", "وقت کشور", "سابق کشور", "السابق", "الاسبق", "السابق ل", "الاسبق ل",
    # «قائد القوات الجوية [الملكية] السعودية», «[الأميرية] القطرية», «سلاح الجو [السلطاني] العماني»
    "الملکیه", "الامیریه", "السلطانیه", "الملکی", "الامیری", "السلطانی", "سلطنتی",  # «نیروی دریایی سلطنتی تایلند»
    # «رئيس أركان الدفاع في القوات المسلحة الغانية», «قائد الجيش النيجيري», «فرمانده ارتش غنا»
    "فی القوات المسلحه", "للقوات المسلحه", "بالقوات المسلحه", "القوات المسلحه", "فی الجیش", "للجیش", "بالجیش",
    "الجیش", "ارتش", "نیروهای مسلح",
    # «رئيس الأركان العامة للجيوش السنغالية» (the French "chef d'état-major général des armées")
    "للجیوش", "الجیوش", "فی الجیوش", "بالجیوش",
    # «رئيس أركان الجيش [الوطني] الجيبوتي», «قائد قوات الدفاع [الشعبية] الأوغندية»
    "الوطنی", "الوطنیه", "الشعبی", "الشعبیه", "الاتحادی", "الاتحادیه", "الجیش الوطنی", "للجیش الوطنی",
    # "Chief of the General Staff of the Armed Forces of the Kyrgyz Republic"
    "of the armed forces of", "of the armed forces of the", "of the defence forces of", "of the defense forces of",
    "of the army of", "of the navy of", "of the air force of",
})


@cache
def stop_words() -> tuple[frozenset[str], frozenset[str]]:
    """Words no name contains: the names lexicon's stop words and every word of the event triggers."""
    lex = load_lexicon("names")
    triggers = load_lexicon("triggers")
    trigger_words = {w for t in triggers["trigger"] for lang in ("fa", "ar", "en") for p in t.get(lang, [])
                     for w in fold(p).split()}
    # and the Arabic ones with a pronoun glued on («لقاءاته», "his meetings»)
    trigger_words |= {w + s for w in trigger_words if not w.isascii() and len(w) > 2 for s in ("ه", "ها", "هما")}
    common = {fold(w) for ws in lex.get("common", {}).values() for w in ws} | date_words()
    stop = frozenset({fold(w) for ws in lex["stop"].values() for w in ws} | trigger_words | common)
    particles = frozenset(fold(w) for ws in lex["particles"].values() for w in ws)
    return stop, particles


@cache
def _glued_lookalikes() -> frozenset[str]:
    """Names that look like a glued «و» before a function word («واين», Wayne): ``glued_lookalikes``."""
    return frozenset(fold(w) for ws in load_lexicon("names").get("glued_lookalikes", {}).values() for w in ws)


@cache
def article_countries() -> frozenset[str]:
    """Countries whose people's names take the Arabic article «ال» (``article_names`` in names.toml)."""
    return frozenset(load_lexicon("names").get("article_names", {}).get("countries", []))


@cache
def name_suffixes() -> frozenset[str]:
    """Generation suffixes after a name ("Jr.", «جونیور»: ``suffixes`` in names.toml), folded."""
    return frozenset(fold(w) for w in load_lexicon("names").get("suffixes", {}).get("words", []))


@cache
def called_by() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(countries whose family names come first, countries whose people are called by their own name, the
    folded leading names skipped before that own name): ``called_by`` in names.toml."""
    lex = load_lexicon("names").get("called_by", {})
    return (frozenset(lex.get("family_name_first", [])), frozenset(lex.get("own_name", [])),
            frozenset(fold(w) for w in lex.get("leading", [])))


@cache
def regnal_numbers() -> frozenset[str]:
    """Regnal numbers after a monarch's name («الخامس», "III": ``regnal`` in names.toml), folded."""
    return frozenset(fold(w) for w in load_lexicon("names").get("regnal", {}).get("words", []))


def without_suffix(name: str) -> str:
    """``name`` without a trailing generation suffix («گیلبرتو تئودورو جونیور» → «گیلبرتو تئودورو»)."""
    words = name.split()
    return " ".join(words[:-1]) if len(words) >= 3 and fold(words[-1]) in name_suffixes() else name


def date_words() -> set[str]:
    """Persian and Arabic month and weekday names («مهر», «مهرماه», «الاثنين»): never part of a name
    («مهرماه گذشته»). Latin ones are left out: "June" and "May" are also given names."""
    dates = load_lexicon("dates")
    out: set[str] = set()
    for table in ("months", "weekdays"):
        for name, group in dates.get(table, {}).items():
            if name == "hijri":
                continue  # «رجب», «رمضان», «شعبان» are given names too
            for key, names in group.items():
                if isinstance(names, list):
                    for n in names:
                        f = fold(n)
                        if not f.isascii() and " " not in f:
                            out.update({f, f + "ماه"})
    return {w for w in out if len(w) >= 2} - _GIVEN_NAMES


# Month names that are also given names in Arabic script: «جون» (June in Dari; John, «جون هيلي»).
_GIVEN_NAMES = frozenset({"جون"})


def strip_clitic(ntext: str, span: tuple[int, int], name_words: frozenset[str]) -> tuple[int, int]:
    """«وستيف ويتكوف» → «ستيف ويتكوف», «بمحمد البواردى» → «محمد البواردى»: an Arabic و/ب/ل glued to
    the first word, when the word without it is a known name word (or follows a comma) and the word
    with it is not."""
    s, e = span
    first = fold(ntext[s:e].split()[0]) if ntext[s:e].split() else ""
    if _glued(first, name_words):
        return s + 1, e
    after_comma = ntext[max(0, s - 2):s].strip() in ("،", ",")
    if after_comma and len(first) >= 4 and first[0] == "و" and not first.isascii() and first not in name_words \
            and first not in _glued_lookalikes():
        return s + 1, e  # «، وستيف ويتكوف»: the next item of a list
    return span


def split_at_clitic(ntext: str, span: tuple[int, int], name_words: frozenset[str],
                    keep_tail: bool) -> tuple[int, int]:
    """«الفريق أول محمد زكي بمحمد البواردى وزير الدولة»: a word inside the span made of a glued ب/ل/و and a
    known name word starts a second name. ``keep_tail``: the name is the one after it (read back from
    an office after it), else the one before it."""
    s, e = span
    cuts = [s + w.start() for w in re.finditer(r"\S+", ntext[s:e]) if w.start() and _glued(fold(w.group()), name_words)]
    if not cuts:
        return span
    if keep_tail:
        return cuts[-1] + 1, e
    return s, s + len(ntext[s:cuts[0]].rstrip())


def _glued(word: str, name_words: frozenset[str]) -> bool:
    """``word`` is a known name word with an Arabic و/ب/ل glued on (and not itself a name word)."""
    return len(word) >= 4 and word[0] in "وبل" and not word.isascii() and word not in name_words \
        and word[1:] in name_words and word not in _glued_lookalikes()


def starts_clause(ntext: str, pos: int, strict: bool = False) -> bool:
    raw = ntext[max(0, pos - 16):pos]
    before = raw.rstrip(" ")
    if not before.strip() or before.endswith(("،", ",", ".", ":", "\n", "«", "(", "؛", "-")):
        return True
    return not strict and fold(before.split()[-1]) in introducers()


@cache
def introducers() -> frozenset[str]:
    lex = load_lexicon("names")
    return frozenset(fold(w) for ws in lex.get("introducers", {}).values() for w in ws)


@cache
def national_titles() -> dict[str, str]:
    lex = load_lexicon("names")
    return {fold(w): country for country, ws in lex.get("national_titles", {}).items() for w in ws}


def title_country(title: str) -> str | None:
    """The country whose forces alone use a rank or honorific («امیر دریادار» → IRN), else None."""
    words = set(fold(title).split())
    return next((c for w, c in national_titles().items() if w in words), None)


def tokens_back(window: str, base: int, lang: str | None) -> list[tuple[int, int]]:
    """Up to four name tokens at the end of ``window`` (offsets absolute)."""
    stop, particles = stop_words()
    toks = [(base + m.start(), base + m.end(), m.group()) for m in TOKEN.finditer(window)]
    tail = window[toks[-1][1] - base:] if toks else ""
    if toks and tail.strip():
        return []  # punctuation between the name and the role
    out: list[tuple[int, int]] = []
    words = 0
    for s, e, t in reversed(toks):
        if not name_token(t, lang, stop, particles) or words == MAX_WORDS:
            break
        words += fold(t) not in particles and fold(t) not in COMPOUND
        between = window[s - base:(out[0][0] - base)] if out else ""
        if out and BREAK.search(between):
            break
        out.insert(0, (s, e))
    return out


def tokens_forward(window: str, base: int, lang: str | None, titled: bool = False) -> list[tuple[int, int]]:
    stop, particles = stop_words()
    out: list[tuple[int, int]] = []
    last_end = 0
    words = 0
    for m in TOKEN.finditer(window):
        if BREAK.search(window[last_end:m.start()]) or words == MAX_WORDS:
            break
        if not out and titled and (_day_named(window, m, lang, stop, particles) or _titled_first_name(window, m)):
            pass  # "Dr Sunday Attah", «اللواء علي …»: a weekday, a month or a first name that looks like a function
            # word, right after a title and before a name word, is a first name
        elif not name_token(m.group(), lang, stop, particles) or _opens_office(window, m):
            break
        words += fold(m.group()) not in particles and fold(m.group()) not in COMPOUND
        out.append((base + m.start(), base + m.end()))
        last_end = m.end()
    while out and fold(window[out[-1][0] - base:out[-1][1] - base]) in particles:
        out.pop()
    if out and not titled and common_opening(window[out[0][0] - base:out[0][1] - base]):
        return []
    return out


_LATIN_DAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april "
                        "may june july august september october november december".split())


def _day_named(window: str, m: re.Match, lang: str | None, stop: frozenset[str], particles: frozenset[str]) -> bool:
    """A capitalised Latin weekday or month ("Sunday", "June") followed by a name word: a first name."""
    if not (m.group()[:1].isupper() and m.group().lower() in _LATIN_DAYS):
        return False
    nxt = TOKEN.search(window, m.end())
    return nxt is not None and window[m.end():nxt.start()] == " " and name_token(nxt.group(), lang, stop, particles)


@cache
def _first_names_after_rank() -> frozenset[str]:
    return frozenset(fold(w) for ws in load_lexicon("names").get("titled_first_names", {}).values() for w in ws)


def _titled_first_name(window: str, m: re.Match) -> bool:
    """«علي» right after a rank, a name word after it: Ali, not «على» ("on")."""
    if fold(m.group()) not in _first_names_after_rank():
        return False
    stop, particles = stop_words()
    nxt = TOKEN.search(window, m.end())
    return nxt is not None and window[m.end():nxt.start()] == " " and name_token(nxt.group(), "ar", stop, particles)


@cache
def office_openings() -> dict[str, frozenset[str]]:
    """The two-word openings of offices that the names lexicon lists («أمين عام»): first word -> second words."""
    out: dict[str, set[str]] = {}
    for ws in load_lexicon("names").get("office_openings", {}).values():
        for w in ws:
            first, _, second = fold(w).partition(" ")
            out.setdefault(first, set()).add(second)
    return {k: frozenset(v) for k, v in out.items()}


@cache
def _portfolio_lead() -> re.Pattern:
    words = "|".join(sorted((re.escape(w) for w in load_lexicon("names").get("portfolio_words", {}).get("en", [])),
                            key=len, reverse=True))
    return re.compile(rf"(?:(?:for|of)\s+)?(?:{words})(?:\s+(?:and\s+)?(?:{words}))*,?\s+", re.I)


@cache
def _office_qualifiers() -> frozenset[str]:
    return frozenset(fold(w) for ws in load_lexicon("names").get("office_qualifiers", {}).values() for w in ws)


def office_qualifiers_lead(window: str) -> int:
    """Length of the qualifiers opening ``window`` between an office and its holder's name («بالنيابة آنذاك »:
    ``office_qualifiers`` in names.toml), 0 if none."""
    end = 0
    for m in TOKEN.finditer(window):
        if window[end:m.start()].strip() or fold(m.group()) not in _office_qualifiers():
            break
        end = m.end()
    return end + (len(window[end:]) - len(window[end:].lstrip())) if end else 0


def only_office_qualifiers(gap: str) -> bool:
    """``gap`` is nothing but office qualifiers («بالنيابة آنذاك»)."""
    words = gap.split()
    return bool(words) and all(fold(w) in _office_qualifiers() for w in words)


def portfolio_lead(window: str) -> int:
    """Length of the rest of an English office's title opening ``window`` ("Policy ", "for Acquisition and
    Sustainment "): capitalised portfolio words (``portfolio_words`` in names.toml) before the name."""
    m = _portfolio_lead().match(window)
    if m is None or not all(w[:1].isupper() for w in m.group().split() if w not in ("for", "of", "and")):
        return 0
    return m.end()


def _opens_office(window: str, m: re.Match) -> bool:
    """«أمين» in «محمد بن ناصر الزعابي أمين عام وزارة الدفاع»: a name word that opens an office with the next."""
    seconds = office_openings().get(fold(m.group()))
    if not seconds:
        return False
    nxt = TOKEN.search(window, m.end())
    return nxt is not None and window[m.end():nxt.start()].strip() == "" and fold(nxt.group()) in seconds


def common_opening(token: str) -> bool:
    """An Arabic-script word with the article («المكلف», «للشؤون», «الوطني») opens a noun phrase,
    not a name, unless a rank or title stands before it."""
    f = fold(token)
    return len(f) > 3 and not f.isascii() and f.startswith(("ال", "لل"))


def is_name_word(token: str, lang: str | None) -> bool:
    """Could ``token`` be part of a person's name (not a function word, trigger, digit; capitalised in English)?"""
    stop, particles = stop_words()
    return name_token(token, lang, stop, particles) and fold(token) not in particles


def name_token(token: str, lang: str | None, stop: frozenset[str], particles: frozenset[str]) -> bool:
    f = fold(token)
    if f in particles or f in _glued_lookalikes():
        return True
    if f.startswith("وال") and len(f) > 3:
        return False  # «والوفد»: "and the ..." starts the next phrase
    if f in stop or any(ch.isdigit() for ch in token):
        return False
    if f[:1] in "وفلب" and f[1:] in stop and lang not in ("en", "fa"):
        return False  # «ويوقعان»: "and they sign", «لبحث»: "to discuss", a stop word with a clitic glued on
        # (Arabic, not «وان»)
    if lang == "en" or token.isascii():
        return token[:1].isupper() and token.isascii()
    return len(f) >= 2


# "Türkiye's Defense Industries President", "Pakistan's Joint Chiefs Chairman": a body's name between
_POSSESSIVE_BODY = re.compile(r"['’]s(?: [A-Z][a-z]+){1,3} ")


def country_near(mentions: list[Mention], i: int, ntext: str) -> tuple[str | None, int, int]:
    """The country of the role at ``mentions[i]``: a country/demonym right after it (fa/ar: «وزیر دفاع
    روسیه», «وزير الدفاع الروسي») or right before it (en: "Russian Defense Minister", "Russia's ...")."""
    role = mentions[i]
    nxt = mentions[i + 1] if i + 1 < len(mentions) else None
    if nxt is not None and (nxt.kind in COUNTRY_KINDS or nxt.kind == "org" and nxt.country) \
            and gap_ok(ntext[role.end:nxt.start]):  # «رئيس الأركان العامة للجيش الكويتي»
        return nxt.country, nxt.end, role.start
    prev = mentions[i - 1] if i > 0 else None
    if prev is not None and prev.kind in COUNTRY_KINDS and (gap_ok(ntext[prev.end:role.start], before=True)
                                                          or _POSSESSIVE_BODY.fullmatch(ntext, prev.end, role.start)):
        return prev.country, role.end, prev.start
    return role.country, role.end, role.start  # an office of one country only ("AFRICOM commander")


def first_from(mentions: list[Mention], at: int, lo: int = 0) -> Mention | None:
    """The first of ``mentions`` (sorted by start) from index ``lo`` on that starts at ``at`` or later."""
    j = bisect_left(mentions, at, lo=min(lo, len(mentions)), key=lambda m: m.start)
    return mentions[j] if j < len(mentions) else None


LONGEST = 200  # characters: no mention is longer, so a backward walk may stop once this far behind


def starting_in(mentions: list[Mention], a: int, b: int, hi: int | None = None) -> list[Mention]:
    """The ``mentions`` (sorted by start; only those before index ``hi``) that start in ``[a, b)``."""
    hi = len(mentions) if hi is None else hi
    return mentions[bisect_left(mentions, a, hi=hi, key=_start):bisect_left(mentions, b, hi=hi, key=_start)]


def overlapping(mentions: list[Mention], a: int, b: int) -> list[Mention]:
    """The ``mentions`` (sorted by start) that overlap ``[a, b)``."""
    return [m for m in starting_in(mentions, a - LONGEST, b) if m.end > a]


def _start(m: Mention) -> int:
    return m.start


def end_before(mentions: list[Mention], at: int, hi: int | None = None) -> int:
    """The furthest end, at or before ``at``, of the mentions before index ``hi`` (default: all that
    start before ``at``); 0 when none. Walks back only as far as a mention could still reach."""
    if hi is None:
        hi = bisect_left(mentions, at, key=lambda m: m.start)
    best = 0
    for j in range(hi - 1, -1, -1):
        m = mentions[j]
        if m.start + LONGEST < best:
            break
        if m.end <= at:
            best = max(best, m.end)
    return best


def country_after(ntext: str, mentions: list[Mention], end: int) -> str | None:
    """"Defense Minister Ravi Kumaran of India": the country named right after the name."""
    nxt = first_from(mentions, end)
    if nxt is not None and nxt.kind in COUNTRY_KINDS and fold(ntext[end:nxt.start]).strip() in ("of", "of the"):
        return nxt.country
    return None


def gap_ok(gap: str, before: bool = False) -> bool:
    """``gap`` may stand between an office and its country (a headline's last word is no country of the office
    that opens the next paragraph)."""
    if "\n" in gap:
        return False
    g = fold(gap).strip()
    if before:
        return g in ("", "'s", "'", "s")
    return g in ROLE_COUNTRY_GAPS or portfolio_tail(g)


_TAIL_END = frozenset({"ل", "فی", "لدی", "ال"})


@cache
def _portfolio() -> frozenset[str]:
    return frozenset(fold(w) for ws in load_lexicon("names").get("portfolio_words", {}).values() for w in ws)


def portfolio_tail(gap: str) -> bool:
    """The rest of an Arabic ministry's title between the office and its country (folded): «والتعاون الدولی»,
    «والخدمه الوطنیه», «والتعاون الاقلیمی والبورکینابیین بالخارج ل» (``portfolio_words``, or adjectives of
    relation)."""
    words = gap.split()
    if not words or not words[0].startswith("و") or len(words) > 8:
        return False
    if words[-1] in _TAIL_END:
        words = words[:-1]
    portfolio = _portfolio()
    return all(w in portfolio or w[1:] in portfolio or w.endswith(("ی", "یه", "یین", "یون")) and len(w) > 4
               for w in words)


def apposition_country(ntext: str, mentions: list[Mention], end: int) -> str | None:
    """The one country named in the words set beside a name up to the next punctuation: «ليندسي
    غراهام، عضو مجلس الشيوخ الأميركي،», «(اوگزان اور طغرول) سفیر کشور دوست ترکیه», «X همتای ترکیه‌ای
    خود»."""
    lead = re.match(r"[\s\"»)\]،,]*", ntext[end:end + 6])
    a = end + (lead.end() if lead else 0)
    stop = BREAK.search(ntext, a, a + 60)
    while stop is not None and ((abbr := _ABBREVIATION.match(ntext, stop.start()))
                                or (inside := _mention_around(mentions, stop.start())) is not None):
        # "Principal Staff Officer (PSO) of Bangladesh's …"; "commander of U.S. Africa Command": the stop is the
        # abbreviation's or the name's own
        stop = BREAK.search(ntext, abbr.end() if abbr else inside.end, a + 80)
    b = stop.start() if stop else min(len(ntext), a + 60)
    other = _comitative().search(ntext, a, b)  # «X همچنین با فرمانده … تایلند»: the one met, not X's apposition
    b = other.start() if other else b
    inside = [m for m in starting_in(mentions, a, b) if m.end <= b]
    if any(m.kind == "person" for m in inside) or _tells_event(ntext[a:b]):
        return None  # ", called on the Commander of the Sri Lanka Navy,": a clause, not an apposition
    # (an armed force or ministry of one country counts: «رئیس ستاد ارتش ارمنستان»)
    countries = {m.country for m in inside if m.kind in COUNTRY_KINDS + ("org", "role") and m.country}
    return countries.pop() if len(countries) == 1 else None


def _mention_around(mentions: list[Mention], pos: int) -> Mention | None:
    """The mention whose span holds ``pos`` ("U.S." around its full stops), or None."""
    return next((m for m in starting_in(mentions, pos - LONGEST, pos + 1) if m.start < pos < m.end), None)


_ABBREVIATION = re.compile(r"\([A-Z][A-Za-z&.\-]{1,9}\)")  # an office's abbreviation in brackets, "(PSO)"


@cache
def _comitative() -> re.Pattern:
    """The words introducing the one met (``comitative`` in triggers.toml: «با», «مع», "with"), whole."""
    words = {fold(w) for ws in load_lexicon("triggers")["comitative"].values() for w in ws}
    return re.compile(r"(?<!\S)(?:" + "|".join(map(re.escape, sorted(words))) + r")(?!\S)")


@cache
def _trigger_words() -> tuple[re.Pattern, frozenset[str]]:
    """The English event triggers, whole ("called on", "defence dialogue"), and the first word of each Persian
    and Arabic one («دیدار», «التقى»: their nouns and verbs tell an event alone), in folded text."""
    lex = load_lexicon("triggers")
    phrases = {fold(p).lower().strip() for t in lex["trigger"] if t["type"] != "NONE" for p in t.get("en", [])}
    alts = "|".join(sorted((re.escape(p) for p in phrases if p), key=len, reverse=True))
    heads = frozenset(fold(p).split()[0] for t in lex["trigger"] if t["type"] != "NONE"
                      for lang in ("fa", "ar") for p in t.get(lang, []) if fold(p).strip())
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)"), heads


def _tells_event(words: str) -> bool:
    """A trigger stands among ``words`` ("Permanent Secretary of Defence" holds none; "called on" does)."""
    phrases, heads = _trigger_words()
    folded = fold(words).lower()
    return phrases.search(folded) is not None or any(w in heads for w in folded.split())


def titled_country(mentions: list[Mention], start: int) -> str | None:
    """The country of a national rank standing right before a name («امیر دریادار حسین ...»)."""
    t = next((m for m in starting_in(mentions, start - 1 - LONGEST, start + 1)
              if m.kind == "title" and 0 <= start - m.end <= 1), None)
    return title_country(t.text) if t is not None else None
