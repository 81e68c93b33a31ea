"""A generator of hostile documents: what a broken crawler, a spam page or an attacker sends.

Each maker returns (file name, bytes). The texts are built from short phrases written for these tests
(officials, countries, places and meeting words in fa/ar/en), repeated and mixed until they are long,
dense or malformed, so that every stage meets its worst case: many mentions, many triggers, many dates,
one endless line, deep markup, control characters, scripts it does not read.
"""

from __future__ import annotations

import random
from collections.abc import Callable

PHRASES = [
    "وزیر دفاع ایران با همتای روس خود در تهران دیدار کرد.",
    "وزير الدفاع السعودي يلتقي نظيره المصري في القاهرة يوم الاثنين.",
    "The defence minister of India met his Japanese counterpart in Tokyo on 12 May 2024.",
    "رئیس ستاد کل نیروهای مسلح پاکستان روز سه‌شنبه به مسکو سفر کرد.",
    "وقّع البلدان مذكرة تفاهم للتعاون العسكري في الرياض.",
    "Turkey, Azerbaijan and Pakistan held trilateral talks in Baku.",
]
NAMES = ["Iran", "Russia", "Tehran", "Moscow", "ایران", "روسیه", "مسکو", "السعودية", "مصر", "القاهرة",
         "India", "Japan", "Tokyo", "Sergei Shoigu", "شایگو", "Hulusi Akar", "خلوصی آکار"]


def repetitive(size: int) -> tuple[str, bytes]:
    """One meeting paragraph repeated until ``size`` bytes."""
    para = " ".join(PHRASES) + "\n\n"
    text = para * (size // len(para.encode()) + 1)
    return f"repetitive-{size}.txt", text.encode()[:size].decode("utf-8", "ignore").encode()


def varied(size: int, seed: int = 7) -> tuple[str, bytes]:
    """Shuffled phrases and names in paragraphs of random length until ``size`` bytes."""
    rnd = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        para = " ".join(rnd.choice(PHRASES + NAMES) for _ in range(rnd.randint(3, 12))) + "\n\n"
        parts.append(para)
        total += len(para.encode())
    return f"varied-{size}.txt", "".join(parts).encode()[:size].decode("utf-8", "ignore").encode()


def giant_line(size: int = 1_000_000) -> tuple[str, bytes]:
    """No newline and no sentence end: one line of words and names."""
    words = (" ".join(NAMES) + " و ").encode()
    return "giant-line.txt", (words * (size // len(words) + 1))[:size].decode("utf-8", "ignore").encode()


def many_mentions(n: int = 10_000) -> tuple[str, bytes]:
    """``n`` country, place and person names in one text, with a meeting word among them."""
    rnd = random.Random(3)
    text = " ".join(rnd.choice(NAMES) for _ in range(n)) + ". " + PHRASES[0]
    return f"mentions-{n}.txt", text.encode()


def many_triggers(n: int = 5_000) -> tuple[str, bytes]:
    """A sentence with a meeting word ``n`` times, between pairs of countries."""
    text = " ".join(f"{a} met {b} and" for a, b in zip(NAMES * (n // len(NAMES) + 1), NAMES[1:] * n))
    return f"triggers-{n}.txt", text[: n * 20].encode()


def many_dates(n: int = 5_000) -> tuple[str, bytes]:
    """Dates in three calendars, ``n`` of them, around a meeting."""
    forms = ["12 May 2024", "۱۲ اردیبهشت ۱۴۰۳", "12 مايو 2024", "1403/02/23", "دیروز", "أمس", "on Tuesday"]
    text = PHRASES[2] + " " + " ".join(forms[i % len(forms)] for i in range(n))
    return f"dates-{n}.txt", text.encode()


def deep_html(depth: int = 400) -> tuple[str, bytes]:
    """An article inside ``depth`` nested elements, with a title."""
    body = "<div>" * depth + "<p>" + " ".join(PHRASES) + "</p>" + "</div>" * depth
    return f"deep-{depth}.html", f"<html><head><title>Talks</title></head><body>{body}</body></html>".encode()


def broken_html() -> tuple[str, bytes]:
    """Unclosed tags, stray closers, a script that never ends, and the article among them."""
    html = ("<html><head><title>News</title><body><div><p>" + PHRASES[1] + "<table><tr><td>" + PHRASES[2]
            + "</b></i></span><p><p><p>" + PHRASES[0] + "<script>var a = '" + "x" * 5000)
    return "broken.html", html.encode()


def control_characters() -> tuple[str, bytes]:
    """The article with C0 controls, bidi overrides and lone combining marks spread through it."""
    rnd = random.Random(5)
    junk = [chr(c) for c in (1, 2, 7, 8, 11, 12, 27, 127)] + ["\u202e", "\u202d", "\u0651", "\u064b", "\ufffd"]
    text = "".join(ch + (rnd.choice(junk) if rnd.random() < 0.2 else "") for ch in " ".join(PHRASES))
    return "controls.txt", text.encode()


def mixed_scripts() -> tuple[str, bytes]:
    """Persian, Arabic, English, Cyrillic, Chinese and Hebrew in one paragraph."""
    text = " ".join(PHRASES) + " Министр обороны России встретился 国防部长 会见 שר הביטחון נפגש " * 50
    return "mixed.txt", text.encode()


def random_bytes(size: int = 200_000) -> tuple[str, bytes]:
    """Binary noise with a .txt name."""
    return "noise.txt", random.Random(11).randbytes(size)


def nul_in_text() -> tuple[str, bytes]:
    return "nul.txt", (PHRASES[2] + "\x00" * 50 + PHRASES[0]).encode()


MAKERS: list[Callable[[], tuple[str, bytes]]] = [
    lambda: repetitive(200_000), lambda: varied(200_000), giant_line, many_mentions, many_triggers, many_dates,
    deep_html, broken_html, control_characters, mixed_scripts, random_bytes, nul_in_text,
]
