"""Fetching politely: robots.txt, a per-host pace and concurrency, conditional GET, retries with
backoff (``Retry-After`` honoured), timeouts, a size cap while streaming, few redirects, and a
User-Agent that names rasad and its version.

    >>> fetcher = Fetcher(FetchConfig())
    >>> result = fetcher.get("https://example.org/rss", etag='"abc"')
    >>> result.not_modified, result.status, len(result.content)

Every failure is a ``FetchError`` (an ``InputError`` naming the URL), so a batch reports it and goes on.
"""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from .. import __version__
from ..errors import InputError

__all__ = ["Fetcher", "FetchConfig", "FetchResult", "FetchError", "USER_AGENT"]

USER_AGENT = f"rasad/{__version__} (event data from defence-diplomacy news; polite crawler; honours robots.txt)"
ROBOTS_TOKEN = "rasad"
ROBOTS_RETRY = 300.0   # seconds before an unreachable robots.txt is asked for again
_RETRY_STATUS = {429, 500, 502, 503, 504}


class FetchError(InputError):
    """A URL could not be fetched (network, status, too large, too slow, robots.txt)."""

    def __init__(self, url: str, message: str, *, status: int | None = None, retryable: bool = False):
        super().__init__(url, message)
        self.status, self.retryable = status, retryable


@dataclass
class FetchConfig:
    """How politely and how patiently to fetch. Times are seconds; sizes bytes."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0         # a whole response, however slowly it trickles
    max_bytes: int = 10 * 1024 * 1024   # a larger body is cut off and reported
    max_redirects: int = 5
    retries: int = 2                    # after the first try, for timeouts, 429 and 5xx
    backoff: float = 2.0                # first wait; doubles each retry (unless Retry-After says)
    max_retry_after: float = 120.0      # a longer Retry-After gives up until the next round
    host_interval: float = 1.0          # least time between two requests to one host
    host_concurrency: int = 1           # requests in flight to one host
    robots: bool = True
    robots_ttl: float = 3600.0
    max_crawl_delay: float = 30.0       # a robots.txt Crawl-delay is honoured up to this


@dataclass
class FetchResult:
    url: str                     # as asked
    final_url: str               # after redirects
    status: int
    headers: dict[str, str]
    content: bytes = b""
    not_modified: bool = False

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")

    @property
    def charset(self) -> str | None:
        ctype = self.headers.get("content-type", "")
        for part in ctype.split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("'\"")
        return None

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


@dataclass
class _Host:
    sem: threading.Semaphore
    lock: threading.Lock = field(default_factory=threading.Lock)
    next_time: float = 0.0


class Fetcher:
    """A thread-safe polite HTTP client. ``log`` (when a list) receives ``(host, monotonic time, url)``
    for every request sent, for checking the pace."""

    def __init__(self, config: FetchConfig | None = None, *, log: list | None = None,
                 stop: threading.Event | None = None):
        self.config = config or FetchConfig()
        c = self.config
        self.log = log
        self.stop = stop or threading.Event()
        self._client = httpx.Client(
            headers={"User-Agent": c.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(c.read_timeout, connect=c.connect_timeout),
            follow_redirects=True, max_redirects=c.max_redirects,
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=16))
        self._hosts: dict[str, _Host] = {}
        self._robots: dict[str, tuple[float, RobotFileParser | None]] = {}
        self._robots_locks: dict[str, threading.Lock] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- public ----------------------------------------------------------------------------------
    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
            max_bytes: int | None = None) -> FetchResult:
        """GET ``url`` politely; a 304 gives ``not_modified``; anything else not 2xx raises ``FetchError``."""
        if self.config.robots and not self.allowed(url):
            raise FetchError(url, "disallowed by robots.txt")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._with_retries(url, headers, max_bytes or self.config.max_bytes)

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets rasad fetch ``url`` (fetched once per host and cached)."""
        parser, _ = self._robots_for(url)
        return parser is None or parser.can_fetch(ROBOTS_TOKEN, url)

    def sitemaps_of(self, url: str) -> list[str]:
        """The ``Sitemap:`` lines of the robots.txt of ``url``'s host."""
        parser, _ = self._robots_for(url)
        return list(parser.site_maps() or []) if parser is not None else []

    # -- plumbing --------------------------------------------------------------------------------
    def _with_retries(self, url: str, headers: dict[str, str], max_bytes: int) -> FetchResult:
        c = self.config
        for attempt in range(c.retries + 1):
            try:
                return self._once(url, headers, max_bytes)
            except FetchError as e:
                if not e.retryable or attempt == c.retries or self.stop.is_set():
                    raise
                wait = getattr(e, "retry_after", None)
                if wait is None:
                    wait = c.backoff * (2 ** attempt)
                if wait > c.max_retry_after:
                    raise FetchError(url, f"{e.message}; server asks to wait {wait:.0f} s, more than "
                                          f"{c.max_retry_after:.0f} s: left for the next round",
                                     status=e.status) from None
                if self.stop.wait(wait):
                    raise
        raise AssertionError("unreachable")

    def _once(self, url: str, headers: dict[str, str], max_bytes: int) -> FetchResult:
        c = self.config
        deadline = time.monotonic() + c.total_timeout
        with self._slot(url):
            try:
                with self._client.stream("GET", url, headers=headers) as resp:
                    status = resp.status_code
                    hdrs = {k.lower(): v for k, v in resp.headers.items()}
                    final = str(resp.url)
                    if status == 304:
                        return FetchResult(url, final, status, hdrs, not_modified=True)
                    if status in _RETRY_STATUS:
                        err = FetchError(url, f"HTTP {status}", status=status, retryable=True)
                        err.retry_after = _retry_after(hdrs.get("retry-after"))  # type: ignore[attr-defined]
                        raise err
                    if not 200 <= status < 300:
                        raise FetchError(url, f"HTTP {status}", status=status)
                    declared = hdrs.get("content-length", "")
                    if declared.isdigit() and int(declared) > max_bytes:
                        raise FetchError(url, _too_large(int(declared), max_bytes))
                    content = _read_capped(resp.iter_bytes(), url, max_bytes, deadline, self.stop)
                    return FetchResult(url, final, status, hdrs, content)
            except httpx.TooManyRedirects:
                raise FetchError(url, f"more than {c.max_redirects} redirects (a redirect loop?)") from None
            except httpx.TimeoutException as e:
                raise FetchError(url, f"timed out ({type(e).__name__})", retryable=True) from None
            except httpx.UnsupportedProtocol as e:
                raise FetchError(url, f"unsupported URL: {e}") from None
            except httpx.HTTPError as e:
                raise FetchError(url, f"network error: {type(e).__name__}: {e}", retryable=True) from None

    @contextmanager
    def _slot(self, url: str):
        """Wait for this host's turn: at most ``host_concurrency`` in flight, each starting at least
        ``host_interval`` (or the robots.txt Crawl-delay, when longer) after the previous one started
        and after it ended."""
        key = _host_key(url)
        with self._lock:
            host = self._hosts.get(key)
            if host is None:
                host = self._hosts[key] = _Host(threading.Semaphore(max(1, self.config.host_concurrency)))
        interval = max(self.config.host_interval, self._crawl_delay(url))
        with host.sem:
            with host.lock:
                wait = host.next_time - time.monotonic()
                if wait > 0 and self.stop.wait(wait):
                    raise FetchError(url, "stopped")
                host.next_time = time.monotonic() + interval
                if self.log is not None:
                    self.log.append((key, time.monotonic(), url))
            try:
                yield
            finally:  # and the pause counts from the end of this request, however long it took
                with host.lock:
                    host.next_time = max(host.next_time, time.monotonic() + interval)

    def _crawl_delay(self, url: str) -> float:
        if not self.config.robots:
            return 0.0
        entry = self._robots.get(_host_key(url))
        if not entry or entry[1] is None:
            return 0.0
        delay = entry[1].crawl_delay(ROBOTS_TOKEN)
        return min(float(delay), self.config.max_crawl_delay) if delay else 0.0

    def _robots_for(self, url: str) -> tuple[RobotFileParser | None, bool]:
        """(parser or None when everything is allowed, whether it was fetched now)."""
        key = _host_key(url)
        with self._lock:
            host_lock = self._robots_locks.setdefault(key, threading.Lock())
        with host_lock:  # one robots.txt request per host, however many threads ask
            with self._lock:
                entry = self._robots.get(key)
            if entry and time.monotonic() < entry[0]:
                return entry[1], False
            return self._fetch_robots(url, key), True

    def _fetch_robots(self, url: str, key: str) -> RobotFileParser | None:
        parts = urlsplit(url)
        robots_url = f"{parts.scheme}://{parts.netloc}/robots.txt"
        parser: RobotFileParser | None = RobotFileParser(robots_url)
        ttl = self.config.robots_ttl
        try:
            result = self._once(robots_url, {}, 512 * 1024)
            parser.parse(result.content.decode("utf-8", "replace").splitlines())
        except FetchError as e:
            if e.status is not None and 400 <= e.status < 500 and e.status != 429:
                parser = None                    # RFC 9309: no robots.txt, everything allowed
            else:                                # unreachable: everything disallowed, for a while
                parser = RobotFileParser(robots_url)
                parser.disallow_all = True
                ttl = min(ttl, ROBOTS_RETRY)
        with self._lock:
            self._robots[key] = (time.monotonic() + ttl, parser)
        return parser


def _read_capped(chunks, url: str, max_bytes: int, deadline: float, stop: threading.Event) -> bytes:
    buf = bytearray()
    for chunk in chunks:
        buf += chunk
        if len(buf) > max_bytes:
            raise FetchError(url, _too_large(len(buf), max_bytes, cut=True))
        if time.monotonic() > deadline:
            raise FetchError(url, "too slow: the whole response took longer than the time allowed")
        if stop.is_set():
            raise FetchError(url, "stopped")
    return bytes(buf)


def _too_large(size: int, limit: int, cut: bool = False) -> str:
    more = "more than " if cut else ""
    return f"response too large ({more}{size / 1048576:.1f} MB > {limit / 1048576:.1f} MB limit)"


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _host_key(url: str) -> str:
    parts = urlsplit(url)
    return (parts.netloc or "").lower()

