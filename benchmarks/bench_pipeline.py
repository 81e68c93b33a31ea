"""Benchmark rasad's pipeline on one core: reading, matching, the knowledge base, end-to-end extraction.

    python benchmarks/bench_pipeline.py                 # all four, 5,000 articles, 10 MB for the matcher
    python benchmarks/bench_pipeline.py extract --docs 20000

The corpus is made from rasad's own test articles (tests/data/articles, written for rasad) by varying
them: paragraphs reordered, numbers and dates changed, clutter lines added, half of them wrapped as
HTML pages. Each measurement runs in a fresh process so that its peak memory (max RSS) is its own.
Figures are printed as one JSON object per measurement.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles" / "gold.jsonl"
CLUTTER = ["ارسال نظر", "اخبار مرتبط", "شاركوا هذا الخبر", "اقرأ أيضا", "Related stories", "کد خبر: 48213",
           "انتهای پیام", "Share this article", "2 × 3 ="]


def make_corpus(n: int, folder: Path, seed: int = 7) -> tuple[Path, int]:
    """``n`` varied articles: a JSONL file plus HTML pages; returns (folder, total bytes)."""
    rng = random.Random(seed)
    base = [json.loads(line)["text"] for line in ARTICLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as jsonl:
        for i in range(n):
            paras = base[i % len(base)].split("\n")
            body = paras[:3] + rng.sample(paras[3:], len(paras[3:])) if len(paras) > 4 else paras
            body = [p.replace("2024", str(rng.randint(2012, 2025))) for p in body]
            body.insert(rng.randint(0, len(body)), rng.choice(CLUTTER))
            text = "\n".join(body)
            total += len(text.encode("utf-8"))
            if i % 2:
                page = "<html><head><meta charset='utf-8'><title>t</title></head><body><nav>خانه | سیاسی</nav>" \
                       + "".join(f"<p>{p}</p>" for p in body) + "<footer>©</footer></body></html>"
                (folder / f"page{i:06d}.html").write_text(page, encoding="utf-8")
            else:
                jsonl.write(json.dumps({"id": f"a{i:06d}", "text": text}, ensure_ascii=False) + "\n")
    return folder, total


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_read(folder: str) -> dict:
    from rasad.clutter import clutter_stage
    from rasad.language import language_stage
    from rasad.normalise import normalise
    from rasad.readers import read_paths

    t0, n, size = time.perf_counter(), 0, 0
    for doc in read_paths([folder]):
        doc.norm = normalise(doc.text)
        language_stage(clutter_stage(doc))
        n += 1
        size += len(doc.text.encode("utf-8"))
    dt = time.perf_counter() - t0
    return {"measure": "read+normalise+langid", "docs": n, "seconds": round(dt, 2), "docs_per_s": round(n / dt),
            "mb_per_s": round(size / dt / 1e6, 2), "peak_rss_mb": round(_peak_mb())}


def run_kb() -> dict:
    t0 = time.perf_counter()
    from rasad.kb import load_kb
    from rasad.mentions import matcher_for

    kb = load_kb([])
    t1 = time.perf_counter()
    matcher = matcher_for(kb)
    t2 = time.perf_counter()
    return {"measure": "kb load", "entities": sum(len(v) for v in kb.by_kind.values()),
            "patterns": matcher.size, "load_s": round(t1 - t0, 2), "automaton_s": round(t2 - t1, 2),
            "peak_rss_mb": round(_peak_mb())}


def run_match(folder: str, megabytes: float) -> dict:
    from rasad.kb import load_kb
    from rasad.language import detect_language
    from rasad.mentions import matcher_for
    from rasad.normalise import normalise
    from rasad.readers import read_paths

    matcher = matcher_for(load_kb([]))
    texts, size = [], 0
    for doc in read_paths([folder]):
        n = normalise(doc.text).text
        texts.append((n, detect_language(n)))
        size += len(n.encode("utf-8"))
        if size >= megabytes * 1e6:
            break
    t0, found = time.perf_counter(), 0
    for text, lang in texts:
        found += len(matcher.find(text, lang))
    dt = time.perf_counter() - t0
    return {"measure": "kb matcher", "mb": round(size / 1e6, 1), "seconds": round(dt, 2),
            "mb_per_s": round(size / dt / 1e6, 2), "mentions": found, "peak_rss_mb": round(_peak_mb())}


def run_extract(folder: str) -> dict:
    from rasad.pipeline import process
    from rasad.readers import read_paths

    process_start = time.perf_counter()
    from rasad.kb import load_kb
    from rasad.mentions import matcher_for
    matcher_for(load_kb([]))  # start-up, reported apart
    t0 = time.perf_counter()
    n = events = 0
    for doc in read_paths([folder]):
        events += len(process(doc).events)
        n += 1
    dt = time.perf_counter() - t0
    return {"measure": "extract end-to-end", "docs": n, "events": events, "seconds": round(dt, 2),
            "docs_per_s": round(n / dt, 1), "startup_s": round(t0 - process_start, 2),
            "peak_rss_mb": round(_peak_mb())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", nargs="*", help="read, kb, match, extract (default: all)")
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--mb", type=float, default=10.0, help="matcher corpus size")
    ap.add_argument("--_run", help=argparse.SUPPRESS)
    ap.add_argument("--_folder", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.what = args.what or ["read", "kb", "match", "extract"]
    if set(args.what) - {"read", "kb", "match", "extract"}:
        ap.error(f"unknown measurement in {args.what}")
    if args._run:
        runs = {"read": lambda: run_read(args._folder), "kb": run_kb,
                "match": lambda: run_match(args._folder, args.mb), "extract": lambda: run_extract(args._folder)}
        print(json.dumps(runs[args._run]()))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        docs = max(args.docs, int(args.mb * 1e6 / 1500) if "match" in args.what else 0)
        folder, size = make_corpus(docs, Path(tmp) / "corpus")
        print(json.dumps({"corpus": docs, "mb": round(size / 1e6, 1)}))
        for what in args.what:
            out = subprocess.run([sys.executable, __file__, "--_run", what, "--_folder", str(folder),
                                  "--mb", str(args.mb)], capture_output=True, text=True, check=True)
            print(out.stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
