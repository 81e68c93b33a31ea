"""Benchmark rasad's pipeline on one core: reading, matching, the knowledge base, end-to-end extraction.

    python benchmarks/bench_pipeline.py                 # everything, 5,000 articles, 10 MB for the matcher
    python benchmarks/bench_pipeline.py plain html      # plain text against its floor; HTML pages
    python benchmarks/bench_pipeline.py startup jobs    # start-up on a small input; --jobs 1 vs 2
    python benchmarks/bench_pipeline.py ingest --docs 2000   # rasad ingest --jobs 1 vs 2
    python benchmarks/bench_pipeline.py instructions --docs 400   # exact cost per document (valgrind)

Measurements: ``read`` (read + normalise + language id), ``kb`` (knowledge base and automaton, from
the on-disk cache and cold), ``match`` (the KB matcher alone), ``extract`` (end to end, half HTML),
``plain`` (end to end on plain text, next to the *floor* measured in the same process over the same
texts: reading, normalising and one pass of the KB automaton), ``html`` (HTML pages: reading alone and
end to end), ``startup`` (``rasad extract`` of one small file, wall and CPU time), ``jobs`` (the whole
corpus through ``rasad extract --jobs 1`` and ``--jobs 2``, medians of ``--repeat`` runs: wall
time, CPU of the calling process and of each worker, and the machine's own ceiling for two processes),
``ingest`` (the same for ``rasad ingest`` into a new database, and whether both store the same events),
``instructions`` (machine instructions per plain document under valgrind: the same on every run, for
comparing two versions of the code on a busy machine). Documents per second are per CPU second
(``time.process_time``), so that other work on a shared machine does not count; wall times are given
beside them.

The corpus is made from rasad's own test articles (tests/data/articles, written for rasad) by varying
them: paragraphs reordered, numbers and dates changed, clutter lines added, half of them wrapped as
HTML pages. Each measurement runs in a fresh process so that its peak memory (max RSS) is its own.
Figures are printed as one JSON object per measurement.
"""

from __future__ import annotations

import argparse
import json
import os
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


def _texts(folder: str) -> list:
    from rasad.readers import read_paths
    return [d for d in read_paths([str(Path(folder) / "articles.jsonl")])]


def run_plain(folder: str) -> dict:
    """rasad end to end on plain text, and the floor (read + normalise + one automaton pass) beside it."""
    import copy

    from rasad.kb import load_kb
    from rasad.mentions import matcher_for
    from rasad.normalise import normalise
    from rasad.pipeline import process

    automaton = matcher_for(load_kb([])).phrases.automaton
    docs = _texts(folder)
    process(copy.copy(docs[0]))
    t0, w0 = time.process_time(), time.perf_counter()
    from rasad.readers import read_paths
    hits = 0
    for doc in read_paths([str(Path(folder) / "articles.jsonl")]):
        for _ in automaton.iter(normalise(doc.text).text.lower()):
            hits += 1
    floor = time.process_time() - t0
    t1, w1 = time.process_time(), time.perf_counter()
    events = 0
    for doc in read_paths([str(Path(folder) / "articles.jsonl")]):
        events += len(process(doc).events)
    full = time.process_time() - t1
    n = len(docs)
    return {"measure": "plain text vs floor", "docs": n, "mb": round(sum(len(d.text.encode()) for d in docs) / 1e6, 1),
            "floor_docs_per_s": round(n / floor), "rasad_docs_per_s": round(n / full),
            "share_of_floor": round(floor / full, 2), "rasad_wall_s": round(time.perf_counter() - w1, 1),
            "events": events, "peak_rss_mb": round(_peak_mb())}


def run_html(folder: str) -> dict:
    from rasad.pipeline import process
    from rasad.readers import read_paths

    pages = sorted(Path(folder).glob("page*.html"))
    t0 = time.process_time()
    docs = [d for d in read_paths([str(p) for p in pages])]
    read_s = time.process_time() - t0
    t1 = time.process_time()
    for d in docs:
        process(d)
    full = time.process_time() - t1 + read_s
    return {"measure": "html pages", "pages": len(docs), "read_pages_per_s": round(len(docs) / read_s),
            "end_to_end_docs_per_s": round(len(docs) / full), "peak_rss_mb": round(_peak_mb())}


def run_startup(folder: str) -> dict:
    """``rasad extract`` of one two-line file: warm on-disk cache (second run), and cold (cache off)."""
    small = Path(folder) / "small.jsonl"
    small.write_text("\n".join(json.dumps({"id": f"s{i}", "text": t}, ensure_ascii=False) for i, t in enumerate([
        "Indian Defence Minister Rajnath Singh met his Russian counterpart in Moscow on Tuesday.",
        "وزیر دفاع هند با همتای روس خود در مسکو دیدار کرد."])) + "\n", encoding="utf-8")
    out = {"measure": "startup"}
    # As installed: bytecode written once and reused (some sandboxes set PYTHONDONTWRITEBYTECODE,
    # which would make every run compile rasad's modules again).
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    for label, env in (("cached", {}), ("cold", {"RASAD_CACHE": "0"})):
        walls, cpus = [], []
        for _ in range(3):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run([*RASAD, "extract", str(small), "-j", "1"], check=True,
                           capture_output=True, env={**base, **env})
            walls.append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        out[f"{label}_wall_s"] = round(min(walls), 2)
        out[f"{label}_cpu_s"] = round(min(cpus), 2)
    return out


def run_jobs(folder: str, repeat: int = 3) -> dict:
    """``rasad extract --jobs 1`` and ``--jobs 2`` over the whole corpus, ``repeat`` times (medians):
    wall time, the CPU time of the calling process and of each worker, and the *ceiling*: what this
    machine gives two independent ``--jobs 1`` runs at once (2 x alone / together). Two processes on
    the two cores of a virtual machine each run slower than one alone (shared caches, memory, a busy
    host), so ``--jobs 2`` cannot beat the ceiling; ``efficiency`` is the speed-up over the ceiling."""
    import statistics

    out = {"measure": "jobs", "docs": len(list(Path(folder).glob("page*.html"))) + len(_texts(folder)),
           "load_average_before": round(os.getloadavg()[0], 1)}
    runs: dict[str, list[dict]] = {"1": [], "2": [], "pair": []}
    results = {}
    for _ in range(repeat):
        for jobs in ("1", "2"):
            r = _timed_extract(folder, jobs)
            results[jobs] = r.pop("stdout")
            runs[jobs].append(r)
        t0 = time.perf_counter()
        procs = [subprocess.Popen([*RASAD, "extract", folder, "-j", "1"], stdout=subprocess.DEVNULL) for _ in range(2)]
        for p in procs:
            p.wait()
        runs["pair"].append({"wall_s": time.perf_counter() - t0})
    med = lambda rs, k: round(statistics.median(r[k] for r in rs), 2)  # noqa: E731
    for jobs in ("1", "2"):
        out[f"jobs{jobs}_wall_s"] = med(runs[jobs], "wall_s")
        out[f"jobs{jobs}_parent_cpu_s"] = med(runs[jobs], "parent_cpu_s")
        out[f"jobs{jobs}_workers_cpu_s"] = sorted(round(statistics.median(w), 2)
                                                  for w in zip(*(r["workers_cpu_s"] for r in runs[jobs])))
    out["speedup"] = round(out["jobs1_wall_s"] / out["jobs2_wall_s"], 2)
    out["ceiling"] = round(2 * out["jobs1_wall_s"] / med(runs["pair"], "wall_s"), 2)
    out["efficiency"] = round(out["speedup"] / out["ceiling"], 2)
    out["identical_output"] = results["1"] == results["2"]
    out["load_average_after"] = round(os.getloadavg()[0], 1)
    return out


def run_ingest(folder: str, repeat: int = 3) -> dict:
    """``rasad ingest --jobs 1`` and ``--jobs 2`` of the whole corpus into a new database each time,
    alternated, ``repeat`` times (medians): wall time, CPU of the calling process (which stores and
    merges while the workers extract) and of each worker, and whether both give the same tables."""
    import sqlite3
    import statistics

    out = {"measure": "ingest", "load_average_before": round(os.getloadavg()[0], 1)}
    runs: dict[str, list[dict]] = {"1": [], "2": []}
    digests = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeat):
            for jobs in ("1", "2"):
                db = Path(tmp) / f"{jobs}-{i}.db"
                runs[jobs].append(_timed_extract(folder, jobs, ("ingest", "--db", str(db))))
                with sqlite3.connect(db) as conn:
                    digests[jobs] = [conn.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                                     for t in ("events", "event_reports")]
    med = lambda rs, k: round(statistics.median(r[k] for r in rs), 2)  # noqa: E731
    for jobs in ("1", "2"):
        out[f"jobs{jobs}_wall_s"] = med(runs[jobs], "wall_s")
        out[f"jobs{jobs}_parent_cpu_s"] = med(runs[jobs], "parent_cpu_s")
        out[f"jobs{jobs}_workers_cpu_s"] = sorted(round(statistics.median(w), 2)
                                                  for w in zip(*(r["workers_cpu_s"] for r in runs[jobs])))
    out["speedup"] = round(out["jobs1_wall_s"] / out["jobs2_wall_s"], 2)
    out["identical_events"] = digests["1"] == digests["2"]
    out["load_average_after"] = round(os.getloadavg()[0], 1)
    return out


_TIMED = """if __name__ == "__main__":
    import resource, sys
    from rasad.cli import main
    try:
        code = main()
    except SystemExit as e:
        code = e.code
    r = resource.getrusage(resource.RUSAGE_SELF)
    print(f"rasad-cpu {r.ru_utime + r.ru_stime}", file=sys.stderr)
    sys.exit(code)
"""


def _timed_extract(folder: str, jobs: str, command: tuple[str, ...] = ("extract",)) -> dict:
    """One ``rasad extract`` (or other ``command``) run: its output, wall time, and CPU time of the
    calling process and of each worker (sampled with psutil when it is installed)."""
    try:
        import psutil
    except ImportError:
        psutil = None
    out, err = tempfile.TemporaryFile(), tempfile.TemporaryFile()  # a pipe would fill while we sample
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-c", _TIMED, *command, folder, "-j", jobs], stdout=out, stderr=err)
    workers: dict[int, float] = {}
    if psutil is not None:
        proc = psutil.Process(p.pid)
        while p.poll() is None:
            try:
                for c in proc.children():
                    try:
                        t = c.cpu_times()
                        workers[c.pid] = t.user + t.system
                    except psutil.Error:
                        pass
            except psutil.Error:
                pass
            time.sleep(0.1)
    p.wait()
    wall = time.perf_counter() - t0
    out.seek(0)
    err.seek(0)
    stdout, stderr = out.read(), err.read()
    cpu = [float(line.split()[1]) for line in stderr.decode().splitlines() if line.startswith("rasad-cpu ")]
    if p.returncode or not cpu:
        raise RuntimeError(stderr.decode()[-2000:])
    # the resource tracker is a child too, of no CPU to speak of: keep the busy ones
    busy = sorted(v for v in workers.values() if v > 0.1) if jobs != "1" else []
    return {"stdout": stdout, "wall_s": wall, "parent_cpu_s": cpu[0], "workers_cpu_s": busy}


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
    from rasad.kb import _load, load_kb
    from rasad.mentions import matcher_for

    kb = load_kb([])  # from the on-disk cache when it is there
    t1 = time.perf_counter()
    matcher = matcher_for(kb)
    t2 = time.perf_counter()
    os.environ["RASAD_CACHE"] = "0"
    cold = _load.__wrapped__(())
    t3 = time.perf_counter()
    from rasad.kb.matcher import Matcher
    Matcher(cold)
    t4 = time.perf_counter()
    return {"measure": "kb load", "entities": sum(len(v) for v in kb.by_kind.values()),
            "patterns": matcher.size, "cached_load_s": round(t1 - t0, 2), "cached_automaton_s": round(t2 - t1, 2),
            "cold_load_s": round(t3 - t2, 2), "cold_automaton_s": round(t4 - t3, 2), "peak_rss_mb": round(_peak_mb())}


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


_PROCESS_N = """
import copy, sys
from rasad.readers import read_paths
from rasad.pipeline import process
docs = list(read_paths([sys.argv[1]]))
for d in docs[:20]:
    process(copy.copy(d))
for d in docs[20:20 + int(sys.argv[2])]:
    process(d)
print(len(docs[20:20 + int(sys.argv[2])]))
"""


def run_instructions(folder: str, docs: int = 300) -> dict:
    """Machine instructions per plain document (valgrind's cachegrind, no cache simulation): the same
    figure on every run, however busy the machine, so two versions of the code compare exactly where
    docs/s on a shared VM varies by a third between runs. The run over ``docs`` documents minus the run
    over none (start-up and 20 documents of warm-up in both)."""
    import shutil

    if shutil.which("valgrind") is None:
        return {"measure": "instructions", "skipped": "valgrind is not installed (apt-get install valgrind)"}
    jsonl = str(Path(folder) / "articles.jsonl")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def refs(n: int) -> tuple[int, int]:
        out = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                              sys.executable, "-c", _PROCESS_N, jsonl, str(n)],
                             capture_output=True, text=True, check=True, env=env)
        line = next(x for x in out.stderr.splitlines() if "I   refs:" in x)
        return int(line.rsplit(":", 1)[1].replace(",", "").strip()), int(out.stdout.strip())

    subprocess.run([sys.executable, "-c", _PROCESS_N, jsonl, "0"], check=True, capture_output=True, env=env)
    base, _ = refs(0)  # after a run that fills the knowledge base's disk cache
    total, n = refs(docs)
    return {"measure": "instructions", "docs": n, "million_instructions_per_doc": round((total - base) / n / 1e6, 2),
            "startup_million_instructions": round(base / 1e6)}


RASAD = [sys.executable, "-c", "import sys; from rasad.cli import main; sys.exit(main())"]
ALL = ("read", "kb", "match", "extract", "plain", "html", "startup", "jobs", "ingest", "instructions")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", nargs="*", help=", ".join(ALL) + " (default: all)")
    ap.add_argument("--docs", type=int, default=5000)
    ap.add_argument("--mb", type=float, default=10.0, help="matcher corpus size")
    ap.add_argument("--repeat", type=int, default=3, help="runs of the jobs measurement (medians)")
    ap.add_argument("--_run", help=argparse.SUPPRESS)
    ap.add_argument("--_folder", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    args.what = args.what or list(ALL)
    if set(args.what) - set(ALL):
        ap.error(f"unknown measurement in {args.what}")
    if args._run:
        runs = {"read": lambda: run_read(args._folder), "kb": run_kb,
                "match": lambda: run_match(args._folder, args.mb), "extract": lambda: run_extract(args._folder),
                "plain": lambda: run_plain(args._folder), "html": lambda: run_html(args._folder),
                "startup": lambda: run_startup(args._folder), "jobs": lambda: run_jobs(args._folder, args.repeat),
                "ingest": lambda: run_ingest(args._folder, args.repeat),
                "instructions": lambda: run_instructions(args._folder)}
        print(json.dumps(runs[args._run]()))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        docs = max(args.docs, int(args.mb * 1e6 / 1500) if "match" in args.what else 0)
        folder, size = make_corpus(docs, Path(tmp) / "corpus")
        print(json.dumps({"corpus": docs, "mb": round(size / 1e6, 1)}))
        for what in args.what:
            out = subprocess.run([sys.executable, __file__, "--_run", what, "--_folder", str(folder),
                                  "--mb", str(args.mb), "--repeat", str(args.repeat)],
                                 capture_output=True, text=True, check=True)
            print(out.stdout.strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
