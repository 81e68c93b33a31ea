"""Speed of ``find_dates`` and date accuracy of the dates stage on the test articles.

    .venv/bin/python benchmarks/bench_dates.py [GOLD.jsonl] [-v]

Accuracy is measured without the events stage: each gold event's evidence sentence is located in the
text and given to ``event_date`` (paragraph = its line, status from the gold), once with lead=True for
the article's first gold event only and once for every non-background event. Also reported: publication dates read from the page text alone (metadata withheld)
against the gold ``published``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from rasad.dates import dates_stage, event_date, find_dates
from rasad.document import Document, Span
from rasad.normalise import normalise
from rasad.pipeline import process

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "articles" / "gold.jsonl"


def _doc(g: dict, published: str | None) -> Document:
    doc = Document(id=g["doc_id"], text=g["text"], published=published, lang=g.get("lang"))
    return dates_stage(process(doc))


def _sentence(doc: Document, evidence: str) -> tuple[Span, Span | None] | None:
    ev = normalise(evidence).text.strip()
    pos = doc.ntext.find(ev)
    if pos < 0:
        return None
    s = Span(pos, pos + len(ev))
    para = next((p for p in doc.paragraphs if p.start <= pos < p.end), None)
    return s, para


def accuracy(gold: list[dict], verbose: bool, all_lead: bool = False) -> None:
    pub_ok = pub_n = ev_ok = ev_n = missing = 0
    for g in gold:
        if g.get("published"):
            pub_n += 1
            found = _doc(g, None).published
            pub_ok += found == g["published"]
            if verbose and found != g["published"]:
                print(f"  published {g['doc_id']}: gold {g['published']} got {found}")
        doc = _doc(g, g.get("published"))
        lead_done = False
        for e in g["events"]:
            if e.get("background"):
                continue
            where = _sentence(doc, e.get("evidence", ""))
            if where is None:
                missing += 1
                continue
            m = event_date(doc, where[0], where[1], e["status"], lead=all_lead or not lead_done)
            lead_done = True
            got = m.value.isoformat() if m is not None and m.precision == "day" else None
            ev_n += 1
            ev_ok += got == e.get("date")
            if verbose and got != e.get("date"):
                print(f"  event {g['doc_id']} {e['type']} {e['status']}: gold {e.get('date')} got {got}"
                      f" ({m.text if m else None!r}, {m.data.get('source') if m else ''})")
    print(f"publication date from page text: {pub_ok}/{pub_n}")
    who = "every main event" if all_lead else "the first event"
    print(f"event dates, lead={who} (exact day or both null): {ev_ok}/{ev_n}  (evidence not found: {missing})")


def speed(gold: list[dict]) -> None:
    texts = [(normalise(g["text"]).text, g.get("lang")) for g in gold]
    chars = sum(len(t) for t, _ in texts)
    for t, lang in texts:  # compile the regexes first
        find_dates(t, lang)
    rounds, t0 = 20, time.perf_counter()
    for _ in range(rounds):
        for t, lang in texts:
            find_dates(t, lang)
    dt = (time.perf_counter() - t0) / rounds
    print(f"find_dates: {len(texts)} texts, {chars} chars in {dt * 1000:.1f} ms "
          f"({chars / dt / 1e6:.1f} M chars/s, {dt / len(texts) * 1e6:.0f} µs per article)")


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("-")]
    path = Path(args[0]) if args else GOLD
    gold = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    speed(gold)
    accuracy(gold, "-v" in argv)
    accuracy(gold, "-v" in argv, all_lead=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
