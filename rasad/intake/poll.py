"""One round of intake: poll every source's feeds and sitemaps, fetch the articles that are new or
changed, run them through the pipeline into the store, and record each one as soon as it is stored.

Fetching runs in a small thread pool, scheduled per host (never more requests in flight to a host
than the fetcher allows, so one slow outlet cannot hold the others up); reading, the pipeline and the
database writes run in the calling thread, one article at a time:

    article fetched → read (rasad.readers) → text unchanged? skip → same text under another URL? skip
                    → store.ingest([doc]) (added / updated in one transaction) → intake row committed

A feed's ETag / Last-Modified are saved only once every article it listed is stored (or has failed
for good), so a round cut short is simply done again: what was stored is skipped, nothing is lost.
"""

from __future__ import annotations

import hashlib
import queue
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError, RasadError
from .fetch import FetchError, Fetcher, FetchResult
from .lists import Item, Listing, canonical_url, parse_listing
from .schedule import Scheduler
from .sources import Source
from .state import ArticleState, IntakeState, now

__all__ = ["Intake", "RoundReport", "MAX_ATTEMPTS"]

MAX_ATTEMPTS = 3            # an article that failed this often is left alone until its feed dates it anew
MAX_ITEMS_PER_LIST = 300    # newest first; the rest waits for the next round
MAX_CHILD_SITEMAPS = 3      # of a sitemap index, the most recently modified


@dataclass
class RoundReport:
    """What a round (or a ``rasad ingest URL...``) did."""

    sources: int = 0
    lists: int = 0
    not_modified: int = 0
    fetched: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicates: int = 0
    reports: int = 0            # event reports stored with new or updated articles
    new_events: int = 0         # merged events the store did not have before
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    stopped: bool = False

    def line(self) -> str:
        return (f"{self.sources} sources, {self.lists} lists ({self.not_modified} unchanged): "
                f"{self.new} new articles, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.duplicates} duplicates; {self.new_events} new events, {self.reports} event reports; "
                f"{len(self.errors)} errors; {self.seconds:.1f} s" + (" (stopped)" if self.stopped else ""))

    def to_dict(self) -> dict[str, Any]:
        d = {k: getattr(self, k) for k in ("sources", "lists", "not_modified", "fetched", "new", "updated",
                                            "unchanged", "duplicates", "reports", "new_events", "stopped")}
        return {**d, "errors": len(self.errors), "seconds": round(self.seconds, 3)}


@dataclass
class _Task:
    kind: str                   # "list" | "article"
    url: str
    source: Source | None
    item: Item | None = None
    known: ArticleState | None = None
    validators: tuple[str | None, str | None] = (None, None)
    parent: str | None = None   # the list an article came from
    save_validators: bool = True


@dataclass
class _ListProgress:
    source_id: str | None
    etag: str | None = None
    last_modified: str | None = None
    pending: int = 0
    listed: bool = False
    retry_pending: bool = False


class Intake:
    """Fetches into one store with one intake state; ``stop`` ends a round between two articles."""

    def __init__(self, store: Any, state: IntakeState, fetcher: Fetcher, *, concurrency: int = 8,
                 max_bytes: int | None = None, log: Callable[[str], None] | None = None):
        self.store, self.state, self.fetcher = store, state, fetcher
        self.stop = fetcher.stop
        self.concurrency = max(1, concurrency)
        self.max_bytes = max_bytes or fetcher.config.max_bytes
        self.log = log or (lambda message: None)

    # -- public ----------------------------------------------------------------------------------
    def run_round(self, sources: list[Source]) -> RoundReport:
        """Poll ``sources`` once (see the module docstring)."""
        tasks = []
        for src in sources:
            for url in src.lists:
                tasks.append(_Task("list", url, src, validators=self.state.list_validators(url)))
        return self._run(tasks, RoundReport(sources=len(sources)))

    def ingest_urls(self, urls: list[str]) -> RoundReport:
        """Fetch and ingest article pages; a page fetched before is asked for with its validators and
        stored again only when its text changed."""
        report = RoundReport()
        canon: list[str] = []
        for url in urls:
            c = canonical_url(url)
            if c is None:
                report.errors.append(f"{url}: not an http(s) URL")
            elif c not in canon:
                canon.append(c)
        known = self.state.articles(canon)
        tasks = [_Task("article", u, None, Item(u), known.get(u)) for u in canon]
        return self._run(tasks, report)

    def watch(self, every: float, *, once: bool = False, announce: Callable[[str], None] | None = None) -> int:
        """Poll the state's enabled sources every ``every`` seconds until ``stop`` is set (or once);
        ``announce`` gets one line per round. Returns the number of rounds run."""
        rounds = 0
        while not self.stop.is_set():
            rounds += 1
            try:
                report = self.run_round(self.state.sources())
            except RasadError as e:  # e.g. the database locked by another writer for too long
                self.log(f"rasad: error: round {rounds}: {e}")
            else:
                if announce:
                    announce(f"{now()} round {rounds}: {report.line()}")
            if once or self.stop.wait(every):
                break
        return rounds

    # -- the loop --------------------------------------------------------------------------------
    def _run(self, tasks: list[_Task], report: RoundReport) -> RoundReport:
        start = time.perf_counter()
        events_before = self.store.count_events()
        self._report = report
        self._lists: dict[str, _ListProgress] = {}
        self._source_pending: dict[str, int] = {}
        self._source_errors: dict[str, list[str]] = {}
        self._seen: set[str] = set()
        results: queue.Queue = queue.Queue()
        sched = Scheduler(self.fetcher, results, self.concurrency)
        with ThreadPoolExecutor(self.concurrency, thread_name_prefix="rasad-intake") as pool:
            sched.pool = pool
            for task in tasks:
                self._add(sched, task)
            while sched.busy():
                try:
                    task, result = results.get(timeout=0.2)
                except queue.Empty:
                    continue
                sched.done(task)
                if self.stop.is_set():
                    report.stopped = True
                    sched.cancel()
                    continue
                try:
                    self._take(sched, task, result)
                except RasadError as e:  # the database failed: reported, the URL is tried next round
                    self._error(task, f"{task.url}: {e}")
                except Exception as e:  # noqa: BLE001 - a bug on one input must not end the round
                    self._error(task, f"{task.url}: {type(e).__name__}: {e}")
                finally:
                    self._finish(task)
        report.new_events = max(0, self.store.count_events() - events_before)
        report.seconds = time.perf_counter() - start
        return report

    def _add(self, sched: Scheduler, task: _Task) -> None:
        sid = task.source.id if task.source else None
        if sid is not None:
            self._source_pending[sid] = self._source_pending.get(sid, 0) + 1
        if task.kind == "list":
            self._lists.setdefault(task.url, _ListProgress(sid))
        elif task.parent:
            self._lists[task.parent].pending += 1
        sched.submit(task)

    def _finish(self, task: _Task) -> None:
        """Book-keeping once a task is handled: save a list's validators when all its articles are in,
        and a source's success or error when all its lists are."""
        if task.kind == "article" and task.parent:
            self._lists[task.parent].pending -= 1
            self._maybe_save_list(task.parent)
        elif task.kind == "list":
            self._maybe_save_list(task.url)
        if task.source is None:
            return
        sid = task.source.id
        self._source_pending[sid] -= 1
        if self._source_pending[sid] == 0:
            errors = self._source_errors.pop(sid, [])
            self.state.source_done(sid, "; ".join(errors)[:1000] if errors else None)

    def _maybe_save_list(self, url: str) -> None:
        lp = self._lists.get(url)
        if lp and lp.listed and lp.pending == 0 and not lp.retry_pending and lp.source_id:
            self.state.put_list(url, lp.source_id, lp.etag, lp.last_modified)
            lp.listed = False   # saved once

    def _error(self, task: _Task, message: str) -> None:
        self._report.errors.append(message)
        self.log(f"rasad: error: {message}")
        if task.source is not None:
            self._source_errors.setdefault(task.source.id, []).append(message)

    # -- handling results --------------------------------------------------------------------------
    def _take(self, sched: Scheduler, task: _Task, result: FetchResult | FetchError) -> None:
        if task.kind == "list":
            self._take_list(sched, task, result)
        else:
            self._take_article(task, result)

    def _take_list(self, sched: Scheduler, task: _Task, result: FetchResult | FetchError) -> None:
        report = self._report
        report.lists += 1
        lp = self._lists[task.url]
        if isinstance(result, FetchError):
            self._error(task, str(result))
            return
        if result.not_modified:
            report.not_modified += 1
            return
        try:
            listing = parse_listing(result.content, task.url)
        except InputError as e:
            self._error(task, str(e))
            return
        if task.save_validators:
            lp.etag, lp.last_modified = result.etag, result.last_modified
        lp.listed = True
        if listing.kind == "sitemapindex":
            for child, _ in sorted(listing.sitemaps, key=lambda s: s[1] or "", reverse=True)[:MAX_CHILD_SITEMAPS]:
                if child not in self._lists:
                    self._add(sched, _Task("list", child, task.source, validators=(None, None),
                                           save_validators=False))
            return
        self._schedule_items(sched, task, listing)

    def _schedule_items(self, sched: Scheduler, task: _Task, listing: Listing) -> None:
        items = [i for i in listing.items if i.url not in self._seen]
        if listing.kind == "sitemap":
            items.sort(key=lambda i: i.stamp or "", reverse=True)
        items = items[:MAX_ITEMS_PER_LIST]
        known = self.state.articles(i.url for i in items)
        for item in items:
            self._seen.add(item.url)
            k = known.get(item.url)
            if _wanted(item, k):
                self._add(sched, _Task("article", item.url, task.source, item, k, parent=task.url))

    def _take_article(self, task: _Task, result: FetchResult | FetchError) -> None:
        report, item, known = self._report, task.item, task.known
        sid = task.source.id if task.source else None
        url = task.url
        if isinstance(result, FetchError):
            self._error(task, str(result))
            attempts = (known.attempts if known and known.status == "error" else 0) + 1
            if task.parent and attempts < MAX_ATTEMPTS and (result.retryable or result.status is None):
                self._lists[task.parent].retry_pending = True
            self.state.put_article(url, sid, "error", error=str(result), stamp=item.stamp if item else None)
            return
        report.fetched += 1
        if result.not_modified:
            report.unchanged += 1
            self.state.put_article(url, sid, "unchanged", etag=result.etag or (known.etag if known else None),
                                   last_modified=result.last_modified or (known.last_modified if known else None),
                                   stamp=item.stamp)
            return
        doc = self._read(task, result)
        if doc is None:
            return
        if known and known.doc_id and known.status in ("stored", "unchanged"):
            doc.id = known.doc_id       # one document per listed URL, wherever it redirects today
        text_hash = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        common = {"text_hash": text_hash, "etag": result.etag, "last_modified": result.last_modified,
                  "stamp": item.stamp}
        if known and known.text_hash == text_hash and known.doc_id:
            report.unchanged += 1
            self.state.put_article(url, sid, "unchanged", doc_id=known.doc_id, **common)
            return
        other = self.state.doc_with_hash(text_hash, url)
        if other:
            report.duplicates += 1
            self.state.put_article(url, sid, "duplicate", doc_id=other, **common)
            return
        try:
            ingested = self.store.ingest([doc])
        except RasadError as e:
            self._error(task, f"{url}: {e}")
            return
        if ingested.failed:
            for message in ingested.failed:
                self._error(task, message)
            self.state.put_article(url, sid, "skipped", error=ingested.failed[0], **common)
            return
        report.new += ingested.added
        report.updated += ingested.updated
        report.unchanged += ingested.unchanged
        report.reports += ingested.reports
        self.state.put_article(url, sid, "stored", doc_id=doc.id, reports=ingested.reports
                               if (ingested.added or ingested.updated) else None, **common)

    def _read(self, task: _Task, result: FetchResult):
        """The document of a fetched page (rasad's readers: encodings, HTML main text, metadata)."""
        from ..readers import read_bytes  # HTML extraction is heavy: loaded only when pages come in

        url = canonical_url(result.final_url) or task.url
        kind = "text" if result.content_type == "text/plain" else None
        for out in read_bytes(result.content, task.url, url=url, kind=kind, published=task.item.published,
                              declared=result.charset, max_bytes=self.max_bytes):
            if isinstance(out, InputError):
                self._error(task, str(out))
                self.state.put_article(task.url, task.source.id if task.source else None, "skipped",
                                       error=out.message, stamp=task.item.stamp)
                return None
            if task.source is not None:
                out.meta["intake_source"] = task.source.id
            return out
        return None


def _wanted(item: Item, known: ArticleState | None) -> bool:
    """Whether a listed article should be fetched: new, dated anew by its list, or failed not too often."""
    if known is None:
        return True
    if known.status == "error":
        return known.attempts < MAX_ATTEMPTS or (item.stamp is not None and item.stamp != known.stamp)
    return item.stamp is not None and item.stamp != known.stamp
