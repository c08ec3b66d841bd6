"""PayCryptAuth: the signature on the wire verifies for the exact bytes sent."""

from __future__ import annotations

import json

import httpx
import respx

import paycrypt
from paycrypt import _signing
from paycrypt._auth import PayCryptAuth

from .conftest import API_KEY, API_SECRET


def _verify(request: httpx.Request) -> bool:
    path, _, _ = request.url.raw_path.partition(b"?")
    return _signing.verify_request_signature(
        API_SECRET,
        request.headers["PayCrypt-Signature"],
        method=request.method,
        path=path.decode(),
        query=request.url.query.decode(),
        timestamp=request.headers["PayCrypt-Timestamp"],
        nonce=request.headers["PayCrypt-Nonce"],
        body=request.content,
    )


def test_post_signature_covers_exact_body_bytes(
    client: paycrypt.PayCrypt, api: respx.MockRouter
) -> None:
    route = api.post("/v1/things").respond(200, json={})
    client.request(
        "POST", "/v1/things", cast_to=None, body={"description": "Café ☕", "amount": "49.99"}
    )
    request = route.calls.last.request
    assert request.content == '{"description":"Café ☕","amount":"49.99"}'.encode()
    assert request.headers["PayCrypt-Key"] == API_KEY
    assert request.headers["PayCrypt-Signature"].startswith("v1=")
    assert _verify(request)


def test_get_signs_raw_query_and_encoded_path(
    client: paycrypt.PayCrypt, api: respx.MockRouter
) -> None:
    route = api.get(url__regex=r".*").respond(200, json={})
    client.request(
        "GET",
        "/v1/things/a%2Fb",
        cast_to=None,
        params={"q": "a b+c", "limit": 10, "flag": True, "skip": None},
    )
    request = route.calls.last.request
    assert request.url.raw_path == b"/v1/things/a%2Fb?q=a%20b%2Bc&limit=10&flag=true"
    assert request.content == b""
    assert _verify(request)


def test_injected_clock_and_nonce_give_the_reference_signature() -> None:
    auth = PayCryptAuth(
        API_KEY, API_SECRET, clock=lambda: 1767225600.9, nonce_factory=lambda: "ab" * 16
    )
    request = httpx.Request("POST", "http://h/v1/payments?x=1", content=b'{"a":1}')
    auth.sign(request)
    assert request.headers["PayCrypt-Timestamp"] == "1767225600"
    assert request.headers["PayCrypt-Nonce"] == "ab" * 16
    assert request.headers["PayCrypt-Signature"] == _signing.sign_request(
        API_SECRET,
        method="POST",
        path="/v1/payments",
        query="x=1",
        timestamp=1767225600,
        nonce="ab" * 16,
        body=b'{"a":1}',
    )


def test_auth_flow_reads_streamed_body_before_signing() -> None:
    seen: list[httpx.Request] = []

    def app(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={})

    auth = PayCryptAuth(API_KEY, API_SECRET)
    with httpx.Client(transport=httpx.MockTransport(app), auth=auth) as http:
        http.post("http://h/v1/x", content=iter([b'{"a":', b"1}"]))
    assert seen[0].content == b'{"a":1}'
    assert _verify(seen[0])


def test_json_body_is_compact_utf8_and_money_stays_decimal(
    client: paycrypt.PayCrypt, api: respx.MockRouter
) -> None:
    from decimal import Decimal

    route = api.post("/v1/x").respond(200, json={})
    client.request("POST", "/v1/x", cast_to=None, body={"amount": Decimal("0.00000001"), "n": "ü"})
    assert route.calls.last.request.content == '{"amount":"0.00000001","n":"ü"}'.encode()
    assert json.loads(route.calls.last.request.content)["amount"] == "0.00000001"


def test_every_post_gets_an_idempotency_key(
    client: paycrypt.PayCrypt, api: respx.MockRouter
) -> None:
    route = api.post("/v1/x").respond(200, json={})
    client.request("POST", "/v1/x", cast_to=None, body={})
    client.request("POST", "/v1/x", cast_to=None, body={}, options={"idempotency_key": "order-1"})
    first, second = (c.request.headers.get("Idempotency-Key") for c in route.calls)
    assert first and len(first) == 36
    assert second == "order-1"


def test_get_has_no_idempotency_key(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    route = api.get("/v1/x").respond(200, json={})
    client.request("GET", "/v1/x", cast_to=None)
    assert "Idempotency-Key" not in route.calls.last.request.headers


def test_extra_headers_cannot_override_signing(client: paycrypt.PayCrypt) -> None:
    import pytest

    with pytest.raises(ValueError, match="PayCrypt-Signature"):
        client.request(
            "GET", "/v1/x", cast_to=None, options={"extra_headers": {"PayCrypt-Signature": "v1=0"}}
        )
