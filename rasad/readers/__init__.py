"""Read documents from files, folders and stdin: JSONL, plain text, HTML, WARC.

``read_paths`` yields a ``Document`` per document and an ``InputError`` per input that could not be read,
so a batch reports the bad input and goes on.
"""

from __future__ import annotations

import hashlib
import io
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from ..document import Document
from ..errors import InputError
from .encoding import decode
from .html import declared_charset, extract_html, looks_like_html

__all__ = ["read_paths", "read_path", "read_bytes", "document_from_record", "DEFAULT_MAX_BYTES",
           "Unit", "read_units", "read_unit"]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024  # one document; a larger one is refused with a clear message

_JSONL = {".jsonl", ".ndjson", ".json"}
_WARC = {".warc", ".arc"}
_HTML = {".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx"}
_SKIP_NAMES = {".DS_Store", "Thumbs.db"}
_DOC_FILES = ("readme", "license", "licence", "changelog")  # a corpus folder's own documentation


def read_paths(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """Read every path (``-`` is stdin); folders are walked recursively in sorted order, skipping
    hidden files and a folder's README / LICENSE files."""
    for unit in read_units(paths, max_bytes=max_bytes):
        if isinstance(unit, InputError):
            yield unit
        else:
            yield from read_unit(unit, max_bytes=max_bytes)


@dataclass(frozen=True, slots=True)
class Unit:
    """One document's raw input, cheap to hand to another process; ``read_unit`` makes the document.

    ``kind`` is "file" (an HTML or text file, read whole), "line" (one JSONL line, ``data``) or
    "bytes" (a WARC record or stdin, ``data`` with ``url`` / ``declared`` charset / ``as_``: "html",
    "text" or None to sniff)."""

    kind: str
    source: str
    data: bytes | None = None
    doc_id: str | None = None
    lineno: int = 0
    url: str | None = None
    declared: str | None = None
    as_: str | None = None


def read_units(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Unit | InputError]:
    """The inputs of ``read_paths`` as units, in the same order, without reading any document:
    files are named, JSONL files split into lines, WARC archives into their records."""
    for p in paths:
        if p == "-":
            yield from _stream_units(sys.stdin.buffer, "<stdin>", max_bytes)
            continue
        path = Path(p)
        if path.is_dir():
            for file in sorted(f for f in path.rglob("*") if f.is_file()):
                if file.name in _SKIP_NAMES or file.name.lower().startswith(_DOC_FILES) \
                        or any(part.startswith(".") for part in file.relative_to(path).parts):
                    continue
                rel = file.relative_to(path).with_suffix("").as_posix()
                if file.name.endswith(".warc.gz"):
                    rel = rel[: -len(".warc")]
                yield from _file_units(file, rel, max_bytes)
        elif path.exists():
            yield from _file_units(path, None, max_bytes)
        else:
            yield InputError(p, "no such file or folder")


def read_unit(unit: Unit, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """The document of one unit (or the ``InputError`` saying why it cannot be read)."""
    if unit.kind == "file":
        yield from read_path(Path(unit.source), doc_id=unit.doc_id, max_bytes=max_bytes)
    elif unit.kind == "line":
        item = _jsonl_line(unit.data or b"", unit.lineno, unit.source, max_bytes)
        if item is not None:
            yield item
    else:
        yield from read_bytes(unit.data or b"", unit.source, doc_id=unit.doc_id, kind=unit.as_, url=unit.url,
                              declared=unit.declared, max_bytes=max_bytes)


def _file_units(path: Path, doc_id: str | None, max_bytes: int) -> Iterator[Unit | InputError]:
    """A JSONL or WARC file opened here and split; any other file named, to be read by ``read_unit``."""
    source = str(path)
    if not _is_warc(path) and path.suffix.lower() not in _JSONL:
        yield Unit("file", source, doc_id=doc_id)
        return
    try:
        with open(path, "rb") as f:
            yield from (_warc_units(f, source) if _is_warc(path) else _jsonl_units(f, source))
    except OSError as e:
        yield InputError(source, f"cannot read: {e.strerror or e}")


def _stream_units(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Unit | InputError]:
    """Stdin or any binary stream: WARC, JSONL, or one HTML / text document, sniffed from the content."""
    head = stream.read(8)
    rest = io.BufferedReader(_Prepend(head, stream))
    if head.startswith(b"WARC/") or head.startswith(b"\x1f\x8b"):
        yield from _warc_units(rest, source)
    elif head.lstrip()[:1] == b"{":
        yield from _jsonl_units(rest, source)
    else:
        data = rest.read(max_bytes + 1)
        if len(data) > max_bytes:
            yield InputError(source, _too_large(len(data) + _drain(rest), max_bytes))
            return
        yield Unit("bytes", source, data)


def _jsonl_units(f: BinaryIO, source: str) -> Iterator[Unit]:
    for lineno, raw in enumerate(f, 1):
        yield Unit("line", source, raw, lineno=lineno)


def _warc_units(f: BinaryIO, source: str) -> Iterator[Unit | InputError]:
    from .warc import iter_warc  # warcio (and fsspec) cost 50 ms to import: only when a WARC is read

    count = 0
    for rec in iter_warc(f, source):
        if isinstance(rec, InputError):
            yield rec
            continue
        count += 1
        kind = "text" if rec["content_type"] == "text/plain" else "html"
        doc_id = _derived_id(rec["url"], None) if rec["url"] else f"{Path(source).name}#{count}"
        yield Unit("bytes", rec["source"], rec["payload"], doc_id=doc_id, url=rec["url"], declared=rec["charset"],
                   as_=kind)


def _is_warc(path: Path) -> bool:
    return path.name.lower().endswith((".warc.gz", ".arc.gz")) or path.suffix.lower() in _WARC


def read_path(path: Path, *, doc_id: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """Read one file; its format comes from its extension, else from its first bytes."""
    source = str(path)
    name = path.name.lower()
    if _is_warc(path) or path.suffix.lower() in _JSONL:
        for unit in _file_units(path, doc_id, max_bytes):
            if isinstance(unit, InputError):
                yield unit
            else:
                yield from read_unit(unit, max_bytes=max_bytes)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(source, _too_large(size, max_bytes))
            return
        data = path.read_bytes()
    except OSError as e:
        yield InputError(source, f"cannot read: {e.strerror or e}")
        return
    kind = _kind_from_suffix(path.suffix.lower())
    default_id = doc_id if doc_id is not None else (path.name[: -len(".gz")] if name.endswith(".gz") else path.stem)
    yield from read_bytes(data, source, doc_id=default_id, kind=kind, max_bytes=max_bytes)


def read_stream(stream: BinaryIO, source: str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """Read stdin or any binary stream: JSONL, WARC, HTML or plain text, sniffed from the content."""
    for unit in _stream_units(stream, source, max_bytes):
        if isinstance(unit, InputError):
            yield unit
        else:
            yield from read_unit(unit, max_bytes=max_bytes)


def read_bytes(data: bytes, source: str, *, doc_id: str | None = None, kind: str | None = None,
               url: str | None = None, published: str | None = None, declared: str | None = None,
               max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """One document from bytes: ``kind`` is "html", "text" or None (sniffed)."""
    if len(data) > max_bytes:
        yield InputError(source, _too_large(len(data), max_bytes))
        return
    if not data.strip():
        yield InputError(source, "empty document")
        return
    try:
        text = decode(data, source, declared or (declared_charset(data) if kind != "text" else None))
    except InputError as e:
        yield e
        return
    if kind is None:
        kind = "html" if looks_like_html(text) else "text"
    doc_id = doc_id or _derived_id(url, text)
    if kind == "html":
        try:
            page = extract_html(text, source, url)
        except InputError as e:
            yield e
            return
        if is_blank(page["text"]):
            yield InputError(source, "no article text in the page (nothing but markup, spaces or invisible characters)")
            return
        yield Document(id=doc_id, text=page["text"], published=_iso_day(page["published"]) or published,
                       url=page["url"] or url, title=page["title"], site=page["site"], source=source,
                       meta={"format": "html"})
    else:
        if is_blank(text):
            yield InputError(source, _EMPTY)
            return
        yield Document(id=doc_id, text=text, url=url, published=published, source=source,
                       meta={"format": "text"})


def document_from_record(rec: Any, source: str) -> Document:
    """A ``Document`` from one JSONL record ``{"id", "text", "published"?, "url"?, "title"?, "lang"?}``."""
    if not isinstance(rec, dict):
        raise InputError(source, f"expected a JSON object, got {type(rec).__name__}")
    text = rec.get("text")
    if not isinstance(text, str):
        raise InputError(source, 'record has no "text" string')
    if is_blank(text):
        raise InputError(source, _EMPTY)
    for key in ("id", "published", "url", "title", "lang", "site"):
        if rec.get(key) is not None and not isinstance(rec[key], (str, int)):
            raise InputError(source, f'"{key}" must be a string, got {type(rec[key]).__name__}')
    lang = rec.get("lang")
    if lang is not None and lang not in ("fa", "ar", "en"):
        raise InputError(source, f'"lang" must be fa, ar or en, got {lang!r}')
    doc_id = str(rec["id"]) if rec.get("id") is not None else _derived_id(rec.get("url"), text)
    meta = {k: v for k, v in rec.items() if k not in ("id", "text", "published", "url", "title", "lang", "site")}
    meta["format"] = "jsonl"
    return Document(id=doc_id, text=text, published=_iso_day(rec.get("published")), url=rec.get("url"),
                    title=rec.get("title"), site=rec.get("site"), lang=lang, source=source, meta=meta)


def _jsonl_line(raw: bytes, lineno: int, source: str, max_bytes: int) -> Document | InputError | None:
    """The document of one JSONL line (None for a blank line)."""
    where = f"{source}:{lineno}"
    if len(raw) > max_bytes:
        return InputError(where, _too_large(len(raw), max_bytes))
    if not raw.strip():
        return None
    try:
        line = raw.decode("utf-8-sig" if lineno == 1 else "utf-8")
        return document_from_record(json.loads(line), where)
    except UnicodeDecodeError as e:
        return InputError(where, f"not UTF-8 (byte {e.start}); JSONL must be UTF-8")
    except json.JSONDecodeError as e:
        return InputError(where, f"invalid JSON at column {e.colno}: {e.msg.removesuffix(' at')}")
    except InputError as e:
        return e


def _kind_from_suffix(suffix: str) -> str | None:
    if suffix in _HTML:
        return "html"
    if suffix in (".txt", ".text", ".md"):
        return "text"
    return None


def _derived_id(url: str | None, text: str | None) -> str:
    """A stable id from the URL when there is one, else from the content."""
    basis = url if url else (text or "")
    prefix = "url" if url else "sha1"
    return f"{prefix}-{hashlib.sha1(basis.encode('utf-8')).hexdigest()[:16]}"


def _iso_day(value: Any) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or timestamp string; None for anything else."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    day = value[:10]
    try:
        date.fromisoformat(day)
    except ValueError:
        return None
    return day


_EMPTY = "empty document (no letters or digits: only spaces, punctuation or invisible characters)"


def is_blank(text: str) -> bool:
    """True when ``text`` has no letter or digit in any script: spaces, no-break spaces, ZWNJ, marks only."""
    return not any(ch.isalnum() and ch != "\u0640" for ch in text)  # tatweel is a "letter" to Python


def _drain(stream: BinaryIO, chunk: int = 1 << 20) -> int:
    """Read a stream to its end without keeping it; the number of bytes read (to report a size)."""
    total = 0
    while block := stream.read(chunk):
        total += len(block)
    return total


def _too_large(size: int, limit: int) -> str:
    return f"document too large ({size / 1048576:.1f} MB > {limit / 1048576:.0f} MB limit; raise it with --max-size)"


class _Prepend(io.RawIOBase):
    """A raw stream that returns ``head`` before the rest of ``stream`` (for sniffing stdin)."""

    def __init__(self, head: bytes, stream: BinaryIO):
        self._head, self._stream = head, stream

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(b), len(self._head))
            b[:n], self._head = self._head[:n], self._head[n:]
            return n
        data = self._stream.read(len(b))
        b[: len(data)] = data
        return len(data)
