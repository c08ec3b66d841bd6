"""The mock's request authentication: each 401 reason, the admin 403, and what every response carries."""

from __future__ import annotations

import secrets
import time

import httpx

from paycrypt import PayCryptAuth

from paycrypt_mock.testing import ADMIN_KEY, ADMIN_SECRET, DEMO_SECRET

from signed_client import SignedClient, signed_headers


def _signed_headers(
    secret: str = DEMO_SECRET,
    *,
    key: str = "pk_test_demo",
    method: str = "GET",
    path: str = "/v1/account",
    query: str = "",
    body: bytes = b"",
    timestamp: int | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    return signed_headers(
        method,
        path,
        query=query,
        body=body,
        api_key=key,
        api_secret=secret,
        timestamp=timestamp,
        nonce=nonce,
    )


def _code(response: httpx.Response) -> str:
    assert response.headers["content-type"].startswith("application/problem+json")
    return str(response.json()["code"])


def test_health_needs_no_signature(mock) -> None:
    response = httpx.get(mock.base_url + "/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response.headers["PayCrypt-Request-Id"].startswith("req_")


def test_signed_request_is_accepted(api) -> None:
    response = api.get("/v1/account")
    assert response.status_code == 200
    assert response.json()["name"] == "Demo Store"


def test_missing_headers_are_signature_missing(mock) -> None:
    response = httpx.get(mock.base_url + "/v1/account")
    assert response.status_code == 401
    assert _code(response) == "signature_missing"
    body = response.json()
    assert body["request_id"] == response.headers["PayCrypt-Request-Id"]


def test_ill_formed_headers_are_signature_missing(mock) -> None:
    for name, value in (
        ("PayCrypt-Timestamp", "soon"),
        ("PayCrypt-Nonce", "short"),
        ("PayCrypt-Signature", "sha256=abc"),
    ):
        headers = _signed_headers()
        headers[name] = value
        response = httpx.get(mock.base_url + "/v1/account", headers=headers)
        assert response.status_code == 401, name
        assert _code(response) == "signature_missing", name


def test_unknown_api_key(mock) -> None:
    response = httpx.get(
        mock.base_url + "/v1/account", headers=_signed_headers(key="pk_test_nobody")
    )
    assert response.status_code == 401
    assert _code(response) == "unknown_api_key"


def test_timestamp_out_of_range_says_the_server_time(mock) -> None:
    skewed = int(time.time()) - 301
    response = httpx.get(mock.base_url + "/v1/account", headers=_signed_headers(timestamp=skewed))
    assert response.status_code == 401
    assert _code(response) == "timestamp_out_of_range"
    assert abs(response.json()["server_time"] - time.time()) < 5


def test_nonce_reused(mock) -> None:
    headers = _signed_headers()
    assert httpx.get(mock.base_url + "/v1/account", headers=headers).status_code == 200
    response = httpx.get(mock.base_url + "/v1/account", headers=headers)
    assert response.status_code == 401
    assert _code(response) == "nonce_reused"


def test_signature_mismatch(mock) -> None:
    headers = _signed_headers(secret="sk_test_wrong")
    response = httpx.get(mock.base_url + "/v1/account", headers=headers)
    assert response.status_code == 401
    assert _code(response) == "signature_mismatch"


def test_a_forged_request_does_not_burn_the_nonce(mock) -> None:
    nonce = secrets.token_hex(16)
    forged = _signed_headers(secret="sk_test_wrong", nonce=nonce)
    assert _code(httpx.get(mock.base_url + "/v1/account", headers=forged)) == "signature_mismatch"
    genuine = _signed_headers(nonce=nonce)
    assert httpx.get(mock.base_url + "/v1/account", headers=genuine).status_code == 200


def test_signature_covers_the_body_bytes(mock) -> None:
    body = b'{"amount":"10.00","currency":"USD","pay_currency":"BTC"}'
    headers = _signed_headers(method="POST", path="/v1/payments", body=body)
    headers["Content-Type"] = "application/json"
    tampered = body.replace(b"10.00", b"11.00")
    response = httpx.post(mock.base_url + "/v1/payments", content=tampered, headers=headers)
    assert _code(response) == "signature_mismatch"


def test_signature_covers_the_raw_query(mock) -> None:
    query = "status=pending&limit=3&order_id=a%2Bb+c"
    headers = _signed_headers(path="/v1/payments", query=query)
    response = httpx.get(f"{mock.base_url}/v1/payments?{query}", headers=headers)
    assert response.status_code == 200, response.text
    headers = _signed_headers(path="/v1/payments", query="limit=3")
    response = httpx.get(f"{mock.base_url}/v1/payments?limit=4", headers=headers)
    assert _code(response) == "signature_mismatch"


def test_merchant_key_gets_403_on_admin_operations(api) -> None:
    response = api.get("/v1/admin/clients")
    assert response.status_code == 403
    assert _code(response) == "admin_required"


def test_admin_key_works_on_admin_and_on_its_own_merchant_account(mock) -> None:
    with SignedClient(mock.base_url, ADMIN_KEY, ADMIN_SECRET) as admin:
        assert admin.get("/v1/admin/clients").status_code == 200
        account = admin.get("/v1/account").json()
        assert account["name"] == "PayCrypt Admin"


def test_every_response_has_a_request_id(mock) -> None:
    with httpx.Client(
        base_url=mock.base_url, auth=PayCryptAuth("pk_test_demo", DEMO_SECRET)
    ) as client:
        for response in (
            client.get("/v1/account"),
            client.get("/v1/nowhere"),
            httpx.get(mock.base_url + "/health"),
        ):
            assert response.headers["PayCrypt-Request-Id"].startswith("req_")
