"""Hostile JSON that the parser takes but nothing after it could handle is a 4xx, never a 500
(issue 12, "Hostile input never becomes a 500"), and the dashboard and the CLI still work afterwards."""

from __future__ import annotations

import os
import subprocess
import sys

import httpx
import pytest

from paycrypt_mock.testing import DEMO_KEY, DEMO_SECRET, RunningMock

from signed_client import SignedClient

MAX_DEPTH = 64  # documented in the mock's README; written here, not imported, so a change is seen


def _post(client: SignedClient, path: str, body: bytes) -> httpx.Response:
    """POST exactly these bytes (the signature covers exactly them)."""
    return client.post(path, content=body, headers={"Content-Type": "application/json"})


def _problem(response: httpx.Response, status: int, code: str) -> dict:  # type: ignore[type-arg]
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status and body["code"] == code
    return body  # type: ignore[no-any-return]


def _count(api: SignedClient) -> int:
    return len(api.get("/v1/payments", params={"limit": 100}).json()["data"])


def _nested(depth: int, leaf: str = '"x"') -> str:
    """``depth`` levels of objects: {"k":{"k":...leaf...}}."""
    return '{"k":' * depth + leaf + "}" * depth


PAYMENT = '{"amount":"1.00","currency":"USD","pay_currency":"BTC",%s}'


@pytest.mark.parametrize(
    "body",
    [
        PAYMENT % f'"metadata":{_nested(255)}',  # the measured 500: deep metadata
        PAYMENT
        % f'"metadata":{_nested(MAX_DEPTH)}',  # one level past the limit (the document is level 1)
        "[" * 300 + "]" * 300,  # the measured 500: a deep top-level array
        PAYMENT % f'"x":{"[" * 5000 + "]" * 5000}',  # deep enough to trouble the parser itself
    ],
    ids=["metadata-255", "limit-plus-one", "array-300", "array-5000"],
)
def test_json_deeper_than_the_limit_is_400_invalid_json(api: SignedClient, body: str) -> None:
    before = _count(api)
    problem = _problem(_post(api, "/v1/payments", body.encode()), 400, "invalid_json")
    assert "deeper than 64" in problem["errors"][0]["message"]
    assert _count(api) == before


def test_json_at_the_depth_limit_reaches_validation(api: SignedClient) -> None:
    # 64 levels parse; the schema then says what is wrong (metadata values are strings): 422, not 400.
    body = PAYMENT % f'"metadata":{_nested(MAX_DEPTH - 1)}'
    problem = _problem(_post(api, "/v1/payments", body.encode()), 422, "validation_failed")
    assert any(e["field"].startswith("metadata.k") for e in problem["errors"])


@pytest.mark.parametrize(
    "fragment",
    [
        rb'"description":"\ud800"',  # escaped lone high surrogate (the measured case)
        rb'"description":"a\udfffb"',  # escaped lone low surrogate
        rb'"description":"\udc00\ud800"',  # a reversed pair is two lone surrogates
        rb'"metadata":{"\ud800":"x"}',  # in a key
        b'"description":"\xed\xa0\x80"',  # raw: the UTF-8-style encoding of U+D800 is not UTF-8
    ],
    ids=["escaped-high", "escaped-low", "reversed-pair", "in-key", "raw-bytes"],
)
def test_lone_surrogates_are_400_invalid_json(api: SignedClient, fragment: bytes) -> None:
    before = _count(api)
    body = b'{"amount":"1.00","currency":"USD","pay_currency":"BTC",' + fragment + b"}"
    _problem(_post(api, "/v1/payments", body), 400, "invalid_json")
    assert _count(api) == before


def test_a_proper_surrogate_pair_is_text_and_accepted(api: SignedClient) -> None:
    body = (
        rb'{"amount":"1.00","currency":"USD","pay_currency":"BTC","description":"pay \ud83d\ude00"}'
    )
    response = _post(api, "/v1/payments", body)
    assert response.status_code == 201, response.text
    assert response.json()["description"] == "pay \U0001f600"


@pytest.mark.parametrize(
    "expires_at", ["9999-12-31T23:59:59-23:59", "9999-12-31T23:59:59.999999-00:01"]
)
def test_date_time_past_year_9999_is_422_naming_the_field(
    admin: SignedClient, expires_at: str
) -> None:
    client_id = admin.get("/v1/admin/clients", params={"limit": 1}).json()["data"][0]["id"]
    response = admin.post(
        "/v1/admin/pricing_overrides",
        json={
            "client_id": client_id,
            "fee_percent": "0.50",
            "reason": "hostile date",
            "expires_at": expires_at,
        },
    )
    problem = _problem(response, 422, "validation_failed")
    assert [e["field"] for e in problem["errors"]] == ["expires_at"]


def test_date_time_query_before_year_1_is_422(api: SignedClient) -> None:
    response = api.get("/v1/payments", params={"created_gte": "0001-01-01T00:00:00+23:59"})
    problem = _problem(response, 422, "validation_failed")
    assert [e["field"] for e in problem["errors"]] == ["query.created_gte"]


def test_dashboard_and_cli_still_work_after_hostile_input(
    mock: RunningMock, api: SignedClient
) -> None:
    for body in [PAYMENT % f'"metadata":{_nested(300)}', PAYMENT % r'"description":"\ud800"']:
        assert _post(api, "/v1/payments", body.encode()).status_code == 400
    created = _post(
        api, "/v1/payments", (PAYMENT % r'"description":"caf\u00e9 \ud83d\ude00"').encode()
    )
    assert created.status_code == 201, created.text
    payment_id = created.json()["id"]

    page = httpx.get(mock.base_url + "/dashboard/payments", timeout=10)
    assert page.status_code == 200 and payment_id in page.text
    assert (
        httpx.get(mock.base_url + f"/dashboard/payments/{payment_id}", timeout=10).status_code
        == 200
    )

    env = dict(
        os.environ,
        PAYCRYPT_API_KEY=DEMO_KEY,
        PAYCRYPT_API_SECRET=DEMO_SECRET,
        PAYCRYPT_BASE_URL=mock.base_url,
    )
    cli = subprocess.run(
        [sys.executable, "-m", "paycrypt.cli", "payments", "get", payment_id],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert cli.returncode == 0, cli.stderr
    assert "Traceback" not in cli.stderr and payment_id in cli.stdout


def test_query_parameter_name_that_is_not_utf8_is_422(api: SignedClient) -> None:
    # Found by test_mock_hostile_property.py: a name percent-decoding to a lone surrogate was a 500.
    url = httpx.URL(api.base_url.join("/v1/payments")).copy_with(query=b"%ED%A0%80=x")
    problem = _problem(api.get(url), 422, "validation_failed")
    assert problem["errors"] == [
        {"field": "query.%ED%A0%80", "message": "is not valid percent-encoded UTF-8"}
    ]
