"""Write the base of rasad/data/kb/countries.toml: every ISO 3166-1 country with its CLDR names.

Build-time tool, run ONCE; afterwards countries.toml is edited by hand (long forms, variants, demonyms,
ambiguous words), so this script refuses to overwrite it unless given ``--force``. It needs
``pycountry`` (the ISO 3166-1 list) and ``babel`` (CLDR names in en/fa/ar), installed into the venv by
hand: neither is a runtime dependency of rasad. Capitals are read from places.tsv (build_places.py
first). Run from the repository root::

    .venv/bin/pip install pycountry babel
    .venv/bin/python tools/build_countries.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import babel
import pycountry
from babel import Locale

KB = Path(__file__).resolve().parent.parent / "rasad" / "data" / "kb"
OUT = KB / "countries.toml"
CHECKED = "2026-11-22"


def english_names(alpha2: str, cldr: str) -> list[str]:
    """CLDR's English name first (unless it is a CLDR-style label), then ISO's short and official names."""
    iso = pycountry.countries.get(alpha_2=alpha2)
    names: list[str] = []
    candidates = [cldr, getattr(iso, "common_name", None), iso.name, getattr(iso, "official_name", None)]
    if " - " in cldr or "(" in cldr:  # "Congo - Kinshasa", "Myanmar (Burma)": the label goes after
        candidates = candidates[1:] + [cldr]
    for name in candidates:
        if not name or "," in name:  # ISO's inverted forms ("Korea, Republic of")
            continue
        if name.startswith("the "):
            name = name[4:]
        if "(" in name:  # "Myanmar (Burma)" -> both
            head, _, rest = name.partition(" (")
            extra = [head, rest.rstrip(")")]
        else:
            extra = [name]
        names += [n for n in extra if n not in names]
    return names


def capitals() -> dict[str, str]:
    """Country alpha-3 -> id of its capital in places.tsv."""
    out = {}
    for line in (KB / "places.tsv").read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) > 3 and cells[3] == "capital":
            out[cells[2]] = cells[0]
    return out


def toml_list(items: list[str]) -> str:
    """A TOML inline array of strings."""
    return "[" + ", ".join('"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"' for s in items) + "]"


def render(alpha2: str, alpha3: str, caps: dict[str, str]) -> str:
    """One [ISO3] table."""
    en, fa, ar = (Locale(lang).territories.get(alpha2) for lang in ("en", "fa", "ar"))
    lines = [f"[{alpha3}]", f'iso2 = "{alpha2}"', f"en = {toml_list(english_names(alpha2, en))}",
             f"fa = {toml_list([fa])}", f"ar = {toml_list([ar])}"]
    if alpha3 in caps:
        lines.append(f'capital = "{caps[alpha3]}"')
    return "\n".join(lines)


def main() -> None:
    if OUT.exists() and "--force" not in sys.argv:
        sys.exit(f"{OUT} exists and is edited by hand; use --force to overwrite it")
    caps = capitals()
    head = (
        f"# source: ISO 3166-1 list from pycountry {pycountry.__version__}; base names (first entries) from\n"
        f"#   CLDR via babel {babel.__version__} (tools/build_countries.py, run once). Long forms, variants,\n"
        "#   demonyms and ambiguous words added by hand from general knowledge of en/fa/ar usage.\n"
        "#   capital = id in places.tsv / places.toml.\n"
        f"# checked: {CHECKED}\n"
    )
    tables = [render(c.alpha_2, c.alpha_3, caps) for c in sorted(pycountry.countries, key=lambda c: c.alpha_3)]
    OUT.write_text(head + "\n" + "\n\n".join(tables) + "\n", encoding="utf-8")
    print(f"{len(tables)} countries -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
