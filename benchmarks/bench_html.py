"""HTML main-text extractors side by side: accuracy (keep the article, drop the furniture) and speed.

    python benchmarks/bench_html.py            # 600 pages, every extractor
    python benchmarks/bench_html.py --pages 3000 --only rasad

Pages are made from rasad's own test articles (tests/data/articles and articles2, written for rasad)
in three layouts a crawler meets: semantic HTML5 (``<article>`` between header, aside and footer),
``<div>`` soup with class names (menus, ad boxes, most-viewed lists, comment boxes) and bare
paragraphs between a menu and a footer. Each page carries furniture lines (menus, related stories,
share bars, ads, comment prompts, cookie notes). Scores per extractor:

- ``article``: share of the article's paragraphs found whole in the output (recall);
- ``furniture``: share of furniture lines left out of the output (precision of the cut);
- ``zwnj``: share of Persian pages whose ZWNJs survive;
- pages per second on one core, text extraction and metadata together where the extractor gives it.

The sample pages in ``rasad/samples`` are scored end to end by ``tests/data/samples/gold.jsonl``.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SETS = [ROOT / "tests" / "data" / name / "gold.jsonl" for name in ("articles", "articles2")]
FURNITURE = {
    "fa": ["صفحه اصلی | سیاسی | اقتصادی | ورزشی", "اخبار مرتبط: پیش‌بینی هوای تهران در آخر هفته",
           "اشتراک‌گذاری در تلگرام و واتساپ", "آگهی: فروش ویژه لپ‌تاپ با اقساط", "نظر شما درباره این خبر چیست؟",
           "پربازدیدترین‌ها: جدول پخش سریال‌های نوروزی", "تمامی حقوق این سایت محفوظ است"],
    "ar": ["الرئيسية | سياسة | اقتصاد | رياضة", "اقرأ أيضا: أسعار الذهب اليوم في الأسواق",
           "شارك هذا الخبر على فيسبوك وتويتر", "إعلان: عروض خاصة على الهواتف الذكية", "أضف تعليقك على هذا الخبر",
           "الأكثر قراءة: نتائج مباريات الدوري", "جميع الحقوق محفوظة للموقع"],
    "en": ["Home | Politics | Business | Sport", "Related stories: Weather forecast for the weekend",
           "Share this article on Facebook and X", "Advertisement: Save 20% on laptops this week",
           "Leave a comment on this story", "Most read: League results and table", "Copyright 2025. All rights reserved."],
}


def articles() -> list[tuple[str, list[str]]]:
    out = []
    for path in SETS:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                paras = [p.strip() for p in rec["text"].split("\n") if p.strip()]
                out.append((rec.get("lang") or "en", paras))
    return out


def make_page(lang: str, paras: list[str], layout: str, i: int) -> str:
    title, body = paras[0], paras[1:] or paras
    nav, related, share, ad, comment, popular, foot = FURNITURE.get(lang, FURNITURE["en"])
    ps = "".join(f"<p>{p}</p>" for p in body)
    head = (f"<head><meta charset='utf-8'><title>{title} | News</title><meta property='og:title' content='{title}'>"
            f"<meta property='article:published_time' content='2024-0{1 + i % 9}-1{i % 10}T10:00:00+03:30'>"
            f"<meta property='og:site_name' content='Example News'></head>")
    if layout == "article":
        page = (f"<body><header><div class='logo'>Example News</div><nav>{nav}</nav></header><main><article>"
                f"<h1>{title}</h1><p class='byline'>By staff</p>{ps}<div class='share-bar'>{share}</div></article>"
                f"<aside><h3>{popular}</h3></aside><section class='related'>{related}</section>"
                f"<div class='ad'>{ad}</div><section id='comments'><form>{comment}<textarea></textarea></form></section>"
                f"</main><footer>{foot}</footer></body>")
    elif layout == "divs":
        page = (f"<body><div id='top-bar'>{nav}</div><div class='ad-box'>{ad}</div><div class='content'>"
                f"<div class='lead-box'><h1>{title}</h1></div><div class='body'>{ps}</div>"
                f"<div class='short-link'>{share}</div></div><div class='most-viewed'>{popular}</div>"
                f"<div class='related-news'>{related}</div><div id='comment-box'>{comment}</div>"
                f"<div class='footer'>{foot}</div></body>")
    else:
        page = f"<body><div>{nav}</div><h1>{title}</h1>{ps}<div>{related}</div><div>{foot}</div></body>"
    return f"<!DOCTYPE html><html lang='{lang}'>{head}{page}</html>"


def extractors() -> dict:
    from rasad.readers.html import _trafilatura, extract_html

    def rasad_reader(html: str) -> str:
        return extract_html(html, "page.html")["text"]

    def trafilatura_full(html: str) -> str:  # what rasad did before: metadata, fast then fallbacks
        t = _trafilatura()
        doc = t.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True,
                                favor_recall=True, fast=True,
                                date_extraction_params={"extensive_search": False, "original_date": True})
        return (doc.text or "") if doc else ""

    def trafilatura_fast(html: str) -> str:  # no metadata, no fallback extractors
        t = _trafilatura()
        doc = t.bare_extraction(html, with_metadata=False, include_comments=False, include_tables=True,
                                favor_recall=True, fast=True)
        return (doc.text or "") if doc else ""

    def resiliparse_main(html: str) -> str:
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree
        return extract_plain_text(HTMLTree.parse(html), main_content=True)

    return {"trafilatura (metadata)": trafilatura_full, "trafilatura fast": trafilatura_fast,
            "resiliparse main_content": resiliparse_main, "rasad (resiliparse + trafilatura fallback)": rasad_reader}


def score(name: str, fn, pages: list) -> dict:
    kept = total = dropped = furn = zw = zw_total = 0
    t0 = time.process_time()
    outs = [fn(html) for html, *_ in pages]
    dt = time.process_time() - t0
    for out, (html, lang, body, furniture) in zip(outs, pages):
        kept += sum(p in out for p in body)
        total += len(body)
        dropped += sum(f not in out for f in furniture)
        furn += len(furniture)
        if lang == "fa" and any("\u200c" in p for p in body):
            zw_total += 1
            zw += "\u200c" in out
    return {"extractor": name, "article": round(kept / total, 3), "furniture": round(dropped / furn, 3),
            "zwnj": round(zw / zw_total, 3) if zw_total else None, "pages_per_s": round(len(pages) / dt)}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=600)
    ap.add_argument("--only", help="one extractor (substring of its name)")
    args = ap.parse_args(argv)
    base = articles()
    rng = random.Random(5)
    pages = []
    for i in range(args.pages):
        lang, paras = base[i % len(base)]
        layout = ("article", "divs", "bare")[i % 3]
        furniture = FURNITURE.get(lang, FURNITURE["en"])
        body = paras[1:] or paras
        pages.append((make_page(lang, rng.sample(paras[:1], 1) + body, layout, i), lang, body, furniture))
    print(f"{'extractor':<45} {'article':>8} {'furniture':>10} {'zwnj':>6} {'pages/s':>8}")
    for name, fn in extractors().items():
        if args.only and args.only not in name:
            continue
        fn(pages[0][0])  # warm up (imports)
        r = score(name, fn, pages)
        print(f"{name:<45} {r['article']:>8} {r['furniture']:>10} {str(r['zwnj']):>6} {r['pages_per_s']:>8}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
