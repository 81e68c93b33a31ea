"""A news site for the intake tests: a real HTTP server on 127.0.0.1 (stdlib, in a thread) serving
feeds, sitemaps and article pages written for these tests, with switches for misbehaviour (errors,
slowness, redirect loops, endless bodies, 304s)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

from rasad.intake import FetchConfig

# Countries and their capitals in English, Persian and Arabic (names, not text from any outlet).
PLACES = [
    ("Kazakhstan", "قزاقستان", "كازاخستان", "Astana", "آستانه", "أستانا"),
    ("Uzbekistan", "ازبکستان", "أوزبكستان", "Tashkent", "تاشکند", "طشقند"),
    ("Turkey", "ترکیه", "تركيا", "Ankara", "آنکارا", "أنقرة"),
    ("Pakistan", "پاکستان", "باكستان", "Islamabad", "اسلام‌آباد", "إسلام آباد"),
    ("Oman", "عمان", "سلطنة عمان", "Muscat", "مسقط", "مسقط"),
    ("Iraq", "عراق", "العراق", "Baghdad", "بغداد", "بغداد"),
    ("Armenia", "ارمنستان", "أرمينيا", "Yerevan", "ایروان", "يريفان"),
    ("India", "هند", "الهند", "New Delhi", "دهلی نو", "نيودلهي"),
    ("China", "چین", "الصين", "Beijing", "پکن", "بكين"),
    ("Egypt", "مصر", "مصر", "Cairo", "قاهره", "القاهرة"),
    ("Jordan", "اردن", "الأردن", "Amman", "امان", "عمّان"),
    ("Qatar", "قطر", "قطر", "Doha", "دوحه", "الدوحة"),
]


def article_text(i: int, lang: str, changed: bool = False) -> tuple[str, str]:
    """(title, body) of test article ``i``: the defence ministers of two countries meet in the capital of
    the second. ``changed`` adds a later paragraph: they also signed a memorandum."""
    a, b = PLACES[i % len(PLACES)], PLACES[(i + 1 + i // len(PLACES)) % len(PLACES)]
    day = 1 + i % 27
    if lang == "fa":
        title = f"دیدار وزیران دفاع {a[1]} و {b[1]} در {b[4]}"
        body = (f"وزیر دفاع {a[1]} روز سه‌شنبه در سفر به {b[4]} با وزیر دفاع {b[1]} دیدار و گفت‌وگو کرد. "
                f"دو طرف در این دیدار درباره گسترش همکاری‌های نظامی، آموزش مشترک و امنیت منطقه رایزنی کردند.")
        extra = f"در پایان این دیدار، یادداشت تفاهم همکاری دفاعی میان {a[1]} و {b[1]} امضا شد."
    elif lang == "ar":
        title = f"وزيرا دفاع {a[2]} و{b[2]} يبحثان التعاون العسكري في {b[5]}"
        body = (f"التقى وزير الدفاع في {a[2]} يوم الثلاثاء في {b[5]} وزير الدفاع في {b[2]}، وبحث الجانبان "
                f"سبل تعزيز التعاون العسكري والتدريب المشترك وأمن المنطقة.")
        extra = f"وفي ختام اللقاء وقّع الجانبان مذكرة تفاهم للتعاون الدفاعي بين {a[2]} و{b[2]}."
    else:
        title = f"Defence ministers of {a[0]} and {b[0]} meet in {b[3]}"
        body = (f"{b[3].upper()} - The defence minister of {a[0]} met the defence minister of {b[0]} in {b[3]} "
                f"on {day} March 2024, the two ministries said. They discussed military cooperation, joint "
                f"training and regional security.")
        extra = f"The two ministers also signed a memorandum of understanding on defence cooperation in {b[3]}."
    filler = {"fa": "جزئیات بیشتری از این دیدار منتشر نشده است.", "ar": "ولم تُنشر تفاصيل أخرى عن اللقاء.",
              "en": "No further details were released."}[lang]
    number = {"fa": f"کد خبر: {i}", "ar": f"رقم الخبر: {i}", "en": f"Story number {i}."}[lang]
    paragraphs = [body, *([extra] if changed else []), filler, filler, number]
    return title, "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def article_page(i: int, lang: str, changed: bool = False) -> bytes:
    title, body = article_text(i, lang, changed)
    rtl = ' dir="rtl"' if lang in ("fa", "ar") else ""
    return (f'<!DOCTYPE html><html lang="{lang}"{rtl}><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'<meta property="article:published_time" content="2024-03-{1 + i % 27:02d}T09:00:00Z"></head>'
            f'<body><nav>Home | World | Defence</nav><article><h1>{escape(title)}</h1>{body}</article>'
            f'<footer>All rights reserved.</footer></body></html>').encode("utf-8")


def rss(items: list[tuple[str, str, str]], title: str = "Test wire") -> bytes:
    """An RSS 2.0 feed of ``(url, title, RFC 822 date)``."""
    entries = "".join(f"<item><title>{escape(t)}</title><link>{escape(u)}</link><guid>{escape(u)}</guid>"
                      f"<pubDate>{d}</pubDate></item>" for u, t, d in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>http://127.0.0.1/</link><description>test</description>{entries}</channel></rss>").encode()


def sitemap(urls: list[tuple[str, str]]) -> bytes:
    """A news sitemap of ``(url, lastmod)``."""
    entries = "".join(f"<url><loc>{escape(u)}</loc><lastmod>{m}</lastmod><news:news><news:publication_date>{m}"
                      f"</news:publication_date></news:news></url>" for u, m in urls)
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">' + entries + "</urlset>").encode()


def rfc822(day: int, hour: int = 9) -> str:
    return format_datetime(datetime(2024, 3, day, hour, tzinfo=timezone.utc), usegmt=True)


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    stream: Callable[[], Iterator[bytes]] | None = None
    headers: dict[str, str] = field(default_factory=dict)


class Site:
    """The server: ``site.add(path, Route(...))``; ``site.url(path)``; ``site.log`` lists every request
    as ``(path, monotonic time, headers)``."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[tuple[str, float, dict[str, str]]] = []
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_GET(self) -> None:
                site._serve(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, route: Route | bytes) -> None:
        self.routes[path] = route if isinstance(route, Route) else Route(route)

    def hits(self, path: str) -> int:
        return sum(1 for p, _, _ in self.log if p == path)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _serve(self, h: BaseHTTPRequestHandler) -> None:
        with self.lock:
            self.log.append((h.path, time.monotonic(), dict(h.headers)))
            route = self.routes.get(h.path)
        if route is None:
            h.send_error(404)
            return
        if route.delay:
            time.sleep(route.delay)
        if (route.etag and h.headers.get("If-None-Match") == route.etag) or \
                (route.last_modified and h.headers.get("If-Modified-Since") == route.last_modified):
            h.send_response(304)
            h.end_headers()
            return
        h.send_response(route.status)
        h.send_header("Content-Type", route.content_type)
        for key, value in [("ETag", route.etag), ("Last-Modified", route.last_modified), *route.headers.items()]:
            if value:
                h.send_header(key, value)
        if route.stream is None:
            h.send_header("Content-Length", str(len(route.body)))
        h.end_headers()
        try:
            if route.stream is None:
                h.wfile.write(route.body)
                return
            for chunk in route.stream():
                h.wfile.write(chunk)
                h.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass


def quick_config(**kw) -> FetchConfig:
    base = dict(connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0, retries=1, backoff=0.01,
                host_interval=0.0, max_bytes=2 * 1024 * 1024)
    base.update(kw)
    return FetchConfig(**base)
