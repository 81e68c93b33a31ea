"""The ASGI application: the REST API under ``/api``, the dashboard at ``/``, static files at ``/static``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from starlette.middleware.gzip import GZipMiddleware
from starlette.staticfiles import StaticFiles

from .. import __version__
from . import corrections, errors, views
from .cache import AnswerCache
from .routes import IdPath, router
from .security import SecurityMiddleware
from .sources import router as sources_router
from .stores import StorePool

# The routers of the API, in order; a new family of endpoints adds its router here.
ROUTERS = [router, views.router, corrections.router, sources_router]  # sources: live intake

DESCRIPTION = """Access to rasad's merged events on defense diplomacy: filters (countries and persons by any
known name in English, Persian or Arabic), one event with its sources and evidence sentences, documents,
full-text search, statistics, a country network, a monthly time series, pair and person views, and
exports of every matching row (`/api/export`, `/api/events.csv`). Read-only unless the server was started
with `--corrections`: then analysts holding its token may correct events. Errors are
`{"ok": false, "error": message, "status": code}`."""


def web_dir() -> Path:
    return Path(str(resources.files("rasad").joinpath("web")))


def create_app(db_path: str | Path, *, cache_size: int = 256, corrections_token: str | None = None) -> FastAPI:
    """The app serving ``db_path`` read-only. Raises ``StoreError`` when the database cannot be opened.

    ``cache_size`` aggregate answers (graph, time series, map, counts, stats) are kept until the
    database changes; 0 computes every answer afresh. With ``corrections_token``, analysts holding
    the token may correct events (``rasad.api.corrections``); without it nothing is ever written."""
    stores = StorePool(db_path)
    stores.check()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        stores.close_all()
        if app.state.writer is not None:
            app.state.writer.close()

    app = FastAPI(title="rasad", version=__version__, description=DESCRIPTION, lifespan=lifespan,
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.stores = stores
    app.state.cache = AnswerCache(db_path, cache_size)
    app.state.writer = corrections.Writer(str(db_path), corrections_token) if corrections_token else None
    errors.install(app)
    for r in ROUTERS:
        app.include_router(r)
    _add_pages(app)
    app.add_middleware(GZipMiddleware, minimum_size=1024)
    app.add_middleware(SecurityMiddleware, allow_write=corrections.write_paths if corrections_token else None)
    return app


def _add_pages(app: FastAPI) -> None:
    web = web_dir()
    index = web / "index.html"
    no_cache = {"Cache-Control": "no-cache"}

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(index, headers=no_cache)

    def page(page_id: IdPath) -> FileResponse:  # the dashboard's own pages: the app routes them
        return FileResponse(index, headers=no_cache)

    for path in ("/event/{page_id}", "/document/{page_id:path}", "/pair/{page_id}", "/person/{page_id}"):
        app.add_api_route(path, page, methods=["GET"], include_in_schema=False)

    @app.get("/search", include_in_schema=False)
    def search_page() -> FileResponse:
        return FileResponse(index, headers=no_cache)

    app.mount("/static", StaticFiles(directory=web), name="static")
