"""The pipeline: named stages over one ``Document``, each declaring what it needs and what it adds.

    read → normalise → clutter → language → sentences → mentions → dates → events

Building a ``Pipeline`` checks that every stage's requirements are assigned by an earlier stage, so a
reordered or custom pipeline fails at construction, not halfway through a batch.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache

from .budget import default_budget, set_stage, within
from .document import Document
from .errors import ProcessingError, RasadError
from .normalise import normalise

__all__ = ["Stage", "Pipeline", "default_pipeline", "process", "process_many", "DEFAULT_BUDGET"]

DEFAULT_BUDGET = "default"  # as a time_budget: $RASAD_TIME_BUDGET, else 30 s


@dataclass(frozen=True)
class Stage:
    """A named step ``Document -> Document`` with the fields it reads and writes."""

    name: str
    func: Callable[[Document], Document]
    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


class Pipeline:
    """An ordered, checked sequence of stages."""

    def __init__(self, stages: Sequence[Stage]):
        available = {"text", "id", "published", "url", "title", "site", "source", "meta"}
        for stage in stages:
            missing = [r for r in stage.requires if r not in available]
            if missing:
                raise RasadError(f"pipeline stage {stage.name!r} needs {', '.join(missing)}, "
                                 "which no earlier stage assigns")
            available.update(stage.assigns)
        self.stages = tuple(stages)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.stages]

    def __call__(self, doc: Document, time_budget: float | None | str = DEFAULT_BUDGET) -> Document:
        """Run every stage; a stage that raises becomes a ``ProcessingError`` naming the document, and
        a document that takes longer than ``time_budget`` seconds (None: no limit; by default
        ``$RASAD_TIME_BUDGET`` or 30 s) a ``TimeBudgetError``."""
        seconds = default_budget() if time_budget == DEFAULT_BUDGET else time_budget
        with within(seconds, doc.source or doc.id):  # type: ignore[arg-type]
            for stage in self.stages:
                set_stage(stage.name)
                try:
                    doc = stage.func(doc)
                except RasadError:
                    raise
                except Exception as e:  # a bug in a stage must not end a batch of thousands
                    raise ProcessingError(doc.source or doc.id, stage.name, e) from e
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)


def _normalise_stage(doc: Document) -> Document:
    doc.norm = normalise(doc.text)
    return doc


@cache
def default_pipeline() -> Pipeline:
    """The standard rasad pipeline (built once per process)."""
    from .clutter import clutter_stage
    from .events import events_stage
    from .language import language_stage
    from .mentions import mentions_stage
    from .sentences import sentences_stage

    stages = [
        Stage("normalise", _normalise_stage, ("text",), ("norm",)),
        Stage("clutter", clutter_stage, ("norm",), ("clutter", "paragraphs")),
        Stage("language", language_stage, ("norm", "paragraphs"), ("lang",)),
        Stage("sentences", sentences_stage, ("norm", "paragraphs"), ("sentences",)),
        Stage("mentions", mentions_stage, ("norm", "lang", "clutter"), ("mentions",)),
    ]
    try:
        from .dates import dates_stage
    except ImportError:  # the dates stage is optional until it lands
        dates_stage = None
    if dates_stage is not None:
        stages.append(Stage("dates", dates_stage, ("norm", "lang"), ("dates", "published")))
    stages.append(Stage("events", events_stage, ("mentions", "sentences"), ("events",)))
    return Pipeline(stages)


def process(doc: Document, pipeline: Pipeline | None = None, *,
            time_budget: float | None | str = DEFAULT_BUDGET) -> Document:
    """Run ``doc`` through ``pipeline`` (the default one when None) within ``time_budget`` seconds."""
    return (pipeline or default_pipeline())(doc, time_budget)


def process_many(docs: Iterable[Document], jobs: int | None = None, *, pipeline: Pipeline | None = None,
                 time_budget: float | None | str = DEFAULT_BUDGET) -> Iterator[Document | ProcessingError]:
    """Process ``docs`` on ``jobs`` worker processes (None: every core; 1: in this process).

    Yields, in input order, each processed ``Document`` or the ``ProcessingError`` (also
    ``TimeBudgetError``) it raised, so that a batch can report a document and go on. Each worker
    loads the knowledge base once; a small input is processed here, without starting any."""
    from .parallel import process_many as run

    return run(docs, jobs, pipeline=pipeline, time_budget=time_budget)
