"""The event page (RTL evidence in its article), search, documents, and a hostile article that must
execute nothing anywhere it is shown."""

from __future__ import annotations

from urllib.parse import quote

import corpus


def open_event_from_list(page, filters: str, title: str):
    page.open(f"/?{filters}")
    page.page.locator("#event-list .ev-title", has_text=title).first.click()
    page.page.wait_for_url("**/event/**")
    page.wait_ready()


def test_event_page_shows_rtl_evidence_inside_each_article(laptop):
    open_event_from_list(laptop, "dyad=IRN-RUS", "Iran – Russia")
    p = laptop.page
    assert p.locator("section.source").count() == 3
    fa = p.locator("section.source").filter(has=p.locator(".article[lang=fa]"))
    article = fa.locator(".article")
    assert article.get_attribute("dir") == "rtl"
    assert article.evaluate("el => getComputedStyle(el).direction") == "rtl"
    mark = article.locator("mark")
    assert mark.count() == 1
    assert mark.inner_text().startswith("امیر حاتمی وزیر دفاع ایران")
    assert fa.locator("blockquote.evidence").get_attribute("dir") == "rtl"
    ar = p.locator(".article[lang=ar]")
    assert ar.get_attribute("dir") == "rtl" and ar.locator("mark").inner_text().startswith("التقى وزير الدفاع")
    en = p.locator(".article[lang=en]")
    assert en.get_attribute("dir") == "ltr" and "Sergei Shoigu" in en.locator("mark").inner_text()
    laptop.shot("event-rtl.png")
    laptop.assert_clean()


def test_event_page_names_codes_and_links(laptop):
    open_event_from_list(laptop, "dyad=IRN-RUS", "Iran – Russia")
    p = laptop.page
    facts = p.locator("dl.facts").inner_text()
    assert "CONSULT" in facts and "042" in facts and "visit" in facts
    assert "Moscow" in facts and "مسکو" in facts and "موسكو" in facts
    assert "روسیه" in facts and "إيران" in facts
    hatami = p.locator(".persons tr", has_text="Amir Hatami")
    assert "امیر حاتمی" in hatami.inner_text() and "أمير حاتمي" in hatami.inner_text()
    assert "defense minister" in hatami.inner_text()
    links = p.locator("a.source-link")
    assert links.count() == 3
    for i in range(3):
        link = links.nth(i)
        assert link.get_attribute("href").startswith("https://")
        assert link.get_attribute("target") == "_blank" and "noopener" in link.get_attribute("rel")
    laptop.assert_clean()


def test_back_link_returns_to_the_filtered_dashboard(laptop):
    open_event_from_list(laptop, "dyad=IRN-RUS&lang=fa", "Iran – Russia")
    assert laptop.page.locator("#back").get_attribute("href") == "/?dyad=IRN-RUS&lang=fa"
    laptop.assert_clean()


def test_unknown_event_says_so(laptop):
    laptop.page.goto(laptop.base + "/event/no-such-event")
    laptop.wait_ready()
    assert "No event with id no-such-event" in laptop.page.locator("#error").inner_text()
    laptop.problems = [p for p in laptop.problems if "404" not in p]   # the API's answer, expected here
    laptop.assert_clean()


def test_search_from_the_header_with_arabic_letters_finds_persian(laptop):
    laptop.open("/")
    p = laptop.page
    p.fill("#q", "مسكو")
    p.press("#q", "Enter")
    p.wait_for_url("**/search?q=*")
    laptop.wait_ready()
    results = p.locator("#search-results li.result")
    assert results.count() >= 1
    fa = results.filter(has_text="دیدار وزیران دفاع ایران و روسیه")
    assert fa.locator(".snippet").get_attribute("dir") == "rtl"
    assert fa.locator(".snippet mark").count() == 1
    fa.locator("h3 a").click()
    p.wait_for_url("**/document/**")
    laptop.wait_ready()
    assert p.locator(".article mark").count() == 1
    assert p.locator(".doc-events a[href^='/event/']").count() == 1
    laptop.shot("document-fa.png")
    laptop.assert_clean()


def _assert_inert(page):
    p = page.page
    assert p.evaluate("window.__pwned") is None
    assert p.locator("script:not([src])").count() == 0
    assert p.locator("img[src=x], svg[onload], [onerror], [onclick], [onmouseover]").count() == 0
    assert p.locator("a[href^='javascript:']").count() == 0


def test_hostile_article_executes_nothing(laptop):
    p = laptop.page
    laptop.open("/?country=TUR&date_to=2020-12-31")
    _assert_inert(laptop)
    assert "<img src=x" in p.locator("#event-list").inner_text()          # the person's name, as text

    open_event_from_list(laptop, "dyad=AZE-TUR&date_from=2020-06-30&date_to=2020-06-30", "Azerbaijan – Türkiye")
    assert laptop.page.locator("section.source").count() == 1
    p.mouse.move(200, 400)
    p.locator("section.source h3").hover()
    _assert_inert(laptop)
    assert corpus.HOSTILE_TITLE in p.locator("section.source h3").inner_text()
    assert corpus.HOSTILE_MARK in p.locator(".article mark").inner_text()
    assert p.locator("section.source a.source-link").count() == 0
    assert "link withheld" in p.locator(".source-meta").inner_text()
    laptop.shot("event-hostile.png")

    laptop.open(f"/document/{quote('hostile<script>', safe='')}")
    _assert_inert(laptop)
    assert "window.__pwned = 'body'" in p.locator(".article").inner_text()

    laptop.open("/search?q=generals")
    _assert_inert(laptop)
    assert "<script>" in p.locator("#search-results").inner_text()
    laptop.assert_clean()


def test_hostile_text_in_the_url_is_inert(laptop):
    laptop.open("/?person=%3Cimg%20src%3Dx%20onerror%3Dwindow.__pwned%3D1%3E&outlet=%3Cscript%3Ewindow.__pwned%3D2%3C%2Fscript%3E")
    _assert_inert(laptop)
    # no such person: the error names the value, as text
    assert "<img src=x" in laptop.page.locator("#error").inner_text()
    laptop.problems = [x for x in laptop.problems if "422" not in x]
    laptop.open("/search?q=%3Cscript%3Ewindow.__pwned%3D3%3C%2Fscript%3E")
    _assert_inert(laptop)
    laptop.assert_clean()


def test_event_page_at_phone_width(phone):
    open_event_from_list(phone, "dyad=IRN-RUS", "Iran – Russia")
    p = phone.page
    assert p.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert p.locator(".article[lang=fa] mark").is_visible()
    phone.shot("event-phone.png")
    phone.assert_clean()
