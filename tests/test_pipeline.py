"""The pipeline and the public surface of the package."""

from __future__ import annotations

import pytest

import rasad
from rasad.document import Document
from rasad.errors import ProcessingError, RasadError
from rasad.pipeline import Pipeline, Stage, default_pipeline


def test_public_surface_is_what_all_says():
    assert sorted(rasad.__all__) == sorted([
        "__version__", "extract", "process", "read_paths", "normalise", "fold", "Normalised",
        "Document", "Event", "Evidence", "Mention", "DateMention", "PersonRef",
        "Pipeline", "Stage", "default_pipeline",
        "RasadError", "InputError", "DataError", "StoreError", "open_store", "EventFilter",
    ])
    for name in rasad.__all__:
        assert hasattr(rasad, name), name


def test_default_pipeline_order():
    assert default_pipeline().names == ["normalise", "clutter", "language", "sentences", "mentions", "dates", "events"]


def test_a_stage_whose_inputs_nobody_produces_is_refused():
    with pytest.raises(RasadError, match="needs mentions"):
        Pipeline([Stage("events", lambda d: d, requires=("mentions",))])


def test_a_failing_stage_names_the_document_and_the_stage():
    def broken(doc: Document) -> Document:
        raise KeyError("boom")

    pipe = Pipeline([Stage("broken", broken)])
    with pytest.raises(ProcessingError, match="doc.txt: stage 'broken' failed: KeyError"):
        pipe(Document(id="d", text="x", source="doc.txt"))


def test_extract_returns_the_cli_record():
    rec = rasad.extract("Indian Defence Minister Rajnath Singh met his Russian counterpart in Moscow on Tuesday.",
                        published="2024-12-11", url="https://example.org/a")
    assert {"id", "lang", "title", "published", "url", "events"} <= rec.keys()
    assert rec["lang"] == "en" and rec["events"][0]["countries"] == ["IND", "RUS"]
