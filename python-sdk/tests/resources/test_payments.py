"""client.payments (resources/payments.py), sync and async."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest
import respx

import paycrypt
from paycrypt.types import Payment

from .._events import schema_example

PAYMENT: dict[str, Any] = schema_example("Payment")
PID = PAYMENT["id"]


def page(ids: list[str], next_cursor: str | None) -> dict[str, Any]:
    return {
        "object": "list",
        "data": [{**PAYMENT, "id": i} for i in ids],
        "has_more": next_cursor is not None,
        "next_cursor": next_cursor,
    }


def test_method_create(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    route = api.post("/v1/payments").respond(201, json=PAYMENT)
    payment = client.payments.create(amount="49.99", currency="USD", pay_currency="BTC")
    assert isinstance(payment, Payment) and payment.id == PID
    assert (
        route.calls.last.request.content
        == b'{"amount":"49.99","currency":"USD","pay_currency":"BTC"}'
    )


def test_method_create_with_all_params(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    route = api.post("/v1/payments").respond(201, json=PAYMENT)
    client.payments.create(
        amount=Decimal("49.990"),
        currency="USD",
        pay_currency="BTC",
        order_id="order-1042",
        description="Naïve café",
        metadata={"customer_id": "cus_1"},
        redirect_url="https://shop.example/done",
        idempotency_key="order-1042",
        extra_headers={"X-Trace": "t1"},
        timeout=5.0,
    )
    request = route.calls.last.request
    assert json.loads(request.content) == {
        "amount": "49.990",
        "currency": "USD",
        "pay_currency": "BTC",
        "order_id": "order-1042",
        "description": "Naïve café",
        "metadata": {"customer_id": "cus_1"},
        "redirect_url": "https://shop.example/done",
    }
    assert request.headers["Idempotency-Key"] == "order-1042"
    assert request.headers["X-Trace"] == "t1"
    assert request.extensions["timeout"]["read"] == 5.0


def test_money_is_a_string_never_a_float(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    api.get(f"/v1/payments/{PID}").respond(200, json=PAYMENT)
    payment = client.payments.retrieve(PID)
    assert isinstance(payment.amount, str) and isinstance(payment.pay_amount, str)
    assert Decimal(payment.pay_amount) == Decimal(PAYMENT["pay_amount"])


def test_unknown_response_fields_are_kept(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    api.get(f"/v1/payments/{PID}").respond(200, json={**PAYMENT, "network_fee": "0.0001"})
    payment = client.payments.retrieve(PID)
    assert payment.network_fee == "0.0001"  # type: ignore[attr-defined]


def test_raw_response_retrieve(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    api.get(f"/v1/payments/{PID}").respond(
        200, json=PAYMENT, headers={"PayCrypt-Request-Id": "req_" + "c" * 24}
    )
    raw = client.with_raw_response.payments.retrieve(PID)
    assert isinstance(raw, paycrypt.APIResponse)
    assert raw.status_code == 200 and raw.request_id == "req_" + "c" * 24
    assert raw.parse().id == PID


def test_path_params_retrieve(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    with pytest.raises(ValueError, match="payment_id"):
        client.payments.retrieve("")
    route = api.get(url__regex=r".*").respond(200, json=PAYMENT)
    client.payments.retrieve("pay/../../admin")
    assert route.calls.last.request.url.raw_path == b"/v1/payments/pay%2F..%2F..%2Fadmin"


def test_method_list_walks_pages(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    route = api.get("/v1/payments").mock(
        side_effect=[
            httpx.Response(
                200, json=page(["pay_" + "a" * 24, "pay_" + "b" * 24], "pay_" + "b" * 24)
            ),
            httpx.Response(200, json=page(["pay_" + "c" * 24], None)),
        ]
    )
    payments = list(client.payments.list(limit=2, status="pending"))
    assert [p.id[4] for p in payments] == ["a", "b", "c"]
    second = route.calls[1].request.url.params
    assert (
        second["limit"] == "2"
        and second["status"] == "pending"
        and second["starting_after"] == "pay_" + "b" * 24
    )


def test_method_cancel_sends_no_body(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    route = api.post(f"/v1/payments/{PID}/cancel").respond(
        200, json={**PAYMENT, "status": "canceled"}
    )
    assert client.payments.cancel(PID).status == "canceled"
    assert (
        route.calls.last.request.content == b""
        and "Idempotency-Key" in route.calls.last.request.headers
    )


def test_user_http_client_is_honoured_and_not_closed(api: respx.MockRouter) -> None:
    api.get(f"/v1/payments/{PID}").respond(200, json=PAYMENT)
    http = httpx.Client(headers={"X-Proxy-Tag": "mine"})
    with paycrypt.PayCrypt(
        "pk_test_x", "sk_test_x", base_url="http://testserver", http_client=http
    ) as c:
        c.payments.retrieve(PID)
    assert api.calls.last.request.headers["X-Proxy-Tag"] == "mine"
    assert not http.is_closed
    http.close()


def test_context_manager_closes_own_client(api: respx.MockRouter) -> None:
    api.get(f"/v1/payments/{PID}").respond(200, json=PAYMENT)
    with paycrypt.PayCrypt("pk_test_x", "sk_test_x", base_url="http://testserver") as c:
        c.payments.retrieve(PID)  # the pool is made on the first call
    assert c._http.is_closed
    with paycrypt.PayCrypt("pk_test_x", "sk_test_x") as unused:
        pass
    with pytest.raises(RuntimeError, match="closed"):
        unused.payments.retrieve(PID)


@pytest.mark.asyncio
async def test_async_create_list_and_raw(
    async_client: paycrypt.AsyncPayCrypt, api: respx.MockRouter
) -> None:
    api.post("/v1/payments").respond(201, json=PAYMENT)
    api.get("/v1/payments").mock(
        side_effect=[
            httpx.Response(200, json=page(["pay_" + "a" * 24], "pay_" + "a" * 24)),
            httpx.Response(200, json=page(["pay_" + "b" * 24], None)),
        ]
    )
    payment = await async_client.payments.create(amount="1.00", currency="EUR", pay_currency="ETH")
    assert payment.id == PID
    assert [p.id[4] async for p in async_client.payments.list(limit=1)] == ["a", "b"]
    api.get(f"/v1/payments/{PID}").respond(200, json=PAYMENT)
    raw = await async_client.with_raw_response.payments.retrieve(PID)
    assert raw.parse().id == PID and raw.status_code == 200
    with pytest.raises(ValueError):
        await async_client.payments.retrieve("")


@pytest.mark.asyncio
async def test_async_user_http_client(api: respx.MockRouter) -> None:
    api.get(f"/v1/payments/{PID}").respond(200, json=PAYMENT)
    http = httpx.AsyncClient()
    async with paycrypt.AsyncPayCrypt(
        "pk_test_x", "sk_test_x", base_url="http://testserver", http_client=http
    ) as c:
        await c.payments.retrieve(PID)
    assert not http.is_closed
    await http.aclose()
