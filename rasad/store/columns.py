"""The data dictionary of the exports: every column of every table, its type and its meaning.

Types: ``str``, ``int``, ``float``, ``bool``, ``date`` (a calendar day: Parquet date32, ISO
YYYY-MM-DD in CSV and JSONL), ``list`` (of strings: a Parquet list, ``;``-joined in CSV) and
``persons`` (name, country, role, id, mentions: a Parquet list of structs; names ``;``-joined in CSV).
"""

from __future__ import annotations

__all__ = ["COLUMNS", "TABLES", "describe"]

TABLES = ("events", "reports", "dyadic")

_DATE = [
    ("date", "date", "the day of the event; empty unless the day is known (see date_precision)"),
    ("year", "int", "year of the event (any precision)"),
    ("month", "int", "month of the event, 1-12; empty for a year-precision date"),
    ("date_precision", "str", "day, month or year; empty when undated"),
    ("date_start", "date", "first day of the period the date stands for"),
    ("date_end", "date", "last day of the period the date stands for"),
]
_PLOVER = [
    ("plover_event", "str", "PLOVER event category (CONSULT, AGREE, SUPPORT, ...)"),
    ("plover_mode", "str", "PLOVER mode (visit, third-country, phone, ...)"),
    ("plover_context", "list", "PLOVER contexts (military, ...)"),
]


def _side(prefix: str, what: str) -> list[tuple[str, str, str]]:
    return [
        (f"{prefix}_country", "str", f"ISO 3166-1 alpha-3 code of the {what}"),
        (f"{prefix}_cow", "int", f"Correlates of War state number of the {what}"),
        (f"{prefix}_cow_abb", "str", f"Correlates of War state abbreviation of the {what}"),
        (f"{prefix}_gw", "int", f"Gleditsch-Ward code of the {what}"),
        (f"{prefix}_name", "str", f"actor: the {what}'s persons taking part ('; '-joined), else the country's name"),
        (f"{prefix}_role", "str", "the roles of those persons ('; '-joined)"),
    ]


_SIDES = [("directed", "bool", "true when the text gives a direction (visitor -> host, caller -> callee); "
                               "otherwise source/target are the first two sides in code order"),
          *_side("source", "source side"), *_side("target", "target side")]
_PLACE = [
    ("location", "str", "English name of the place (city) from the knowledge base"),
    ("location_country", "str", "ISO3 code of the place's country"),
    ("latitude", "float", "latitude of the place (WGS84)"),
    ("longitude", "float", "longitude of the place (WGS84)"),
    ("geo_precision", "str", "city, or country when only the country is known (its capital's coordinates)"),
]
_CODES = [
    ("cameo", "str", "CAMEO event code, a string with its leading zero (\"042\")"),
    ("quad_class", "int", "CAMEO quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, "
                          "4 material conflict"),
    ("goldstein", "float", "Goldstein conflict-cooperation score of the CAMEO code (-10 to +10)"),
    *_PLOVER,
]

COLUMNS: dict[str, list[tuple[str, str, str]]] = {
    "events": [
        ("id", "str", "merged event id (stable across re-ingests of the same reports)"),
        ("type", "str", "MEET or SIGN"),
        *_DATE,
        ("status", "str", "occurred or planned"),
        ("mode", "str", "visit, third-country or phone"),
        ("countries", "list", "ISO3 codes of every side"),
        *_SIDES, *_CODES, *_PLACE,
        ("persons", "persons", "persons taking part: canonical name, country, role, knowledge-base id, spellings"),
        ("topics", "list", "topics (counter-terrorism, afghanistan, ...)"),
        ("confidence", "float", "0-1"),
        ("n_sources", "int", "number of documents reporting the event"),
        ("first_seen", "date", "publication day of the first report"),
        ("first_url", "str", "URL of the first report"),
        ("urls", "list", "URL of every report"),
        ("langs", "list", "languages of the reports (fa, ar, en)"),
        ("outlets", "list", "outlets of the reports"),
        ("background", "bool", "a passing reference to an earlier or later event, not news"),
        ("wrong", "bool", "an analyst marked the event wrong"),
        ("corrections", "list", "analysts' corrections applied to the event (rasad correct)"),
    ],
    "reports": [
        ("event_id", "str", "the merged event the report is part of"),
        ("doc_id", "str", "document id"),
        ("report", "int", "position of the report in its document"),
        ("outlet", "str", "outlet of the document"),
        ("lang", "str", "language of the document"),
        ("url", "str", "URL of the document"),
        ("published", "date", "publication day of the document"),
        ("type", "str", "MEET or SIGN"),
        *_DATE,
        ("countries", "list", "ISO3 codes of every side"),
        ("source", "str", "ISO3 code of the source side, when directed"),
        ("target", "str", "ISO3 code of the target side, when directed"),
        ("status", "str", "occurred or planned"),
        ("mode", "str", "visit, third-country or phone"),
        ("location", "str", "English name of the place"),
        ("location_country", "str", "ISO3 code of the place's country"),
        ("persons", "persons", "persons taking part"),
        ("topics", "list", "topics"),
        ("cameo", "str", "CAMEO event code (string)"),
        *_PLOVER,
        ("confidence", "float", "0-1"),
        ("background", "bool", "a passing reference, not news"),
        ("evidence_text", "str", "the sentence that states the event, as read"),
        ("evidence_start", "int", "its first character in the document text as read (code points)"),
        ("evidence_end", "int", "one past its last character"),
    ],
    "dyadic": [
        ("event_id", "str", "merged event id"),
        *_DATE, *_SIDES, *_CODES,
        ("type", "str", "MEET or SIGN"),
        ("status", "str", "occurred or planned"),
        *_PLACE[:4],
        ("n_sources", "int", "number of documents reporting the event"),
        ("first_source_url", "str", "URL of the first report"),
        ("urls", "list", "URL of every report"),
        ("wrong", "bool", "an analyst marked the event wrong"),
    ],
}


def describe(table: str) -> str:
    """The data dictionary of ``table`` as a Markdown table."""
    lines = ["| column | type | meaning |", "|---|---|---|"]
    lines += [f"| `{name}` | {kind} | {meaning} |" for name, kind, meaning in COLUMNS[table]]
    return "\n".join(lines)
