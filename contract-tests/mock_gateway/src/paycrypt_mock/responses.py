"""Answers on the raw ASGI channel: problem+json bodies, the response itself, a replayed
idempotent response, the 421 for a foreign Host, the problem for an injected fault, and the
deliberate drop of a connection (``drop_after_commit``).

Kept apart from :mod:`.app` so the request pipeline there reads as decisions, not bytes.
"""

from __future__ import annotations

from typing import Any

from .errors import ApiError, problem_bytes
from .faults import Fault
from .idempotency import Stored
from .store import new_id

__all__ = [
    "JSON",
    "PROBLEM",
    "drop",
    "fault_error",
    "refuse_host",
    "send",
    "send_problem",
    "send_stored",
]

JSON = "application/json"
PROBLEM = "application/problem+json"


async def send(
    send: Any, status: int, headers: dict[str, str], body: bytes, request_id: str
) -> None:
    headers.setdefault("PayCrypt-Request-Id", request_id)
    raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    raw.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


async def send_problem(
    channel: Any,
    status: int,
    code: str,
    detail: str,
    request_id: str,
    headers: dict[str, str] | None = None,
) -> None:
    """A problem+json answer built here (not from an :class:`ApiError`), e.g. a 500."""
    await send(
        channel,
        status,
        {"Content-Type": PROBLEM, **(headers or {})},
        problem_bytes(status, code, detail, request_id=request_id),
        request_id,
    )


async def send_stored(channel: Any, stored: Stored) -> None:
    headers = dict(stored.headers)
    headers["Idempotent-Replayed"] = "true"
    await send(channel, stored.status, headers, stored.body, headers.get("PayCrypt-Request-Id", ""))


async def refuse_host(channel: Any) -> None:
    """421 before anything else runs (DNS rebinding: see hosts.py); the body is left unread."""
    await send_problem(
        channel,
        421,
        "host_not_allowed",
        "This sandbox answers only Host names of its own (127.0.0.1, localhost, [::1], the address it "
        "is bound to, and --allowed-host names). Nothing was done.",
        new_id("req"),
        {"Connection": "close"},
    )


def fault_error(fault: Fault) -> ApiError:
    """The problem an injected fault answers with before anything is committed."""
    if fault.mode == "429":
        return ApiError(
            429,
            "rate_limited",
            "Injected fault 429: slow down and retry after 1 s.",
            headers={"Retry-After": "1"},
        )
    if fault.mode == "503":
        return ApiError(
            503,
            "service_unavailable",
            "Injected fault 503: retry after 1 s.",
            headers={"Retry-After": "1"},
        )
    return ApiError(500, "internal_error", "Injected fault 500_before_commit: nothing was stored.")


async def drop(send: Any, receive: Any) -> None:
    """Close the TCP connection without a response (uvicorn: abort the cycle's transport)."""
    cycle = getattr(send, "__self__", None)
    transport = getattr(cycle, "transport", None)
    if cycle is not None and transport is not None:
        transport.abort()
        if hasattr(cycle, "disconnected"):
            cycle.disconnected = True  # so uvicorn does not try to send its own 500
        return
    # Another server: start a response we never finish; the client sees a broken message.
    await send(
        {
            "type": "http.response.start",
            "status": 200,
            "headers": [(b"content-length", b"100000")],
        }
    )
    raise RuntimeError("drop_after_commit: connection abandoned on purpose")
