"""The event store: an embedded SQLite database of documents, their event reports and merged events.

    >>> from rasad.store import open_store, EventFilter
    >>> with open_store() as store:                      # $RASAD_DB, else ~/.local/share/rasad/rasad.db
    ...     store.ingest(docs)                            # process, store, merge (one transaction per batch)
    ...     store.query_events(EventFilter(dyad=("IRN", "RUS"), type="MEET"))

    >>> store.events(country="Iran", person="شویگو", date_from="2024").to_pandas()   # names in fa/ar/en

Modules: ``schema`` (tables, migrations), ``write`` (documents, reports, re-merging), ``merge`` (which
reports are one happening), ``ingest`` (batches), ``query`` (events, graph, time series), ``filters``
(what users type → ``EventFilter``, shared by the CLI and the API), ``search`` (full text), ``export``
and ``columns`` (JSONL, CSV, Parquet, dyadic table; the data dictionary), ``codes`` (COW and
Gleditsch–Ward codes), ``labels`` (names and coordinates), ``corrections`` and ``overlay`` (analysts' corrections),
``store`` (the ``Store`` class).
"""

from __future__ import annotations

from .ingest import IngestReport
from .merge import WINDOW_DAYS
from .query import ORDERS, EventFilter
from .schema import SCHEMA_VERSION
from .store import EventTable, Store, default_path, open_store
from .write import outlet_of

__all__ = ["open_store", "Store", "EventFilter", "EventTable", "IngestReport", "default_path", "outlet_of",
           "ORDERS", "SCHEMA_VERSION", "WINDOW_DAYS"]
