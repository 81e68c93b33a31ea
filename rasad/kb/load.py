"""Read the knowledge-base files (see ``rasad/data/kb/README.md``) into ``Entity`` records.

Every problem is a ``DataError`` that names the file, the entry and what to fix.
"""

from __future__ import annotations

import calendar
import csv
import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import DataError
from .model import LANGS, Entity, Term

ROLE_IDS = frozenset({
    "supreme-leader", "president", "vice-president", "monarch", "crown-prince", "prime-minister",
    "defense-minister", "foreign-minister", "chief-of-staff", "army-commander", "irgc-commander",
    "parliament-speaker", "security-council-secretary",
    "deputy-defense-minister", "deputy-foreign-minister", "deputy-prime-minister", "navy-commander",
    "air-force-commander", "national-security-adviser", "interior-minister", "pope",
    # the United States' regional combatant commands, one holder each
    "africom-commander", "centcom-commander", "eucom-commander", "indopacom-commander", "southcom-commander",
})


def load_dir(root: Path) -> Iterator[Entity]:
    """All entities of one knowledge-base folder, in a stable order."""
    if (root / "countries.toml").exists():
        yield from _countries(root / "countries.toml")
    places = {p.id: p for p in _places_tsv(root / "places.tsv")} if (root / "places.tsv").exists() else {}
    if (root / "places.toml").exists():
        for pid, t in _toml(root / "places.toml").items():
            if isinstance(t, dict):
                places[pid] = _merge_place(places[pid], t, root / "places.toml") if pid in places \
                    else _place(root / "places.toml", pid, t)
    yield from places.values()
    if (root / "organisations.toml").exists():
        yield from _organisations(root / "organisations.toml")
    if (root / "roles.toml").exists():
        yield from _roles(root / "roles.toml")
    if (root / "titles.toml").exists():
        yield from _titles(root / "titles.toml")
    persons = root / "persons"
    if persons.is_dir():
        for f in sorted(persons.glob("*.toml")):
            yield from _persons(f)


def _toml(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except tomllib.TOMLDecodeError as e:
        raise DataError(f"{path}: invalid TOML: {e}") from None
    except OSError as e:
        raise DataError(f"{path}: cannot read: {e}") from None


def _names(path: Path, key: str, table: dict[str, Any]) -> dict[str, list[str]]:
    names: dict[str, list[str]] = {}
    for lang in LANGS:
        value = table.get(lang, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise DataError(f"{path}: [{key}] {lang} must be a list of non-empty strings")
        if value:
            names[lang] = value
    return names


def _countries(path: Path) -> Iterator[Entity]:
    for code, t in _toml(path).items():
        if not isinstance(t, dict):
            continue
        if len(code) != 3 or not code.isupper():
            raise DataError(f"{path}: [{code}] country ids are ISO 3166-1 alpha-3 codes like IRN")
        names = _names(path, code, t)
        if not names.get("en"):
            raise DataError(f"{path}: [{code}] needs en = [canonical English name, ...]")
        demonyms = t.get("demonyms", {})
        yield Entity(id=code, kind="country", name=names["en"][0], names=names, country=code, source=str(path),
                     data={"iso2": t.get("iso2"), "capital": t.get("capital"),
                           "demonyms": _names(path, f"{code}.demonyms", demonyms),
                           "ambiguous": _names(path, f"{code}.ambiguous", _lang_table(t.get("ambiguous", {}))),
                           "common_word": _names(path, f"{code}.common_word", _lang_table(t.get("common_word", {})))})


def _lang_table(value: Any) -> dict[str, Any]:
    """``ambiguous`` and ``common_word`` may be a plain list (any language) or a per-language table."""
    if isinstance(value, list):
        return {"en": [v for v in value if v.isascii()], "fa": [v for v in value if not v.isascii()]}
    return value


def _places_tsv(path: Path) -> Iterator[Entity]:
    with open(path, encoding="utf-8", newline="") as f:
        rows = csv.reader((line for line in f if not line.startswith("#")), delimiter="\t")
        header = next(rows, None)
        if header is None or header[:3] != ["id", "name", "country"]:
            raise DataError(f"{path}: first non-comment line must be the header id, name, country, ...")
        for lineno, row in enumerate(rows, 2):
            rec = dict(zip(header, row))
            if not rec.get("id") or not rec.get("name"):
                raise DataError(f"{path}: row {lineno} needs an id and a name")
            yield _place(path, rec["id"], {
                "name": rec["name"], "country": rec.get("country"), "kind": rec.get("kind", "city"),
                "lat": rec.get("lat"), "lon": rec.get("lon"),
                "fa": _split(rec.get("fa")), "ar": _split(rec.get("ar")),
                "en": [rec["name"], *_split(rec.get("en_alt"))],
                "ambiguous": rec.get("ambiguous", "").lower() in ("1", "true", "yes"),
            })


def _split(cell: str | None) -> list[str]:
    return [x.strip() for x in (cell or "").split("|") if x.strip()]


def _merge_place(base: Entity, t: dict[str, Any], path: Path) -> Entity:
    """A ``places.toml`` entry for an id already in ``places.tsv`` adds spellings and overrides fields."""
    extra = _names(path, base.id, t)
    # ``en_alt`` as in the TSV's column: more English spellings
    extra["en"] = [*extra.get("en", []), *_names(path, f"{base.id}.en_alt", {"en": t.get("en_alt", [])}).get("en", [])]
    for lang, names in extra.items():
        have = base.names.setdefault(lang, [])
        have.extend(n for n in names if n not in have)
    if t.get("name"):
        base.name = t["name"]
        if base.name not in base.names.setdefault("en", []):
            base.names["en"].insert(0, base.name)
    if t.get("country"):
        base.country = t["country"]
    if "ambiguous" in t:
        base.data["ambiguous"] = bool(t["ambiguous"])
    if "kind" in t:
        base.data["subkind"] = t["kind"]
    merged = _place(path, base.id, {"name": base.name, **{k: t[k] for k in ("lat", "lon") if k in t}})
    base.data.update({k: v for k, v in merged.data.items() if k in ("lat", "lon")})
    base.source = f"{base.source} + {path}"
    return base


def _place(path: Path, pid: str, t: dict[str, Any]) -> Entity:
    names = _names(path, pid, t)
    name = t.get("name") or (names.get("en") or [None])[0]
    if not name:
        raise DataError(f"{path}: [{pid}] needs a name (canonical English)")
    names.setdefault("en", [])
    if name not in names["en"]:
        names["en"].insert(0, name)
    data: dict[str, Any] = {"subkind": t.get("kind", "city"), "ambiguous": bool(t.get("ambiguous", False))}
    if t.get("city"):
        data["city"] = t["city"]  # a landmark: the event's location is this city
    for key in ("lat", "lon"):
        if t.get(key) not in (None, ""):
            try:
                data[key] = float(t[key])
            except (TypeError, ValueError):
                raise DataError(f"{path}: [{pid}] {key} must be a number, got {t[key]!r}") from None
    return Entity(id=pid, kind="place", name=name, names=names, country=t.get("country") or None,
                  data=data, source=str(path), short=[])


def _organisations(path: Path) -> Iterator[Entity]:
    for oid, t in _toml(path).items():
        if not isinstance(t, dict):
            continue
        if not t.get("name"):
            raise DataError(f"{path}: [{oid}] needs name = canonical English name")
        names = _names(path, oid, t)
        yield Entity(id=oid, kind="org", name=t["name"], names=names, country=t.get("country"),
                     source=str(path), data={"subkind": t.get("kind", "body"), "domains": t.get("domains", []),
                                             "members": t.get("members", [])})


def _roles(path: Path) -> Iterator[Entity]:
    for rid, t in _toml(path).items():
        if not isinstance(t, dict):
            continue
        if rid not in ROLE_IDS:
            raise DataError(f"{path}: [{rid}] is not a known role id; use one of {', '.join(sorted(ROLE_IDS))}")
        if not t.get("label"):
            raise DataError(f"{path}: [{rid}] needs label = short English role")
        yield Entity(id=rid, kind="role", name=t["label"], names=_names(path, rid, t), source=str(path),
                     country=t.get("country"),  # an office of one country only (a US combatant command)
                     data={"label": t["label"], "plural": _names(path, f"{rid}.plural", t.get("plural", {}))})


def _titles(path: Path) -> Iterator[Entity]:
    for i, t in enumerate(_toml(path).get("title", []), 1):
        names = _names(path, f"title #{i}", t)
        first = next((v[0] for v in names.values() if v), None)
        if first is None:
            raise DataError(f"{path}: title #{i} has no names")
        yield Entity(id=f"title-{i}", kind="title", name=(names.get("en") or [first])[0], names=names,
                     source=str(path), data={"subkind": t.get("kind", "rank")})


def _persons(path: Path) -> Iterator[Entity]:
    doc = _toml(path)
    meta = doc.get("meta", {})
    file_country = meta.get("country")
    as_of = meta.get("as_of")
    if as_of is not None and not isinstance(as_of, date):
        raise DataError(f"{path}: [meta] as_of must be a date like 2025-01-01")
    for i, p in enumerate(doc.get("person", []), 1):
        pid = p.get("id")
        where = f"{path}: person #{i} ({pid or 'no id'})"
        if not pid or not isinstance(pid, str):
            raise DataError(f"{where}: needs id = \"lowercase-slug\"")
        if not p.get("name"):
            raise DataError(f"{where}: needs name = canonical English name")
        names = _names(path, pid, p)
        names.setdefault("en", [])
        if p["name"] not in names["en"]:
            names["en"].insert(0, p["name"])
        terms = [_term(where, r, file_country) for r in p.get("roles", [])]
        country = p.get("country") or file_country or (terms[0].country if terms else None)
        short = p.get("short", [])
        if isinstance(short, dict):
            short = [s for v in short.values() for s in v]
        yield Entity(id=pid, kind="person", name=p["name"], names=names, country=country, terms=terms,
                     short=list(short), source=str(path),
                     data={"wikidata": p.get("wikidata"), "as_of": as_of} if p.get("wikidata") else {"as_of": as_of})


def _term(where: str, r: dict[str, Any], file_country: str | None) -> Term:
    role = r.get("role")
    if role not in ROLE_IDS:
        raise DataError(f"{where}: role {role!r} is not a known role id; use one of {', '.join(sorted(ROLE_IDS))}")
    country = r.get("country") or file_country
    if not country:
        raise DataError(f"{where}: role {role} needs a country (or [meta] country in the file)")
    start, sp = _bound(where, "start", r.get("start"), first=True)
    end, ep = _bound(where, "end", r.get("end"), first=False)
    if start and end and end < start:
        raise DataError(f"{where}: role {role} ends ({end}) before it starts ({start})")
    uncertain = r.get("uncertain", False)
    if not isinstance(uncertain, (bool, str)):
        raise DataError(f"{where}: role {role} uncertain must be true or a string giving the reason")
    source = r.get("source")
    if source is not None and not (isinstance(source, str) and source.startswith(("http://", "https://"))):
        raise DataError(f"{where}: role {role} source must be the address (http:// or https://) of a page "
                        "that states the term")
    checked = r.get("checked")
    if checked is not None and not isinstance(checked, date):
        raise DataError(f"{where}: role {role} checked must be a date like 2026-12-05")
    return Term(role=role, country=country, start=start, end=end, start_precision=sp, end_precision=ep,
                acting=bool(r.get("acting", False)), uncertain=bool(uncertain),
                uncertain_reason=uncertain if isinstance(uncertain, str) else "", source=source, checked=checked)


def _bound(where: str, key: str, value: Any, *, first: bool) -> tuple[date | None, str]:
    """A term bound: a date, or "YYYY-MM" / "YYYY" widened to the whole month/year."""
    if value is None:
        return None, "day"
    if isinstance(value, date):
        return value, "day"
    if isinstance(value, str):
        try:
            if len(value) == 7:
                y, m = int(value[:4]), int(value[5:7])
                day = 1 if first else calendar.monthrange(y, m)[1]
                return date(y, m, day), "month"
            if len(value) == 4:
                y = int(value)
                return (date(y, 1, 1) if first else date(y, 12, 31)), "year"
        except ValueError:
            pass
    raise DataError(f"{where}: {key} = {value!r} must be a date (2013-08-15) or \"YYYY-MM\" / \"YYYY\"")
