"""What the event tests share: the events rasad extracts from one article, and short views of them.
(tests/events is on sys.path under pytest's prepend import mode, as ``from test_accuracy import scorer`` uses.)"""

from __future__ import annotations

import rasad


def events(text: str, published: str | None = None, **kw) -> list[dict]:
    """The event records rasad extracts from ``text`` published on ``published``."""
    return rasad.extract(text, published=published, **kw)["events"]


def news(found: list[dict]) -> list[dict]:
    """The events an article reports as its news (not background references)."""
    return [e for e in found if not e.get("background")]


def people(event: dict) -> set[str]:
    """The names of an event's people."""
    return {p["name"] for p in event["persons"]}


def kinds(found: list[dict]) -> list[tuple]:
    """(type, countries) of each event, in order."""
    return [(e["type"], e["countries"]) for e in found]
