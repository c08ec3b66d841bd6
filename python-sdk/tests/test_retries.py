"""Retries: what is retried, back-off and Retry-After, idempotency across attempts."""

from __future__ import annotations

import email.utils
import time

import httpx
import pytest
import respx

import paycrypt
from paycrypt._retry import backoff_delay, parse_retry_after

from .conftest import Sleeps


def problem(status: int, code: str, **headers: str) -> httpx.Response:
    return httpx.Response(
        status,
        json={
            "type": "about:blank",
            "title": "x",
            "status": status,
            "code": code,
            "detail": f"{code} happened",
        },
        headers={
            "content-type": "application/problem+json",
            "PayCrypt-Request-Id": "req_" + "a" * 24,
            **headers,
        },
    )


def test_500_on_post_is_retried_with_the_same_idempotency_key(
    client: paycrypt.PayCrypt, api: respx.MockRouter, sleeps: Sleeps
) -> None:
    route = api.post("/v1/payments").mock(
        side_effect=[
            problem(500, "internal"),
            problem(503, "unavailable"),
            httpx.Response(201, json={"ok": 1}),
        ]
    )
    assert client.request("POST", "/v1/payments", cast_to=None, body={"a": 1}) is None
    assert route.call_count == 3
    requests = [c.request for c in route.calls]
    keys = {r.headers["Idempotency-Key"] for r in requests}
    assert len(keys) == 1
    assert len({r.headers["PayCrypt-Nonce"] for r in requests}) == 3
    assert len({r.headers["PayCrypt-Signature"] for r in requests}) == 3
    assert {r.content for r in requests} == {b'{"a":1}'}
    assert len(sleeps) == 2


def test_fresh_timestamp_on_each_attempt(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    ticks = iter([1000.0, 1005.0])
    client._auth._clock = lambda: next(ticks)
    route = api.get("/v1/x").mock(side_effect=[problem(503, "u"), httpx.Response(200, json={})])
    client.request("GET", "/v1/x", cast_to=None)
    assert [c.request.headers["PayCrypt-Timestamp"] for c in route.calls] == ["1000", "1005"]


def test_max_retries_zero_is_exactly_one_attempt(
    client: paycrypt.PayCrypt, api: respx.MockRouter
) -> None:
    route = api.post("/v1/x").mock(return_value=problem(503, "unavailable"))
    with pytest.raises(paycrypt.InternalServerError):
        client.request("POST", "/v1/x", cast_to=None, body={}, options={"max_retries": 0})
    assert route.call_count == 1


def test_default_is_two_retries(
    client: paycrypt.PayCrypt, api: respx.MockRouter, sleeps: Sleeps
) -> None:
    route = api.get("/v1/x").mock(return_value=problem(502, "bad_gateway"))
    with pytest.raises(paycrypt.InternalServerError) as info:
        client.request("GET", "/v1/x", cast_to=None)
    assert route.call_count == 3
    assert len(sleeps) == 2
    assert info.value.status_code == 502


def test_on_retry_hook_gets_attempt_delay_reason(api: respx.MockRouter) -> None:
    calls: list[tuple[int, float, str]] = []
    c = paycrypt.PayCrypt(
        "pk_test_x",
        "sk_test_x",
        base_url="http://testserver",
        on_retry=lambda a, d, r: calls.append((a, d, r)),
    )
    c._sleep = lambda d: None
    api.get("/v1/x").mock(
        side_effect=[
            problem(429, "rate_limited", **{"Retry-After": "1"}),
            problem(503, "unavailable"),
            httpx.Response(200, json={}),
        ]
    )
    c.request("GET", "/v1/x", cast_to=None)
    assert calls[0] == (1, 1.0, "429 rate_limited")
    assert calls[1][0] == 2 and calls[1][2] == "503 unavailable"
    assert 0 <= calls[1][1] <= 1.0  # full jitter, ceiling 0.5 * 2**1


@pytest.mark.parametrize(
    "status,code",
    [
        (400, "invalid_request"),
        (401, "signature_mismatch"),
        (404, "payment_not_found"),
        (409, "idempotency_key_reused"),
        (422, "unprocessable"),
    ],
)
def test_client_errors_are_not_retried(
    client: paycrypt.PayCrypt, api: respx.MockRouter, status: int, code: str
) -> None:
    route = api.post("/v1/x").mock(return_value=problem(status, code))
    with pytest.raises(paycrypt.APIStatusError):
        client.request("POST", "/v1/x", cast_to=None, body={})
    assert route.call_count == 1


@pytest.mark.parametrize(
    "response",
    [
        problem(408, "request_timeout"),
        problem(409, "idempotency_key_in_use"),
        problem(429, "rate_limited"),
        problem(500, "x"),
        problem(504, "y"),
    ],
)
def test_retryable_statuses(
    client: paycrypt.PayCrypt, api: respx.MockRouter, response: httpx.Response
) -> None:
    route = api.post("/v1/x").mock(side_effect=[response, httpx.Response(200, json={})])
    client.request("POST", "/v1/x", cast_to=None, body={})
    assert route.call_count == 2


def test_retry_after_seconds_is_honoured(
    client: paycrypt.PayCrypt, api: respx.MockRouter, sleeps: Sleeps
) -> None:
    api.get("/v1/x").mock(
        side_effect=[
            problem(429, "rate_limited", **{"Retry-After": "7"}),
            httpx.Response(200, json={}),
        ]
    )
    client.request("GET", "/v1/x", cast_to=None)
    assert sleeps == [7.0]


def test_retry_after_http_date_is_honoured(
    client: paycrypt.PayCrypt, api: respx.MockRouter, sleeps: Sleeps
) -> None:
    when = email.utils.formatdate(time.time() + 20, usegmt=True)
    api.get("/v1/x").mock(
        side_effect=[
            problem(503, "unavailable", **{"Retry-After": when}),
            httpx.Response(200, json={}),
        ]
    )
    client.request("GET", "/v1/x", cast_to=None)
    assert 17 <= sleeps[0] <= 20


def test_retry_after_above_cap_raises_rate_limit_error(
    client: paycrypt.PayCrypt, api: respx.MockRouter, sleeps: Sleeps
) -> None:
    route = api.post("/v1/x").mock(
        return_value=problem(429, "rate_limited", **{"Retry-After": "120"})
    )
    with pytest.raises(paycrypt.RateLimitError) as info:
        client.request("POST", "/v1/x", cast_to=None, body={})
    assert route.call_count == 1 and sleeps == []
    assert info.value.retry_after == 120
    assert "retry after 120 s" in str(info.value) and "not before" in str(info.value)


def test_connection_errors_are_retried_then_raised(
    client: paycrypt.PayCrypt, api: respx.MockRouter
) -> None:
    route = api.post("/v1/x").mock(side_effect=httpx.ConnectError("refused"))
    with pytest.raises(paycrypt.APIConnectionError) as info:
        client.request("POST", "/v1/x", cast_to=None, body={})
    assert route.call_count == 3
    assert "POST /v1/x failed: connection error" in str(info.value)
    assert not isinstance(info.value, paycrypt.APITimeoutError)


def test_dropped_after_commit_is_retried_with_the_same_key(
    client: paycrypt.PayCrypt, api: respx.MockRouter
) -> None:
    route = api.post("/v1/x").mock(
        side_effect=[httpx.RemoteProtocolError("dropped"), httpx.Response(201, json={})]
    )
    client.request("POST", "/v1/x", cast_to=None, body={})
    assert len({c.request.headers["Idempotency-Key"] for c in route.calls}) == 1


def test_timeouts_raise_api_timeout_error(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    route = api.get("/v1/x").mock(side_effect=httpx.ReadTimeout("slow"))
    with pytest.raises(paycrypt.APITimeoutError, match="GET /v1/x failed: timed out"):
        client.request("GET", "/v1/x", cast_to=None, options={"max_retries": 1})
    assert route.call_count == 2


def test_per_request_timeout_reaches_the_transport(
    client: paycrypt.PayCrypt, api: respx.MockRouter
) -> None:
    route = api.get("/v1/x").respond(200, json={})
    client.request("GET", "/v1/x", cast_to=None, options={"timeout": 1.5})
    assert route.calls.last.request.extensions["timeout"]["read"] == 1.5
    client.request("GET", "/v1/x", cast_to=None)
    assert route.calls.last.request.extensions["timeout"]["read"] == 30.0


def test_deadline_stops_retrying(api: respx.MockRouter) -> None:
    now = [0.0]
    c = paycrypt.PayCrypt(
        "pk_test_x", "sk_test_x", base_url="http://testserver", max_retries=10, deadline=3.0
    )
    c._monotonic = lambda: now[0]

    def sleep(d: float) -> None:
        now[0] += d

    c._sleep = sleep
    c._random = lambda: 1.0  # delays 0.5, 1, 2 …
    route = api.get("/v1/x").mock(return_value=problem(503, "unavailable"))
    with pytest.raises(paycrypt.InternalServerError):
        c.request("GET", "/v1/x", cast_to=None)
    assert route.call_count == 3  # 0 -> 0.5 -> 1.5; the next delay (2) would pass 3.0
    assert route.calls.last.request.extensions["timeout"]["read"] == pytest.approx(1.5)


def test_backoff_is_full_jitter_capped() -> None:
    assert [backoff_delay(n, rand=lambda: 1.0) for n in range(6)] == [0.5, 1, 2, 4, 8, 8]
    assert backoff_delay(3, rand=lambda: 0.0) == 0


def test_parse_retry_after() -> None:
    assert parse_retry_after("1.5") == 1.5
    assert parse_retry_after("-3") == 0
    assert parse_retry_after("garbage") is None
    assert parse_retry_after(None) is None
    assert parse_retry_after("Thu, 01 Jan 2026 00:00:10 GMT", now=1767225600) == 10


@pytest.mark.asyncio
async def test_async_retries_keep_the_key(
    async_client: paycrypt.AsyncPayCrypt, api: respx.MockRouter
) -> None:
    hook: list[int] = []

    async def on_retry(attempt: int, delay: float, reason: str) -> None:
        hook.append(attempt)

    async_client.on_retry = on_retry
    route = api.post("/v1/x").mock(
        side_effect=[httpx.ConnectError("x"), problem(500, "e"), httpx.Response(200, json={})]
    )
    await async_client.request("POST", "/v1/x", cast_to=None, body={"a": 1})
    assert route.call_count == 3 and hook == [1, 2]
    assert len({c.request.headers["Idempotency-Key"] for c in route.calls}) == 1
    assert len({c.request.headers["PayCrypt-Nonce"] for c in route.calls}) == 3
