"""The per-document time budget: a pathological document becomes a one-line error, the batch goes on.

The pipeline opens a budget for each document (``within``); stages and the loops that grow with a
document call ``check()``, which raises ``TimeBudgetError`` naming the document and the stage once the
budget is spent. The budget lives in a context variable, so it holds per thread (API workers) and per
process (``--jobs``) without any signal or shared state. Default: 30 s, or ``$RASAD_TIME_BUDGET``
(``0`` or ``none`` for no limit).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from .errors import DataError, TimeBudgetError

__all__ = ["DEFAULT_SECONDS", "default_budget", "within", "check", "set_stage"]

DEFAULT_SECONDS = 30.0


class _Budget:
    __slots__ = ("deadline", "seconds", "source", "stage")

    def __init__(self, seconds: float, source: str):
        self.deadline = time.monotonic() + seconds
        self.seconds, self.source, self.stage = seconds, source, "start"


_current: ContextVar[_Budget | None] = ContextVar("rasad_time_budget", default=None)


def default_budget() -> float | None:
    """Seconds allowed per document: ``$RASAD_TIME_BUDGET`` if set (0 or "none": no limit), else 30."""
    value = os.environ.get("RASAD_TIME_BUDGET", "").strip().lower()
    if not value:
        return DEFAULT_SECONDS
    if value in ("0", "none", "off"):
        return None
    try:
        seconds = float(value)
    except ValueError:
        raise DataError(f"RASAD_TIME_BUDGET={value!r} is not a number of seconds (use e.g. 30, or 0 for none)") from None
    return seconds if seconds > 0 else None


@contextmanager
def within(seconds: float | None, source: str) -> Iterator[None]:
    """Run the body under a budget of ``seconds`` for the document ``source`` (None: no limit)."""
    token = _current.set(_Budget(seconds, source) if seconds else None)
    try:
        yield
    finally:
        _current.reset(token)


def set_stage(name: str) -> None:
    """Record the stage now running (for the message), and check the budget."""
    b = _current.get()
    if b is not None:
        b.stage = name
        if time.monotonic() > b.deadline:
            raise TimeBudgetError(b.source, name, b.seconds)


def check() -> None:
    """Raise ``TimeBudgetError`` when the current document's budget is spent (cheap: call it in loops)."""
    b = _current.get()
    if b is not None and time.monotonic() > b.deadline:
        raise TimeBudgetError(b.source, b.stage, b.seconds)
