"""Benchmark of scale-out (`rasad batch` on Dask) and of the merge at scale.

    .venv/bin/python benchmarks/bench_scale.py                      # both parts
    .venv/bin/python benchmarks/bench_scale.py --part batch -n 20000 --workers 1 2
    .venv/bin/python benchmarks/bench_scale.py --part merge --reports 20000 100000 500000

- ``batch``: ``-n`` generated articles (the generator of ``bench_store.py``: fa / ar / en, a dozen
  countries, meetings reported by one to four outlets) written as JSONL files of ``--per-shard``
  articles, run through ``rasad.scale.run_batch`` — the full pipeline, then the merge — on a
  ``LocalCluster`` of 1, 2, ... worker processes. Reported: documents/s (wall), speed-up over one
  worker — in wall time, and from the busiest worker's CPU time (what the speed-up is on idle cores;
  the wall figure drops when other jobs share the machine: its load average is printed) — peak
  memory of each worker (max RSS), the merge's share of the time, the CPU time of the driver
  process (the client and the local cluster's scheduler), and the start-up (cluster, and the
  knowledge base loaded once per worker), which is not counted in the documents/s.
- ``merge``: the merge alone on generated reports (no pipeline): planning, partitioning by blocking
  key and ``merge_partition`` of every partition, in one process (CPU time), for growing numbers of
  reports — its cost should grow about linearly.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_store import article, meetings  # noqa: E402

from rasad.store.merge import Report, merge_key  # noqa: E402


def write_shards(folder: Path, n: int, per_shard: int) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    paths, f = [], None
    for i, r in enumerate(meetings(n)):
        if i % per_shard == 0:
            if f:
                f.close()
            paths.append(str(folder / f"part-{i // per_shard:04d}.jsonl"))
            f = open(paths[-1], "w", encoding="utf-8")
        text, _ = article(r)
        f.write(json.dumps({"id": r["id"], "text": text, "published": r["published"].isoformat(), "site": r["outlet"],
                            "url": f"https://{r['outlet'].lower().replace(' ', '-')}.example/{r['id']}"},
                           ensure_ascii=False) + "\n")
    if f:
        f.close()
    return paths


def _cpu_seconds() -> float:
    return time.process_time()


def _start_sampler(dask_worker) -> None:
    """Sample the worker process's memory (RSS) every 0.1 s; ``ru_maxrss`` would not do, a spawned
    process inherits its parent's."""
    import threading

    import psutil

    proc, dask_worker.rasad_peak = psutil.Process(), 0

    def sample() -> None:
        while not getattr(dask_worker, "rasad_stop", False):
            dask_worker.rasad_peak = max(dask_worker.rasad_peak, proc.memory_info().rss)
            time.sleep(0.1)
    threading.Thread(target=sample, daemon=True).start()


def _peak_rss_mb(dask_worker) -> float:
    dask_worker.rasad_stop = True
    return dask_worker.rasad_peak / 1048576


def run_batch_part(n: int, per_shard: int, workers: list[int], workdir: Path) -> list[dict]:
    from distributed import Client, LocalCluster

    from rasad.scale import run_batch

    inputs = write_shards(workdir / "corpus", n, per_shard)
    out = []
    for w in workers:
        t0 = time.perf_counter()
        with LocalCluster(n_workers=w, threads_per_worker=1, processes=True, dashboard_address=":0",
                          silence_logs=logging.CRITICAL) as cluster, Client(cluster) as client:
            client.wait_for_workers(w)
            client.run(_warm)          # the knowledge base, once per worker: start-up, timed apart
            startup = time.perf_counter() - t0
            client.run(_start_sampler)
            cpu = client.run(_cpu_seconds)
            load = os.getloadavg()[0]
            driver = time.process_time()  # the client and, in a LocalCluster, the scheduler
            result = run_batch(inputs, str(workdir / f"out-{w}"), client)
            driver = time.process_time() - driver
            busy = [after - cpu[k] for k, after in client.run(_cpu_seconds).items()]
            rss = sorted(round(v, 1) for v in client.run(_peak_rss_mb).values())
            load = round(max(load, os.getloadavg()[0]), 1)
        s = result.to_dict()
        out.append({"workers": w, "docs": s["docs"], "events": s["events"], "seconds": s["seconds"],
                    "docs_per_s": s["docs_per_s"], "merge_seconds": s["merge_seconds"],
                    "merge_share": round(s["merge_seconds"] / s["seconds"], 3), "worker_peak_rss_mb": rss,
                    "worker_cpu_s": sorted(round(b, 1) for b in busy), "driver_cpu_s": round(driver, 1),
                    "startup_s": round(startup, 1), "load_average": load})
    base = out[0]
    for r in out:
        r["speedup"] = round(r["docs_per_s"] / base["docs_per_s"], 2)
        # what the speed-up would be on idle cores: the busiest worker's CPU time bounds the run
        r["cpu_speedup"] = round(max(base["worker_cpu_s"]) / max(r["worker_cpu_s"]), 2)
    return out


def _warm() -> None:
    from rasad.pipeline import default_pipeline
    default_pipeline()


def generated_reports(n: int, seed: int = 3) -> list[tuple[str, list[Report]]]:
    """``n`` reports as shards of 5,000: meetings of a dozen countries over ten years, each reported 1-4
    times, dated or not, published within days."""
    rng = random.Random(seed)
    codes = ["ARM", "AZE", "CHN", "EGY", "IND", "IRN", "IRQ", "PAK", "RUS", "SAU", "TJK", "TUR"]
    reports, m = [], 0
    while len(reports) < n:
        a, b = sorted(rng.sample(codes, 2))
        day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
        kind = "SIGN" if rng.random() < 0.2 else "MEET"
        for k in range(rng.randint(1, 4)):
            dated = rng.random() < 0.8
            pub = (day + timedelta(days=rng.randint(0, 2))).isoformat()
            reports.append(Report(id=len(reports), doc_id=f"m{m:07d}-{k}", seq=0, type=kind, countries=[a, b],
                                  published=pub, date=day.isoformat() if dated else None,
                                  date_precision="day" if dated else None, location=rng.choice([None, "Capital"]),
                                  confidence=0.7, lang=rng.choice(["fa", "ar", "en"]), outlet=f"o{rng.randrange(12)}"))
        m += 1
    reports = reports[:n]
    return [(f"s{i}", reports[i:i + 5000]) for i in range(0, n, 5000)]


def run_merge_part(sizes: list[int], partitions: int) -> list[dict]:
    from rasad.scale.merge import merge_partition, plan

    out = []
    for n in sizes:
        shards = generated_reports(n)
        start = time.process_time()  # one process: CPU time leaves the machine's other load out
        keys = [{(merge_key(r.type, r.countries), r.t) for r in rs} for _, rs in shards]
        the_plan = plan([[r.doc_id for r in rs] for _, rs in shards], keys, partitions)
        parts: dict[int, list[Report]] = {}
        for _, rs in shards:
            for r in rs:
                parts.setdefault(the_plan.partition(merge_key(r.type, r.countries), r.t), []).append(r)
        events = sum(len(merge_partition([p])) for p in parts.values())
        seconds = time.process_time() - start
        out.append({"reports": n, "events": events, "seconds": round(seconds, 2),
                    "us_per_report": round(seconds / n * 1e6, 1)})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", choices=["both", "batch", "merge"], default="both")
    ap.add_argument("-n", type=int, default=20_000, help="articles for the batch part (default 20000)")
    ap.add_argument("--per-shard", type=int, default=500)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--reports", type=int, nargs="+", default=[20_000, 100_000, 500_000])
    ap.add_argument("--partitions", type=int, default=16)
    ap.add_argument("--workdir", type=Path, default=None)
    args = ap.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="rasad-bench-scale-"))
    results: dict = {}
    if args.part in ("both", "merge"):
        results["merge"] = run_merge_part(args.reports, args.partitions)
        for r in results["merge"]:
            print(f"merge: {r['reports']:>7} reports -> {r['events']:>7} events in {r['seconds']:7.2f} s "
                  f"({r['us_per_report']} µs/report)", flush=True)
    if args.part in ("both", "batch"):
        results["batch"] = run_batch_part(args.n, args.per_shard, args.workers, workdir)
        for r in results["batch"]:
            print(f"batch: {r['workers']} worker(s): {r['docs']} docs, {r['events']} events in {r['seconds']} s = "
                  f"{r['docs_per_s']} docs/s (x{r['speedup']} wall, machine load {r['load_average']}; "
                  f"x{r['cpu_speedup']} by the busiest worker's CPU time {r['worker_cpu_s']} s); "
                  f"merge {r['merge_seconds']} s ({r['merge_share']:.1%}); driver+scheduler CPU {r['driver_cpu_s']} s; "
                  f"start-up (not counted) {r['startup_s']} s; worker peak RSS {r['worker_peak_rss_mb']} MB",
                  flush=True)
    print(json.dumps(results))


if __name__ == "__main__":
    main()
