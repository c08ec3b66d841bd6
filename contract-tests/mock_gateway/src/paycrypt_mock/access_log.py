"""``--access-log FILE``: one JSON line per HTTP request, for ``paycrypt logs summarize``.

Each line has ``time`` (RFC 3339, UTC, ms), ``method``, ``route`` (the spec's path template,
``/v1/payments/{payment_id}``, so ids never become separate operations), ``status``, ``latency_ms``,
``request_id``, ``client`` (the client id the presented API key belongs to, or null) and ``code``
(the problem's stable ``code`` on an error, else null). Never a body, a query string, a secret or a
signature: the log is meant to be shared with support.

The gateway is wrapped rather than edited: the line is written when the response's last body
chunk goes out (or the connection is dropped), so every exit path of the pipeline is covered.
"""

from __future__ import annotations

import json
import time
from datetime import datetime, timezone
from typing import Any, TextIO

__all__ = ["AccessLog"]

_KEY_HEADER = b"paycrypt-key"
_MAX_ERROR_BODY = 64 * 1024  # problem documents are small; never buffer more than this


def _rfc3339_ms(unix: float) -> str:
    return datetime.fromtimestamp(unix, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


class AccessLog:
    """Appends JSON lines to ``path`` (line-buffered, so ``tail -f`` and a crash lose nothing)."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._file: TextIO = open(path, "a", encoding="utf-8", buffering=1)  # noqa: SIM115 — closed by close()

    def close(self) -> None:
        self._file.close()

    def route(self, gateway: Any, method: str, path: str) -> str | None:
        if path == "/dashboard" or path.startswith("/dashboard/"):
            return "/dashboard"
        operation, _, _ = gateway.spec.match(method, path)
        return operation.template if operation is not None else None

    async def serve(self, gateway: Any, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """Run ``gateway.handle`` and log the exchange."""
        started = time.time()
        clock = time.monotonic()
        seen: dict[str, Any] = {
            "status": None,
            "request_id": None,
            "problem": False,
            "body": b"",
            "done": False,
        }

        async def recording_send(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                seen["status"] = message["status"]
                for name, value in message.get("headers", []):
                    if name == b"paycrypt-request-id":
                        seen["request_id"] = value.decode("latin-1")
                    elif name == b"content-type":
                        seen["problem"] = value.startswith(b"application/problem+json")
            elif (
                message["type"] == "http.response.body"
                and seen["problem"]
                and len(seen["body"]) < _MAX_ERROR_BODY
            ):
                seen["body"] += message.get("body", b"")
            await send(message)

        try:
            await gateway.handle(scope, receive, recording_send)
        finally:
            self._write(gateway, scope, seen, started, clock)

    def _write(
        self,
        gateway: Any,
        scope: dict[str, Any],
        seen: dict[str, Any],
        started: float,
        clock: float,
    ) -> None:
        method, path = scope["method"], scope["path"]
        client = None
        for name, value in scope.get("headers", []):
            if name.lower() == _KEY_HEADER:
                found = gateway.lookup_client(value.decode("latin-1"))
                client = found.get("id") if found else None
                break
        code = None
        if seen["problem"] and seen["body"]:
            try:
                code = json.loads(seen["body"]).get("code")
            except (ValueError, AttributeError):
                code = None
        line = {
            "time": _rfc3339_ms(started),
            "method": method,
            "route": self.route(gateway, method, path),
            "status": seen["status"],  # null: the connection was dropped before a response
            "latency_ms": round((time.monotonic() - clock) * 1000, 3),
            "request_id": seen["request_id"],
            "client": client,
            "code": code,
        }
        self._file.write(json.dumps(line, separators=(",", ":")) + "\n")
