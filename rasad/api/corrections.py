"""Corrections over HTTP, only when the server was started with them on and a token.

Reading is always allowed (``GET /api/corrections``, and each event lists its own). Writing —
``POST /api/events/{id}/corrections`` and ``POST /api/corrections/{id}/undo`` — needs the server to
have been started with ``rasad serve --corrections`` (which prints or takes a token) and the request
to carry ``Authorization: Bearer TOKEN``. A server started without it stays read-only: those paths
answer 405 like every other write.
"""

from __future__ import annotations

import hmac
import threading
from typing import Any, Literal

from fastapi import APIRouter, Header, HTTPException, Request
from pydantic import BaseModel, Field

from ..store import open_store
from .routes import IdPath, Store

router = APIRouter(prefix="/api")


class CorrectionIn(BaseModel):
    """One correction: ``action`` wrong | right | set | split | merge; ``set`` takes ``field`` and ``value``."""

    action: Literal["wrong", "right", "set", "split", "merge"]
    field: str | None = Field(default=None, max_length=40)
    value: Any = None
    note: str | None = Field(default=None, max_length=2000)
    author: str | None = Field(default=None, max_length=200)


class Writer:
    """The one read-write store of a server with corrections on, opened on first use."""

    def __init__(self, path: str, token: str):
        self.path, self.token = path, token
        self._store = None
        self._lock = threading.Lock()

    def store(self) -> Any:
        with self._lock:
            if self._store is None:
                self._store = open_store(self.path)
            return self._store

    def close(self) -> None:
        with self._lock:
            if self._store is not None:
                self._store.close()
                self._store = None


def write_paths(path: str, method: str) -> bool:
    """The requests the security middleware lets through to these routes when corrections are on."""
    return method == "POST" and path.startswith("/api/") and (
        path.endswith("/corrections") or (path.startswith("/api/corrections/") and path.endswith("/undo")))


def _writer(request: Request, authorization: str | None) -> Writer:
    writer: Writer | None = getattr(request.app.state, "writer", None)
    if writer is None:
        raise HTTPException(405, "this server is read-only: start it with `rasad serve --corrections`")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), writer.token.encode()):
        raise HTTPException(401, "corrections need the server's token: Authorization: Bearer TOKEN",
                            headers={"WWW-Authenticate": "Bearer"})
    return writer


@router.get("/config", summary="What this server allows (corrections on or off)")
def config(request: Request) -> dict[str, Any]:
    return {"ok": True, "corrections": getattr(request.app.state, "writer", None) is not None}


@router.get("/corrections", summary="Every active correction, as a file another analyst can apply")
def list_corrections(s: Store) -> dict[str, Any]:
    return {"ok": True, "corrections": s.export_corrections()}


@router.post("/events/{event_id}/corrections", status_code=201,
             summary="Correct an event (needs corrections on and the token)")
def add_correction(request: Request, event_id: IdPath, body: CorrectionIn,
                   authorization: str | None = Header(default=None)) -> dict[str, Any]:
    store = _writer(request, authorization).store()
    c = store.correct(event_id, body.action, body.field, body.value, note=body.note, author=body.author)
    event = store.get_event(store.resolve_event_id(event_id) or event_id)
    return {"ok": True, "correction": c.to_dict(), "event": event}


@router.post("/corrections/{correction_id}/undo", summary="Withdraw a correction (needs the token)")
def undo_correction(request: Request, correction_id: int,
                    authorization: str | None = Header(default=None)) -> dict[str, Any]:
    store = _writer(request, authorization).store()
    return {"ok": True, "correction": store.undo_correction(correction_id).to_dict()}
