"""Documents with hand-built events, for the store tests.

The texts are written for these tests. ``report`` builds a ``Document`` whose ``events`` are set by hand
(as the extraction stages would set them), so merging and querying are tested on their own.
"""

from __future__ import annotations

from rasad.document import Document, Event, Evidence, PersonRef

HATAMI = PersonRef("Amir Hatami", "IRN", "defense minister", ["امیر حاتمی"], id="amir-hatami")
SHOIGU = PersonRef("Sergei Shoigu", "RUS", "defense minister", ["سرگئی شویگو"], id="sergei-shoigu")
ZARIF = PersonRef("Mohammad Javad Zarif", "IRN", "foreign minister", ["محمدجواد ظریف"], id="javad-zarif")
LAVROV = PersonRef("Sergey Lavrov", "RUS", "foreign minister", ["سرگئی لاوروف"], id="sergey-lavrov")

TEXTS = {
    "fa": "خبرگزاری نمونه\nامیر حاتمی وزیر دفاع ایران در مسکو با سرگئی شویگو همتای روس خود دیدار کرد. "
          "دو طرف درباره همکاری‌های دفاعی رایزنی کردند و رئیس ستاد نیز حضور داشت.",
    "ar": "موسكو - وكالة نموذجية\nالتقى وزير الدفاع الإيراني أمير حاتمي نظيره الروسي سيرغي شويغو في موسكو. "
          "وبحث الجانبان التعاون العسكري.",
    "en": "MOSCOW (Sample Wire) - Iran's Defence Minister Amir Hatami met his Russian counterpart Sergei Shoigu "
          "in Moscow. The ministers discussed military cooperation.",
}


def report(id: str, *, lang: str = "en", text: str | None = None, published: str | None = "2018-04-04",
           site: str | None = None, url: str | None = None, title: str | None = None,
           events: list[Event] | None = None, **fields) -> Document:
    """A processed document: ``events`` as given, else one event built from ``fields``."""
    text = text or TEXTS[lang]
    doc = Document(id=id, text=text, published=published, url=url, title=title, site=site, lang=lang)
    doc.events = events if events is not None else [event(text, **fields)]
    return doc


def event(text: str, *, type: str = "MEET", countries=("IRN", "RUS"), sentence: str | None = None,
          **fields) -> Event:
    sentence = sentence or text.splitlines()[-1].split(". ")[0]
    start = text.index(sentence)
    fields.setdefault("status", "occurred")
    fields.setdefault("confidence", 0.8)
    return Event(type=type, countries=sorted(countries), evidence=Evidence(sentence, start, start + len(sentence)),
                 **fields)


def moscow(lang: str, **over) -> Document:
    """One report of the 3 April 2018 Iran–Russia defence ministers' meeting in Moscow."""
    persons = {"fa": [HATAMI, SHOIGU], "ar": [HATAMI, SHOIGU],
               "en": [PersonRef("Amir Hatami", "IRN", "defense minister", ["Amir Hatami"]),
                      PersonRef("Sergei Shoigu", "RUS", "defense minister", ["Sergei Shoigu"])]}[lang]
    fields = dict(lang=lang, site={"fa": "ISNA", "ar": "Al-Alam", "en": "Sample Wire"}[lang],
                  url=f"https://{lang}.example.org/moscow", title=f"moscow {lang}", date="2018-04-03",
                  date_precision="day", location="Moscow", location_country="RUS", mode="visit", source="IRN",
                  target="RUS", persons=persons, cameo="042",
                  plover={"event": "CONSULT", "mode": "visit", "context": ["military"]},
                  topics=["syria"] if lang == "ar" else ["counter-terrorism"])
    fields.update(over)
    return report(f"{lang}-moscow", **fields)
