"""Sources as data: the outlets a user follows, each with its feeds and news sitemaps.

A sources file is TOML, one ``[[source]]`` table per outlet (``rasad/data/sources.toml`` is the bundled
catalogue; a user's own file has the same format):

    [[source]]
    id = "irna-fa"                       # unique, lower case, [a-z0-9-]
    name = "IRNA (Islamic Republic News Agency)"
    lang = "fa"                          # fa | ar | en
    country = "IRN"                      # ISO 3166-1 alpha-3 of the outlet
    kind = "agency"                      # ministry | agency | newspaper | broadcaster | other
    homepage = "https://www.irna.ir/"
    feeds = ["https://www.irna.ir/rss"]  # RSS / Atom
    sitemaps = []                        # news sitemaps (or sitemap indexes)
    verified = "where a page states this feed URL"   # or: unverified = true
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import DataError

__all__ = ["Source", "load_sources", "catalog_path", "KINDS"]

KINDS = ("ministry", "agency", "newspaper", "broadcaster", "other")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
_COUNTRY = re.compile(r"^[A-Z]{3}$")


@dataclass
class Source:
    """One outlet: where its new articles are listed (feeds, sitemaps) and what it publishes in."""

    id: str
    name: str
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    lang: str | None = None
    country: str | None = None
    kind: str = "other"
    homepage: str | None = None
    verified: str | None = None
    unverified: bool = False

    @property
    def lists(self) -> list[str]:
        """Every URL that lists articles: feeds first, then sitemaps."""
        return [*self.feeds, *self.sitemaps]

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "feeds": self.feeds, "sitemaps": self.sitemaps,
                "lang": self.lang, "country": self.country, "kind": self.kind, "homepage": self.homepage,
                "verified": self.verified, "unverified": self.unverified}


def catalog_path() -> Path:
    """The bundled catalogue of outlets."""
    return Path(str(resources.files("rasad").joinpath("data", "sources.toml")))


def load_sources(path: str | Path | None = None) -> list[Source]:
    """Sources of a TOML file (default: the bundled catalogue); ``DataError`` names file, entry and fix."""
    path = Path(path) if path is not None else catalog_path()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise DataError(f"{path}: cannot read: {e.strerror or e}") from None
    except tomllib.TOMLDecodeError as e:
        raise DataError(f"{path}: invalid TOML: {e}") from None
    entries = data.get("source", [])
    if not isinstance(entries, list):
        raise DataError(f"{path}: 'source' must be an array of tables ([[source]])")
    out: list[Source] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        src = _source(entry, f"{path}: source #{i + 1}")
        if src.id in seen:
            raise DataError(f"{path}: source {src.id!r} appears twice; give each source its own id")
        seen.add(src.id)
        out.append(src)
    return out


def _source(entry: Any, where: str) -> Source:
    if not isinstance(entry, dict):
        raise DataError(f"{where}: expected a table")
    known = set(Source.__dataclass_fields__)
    extra = set(entry) - known
    if extra:
        raise DataError(f"{where}: unknown key(s) {', '.join(sorted(extra))}; known: {', '.join(sorted(known))}")
    sid = entry.get("id")
    if not isinstance(sid, str) or not _ID.match(sid):
        raise DataError(f"{where}: 'id' must be lower-case letters, digits and '-', got {sid!r}")
    where = f"{where} ({sid})"
    if not isinstance(entry.get("name"), str) or not entry["name"].strip():
        raise DataError(f"{where}: 'name' is required")
    lists = {k: entry.get(k, []) for k in ("feeds", "sitemaps")}
    for key, urls in lists.items():
        if not isinstance(urls, list) or not all(isinstance(u, str) and u.startswith(("http://", "https://"))
                                                 for u in urls):
            raise DataError(f"{where}: '{key}' must be a list of http(s) URLs")
    if not lists["feeds"] and not lists["sitemaps"]:
        raise DataError(f"{where}: give at least one URL in 'feeds' or 'sitemaps'")
    if entry.get("lang") not in (None, "fa", "ar", "en"):
        raise DataError(f"{where}: 'lang' must be fa, ar or en, got {entry['lang']!r}")
    if entry.get("country") is not None and not _COUNTRY.match(str(entry["country"])):
        raise DataError(f"{where}: 'country' must be an ISO 3166-1 alpha-3 code such as IRN, got {entry['country']!r}")
    if entry.get("kind", "other") not in KINDS:
        raise DataError(f"{where}: 'kind' must be one of {', '.join(KINDS)}")
    verified, unverified = entry.get("verified"), bool(entry.get("unverified", False))
    if verified is not None and unverified:
        raise DataError(f"{where}: a source is either 'verified = \"how\"' or 'unverified = true', not both")
    return Source(id=sid, name=entry["name"].strip(), feeds=lists["feeds"], sitemaps=lists["sitemaps"],
                  lang=entry.get("lang"), country=entry.get("country"), kind=entry.get("kind", "other"),
                  homepage=entry.get("homepage"), verified=verified, unverified=unverified)
