"""Is rasad linear in document length? Per-document time for 2 KB, 20 KB, 200 KB and 2 MB texts.

    python benchmarks/bench_length.py                   # both kinds of text, up to 2 MB
    python benchmarks/bench_length.py --max-kb 200 --kind varied

Texts are made from rasad's own test articles (tests/data/articles and articles2, written for rasad):
"varied" joins different articles one after another, "repetitive" repeats one article. Each size runs
in a fresh process (so one slow size cannot hide in another's warm caches) with a time limit; the
table gives CPU seconds per document and per 100 KB — flat down a column means linear time.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = [ROOT / "tests" / "data" / name / "gold.jsonl" for name in ("articles", "articles2")]
SIZES_KB = (2, 20, 200, 2000)


def articles() -> list[str]:
    return [json.loads(line)["text"] for path in SETS for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def make_text(kind: str, kb: int) -> str:
    """About ``kb`` kilobytes (UTF-8) of text of one kind."""
    texts = articles()
    if kind == "repetitive":
        texts = [texts[0]]
    out, size, i = [], 0, 0
    while size < kb * 1000:
        t = texts[i % len(texts)]
        out.append(t)
        size += len(t.encode("utf-8")) + 2
        i += 1
    text = "\n\n".join(out)
    if kb <= 2 or len(out) == 1:  # a short text: cut at a paragraph end near the size
        cut = text.encode("utf-8")[: kb * 1000].decode("utf-8", "ignore")
        text = cut[: cut.rfind("\n") if "\n" in cut[100:] else len(cut)]
    return text


def run_one(kind: str, kb: int) -> dict:
    from rasad.document import Document
    from rasad.pipeline import process

    process(Document(id="warm", text=make_text("varied", 2)))
    text = make_text(kind, kb)
    t0 = time.process_time()
    doc = process(Document(id=f"{kind}-{kb}", text=text), time_budget=None)
    dt = time.process_time() - t0
    return {"kind": kind, "kb": round(len(text.encode("utf-8")) / 1000), "seconds": round(dt, 4),
            "events": len(doc.events), "mentions": len(doc.mentions)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kind", choices=["varied", "repetitive", "both"], default="both")
    ap.add_argument("--max-kb", type=int, default=2000)
    ap.add_argument("--limit", type=float, default=300.0, help="seconds allowed per size")
    ap.add_argument("--_run", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args._run:
        print(json.dumps(run_one(args._run[0], int(args._run[1]))))
        return 0
    kinds = ["varied", "repetitive"] if args.kind == "both" else [args.kind]
    print(f"{'text':<11} {'KB':>6} {'s/doc':>9} {'s/100KB':>9} {'mentions':>9} {'events':>7}")
    for kind in kinds:
        for kb in (s for s in SIZES_KB if s <= args.max_kb):
            try:
                out = subprocess.run([sys.executable, __file__, "--_run", kind, str(kb)], capture_output=True,
                                     text=True, check=True, timeout=args.limit)
            except subprocess.TimeoutExpired:
                print(f"{kind:<11} {kb:>6} {'> ' + str(int(args.limit)):>9}")
                break
            r = json.loads(out.stdout)
            print(f"{kind:<11} {r['kb']:>6} {r['seconds']:>9.3f} {r['seconds'] / r['kb'] * 100:>9.3f} "
                  f"{r['mentions']:>9} {r['events']:>7}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
