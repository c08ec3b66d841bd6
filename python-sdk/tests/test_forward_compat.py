"""Forward compatibility: a response newer than the SDK's models never raises after a successful call.

The gateway may add a payment status, a currency code of another shape, new fields or
drop an optional one; the call already succeeded (a payment may have been created), so
the SDK logs one warning and returns the model built without validation.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

import pytest
import respx

import paycrypt
from paycrypt import _models
from paycrypt.types import Event, Package, Payment, Usage

from ._events import schema_example

PAYMENT: dict[str, Any] = schema_example("Payment")
PID = PAYMENT["id"]


@pytest.fixture(autouse=True)
def _fresh_warnings() -> None:
    _models._warned.clear()


def odd_payment(**overrides: Any) -> dict[str, Any]:
    body = {
        **PAYMENT,
        "status": "on_hold",  # a status this SDK does not know
        "pay_currency": "ABCDEFGHIJKL",  # longer than today's ^[A-Z0-9]{2,10}$
        "risk": {"score": 12, "checks": ["aml"]},  # a new nested field
        **overrides,
    }
    body.pop("description", None)  # a nullable field the gateway stopped sending
    return body


def paycrypt_warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == "paycrypt" and r.levelno == logging.WARNING]


def test_create_with_unknown_values_returns_the_payment(
    client: paycrypt.PayCrypt, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.post("/v1/payments").respond(201, json=odd_payment())
    with caplog.at_level(logging.WARNING, logger="paycrypt"):
        payment = client.payments.create(amount="49.99", currency="USD", pay_currency="BTC")
    assert isinstance(payment, Payment)
    assert payment.id == PID and payment.status == "on_hold"
    assert payment.pay_currency == "ABCDEFGHIJKL"
    assert payment.amount == PAYMENT["amount"]
    assert payment.description is None
    assert isinstance(payment.created_at, datetime)  # valid fields keep their validated types
    assert payment.risk == {"score": 12, "checks": ["aml"]}  # type: ignore[attr-defined]
    assert payment.model_dump()["status"] == "on_hold"
    records = paycrypt_warnings(caplog)
    assert len(records) == 1, [r.getMessage() for r in records]
    message = records[0].getMessage()
    assert "Payment" in message and "status" in message
    assert (
        "on_hold" not in message and "ABCDEFGHIJKL" not in message and PID not in message
    )  # no values


def test_warning_logged_once_per_model_and_field(
    client: paycrypt.PayCrypt, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(f"/v1/payments/{PID}").respond(200, json=odd_payment())
    with caplog.at_level(logging.WARNING, logger="paycrypt"):
        for _ in range(3):
            assert client.payments.retrieve(PID).status == "on_hold"
    assert len(paycrypt_warnings(caplog)) == 1


async def test_async_create_with_unknown_values(
    async_client: paycrypt.AsyncPayCrypt, api: respx.MockRouter
) -> None:
    api.post("/v1/payments").respond(201, json=odd_payment())
    payment = await async_client.payments.create(amount="49.99", currency="USD", pay_currency="BTC")
    assert isinstance(payment, Payment) and payment.status == "on_hold"


def test_nested_model_stays_a_model_when_a_sibling_is_invalid(
    client: paycrypt.PayCrypt, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    usage = {**schema_example("Usage"), "month": "2026-W03"}  # sibling outside today's pattern
    usage["package"] = {**usage["package"], "fee_percent": "not-a-percent", "tier": "gold"}
    api.get("/v1/usage").respond(200, json=usage)
    with caplog.at_level(logging.WARNING, logger="paycrypt"):
        result = client.usage.retrieve()
    assert isinstance(result, Usage) and result.month == "2026-W03"
    assert isinstance(result.package, Package)
    assert result.package.id == usage["package"]["id"]
    assert result.package.fee_percent == "not-a-percent"
    assert result.package.tier == "gold"  # type: ignore[attr-defined]
    [record] = paycrypt_warnings(caplog)  # one line naming both fields
    assert "month" in record.getMessage() and "package.fee_percent" in record.getMessage()
    assert "not-a-percent" not in record.getMessage()


def test_list_page_with_one_odd_item_still_iterates(
    client: paycrypt.PayCrypt, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    ids = [f"pay_{str(i) * 24}" for i in range(3)]
    items = [{**PAYMENT, "id": ids[0]}, odd_payment(id=ids[1]), {**PAYMENT, "id": ids[2]}]
    api.get("/v1/payments").respond(
        200, json={"object": "list", "data": items, "has_more": False, "next_cursor": None}
    )
    with caplog.at_level(logging.WARNING, logger="paycrypt"):
        payments = list(client.payments.list(limit=3))
    assert [p.id for p in payments] == ids
    assert all(isinstance(p, Payment) for p in payments)
    assert [p.status for p in payments][1] == "on_hold"
    assert len(paycrypt_warnings(caplog)) == 1


async def test_async_list_page_with_one_odd_item(
    async_client: paycrypt.AsyncPayCrypt, api: respx.MockRouter
) -> None:
    api.get("/v1/payments").respond(
        200,
        json={"object": "list", "data": [odd_payment()], "has_more": False, "next_cursor": None},
    )
    assert [p.status async for p in async_client.payments.list()] == ["on_hold"]


def test_event_union_payload_is_built_as_the_matching_model(
    client: paycrypt.PayCrypt, api: respx.MockRouter
) -> None:
    event = {
        "id": "evt_5d2a8f1c6e3b9a7d4c0e1f2a",
        "object": "event",
        "type": "payment.on_hold",
        "created": 1767225600,
        "livemode": False,
        "data": {"object": odd_payment()},
        "delivery_attempts": [],
    }
    api.get("/v1/events/evt_5d2a8f1c6e3b9a7d4c0e1f2a").respond(200, json=event)
    result = client.events.retrieve("evt_5d2a8f1c6e3b9a7d4c0e1f2a")
    assert isinstance(result, Event) and result.type == "payment.on_hold"
    assert isinstance(result.data.object, Payment) and result.data.object.status == "on_hold"


def test_valid_responses_are_still_validated(
    client: paycrypt.PayCrypt, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.get(f"/v1/payments/{PID}").respond(200, json=PAYMENT)
    with caplog.at_level(logging.WARNING, logger="paycrypt"):
        payment = client.payments.retrieve(PID)
    assert isinstance(payment, Payment) and payment.model_fields_set >= {
        "id",
        "status",
        "created_at",
    }
    assert isinstance(payment.created_at, datetime)
    assert paycrypt_warnings(caplog) == []


def test_a_body_that_is_not_json_still_raises(
    client: paycrypt.PayCrypt, api: respx.MockRouter
) -> None:
    api.get(f"/v1/payments/{PID}").respond(
        200, content=b"<html>proxy error</html>", headers={"content-type": "text/html"}
    )
    with pytest.raises(ValueError):
        client.payments.retrieve(PID)


def test_construct_lenient_helpers() -> None:
    payment = _models.construct_lenient(Payment, odd_payment())
    assert isinstance(payment, Payment) and payment.status == "on_hold"
    assert _models.construct_lenient(list[Payment], [odd_payment()])[0].status == "on_hold"
    assert _models.validate_python_lenient(Payment, PAYMENT).id == PID
