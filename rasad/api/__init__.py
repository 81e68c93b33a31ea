"""rasad's REST API and web dashboard (``rasad serve``).

    >>> from rasad.api import create_app
    >>> app = create_app("rasad.db")       # an ASGI app: uvicorn.run(app)

Read-only: every endpoint is a GET over the store opened read-only. The OpenAPI schema is at
``/api/openapi.json``; the dashboard is at ``/``.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
