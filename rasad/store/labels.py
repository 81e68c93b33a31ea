"""Names and coordinates from the knowledge base, for labelling events in exports, the API and the dashboard.

Country codes get their English, Persian and Arabic names; a place name (English, as the extractor
writes it) with its country gets its original spellings and coordinates; a country without a known
place falls back to its capital, marked ``precision: "country"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..normalise import fold

LANGS = ("en", "fa", "ar")


@dataclass(frozen=True, slots=True)
class Place:
    """A located place: canonical name, spellings per language, coordinates."""

    name: str
    country: str | None
    lat: float
    lon: float
    names: dict[str, list[str]]
    precision: str = "city"            # "city" | "country" (the capital stands for the country)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon,
                "names": {k: v[:3] for k, v in self.names.items() if k != "en"},
                "precision": self.precision}


class Labels:
    """Look-ups over the knowledge base's countries and places (empty when it cannot be loaded)."""

    def __init__(self, countries: dict[str, dict[str, Any]], places: dict[tuple[str, str | None], Place],
                 capitals: dict[str, Place]):
        self.countries = countries
        self._places = places
        self._capitals = capitals

    def country(self, code: str | None) -> dict[str, Any] | None:
        return self.countries.get(code) if code else None

    def place(self, name: str | None, country: str | None) -> Place | None:
        """The place called ``name`` (in ``country`` when given), else ``country``'s capital."""
        if name:
            key = fold(name)
            found = self._places.get((key, country)) or self._places.get((key, None))
            if found is not None and (country is None or found.country == country):
                return found
        if country and country in self._capitals:
            return self._capitals[country]
        return None


def _place_of(entity: Any, precision: str = "city") -> Place | None:
    lat, lon = entity.data.get("lat"), entity.data.get("lon")
    if lat is None or lon is None:
        return None
    return Place(entity.name, entity.country, float(lat), float(lon), dict(entity.names), precision)


def _build(kb: Any) -> Labels:
    countries = {code: {"code": code, "en": c.name,
                        **{lang: c.names[lang][0] for lang in ("fa", "ar") if c.names.get(lang)}}
                 for code, c in kb.countries.items()}
    places: dict[tuple[str, str | None], Place] = {}
    for entity in kb.places.values():
        place = _place_of(entity)
        if place is None:
            continue
        for spelling in [entity.name, *entity.names.get("en", [])]:
            places.setdefault((fold(spelling), entity.country), place)
            places.setdefault((fold(spelling), None), place)
    capitals: dict[str, Place] = {}
    for code, c in kb.countries.items():
        cap = kb.places.get(c.data.get("capital") or "")
        place = _place_of(cap, "country") if cap is not None else None
        if place is not None:
            capitals[code] = place
    return Labels(countries, places, capitals)


@cache
def load_labels() -> Labels:
    """Labels from the bundled knowledge base (plus ``$RASAD_KB``); loaded once per process."""
    from ..kb import load_kb

    return _build(load_kb())
