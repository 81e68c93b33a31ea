"""Benchmark of the event store: ingest ≥ 20,000 generated articles, then time `rasad events` queries.

    .venv/bin/python benchmarks/bench_store.py                 # both modes, 20,000 documents each
    .venv/bin/python benchmarks/bench_store.py --mode store -n 50000 --json

Modes (each runs in its own process, so peak memory is its own):

- ``pipeline``: the whole `rasad ingest` path — reading a JSONL file, the standard pipeline (extraction),
  storing and merging — so documents/s is what a user sees.
- ``store``: reading and the store alone — each document's events are attached from the generator's
  own record instead of extracted, which measures storing and merging at a known event load.
- ``growth``: the store alone as the database grows: ``--batches`` successive ingests of ``-n``
  documents each, the news arriving in time order (each batch the next stretch of days) on a few
  busy country pairs (four countries, a report every few days per pair and type, so the reports of a
  pair form one unbroken stretch of time). Reported: documents/s of each batch, in CPU time of the
  process (the machine's other load left out) and wall time. Merging must look only at the reports
  near the new ones: the last batch should be about as fast as the first.

The articles are generated from small templates written for this benchmark (fa / ar / en, a dozen
countries, invented outlets): each meeting is reported by one to four outlets over up to three days,
some without a date, so merging has real work to do. Reported: documents/s, database size, peak
memory (max RSS of the process), and the time of `rasad events` queries — the command run as a
subprocess (Python start-up included) and `Store.query_events` in-process.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasad.document import Document, Event, Evidence  # noqa: E402
from rasad.readers import read_paths  # noqa: E402
from rasad.store import EventFilter, open_store  # noqa: E402

# code: (English, Persian, Arabic, capital in English, Persian, Arabic)
COUNTRIES = {
    "IRN": ("Iran", "ایران", "إيران", "Tehran", "تهران", "طهران"),
    "RUS": ("Russia", "روسیه", "روسيا", "Moscow", "مسکو", "موسكو"),
    "IND": ("India", "هند", "الهند", "New Delhi", "دهلی نو", "نيودلهي"),
    "CHN": ("China", "چین", "الصين", "Beijing", "پکن", "بكين"),
    "PAK": ("Pakistan", "پاکستان", "باكستان", "Islamabad", "اسلام‌آباد", "إسلام آباد"),
    "TUR": ("Turkey", "ترکیه", "تركيا", "Ankara", "آنکارا", "أنقرة"),
    "AZE": ("Azerbaijan", "جمهوری آذربایجان", "أذربيجان", "Baku", "باکو", "باكو"),
    "TJK": ("Tajikistan", "تاجیکستان", "طاجيكستان", "Dushanbe", "دوشنبه", "دوشنبه"),
    "SAU": ("Saudi Arabia", "عربستان سعودی", "السعودية", "Riyadh", "ریاض", "الرياض"),
    "EGY": ("Egypt", "مصر", "مصر", "Cairo", "قاهره", "القاهرة"),
    "IRQ": ("Iraq", "عراق", "العراق", "Baghdad", "بغداد", "بغداد"),
    "ARM": ("Armenia", "ارمنستان", "أرمينيا", "Yerevan", "ایروان", "يريفان"),
}
OUTLETS = {"fa": ["Khabar Sample", "Sepehr Daily", "Payam Online", "Navid News"],
           "ar": ["Al-Mithal", "Sada al-Khabar", "Al-Namudhaj"],
           "en": ["Sample Wire", "Example Post", "Demo Tribune", "Specimen Times"]}
FILLER = {
    "en": ["The two sides discussed military cooperation and regional security.",
           "They also reviewed joint exercises planned for next year.",
           "Officials said the talks were held in a friendly atmosphere.",
           "The ministers agreed to expand training exchanges.",
           "Defense industry cooperation was also on the agenda.",
           "No further details were released by either ministry.",
           "Analysts said the meeting reflected growing ties between the two countries.",
           "Share this article. Comments are closed. Related news below."],
    "fa": ["دو طرف درباره همکاری‌های نظامی و امنیت منطقه رایزنی کردند.",
           "در این دیدار رزمایش‌های مشترک سال آینده نیز بررسی شد.",
           "مقامات دو کشور فضای گفت‌وگوها را دوستانه توصیف کردند.",
           "وزیران بر گسترش تبادل‌های آموزشی تأکید کردند.",
           "همکاری در صنایع دفاعی نیز از موضوعات این دیدار بود.",
           "جزئیات بیشتری از این دیدار منتشر نشده است.",
           "کارشناسان این دیدار را نشانه گسترش روابط دو کشور می‌دانند.",
           "اشتراک‌گذاری | نظر شما | اخبار مرتبط"],
    "ar": ["وبحث الجانبان التعاون العسكري والأمن الإقليمي.",
           "كما استعرضا المناورات المشتركة المقررة العام المقبل.",
           "ووصف المسؤولون أجواء المحادثات بالودية.",
           "واتفق الوزيران على توسيع برامج التدريب المتبادل.",
           "وكان التعاون في الصناعات الدفاعية على جدول الأعمال.",
           "ولم تنشر تفاصيل إضافية عن اللقاء.",
           "ورأى محللون أن اللقاء يعكس تنامي العلاقات بين البلدين.",
           "شارك الخبر | التعليقات | أخبار ذات صلة"],
}
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def meetings(n_docs: int, seed: int = 7, *, days: int = 3650, countries: int | None = None) -> Iterator[dict]:
    """Generated reports, meeting by meeting, until ``n_docs`` have been made: meetings of two of the
    first ``countries`` countries (default all) on days spread over ``days`` days from 2015-01-01."""
    rng = random.Random(seed)
    codes = sorted(COUNTRIES)[:countries]
    made = 0
    m = 0
    while made < n_docs:
        a, b = rng.sample(codes, 2)
        day = date(2015, 1, 1) + timedelta(days=rng.randrange(days))
        kind = "SIGN" if rng.random() < 0.2 else "MEET"
        for k in range(min(rng.randint(1, 4), n_docs - made)):
            lang = rng.choice(["fa", "ar", "en"])
            published = day + timedelta(days=rng.randint(0, 2))
            dated = rng.random() < 0.8
            yield {"id": f"m{m:06d}-{k}", "lang": lang, "a": a, "b": b, "day": day, "kind": kind,
                   "published": published, "dated": dated, "outlet": rng.choice(OUTLETS[lang]),
                   "filler": rng.sample(FILLER[lang], rng.randint(4, 8)), "rng": rng.random()}
            made += 1
        m += 1


def article(r: dict) -> tuple[str, str]:
    """The text of a generated report and its event sentence."""
    a, b, lang = COUNTRIES[r["a"]], COUNTRIES[r["b"]], r["lang"]
    d = r["day"]
    if lang == "en":
        when = f" on {MONTHS[d.month - 1]} {d.day}, {d.year}" if r["dated"] else ""
        verb = "signed a memorandum on defense cooperation with" if r["kind"] == "SIGN" else "met"
        sentence = f"The defense minister of {a[0]} {verb} the defense minister of {b[0]} in {b[3]}{when}."
        head = f"{b[3].upper()} ({r['outlet']}) - "
    elif lang == "fa":
        when = f" روز {d.day} {MONTHS[d.month - 1]} {d.year}" if r["dated"] else ""
        verb = "یادداشت تفاهم همکاری دفاعی امضا کرد" if r["kind"] == "SIGN" else "دیدار و گفت‌وگو کرد"
        sentence = f"وزیر دفاع {a[1]}{when} در {b[4]} با وزیر دفاع {b[1]} {verb}."
        head = f"{r['outlet']} — "
    else:
        when = f" يوم {d.isoformat()}" if r["dated"] else ""
        verb = "وقع وزير دفاع" if r["kind"] == "SIGN" else "التقى وزير دفاع"
        sentence = f"{verb} {a[2]} نظيره وزير دفاع {b[2]} في {b[5]}{when}."
        head = f"{b[5]} - {r['outlet']}\n"
    return head + sentence + "\n" + " ".join(r["filler"]), sentence


def write_corpus(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in meetings(n):
            text, _ = article(r)
            f.write(json.dumps({"id": r["id"], "text": text, "published": r["published"].isoformat(),
                                "site": r["outlet"], "lang": r["lang"],
                                "url": f"https://{r['outlet'].lower().replace(' ', '-')}.example/{r['id']}"},
                               ensure_ascii=False) + "\n")


def attach_events(records: dict[str, dict]):
    """The ``store`` mode's stand-in for extraction: the generator's own event for each document."""
    def stage(doc: Document) -> Document:
        r = records[doc.id]
        text, sentence = article(r)
        start = doc.text.index(sentence)
        doc.events = [Event(r["kind"], sorted([r["a"], r["b"]]), Evidence(sentence, start, start + len(sentence)),
                            source=r["a"], target=r["b"], date=r["day"].isoformat() if r["dated"] else None,
                            date_precision="day" if r["dated"] else None, location=COUNTRIES[r["b"]][3],
                            location_country=r["b"], mode=None if r["kind"] == "SIGN" else "visit",
                            cameo="057" if r["kind"] == "SIGN" else "042", confidence=0.7)]
        return doc
    return stage


def run_growth(n: int, batches: int, workdir: Path, batch_size: int) -> dict:
    """Successive ingests of ``n`` generated documents each, in time order, on four countries."""
    records = sorted(meetings(n * batches, days=n * batches // 10, countries=4), key=lambda r: (r["day"], r["id"]))
    stage = attach_events({r["id"]: r for r in records})
    out = []
    with open_store(workdir / "growth.db") as store:
        for k in range(batches):
            docs = []
            for r in records[k * n:(k + 1) * n]:
                text, _ = article(r)
                docs.append(Document(id=r["id"], text=text, published=r["published"].isoformat(), site=r["outlet"],
                                     lang=r["lang"], source="generated"))
            cpu, wall = time.process_time(), time.perf_counter()
            report = store.ingest(docs, pipeline=stage, batch_size=batch_size)
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            out.append({"batch": k + 1, "documents": report.documents, "cpu_s": round(cpu, 2),
                        "docs_per_cpu_s": round(n / cpu, 1), "wall_s": round(wall, 2)})
        stats = store.stats()
    return {"mode": "growth", "batches": out, "reports": stats["reports"], "events": stats["events"],
            "last_vs_first": round(out[-1]["docs_per_cpu_s"] / out[0]["docs_per_cpu_s"], 2)}


def run_mode(mode: str, n: int, workdir: Path, batch_size: int) -> dict:
    corpus, db = workdir / f"{mode}.jsonl", workdir / f"{mode}.db"
    write_corpus(corpus, n)
    docs = (d for d in read_paths([str(corpus)]) if isinstance(d, Document))
    pipeline = None
    if mode == "store":
        records = {r["id"]: r for r in meetings(n)}
        pipeline = attach_events(records)
    start = time.perf_counter()
    with open_store(db) as store:
        report = store.ingest(docs, pipeline=pipeline, batch_size=batch_size)
        seconds = time.perf_counter() - start
        stats = store.stats()
        inproc = _time_inprocess(store)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = sum(p.stat().st_size for p in workdir.glob(f"{mode}.db*"))
    return {"mode": mode, "documents": report.documents, "failed": len(report.failed),
            "reports": stats["reports"], "events": stats["events"], "seconds": round(seconds, 1),
            "docs_per_s": round(report.documents / seconds, 1), "db_mb": round(size / 1048576, 1),
            "corpus_mb": round(corpus.stat().st_size / 1048576, 1), "peak_rss_mb": round(peak, 1),
            "query_ms_in_process": inproc, "rasad_events_s": _time_cli(db)}


QUERIES = {
    "all (50 newest)": [],
    "--country IRN": ["--country", "IRN"],
    "--dyad IRN,RUS": ["--dyad", "IRN,RUS"],
    "--type SIGN --from 2020 --to 2021": ["--type", "SIGN", "--from", "2020", "--to", "2021"],
    "--lang fa --outlet 'Sample Wire'": ["--lang", "fa", "--outlet", "Sample Wire"],
    "--order sources_desc": ["--order", "sources_desc"],
}
FILTERS = {
    "all (50 newest)": EventFilter(),
    "--country IRN": EventFilter(country="IRN"),
    "--dyad IRN,RUS": EventFilter(dyad=("IRN", "RUS")),
    "--type SIGN --from 2020 --to 2021": EventFilter(type="SIGN", date_from="2020", date_to="2021"),
    "--lang fa --outlet 'Sample Wire'": EventFilter(lang="fa", outlet="Sample Wire"),
}


def _time_inprocess(store, repeat: int = 5) -> dict[str, float]:
    out = {}
    for name, f in FILTERS.items():
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            store.query_events(f, limit=50)
            store.count_events(f)
            times.append(time.perf_counter() - t)
        out[name] = round(statistics.median(times) * 1000, 2)
    return out


def _time_cli(db: Path, repeat: int = 3) -> dict[str, float]:
    out = {}
    base = [sys.executable, "-c", "from rasad.cli import main; main()", "events", "--db", str(db), "--format", "jsonl"]
    for name, args in QUERIES.items():
        times = []
        for _ in range(repeat):
            t = time.perf_counter()
            subprocess.run([*base, *args], check=True, capture_output=True, cwd=ROOT)
            times.append(time.perf_counter() - t)
        out[name] = round(statistics.median(times), 3)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=20_000, help="documents per mode (default 20000)")
    ap.add_argument("--mode", choices=["both", "pipeline", "store", "growth"], default="both")
    ap.add_argument("--batches", type=int, default=5, help="growth mode: successive ingests of -n documents")
    ap.add_argument("--batch-size", type=int, default=100)
    ap.add_argument("--workdir", type=Path, default=None, help="keep the corpus and databases here")
    ap.add_argument("--json", action="store_true", help="print JSON results only")
    args = ap.parse_args()
    if args.mode == "both":
        results = [_child(m, args) for m in ("store", "pipeline")]
    else:
        workdir = args.workdir or Path(tempfile.mkdtemp(prefix="rasad-bench-"))
        workdir.mkdir(parents=True, exist_ok=True)
        results = [run_growth(args.n, args.batches, workdir, args.batch_size) if args.mode == "growth"
                   else run_mode(args.mode, args.n, workdir, args.batch_size)]
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        for r in results:
            _print(r)


def _child(mode: str, args) -> dict:
    cmd = [sys.executable, __file__, "--mode", mode, "-n", str(args.n), "--batch-size", str(args.batch_size),
           "--json"]
    if args.workdir:
        cmd += ["--workdir", str(args.workdir)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env={**os.environ})
    return json.loads(out.stdout)[0]


def _print(r: dict) -> None:
    if r["mode"] == "growth":
        print(f"== growth: {r['reports']} reports -> {r['events']} events; last batch / first = {r['last_vs_first']}")
        for b in r["batches"]:
            print(f"   batch {b['batch']}: {b['documents']} documents, {b['cpu_s']} s CPU = "
                  f"{b['docs_per_cpu_s']} documents/CPU-s ({b['wall_s']} s wall)")
        return
    print(f"== {r['mode']} mode: {r['documents']} documents ({r['corpus_mb']} MB JSONL), {r['failed']} failed")
    print(f"   ingest     {r['seconds']} s = {r['docs_per_s']} documents/s")
    print(f"   database   {r['db_mb']} MB; {r['reports']} event reports -> {r['events']} merged events")
    print(f"   peak RSS   {r['peak_rss_mb']} MB")
    print("   rasad events (subprocess, s) / Store.query_events + count_events (in-process, ms):")
    for name, s in r["rasad_events_s"].items():
        ms = r["query_ms_in_process"].get(name)
        print(f"     {name:38s} {s:6.3f} s" + (f"   {ms:7.2f} ms" if ms is not None else ""))


if __name__ == "__main__":
    main()
