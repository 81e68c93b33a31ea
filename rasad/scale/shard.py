"""The shard function: one input → one Parquet file of reports. Pure and engine-agnostic.

    run_shard("s3://bucket/CC-NEWS-20240101.warc.gz", "out/shards")  # any fsspec URL or local path

An input is a WARC / WARC.gz file, a JSONL file, a single HTML or text file, or a folder of these
(read as ``rasad ingest`` reads them: same document ids). The output's name comes from the input's
identity — its URL, size and modification time or ETag (of every file, for a folder) — and rasad's
version, and it is written atomically (a temporary file renamed), so running a shard again skips it
when its output exists, and a killed run resumes where it stopped.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import PurePosixPath
from typing import Any

from .. import __version__
from ..document import Document
from ..errors import DataError, InputError, StoreError
from ..store.ingest import now
from ..store.write import content_hash, outlet_of
from .records import SHARD_COLUMNS, document_row, error_row

__all__ = ["ShardResult", "run_shard", "shard_name", "read_input", "LOCAL_PREFIX"]

LOCAL_PREFIX = "file://"
_TEXT_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", ".txt", ".text", ".md"}
_MAX_BYTES = 10 * 1024 * 1024
_ROW_GROUP = 2000
SHARD_FORMAT = 1  # the shard file's columns (``records.SHARD_COLUMNS``): a change makes every shard anew


@dataclass
class ShardResult:
    """What one shard holds (also stored in its file's metadata, so a skipped shard reports the same)."""

    input: str
    path: str
    docs: int = 0
    events: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    skipped: bool = False
    keys: list[tuple[str, str | None]] = field(default_factory=list)  # (merge key, time) of its reports

    def to_dict(self) -> dict[str, Any]:
        return {"input": self.input, "path": self.path, "docs": self.docs, "events": self.events,
                "errors": self.errors, "seconds": round(self.seconds, 3), "keys": self.keys}


def is_local(source: str) -> bool:
    return "://" not in source or source.startswith(LOCAL_PREFIX)


def _fs(url: str):
    from fsspec.core import url_to_fs
    return url_to_fs(url)


def shard_name(source: str) -> str:
    """The output file name of ``source``: derived from its identity and rasad's version."""
    fs, path = _fs(source)
    if fs.isdir(path):
        entries = sorted(fs.find(path, detail=True).items())
        facts = [(p, _fingerprint(info)) for p, info in entries]
    else:
        facts = [(path, _fingerprint(fs.info(path)))]
    basis = json.dumps([fs.unstrip_protocol(path), facts, __version__, SHARD_FORMAT, os.environ.get("RASAD_KB", "")],
                       default=str, sort_keys=True)
    digest = hashlib.sha1(basis.encode("utf-8")).hexdigest()[:16]
    stem = re.sub(r"[^\w.-]+", "_", PurePosixPath(path.rstrip("/")).name)[:60] or "input"
    return f"{stem}-{digest}.parquet"


def _fingerprint(info: dict[str, Any]) -> list:
    etag = info.get("ETag") or info.get("etag") or info.get("md5Hash")
    mtime = info.get("mtime") or info.get("LastModified") or info.get("last_modified") or info.get("updated") \
        or info.get("created")
    return [info.get("size"), str(etag) if etag else None, None if etag else str(mtime)]


def read_input(source: str, *, max_bytes: int = _MAX_BYTES) -> Iterator[Document | InputError]:
    """The documents of one input, local or remote (ids as ``rasad ingest`` gives them)."""
    from ..readers import read_bytes, read_paths, read_stream

    if is_local(source):
        yield from read_paths([source.removeprefix(LOCAL_PREFIX)], max_bytes=max_bytes)
        return
    fs, path = _fs(source)
    if not fs.exists(path):
        yield InputError(source, "no such file or folder")
        return
    if fs.isdir(path):
        files = sorted(p for p in fs.find(path) if not any(part.startswith(".")
                       for part in PurePosixPath(p).relative_to(path.rstrip("/")).parts))
        items = [(p, PurePosixPath(p).relative_to(path.rstrip("/")).with_suffix("").as_posix()) for p in files]
    else:
        items = [(path, None)]
    for p, rel in items:
        url = fs.unstrip_protocol(p)
        suffix = PurePosixPath(p).suffix.lower()
        try:
            with fs.open(p, "rb") as f:
                if suffix in _TEXT_SUFFIXES:
                    kind = "text" if suffix in (".txt", ".text", ".md") else "html"
                    stem = rel if rel is not None else PurePosixPath(p).stem
                    yield from read_bytes(f.read(max_bytes + 1), url, doc_id=stem, kind=kind, max_bytes=max_bytes)
                else:
                    yield from read_stream(f, url, max_bytes=max_bytes)
        except OSError as e:
            yield InputError(url, f"cannot read: {e}")


def run_shard(source: str, out_dir: str, *, process: Callable[[Document], Document] | None = None,
              max_bytes: int = _MAX_BYTES, force: bool = False) -> ShardResult:
    """Read, process and write one input to ``out_dir``/``shard_name(source)``; skipped when done."""
    import pyarrow.parquet as pq

    start = time.perf_counter()
    try:
        name = shard_name(source)
    except FileNotFoundError:
        raise InputError(source, "no such file or folder") from None
    except (OSError, ValueError) as e:
        raise InputError(source, f"cannot read: {e}") from None
    fs, out = _fs(out_dir)
    target = f"{out.rstrip('/')}/{name}"
    if fs.exists(target) and not force:
        with fs.open(target, "rb") as f:
            meta = pq.ParquetFile(f).metadata.metadata or {}
        done = json.loads(meta.get(b"rasad", b"{}"))
        return ShardResult(source, fs.unstrip_protocol(target), done.get("docs", 0), done.get("events", 0),
                           done.get("errors", []), 0.0, True, [tuple(k) for k in done.get("keys", [])])
    if process is None:
        from ..pipeline import process as default_process
        process = default_process
    result = ShardResult(source, fs.unstrip_protocol(target))
    _write(fs, out, target, _rows(source, process, max_bytes, result), result, start)
    return result


def _rows(source: str, process: Callable[[Document], Document], max_bytes: int,
          result: ShardResult) -> Iterator[dict[str, Any]]:
    from ..store.merge import merge_key, time_of

    stamp = now()
    keys: set[tuple[str, str | None]] = set()
    for item in read_input(source, max_bytes=max_bytes):
        if isinstance(item, InputError):
            result.errors.append(str(item))
            yield error_row(item.source, str(item))
            continue
        digest, read_published = content_hash(item), item.published
        try:
            doc = process(item)
        except (DataError, StoreError):  # a broken knowledge base would fail every document: it ends the run
            raise
        except Exception as e:  # one bad document must not stop a shard of thousands
            text = f"{item.source or item.id}: processing failed: {type(e).__name__}: {e}"
            result.errors.append(text)
            yield error_row(item.source, text, item.id)
            continue
        result.docs += 1
        result.events += len(doc.events)
        keys.update((merge_key(e.type, set(e.countries)), time_of(e.date, e.date_precision, doc.published))
                    for e in doc.events)
        yield document_row(doc, digest, read_published, outlet_of(doc), stamp)
    result.keys = sorted(keys, key=lambda k: (k[0], k[1] or ""))


def _write(fs, out: str, target: str, rows: Iterator[dict[str, Any]], result: ShardResult, start: float) -> None:
    """Write ``rows`` in row groups to a temporary file, then rename it to ``target``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([(n, getattr(pa, t)()) for n, t in SHARD_COLUMNS])
    fs.makedirs(out, exist_ok=True)
    tmp = f"{out.rstrip('/')}/.{PurePosixPath(target).name}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        with fs.open(tmp, "wb") as f, pq.ParquetWriter(f, schema, compression="zstd") as writer:
            while batch := list(islice(rows, _ROW_GROUP)):
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            result.seconds = time.perf_counter() - start
            writer.add_key_value_metadata({"rasad": json.dumps(result.to_dict(), ensure_ascii=False)})
        fs.mv(tmp, target)
    finally:
        if fs.exists(tmp):
            fs.rm(tmp)
