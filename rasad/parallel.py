"""Every core: the pipeline over many documents in worker processes, results in input order.

Each worker loads the knowledge base and builds its automaton once (the pool's initializer), then
processes chunks of documents; at most a few chunks per worker are in flight, so a long input is
streamed, never held in memory whole. A document that fails comes back as its ``ProcessingError``
(or ``TimeBudgetError``) in its place, so the caller reports it and goes on. Inputs too small to
repay starting processes are processed in the calling process.

``extract_lines`` is the path of ``rasad extract``: the calling process only names the inputs
(``rasad.readers.read_units``: file names, JSONL lines, WARC records) and writes what comes back;
reading, HTML extraction, the pipeline and the JSON serialisation of each record are the workers'.
``ingest_items`` is the same for ``rasad ingest``: the workers read, hash and process each unit and
hand back the processed document, while the calling process stores the batches that came before.
"""

from __future__ import annotations

import gc
import json
import os
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice

from .document import Document
from .errors import DataError, InputError, ProcessingError, RasadError, StoreError

__all__ = ["process_many", "extract_lines", "ingest_items", "Workers", "default_jobs"]

CHUNK = 8            # documents per task sent to a worker
IN_FLIGHT = 4        # tasks queued per worker
MAX_CHUNK = 32       # ``extract_lines``: chunks grow from CHUNK to this (a worker idles at most one chunk at the end)


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def process_many(docs: Iterable[Document], jobs: int | None = None, *, pipeline=None,
                 time_budget="default") -> Iterator[Document | ProcessingError]:
    """See ``rasad.pipeline.process_many``."""
    it = iter(docs)
    head = list(islice(it, CHUNK * 2))
    with Workers(jobs, pipeline=pipeline, time_budget=time_budget) as workers:
        if workers.jobs == 1 or len(head) <= CHUNK:  # one process, or too little work to start any
            for doc in _chain(head, it):
                yield _one(doc, pipeline, time_budget)
            return
        yield from workers.stream(_chain(head, it))


def extract_lines(units: Iterable, jobs: int | None = None, *, max_bytes: int, pipeline=None,
                  time_budget="default") -> Iterator[str | RasadError]:
    """Each unit of ``rasad.readers.read_units`` (or its ``InputError``) read, processed and its record
    serialised as one JSON line (no newline), in input order; a unit that fails gives its error instead.
    All of this happens in the workers; one job (or a small input) runs the same code here."""
    it = iter(units)
    head = list(islice(it, CHUNK * 2))
    args = (max_bytes, pipeline, time_budget)
    with Workers(jobs, pipeline=pipeline, time_budget=time_budget) as workers:
        if workers.jobs == 1 or len(head) <= CHUNK:
            for chunk in _chunks(_chain(head, it), CHUNK):
                yield from map(_unwrap_line, _extract_work(list(map(_portable, chunk)), *args))
            return
        growing = _growing_chunks(map(_portable, _chain(head, it)))
        yield from map(_unwrap_line, workers.ordered(growing, _extract_work, args))


def ingest_items(units: Iterable, jobs: int | None = None, *, max_bytes: int, digest, known: dict | None = None,
                 pipeline=None, time_budget="default") -> Iterator[tuple]:
    """Each unit of ``rasad.readers.read_units`` read, hashed (``digest(doc)``) and processed, in input order:
    ``("doc", id, hash, processed document)``, ``("failed", id, hash, message)``, ``("error", message)``
    for a unit that cannot be read, or ``("same", id, hash, document as read)`` without processing when
    ``known`` (document id → the first 16 characters of its stored hash) already holds its content.
    All of this happens in the workers (``known`` is handed to each once); one job runs it here."""
    it = iter(units)
    head = list(islice(it, CHUNK * 2))
    args = (max_bytes, digest, pipeline, time_budget)
    # with stored hashes, a re-ingest may process nothing: the workers then never load the knowledge base
    with Workers(jobs, pipeline=pipeline, time_budget=time_budget, shared=known, lazy=bool(known)) as workers:
        if workers.jobs == 1 or len(head) <= CHUNK:
            for chunk in _chunks(_chain(head, it), CHUNK):
                yield from _ingest_work(list(map(_portable, chunk)), *args, known=known)
            return
        yield from workers.ordered(_growing_chunks(map(_portable, _chain(head, it))), _ingest_work, args)


class Workers:
    """A pool of worker processes (started on first need) that process documents in input order."""

    def __init__(self, jobs: int | None = None, *, pipeline=None, time_budget="default", shared=None,
                 lazy: bool = False):
        self.jobs = default_jobs() if jobs is None or jobs <= 0 else jobs
        self.pipeline, self.time_budget = pipeline, time_budget
        self.shared = shared  # read-only data each worker receives once (``ingest_items``: stored hashes)
        self.lazy = lazy      # load the knowledge base when first needed (work that may need none)
        self._pool = None

    def map(self, docs: list[Document]) -> list[Document | ProcessingError]:
        """Every document of ``docs`` processed (or its error), in order."""
        if self.jobs == 1 or len(docs) <= CHUNK:
            return [_one(doc, self.pipeline, self.time_budget) for doc in docs]
        return list(self.stream(iter(docs)))

    def stream(self, docs: Iterator[Document]) -> Iterator[Document | ProcessingError]:
        chunks = _chunks(docs, CHUNK)
        yield from map(_unwrap, self.ordered(chunks, _work, (self.pipeline, self.time_budget)))

    def ordered(self, chunks: Iterator[list], work, args: tuple = ()) -> Iterator:
        """``work(chunk, *args)`` (a list per chunk) run on the workers, flattened in input order;
        at most ``IN_FLIGHT`` chunks per worker are queued, so the input is streamed."""
        from concurrent.futures.process import BrokenProcessPool

        pool = self._start()
        pending: deque = deque()
        try:
            for chunk in chunks:
                pending.append(pool.submit(work, chunk, *args))
                while len(pending) >= self.jobs * IN_FLIGHT:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BrokenProcessPool:
            raise RasadError("a worker process ended abruptly (killed, or out of memory?); the documents after the "
                             "last one written were not processed: run again with --jobs 1 to find the one "
                             "that ends it") from None

    def _start(self):
        if self._pool is None:
            # fork shares what this process has loaded and starts at once; with other threads running
            # (a server), a forked child could inherit a held lock: a fresh interpreter is started then.
            import multiprocessing  # here: a small input, processed in this process, never needs it
            from concurrent.futures import ProcessPoolExecutor

            fork = threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()
            ctx = multiprocessing.get_context("fork" if fork else "spawn")
            self._pool = ProcessPoolExecutor(self.jobs, mp_context=ctx, initializer=_init_worker,
                                             initargs=(self.shared, self.lazy))
        return self._pool

    def close(self) -> None:
        # The queued chunks are cancelled and the workers finish the ones they hold, then exit.
        # (``multiprocessing.Pool.terminate`` kills them instead, and its task thread, left waiting for the
        # task queue's lock, then hung the run now and then: seen after a broken knowledge base.)
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _chain(head: list[Document], rest: Iterator[Document]) -> Iterator[Document]:
    yield from head
    yield from rest


def _chunks(docs: Iterator, size: int) -> Iterator[list]:
    while chunk := list(islice(docs, size)):
        yield chunk


def _growing_chunks(items: Iterator) -> Iterator[list]:
    """Chunks of CHUNK items at first (the workers start at once), doubling up to MAX_CHUNK."""
    size = CHUNK
    while chunk := list(islice(items, size)):
        yield chunk
        size = min(size * 2, MAX_CHUNK)


_SHARED = None  # in a worker: ``Workers.shared``
_BROKEN: RasadError | None = None  # in a worker: why it could not load the knowledge base


def _init_worker(shared=None, lazy: bool = False) -> None:
    """Load the knowledge base and build its automaton once per worker (unless ``lazy``: on first use).
    A failure is kept and raised by the first work given (a pool whose initializer raises fails every task
    without saying why)."""
    global _SHARED, _BROKEN
    _SHARED = shared
    if lazy:
        return
    from .kb import load_kb
    from .mentions import matcher_for
    from .pipeline import default_pipeline

    try:
        default_pipeline()
        matcher_for(load_kb())
    except RasadError as e:  # a broken knowledge base
        _BROKEN = e
        return
    gc.freeze()  # the knowledge base stays for the worker's life: the collector need not scan it again


def _one(doc: Document, pipeline, time_budget) -> Document | ProcessingError:
    from .pipeline import process

    try:
        return process(doc, pipeline, time_budget=time_budget)
    except ProcessingError as e:
        return e


def _work(chunk: list[Document], pipeline, time_budget) -> list:
    """In a worker: each document processed, or its error in a form that crosses processes."""
    out: list = []
    for doc in chunk:
        r = _process(doc, pipeline, time_budget)
        if isinstance(r, ProcessingError) and type(r) is ProcessingError:
            r = ("error", r.source, r.stage, type(r.error).__name__, str(r.error))
        elif isinstance(r, Document):
            r._memo.clear()  # the stages' per-document cache need not travel back
        out.append(r)
    return out


def _portable(unit):
    """A unit as it crosses to a worker: an ``InputError`` met while naming the inputs as its message."""
    return str(unit) if isinstance(unit, InputError) else unit


def _read_chunk(chunk: list, max_bytes: int) -> Iterator[Document | str]:
    """The documents of a chunk of units, or for each unit (or record) that cannot be read its error line."""
    from .readers import read_unit

    for unit in chunk:
        if isinstance(unit, str):
            yield unit
            continue
        for doc in read_unit(unit, max_bytes=max_bytes):
            yield str(doc) if isinstance(doc, InputError) else doc


def _process(doc: Document, pipeline, time_budget) -> Document | ProcessingError:
    """``_one`` in a worker: any other rasad error (a broken knowledge base) ends the run."""
    if _BROKEN is not None:
        raise _fatal(_BROKEN)
    try:
        return _one(doc, pipeline, time_budget)
    except RasadError as e:  # a broken knowledge base ends the run, as in one process
        raise _fatal(e) from None


def _extract_work(chunk: list, max_bytes: int, pipeline, time_budget) -> list[tuple[bool, str]]:
    """Each unit read, processed and serialised: ``(True, json line)`` or ``(False, error message)``."""
    out: list[tuple[bool, str]] = []
    for doc in _read_chunk(chunk, max_bytes):
        if isinstance(doc, str):
            out.append((False, doc))
            continue
        r = _process(doc, pipeline, time_budget)
        if isinstance(r, ProcessingError):
            out.append((False, str(r)))
        else:
            out.append((True, json.dumps(r.to_record(), ensure_ascii=False, default=str)))
    return out


def _ingest_work(chunk: list, max_bytes: int, digest, pipeline, time_budget, known=None) -> list[tuple]:
    """Each unit read, hashed and (unless ``known`` holds its content) processed: see ``ingest_items``."""
    known = _SHARED if known is None else known
    out: list[tuple] = []
    for doc in _read_chunk(chunk, max_bytes):
        if isinstance(doc, str):
            out.append(("error", doc))
            continue
        h = digest(doc)  # of the document as read, before the pipeline fills anything in
        if known and known.get(doc.id) == h[:16]:
            out.append(("same", doc.id, h, doc))
            continue
        r = _process(doc, pipeline, time_budget)
        if isinstance(r, ProcessingError):
            out.append(("failed", doc.id, h, failure_message(doc, r)))
        else:
            r._memo.clear()
            out.append(("doc", doc.id, h, r))
    return out


def failure_message(doc: Document, e: Exception) -> str:
    """The one line naming a document that could not be processed."""
    return f"{doc.source or doc.id}: processing failed: {type(e).__name__}: {e}"


def _unwrap_line(r: tuple[bool, str]) -> str | RasadError:
    return r[1] if r[0] else RasadError(r[1])


def _unwrap(r) -> Document | ProcessingError:
    if isinstance(r, tuple) and r and r[0] == "error":
        _, source, stage, name, message = r
        return ProcessingError(source, stage, type(name, (Exception,), {})(message))
    return r


def _fatal(e: RasadError) -> RasadError:
    """An error that ends the run (a broken knowledge base), as a class that survives pickling."""
    return type(e)(str(e)) if isinstance(e, (DataError, StoreError)) else RasadError(str(e))
