"""The event store: an embedded SQLite database of documents, their event reports and merged events.

    >>> from rasad.store import open_store, EventFilter
    >>> with open_store() as store:                      # $RASAD_DB, else ~/.local/share/rasad/rasad.db
    ...     store.ingest(docs)                            # process, store, merge (one transaction per batch)
    ...     store.query_events(EventFilter(dyad=("IRN", "RUS"), type="MEET"))

Modules: ``schema`` (tables, migrations), ``write`` (documents, reports, re-merging), ``merge`` (which
reports are one happening), ``ingest`` (batches), ``query`` (filters, events, graph, time series),
``search`` (full text), ``export`` (JSONL, CSV, Parquet, dyadic table), ``store`` (the ``Store`` class).
"""

from __future__ import annotations

from .ingest import IngestReport
from .merge import WINDOW_DAYS
from .query import ORDERS, EventFilter
from .schema import SCHEMA_VERSION
from .store import Store, default_path, open_store
from .write import outlet_of

__all__ = ["open_store", "Store", "EventFilter", "IngestReport", "default_path", "outlet_of",
           "ORDERS", "SCHEMA_VERSION", "WINDOW_DAYS"]
