"""Export files over HTTP: every matching row, as an attachment named after the table."""

from __future__ import annotations

import io
from typing import Any

from fastapi.responses import Response

from ..store import EventFilter

MEDIA = {"csv": "text/csv; charset=utf-8", "jsonl": "application/x-ndjson; charset=utf-8",
         "parquet": "application/vnd.apache.parquet"}


def download(store: Any, f: EventFilter, fmt: str, table: str, *, order: str = "date_asc",
             bom: bool = False) -> Response:
    """The whole export of ``table`` for ``f`` (no page cap) as a file download."""
    if fmt == "parquet":
        buf = io.BytesIO()
        store.export(buf, fmt, table=table, f=f, order=order)
        body = buf.getvalue()
    else:
        text = io.StringIO()
        store.export(text, fmt, table=table, f=f, order=order, bom=bom)
        body = text.getvalue().encode("utf-8")
    name = f"rasad-{table}.{fmt}"
    return Response(body, media_type=MEDIA[fmt],
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})
