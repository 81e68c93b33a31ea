"""Benchmark of the REST API: latency (median, p95) of the dashboard's requests on a large database.

    .venv/bin/python benchmarks/bench_api.py                    # 20,000 generated documents
    .venv/bin/python benchmarks/bench_api.py -n 50000 --requests 300 --json

The database is generated through the store (``Store.ingest`` with each document's events attached
by the generator, so extraction is not what is measured): short fa / ar / en reports written from
templates for this benchmark, 24 countries, 14 invented outlets, 2010-2025, each meeting reported by
one to four outlets (so merged events have several sources). ``rasad serve`` then runs on 127.0.0.1
in its own process and every endpoint the dashboard calls is requested over HTTP, sequentially, after
one warm-up request; reported per request: median and p95 in milliseconds, and the answer's size.

The server runs twice: with ``--cache-size 0`` (every answer computed, as on a first visit or right
after an ingest) and with the default cache (aggregate answers reused until the database changes, as
when an analyst goes back and forth between the same views).
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rasad.document import Document, Event, Evidence, PersonRef  # noqa: E402
from rasad.store import open_store  # noqa: E402

COUNTRIES = ["IRN", "RUS", "IND", "CHN", "PAK", "TUR", "AZE", "TJK", "SAU", "EGY", "IRQ", "ARM", "KAZ", "UZB",
             "TKM", "SYR", "QAT", "OMN", "ARE", "BLR", "KGZ", "AFG", "JOR", "LBN"]
CITIES = {"IRN": "Tehran", "RUS": "Moscow", "IND": "New Delhi", "CHN": "Beijing", "PAK": "Islamabad",
          "TUR": "Ankara", "AZE": "Baku", "TJK": "Dushanbe", "SAU": "Riyadh", "EGY": "Cairo", "IRQ": "Baghdad",
          "ARM": "Yerevan", "KAZ": "Astana", "UZB": "Tashkent", "TKM": "Ashgabat", "SYR": "Damascus",
          "QAT": "Doha", "OMN": "Muscat", "ARE": "Abu Dhabi", "BLR": "Minsk", "KGZ": "Bishkek", "AFG": "Kabul",
          "JOR": "Amman", "LBN": "Beirut"}
OUTLETS = {"fa": ["Khabar Sample", "Sepehr Daily", "Payam Online", "Navid News", "Roshan Press"],
           "ar": ["Al-Mithal", "Sada al-Khabar", "Al-Namudhaj", "Al-Tajriba"],
           "en": ["Sample Wire", "Example Post", "Demo Tribune", "Specimen Times", "Model Herald"]}
TEMPLATES = {
    "fa": "وزیر دفاع {a} در سفر به {city} با همتای خود از {b} دیدار و درباره همکاری‌های نظامی گفتگو کرد.",
    "ar": "التقى وزير دفاع {a} نظيره من {b} في {city} وبحث الجانبان التعاون العسكري.",
    "en": "The defence minister of {a} met his counterpart from {b} in {city} to discuss military cooperation.",
}
FILLER = {
    "fa": "دو طرف بر گسترش روابط دفاعی و امنیتی و مبارزه با تروریسم در منطقه تأکید کردند. ",
    "ar": "وأكد الجانبان على توسيع العلاقات الدفاعية والأمنية ومكافحة الإرهاب في المنطقة. ",
    "en": "Both sides stressed wider defence and security ties and the fight against terrorism in the region. ",
}


def generate(n_docs: int, seed: int = 7) -> Iterator[Document]:
    """``n_docs`` reports of meetings and agreements, one to four reports per happening."""
    rng = random.Random(seed)
    start = date(2010, 1, 1)
    made = 0
    happening = 0
    while made < n_docs:
        happening += 1
        a, b = rng.sample(COUNTRIES, 2)
        host = rng.choice((a, b))
        day = start + timedelta(days=rng.randrange(16 * 365))
        kind = "SIGN" if rng.random() < 0.2 else "MEET"
        for k in range(min(rng.randint(1, 4), n_docs - made)):
            lang = rng.choice(("fa", "ar", "en", "en"))
            sentence = TEMPLATES[lang].format(a=a, b=b, city=CITIES[host])
            lead = f"{CITIES[host]} — "
            text = lead + sentence + " " + FILLER[lang] * rng.randint(2, 8)
            published = day + timedelta(days=rng.randint(0, 2))
            outlet = rng.choice(OUTLETS[lang])
            doc = Document(id=f"bench-{happening}-{k}", text=text, published=published.isoformat(),
                           url=f"https://{outlet.lower().replace(' ', '-')}.example/{happening}/{k}",
                           title=f"{a}–{b} defence talks ({happening})", site=outlet, lang=lang)
            doc.events = [Event(
                type=kind, countries=sorted([a, b]), status="occurred", mode="visit",
                source=b if host == a else a, target=host, date=day.isoformat(), date_precision="day",
                location=CITIES[host], location_country=host, confidence=0.8,
                evidence=Evidence(sentence, len(lead), len(lead) + len(sentence)),
                cameo="057" if kind == "SIGN" else "042",
                plover={"event": "SUPPORT" if kind == "SIGN" else "CONSULT", "mode": "visit",
                        "context": ["military"]},
                persons=[PersonRef(f"Minister of {a}", a, "defense minister", [f"Minister of {a}"])])]
            made += 1
            yield doc


def build(path: Path, n_docs: int) -> dict:
    t0 = time.perf_counter()
    with open_store(path) as store:
        store.ingest(generate(n_docs), pipeline=lambda d: d, batch_size=500)
        stats = store.stats()
    return {"documents": stats["documents"], "events": stats["events"], "seconds": round(time.perf_counter() - t0, 1),
            "size_mb": round(path.stat().st_size / 1048576, 1)}


def reuse(path: Path) -> dict:
    """An existing database, migrated to this rasad's schema (the server opens it read-only)."""
    open_store(path).close()
    return {"reused": str(path)}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: Path, cache_size: int) -> tuple[subprocess.Popen, str]:
    port = free_port()
    code = "import sys; from rasad.cli.serve import serve; sys.exit(serve())"
    proc = subprocess.Popen([sys.executable, "-c", code, "--db", str(db), "--port", str(port),
                             "--cache-size", str(cache_size)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            httpx.get(f"{base}/api/countries", timeout=2)
            return proc, base
        except httpx.TransportError:
            if proc.poll() is not None:
                raise SystemExit(f"rasad serve exited: {proc.stderr.read()}") from None
            time.sleep(0.1)
    proc.kill()
    raise SystemExit("rasad serve did not start")


def requests_to_time(client: httpx.Client) -> dict[str, str]:
    some = client.get("/api/events", params={"dyad": "IRN-RUS", "order": "sources_desc", "limit": 1}).json()
    event_id = some["events"][0]["id"]
    return {
        "events (first page of 20)": "/api/events?limit=20",
        "events country=IRN": "/api/events?country=IRN&limit=20",
        "events dyad=IRN-RUS": "/api/events?dyad=IRN-RUS&limit=20",
        "events lang=fa type=SIGN": "/api/events?lang=fa&type=SIGN&limit=20",
        "events 2015, page 10": "/api/events?date_from=2015-01-01&date_to=2015-12-31&limit=20&offset=180",
        "graph": "/api/graph",
        "graph type=MEET 2020-2025": "/api/graph?type=MEET&date_from=2020-01-01&date_to=2025-12-31",
        "graph country=IRN": "/api/graph?country=IRN",
        "timeseries": "/api/timeseries",
        "locations (map)": "/api/locations",
        "event detail": f"/api/events/{event_id}",
        "search": "/api/search?q=Tehran",
        "stats": "/api/stats",
        "events country=Iran (a name)": "/api/events?country=Iran&limit=20",
        "events from=2015 type=meet": "/api/events?date_from=2015&type=meet&limit=20",
        "events person (stored name)": "/api/events?person=Minister%20of%20IRN&limit=20",
        "pair page IRN-RUS": "/api/pairs/IRN-RUS",
        "person page (stored name)": "/api/persons/Minister%20of%20IRN",
        "people (suggestions)": "/api/people",
        "map country=IRN": "/api/locations?country=IRN",
        "map type=MEET 2020-2025": "/api/locations?type=MEET&date_from=2020-01-01&date_to=2025-12-31",
        "sources (live intake)": "/api/sources",
        "export dyad IRN-RUS (csv)": "/api/export?format=csv&dyad=IRN-RUS",
    }


def measure(client: httpx.Client, path: str, n: int) -> dict:
    r = client.get(path)                      # warm-up (and a check)
    r.raise_for_status()
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        client.get(path).raise_for_status()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"median_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 2),
            "bytes": len(r.content)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", "--docs", type=int, default=20_000, help="documents to generate (default 20,000)")
    ap.add_argument("--requests", type=int, default=200, help="timed requests per endpoint (default 200)")
    ap.add_argument("--db", type=Path, help="reuse (or create) this database instead of a temporary one; "
                    "an existing one is migrated first")
    ap.add_argument("--json", action="store_true", help="print the results as JSON")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "bench.db"
        built = build(db, args.docs) if not db.exists() else reuse(db)
        results: dict[str, dict] = {}
        for label, cache_size in (("computed", 0), ("cached", 256)):
            proc, base = start_server(db, cache_size)
            try:
                with httpx.Client(base_url=base, timeout=60) as client:
                    results[label] = {name: measure(client, path, args.requests)
                                      for name, path in requests_to_time(client).items()}
                    stats = client.get("/api/stats").json()["stats"]
            finally:
                proc.terminate()
                proc.wait(timeout=10)
    report = {"database": {**built, "documents": stats["documents"], "events": stats["events"]},
              "requests_per_endpoint": args.requests, "latency": results}
    if args.json:
        print(json.dumps(report, indent=2))
        return
    d = report["database"]
    print(f"database: {d['documents']:,} documents, {d['events']:,} merged events"
          + (f", built in {d['seconds']} s, {d['size_mb']} MB" if "seconds" in d else ""))
    print(f"{args.requests} sequential requests each over HTTP on 127.0.0.1; milliseconds")
    print(f"{'request':32} {'computed median':>16} {'p95':>8} {'cached median':>14} {'p95':>8} {'bytes':>8}")
    for name, r in results["computed"].items():
        c = results["cached"][name]
        print(f"{name:32} {r['median_ms']:>16.2f} {r['p95_ms']:>8.2f} {c['median_ms']:>14.2f} {c['p95_ms']:>8.2f}"
              f" {r['bytes']:>8,}")


if __name__ == "__main__":
    main()
