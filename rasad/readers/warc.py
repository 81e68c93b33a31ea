"""WARC and WARC.gz archives: the HTML (and plain-text) responses inside, with their URLs and dates."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..errors import InputError

_TEXT_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def iter_warc(stream: BinaryIO, source: str) -> Iterator[dict | InputError]:
    """Yield ``{"url", "date", "content_type", "charset", "payload", "source"}`` per text response.

    A truncated or corrupt archive yields an ``InputError`` for the rest and stops; records read before
    the damage are kept."""
    n = 0
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type not in ("response", "resource", "conversion"):
                continue
            n += 1
            ctype = ""
            if record.http_headers is not None:
                ctype = record.http_headers.get_header("Content-Type") or ""
            else:
                ctype = record.rec_headers.get_header("Content-Type") or ""
            mime = ctype.split(";")[0].strip().lower()
            if mime and mime not in _TEXT_TYPES:
                continue
            charset = None
            if "charset=" in ctype.lower():
                charset = ctype.lower().split("charset=", 1)[1].split(";")[0].strip()
            url = record.rec_headers.get_header("WARC-Target-URI")
            payload = record.content_stream().read()
            if getattr(record.raw_stream, "limit", 0) > 0:
                raise EOFError(f"record {url or n} ends early")
            yield {
                "url": url,
                "date": (record.rec_headers.get_header("WARC-Date") or "")[:10] or None,
                "content_type": mime or "text/html",
                "charset": charset,
                "payload": payload,
                "source": f"{source}#{url or n}",
            }
    except (ArchiveLoadFailed, EOFError, OSError, ValueError, zlib.error) as e:
        yield InputError(source, f"truncated or corrupt WARC after {n} records ({type(e).__name__}: {e})")
        return
    if not _gzip_complete(stream):
        yield InputError(source, f"truncated or corrupt WARC after {n} records (gzip stream ends early)")


def _gzip_complete(stream: BinaryIO) -> bool:
    """False when a seekable gzip stream's last member is cut off (warcio stops there silently)."""
    try:
        if not stream.seekable():
            return True
        stream.seek(0)
        if stream.read(2) != b"\x1f\x8b":
            return True
        stream.seek(0)
    except (OSError, ValueError):
        return True
    d = zlib.decompressobj(zlib.MAX_WBITS | 16)
    try:
        while chunk := stream.read(1 << 20):
            while chunk:
                d.decompress(chunk)
                chunk = d.unused_data
                if chunk:
                    d = zlib.decompressobj(zlib.MAX_WBITS | 16)
    except zlib.error:
        return False
    return d.eof
