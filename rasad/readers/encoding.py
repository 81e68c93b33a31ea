"""Turn the bytes of a document into text: BOMs, UTF-8, UTF-16, Windows-1256, then detection."""

from __future__ import annotations

import re

from ..errors import InputError

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Magic numbers of binary formats people feed by mistake, for a clear message.
_MAGIC = (
    (b"%PDF", "a PDF file"), (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"), (b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX)"),
    (b"\x7fELF", "an executable"), (b"\xd0\xcf\x11\xe0", "an MS Office document"),
    (b"SQLite format 3", "an SQLite database"), (b"\x1f\x8b", "gzip-compressed data"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06ff]")


def decode(data: bytes, source: str, declared: str | None = None) -> str:
    """Decode ``data`` read from ``source``; ``declared`` is a charset named by HTTP or HTML meta.

    Raises ``InputError`` for binary data and for bytes no encoding explains."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _strict(data, enc, source)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(source, f"binary file ({what}), not text")
    if declared:
        try:
            return _checked(data.decode(_canonical(declared)), source)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common: fall through to detection
    utf16 = _utf16_without_bom(data)  # before UTF-8: ASCII-range UTF-16 bytes are valid UTF-8
    if utf16:
        return _strict(data, utf16, source)
    try:
        return _checked(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    if b"\x00" in data:
        raise InputError(source, "binary file (NUL bytes), not text")
    cp1256 = _as_cp1256(data)
    if cp1256 is not None:
        return _checked(cp1256, source)
    import charset_normalizer  # here: rarely needed, and slow to import (30 ms)

    best = charset_normalizer.from_bytes(data).best()
    if best is None or best.chaos > 0.3:
        raise InputError(source, "cannot detect the text encoding (not UTF-8, UTF-16 or Windows-1256)")
    return _checked(str(best), source)


def _canonical(name: str) -> str:
    name = name.strip().strip("'\"").lower()
    return {"windows-1256": "cp1256", "x-cp1256": "cp1256", "utf8": "utf-8"}.get(name, name)


def _strict(data: bytes, enc: str, source: str) -> str:
    try:
        return _checked(data.decode(enc), source)
    except UnicodeDecodeError as e:
        raise InputError(source, f"undecodable bytes for {enc} at byte {e.start}") from None


def _checked(text: str, source: str) -> str:
    """Reject text that is mostly control characters (binary data that happened to decode)."""
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 100):
        raise InputError(source, "binary file (control characters), not text")
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without BOM shows NULs at every other byte for ASCII and Arabic-script text."""
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > len(odd) * 0.3 and even.count(0) < len(even) * 0.05:
        return "utf-16-le"
    if even.count(0) > len(even) * 0.3 and odd.count(0) < len(odd) * 0.05:
        return "utf-16-be"
    # Arabic-script UTF-16-LE: high bytes are 0x06 (U+06xx) for most characters.
    if odd.count(6) > len(odd) * 0.3:
        return "utf-16-le"
    if even.count(6) > len(even) * 0.3:
        return "utf-16-be"
    return None


def _as_cp1256(data: bytes) -> str | None:
    """Windows-1256 when the decoded text is Arabic-script prose, not mojibake."""
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        return None
    high = sum(1 for b in data[:20000] if b >= 0x80)
    if not high:
        return text
    arabic = len(_ARABIC_SCRIPT.findall(text[:20000]))
    return text if arabic >= high * 0.8 else None
