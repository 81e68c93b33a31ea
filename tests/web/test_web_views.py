"""The pair and person pages, reached from the event page, and a correction made in the browser on a
server started with corrections on, still there after a re-ingest."""

from __future__ import annotations

import corpus
from webpage import CORRECTIONS_TOKEN, Page


def test_pair_page_from_the_event_page(laptop):
    laptop.open("/?dyad=IRN-RUS")
    p = laptop.page
    p.locator("#event-list .ev-title").first.click()
    p.wait_for_url("**/event/**")
    laptop.wait_ready()
    p.locator("a.pair-link").first.click()
    p.wait_for_url("**/pair/IRN-RUS")
    laptop.wait_ready()
    assert "Iran – Russia" in p.locator("#pair-title").inner_text()
    assert p.locator("#pair-chart").evaluate("c => c.width > 0 && c.height > 0")
    labels = p.evaluate("Chart.getChart(document.getElementById('pair-chart')).data.datasets.map(d => d.label)")
    assert "MEET occurred" in labels
    assert p.locator("#pair-people a", has_text="Sergei Shoigu").count() == 1
    assert p.locator("#pair-events li.event").count() >= 1
    p.locator("details.month-table-wrap summary").click()
    assert p.locator("#pair-months tbody tr").first.inner_text().startswith("2018-04")
    laptop.shot("pair-page.png")
    laptop.assert_clean()


def test_person_page_shows_offices_and_meetings(laptop):
    laptop.open("/pair/IRN-RUS")
    p = laptop.page
    p.locator("#pair-people a", has_text="Sergei Shoigu").click()
    p.wait_for_url("**/person/**")
    laptop.wait_ready()
    assert p.locator("#person-title").inner_text().startswith("Sergei Shoigu")
    offices = p.locator("#person-offices tbody").inner_text()
    assert "defense minister" in offices.lower() or "defence minister" in offices.lower()
    assert p.locator("#person-countries a", has_text="Iran").count() == 1
    assert p.locator("#person-events li.event").count() >= 1
    laptop.shot("person-page.png")
    laptop.assert_clean()


def test_a_correction_made_in_the_browser_survives_a_re_ingest(browser, corrections_server):
    base, db = corrections_server
    context = browser.new_context(viewport={"width": 1366, "height": 850})
    page = Page(context.new_page(), base)
    try:
        page.open("/?dyad=IRN-RUS")
        p = page.page
        p.locator("#event-list .ev-title").first.click()
        p.wait_for_url("**/event/**")
        page.wait_ready()
        event_url = p.url
        form = p.locator("form.correct-form")
        form.locator("select[name=action]").select_option("set")
        form.locator("select[name=field]").select_option("date")
        form.locator("input[name=value]").fill("2018-04-02")
        form.locator("input[name=note]").fill("the agency's dateline")
        form.locator("input[name=author]").fill("browser analyst")
        form.locator("input[name=token]").fill(CORRECTIONS_TOKEN)
        with p.expect_navigation():
            form.locator("button[type=submit]").click()
        page.wait_ready()
        assert "2018-04-02" in p.locator("#event .event-head .sub").inner_text()
        assert "date set to 2018-04-02" in p.locator(".correction-list").inner_text()

        from rasad.store import open_store

        with open_store(db) as store:            # every hand-built document again, changed: events remade
            for doc in corpus.documents():
                doc.text += " "
                store.store_document(doc)
        p.goto(event_url)
        page.wait_ready()
        assert "2018-04-02" in p.locator("#event .event-head .sub").inner_text()
        assert "the agency's dateline" in p.locator(".correction-list").inner_text()
        page.shot("event-corrected.png")
        page.assert_clean()
    finally:
        context.close()


def test_a_wrong_token_is_refused_in_the_form(browser, corrections_server):
    base, _ = corrections_server
    context = browser.new_context()
    page = Page(context.new_page(), base)
    try:
        page.open("/?dyad=AZE-TUR")
        p = page.page
        p.locator("#event-list .ev-title").first.click()
        p.wait_for_url("**/event/**")
        page.wait_ready()
        form = p.locator("form.correct-form")
        form.locator("select[name=action]").select_option("wrong")
        form.locator("input[name=token]").fill("not-the-token")
        form.locator("button[type=submit]").click()
        p.locator("form.correct-form [role=status]", has_text="Not saved").wait_for()
        page.problems = [x for x in page.problems if "401" not in x]
        page.assert_clean()
    finally:
        context.close()


def test_pair_and_person_pages_fit_a_phone(phone):
    for path in ("/pair/IRN-RUS", "/person/sergei-shoigu"):
        phone.open(path)
        p = phone.page
        assert p.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1"), path
    phone.shot("person-phone.png")
    phone.assert_clean()
