"""Connection-pool defaults, and the aiohttp transport of :class:`~paycrypt.AsyncPayCrypt`.

httpx 0.28's async pool (httpcore + anyio) loses most of its throughput under
concurrency (encode/httpx#3215). With ``pip install 'paycrypt[aiohttp]'``, ``AsyncPayCrypt()``
sends through aiohttp by default (``transport="auto"``; or ``transport="aiohttp"``, or
``http_client=DefaultAioHttpClient()``), behind the same :class:`httpx.AsyncClient` API: requests
are still built, signed (:class:`~paycrypt._auth.PayCryptAuth`, on the exact body bytes,
before each attempt) and retried by the SDK; only the bytes on the wire go through aiohttp.

The URL is handed to aiohttp already encoded (``yarl.URL(..., encoded=True)``): yarl
would otherwise re-quote it (``%40`` → ``@``, ``%2A`` → ``*``), and the path that was
signed would no longer be the path sent.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import httpx

if TYPE_CHECKING:
    import aiohttp

__all__ = [
    "DEFAULT_CONNECTION_LIMITS",
    "AiohttpTransport",
    "DefaultAioHttpClient",
    "ShardedAsyncTransport",
]

DEFAULT_CONNECTION_LIMITS = httpx.Limits(
    max_connections=1000, max_keepalive_connections=100, keepalive_expiry=5.0
)
"""Pool limits of the clients the SDK makes (httpx's own default keeps only 20 idle
connections, so past 20 concurrent calls every response closes a connection and the
next call opens a new one)."""

_MISSING_EXTRA = "the aiohttp transport needs aiohttp: pip install 'paycrypt[aiohttp]'"


def require_aiohttp() -> None:
    """Raise the ImportError that names the extra to install, unless aiohttp can be found."""
    import importlib.util

    try:
        found = importlib.util.find_spec("aiohttp") is not None
    except ImportError:  # a broken or blocked install
        found = False
    if not found:
        raise ImportError(_MISSING_EXTRA)


def default_async_client(transport: str) -> httpx.AsyncClient:
    """The client ``AsyncPayCrypt`` makes on its first call.

    ``"auto"`` (the default) is aiohttp whenever it can be imported — ``paycrypt[aiohttp]``:
    several times httpx 0.28's async throughput under concurrency — and httpx's own pool
    otherwise, sized so that concurrent calls reuse their connections. When the environment
    names a proxy (``HTTPS_PROXY`` …), ``"auto"`` and ``"httpx"`` are httpx's own pool: httpx
    applies environment proxies and ``NO_PROXY`` only to a client without a transport of its own.
    """
    if transport == "aiohttp":
        return DefaultAioHttpClient()
    if _environment_names_a_proxy():
        return httpx.AsyncClient(limits=DEFAULT_CONNECTION_LIMITS)
    if transport == "auto":
        try:
            return DefaultAioHttpClient()
        except ImportError:
            pass
    return httpx.AsyncClient(limits=DEFAULT_CONNECTION_LIMITS, transport=ShardedAsyncTransport())


def _environment_names_a_proxy() -> bool:
    import os

    names = ("http_proxy", "https_proxy", "all_proxy")
    return any(value and key.lower() in names for key, value in os.environ.items())


class ShardedAsyncTransport(httpx.AsyncBaseTransport):
    """httpx's async transport split into ``shards`` independent pools, used in turn.

    httpcore's async pool does work proportional to the connections it holds on every
    request (it walks them all, checking each socket; encode/httpx#3215), so one pool of
    50 busy connections is several times slower per request than 8 pools of 6 or 7.
    Measured on a 2-core machine at 50 concurrent calls: about 2x one pool's req/s. The
    limits are shared out, so the totals stay those of :data:`DEFAULT_CONNECTION_LIMITS`.
    """

    def __init__(self, shards: int = 8, limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS) -> None:
        per_shard = httpx.Limits(
            max_connections=None
            if limits.max_connections is None
            else max(1, limits.max_connections // shards),
            max_keepalive_connections=None
            if limits.max_keepalive_connections is None
            else max(1, limits.max_keepalive_connections // shards),
            keepalive_expiry=limits.keepalive_expiry,
        )
        self.shards = [httpx.AsyncHTTPTransport(limits=per_shard) for _ in range(shards)]
        self._next = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        # One event loop thread: a plain counter is enough to take turns.
        self._next = (self._next + 1) % len(self.shards)
        return await self.shards[self._next].handle_async_request(request)

    async def aclose(self) -> None:
        for shard in self.shards:
            await shard.aclose()


def _import_aiohttp() -> Any:
    try:
        import aiohttp
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(_MISSING_EXTRA) from e
    return aiohttp


class _ResponseStream(httpx.AsyncByteStream):
    def __init__(
        self, aiohttp: Any, response: aiohttp.ClientResponse, request: httpx.Request
    ) -> None:
        self._aiohttp = aiohttp
        self._response = response
        self._request = request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        aiohttp = self._aiohttp
        try:
            async for chunk in self._response.content.iter_chunked(64 * 1024):
                yield chunk
        except aiohttp.ClientError as e:
            raise _map_error(aiohttp, e, self._request) from e
        except TimeoutError as e:
            raise httpx.ReadTimeout(str(e) or "read timed out", request=self._request) from e

    async def aclose(self) -> None:
        self._response.release()


def _map_error(aiohttp: Any, exc: BaseException, request: httpx.Request) -> httpx.TransportError:
    """The httpx exception the SDK's retry logic expects for an aiohttp failure."""
    message = str(exc) or type(exc).__name__
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout(message, request=request)
    if isinstance(exc, (aiohttp.SocketTimeoutError, aiohttp.ServerTimeoutError, TimeoutError)):
        return httpx.ReadTimeout(message, request=request)
    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError(message, request=request)
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, aiohttp.ClientPayloadError):
        return httpx.ReadError(message, request=request)
    if isinstance(exc, aiohttp.ClientResponseError):
        return httpx.RemoteProtocolError(message, request=request)
    if isinstance(exc, aiohttp.InvalidURL):
        return httpx.UnsupportedProtocol(message, request=request)
    if isinstance(exc, aiohttp.ClientConnectionError):
        return httpx.ReadError(message, request=request)
    return httpx.TransportError(message, request=request)


class AiohttpTransport(httpx.AsyncBaseTransport):
    """An :class:`httpx.AsyncBaseTransport` that sends through one :class:`aiohttp.ClientSession`.

    The session (and its connection pool) is made on the first request, inside the
    running event loop, and closed by :meth:`aclose`. HTTP/1.1 only.
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        import yarl

        self._aiohttp = _import_aiohttp()
        self._url = yarl.URL
        self._limits = limits
        self._ssl: ssl.SSLContext | bool = (
            verify
            if isinstance(verify, ssl.SSLContext)
            else (httpx.create_ssl_context() if verify else False)
        )
        self._session: aiohttp.ClientSession | None = None

    def _make_session(self) -> aiohttp.ClientSession:
        aio = self._aiohttp
        connector = aio.TCPConnector(
            limit=self._limits.max_connections or 0,
            limit_per_host=0,
            keepalive_timeout=self._limits.keepalive_expiry
            if self._limits.keepalive_expiry
            else 15.0,
            ssl=self._ssl,
        )
        session: aiohttp.ClientSession = aio.ClientSession(
            connector=connector,
            # httpx has already set every header it means to send; add none.
            skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding", "Content-Type"),
            auto_decompress=False,  # httpx decodes Content-Encoding itself
            # Environment proxies: default_async_client picks httpx's own pool when one is set.
            trust_env=False,
        )
        return session

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        aiohttp = self._aiohttp
        session = self._session
        if session is None or session.closed:
            session = self._session = self._make_session()
        timeout = request.extensions.get("timeout", {})
        try:
            body: bytes | None = request.content or None
        except httpx.RequestNotRead:
            body = await request.aread() or None
        try:
            response = await session.request(
                request.method,
                self._url(str(request.url), encoded=True),
                # The raw bytes pairs: httpx.Headers' str views re-detect the encoding on every access.
                headers=[
                    (k.decode("latin-1"), v.decode("latin-1")) for k, v in request.headers.raw
                ],
                data=body,
                allow_redirects=False,
                compress=None,
                timeout=aiohttp.ClientTimeout(
                    total=None,
                    connect=timeout.get("pool"),
                    sock_connect=timeout.get("connect"),
                    sock_read=timeout.get("read"),
                ),
            )
        except (aiohttp.ClientError, TimeoutError) as e:
            raise _map_error(aiohttp, e, request) from e
        extensions: dict[str, Any] = {"http_version": b"HTTP/1.1"}
        if response.reason:
            extensions["reason_phrase"] = response.reason.encode("ascii", "replace")
        return httpx.Response(
            response.status,
            headers=response.raw_headers,
            stream=_ResponseStream(aiohttp, response, request),
            request=request,
            extensions=extensions,
        )

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


class DefaultAioHttpClient(httpx.AsyncClient):
    """An :class:`httpx.AsyncClient` whose transport is :class:`AiohttpTransport`.

    Takes :class:`httpx.AsyncClient`'s arguments; ``limits`` sizes aiohttp's pool and
    ``verify`` its TLS. Pass it as ``AsyncPayCrypt(http_client=DefaultAioHttpClient())``
    (then close it yourself) or let the SDK make and close one with
    ``AsyncPayCrypt(transport="aiohttp")``.
    """

    def __init__(
        self,
        *,
        limits: httpx.Limits = DEFAULT_CONNECTION_LIMITS,
        verify: ssl.SSLContext | bool = True,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("transport", AiohttpTransport(limits=limits, verify=verify))
        super().__init__(limits=limits, verify=verify, **kwargs)
