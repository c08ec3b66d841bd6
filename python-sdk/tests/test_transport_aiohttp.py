"""The aiohttp transport (the default of AsyncPayCrypt when aiohttp is installed): same signing
and retries, against the real mock gateway.

aiohttp (``paycrypt[aiohttp]``) is in the development lock, so these always run.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Iterator

import aiohttp  # noqa: F401  (the extra under test: missing is a failure, not a skip)
import httpx
import pytest

import paycrypt
from paycrypt._transports import (
    DEFAULT_CONNECTION_LIMITS,
    AiohttpTransport,
    DefaultAioHttpClient,
    ShardedAsyncTransport,
)

import paycrypt_mock.testing

KEY, SECRET = "pk_test_demo", "sk_test_demo"
FAULT = "PayCrypt-Mock-Fault"


@pytest.fixture(scope="module")
def mock_url() -> Iterator[str]:
    with paycrypt_mock.testing.running_mock(check_clean=False) as mock:
        yield str(mock.base_url)


def drop_fault_after_first_send() -> tuple[list[str], object]:
    """A request hook (runs after signing; the fault header is not signed) that lets a call's fault
    through on its first attempt only: a retry resends the same httpx.Request."""
    seen: list[str] = []
    sent: set[int] = set()

    async def hook(request: httpx.Request) -> None:
        seen.append(request.headers[paycrypt_signature_header()])
        if id(request) in sent and FAULT in request.headers:
            del request.headers[FAULT]
        sent.add(id(request))

    return seen, hook


def paycrypt_signature_header() -> str:
    from paycrypt import _signing

    return _signing.HEADER_SIGNATURE


def test_the_httpx_clients_pools_fit_concurrency() -> None:
    client = paycrypt.AsyncPayCrypt(KEY, SECRET, base_url="http://127.0.0.1:1", transport="httpx")
    transport = client._http._transport  # type: ignore[attr-defined]
    assert isinstance(transport, ShardedAsyncTransport) and len(transport.shards) > 1
    pools = [shard._pool for shard in transport.shards]
    n = len(pools)
    assert all(p._max_connections == DEFAULT_CONNECTION_LIMITS.max_connections // n for p in pools)
    assert all(
        p._max_keepalive_connections == DEFAULT_CONNECTION_LIMITS.max_keepalive_connections // n
        for p in pools
    )
    # Taken in turn, each pool sees about 50 / n of 50 concurrent calls: room to keep them all alive.
    assert DEFAULT_CONNECTION_LIMITS.max_keepalive_connections // n >= 1.5 * 50 / n


async def test_the_httpx_fallback_signs_and_retries_against_the_mock(mock_url: str) -> None:
    retries: list[str] = []
    async with paycrypt.AsyncPayCrypt(
        KEY,
        SECRET,
        base_url=mock_url,
        transport="httpx",
        on_retry=lambda n, d, reason: retries.append(reason),
    ) as client:
        client._sleep = _no_sleep
        payments = [
            await client.payments.create(
                amount="3.00", currency="USD", pay_currency="BTC", order_id=f"shard-{i}"
            )
            for i in range(10)
        ]
        assert len({p.id for p in payments}) == 10
        with pytest.raises(paycrypt.APIStatusError) as info:
            await client.payments.retrieve("pay_a@b:c*d/e f", extra_query={"x": "a b+c*:@/"})
        assert not isinstance(info.value, paycrypt.AuthenticationError), info.value
        # The pools really are taken in turn.
        transport = client._http._transport  # type: ignore[attr-defined]
        assert sum(1 for shard in transport.shards if shard._pool.connections) > 1
        assert retries == []


async def _no_sleep(delay: float) -> None:
    return None


def test_the_default_is_aiohttp_when_installed() -> None:
    client = paycrypt.AsyncPayCrypt(KEY, SECRET, base_url="http://127.0.0.1:1")
    assert isinstance(client._http, DefaultAioHttpClient)


@pytest.mark.parametrize("transport", ["auto", "httpx"])
def test_a_proxy_in_the_environment_is_honoured_by_the_default(
    monkeypatch: pytest.MonkeyPatch, transport: str
) -> None:
    # httpx mounts environment proxies only on a client without a transport of its own.
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:3128")
    monkeypatch.setenv("NO_PROXY", "internal.example")
    client = paycrypt.AsyncPayCrypt(
        KEY, SECRET, base_url="https://api.example", transport=transport
    )
    http = client._http
    assert type(http) is httpx.AsyncClient
    proxied = {str(pattern.pattern) for pattern, mount in http._mounts.items() if mount}
    assert "https://" in proxied, http._mounts


def test_the_default_falls_back_to_httpx_without_aiohttp() -> None:
    # A fresh interpreter in which aiohttp cannot be imported: a plain `pip install paycrypt`.
    code = textwrap.dedent(
        """
        import sys

        class NoAiohttp:
            def find_spec(self, name, path=None, target=None):
                if name.partition(".")[0] == "aiohttp":
                    raise ImportError(name)

        sys.meta_path.insert(0, NoAiohttp())
        """
    ) + textwrap.dedent(
        """
        import httpx, paycrypt
        client = paycrypt.AsyncPayCrypt("pk_test_demo", "sk_test_demo", base_url="http://127.0.0.1:1")
        assert type(client._http) is httpx.AsyncClient, type(client._http)
        try:
            paycrypt.AsyncPayCrypt("pk_test_demo", "sk_test_demo", transport="aiohttp")
        except ImportError as e:
            assert "paycrypt[aiohttp]" in str(e), e
        else:
            raise AssertionError("transport='aiohttp' without aiohttp must raise at construction")
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr


def test_transport_option_is_checked() -> None:
    with pytest.raises(ValueError, match="transport"):
        paycrypt.AsyncPayCrypt(KEY, SECRET, transport="curl")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="not both"):
        paycrypt.AsyncPayCrypt(KEY, SECRET, transport="aiohttp", http_client=httpx.AsyncClient())


async def test_aiohttp_transport_signs_and_sends_the_exact_bytes(mock_url: str) -> None:
    async with paycrypt.AsyncPayCrypt(
        KEY, SECRET, base_url=mock_url, transport="aiohttp"
    ) as client:
        assert isinstance(client._http, DefaultAioHttpClient)
        assert isinstance(client._http._transport, AiohttpTransport)
        # Non-ASCII body: the signature covers the UTF-8 bytes that aiohttp sends.
        payment = await client.payments.create(
            amount="49.99", currency="USD", pay_currency="BTC", order_id="commande-été-1042"
        )
        again = await client.payments.retrieve(payment.id)
        assert again.id == payment.id and again.order_id == "commande-été-1042"
        page = await client.payments.list(limit=2)
        assert page.data
        # Percent-encoded path (and query) bytes must reach the server as signed: yarl
        # would turn %40 into @ and %3A into : unless handed the URL as already encoded.
        with pytest.raises(paycrypt.APIStatusError) as info:
            await client.payments.retrieve("pay_a@b:c*d/e f", extra_query={"x": "a b+c*:@/"})
        assert not isinstance(info.value, paycrypt.AuthenticationError), info.value
        assert info.value.status_code in (400, 404, 422)


async def test_aiohttp_transport_retries_a_dropped_post_with_the_same_idempotency_key(
    mock_url: str,
) -> None:
    seen, hook = drop_fault_after_first_send()
    retries: list[str] = []
    http = DefaultAioHttpClient(event_hooks={"request": [hook]})
    client = paycrypt.AsyncPayCrypt(
        KEY,
        SECRET,
        base_url=mock_url,
        http_client=http,
        on_retry=lambda n, d, reason: retries.append(reason),
    )

    async def no_sleep(delay: float) -> None:
        return None

    client._sleep = no_sleep
    try:
        payment = await client.payments.create(
            amount="10",
            currency="USD",
            pay_currency="BTC",
            idempotency_key="idem-aiohttp-drop-1",
            extra_headers={FAULT: "drop_after_commit"},
        )
        # The first attempt was committed and then dropped: the retry replays it.
        again = await client.payments.create(
            amount="10", currency="USD", pay_currency="BTC", idempotency_key="idem-aiohttp-drop-1"
        )
        assert again.id == payment.id
        assert retries == ["connection error"]
        assert len(seen) == 3 and len(set(seen)) == 3  # a fresh signature per attempt

        seen.clear()
        retries.clear()
        account = await client.account.retrieve(extra_headers={FAULT: "503"})
        assert account is not None
        assert len(retries) == 1 and len(seen) == 2

        with pytest.raises(paycrypt.InternalServerError):
            await client.account.retrieve(extra_headers={FAULT: "503"}, max_retries=0)
    finally:
        await http.aclose()


@pytest.mark.parametrize("transport", ["aiohttp", "httpx"])
async def test_the_request_line_on_the_wire_is_the_signed_path_and_query(transport: str) -> None:
    # The mock canonicalises what it receives, so it cannot see a client that re-quotes the
    # URL after signing (yarl turns %40 into @ unless told the URL is already encoded).
    # A raw server can: the request line must be byte for byte what was signed.
    import asyncio

    lines: list[bytes] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        lines.append((await reader.readuntil(b"\r\n\r\n")).split(b"\r\n", 1)[0])
        writer.write(b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
        await writer.drain()
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        async with paycrypt.AsyncPayCrypt(
            KEY, SECRET, base_url=f"http://127.0.0.1:{port}", transport=transport, max_retries=0
        ) as client:  # type: ignore[arg-type]
            with pytest.raises(paycrypt.NotFoundError):
                await client.payments.retrieve("pay_a@b:c*d/e f", extra_query={"x": "a b+c*:@/"})
    finally:
        server.close()
    assert lines == [b"GET /v1/payments/pay_a%40b%3Ac%2Ad%2Fe%20f?x=a%20b%2Bc%2A%3A%40%2F HTTP/1.1"]
