"""Load time and memory of the knowledge base, in fresh processes (issue: < 1.5 s and < 120 MB).

    .venv/bin/python benchmarks/bench_kb.py [--runs 3]

Each run starts a new Python process that imports rasad, loads the knowledge base (files → entities),
builds its matcher (the automaton) and scans one short text, then reports the seconds of each step and
the process's peak resident memory. Also printed: what the KB holds (countries with persons files,
persons, terms, sourced terms), so the figures can be read against its size.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys

CHILD = r"""
import json, resource, time
t0 = time.perf_counter()
import rasad.kb as kbmod
from rasad.mentions import matcher_for
t1 = time.perf_counter()
kb = kbmod.load_kb()
t2 = time.perf_counter()
m = matcher_for(kb)
m.find("وزير الدفاع الروسي سيرغي شويغو يلتقي نظيره الإيراني في طهران", "ar")
t3 = time.perf_counter()
terms = [t for p in kb.persons.values() for t in p.terms]
print(json.dumps({"import": t1 - t0, "load": t2 - t1, "matcher": t3 - t2, "total": t3 - t0,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "countries": len({t.country for t in terms}), "persons": len(kb.persons),
                  "terms": len(terms), "sourced": sum(1 for t in terms if t.source)}))
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    runs = [json.loads(subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                                      check=True).stdout) for _ in range(args.runs)]
    first = runs[0]
    print(f"knowledge base: {first['countries']} countries with office-holders, {first['persons']} persons, "
          f"{first['terms']} terms ({first['sourced']} with a source page)")
    for key, unit, goal in (("import", "s", None), ("load", "s", None), ("matcher", "s", None),
                            ("total", "s", 1.5), ("peak_mb", "MB", 120)):
        values = [r[key] for r in runs]
        bar = f"   (goal < {goal} {unit})" if goal else ""
        print(f"{key:>8}: median {statistics.median(values):.2f} {unit}, max {max(values):.2f} {unit}{bar}")
    print("first run (a cold on-disk cache, if any) and later runs:",
          ", ".join(f"{r['total']:.2f} s" for r in runs))


if __name__ == "__main__":
    main()
