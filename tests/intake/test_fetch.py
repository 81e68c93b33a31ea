"""The polite fetcher against a local server: User-Agent, conditional GET, retries and Retry-After,
timeouts, redirect loops, size caps on streamed bodies, robots.txt, the per-host pace."""

from __future__ import annotations

import pytest
from intake_site import quick_config
from intake_site import Route

from rasad import __version__
from rasad.errors import InputError
from rasad.intake import Fetcher, FetchError


def test_user_agent_names_rasad_and_its_version(site):
    site.add("/a", b"hello")
    with Fetcher(quick_config()) as f:
        assert f.get(site.url("/a")).content == b"hello"
    agents = {h.get("User-Agent") for _, _, h in site.log}
    assert all(a.startswith(f"rasad/{__version__} ") for a in agents)


def test_conditional_get_with_etag_and_last_modified(site):
    site.add("/e", Route(b"body", etag='"x1"'))
    site.add("/m", Route(b"body", last_modified="Tue, 05 Mar 2024 09:00:00 GMT"))
    with Fetcher(quick_config()) as f:
        first = f.get(site.url("/e"))
        assert first.etag == '"x1"' and not first.not_modified
        assert f.get(site.url("/e"), etag=first.etag).not_modified
        modified = f.get(site.url("/m")).last_modified
        assert f.get(site.url("/m"), last_modified=modified).not_modified


def test_server_errors_are_retried_then_reported(site):
    site.add("/500", Route(b"", status=500))
    site.add("/404", Route(b"", status=404))
    with Fetcher(quick_config(retries=2)) as f:
        with pytest.raises(FetchError, match="HTTP 500") as e:
            f.get(site.url("/500"))
        assert isinstance(e.value, InputError) and e.value.source == site.url("/500")
        with pytest.raises(FetchError, match="HTTP 404"):
            f.get(site.url("/404"))
    assert site.hits("/500") == 3 and site.hits("/404") == 1


def test_retry_after_is_honoured_and_a_long_one_left_for_the_next_round(site):
    site.add("/busy", Route(b"", status=429, headers={"Retry-After": "3600"}))
    with Fetcher(quick_config(retries=3, max_retry_after=60)) as f:
        with pytest.raises(FetchError, match="wait 3600 s"):
            f.get(site.url("/busy"))
    assert site.hits("/busy") == 1
    site.add("/soon", Route(b"", status=503, headers={"Retry-After": "1"}))
    with Fetcher(quick_config(retries=1, backoff=0.0)) as f:
        with pytest.raises(FetchError, match="HTTP 503"):
            f.get(site.url("/soon"))
    times = [t for p, t, _ in site.log if p == "/soon"]
    assert len(times) == 2 and times[1] - times[0] >= 0.9


def test_a_slow_server_times_out(site):
    site.add("/slow", Route(b"late", delay=1.5))
    with Fetcher(quick_config(read_timeout=0.3, retries=0)) as f:
        with pytest.raises(FetchError, match="timed out"):
            f.get(site.url("/slow"))


def test_a_redirect_loop_is_cut(site):
    site.add("/r1", Route(status=302, headers={"Location": "/r2"}))
    site.add("/r2", Route(status=302, headers={"Location": "/r1"}))
    with Fetcher(quick_config(max_redirects=4)) as f:
        with pytest.raises(FetchError, match="redirect loop"):
            f.get(site.url("/r1"))
    assert site.hits("/r1") + site.hits("/r2") == 5


def test_a_50_mb_streamed_body_is_cut_at_the_cap(site):
    site.add("/big", Route(stream=lambda: (b"z" * 65536 for _ in range(800)), content_type="text/html"))
    site.add("/declared", Route(b"w" * 3_000_000))
    with Fetcher(quick_config(max_bytes=1024 * 1024)) as f:
        with pytest.raises(FetchError, match="too large"):
            f.get(site.url("/big"))
        with pytest.raises(FetchError, match=r"too large \(2\.9 MB"):        # Content-Length said so
            f.get(site.url("/declared"))


def test_an_endless_trickle_is_cut_by_the_total_time(site):
    import time

    def trickle():
        while True:
            time.sleep(0.05)
            yield b"."

    site.add("/trickle", Route(stream=trickle))
    with Fetcher(quick_config(total_timeout=0.5, retries=0)) as f:
        with pytest.raises(FetchError, match="too slow"):
            f.get(site.url("/trickle"))


def test_robots_txt_rules_and_sitemaps(site):
    site.add("/robots.txt", Route(b"User-agent: *\nDisallow: /closed/\n\nUser-agent: rasad\nDisallow: /no-rasad/\n"
                                  b"Sitemap: http://127.0.0.1/news-sitemap.xml\n", content_type="text/plain"))
    site.add("/open", b"ok")
    site.add("/no-rasad/x", b"secret")
    with Fetcher(quick_config()) as f:
        assert f.get(site.url("/open")).content == b"ok"
        with pytest.raises(FetchError, match="robots.txt"):
            f.get(site.url("/no-rasad/x"))
        assert f.sitemaps_of(site.url("/")) == ["http://127.0.0.1/news-sitemap.xml"]
    assert site.hits("/no-rasad/x") == 0 and site.hits("/robots.txt") == 1


def test_an_unreachable_robots_txt_means_wait(site):
    site.add("/robots.txt", Route(b"", status=503))
    site.add("/page", b"ok")
    with Fetcher(quick_config(retries=0)) as f:
        with pytest.raises(FetchError, match="robots.txt"):
            f.get(site.url("/page"))


def test_requests_to_one_host_keep_their_distance(site):
    from concurrent.futures import ThreadPoolExecutor

    for i in range(6):
        site.add(f"/p{i}", b"x")
    log: list = []
    with Fetcher(quick_config(host_interval=0.15), log=log) as f, ThreadPoolExecutor(6) as pool:
        list(pool.map(lambda i: f.get(site.url(f"/p{i}")), range(6)))
    starts = sorted(t for _, t, _ in log)
    assert len(starts) == 7                                   # robots.txt + six pages
    assert all(b - a >= 0.149 for a, b in zip(starts, starts[1:]))


def test_an_unreachable_robots_txt_is_asked_again_later(site, monkeypatch):
    import rasad.intake.fetch as fetch

    monkeypatch.setattr(fetch, "ROBOTS_RETRY", 0.0)
    site.add("/robots.txt", Route(b"", status=503))
    site.add("/page", b"ok")
    with Fetcher(quick_config(retries=0)) as f:
        with pytest.raises(FetchError, match="robots.txt"):
            f.get(site.url("/page"))
        site.add("/robots.txt", Route(b"User-agent: *\nAllow: /\n", content_type="text/plain"))
        assert f.get(site.url("/page")).content == b"ok"
