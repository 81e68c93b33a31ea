"""Loading a batch's output into the SQLite store (``rasad ingest --from-parquet DIR``), for the
dashboard and the other commands.

The documents and reports of the shards are stored as ``rasad ingest`` stores them — same content
hashes, so a later ``rasad ingest`` of the same files finds them unchanged — without running the
pipeline again; the store merges them with the same function the batch merge used
(``rasad.store.merge.merge_reports``), so it holds the same events with the same ids as
``DIR/events``, whatever the database held before.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Iterator
from typing import Any

from ..document import Document
from ..errors import InputError
from ..store import IngestReport, Store
from .records import row_document

__all__ = ["shard_paths", "load_batch", "iter_rows"]

_BATCH_ROWS = 1000


def shard_paths(directory: str) -> list[str]:
    """The shard files of a batch's output folder, in input order (from its manifest when there is one)."""
    from fsspec.core import url_to_fs

    fs, root = url_to_fs(directory)
    root = root.rstrip("/")
    if fs.exists(f"{root}/manifest.json"):
        with fs.open(f"{root}/manifest.json", "r") as f:
            return [s["path"] for s in json.load(f)["shards"]]
    folder = f"{root}/shards" if fs.isdir(f"{root}/shards") else root
    paths = sorted(p for p in fs.glob(f"{folder}/*.parquet"))
    if not paths:
        raise InputError(directory, "no shard files (*.parquet) here; run `rasad batch ... --out DIR` first")
    return [fs.unstrip_protocol(p) for p in paths]


def iter_rows(path: str, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """The rows of one shard file, a row group at a time."""
    import pyarrow.parquet as pq
    from fsspec.core import url_to_fs

    fs, p = url_to_fs(path)
    with fs.open(p, "rb") as f:
        for batch in pq.ParquetFile(f).iter_batches(batch_size=_BATCH_ROWS, columns=columns):
            yield from batch.to_pylist()


def load_batch(store: Store, directory: str, *, batch_size: int = 500) -> tuple[IngestReport, int]:
    """Store every document of the batch in ``directory``; returns the ingest report and the number of
    rows that were errors at batch time (already reported then)."""
    processed: OrderedDict[int, tuple[Document, Document]] = OrderedDict()  # id(stub) → (stub, processed)
    errors = 0

    def documents() -> Iterator[Document]:
        nonlocal errors
        for path in shard_paths(directory):
            for row in iter_rows(path):
                if row["error"] is not None or row["doc_id"] is None:
                    errors += 1
                    continue
                doc = row_document(row)
                stub = Document(id=doc.id, text=doc.text, published=row["read_published"], url=doc.url,
                                title=doc.title, site=doc.site, source=doc.source)
                processed[id(stub)] = (stub, doc)  # the stub kept alive: its id stays its own
                while len(processed) > 2 * batch_size + 1:  # stubs of finished batches (stored unchanged)
                    processed.popitem(last=False)
                yield stub

    def restore(stub: Document) -> Document:  # the pipeline's work, read back instead of done again
        return processed.pop(id(stub))[1]

    report = store.ingest(documents(), pipeline=restore, batch_size=batch_size)
    return report, errors
