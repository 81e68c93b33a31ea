"""The knowledge base and its name automaton, kept on disk between runs.

Parsing the TOML files and building the automaton over every spelling takes about a second; the
cached pickle loads in a small fraction of it. The cache file is named by a hash of the contents of
every data file (bundled knowledge base and lexicons, and the user's folders), rasad's version and
Python's, so any edit makes a new one. It lives in ``$RASAD_CACHE_DIR``, else
``$XDG_CACHE_HOME/rasad`` (``~/.cache/rasad``); ``RASAD_CACHE=0`` turns it off. A cache that cannot be
read or written is ignored: it only ever saves time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from ..collector import collector_paused

__all__ = ["cache_dir", "cache_key", "load", "save"]

_KEEP = 4  # cache files kept (the most recently used); others are removed when a new one is written


def cache_dir() -> Path | None:
    """Where cached knowledge bases live, or None when caching is off."""
    if os.environ.get("RASAD_CACHE", "").strip().lower() in ("0", "no", "off", "false"):
        return None
    if os.environ.get("RASAD_CACHE_DIR"):
        return Path(os.environ["RASAD_CACHE_DIR"]).expanduser()
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "rasad"


def cache_key(dirs: Iterable[Path]) -> str:
    """A hash of every file under ``dirs`` (names and contents), rasad's version and Python's, and the
    code of the classes the cache pickles (so a changed class is never read from an old pickle)."""
    from .. import __version__

    h = hashlib.blake2b(digest_size=16)
    h.update(f"{__version__}|{sys.version}|{pickle.HIGHEST_PROTOCOL}".encode())
    here = Path(__file__).resolve().parent
    for code in [*sorted(here.glob("*.py")), here.parent / "phrases.py", here.parent / "normalise.py"]:
        h.update(code.read_bytes())
    for d in dirs:
        h.update(b"\0dir\0" + str(d).encode())
        for path in sorted(p for p in Path(d).rglob("*") if p.is_file()):
            h.update(b"\0" + str(path.relative_to(d)).encode() + b"\0")
            h.update(path.read_bytes())
    return h.hexdigest()


def load(key: str) -> Any | None:
    """The object cached under ``key``, or None."""
    folder = cache_dir()
    if folder is None:
        return None
    # Unpickling creates a few hundred thousand objects, none of them garbage (0.09 s → 0.05 s paused).
    path = folder / f"kb-{key}.pickle"
    try:
        with collector_paused(), open(path, "rb") as f:
            obj = pickle.load(f)
    except Exception:  # noqa: BLE001 - missing, truncated, from another version: rebuild
        return None
    _mark_used(path)
    return obj


def _mark_used(path: Path) -> None:
    """``save`` keeps the most recently used files, not merely the newest. A day's precision is
    enough, and touching the file costs more than reading its age on some file systems."""
    try:
        if time.time() - path.stat().st_mtime > 86400:
            os.utime(path)
    except OSError:
        pass


_STALE_SECONDS = 3600


def save(key: str, obj: Any) -> None:
    """Cache ``obj`` under ``key`` (atomically: concurrent workers never see half a file)."""
    folder = cache_dir()
    if folder is None:
        return
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".kb-", suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(obj, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"kb-{key}.pickle")
        old = sorted(folder.glob("kb-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)[_KEEP:]
        # and what a writer killed mid-write left behind (another may be writing now: only old ones)
        old += [p for p in folder.glob(".kb-*.tmp") if time.time() - p.stat().st_mtime > _STALE_SECONDS]
        for p in old:
            p.unlink(missing_ok=True)
    except OSError:
        try:
            os.unlink(tmp)
        except (OSError, UnboundLocalError):
            pass
