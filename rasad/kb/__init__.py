"""The knowledge base: countries, places, organisations, office-holders with dated terms, roles, titles.

    >>> kb = load_kb()
    >>> [p.name for p in kb.holder("IRN", "defense-minister", date(2018, 4, 3))]
    ['Amir Hatami']

The data are files in ``rasad/data/kb`` (format: its README.md). Users add folders of their own with
``RASAD_KB=/path/one:/path/two`` or ``load_kb(extra=[...])``; their entries extend or override the
bundled ones by id.
"""

from __future__ import annotations

import gc
import os
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

from ..errors import DataError
from ..normalise import fold
from . import diskcache as kb_cache
from .load import ROLE_IDS, load_dir
from .model import LANGS, Entity, Term

__all__ = ["KnowledgeBase", "load_kb", "Entity", "Term", "ROLE_IDS", "LANGS"]


class KnowledgeBase:
    """All entities, indexed by kind and id, with the dated-office index behind ``holder``."""

    def __init__(self, entities: Iterable[Entity]):
        self.by_kind: dict[str, dict[str, Entity]] = defaultdict(dict)
        for e in entities:
            self.by_kind[e.kind][e.id] = e  # later folders override earlier ones
        self._offices: dict[tuple[str, str], list[tuple[Term, Entity]]] = defaultdict(list)
        for person in self.persons.values():
            for term in person.terms:
                self._offices[(term.country, term.role)].append((term, person))
        self._hosts = {d.lower(): o for o in self.orgs.values() for d in o.data.get("domains", [])}
        self._outlet_names: dict[str, Entity] | None = None
        self.phrases = None  # the automaton over every name, when loaded with the KB from the cache

    # -- collections -----------------------------------------------------------------------------
    @property
    def countries(self) -> dict[str, Entity]:
        return self.by_kind["country"]

    @property
    def places(self) -> dict[str, Entity]:
        return self.by_kind["place"]

    @property
    def orgs(self) -> dict[str, Entity]:
        return self.by_kind["org"]

    @property
    def persons(self) -> dict[str, Entity]:
        return self.by_kind["person"]

    @property
    def roles(self) -> dict[str, Entity]:
        return self.by_kind["role"]

    @property
    def titles(self) -> dict[str, Entity]:
        return self.by_kind["title"]

    def get(self, entity_id: str) -> Entity | None:
        """The entity with this id, whatever its kind (countries first, then places, orgs, persons)."""
        for kind in ("country", "place", "org", "person", "role"):
            if entity_id in self.by_kind[kind]:
                return self.by_kind[kind][entity_id]
        return None

    # -- offices ---------------------------------------------------------------------------------
    def holder(self, country: str, role: str, day: date) -> list[Entity]:
        """Who held ``role`` of ``country`` on ``day``: usually one person; acting holders come last."""
        if role not in ROLE_IDS:
            raise DataError(f"unknown role {role!r}; use one of {', '.join(sorted(ROLE_IDS))}")
        found = [(t, p) for t, p in self._offices.get((country.upper(), role), []) if t.covers(day)]
        # Where terms overlap (a month-precision handover), the later-started holder is the newer one.
        found.sort(key=lambda tp: (tp[0].acting, tp[0].uncertain, -(tp[0].start or date.min).toordinal()))
        seen: list[Entity] = []
        for _, p in found:
            if p not in seen:
                seen.append(p)
        return seen

    def roles_of(self, person_id: str, day: date | None = None) -> list[Term]:
        """The terms of ``person_id`` (those covering ``day`` when given)."""
        person = self.persons.get(person_id)
        if person is None:
            return []
        return [t for t in person.terms if day is None or t.covers(day)]

    def role_label(self, role: str) -> str:
        r = self.roles.get(role)
        return r.data["label"] if r else role.replace("-", " ")

    def outlet_named(self, name: str) -> Entity | None:
        """The news outlet one of whose names is ``name`` (any spelling, any language)."""
        if self._outlet_names is None:
            self._outlet_names = {fold(n): o for o in self.orgs.values() if o.data.get("subkind") == "outlet"
                                  for n in o.all_names()}
        return self._outlet_names.get(fold(name))

    def outlet_for_host(self, host: str | None) -> Entity | None:
        """The news outlet whose web domain is ``host`` (or a parent domain of it)."""
        if not host:
            return None
        host = host.lower().split(":")[0]
        while host:
            if host in self._hosts:
                return self._hosts[host]
            if "." not in host:
                return None
            host = host.split(".", 1)[1]
        return None


def bundled_dir() -> Path:
    return Path(str(resources.files("rasad").joinpath("data", "kb")))


def extra_dirs() -> list[Path]:
    """The user's knowledge-base folders, from ``$RASAD_KB``."""
    value = os.environ.get("RASAD_KB", "")
    return [Path(p) for p in value.split(os.pathsep) if p]


def load_kb(extra: Iterable[str | Path] | None = None) -> KnowledgeBase:
    """The bundled knowledge base plus ``extra`` folders (default: those in ``$RASAD_KB``)."""
    dirs = tuple(Path(p) for p in (extra if extra is not None else extra_dirs()))
    return _load(dirs)


@cache
def _load(extra: tuple[Path, ...]) -> KnowledgeBase:
    for d in extra:
        if not d.is_dir():
            raise DataError(f"knowledge-base folder {d} does not exist (from RASAD_KB or --kb)")
    use_cache = kb_cache.cache_dir() is not None
    key = kb_cache.cache_key([bundled_dir().parent, *extra]) if use_cache else ""
    cached = kb_cache.load(key) if use_cache else None
    if isinstance(cached, KnowledgeBase):
        return _kept(cached)
    entities: list[Entity] = []
    for d in (bundled_dir(), *extra):
        entities.extend(load_dir(d))
    kb = KnowledgeBase(entities)
    if use_cache:  # the automaton is what takes time to build: keep it with the KB
        from .matcher import build_phrases
        from .translit import NameIndex

        kb.phrases = build_phrases(kb)
        kb.person_keys = NameIndex(kb.persons.values())
        kb_cache.save(key, kb)
    return _kept(kb)


def _kept(kb: KnowledgeBase) -> KnowledgeBase:
    """The KB lives as long as the process (``_load`` keeps it): ``gc.freeze`` leaves its few hundred
    thousand objects out of every later collection, which would otherwise walk them all each time."""
    gc.freeze()
    return kb
