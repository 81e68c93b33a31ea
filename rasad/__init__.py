"""rasad — event data on defense diplomacy from Persian, Arabic and English news.

    >>> import rasad
    >>> record = rasad.extract("...", published="2018-04-04")
    >>> record["events"]

The public surface is listed in ``__all__``; everything else is internal.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .document import DateMention, Document, Event, Evidence, Mention, PersonRef
from .errors import DataError, InputError, RasadError, StoreError
from .normalise import Normalised, fold, normalise
from .pipeline import Pipeline, Stage, default_pipeline, process

__all__ = [
    "__version__",
    "extract", "process", "read_paths", "normalise", "fold", "Normalised",
    "Document", "Event", "Evidence", "Mention", "DateMention", "PersonRef",
    "Pipeline", "Stage", "default_pipeline",
    "RasadError", "InputError", "DataError", "StoreError",
    "open_store", "EventFilter",
]


def __getattr__(name: str):
    """Heavy parts (HTML extraction, the store) are imported on first use, so that `rasad events`
    does not pay for trafilatura."""
    if name == "read_paths":
        from .readers import read_paths
        return read_paths
    if name in ("open_store", "EventFilter"):
        from . import store
        return getattr(store, name)
    raise AttributeError(f"module 'rasad' has no attribute {name!r}")


def extract(text: str, published: str | None = None, url: str | None = None, lang: str | None = None,
            *, id: str | None = None, title: str | None = None) -> dict:
    """Extract the events of one article; returns the same record ``rasad extract`` prints."""
    from .readers import document_from_record

    rec = {"id": id, "text": text, "published": published, "url": url, "lang": lang, "title": title}
    doc = document_from_record({k: v for k, v in rec.items() if v is not None}, source="<text>")
    return process(doc).to_record()
