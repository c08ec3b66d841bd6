"""``--dry-run`` for operations the API has no dry run for: build the real request, send nothing.

The command's own SDK call runs on a client whose transport stops at the wire, so what is shown is
the request the SDK built for the real call (path and query percent-encoded, body serialised to the
bytes that would be signed) — one code path, nothing re-assembled by hand that could drift from it.
Credentials are never shown: the signing headers are simply left out.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import httpx

from ._output import write_json

if TYPE_CHECKING:
    from paycrypt import PayCrypt

    from ._main import Context

__all__ = ["capture", "show_request"]


class _Stopped(Exception):
    """Raised by the transport with the request it was handed; no HTTP error, so never retried."""

    def __init__(self, request: httpx.Request) -> None:
        super().__init__("dry run: request stopped before sending")
        self.request = request


class _StopTransport(httpx.BaseTransport):
    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        raise _Stopped(request)


def capture(ctx: Context, call: Callable[[PayCrypt], object]) -> httpx.Request:
    """The first request ``call(client)`` makes, as it would go on the wire; nothing is sent."""
    from paycrypt import PayCrypt

    a = ctx.args
    # Placeholders when no credentials are set: they only feed the signature, which is not shown.
    key = getattr(a, "api_key", None) or os.environ.get("PAYCRYPT_API_KEY") or "pk_dry_run"
    secret = getattr(a, "api_secret", None) or os.environ.get("PAYCRYPT_API_SECRET") or "sk_dry_run"
    with (
        httpx.Client(transport=_StopTransport()) as http,
        PayCrypt(
            api_key=key,
            api_secret=secret,
            base_url=getattr(a, "base_url", None),
            max_retries=0,
            http_client=http,
        ) as client,
    ):
        try:
            call(client)
        except _Stopped as stopped:
            return stopped.request
    raise RuntimeError("dry run: the command made no request")  # pragma: no cover - a CLI bug


def show_request(ctx: Context, request: httpx.Request, *, then: Sequence[str] = ()) -> int:
    """Print ``request`` (method, path and query as sent, the exact body); ``then`` names the
    requests that would follow, which need the answer to this one."""
    target = request.url.raw_path.decode("ascii")
    body = request.content
    if ctx.fmt == "json":
        shown: dict[str, Any] = {
            "dry_run": True,
            "request": {
                "method": request.method,
                "path": target,
                "body": json.loads(body) if body else None,
            },
        }
        if then:
            shown["then"] = list(then)
        write_json(ctx.out, shown)
        return 0
    ctx.print(f"dry run: would send {request.method} {target}")
    if body:
        ctx.print(body.decode("utf-8"))  # the exact bytes the request would carry
    if then:
        ctx.print("then, with what the gateway answers:")
        for step in then:
            ctx.print(f"  {step}")
    ctx.print("dry run: nothing sent, nothing changed")
    return 0
