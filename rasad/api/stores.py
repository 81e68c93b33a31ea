"""One read-only store connection per worker thread.

FastAPI runs plain ``def`` endpoints in a thread pool, and an SQLite connection belongs to the
thread that opened it; so each thread opens its own read-only store on first use, and all of
them are closed when the app shuts down.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from ..store import open_store


class StorePool:
    """Read-only stores of one database file, one per thread."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._opened: list[Any] = []
        self._generation = 0               # bumped by close_all: stores of older generations are closed

    def check(self) -> None:
        """Open (and close) the database once, so a bad path fails at start-up, not on first request."""
        store = open_store(self.path, readonly=True)
        _close(store)

    def get(self) -> Any:
        store = getattr(self._local, "store", None)
        if store is None or getattr(self._local, "generation", None) != self._generation:
            store = open_store(self.path, readonly=True)
            with self._lock:
                self._local.store, self._local.generation = store, self._generation
                self._opened.append(store)
        return store

    def close_all(self) -> None:
        with self._lock:
            self._generation += 1
            opened, self._opened = self._opened, []
        for store in opened:
            _close(store)


def _close(store: Any) -> None:
    close = getattr(store, "close", None)
    if close is None:
        return
    try:
        close()
    except Exception:  # noqa: BLE001 - a connection owned by another thread; the process ends anyway
        pass
