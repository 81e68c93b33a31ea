"""The cyclic garbage collector, paused around work that builds many objects and frees none.

Unpickling a cached knowledge base or partitioning and merging a batch's reports creates hundreds of
thousands of objects that all stay alive; with the collector on, each new generation makes it walk them
again (a third of the batch merge's time).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["collector_paused"]


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off within the block (left as it was found after)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
