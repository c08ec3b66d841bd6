"""A deadline on reading each request: headers and body must arrive within ``request_timeout`` s.

uvicorn's own ``timeout_keep_alive`` only covers the idle gap *between*
requests; a client that opens a connection and sends nothing, or trickles its
headers or body a byte at a time, would hold the connection (and, for a body,
a request task) for ever. This is uvicorn's h11 protocol with one timer added:

- armed when the connection opens and when the first byte of a request arrives;
- cancelled once the whole request (headers and body) has been received;
- on expiry, if no response has started, a ``408 request_timeout``
  problem+json is written, and the connection is closed either way. An
  application still waiting for the body sees ``http.disconnect``.

Served with ``uvicorn.Config(http=functools.partial(ReadDeadlineProtocol,
request_timeout=30.0))``.
"""

from __future__ import annotations

import asyncio
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .errors import problem_bytes
from .store import new_id

__all__ = ["ReadDeadlineProtocol", "DEFAULT_REQUEST_TIMEOUT"]

DEFAULT_REQUEST_TIMEOUT = 30.0

_WAITING = (h11.IDLE, h11.SEND_BODY)  # their_state while a request is still arriving


class ReadDeadlineProtocol(H11Protocol):
    def __init__(
        self, *args: Any, request_timeout: float = DEFAULT_REQUEST_TIMEOUT, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.request_timeout = request_timeout
        self._deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        if self._deadline is None and self.conn.their_state is h11.IDLE:
            self._arm()  # the first byte of the next request on a kept-alive connection
        super().data_received(data)
        self._check()

    def on_response_complete(self) -> None:
        super().on_response_complete()  # may start the next cycle and parse a pipelined request
        if (
            self.conn.their_state is h11.IDLE
            and self.conn.trailing_data[0]
            and self._deadline is None
        ):
            self._arm()  # that pipelined request is only partly here
        self._check()

    def _check(self) -> None:
        """Disarm once the whole request is in (idle kept-alive connections are uvicorn's keep-alive timer's)."""
        if self.conn.their_state not in _WAITING:
            self._disarm()

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(self.request_timeout, self._expired)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expired(self) -> None:
        self._deadline = None
        if self.transport is None or self.transport.is_closing():
            return
        if self.conn.our_state in (
            h11.IDLE,
            h11.SEND_RESPONSE,
        ):  # nothing answered this request yet
            self.transport.write(self._timeout_response())
        if self.cycle is not None:
            self.cycle.keep_alive = False
        self.transport.close()

    def _timeout_response(self) -> bytes:
        request_id = new_id("req")
        body = problem_bytes(
            408,
            "request_timeout",
            f"The request's headers and body must arrive within {self.request_timeout:g} s; "
            "the connection is closed.",
            request_id=request_id,
        )
        head = (
            b"HTTP/1.1 408 Request Timeout\r\nContent-Type: application/problem+json\r\n"
            b"Connection: close\r\nPayCrypt-Request-Id: " + request_id.encode() + b"\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n"
        )
        return head + body
