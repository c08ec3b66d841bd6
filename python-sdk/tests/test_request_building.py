"""How the SDK's own client builds each request: headers once each, cookies kept, no stray auth."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

import paycrypt

from .conftest import API_KEY, API_SECRET


def _names(request: httpx.Request) -> list[str]:
    return [name.lower() for name, _ in request.headers.multi_items()]


def test_a_header_given_in_another_case_replaces_the_sdks(api: respx.MockRouter) -> None:
    route = api.post("/v1/payments").mock(return_value=httpx.Response(200, json={}))
    with paycrypt.PayCrypt(
        API_KEY, API_SECRET, base_url="http://testserver", default_headers={"user-agent": "shop/1"}
    ) as client:
        client.request(
            "POST",
            "/v1/payments",
            cast_to=None,
            body={"a": "1"},
            options={
                "extra_headers": {"idempotency-key": "order-42", "content-type": "application/json"}
            },
        )
    sent = route.calls.last.request
    names = _names(sent)
    assert len(names) == len(set(names)), names
    assert sent.headers["Idempotency-Key"] == "order-42"
    assert sent.headers["User-Agent"] == "shop/1"


def test_cookies_the_gateway_sets_go_back(api: respx.MockRouter) -> None:
    # A load balancer's sticky-session cookie: httpx's own clients send it back; so does the SDK's.
    route = api.get("/v1/account").mock(
        side_effect=[
            httpx.Response(200, json={}, headers={"Set-Cookie": "AWSALB=sticky1; Path=/"}),
            httpx.Response(200, json={}),
        ]
    )
    with paycrypt.PayCrypt(API_KEY, API_SECRET, base_url="http://testserver") as client:
        client.request("GET", "/v1/account", cast_to=None)
        client.request("GET", "/v1/account", cast_to=None)
    assert "cookie" not in route.calls[0].request.headers
    assert route.calls[1].request.headers["Cookie"] == "AWSALB=sticky1"


def test_credentials_in_base_url_are_not_sent_as_basic_auth_nor_logged(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with respx.mock(assert_all_called=False) as router:
        route = router.get("http://testserver/v1/account").mock(
            return_value=httpx.Response(200, json={})
        )
        with (
            caplog.at_level(logging.DEBUG, logger="paycrypt"),
            paycrypt.PayCrypt(
                API_KEY, API_SECRET, base_url="http://gwuser:s3cret@testserver"
            ) as client,
        ):
            client.request("GET", "/v1/account", cast_to=None)
    assert route.called and "authorization" not in route.calls.last.request.headers
    assert "s3cret" not in caplog.text and "gwuser" in caplog.text


def test_a_users_client_keeps_its_params_and_the_sdks(api: respx.MockRouter) -> None:
    route = api.get("/v1/payments").mock(return_value=httpx.Response(200, json={"data": []}))
    with (
        httpx.Client(params={"shop": "mugs"}) as http,
        paycrypt.PayCrypt(API_KEY, API_SECRET, base_url="http://testserver", http_client=http) as c,
    ):
        c.request("GET", "/v1/payments", cast_to=None, params={"status": "confirmed", "limit": 2})
    params = route.calls.last.request.url.params
    assert (params["shop"], params["status"], params["limit"]) == ("mugs", "confirmed", "2")
