"""Handing fetch tasks to a thread pool fairly: at most ``host_concurrency`` tasks per host at once
(the fetcher keeps the pace within a host), and a bounded number of fetched bodies waiting to be
read, so one slow host cannot occupy every thread and memory stays small."""

from __future__ import annotations

import queue
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import urlsplit

from .fetch import FetchError, Fetcher, FetchResult

__all__ = ["Scheduler"]


class Scheduler:
    """Runs ``fetcher.get`` for tasks (objects with ``url``, ``kind``, ``validators``, ``known``) and puts
    ``(task, FetchResult | FetchError)`` on ``results``; the caller calls ``done(task)`` for each."""

    def __init__(self, fetcher: Fetcher, results: queue.Queue, concurrency: int):
        self.fetcher, self.results, self.concurrency = fetcher, results, concurrency
        self.pool: ThreadPoolExecutor | None = None
        self.per_host = max(1, fetcher.config.host_concurrency)
        self.waiting: dict[str, deque[Any]] = {}
        self.inflight: dict[str, int] = {}
        self.outstanding = 0          # submitted, result not yet taken

    def submit(self, task: Any) -> None:
        self.waiting.setdefault(_host(task.url), deque()).append(task)
        self.pump()

    def done(self, task: Any) -> None:
        self.outstanding -= 1
        self.inflight[_host(task.url)] -= 1
        self.pump()

    def cancel(self) -> None:
        self.waiting.clear()

    def busy(self) -> bool:
        return self.outstanding > 0 or any(self.waiting.values())

    def pump(self) -> None:
        for host, tasks in list(self.waiting.items()):
            while tasks and self.inflight.get(host, 0) < self.per_host and self.outstanding < 2 * self.concurrency:
                task = tasks.popleft()
                self.inflight[host] = self.inflight.get(host, 0) + 1
                self.outstanding += 1
                self.pool.submit(self._run, task)
            if not tasks:
                del self.waiting[host]

    def _run(self, task: Any) -> None:
        try:
            etag, modified = task.validators if task.kind == "list" else (
                (task.known.etag, task.known.last_modified) if task.known and task.known.doc_id else (None, None))
            result: FetchResult | FetchError = self.fetcher.get(task.url, etag=etag, last_modified=modified)
        except FetchError as e:
            result = e
        except Exception as e:  # noqa: BLE001 - a bug in one fetch must not hang the round
            result = FetchError(task.url, f"{type(e).__name__}: {e}")
        self.results.put((task, result))


def _host(url: str) -> str:
    return urlsplit(url).netloc.lower()
