"""The API reference at ``/docs``: one static HTML page, built from openapi.yaml by ``make docs``.

``index.html`` beside this file is generated (contract-tests/docs/build_docs.py, Redoc with
everything inlined) and committed, so ``make mock`` and ``pip install paycrypt-mock`` serve it
without Node. It is read once, on the first request, and gzipped once for clients that accept it.

Like the dashboard, a local tool and not part of the signed API: ``app.py`` hands ``/docs`` here
before authentication. The Content-Security-Policy lets the page load nothing from anywhere but
this origin (Redoc's inline script and styles, its blob: workers and data: images aside).
"""

from __future__ import annotations

import gzip
from pathlib import Path
from typing import Any

from ..errors import problem_bytes

__all__ = ["ApiReference", "PAGE", "CSP"]

PAGE = Path(__file__).resolve().parent / "index.html"
CSP = (
    "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)


class ApiReference:
    """One per gateway process; ``await reference.handle(scope, receive, send)``."""

    def __init__(self) -> None:
        self._plain: bytes | None = None
        self._gzipped: bytes | None = None

    def _page(self, gzipped: bool) -> bytes:
        if self._plain is None:
            self._plain = PAGE.read_bytes()
            self._gzipped = gzip.compress(self._plain, compresslevel=6, mtime=0)
        return self._gzipped if gzipped and self._gzipped is not None else self._plain

    async def handle(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        method = scope["method"]
        headers = {k.lower(): v for k, v in scope["headers"]}
        status, extra = (
            200,
            [
                (b"content-security-policy", CSP.encode()),
                (b"x-frame-options", b"DENY"),
                (b"referrer-policy", b"no-referrer"),
                (b"x-content-type-options", b"nosniff"),
                (b"cache-control", b"no-cache"),
                (b"vary", b"accept-encoding"),
            ],
        )
        if method not in ("GET", "HEAD"):
            status, content_type = 405, b"application/problem+json"
            body = problem_bytes(405, "method_not_allowed", f"{method} is not allowed on /docs.")
            extra = [(b"allow", b"GET, HEAD")]
        elif not PAGE.is_file():
            status, content_type = 404, b"application/problem+json"
            body = problem_bytes(
                404, "not_found", "The API reference is not built: run `make docs`."
            )
        else:
            gzipped = b"gzip" in headers.get(b"accept-encoding", b"")
            content_type = b"text/html; charset=utf-8"
            body = self._page(gzipped)
            if gzipped:
                extra.append((b"content-encoding", b"gzip"))
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", content_type),
                    (b"content-length", str(len(body)).encode()),
                    *extra,
                ],
            }
        )
        await send({"type": "http.response.body", "body": b"" if method == "HEAD" else body})
