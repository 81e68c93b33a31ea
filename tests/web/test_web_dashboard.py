"""The dashboard in a real browser: loading cleanly, filters in the URL, network, timeline, map, list."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit


def query(page) -> dict[str, list[str]]:
    return parse_qs(urlsplit(page.page.url).query)


def list_ids(page) -> list[str]:
    return page.page.locator("#event-list li.event").evaluate_all("els => els.map(e => e.dataset.id)")


def change(page, selector: str, value: str, *, select: bool = True):
    before = page.page.evaluate("document.body.dataset.ready")
    if select:
        page.page.select_option(selector, value)
    else:
        page.page.fill(selector, value)
        page.page.press(selector, "Enter")
        page.page.locator(selector).blur()
    page.wait_ready(before)


def test_dashboard_loads_without_errors(laptop):
    response = laptop.open("/")
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    p = laptop.page
    assert p.locator("#event-list li.event").count() == 20
    assert re.match(r"\d+ events", p.locator("#summary").inner_text())
    assert p.locator("#timeline").evaluate("c => c.width > 0 && c.height > 0")
    assert p.evaluate("window.rasad.cy.nodes().length") >= 8
    assert p.locator("#map path.leaflet-interactive").count() >= 8
    assert p.locator("#filters select[name=country] option").count() > 8
    laptop.shot("dashboard-laptop.png")
    laptop.assert_clean()


def test_filters_change_the_list_and_the_url(laptop):
    laptop.open("/")
    p = laptop.page
    all_summary = p.locator("#summary").inner_text()
    change(laptop, "select[name=type]", "SIGN")
    assert query(laptop)["type"] == ["SIGN"]
    badges = p.locator("#event-list .badge:not(.planned)").all_inner_texts()
    assert badges and set(badges) == {"SIGN"}
    assert p.locator("#summary").inner_text() != all_summary

    change(laptop, "select[name=lang]", "ar")
    assert query(laptop) == {"type": ["SIGN"], "lang": ["ar"]}
    assert [t for t in p.locator("#event-list .ev-title").all_inner_texts()] == ["Azerbaijan – Iran"]

    before = p.evaluate("document.body.dataset.ready")
    p.go_back()
    laptop.wait_ready(before)
    assert query(laptop) == {"type": ["SIGN"]}
    assert p.locator("select[name=lang]").input_value() == ""

    change(laptop, "input[name=date_from]", "2021-01-01", select=False)
    change(laptop, "input[name=date_to]", "2021-12-31", select=False)
    assert query(laptop)["date_from"] == ["2021-01-01"] and query(laptop)["date_to"] == ["2021-12-31"]
    dates = p.locator("#event-list .ev-date").all_inner_texts()
    assert dates and all(d.startswith("2021") for d in dates)
    laptop.shot("dashboard-filtered.png")

    before = p.evaluate("document.body.dataset.ready")
    p.click("#clear")
    laptop.wait_ready(before)
    assert query(laptop) == {}
    laptop.assert_clean()


def test_url_filters_fill_the_form(laptop):
    laptop.open("/?dyad=RUS-IRN&lang=fa")
    p = laptop.page
    assert p.locator("select[name=country]").input_value() == "RUS"
    assert p.locator("select[name=partner]").input_value() == "IRN"
    assert p.locator("select[name=lang]").input_value() == "fa"
    assert p.locator("#event-list li.event").count() == 1
    assert "3 sources" in p.locator("#event-list .ev-meta").inner_text()
    laptop.assert_clean()


def test_choosing_a_partner_makes_a_dyad(laptop):
    laptop.open("/")
    change(laptop, "select[name=country]", "IRN")
    assert query(laptop) == {"country": ["IRN"]}
    change(laptop, "select[name=partner]", "TJK")
    assert query(laptop) == {"dyad": ["IRN-TJK"]}
    assert laptop.page.locator("#event-list li.event").count() == 1
    laptop.assert_clean()


def test_person_and_outlet_filters(laptop):
    laptop.open("/")
    change(laptop, "input[name=person]", "Shoigu", select=False)
    assert query(laptop) == {"person": ["Shoigu"]}
    assert laptop.page.locator("#event-list li.event").count() == 1
    laptop.open("/")
    change(laptop, "input[name=outlet]", "Sample Daily", select=False)
    assert laptop.page.locator("#event-list .ev-title").all_inner_texts() == ["China – Pakistan"]
    laptop.assert_clean()


def click_drawn(page, selector: str, js_position: str):
    """Click the canvas ``selector`` where ``js_position`` (evaluated in the page) says something is drawn,
    and wait for the dashboard to redraw. Scrolls first: a click outside the viewport hits nothing."""
    p = page.page
    p.locator(selector).scroll_into_view_if_needed()
    before = p.evaluate("document.body.dataset.ready")
    url_before = p.url
    # On a loaded machine a drawing may still settle after its position was read: read and click
    # again when the first click hit nothing (neither a redraw nor a new URL).
    for attempt in range(3):
        pos = p.evaluate(js_position)
        box = p.locator(selector).bounding_box()
        p.mouse.click(box["x"] + pos["x"], box["y"] + pos["y"])
        try:
            page.wait_ready(before, seconds=8 if attempt < 2 else 20)
            return
        except AssertionError:
            if p.url != url_before:  # the click took: the redraw is only slow
                page.wait_ready(before, seconds=30)
                return
            if attempt == 2:
                raise


# Where to click: a node's centre, and a point of an edge that lies inside no node (with its label).
NODE_AT = "window.rasad.cy.getElementById('{}').renderedPosition()"
EDGE_AT = """(() => {{
    const cy = window.rasad.cy, e = cy.getElementById('{}');
    const a = e.source().renderedPosition(), b = e.target().renderedPosition();
    const inNode = (p) => cy.nodes().some((n) => {{ const bb = n.renderedBoundingBox();
        return p.x >= bb.x1 - 3 && p.x <= bb.x2 + 3 && p.y >= bb.y1 - 3 && p.y <= bb.y2 + 3; }});
    for (let t = 0.5; t > 0.05; t -= 0.05) for (const u of [t, 1 - t]) {{
        const p = {{x: a.x + u * (b.x - a.x), y: a.y + u * (b.y - a.y)}};
        if (!inNode(p)) return p;
    }}
    return e.renderedMidpoint();
}})()"""


def test_clicking_a_country_in_the_network_filters(laptop):
    laptop.open("/")
    click_drawn(laptop, "#network", NODE_AT.format("TJK"))
    p = laptop.page
    assert query(laptop) == {"country": ["TJK"]}
    assert p.locator("select[name=country]").input_value() == "TJK"
    assert p.locator("#event-list li.event").count() == 1
    assert p.evaluate("window.rasad.cy.getElementById('TJK').hasClass('selected')")
    laptop.shot("dashboard-network-click.png")
    laptop.assert_clean()


def test_clicking_a_link_in_the_network_filters_the_pair(laptop):
    laptop.open("/")
    click_drawn(laptop, "#network", EDGE_AT.format("IRN-TJK"))
    assert query(laptop) == {"dyad": ["IRN-TJK"]}
    laptop.assert_clean()


def test_clicking_a_timeline_bar_filters_its_month(laptop):
    laptop.open("/?dyad=IRN-RUS")
    click_drawn(laptop, "#timeline", """(() => {
        const c = Chart.getChart(document.getElementById('timeline'));
        const el = c.getDatasetMeta(0).data[c.data.labels.indexOf('2018-04')];
        return {x: el.x, y: (el.y + el.base) / 2};
    })()""")
    q = query(laptop)
    assert q["date_from"] == ["2018-04-01"] and q["date_to"] == ["2018-04-30"] and q["dyad"] == ["IRN-RUS"]
    laptop.assert_clean()


def test_map_popup_links_to_events(laptop):
    laptop.open("/?outlet=Sample%20News%20FA")
    p = laptop.page
    assert p.locator("#map path.leaflet-interactive").count() == 2
    p.locator("#map path.leaflet-interactive").first.click(force=True)
    popup = p.locator(".leaflet-popup-content")
    popup.wait_for()
    assert popup.locator("a[href^='/event/']").count() == 1
    assert re.search(r"Moscow|Tehran", popup.inner_text())
    laptop.shot("dashboard-map-popup.png", full_page=False)
    laptop.assert_clean()


def test_pages_of_the_event_list(laptop):
    laptop.open("/")
    p = laptop.page
    first = list_ids(laptop)
    before = p.evaluate("document.body.dataset.ready")
    p.click("#next")
    laptop.wait_ready(before)
    assert query(laptop) == {"offset": ["20"]}
    assert p.locator("#page-info").inner_text().startswith("21–40")
    assert not set(first) & set(list_ids(laptop))
    assert not p.locator("#prev").is_disabled()
    laptop.assert_clean()


def test_phone_width_fits_without_sideways_scrolling(phone):
    phone.open("/")
    p = phone.page
    assert p.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
    assert p.locator("#network").bounding_box()["width"] <= 390
    assert p.locator("#map").is_visible() and p.locator("#timeline").is_visible()
    phone.shot("dashboard-phone.png")
    phone.assert_clean()


def test_the_pair_table_beside_the_network_links_to_pair_pages(laptop):
    laptop.open("/")
    p = laptop.page
    rows = p.locator("#pair-table tbody tr")
    assert 1 <= rows.count() <= 12
    link = p.locator("#pair-table a.pair").first
    href = link.get_attribute("href")
    assert re.fullmatch(r"/pair/[A-Z]{3}-[A-Z]{3}", href)
    link.click()
    laptop.wait_ready()
    assert p.url.endswith(href) and p.locator("#view-pair").is_visible()
    laptop.assert_clean()


def test_the_network_draws_the_strongest_pairs_with_readable_labels(laptop):
    laptop.open("/")
    p = laptop.page
    drawn = p.evaluate("window.rasad.cy.edges().length")
    assert 0 < drawn <= 30
    sizes = p.evaluate("window.rasad.cy.nodes().map(n => parseFloat(n.style('font-size')) * window.rasad.cy.zoom())")
    assert all(12 <= s <= 14 for s in sizes), sizes           # one readable size on screen, whatever the zoom
    laptop.assert_clean()


def test_download_button_exports_the_filtered_events(laptop):
    laptop.open("/?country=TJK")
    p = laptop.page
    href = p.locator("#dl-csv").get_attribute("href")
    assert href.startswith("/api/export?") and "country=TJK" in href and "format=csv" in href
    with p.expect_download() as info:
        p.click("#dl-csv")
    path = info.value.path()
    text = open(path, encoding="utf-8-sig").read()
    lines = text.strip().splitlines()
    assert lines[0].startswith("id,type,date,year,month") and len(lines) == 2
    assert "TJK" in lines[1]
    laptop.assert_clean()


def test_the_map_labels_its_busiest_places_and_draws_no_stripes(laptop):
    laptop.open("/")
    p = laptop.page
    labels = p.locator("#map .place-label").all_inner_texts()
    assert 1 <= len(labels) <= 8 and "Tehran" in labels
    # no country outline spans more than half the world's width (the stripe of a ring crossing 180°)
    widths = p.locator("#map .leaflet-overlay-pane path:not(.leaflet-interactive)").evaluate_all(
        "els => els.map(e => e.getBBox().width)")
    world = p.evaluate("(() => { const m = document.querySelector('#map'); return m.clientWidth; })()")
    assert widths and max(widths) < 4 * world
    laptop.shot("dashboard-map-labels.png", full_page=False)
    laptop.assert_clean()
