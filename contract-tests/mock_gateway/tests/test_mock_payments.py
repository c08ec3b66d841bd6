"""The payment state machine: every transition, every refused one, and the money on each."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from paycrypt_mock.testing import running_mock

from signed_client import SignedClient


def _events_for(api, payment_id: str) -> list[str]:
    events = api.get("/v1/events", params={"limit": 100}).json()["data"]
    return [e["type"] for e in reversed(events) if e["data"]["object"].get("id") == payment_id]


def test_create_prices_in_crypto_rounding_up(new_payment) -> None:
    payment = new_payment(
        "49.99",
        "USD",
        "BTC",
        order_id="order_1",
        description="2 mugs",
        metadata={"customer": "c1"},
        redirect_url="https://shop.example/done",
    )
    assert payment["status"] == "pending"
    assert payment["rate"] == "95000.00"
    # 49.99 / 95000 = 0.000526210526… -> rounded UP to 8 decimals
    assert payment["pay_amount"] == "0.00052622"
    assert Decimal(payment["pay_amount"]) * Decimal(payment["rate"]) >= Decimal("49.99")
    assert payment["order_id"] == "order_1" and payment["metadata"] == {"customer": "c1"}


def test_eur_and_gbp_use_fixed_rates(new_payment) -> None:
    # 108 EUR is 116.64 USD is 116.64 USDT; the rate is rounded down, pay_amount up: never short
    usdt = new_payment("108.00", "EUR", "USDT")
    assert usdt["rate"] == "0.92592592" and usdt["pay_amount"] == "116.640001"
    assert new_payment("10.00", "GBP", "ETH")["rate"] == "2755.90551181"


def test_pay_address_is_deterministic_per_network(new_payment, api) -> None:
    payment = new_payment(pay_currency="ETH")
    assert payment["pay_address"].startswith("0x") and len(payment["pay_address"]) == 42
    again = api.get(f"/v1/payments/{payment['id']}").json()
    assert again["pay_address"] == payment["pay_address"]


def test_full_payment_confirms(api, new_payment) -> None:
    payment = new_payment()
    paid = api.post(f"/v1/test_helpers/payments/{payment['id']}/pay", json={}).json()
    assert paid["status"] == "confirmed"
    assert paid["amount_received"] == payment["pay_amount"]
    assert paid["confirmed_at"] is not None
    assert _events_for(api, payment["id"]) == [
        "payment.created",
        "payment.confirming",
        "payment.confirmed",
    ]


def test_pay_without_confirm_waits_in_confirming(api, new_payment) -> None:
    payment = new_payment()
    paid = api.post(
        f"/v1/test_helpers/payments/{payment['id']}/pay", json={"confirm": False}
    ).json()
    assert paid["status"] == "confirming"
    confirmed = api.post(f"/v1/test_helpers/payments/{payment['id']}/confirm").json()
    assert confirmed["status"] == "confirmed"


def test_partial_payment_is_underpaid_and_can_complete(api, new_payment) -> None:
    payment = new_payment("95.00", "USD", "BTC")  # exactly 0.00100000 BTC
    url = f"/v1/test_helpers/payments/{payment['id']}/pay"
    under = api.post(url, json={"amount": "0.0004"}).json()
    assert under["status"] == "underpaid" and under["amount_received"] == "0.0004"
    still = api.post(url, json={"amount": "0.0001"}).json()
    assert still["status"] == "underpaid"
    done = api.post(url, json={}).json()  # the rest
    assert done["status"] == "confirmed"
    assert Decimal(done["amount_received"]) == Decimal("0.001")
    assert Decimal(done["overpaid_amount"]) == 0
    assert _events_for(api, payment["id"]) == [
        "payment.created",
        "payment.underpaid",
        "payment.confirming",
        "payment.confirmed",
    ]


def test_overpayment_sets_overpaid_amount(api, new_payment) -> None:
    payment = new_payment("95.00", "USD", "BTC")
    paid = api.post(
        f"/v1/test_helpers/payments/{payment['id']}/pay", json={"amount": "0.0015"}
    ).json()
    assert paid["status"] == "confirmed"
    assert Decimal(paid["overpaid_amount"]) == Decimal("0.0005")


def test_cancel_pending(api, new_payment) -> None:
    payment = new_payment()
    canceled = api.post(f"/v1/payments/{payment['id']}/cancel").json()
    assert canceled["status"] == "canceled"
    assert _events_for(api, payment["id"])[-1] == "payment.canceled"


def test_expire_helper(api, new_payment) -> None:
    payment = new_payment()
    expired = api.post(f"/v1/test_helpers/payments/{payment['id']}/expire").json()
    assert expired["status"] == "expired"
    assert _events_for(api, payment["id"])[-1] == "payment.expired"


def test_refunds_partial_then_full(api, new_payment) -> None:
    payment = new_payment("30.00", "USD", "BTC")
    api.post(f"/v1/test_helpers/payments/{payment['id']}/pay", json={})
    first = api.post(
        f"/v1/payments/{payment['id']}/refunds", json={"amount": "10.00", "reason": "one mug"}
    )
    assert first.status_code == 201, first.text
    assert api.get(f"/v1/payments/{payment['id']}").json()["status"] == "partially_refunded"
    too_much = api.post(f"/v1/payments/{payment['id']}/refunds", json={"amount": "20.01"})
    assert too_much.status_code == 422
    assert too_much.json()["errors"][0]["field"] == "amount"
    rest = api.post(f"/v1/payments/{payment['id']}/refunds", json={}).json()
    assert rest["amount"] == "20.00"
    # the refunds add up to exactly what was paid: no satoshi lost to rounding
    assert Decimal(first.json()["pay_amount"]) + Decimal(rest["pay_amount"]) == Decimal(
        payment["pay_amount"]
    )
    final = api.get(f"/v1/payments/{payment['id']}").json()
    assert final["status"] == "refunded" and final["amount_refunded"] == "30.00"
    listed = api.get(f"/v1/payments/{payment['id']}/refunds").json()
    assert [r["id"] for r in listed["data"]] == [rest["id"], first.json()["id"]]
    assert _events_for(api, payment["id"])[-2:] == [
        "payment.partially_refunded",
        "payment.refunded",
    ]


REFUSED = [
    # (how to get there, action, body)
    ("pending", "confirm", None),
    ("pending", "refund", {}),
    ("confirming", "cancel", None),
    ("confirming", "pay", {}),
    ("confirming", "expire", None),
    ("confirmed", "pay", {}),
    ("confirmed", "cancel", None),
    ("confirmed", "expire", None),
    ("confirmed", "confirm", None),
    ("underpaid", "cancel", None),
    ("underpaid", "refund", {}),
    ("canceled", "pay", {}),
    ("canceled", "cancel", None),
    ("canceled", "expire", None),
    ("expired", "pay", {}),
    ("expired", "cancel", None),
    ("expired", "refund", {}),
    ("refunded", "refund", {}),
    ("refunded", "pay", {}),
]


def _drive(api, payment_id: str, state: str) -> None:
    helper = f"/v1/test_helpers/payments/{payment_id}"
    if state == "confirming":
        api.post(f"{helper}/pay", json={"confirm": False})
    elif state == "confirmed":
        api.post(f"{helper}/pay", json={})
    elif state == "underpaid":
        api.post(f"{helper}/pay", json={"amount": "0.00000001"})
    elif state == "canceled":
        api.post(f"/v1/payments/{payment_id}/cancel")
    elif state == "expired":
        api.post(f"{helper}/expire")
    elif state == "refunded":
        api.post(f"{helper}/pay", json={})
        api.post(f"/v1/payments/{payment_id}/refunds", json={})
    assert api.get(f"/v1/payments/{payment_id}").json()["status"] == state


@pytest.mark.parametrize(
    ("state", "action", "body"), REFUSED, ids=[f"{s}-{a}" for s, a, _ in REFUSED]
)
def test_refused_transitions(api, new_payment, state: str, action: str, body) -> None:
    payment = new_payment()
    _drive(api, payment["id"], state)
    url = {
        "confirm": f"/v1/test_helpers/payments/{payment['id']}/confirm",
        "pay": f"/v1/test_helpers/payments/{payment['id']}/pay",
        "expire": f"/v1/test_helpers/payments/{payment['id']}/expire",
        "cancel": f"/v1/payments/{payment['id']}/cancel",
        "refund": f"/v1/payments/{payment['id']}/refunds",
    }[action]
    response = api.post(url, json=body) if body is not None else api.post(url)
    assert response.status_code == 409, response.text
    assert response.json()["code"] == "payment_state_conflict"
    assert api.get(f"/v1/payments/{payment['id']}").json()["status"] == state


def test_unknown_payment_is_404(api) -> None:
    response = api.get("/v1/payments/pay_" + "x" * 24)
    assert response.status_code == 404
    assert response.json()["code"] == "payment_not_found"


def test_another_merchants_payment_is_404(mock, new_payment) -> None:
    payment = new_payment()
    with SignedClient(mock.base_url, "pk_test_admin", "sk_test_admin") as other:
        assert other.get(f"/v1/payments/{payment['id']}").status_code == 404


def test_list_paginates_and_filters(api, new_payment) -> None:
    ids = [new_payment(order_id="paging")["id"] for _ in range(5)]
    page = api.get("/v1/payments", params={"limit": 2, "order_id": "paging"}).json()
    assert [p["id"] for p in page["data"]] == ids[::-1][:2]
    assert page["has_more"] is True and page["next_cursor"] == ids[3]
    rest = api.get(
        "/v1/payments",
        params={"limit": 10, "order_id": "paging", "starting_after": page["next_cursor"]},
    ).json()
    assert [p["id"] for p in rest["data"]] == ids[::-1][2:]
    assert rest["has_more"] is False and rest["next_cursor"] is None
    api.post(f"/v1/payments/{ids[0]}/cancel")
    canceled = api.get("/v1/payments", params={"status": "canceled", "order_id": "paging"}).json()
    assert [p["id"] for p in canceled["data"]] == [ids[0]]


@pytest.mark.slow  # waits out a real TTL, twice
def test_expiry_is_lazy_on_read_and_swept() -> None:
    with running_mock(payment_ttl=1, sweep_interval=60) as mock, SignedClient(mock.base_url) as api:
        lazy = api.post(
            "/v1/payments", json={"amount": "5.00", "currency": "USD", "pay_currency": "LTC"}
        ).json()
        time.sleep(1.2)
        assert api.get(f"/v1/payments/{lazy['id']}").json()["status"] == "expired"
    with (
        running_mock(payment_ttl=1, sweep_interval=0.2) as mock,
        SignedClient(mock.base_url) as api,
    ):
        swept = api.post(
            "/v1/payments", json={"amount": "5.00", "currency": "USD", "pay_currency": "LTC"}
        ).json()
        time.sleep(1.8)
        events = api.get("/v1/events", params={"type": "payment.expired"}).json()["data"]
        assert [e["data"]["object"]["id"] for e in events] == [swept["id"]]
