"""Office-holders from Wikidata's SPARQL endpoint, read politely (the endpoint's usage policy).

One query per country (the offices) and one per batch of people (labels and aliases in en/fa/ar),
sent one at a time with a User-Agent naming rasad, a pause between requests, and 429/503 answers
honoured through their Retry-After. What comes back is parsed into plain ``Holding`` records; turning
them into knowledge-base files is ``rasad.kb.refresh``'s work.
"""

from __future__ import annotations

import json
import re
import time
import tomllib
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from .. import __version__
from ..errors import DataError

__all__ = ["Holding", "Person", "RefreshError", "Unreachable", "SparqlClient", "Rules", "load_rules", "offices_query",
           "names_query", "parse_offices", "parse_names"]

USER_AGENT = f"rasad/{__version__} (event data on defence diplomacy; rasad kb refresh) python-urllib"
PRECISION = {9: "year", 10: "month", 11: "day"}


class RefreshError(DataError):
    """Wikidata could not be asked or answered with something unreadable."""


class Unreachable(RefreshError):
    """The endpoint cannot be reached at all (no network): no point asking for the next country."""


@dataclass(frozen=True, slots=True)
class Holding:
    """One P39 statement: ``person`` held ``role`` of ``country`` from ``start`` to ``end``.

    ``start``/``end`` are "YYYY", "YYYY-MM" or "YYYY-MM-DD" as precise as Wikidata states them."""

    person: str
    country: str
    role: str
    position: str
    position_label: str
    start: str | None
    end: str | None
    acting: bool = False


@dataclass(slots=True)
class Person:
    """A person's labels and aliases per language, from Wikidata."""

    qid: str
    names: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Rules:
    """How positions become rasad roles (``rasad/data/kb/wikidata.toml``)."""

    endpoint: str
    since: date
    since_for: dict[str, date]
    roles: list[tuple[str, list[re.Pattern[str]]]]
    acting: list[re.Pattern[str]]
    label_words: list[str]

    def role_for(self, label: str) -> str | None:
        """The rasad role of a position with this English label (None: not an office rasad keeps)."""
        for role, patterns in self.roles:
            if any(p.search(label) for p in patterns):
                return None if role == "skip" else role
        return None

    def is_acting(self, *labels: str) -> bool:
        return any(p.search(label) for label in labels for p in self.acting)


def load_rules(path: Path | None = None) -> Rules:
    """The rules file (default: the bundled ``data/kb/wikidata.toml``)."""
    from . import bundled_dir

    path = path or bundled_dir() / "wikidata.toml"
    try:
        with open(path, "rb") as f:
            raw = tomllib.load(f)
        roles = [(role, [re.compile(p, re.I) for p in pats]) for role, pats in raw["roles"].items()]
        return Rules(endpoint=raw["endpoint"], since=raw["since"], since_for=dict(raw.get("since_for", {})),
                     roles=roles, acting=[re.compile(p, re.I) for p in raw.get("acting", [])],
                     label_words=list(raw.get("label_words", [])))
    except (OSError, tomllib.TOMLDecodeError, KeyError, re.error) as e:
        raise DataError(f"{path}: cannot read the Wikidata rules: {e}") from None


def offices_query(iso3: str, rules: Rules) -> str:
    """The SPARQL query for every holder of the country's offices (head of state, government, ministers)."""
    words = " || ".join(f'CONTAINS(LCASE(?label), "{w}")' for w in rules.label_words) or "true"
    since = rules.since_for.get(iso3, rules.since).isoformat()
    return f"""SELECT ?person ?position ?positionLabel ?start ?startPrecision ?end ?endPrecision ?nature WHERE {{
  ?country wdt:P298 "{iso3}" .
  {{ ?country wdt:P1906 ?position . }} UNION {{ ?country wdt:P1313 ?position . }}
  UNION {{ ?position wdt:P1001 ?country . ?position rdfs:label ?label . FILTER(LANG(?label) = "en") FILTER({words}) }}
  ?person p:P39 ?statement . ?statement ps:P39 ?position .
  OPTIONAL {{ ?statement pqv:P580 [ wikibase:timeValue ?start ; wikibase:timePrecision ?startPrecision ] }}
  OPTIONAL {{ ?statement pqv:P582 [ wikibase:timeValue ?end ; wikibase:timePrecision ?endPrecision ] }}
  OPTIONAL {{ ?statement pq:P5102|pq:P1480 ?n . ?n rdfs:label ?nature . FILTER(LANG(?nature) = "en") }}
  ?position rdfs:label ?positionLabel . FILTER(LANG(?positionLabel) = "en")
  FILTER(!BOUND(?end) || ?end >= "{since}T00:00:00Z"^^xsd:dateTime)
}}"""


def names_query(qids: list[str]) -> str:
    """The SPARQL query for labels and aliases in en/fa/ar of these people."""
    values = " ".join(f"wd:{q}" for q in qids)
    return f"""SELECT ?person ?name ?lang ?kind WHERE {{
  VALUES ?person {{ {values} }}
  {{ ?person rdfs:label ?name . BIND("label" AS ?kind) }} UNION {{ ?person skos:altLabel ?name . BIND("alias" AS ?kind) }}
  BIND(LANG(?name) AS ?lang) FILTER(?lang IN ("en", "fa", "ar"))
}}"""


def _qid(uri: str) -> str:
    return uri.rsplit("/", 1)[-1]


def _value(row: dict[str, Any], key: str) -> str | None:
    cell = row.get(key)
    return cell.get("value") if isinstance(cell, dict) else None


def _bound(value: str | None, precision: str | None) -> str | None:
    """A Wikidata time value cut to its precision: "2013-08-15", "2013-08" or "2013" (None if coarser)."""
    if not value or not re.match(r"^\+?\d{4}-\d\d-\d\d", value.lstrip("+")):
        return None
    kind = PRECISION.get(int(precision)) if precision and precision.isdigit() else "day"
    text = value.lstrip("+")[:10]
    return {"day": text, "month": text[:7], "year": text[:4]}.get(kind or "", None)


def parse_offices(iso3: str, answer: dict[str, Any], rules: Rules) -> list[Holding]:
    """The holdings in one offices answer, one per statement, mapped to rasad roles."""
    seen: dict[tuple, Holding] = {}
    for row in _bindings(answer):
        label = _value(row, "positionLabel") or ""
        role = rules.role_for(label)
        person, position = _value(row, "person"), _value(row, "position")
        if role is None or not person or not position:
            continue
        h = Holding(person=_qid(person), country=iso3, role=role, position=_qid(position), position_label=label,
                    start=_bound(_value(row, "start"), _value(row, "startPrecision")),
                    end=_bound(_value(row, "end"), _value(row, "endPrecision")),
                    acting=rules.is_acting(label, _value(row, "nature") or ""))
        key = (h.person, h.role, h.start, h.end)
        seen[key] = h if key not in seen else (h if h.acting and not seen[key].acting else seen[key])
    return list(seen.values())


def parse_names(answer: dict[str, Any]) -> dict[str, Person]:
    """People with their labels first, then aliases, per language."""
    people: dict[str, Person] = {}
    rows = sorted(_bindings(answer), key=lambda r: _value(r, "kind") != "label")
    for row in rows:
        qid, name, lang = _qid(_value(row, "person") or ""), _value(row, "name"), _value(row, "lang")
        if not qid or not name or lang not in ("en", "fa", "ar"):
            continue
        names = people.setdefault(qid, Person(qid)).names.setdefault(lang, [])
        if name.strip() and name not in names:
            names.append(name.strip())
    return people


def _bindings(answer: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        rows = answer["results"]["bindings"]
    except (KeyError, TypeError):
        raise RefreshError("the SPARQL endpoint answered without results.bindings (not a SPARQL JSON result)") \
            from None
    return [r for r in rows if isinstance(r, dict)]


class SparqlClient:
    """Sends queries one at a time, with a pause between them, retrying 429/503/timeouts politely."""

    def __init__(self, endpoint: str, *, pause: float = 1.0, timeout: float = 65.0, retries: int = 4,
                 sleep: Callable[[float], None] = time.sleep, max_wait: float = 300.0):
        self.endpoint, self.pause, self.timeout, self.retries = endpoint, pause, timeout, retries
        self.sleep, self.max_wait = sleep, max_wait
        self.requests = 0
        self._last = 0.0

    def query(self, sparql: str) -> dict[str, Any]:
        """The JSON answer to ``sparql``; ``RefreshError`` with one line when it cannot be had."""
        body = urllib.parse.urlencode({"query": sparql, "format": "json"}).encode()
        for attempt in range(self.retries + 1):
            wait = self.pause - (time.monotonic() - self._last)
            if self.requests and wait > 0:
                self.sleep(wait)
            self._last = time.monotonic()
            self.requests += 1
            request = urllib.request.Request(self.endpoint, data=body, method="POST", headers={
                "User-Agent": USER_AGENT, "Accept": "application/sparql-results+json",
                "Content-Type": "application/x-www-form-urlencoded"})
            try:
                with urllib.request.urlopen(request, timeout=self.timeout) as response:
                    raw = response.read()
            except urllib.error.HTTPError as e:
                if e.code in (429, 500, 502, 503, 504) and attempt < self.retries:
                    self.sleep(self._retry_after(e.headers.get("Retry-After"), attempt))
                    continue
                raise RefreshError(f"{self.endpoint} answered {e.code} {e.reason}") from None
            except (urllib.error.URLError, TimeoutError, OSError) as e:
                if isinstance(e, TimeoutError) and attempt < self.retries:
                    self.sleep(self._retry_after(None, attempt))
                    continue
                reason = getattr(e, "reason", e)
                raise Unreachable(f"cannot reach {self.endpoint}: {reason} (kb refresh needs internet access)") \
                    from None
            try:
                return json.loads(raw)
            except ValueError:
                raise RefreshError(f"{self.endpoint} answered something that is not JSON") from None
        raise RefreshError(f"{self.endpoint} kept asking to wait; try again later")  # pragma: no cover

    def _retry_after(self, header: str | None, attempt: int) -> float:
        """Seconds to wait: the server's Retry-After (seconds or an HTTP date), else exponential backoff."""
        if header:
            try:
                return min(self.max_wait, max(0.0, float(header)))
            except ValueError:
                try:
                    return min(self.max_wait, max(0.0, parsedate_to_datetime(header).timestamp() - time.time()))
                except (TypeError, ValueError):
                    pass
        return min(self.max_wait, 2.0 * 2 ** attempt)
