"""A small cache of computed answers, valid until the database file changes.

The aggregate answers (graph, time series, map, counts, stats) cost tens to hundreds of
milliseconds on a large database and change only when something is ingested. Each entry remembers
the database's signature (size and modification time of the file and its WAL) when it was computed;
a write by ``rasad ingest`` changes the signature and so retires every entry at once.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

T = TypeVar("T")


class AnswerCache:
    """Least-recently-used answers of one database; ``size=0`` turns caching off."""

    def __init__(self, db_path: str | os.PathLike, size: int = 256):
        self.paths = [os.fspath(db_path) + suffix for suffix in ("", "-wal")]
        self.size = size
        self._entries: OrderedDict[Hashable, tuple[tuple, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def signature(self) -> tuple:
        out = []
        for p in self.paths:
            try:
                st = os.stat(p)
                out.append((st.st_size, st.st_mtime_ns))
            except OSError:
                out.append(None)
        return tuple(out)

    def get(self, key: Hashable, compute: Callable[[], T]) -> T:
        """The cached answer for ``key``, or ``compute()`` (stored when the database did not change meanwhile)."""
        if self.size <= 0:
            return compute()
        sig = self.signature()
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None and entry[0] == sig:
                self._entries.move_to_end(key)
                self.hits += 1
                return entry[1]
            self.misses += 1
        value = compute()
        if self.signature() == sig:
            with self._lock:
                self._entries[key] = (sig, value)
                self._entries.move_to_end(key)
                while len(self._entries) > self.size:
                    self._entries.popitem(last=False)
        return value
