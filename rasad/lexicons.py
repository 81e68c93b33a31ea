"""Load rasad's bundled lexicons (TOML files in ``rasad/data/lexicons``), once per process."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

from .errors import DataError
from .normalise import fold

__all__ = ["load_lexicon", "data_path", "words_pattern", "table_words"]


def data_path(*parts: str):
    """A path inside the package's ``data`` folder."""
    return resources.files("rasad").joinpath("data", *parts)


@cache
def load_lexicon(name: str) -> dict[str, Any]:
    """The parsed TOML lexicon ``rasad/data/lexicons/<name>.toml``; ``DataError`` names a broken file."""
    path = data_path("lexicons", f"{name}.toml")
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except FileNotFoundError:
        raise DataError(f"lexicon {name!r} not found at {path}") from None
    except tomllib.TOMLDecodeError as e:
        raise DataError(f"{path}: invalid TOML: {e}") from None


def words_pattern(words: Iterable[str]) -> re.Pattern | None:
    """One pattern for whole-word matches of ``words`` (already normalised), the longest first; None
    when there are none."""
    alts = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)") if alts else None


@cache
def table_words(lexicon: str, table: str) -> frozenset[str]:
    """The normalised phrases of one table of a lexicon, in every language it lists."""
    entries = load_lexicon(lexicon).get(table, {})
    return frozenset(fold(w) for words in entries.values() for w in words)
