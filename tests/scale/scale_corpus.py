"""A small corpus in every input format the batch reads, from rasad's own written articles."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = ROOT / "tests" / "data" / "articles" / "gold.jsonl"
SAMPLES = ROOT / "rasad" / "samples"


def articles() -> list[dict]:
    with ARTICLES.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def _jsonl(path: Path, records: list[dict]) -> Path:
    with path.open("w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def _record(a: dict, doc_id: str | None = None) -> dict:
    return {"id": doc_id or a["doc_id"], "text": a["text"], "published": a["published"], "url": a["source_url"]}


def _warc(path: Path, items: list[dict]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        for a in items:
            paragraphs = "".join(f"<p>{line}</p>" for line in a["text"].split("\n") if line.strip())
            html = (f'<html><head><meta charset="utf-8"><meta property="article:published_time" '
                    f'content="{a["published"]}"></head><body><article>{paragraphs}</article></body></html>')
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(a["source_url"], "response", payload=io.BytesIO(html.encode("utf-8")),
                                               http_headers=headers)
            writer.write_record(record)
    return path


def make_corpus(folder: Path) -> list[str]:
    """Four inputs (JSONL, WARC.gz, a folder of text and HTML, JSONL), about 60 documents; one document
    id appears in two inputs with different texts (the later one is the one kept)."""
    folder.mkdir(parents=True, exist_ok=True)
    arts = articles()
    first = _jsonl(folder / "first.jsonl", [_record(a) for a in arts[:18]])
    warc = _warc(folder / "pages.warc.gz", arts[18:28])
    samples = folder / "samples"
    shutil.copytree(SAMPLES, samples)
    later = _jsonl(folder / "later.jsonl", [_record(a) for a in arts[28:]] + [_record(arts[40], arts[3]["doc_id"])])
    return [str(first), str(warc), str(samples), str(later)]
