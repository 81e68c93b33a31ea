"""A small test corpus with hand-built events, for the API and browser tests.

Every text here is written for these tests (no real article is copied). The corpus has:

- one meeting (Iran and Russia, Moscow) reported in Persian, Arabic and English by three outlets;
- a Persian planned visit, an Arabic signed memorandum, English meetings and a phone call;
- a hostile article whose title, text, outlet and URL carry script tags, event-handler attributes
  and a ``javascript:`` link;
- ``SERIES`` generated reports over several years, so that lists paginate and charts have months.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from rasad.document import Document, Event, Evidence, PersonRef

HOSTILE_TITLE = 'Talks <script>window.__pwned = "title"</script><img src=x onerror="window.__pwned=\'img\'">'
HOSTILE_MARK = '<img src=x onerror="window.__pwned=\'text\'">'
HOSTILE_URL = "javascript:window.__pwned='link'"
SERIES = 60

HATAMI = PersonRef("Amir Hatami", "IRN", "defense minister", ["امیر حاتمی"], id="amir-hatami")
HATAMI_AR = PersonRef("Amir Hatami", "IRN", "defense minister", ["أمير حاتمي"], id="amir-hatami")
SHOIGU = PersonRef("Sergei Shoigu", "RUS", "defense minister", ["سرگئی شویگو"], id="sergei-shoigu")
SHOIGU_AR = PersonRef("Sergei Shoigu", "RUS", "defense minister", ["سيرغي شويغو"], id="sergei-shoigu")


def _event(text: str, sentence: str, **fields) -> Event:
    start = text.index(sentence)
    return Event(evidence=Evidence(sentence, start, start + len(sentence)), **fields)


def _doc(id: str, text: str, sentence: str, *, lang: str, site: str, url: str | None, published: str,
         title: str, **fields) -> Document:
    doc = Document(id=id, text=text, published=published, url=url, title=title, site=site, lang=lang)
    doc.events = [_event(text, sentence, **fields)]
    return doc


def _moscow_meeting() -> list[Document]:
    common = dict(type="MEET", countries=["IRN", "RUS"], status="occurred", mode="visit", source="IRN",
                  target="RUS", date="2018-04-03", date_precision="day", location="Moscow",
                  location_country="RUS", topics=["counter-terrorism", "syria"], cameo="042",
                  plover={"event": "CONSULT", "mode": "visit", "context": ["military"]}, confidence=0.9)
    fa_sent = "امیر حاتمی وزیر دفاع ایران روز سه‌شنبه در مسکو با سرگئی شویگو همتای روس خود دیدار و گفتگو کرد."
    fa_text = ("خبرگزاری نمونه — گروه سیاسی\n\n" + fa_sent +
               "\nدو طرف درباره همکاری‌های دفاعی و مبارزه با تروریسم در منطقه رایزنی کردند.\n"
               "این دیدار در حاشیه کنفرانس امنیت بین‌المللی برگزار شد.\n\nنظر شما")
    ar_sent = "التقى وزير الدفاع الإيراني أمير حاتمي نظيره الروسي سيرغي شويغو في موسكو يوم الثلاثاء."
    ar_text = ("موسكو - وكالة نموذجية\n" + ar_sent +
               "\nوبحث الجانبان التعاون العسكري ومكافحة الإرهاب في سوريا.\nشارك الخبر")
    en_sent = "Iran's Defence Minister Amir Hatami met his Russian counterpart Sergei Shoigu in Moscow on Tuesday."
    en_text = ("MOSCOW, April 4 (Sample Agency) - " + en_sent +
               " The ministers discussed military cooperation and the fight against terrorism in Syria.")
    return [
        _doc("fa-moscow", fa_text, fa_sent, lang="fa", site="Sample News FA", url="https://fa.example.org/news/1001",
             published="2018-04-04", title="دیدار وزیران دفاع ایران و روسیه در مسکو",
             persons=[HATAMI, SHOIGU], **common),
        _doc("ar-moscow", ar_text, ar_sent, lang="ar", site="Sample News AR", url="https://ar.example.org/news/77",
             published="2018-04-04", title="حاتمي يلتقي شويغو في موسكو", persons=[HATAMI_AR, SHOIGU_AR], **common),
        _doc("en-moscow", en_text, en_sent, lang="en", site="Sample Wire", url="https://wire.example.com/2018/04/04/iran-russia",
             published="2018-04-04", title="Iran and Russia defence chiefs meet in Moscow",
             persons=[PersonRef("Amir Hatami", "IRN", "defense minister", ["Amir Hatami"]),
                      PersonRef("Sergei Shoigu", "RUS", "defense minister", ["Sergei Shoigu"])], **common),
    ]


def _others() -> list[Document]:
    docs = []
    fa_sent = "وزیر دفاع تاجیکستان هفته آینده برای دیدار با همتای ایرانی خود به تهران سفر خواهد کرد."
    fa_text = "تهران — " + fa_sent + "\nاین سفر به دعوت رسمی انجام می‌شود."
    docs.append(_doc("fa-tehran-planned", fa_text, fa_sent, lang="fa", site="Sample News FA",
                     url="https://fa.example.org/news/1002", published="2019-05-06",
                     title="سفر قریب‌الوقوع وزیر دفاع تاجیکستان به تهران",
                     type="MEET", countries=["IRN", "TJK"], status="planned", mode="visit", source="TJK",
                     target="IRN", date="2019-05", date_precision="month", location="Tehran",
                     location_country="IRN", cameo="036", plover={"event": "AGREE", "mode": None, "context": ["military"]},
                     persons=[PersonRef("Sherali Mirzo", "TJK", "defense minister", ["شیرعلی میرزا"])],
                     confidence=0.7))
    ar_sent = "وقّعت إيران وأذربيجان في باكو مذكرة تفاهم للتعاون العسكري."
    ar_text = "باكو - " + ar_sent + "\nوحضر التوقيع عدد من القادة العسكريين."
    docs.append(_doc("ar-baku-sign", ar_text, ar_sent, lang="ar", site="Sample News AR",
                     url="https://ar.example.org/news/78", published="2019-03-12",
                     title="مذكرة تفاهم عسكرية بين إيران وأذربيجان",
                     type="SIGN", countries=["AZE", "IRN"], status="occurred", date="2019-03-11",
                     date_precision="day", location="Baku", location_country="AZE", cameo="057",
                     plover={"event": "SUPPORT", "mode": None, "context": ["military"]}, confidence=0.8))
    en_sent = "India and Russia signed a ten-year agreement on military-technical cooperation in New Delhi."
    en_text = "NEW DELHI (Sample Wire) - " + en_sent + " The deal was signed during the first 2+2 dialogue."
    docs.append(_doc("en-delhi-sign", en_text, en_sent, lang="en", site="Sample Wire",
                     url="https://wire.example.com/2021/12/06/india-russia", published="2021-12-06",
                     title="India, Russia sign military cooperation pact",
                     type="SIGN", countries=["IND", "RUS"], status="occurred", date="2021-12-06",
                     date_precision="day", location="New Delhi", location_country="IND", cameo="057",
                     plover={"event": "SUPPORT", "mode": None, "context": ["military"]}, confidence=0.85))
    en_sent = "Chinese Defence Minister spoke by phone with his Pakistani counterpart on Monday."
    en_text = "BEIJING - " + en_sent + " They discussed regional security."
    docs.append(_doc("en-phone", en_text, en_sent, lang="en", site="Sample Daily",
                     url="http://daily.example.net/a/9", published="2022-02-15",
                     title="China and Pakistan defence ministers hold phone call",
                     type="MEET", countries=["CHN", "PAK"], status="occurred", mode="phone", source="CHN",
                     target="PAK", date="2022-02-14", date_precision="day", cameo="040",
                     plover={"event": "CONSULT", "mode": "phone", "context": ["military"]}, confidence=0.75))
    docs.append(hostile())
    return docs


def hostile() -> Document:
    """An article built to attack the dashboard: markup and handlers in its title, text, outlet and URL."""
    sentence = f"Turkish and Azerbaijani generals met in Ankara {HOSTILE_MARK} to discuss drills."
    text = ("<script>window.__pwned = 'body'</script>\n" + sentence +
            '\n<a href="javascript:window.__pwned=1" onclick="window.__pwned=2">click</a>'
            "\n<svg onload=\"window.__pwned='svg'\"></svg>")
    return _doc("hostile<script>", text, sentence, lang="en", site='<b onmouseover="window.__pwned=3">Evil</b>',
                url=HOSTILE_URL, published="2020-07-01", title=HOSTILE_TITLE,
                type="MEET", countries=["AZE", "TUR"], status="occurred", mode="visit", source="AZE",
                target="TUR", date="2020-06-30", date_precision="day", location="Ankara", location_country="TUR",
                cameo="042", plover={"event": "CONSULT", "mode": "visit", "context": ["military"]},
                persons=[PersonRef('<img src=x onerror="window.__pwned=4">', "TUR", "chief of staff",
                                   ['<script>window.__pwned=5</script>'])],
                topics=['<script>window.__pwned=6</script>'], confidence=0.6)


PAIRS = [("ARM", "IRN", "Yerevan", "ARM"), ("IRN", "IRQ", "Baghdad", "IRQ"), ("IRN", "SYR", "Damascus", "SYR"),
         ("CHN", "RUS", "Beijing", "CHN"), ("IND", "IRN", "Tehran", "IRN"), ("KAZ", "RUS", "Astana", "KAZ")]


def series(n: int = SERIES) -> Iterator[Document]:
    """``n`` English reports of distinct meetings, spread over 2018-2023 and six country pairs."""
    for i in range(n):
        a, b, city, host = PAIRS[i % len(PAIRS)]
        year, month, day = 2018 + (i * 7) % 6, 1 + (i * 5) % 12, 1 + (i * 3) % 28
        date = f"{year}-{month:02d}-{day:02d}"
        sentence = f"Officials of {a} and {b} held defence talks in {city} (report {i})."
        kind = "SIGN" if i % 5 == 0 else "MEET"
        yield _doc(f"series-{i:03d}", f"{city} - {sentence} More details followed.", sentence, lang="en",
                   site=f"Series Outlet {i % 3}", url=f"https://series{i % 3}.example.com/{i}", published=date,
                   title=f"Defence talks {i}", type=kind, countries=sorted([a, b]), status="occurred",
                   mode="visit", source=a if host == b else b, target=host, date=date, date_precision="day",
                   location=city, location_country=host, cameo="057" if kind == "SIGN" else "043",
                   plover={"event": "SUPPORT" if kind == "SIGN" else "CONSULT", "mode": "visit",
                           "context": ["military"]}, confidence=0.6)


def documents() -> list[Document]:
    return [*_moscow_meeting(), *_others(), *series()]


def build_db(path: Path, open_store) -> Path:
    """Write the corpus into a new store at ``path`` through ``store.store_document``."""
    store = open_store(str(path))
    try:
        for doc in documents():
            store.store_document(doc)
    finally:
        close = getattr(store, "close", None)
        if close:
            close()
    return path
