"""One reading of the event filters for the CLI, the REST API and the Python API.

``make_filter`` takes the values as a user types them and returns the store's ``EventFilter``:

- ``country`` / ``dyad``: an ISO3 code or any name of a country the knowledge base knows, in English,
  Persian or Arabic («ایران», «إيران», "Iran", "iran") — matched by identity, not text;
- ``person``: any spelling of a known person («شویگو», «شويغو», "Shoigu") becomes that person's
  knowledge-base id; a name the base does not know must be one stored with an event;
- ``type`` and ``status`` in any case; ``date_from`` / ``date_to`` as YYYY, YYYY-MM or YYYY-MM-DD,
  real calendar dates only (``2024-13`` and ``2024-02-30`` are refused).

An unknown or malformed value raises ``FilterError`` naming the parameter and, where it can, the
closest known values.
"""

from __future__ import annotations

import difflib
import re
from datetime import date
from functools import cache
from typing import Any

from ..errors import RasadError
from ..normalise import fold
from .query import EventFilter

__all__ = ["FilterError", "make_filter", "country_code", "person_terms", "check_day", "TYPES", "STATUSES",
           "LANGS"]

TYPES = ("MEET", "SIGN")
STATUSES = ("occurred", "planned")
LANGS = ("fa", "ar", "en")
MAX_TEXT = 200
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_QUOTES = "«»\"'“”‘’"


class FilterError(RasadError, ValueError):
    """A filter or query value that cannot be used (the API answers 422, the CLI one line)."""


def make_filter(*, country: str | None = None, dyad: str | tuple[str, str] | None = None,
                person: str | None = None, type: str | None = None, status: str | None = None,
                date_from: str | date | None = None, date_to: str | date | None = None,
                lang: str | None = None, outlet: str | None = None, background: bool = False,
                include_wrong: bool = False, conn: Any = None) -> EventFilter:
    """The ``EventFilter`` for values as typed; ``conn`` (an open database) lets person names that
    the knowledge base does not know be matched against the names stored with events."""
    pair = None
    if dyad:
        parts = _dyad_parts(dyad)
        pair = tuple(sorted(country_code(p, "dyad") for p in parts))
        if pair[0] == pair[1]:
            raise FilterError("dyad: the two sides must differ")
    d_from = check_day(date_from, "date_from")
    d_to = check_day(date_to, "date_to")
    if d_from and d_to and _first_day(d_from) > _last_day(d_to):
        raise FilterError(f"date_from ({d_from}) is after date_to ({d_to})")
    return EventFilter(
        country=country_code(country, "country") if _given(country, "country") else None,
        dyad=pair, persons=person_terms(_text(person, "person"), conn) if _given(person, "person") else None,
        type=_choice(type, TYPES, "type", str.upper), status=_choice(status, STATUSES, "status", str.lower),
        date_from=d_from, date_to=d_to, lang=_choice(lang, LANGS, "lang", str.lower),
        outlet=_text(outlet, "outlet"), include_background=bool(background), include_wrong=bool(include_wrong))


def _given(value: Any, name: str) -> bool:
    return _text(value, name) is not None


def _text(value: Any, name: str) -> str | None:
    if value is None or value == "":
        return None
    value = str(value).strip()
    if not value:
        raise FilterError(f"{name}: must not be blank")
    if len(value) > MAX_TEXT:
        raise FilterError(f"{name}: at most {MAX_TEXT} characters")
    if any(ord(ch) < 32 for ch in value):
        raise FilterError(f"{name}: control characters are not allowed")
    return value


def _choice(value: Any, allowed: tuple[str, ...], name: str, norm) -> str | None:
    value = _text(value, name)
    if value is None:
        return None
    if norm(value) not in allowed:
        raise FilterError(f"{name}: {value!r} is not one of {', '.join(allowed)}")
    return norm(value)


def _dyad_parts(dyad: str | tuple[str, str]) -> list[str]:
    parts = list(dyad) if isinstance(dyad, tuple | list) else re.split(r"[,;]", dyad)
    if len(parts) == 1 and parts[0].count("-") == 1:
        parts = parts[0].split("-")
    parts = [p.strip() for p in parts if p and p.strip()]
    if len(parts) != 2:
        raise FilterError(f"dyad: give two countries, e.g. IRN,RUS or Iran,Russia; got {dyad!r}")
    return parts


# -- dates ---------------------------------------------------------------------------------------

def check_day(value: str | date | None, name: str) -> str | None:
    """``value`` as YYYY, YYYY-MM or YYYY-MM-DD, checked against the calendar."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value.isoformat()
    value = str(value).strip()
    m = _DATE_RE.match(value)
    if not m:
        raise FilterError(f"{name}: {value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    if month is not None and not 1 <= month <= 12:
        raise FilterError(f"{name}: {value!r} has no month {month}")
    if day is not None:
        try:
            date(year, month, day)
        except ValueError:
            raise FilterError(f"{name}: {value!r} is not a day of the calendar") from None
    return value


def _first_day(value: str) -> str:
    return value + ("-01-01" if len(value) == 4 else "-01" if len(value) == 7 else "")


def _last_day(value: str) -> str:
    return value + ("-12-31" if len(value) == 4 else "-31" if len(value) == 7 else "")


# -- countries -----------------------------------------------------------------------------------

@cache
def _countries() -> tuple[dict[str, str], dict[str, str]]:
    """Folded name → ISO3 code, and code → English name, for every country the KB knows."""
    from ..kb import load_kb

    names: dict[str, str] = {}
    english: dict[str, str] = {}
    for code, c in load_kb().countries.items():
        english[code] = c.name
        names.setdefault(fold(code), code)
        for n in [c.name, *c.all_names()]:
            names.setdefault(fold(n), code)
    return names, english


def country_code(value: str, name: str = "country") -> str:
    """The ISO3 code of ``value``: a code or any known name of a country (en/fa/ar)."""
    text = _text(value, name)
    if text is None:
        raise FilterError(f"{name}: give a country")
    names, english = _countries()
    if re.fullmatch(r"[A-Z]{3}", text) and text in english:
        return text
    code = names.get(fold(text.strip(_QUOTES)))
    if code:
        return code
    close = difflib.get_close_matches(fold(text), list(names), n=12, cutoff=0.6)
    codes = list(dict.fromkeys(names[c] for c in close))[:4]
    hint = f"; closest: {', '.join(f'{english.get(c, c)} ({c})' for c in codes)}" if codes else ""
    raise FilterError(f"{name}: unknown country {text!r}{hint}")


# -- persons -------------------------------------------------------------------------------------

@cache
def _persons() -> tuple[dict[str, list[str]], dict[str, str]]:
    """Folded spelling → knowledge-base person ids, and id → English name."""
    from ..kb import load_kb

    spellings: dict[str, list[str]] = {}
    english: dict[str, str] = {}
    for pid, p in load_kb().persons.items():
        english[pid] = p.name
        _full_names[pid] = tuple(sorted({fold(n) for n in [p.name, *p.all_names()] if n}))
        for n in {pid, p.name, *p.all_names(), *p.short}:
            ids = spellings.setdefault(fold(n), [])
            if pid not in ids:
                ids.append(pid)
    return spellings, english


_full_names: dict[str, tuple[str, ...]] = {}


def person_terms(value: str, conn: Any = None) -> tuple[str, ...]:
    """What the person filter looks for: the ids and full names of the known persons ``value`` names
    (events stored before the knowledge base knew them carry only names), else ``value`` itself when
    events are stored with that name (``conn``); else ``FilterError`` with suggestions."""
    spellings, english = _persons()
    key = fold(value.strip().strip(_QUOTES)).strip()
    ids = spellings.get(key) or spellings.get(key.lower())
    if ids:
        return tuple(sorted({*ids, *(n for pid in ids for n in _full_names.get(pid, ()))}))
    stored: list[str] = []
    if conn is not None:
        if conn.execute("SELECT 1 FROM event_persons WHERE term = ? LIMIT 1", (key,)).fetchone():
            return (key,)
        stored = [t for (t,) in conn.execute("SELECT DISTINCT term FROM event_persons LIMIT 20000")]
    close = difflib.get_close_matches(key, list(spellings) + stored, n=12, cutoff=0.6)
    shown = list(dict.fromkeys(english[spellings[c][0]] if c in spellings else c for c in close))[:4]
    hint = f"; closest known: {', '.join(shown)}" if shown else ""
    raise FilterError(f"person: no known person {value!r}{hint}")
