"""The one exception tree of rasad.

    RasadError            base of everything rasad raises on purpose
    ├── InputError        a document could not be read (binary, undecodable, malformed JSONL, ...)
    ├── ProcessingError   a pipeline stage failed on one document (a bug: reported, the batch goes on)
    │   └── TimeBudgetError   a document took longer than the per-document time budget
    ├── DataError         a knowledge-base or lexicon file is invalid (names file, key and fix)
    └── StoreError        the event database cannot be opened, migrated or written

The library never prints or exits; the CLI turns these into one-line messages.
"""

from __future__ import annotations


class RasadError(Exception):
    """Base class of all errors rasad raises on purpose."""


class InputError(RasadError):
    """A document (file, line, record) could not be read.

    ``source`` names the input (path, path:line, or URL) so that a batch can report it and go on.
    """

    def __init__(self, source: str, message: str):
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}")


class ProcessingError(RasadError):
    """A pipeline stage raised on a document; carries the document's source and the stage name."""

    def __init__(self, source: str, stage: str, error: BaseException):
        self.source, self.stage, self.error = source, stage, error
        super().__init__(f"{source}: stage {stage!r} failed: {type(error).__name__}: {error}")


class TimeBudgetError(ProcessingError):
    """A document took longer than the per-document time budget: skipped, the batch goes on."""

    def __init__(self, source: str, stage: str, budget: float):
        self.source, self.stage, self.budget = source, stage, budget
        self.error = TimeoutError(f"longer than {budget:g} s")
        RasadError.__init__(self, f"{source}: took longer than the time budget of {budget:g} s "
                                  f"(in stage {stage!r}); skipped (raise it with --time-budget or RASAD_TIME_BUDGET)")

    def __reduce__(self):
        return (TimeBudgetError, (self.source, self.stage, self.budget))


class DataError(RasadError):
    """A data file (knowledge base, lexicon) is invalid."""


class StoreError(RasadError):
    """The event store cannot be opened, migrated or written."""
