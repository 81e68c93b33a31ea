"""A round of intake against a local site: new items stored once, unchanged feeds answered 304, a
changed article updated (not duplicated), sources that fail leave the others alone."""

from __future__ import annotations

import itertools

from intake_site import Route, article_page, rfc822, rss, sitemap

from rasad.intake import Source


def publish(site, prefix: str, lang: str, ids, *, changed=(), etag: str | None = None, stamps=None) -> str:
    """Article pages ``/{prefix}/{i}`` and an RSS feed ``/{prefix}/rss`` listing them; returns the feed URL."""
    items = []
    for i in ids:
        path = f"/{prefix}/{i}"
        site.add(path, article_page(i, lang, changed=i in changed))
        day = (stamps or {}).get(i, 1 + i % 27)
        items.append((site.url(path), f"item {i}", rfc822(day)))
    site.add(f"/{prefix}/rss", Route(rss(items), content_type="application/rss+xml", etag=etag))
    return site.url(f"/{prefix}/rss")


def source(sid: str, *urls: str, sitemaps=()) -> Source:
    return Source(id=sid, name=sid, feeds=list(urls), sitemaps=list(sitemaps), lang="en")


def stored_docs(intake) -> int:
    return intake.store.stats()["documents"]


def test_new_items_are_stored_once_and_an_unchanged_feed_is_answered_304(site, intake):
    feeds = [publish(site, "en", "en", range(3), etag='"v1"'), publish(site, "fa", "fa", range(3, 5), etag='"f1"'),
             publish(site, "ar", "ar", range(5, 7), etag='"a1"')]
    srcs = [source(s, f) for s, f in zip(("wire-en", "wire-fa", "wire-ar"), feeds)]
    for s in srcs:
        intake.state.put_source(s, "user")
    first = intake.run_round(intake.state.sources())
    assert (first.new, first.updated, first.errors) == (7, 0, [])
    assert first.new_events == intake.store.count_events() >= 7
    assert stored_docs(intake) == 7
    article_hits = site.hits("/en/0")

    second = intake.run_round(intake.state.sources())
    assert second.not_modified == 3 and second.new == second.fetched == 0 and second.new_events == 0
    assert site.hits("/en/0") == article_hits           # no article fetched again
    assert any(h.get("If-None-Match") == '"v1"' for p, _, h in site.log if p == "/en/rss")
    rows = {r["id"]: r for r in intake.state.report()}
    assert rows["wire-en"]["articles"] == 3 and rows["wire-en"]["events"] >= 3
    assert rows["wire-en"]["last_success"] and not rows["wire-en"]["failing"]


def test_a_new_item_in_a_feed_is_fetched_alone(site, intake):
    intake.state.put_source(source("wire", publish(site, "en", "en", range(2))), "user")
    intake.run_round(intake.state.sources())
    publish(site, "en", "en", range(3))                 # the feed now lists a third article
    report = intake.run_round(intake.state.sources())
    assert (report.new, report.fetched) == (1, 1)
    assert stored_docs(intake) == 3


def test_a_changed_article_is_read_again_and_its_events_replaced_not_duplicated(site, intake):
    intake.state.put_source(source("wire", publish(site, "en", "en", range(2))), "user")
    intake.run_round(intake.state.sources())
    events_before = intake.store.count_events()
    # the outlet corrects article 1 (a signed memorandum is added) and dates it anew in its feed
    publish(site, "en", "en", range(2), changed={1}, stamps={1: 20})
    report = intake.run_round(intake.state.sources())
    assert (report.new, report.updated, report.fetched) == (0, 1, 1)
    assert stored_docs(intake) == 2
    doc = intake.store.get_document(intake.state.articles([site.url("/en/1")])[site.url("/en/1")].doc_id)
    assert sorted(e["type"] for e in doc["events"]) == ["MEET", "SIGN"]
    assert intake.store.count_events() == events_before + 1     # the SIGN event, and nothing twice


def test_a_refetched_page_with_the_same_text_is_not_stored_again(site, intake):
    intake.state.put_source(source("wire", publish(site, "en", "en", range(2))), "user")
    intake.run_round(intake.state.sources())
    publish(site, "en", "en", range(2), stamps={0: 25})      # re-dated, same text
    report = intake.run_round(intake.state.sources())
    assert (report.fetched, report.unchanged, report.new, report.updated) == (1, 1, 0, 0)


def test_a_failing_source_is_reported_and_the_others_are_read(site, intake):
    site.add("/down/rss", Route(b"oops", status=500))
    site.add("/garbage/rss", Route(b"\x00\x01 this is no feed at all \xff" * 50, content_type="application/rss+xml"))
    site.add("/html/rss", Route(b"<html><body><p>Just a page.</p></body></html>"))
    for sid, path in (("down", "/down/rss"), ("garbage", "/garbage/rss"), ("html", "/html/rss")):
        intake.state.put_source(source(sid, site.url(path)), "user")
    intake.state.put_source(source("good", publish(site, "ok", "ar", range(2))), "user")
    report = intake.run_round(intake.state.sources())
    assert report.new == 2 and len(report.errors) == 3
    assert site.hits("/down/rss") == 2                          # one retry, then reported
    rows = {r["id"]: r for r in intake.state.report()}
    assert rows["down"]["failing"] and "HTTP 500" in rows["down"]["last_error"]
    assert "not a feed" in rows["garbage"]["last_error"] and "not a feed" in rows["html"]["last_error"]
    assert rows["good"]["last_success"] and not rows["good"]["failing"]


def test_a_failed_article_is_tried_again_next_round_and_the_feed_is_not_marked_read(site, intake):
    feed = publish(site, "en", "en", range(2), etag='"e"')
    site.add("/en/1", Route(b"", status=503))
    intake.state.put_source(source("wire", feed), "user")
    first = intake.run_round(intake.state.sources())
    assert first.new == 1 and len(first.errors) == 1
    site.add("/en/1", article_page(1, "en"))                    # back up
    second = intake.run_round(intake.state.sources())
    assert second.not_modified == 0 and second.new == 1         # the feed was read in full again
    third = intake.run_round(intake.state.sources())
    assert third.not_modified == 1 and third.fetched == 0


def test_robots_txt_disallow_is_honoured(site, intake):
    site.add("/robots.txt", Route(b"User-agent: rasad\nDisallow: /private/\n", content_type="text/plain"))
    intake.state.put_source(source("wire", publish(site, "private", "en", range(2))), "user")
    intake.state.put_source(source("open", publish(site, "public", "fa", range(2, 3))), "user")
    report = intake.run_round(intake.state.sources())
    assert report.new == 1 and site.hits("/private/rss") == 0 and site.hits("/private/0") == 0
    assert any("robots.txt" in e for e in report.errors)
    assert site.hits("/robots.txt") == 1                        # asked once per host


def test_a_news_sitemap_source_and_one_article_under_two_urls(site, intake):
    site.add("/n/0", article_page(0, "fa"))
    site.add("/n/1", article_page(1, "fa"))
    site.add("/copy-of-0", article_page(0, "fa"))               # the same text at another address
    site.add("/sitemap.xml", Route(sitemap([(site.url("/n/0"), "2024-03-01T10:00:00Z"),
                                            (site.url("/n/1"), "2024-03-02T10:00:00Z"),
                                            (site.url("/copy-of-0?utm_source=x#top"), "2024-03-01T09:00:00Z")]),
                                   content_type="application/xml"))
    intake.state.put_source(source("maps", sitemaps=[site.url("/sitemap.xml")]), "user")
    report = intake.run_round(intake.state.sources())
    assert (report.new, report.duplicates) == (2, 1)
    assert stored_docs(intake) == 2
    assert site.url("/copy-of-0") in intake.state.articles([site.url("/copy-of-0")])   # tracking dropped


def test_a_huge_or_endless_article_is_cut_off_and_the_round_goes_on(site, intake):
    def endless():
        for _ in itertools.count():
            yield b"<p>" + b"x" * 65536 + b"</p>"

    site.add("/big/0", Route(stream=lambda: (b"y" * 65536 for _ in range(800))))   # 50 MB, streamed
    site.add("/big/1", Route(stream=endless))
    site.add("/big/rss", Route(rss([(site.url("/big/0"), "a", rfc822(1)), (site.url("/big/1"), "b", rfc822(1)),
                                    ]), content_type="application/rss+xml"))
    intake.state.put_source(source("big", site.url("/big/rss")), "user")
    intake.state.put_source(source("ok", publish(site, "en", "en", range(1))), "user")
    report = intake.run_round(intake.state.sources())
    assert report.new == 1
    assert sum("too large" in e for e in report.errors) == 2


def test_ingest_urls_fetches_pages_and_a_second_time_asks_with_validators(site, intake):
    site.add("/p/0", Route(article_page(0, "ar"), etag='"p0"'))
    site.add("/p/1", article_page(1, "en"))
    first = intake.ingest_urls([site.url("/p/0"), site.url("/p/1"), site.url("/p/0#again"), "ftp://x/y"])
    assert first.new == 2 and first.errors == ["ftp://x/y: not an http(s) URL"]
    second = intake.ingest_urls([site.url("/p/0")])
    assert second.unchanged == 1 and second.new == 0
    assert [h.get("If-None-Match") for p, _, h in site.log if p == "/p/0"] == [None, '"p0"']


def test_a_windows_1256_page_declared_only_by_http_is_read_by_rasads_readers(site, intake):
    title = "لقاء وزيري الدفاع"
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>التقى وزير الدفاع في "
            "الأردن يوم الثلاثاء في مسقط وزير الدفاع في سلطنة عمان، وبحث الجانبان سبل تعزيز التعاون العسكري."
            "</p><p>ولم تُنشر تفاصيل أخرى عن اللقاء.</p></article></body></html>")
    site.add("/cp", Route(html.encode("cp1256"), content_type="text/html; charset=windows-1256"))
    report = intake.ingest_urls([site.url("/cp")])
    assert report.new == 1 and report.errors == []
    doc_id = intake.state.articles([site.url("/cp")])[site.url("/cp")].doc_id
    doc = intake.store.get_document(doc_id)
    assert "وزير الدفاع في سلطنة عمان" in doc["text"] and doc["title"] == title
    assert doc["url"] == site.url("/cp") and doc["meta"].get("format") == "html"


def test_a_bug_on_one_list_is_reported_and_the_round_goes_on(site, intake, monkeypatch):
    import rasad.intake.poll as poll

    real = poll.parse_listing

    def flaky(data, url):
        if "/bad/" in url:
            raise RecursionError("maximum recursion depth exceeded")
        return real(data, url)

    monkeypatch.setattr(poll, "parse_listing", flaky)
    site.add("/bad/rss", rss([]))
    intake.state.put_source(source("bad", site.url("/bad/rss")), "user")
    intake.state.put_source(source("good", publish(site, "en", "en", range(2))), "user")
    report = intake.run_round(intake.state.sources())
    assert report.new == 2 and report.errors == [f"{site.url('/bad/rss')}: RecursionError: maximum recursion depth exceeded"]
    assert {r["id"]: r["failing"] for r in intake.state.report()} == {"bad": True, "good": False}


def test_a_listed_url_that_redirects_elsewhere_later_stays_one_document(site, intake):
    site.add("/go/1", Route(status=302, headers={"Location": "/story/1?v=1"}))
    site.add("/story/1?v=1", article_page(1, "ar"))
    site.add("/rss", rss([(site.url("/go/1"), "a", rfc822(1))]))
    intake.state.put_source(source("wire", site.url("/rss")), "user")
    assert intake.run_round(intake.state.sources()).new == 1
    site.add("/go/1", Route(status=302, headers={"Location": "/story/1?v=2"}))
    site.add("/story/1?v=2", article_page(1, "ar", changed=True))
    site.add("/rss", rss([(site.url("/go/1"), "a", rfc822(9))]))
    report = intake.run_round(intake.state.sources())
    assert (report.new, report.updated) == (0, 1)
    assert stored_docs(intake) == 1
