"""One webhook attempt: resolve and check the host, POST to the checked address, read an excerpt.

Everything one delivery try does on the network, within one total deadline; scheduling,
retries and the outbox are :mod:`.webhooks`.
"""

from __future__ import annotations

import asyncio
import codecs
import ipaddress
import socket
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from typing import Any

import httpx

from .webhook_addresses import IPAddress, address_refusal, host_literal

__all__ = [
    "RESPONSE_EXCERPT_CHARS",
    "RESPONSE_EXCERPT_MAX_BYTES",
    "Refused",
    "Resolver",
    "pin",
    "post",
    "read_excerpt",
    "threaded_resolver",
]


RESPONSE_EXCERPT_CHARS = 500
# A UTF-8 character is at most 4 bytes, so this many bytes always decode to at least
# RESPONSE_EXCERPT_CHARS characters: reading stops there whatever the receiver sends.
RESPONSE_EXCERPT_MAX_BYTES = 4 * RESPONSE_EXCERPT_CHARS


async def read_excerpt(response: httpx.Response, deadline: float | None = None) -> str:
    """The first 500 characters of a streamed response body, decoded as UTF-8 with replacement.

    Reads at most ``RESPONSE_EXCERPT_MAX_BYTES`` (plus one network chunk) and leaves the rest
    unread: closing the stream then drops the connection instead of draining the body. A
    connection error part-way, or the event loop's clock passing ``deadline``, keeps what
    arrived. Raw bytes: the request asks for ``identity``.
    """
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    text = ""
    received = 0
    complete = False
    try:
        async with asyncio.timeout_at(deadline):
            async for chunk in response.aiter_raw():
                room = RESPONSE_EXCERPT_MAX_BYTES - received
                received += len(chunk)
                text += decoder.decode(chunk[:room])
                if len(text) >= RESPONSE_EXCERPT_CHARS or received >= RESPONSE_EXCERPT_MAX_BYTES:
                    break
            else:
                complete = True
    except (httpx.HTTPError, TimeoutError):
        pass
    if complete:
        text += decoder.decode(b"", final=True)  # a body cut mid-character ends in U+FFFD
    return text[:RESPONSE_EXCERPT_CHARS]


Resolver = Callable[[str, int], Awaitable[list[IPAddress]]]


def threaded_resolver(executor: Executor) -> Resolver:
    """A resolver giving every address ``getaddrinfo`` gives for a host (what a plain connect
    would try), its blocking lookups run in ``executor``.

    Not ``loop.getaddrinfo``: that runs in asyncio's default thread pool, which other work (the
    SMTP sender's ``asyncio.to_thread``) needs too, and hanging DNS for enough endpoints would
    hold every thread of it."""

    async def resolve(host: str, port: int) -> list[IPAddress]:
        loop = asyncio.get_running_loop()
        infos = await loop.run_in_executor(
            executor, lambda: socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        )
        return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]

    return resolve


class Refused(Exception):
    """The endpoint's host is, or resolves to, an address webhooks may not be sent to."""


async def post(
    client: httpx.AsyncClient,
    url: str,
    payload: bytes,
    headers: dict[str, str],
    *,
    deadline: float,
    static: dict[str, IPAddress],
    resolver: Resolver,
) -> tuple[int | None, str | None, str | None]:
    """One attempt within ``deadline`` seconds: ``(status_code, response_body, error)``."""
    loop = asyncio.get_running_loop()
    until = loop.time() + deadline
    status_code: int | None = None
    try:
        async with asyncio.timeout_at(until) as budget:
            targets, extensions = await pin(httpx.URL(url), headers, static, resolver)
            for last, target in enumerate(targets, 1 - len(targets)):
                try:
                    async with client.stream(
                        "POST", target, content=payload, headers=headers, extensions=extensions
                    ) as response:
                        status_code = response.status_code
                        budget.reschedule(None)  # the excerpt keeps what arrived by the deadline
                        response_body = await read_excerpt(response, until)
                    break
                except httpx.ConnectError:
                    # `localhost` may resolve to ::1 first while the receiver listens on
                    # 127.0.0.1: try the next checked address, as a browser would.
                    if last == 0:
                        raise
    except Refused as exc:
        return None, None, str(exc)
    except (
        httpx.InvalidURL,
        ValueError,
    ) as exc:  # a URL or host name no request can be made to
        return None, None, f"cannot send to this URL: {exc}"[:500]
    except TimeoutError:
        return None, None, f"no answer within the {deadline:g} s delivery deadline"
    except httpx.HTTPError as exc:
        if status_code is None:
            return None, None, f"{type(exc).__name__}: {exc}"[:500] or type(exc).__name__
        response_body = ""
    assert status_code is not None  # every address refused → the last ConnectError above
    error = None if 200 <= status_code < 300 else f"endpoint answered HTTP {status_code}"
    return status_code, response_body, error


async def pin(
    url: httpx.URL, headers: dict[str, str], static: dict[str, IPAddress], resolver: Resolver
) -> tuple[list[httpx.URL], dict[str, Any]]:
    """Resolve the host, refuse forbidden addresses, and aim the request at the checked ones
    (in the resolver's order; the caller tries the next when one refuses the connection).

    Connecting to the address that was checked (not to the name again) leaves no window for
    DNS to answer differently in between; ``Host`` and TLS SNI still carry the name."""
    host = url.host
    port = url.port or (443 if url.scheme == "https" else 80)
    literal = host_literal(host)
    if literal is not None:
        addresses = [literal]
    elif host.lower().rstrip(".") in static:
        addresses = [static[host.lower().rstrip(".")]]
    else:
        try:
            addresses = await resolver(host, port)
        except (OSError, UnicodeError) as exc:  # UnicodeError: a label the IDNA codec refuses
            raise httpx.ConnectError(f"cannot resolve {host}: {exc}") from None
    for ip in addresses:
        reason = address_refusal(ip)
        if reason is not None:
            shown = f"{host} is" if literal is not None else f"{host} resolves to {ip}, which is"
            raise Refused(f"refused: {shown} {reason}; webhooks are never sent to such addresses")
    if not addresses:
        raise httpx.ConnectError(f"cannot resolve {host}: no address")
    headers["Host"] = url.netloc.decode("ascii")
    extensions: dict[str, Any] = (
        {"sni_hostname": host} if url.scheme == "https" and literal is None else {}
    )
    return [url.copy_with(host=str(ip)) for ip in addresses], extensions
