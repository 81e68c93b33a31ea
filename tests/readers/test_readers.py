"""Readers: every input format, encodings, stable ids, and one clear error per bad input."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from rasad.document import Document
from rasad.errors import InputError
from rasad.readers import read_paths

FA = ("وزیر دفاع قزاقستان در سفر به تاشکند با همتای ازبکستانی خود دیدار و درباره همکاری‌های "
      "نظامی و مبارزه با تروریسم گفت‌وگو کرد.")
AR = "التقى وزير الدفاع المصري نظيره السعودي في الرياض أمس وبحثا تعزيز التعاون العسكري بين البلدين."
EN = "India's defence minister held talks with his Russian counterpart in Moscow on Tuesday."

PAGE = f"""<!DOCTYPE html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8">
<title>دیدار وزرای دفاع قزاقستان و ازبکستان</title>
<meta property="article:published_time" content="2024-05-14T09:30:00+03:30">
<meta property="og:site_name" content="خبرگزاری نمونه">
</head><body>
<nav><ul><li><a href="/">صفحه اصلی</a></li><li><a href="/politics">سیاسی</a></li><li>ورزشی</li></ul></nav>
<article><h1>دیدار وزرای دفاع قزاقستان و ازبکستان</h1>
<p>{FA}</p>
<p>دو طرف بر گسترش رزمایش‌های مشترک و تبادل تجربه در حوزه امنیت مرزها تأکید کردند.</p>
<p>این دیدار در حاشیه نشست وزرای دفاع کشورهای عضو سازمان همکاری شانگهای برگزار شد.</p>
</article>
<footer>تمامی حقوق محفوظ است. <form>نظر شما<textarea></textarea></form></footer>
</body></html>"""


def read(*paths) -> list:
    return list(read_paths([str(p) for p in paths]))


def docs_and_errors(items):
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, InputError)]


def test_plain_text_keeps_text_as_read(tmp_path: Path):
    f = tmp_path / "kaz-uzb.txt"
    f.write_text(FA, encoding="utf-8")
    [doc] = read(f)
    assert doc.text == FA and "\u200c" in doc.text
    assert doc.id == "kaz-uzb"


def test_jsonl_records_and_fields(tmp_path: Path):
    f = tmp_path / "in.jsonl"
    lines = [{"id": "a1", "text": AR, "published": "2024-03-02", "url": "https://example.org/a1", "lang": "ar"},
             {"text": EN, "title": "Talks in Moscow"}]
    f.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    a, b = read(f)
    assert (a.id, a.published, a.url, a.lang) == ("a1", "2024-03-02", "https://example.org/a1", "ar")
    assert b.title == "Talks in Moscow" and b.id.startswith("sha1-")
    assert read(f)[1].id == b.id  # stable across runs


def test_invalid_jsonl_lines_are_reported_and_the_rest_goes_on(tmp_path: Path):
    f = tmp_path / "mixed.jsonl"
    f.write_bytes(b'{"id": "ok1", "text": "first good line"}\n'
                  b'{"id": "bad", "text": \n'
                  b'[1, 2, 3]\n'
                  b'{"id": "notext"}\n'
                  b'{"id": "badlang", "text": "x", "lang": "de"}\n'
                  b'\xff\xfe garbage\n'
                  b'{"id": "ok2", "text": "second good line"}\n')
    docs, errors = docs_and_errors(read(f))
    assert [d.id for d in docs] == ["ok1", "ok2"]
    assert [e.source for e in errors] == [f"{f}:{n}" for n in (2, 3, 4, 5, 6)]
    assert "invalid JSON" in errors[0].message


def test_html_main_text_title_date_and_zwnj(tmp_path: Path):
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    [doc] = read(f)
    assert doc.title == "دیدار وزرای دفاع قزاقستان و ازبکستان"
    assert doc.published == "2024-05-14"
    assert "همکاری‌های" in doc.text  # ZWNJ survives extraction
    assert "تاشکند" in doc.text
    assert "ورزشی" not in doc.text  # the menu is gone
    assert doc.meta["format"] == "html"


def test_html_sniffed_without_extension(tmp_path: Path):
    f = tmp_path / "page"
    f.write_text(PAGE, encoding="utf-8")
    [doc] = read(f)
    assert doc.meta["format"] == "html"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256"])
def test_encodings(tmp_path: Path, encoding: str):
    text = AR if encoding == "cp1256" else AR + "\n" + EN
    f = tmp_path / f"{encoding}.txt"
    f.write_bytes(text.encode(encoding))
    [doc] = read(f)
    assert doc.text.lstrip("\ufeff") == text


def test_cp1256_html_with_declared_charset(tmp_path: Path):
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">' \
           f"<title>خبر</title></head><body><article><p>{AR}</p><p>{AR}</p></article></body></html>"
    f = tmp_path / "old.htm"
    f.write_bytes(html.encode("cp1256"))
    [doc] = read(f)
    assert AR in doc.text


def make_warc(path: Path, pages: dict[str, str]) -> None:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        for url, html in pages.items():
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            rec = writer.create_warc_record(url, "response", payload=io.BytesIO(html.encode("utf-8")),
                                            http_headers=headers)
            writer.write_record(rec)
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://news.example/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG...."), http_headers=img))


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_html_responses(tmp_path: Path, name: str):
    f = tmp_path / name
    make_warc(f, {"https://news.example/fa/1": PAGE,
                  "https://news.example/en/2": f"<html><body><article><p>{EN}</p><p>{EN}</p></article></body></html>"})
    docs, errors = docs_and_errors(read(f))
    assert not errors
    assert [d.url for d in docs] == ["https://news.example/fa/1", "https://news.example/en/2"]
    assert docs[0].id.startswith("url-") and "تاشکند" in docs[0].text


def test_truncated_warc_keeps_earlier_records(tmp_path: Path):
    f = tmp_path / "crawl.warc.gz"
    make_warc(f, {f"https://news.example/{i}": PAGE for i in range(3)})
    data = f.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.6)])
    docs, errors = docs_and_errors(read(cut))
    assert len(docs) >= 1 and len(errors) == 1
    assert "truncated or corrupt WARC" in errors[0].message


def test_folder_is_read_recursively_with_relative_ids(tmp_path: Path):
    (tmp_path / "fa").mkdir()
    (tmp_path / "fa" / "one.txt").write_text(FA, encoding="utf-8")
    (tmp_path / "en.txt").write_text(EN, encoding="utf-8")
    (tmp_path / ".hidden").write_text("ignored", encoding="utf-8")
    assert sorted(d.id for d in read(tmp_path)) == ["en", "fa/one"]


def test_bad_inputs_each_get_one_error_and_the_batch_goes_on(tmp_path: Path):
    good = tmp_path / "good.txt"
    good.write_text(EN, encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    noise = tmp_path / "noise.bin"
    noise.write_bytes(bytes(range(256)) * 40)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blank_html = tmp_path / "blank.html"
    blank_html.write_text("<html><body><script>var x = 1;</script></body></html>", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    items = read(binary, noise, empty, blank_html, missing, good)
    docs, errors = docs_and_errors(items)
    assert [d.id for d in docs] == ["good"]
    assert [Path(e.source).name for e in errors] == ["image.txt", "noise.bin", "empty.txt", "blank.html",
                                                      "missing.txt"]
    assert all("\n" not in str(e) for e in errors)


def test_huge_document_is_refused_with_a_clear_message(tmp_path: Path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        line = (EN + "\n").encode()
        for _ in range(50 * 1048576 // len(line) + 1):
            f.write(line)
    items = list(read_paths([str(big)]))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert "too large" in items[0].message and "--max-size" in items[0].message
    # A higher limit reads it.
    [doc] = list(read_paths([str(big)], max_bytes=60 * 1048576))
    assert len(doc.text) > 50_000_000


def test_deeply_nested_html_does_not_crash(tmp_path: Path):
    f = tmp_path / "deep.html"
    f.write_text("<html><body>" + "<div>" * 20000 + f"<p>{EN}</p>" + "</div>" * 20000 + "</body></html>",
                 encoding="utf-8")
    items = read(f)
    assert len(items) == 1
    if isinstance(items[0], Document):
        assert "Moscow" in items[0].text


def test_broken_html_is_read(tmp_path: Path):
    f = tmp_path / "broken.html"
    f.write_text(f"<html><body><p>{AR}<div><p>{AR}</b></i></table><p>{AR}", encoding="utf-8")
    [doc] = read(f)
    assert "الرياض" in doc.text


def test_gzip_text_that_is_not_warc_is_reported(tmp_path: Path):
    f = tmp_path / "x.txt"
    f.write_bytes(gzip.compress(EN.encode()))
    [err] = read(f)
    assert isinstance(err, InputError) and "gzip" in err.message


@pytest.mark.parametrize("depth", [256, 300, 5000])
def test_html_nested_deeper_than_lxml_reads_is_read_with_its_title(tmp_path: Path, depth: int):
    f = tmp_path / "deep.html"
    f.write_text("<html><head><title>Talks in Moscow</title></head><body>" + "<div>" * depth
                 + f"<p>{EN}</p><p>{FA}</p>" + "</div>" * depth + "</body></html>", encoding="utf-8")
    [doc] = read(f)
    assert isinstance(doc, Document)
    assert "Moscow on Tuesday" in doc.text and "همکاری‌های" in doc.text
    assert doc.title == "Talks in Moscow"


def test_html_with_a_title_but_no_body_text_is_an_error_naming_the_file(tmp_path: Path):
    f = tmp_path / "hollow.html"
    f.write_text("<html><head><title>Talks in Moscow</title><meta property='og:title' content='Talks'></head>"
                 "<body><div><script>var x = 1;</script></div></body></html>", encoding="utf-8")
    [err] = read(f)
    assert isinstance(err, InputError) and err.source == str(f)
    assert "without readable text" in err.message


def test_html_article_keeps_the_story_and_drops_the_furniture(tmp_path: Path):
    f = tmp_path / "page.html"
    f.write_text(PAGE.replace("<article>", "<div class='related'>اخبار مرتبط: قیمت طلا امروز</div><article>")
                 .replace("</article>", "<div class='share-bar'>اشتراک‌گذاری در تلگرام</div></article>"
                          "<aside>پربازدیدترین‌ها</aside>"), encoding="utf-8")
    [doc] = read(f)
    assert "تاشکند" in doc.text and "شانگهای" in doc.text
    for furniture in ("قیمت طلا", "تلگرام", "پربازدیدترین", "ورزشی", "حقوق محفوظ"):
        assert furniture not in doc.text
    assert doc.site == "خبرگزاری نمونه" and doc.published == "2024-05-14"


def test_a_failed_html_page_keeps_no_parse_tree_in_its_error():
    # resiliparse's nodes may only be freed in the thread that made them; an error kept past the call (a Dask
    # worker reports it from another thread) printed "NodePy is unsendable" tracebacks when it held them
    from rasad.readers.html import extract_html

    try:
        extract_html("<html><head><title>T</title></head><body><div></div></body></html>", "empty.html")
    except InputError as e:
        tb, held = e.__traceback__, []
        while tb is not None:
            held += [type(v).__module__ for v in tb.tb_frame.f_locals.values()]
            tb = tb.tb_next
        assert not any(m.startswith("resiliparse") for m in held)
    else:
        raise AssertionError("a page without text must raise")
