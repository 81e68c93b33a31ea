"""Benchmark of live intake: one round over 60 local sources with 20 new articles each, then a second
round with nothing new; and a check that the per-host pace was kept.

    .venv/bin/python benchmarks/bench_intake.py                  # 60 sources x 20 articles
    .venv/bin/python benchmarks/bench_intake.py --sources 20 --articles 10 --interval 0.5 --json

Each source is its own HTTP server on 127.0.0.1 (its own port, so its own "host" for the pace),
serving an RSS feed and article pages written for rasad's tests (fa / ar / en, ``tests/intake/
intake_site.py``). Nothing leaves the machine. Reported: wall time of each round, articles/s, and for
every host the smallest gap between two requests it received (server-side timestamps), which must
not be below ``--interval``.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "intake"))

from intake_site import Route, Site, article_page, rfc822, rss  # noqa: E402

from rasad.intake import FetchConfig, Source, open_intake  # noqa: E402


def build_sites(n_sources: int, n_articles: int) -> list[Site]:
    sites = []
    langs = ("fa", "ar", "en")
    for k in range(n_sources):
        site = Site()
        lang = langs[k % 3]
        items = []
        for j in range(n_articles):
            i = k * n_articles + j
            site.add(f"/a/{j}", article_page(i, lang))
            items.append((site.url(f"/a/{j}"), f"item {j}", rfc822(1 + j % 27)))
        site.add("/rss", Route(rss(items), content_type="application/rss+xml", etag=f'"feed-{k}"'))
        sites.append(site)
    return sites


def min_gaps(sites: list[Site]) -> list[float]:
    gaps = []
    for site in sites:
        times = sorted(t for _, t, _ in site.log)
        gaps.append(min((b - a for a, b in zip(times, times[1:])), default=float("inf")))
    return gaps


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sources", type=int, default=60)
    ap.add_argument("--articles", type=int, default=20)
    ap.add_argument("--interval", type=float, default=0.25, help="least seconds between requests to a host")
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    sites = build_sites(args.sources, args.articles)
    config = FetchConfig(host_interval=args.interval, connect_timeout=5, read_timeout=10, total_timeout=30)
    try:
        with tempfile.TemporaryDirectory() as tmp, \
                open_intake(Path(tmp) / "bench.db", config, concurrency=args.concurrency) as intake:
            for k, site in enumerate(sites):
                intake.state.put_source(Source(id=f"s{k:03d}", name=f"Source {k}", feeds=[site.url("/rss")]), "bench")
            intake.store.count_events()
            import rasad.readers  # noqa: F401  (load the HTML reader and the pipeline before timing)
            from rasad.pipeline import default_pipeline
            default_pipeline()
            t0 = time.perf_counter()
            first = intake.run_round(intake.state.sources())
            t1 = time.perf_counter()
            second = intake.run_round(intake.state.sources())
            t2 = time.perf_counter()
            gaps = min_gaps(sites)
            result = {
                "sources": args.sources, "articles_per_source": args.articles, "interval_s": args.interval,
                "concurrency": args.concurrency,
                "round1_s": round(t1 - t0, 2), "round1_articles": first.new,
                "round1_articles_per_s": round(first.new / (t1 - t0), 1),
                "round1_events": first.new_events, "round1_errors": len(first.errors),
                "round2_s": round(t2 - t1, 2), "round2_not_modified": second.not_modified,
                "round2_fetched": second.fetched,
                "requests": sum(len(s.log) for s in sites),
                "min_gap_per_host_s": round(min(gaps), 3),
                "pace_kept": all(g >= args.interval - 0.005 for g in gaps),
                "floor_s": round(args.articles * args.interval, 2),
            }
    finally:
        for site in sites:
            site.close()
    if args.json:
        print(json.dumps(result))
        return
    for key, value in result.items():
        print(f"{key:>24}: {value}")


if __name__ == "__main__":
    main()
