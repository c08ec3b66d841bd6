"""Bad input never crashes the mock: each is a clear 4xx problem+json, and nothing is half-written."""

from __future__ import annotations

import socket
import time

import httpx
import pytest

from paycrypt import _signing

from paycrypt_mock.testing import DEMO_KEY, DEMO_SECRET


def _raw(
    mock,
    method: str,
    path: str,
    body: bytes = b"",
    *,
    query: str = "",
    content_type: str | None = "application/json",
    sign: bool = True,
) -> httpx.Response:
    """Send exact bytes (signed over exactly those bytes), bypassing any client-side encoding."""
    headers: dict[str, str] = {}
    if content_type is not None:
        headers["Content-Type"] = content_type
    if sign:
        timestamp, nonce = int(time.time()), _signing.new_nonce()
        headers.update(
            {
                "PayCrypt-Key": DEMO_KEY,
                "PayCrypt-Timestamp": str(timestamp),
                "PayCrypt-Nonce": nonce,
                "PayCrypt-Signature": _signing.sign_request(
                    DEMO_SECRET,
                    method=method,
                    path=path,
                    query=query,
                    timestamp=timestamp,
                    nonce=nonce,
                    body=body,
                ),
            }
        )
    url = httpx.URL(mock.base_url + path)
    if query:
        url = url.copy_with(query=query.encode("latin-1"))
    return httpx.request(method, url, content=body, headers=headers, timeout=10)


def _problem(response: httpx.Response, status: int, code: str | None = None) -> dict:  # type: ignore[type-arg]
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert (
        body["status"] == status and body["request_id"] == response.headers["PayCrypt-Request-Id"]
    )
    if code is not None:
        assert body["code"] == code
    return body  # type: ignore[no-any-return]


def _count(api) -> int:
    return len(api.get("/v1/payments", params={"limit": 100}).json()["data"])


@pytest.mark.parametrize(
    "body", [b"{", b'{"amount": "1.00",}', b"\xff\xfe", b"NaN", b'{"a": Infinity}', b"[" * 100000]
)
def test_malformed_json_is_400(mock, api, body: bytes) -> None:
    before = _count(api)
    _problem(_raw(mock, "POST", "/v1/payments", body), 400, "invalid_json")
    assert _count(api) == before


def test_wrong_content_type_is_415(mock) -> None:
    body = b'{"amount":"1.00","currency":"USD","pay_currency":"BTC"}'
    _problem(
        _raw(mock, "POST", "/v1/payments", body, content_type="text/plain"),
        415,
        "unsupported_media_type",
    )
    _problem(
        _raw(mock, "POST", "/v1/payments", body, content_type=None), 415, "unsupported_media_type"
    )


def test_missing_body_is_400(mock) -> None:
    _problem(_raw(mock, "POST", "/v1/payments", b""), 400, "invalid_json")


def test_huge_body_is_413_while_streaming(mock) -> None:
    big = b'{"description":"' + b"x" * (1024 * 1024) + b'"}'
    _problem(_raw(mock, "POST", "/v1/payments", big), 413, "payload_too_large")

    def chunks():  # no Content-Length: the limit is enforced while reading
        for _ in range(20):
            yield b"x" * 100_000

    response = httpx.post(
        mock.base_url + "/v1/payments",
        content=chunks(),
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    _problem(response, 413, "payload_too_large")


def test_unknown_and_invalid_fields_are_422_naming_each(api) -> None:
    response = api.post(
        "/v1/payments",
        json={
            "amount": "ten",
            "currency": "USD",
            "pay_currency": "BTC",
            "colour": "blue",
            "metadata": {"order": 5},
        },
    )
    body = _problem(response, 422, "validation_failed")
    fields = {e["field"] for e in body["errors"]}
    assert fields == {"amount", "colour", "metadata.order"}
    missing = _problem(api.post("/v1/payments", json={"currency": "USD"}), 422, "validation_failed")
    assert {e["field"] for e in missing["errors"]} == {"amount", "pay_currency"}


@pytest.mark.parametrize(
    "query",
    [
        "limit=abc",
        "limit=0",
        "limit=101",
        "limit=99999999999999999999999999999999999999999",
        "limit=1&limit=2",
        "status=nope",
        "limit=%ZZ",
        "limit=%00",
        "order_id=%00x",
        "created_gte=yesterday",
        "status=%FF%FE",
        "nonsense=1",
        "starting_after=not-an-id",
    ],
)
def test_hostile_query_strings_are_422(mock, api, query: str) -> None:
    before = _count(api)
    body = _problem(_raw(mock, "GET", "/v1/payments", query=query), 422, "validation_failed")
    assert all(e["field"].startswith("query") for e in body["errors"])
    assert _count(api) == before


def test_raw_non_ascii_query_is_a_clean_4xx(mock) -> None:
    with socket.create_connection((mock.host, mock.port), timeout=5) as sock:
        sock.sendall(
            b"GET /v1/payments?limit=\xff\xfe HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
        )
        reply = sock.recv(65536)
    status = int(reply.split(b" ", 2)[1])
    assert 400 <= status < 500


def test_bad_path_parameter_is_422(api) -> None:
    body = _problem(api.get("/v1/payments/not_a_payment"), 422, "validation_failed")
    assert body["errors"][0]["field"] == "path.payment_id"


def test_unknown_route_is_404_problem(api) -> None:
    _problem(api.get("/v2/payments"), 404, "not_found")


def test_wrong_method_is_405_problem(api) -> None:
    response = api.put("/v1/payments", json={})
    _problem(response, 405, "method_not_allowed")
    assert set(response.headers["Allow"].split(", ")) == {"GET", "POST"}


def test_body_on_an_operation_without_one_is_400(api, new_payment) -> None:
    payment = new_payment()
    _problem(api.post(f"/v1/payments/{payment['id']}/cancel", json={"now": True}), 400)
    assert api.get(f"/v1/payments/{payment['id']}").json()["status"] == "pending"


def test_business_rule_refusals_are_422(api) -> None:
    for body, field in (
        ({"amount": "1.001", "currency": "USD", "pay_currency": "BTC"}, "amount"),
        ({"amount": "0.10", "currency": "USD", "pay_currency": "BTC"}, "amount"),
        ({"amount": "1.00", "currency": "JPY", "pay_currency": "BTC"}, "currency"),
        ({"amount": "1.00", "currency": "USD", "pay_currency": "DOGE"}, "pay_currency"),
    ):
        body_out = _problem(api.post("/v1/payments", json=body), 422)
        assert body_out["errors"][0]["field"] == field
