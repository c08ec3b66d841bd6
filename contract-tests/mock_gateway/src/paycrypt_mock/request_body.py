"""Reading a request body off the raw ASGI channel, bounded while it streams in."""

from __future__ import annotations

from typing import Any

from .errors import ApiError

__all__ = ["MAX_BODY", "ClientGone", "read_body"]

MAX_BODY = 1024 * 1024


class ClientGone(Exception):
    """The client disconnected mid-body: close the connection without sending a response."""


async def read_body(receive: Any, headers: dict[bytes, bytes]) -> bytes:
    """The whole request body, refused with 413 once it passes ``MAX_BODY`` (declared or sent)."""
    declared = headers.get(b"content-length")
    if declared is not None and declared.isdigit() and int(declared) > MAX_BODY:
        raise ApiError(
            413,
            "payload_too_large",
            f"Request bodies are limited to {MAX_BODY} bytes.",
            headers={"Connection": "close"},
        )
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone()
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            raise ApiError(
                413,
                "payload_too_large",
                f"Request bodies are limited to {MAX_BODY} bytes.",
                headers={"Connection": "close"},
            )
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)
