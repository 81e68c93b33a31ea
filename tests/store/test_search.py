"""Full-text search in fa/ar/en: spelling variants, missing ZWNJ, snippets from the text as read."""

from __future__ import annotations

import pytest
from store_docs import moscow, report

from rasad.errors import RasadError
from rasad.store.search import fts_query


@pytest.fixture
def searchable(store):
    for lang in ("fa", "ar", "en"):
        store.store_document(moscow(lang))
    store.store_document(report("ar-defence", lang="ar", text="أكد وزير الدفاع أهمية التعاون. وقال رئيس الأركان إن الجيش مستعد."))
    return store


def found(store, query):
    return [h["doc_id"] for h in store.search(query)]


def test_arabic_letters_find_persian_forms(searchable):
    assert "fa-moscow" in found(searchable, "رئيس")           # Arabic ي, text has Persian ی
    assert found(searchable, "رئيس ستاد") == ["fa-moscow"]


def test_a_word_without_zwnj_finds_the_form_with_it(searchable):
    assert found(searchable, "همکاریها") == ["fa-moscow"]      # text: «همکاری‌های»
    assert found(searchable, "همکاری های") == ["fa-moscow"]    # split form, joined by the normaliser
    assert found(searchable, "همكاري‌هاي") == ["fa-moscow"]    # Arabic ك/ي and a ZWNJ


def test_arabic_definite_article_and_english_case(searchable):
    assert set(found(searchable, "دفاع")) >= {"fa-moscow", "ar-defence"}   # «الدفاع»
    assert found(searchable, "shoigu") == ["en-moscow"]
    assert found(searchable, "MINISTERS discussed") == ["en-moscow"]
    assert found(searchable, '"military cooperation"') == ["en-moscow"]
    assert found(searchable, '"cooperation military"') == []


def test_snippet_is_the_text_as_read_with_the_match_marked(searchable):
    [hit] = searchable.search("همکاریها")
    a, b = hit["highlight"]
    assert hit["snippet"][a:b] == "همکاری‌های"
    assert hit["lang"] == "fa" and hit["published"] == "2018-04-04" and hit["n_events"] == 1


def test_query_syntax_in_user_text_is_just_text(searchable):
    for q in ['"x', "NEAR(a b)", "moscow*", "a OR b", "title:x", "-moscow", "(x)", "shoigu AND"]:
        searchable.search(q)  # never an FTS syntax error
    assert found(searchable, "moscow OR nothing") == []  # OR is a word here
    assert fts_query('he said "x" * ^') == '"x" AND "he"* AND "said"*'
    with pytest.raises(RasadError, match="nothing to search"):
        searchable.search("  ( ...  ")


def test_paging(searchable):
    assert len(searchable.search("دفاع", limit=1)) == 1
    assert searchable.search("دفاع", limit=1)[0] != searchable.search("دفاع", limit=1, offset=1)[0]


def test_snippets_come_from_article_text_not_page_furniture(store):
    text = ("Home\nMenu\nWe use cookies to improve defence news for you, accept to continue\n"
            "Subscribe to our defence newsletter\n"
            "Pakistan's army chief met the Saudi defence minister in Riyadh on Monday to discuss training.\n"
            "Share this article")
    store.store_document(report("clutter", text=text, title=None, countries=("PAK", "SAU"),
                                sentence="Pakistan's army chief met the Saudi defence minister in Riyadh on Monday"))
    (hit,) = store.search("defence")
    assert "Saudi defence minister" in hit["snippet"] and "cookies" not in hit["snippet"]
    assert hit["title"].startswith("Pakistan's army chief")        # no title read: the first article line
    (other,) = store.search("Riyadh")
    assert "Riyadh" in other["snippet"]


def test_a_document_read_without_a_title_shows_its_first_heading_line(store):
    text = "Menu\n# Azerbaijan and Türkiye sign a training protocol\nBaku and Ankara signed a protocol on training."
    store.store_document(report("untitled", text=text, title=None, countries=("AZE", "TUR"),
                                sentence="Baku and Ankara signed a protocol on training"))
    doc = store.get_document("untitled")
    assert doc["title"] == "Azerbaijan and Türkiye sign a training protocol" and doc["title_read"] is False
    (event,) = store.query_events()
    assert store.get_event(event["id"])["sources"][0]["title"] == doc["title"]
