"""Security headers on every response, and a refusal of every method but GET and HEAD.

The dashboard loads nothing from elsewhere and runs no inline code, so the Content Security Policy
allows scripts, styles, fonts, images and fetches from this origin only. Trusted Types guard the
HTML sinks (``innerHTML`` and friends): the page's one ``default`` policy (``web/js/tt.js``) lets
through only a few constant fragments Leaflet writes, so data can never be parsed as markup.
"""

from __future__ import annotations

import json
from typing import Any

CSP = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "require-trusted-types-for 'script'",
    "trusted-types default",
])

HEADERS: list[tuple[bytes, bytes]] = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), payment=(), usb=()"),
]

READ_METHODS = {"GET", "HEAD"}


class SecurityMiddleware:
    """ASGI middleware: adds ``HEADERS`` to every HTTP response; answers 405 to writing methods
    (except the requests ``allow_write(path, method)`` lets through: corrections, when on); answers
    HEAD as GET without the body."""

    def __init__(self, app: Any, allow_write: Any = None):
        self.app = app
        self.allow_write = allow_write

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if scope["method"] not in READ_METHODS and not (
                self.allow_write and self.allow_write(scope.get("path", ""), scope["method"])):
            await _refuse(scope, send)
            return

        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], *(h for h in HEADERS if h[0] not in present)]
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app(scope, receive, send_with_headers)


async def _refuse(scope: dict, send: Any) -> None:
    body = json.dumps({"ok": False, "status": 405,
                       "error": f"method {scope['method']} not allowed: this API is read-only"},
                      ensure_ascii=False).encode()
    await send({"type": "http.response.start", "status": 405,
                "headers": [(b"content-type", b"application/json"), (b"allow", b"GET, HEAD"),
                            (b"content-length", str(len(body)).encode()), *HEADERS]})
    await send({"type": "http.response.body", "body": body})
