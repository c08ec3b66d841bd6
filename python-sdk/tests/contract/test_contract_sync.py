"""PayCrypt (sync) against the mock gateway: every operation at least once, and the payment flow."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import httpx
import pytest

import paycrypt
from paycrypt import webhooks

from .conftest import OperationRecorder, Receiver, testing

pytestmark = pytest.mark.contract


def _clients(mock: Any, recorder: OperationRecorder) -> tuple[paycrypt.PayCrypt, paycrypt.PayCrypt]:
    http = httpx.Client(event_hooks={"request": [recorder]})
    merchant = paycrypt.PayCrypt(
        testing.DEMO_KEY, testing.DEMO_SECRET, base_url=mock.base_url, http_client=http
    )
    admin = paycrypt.PayCrypt(
        testing.ADMIN_KEY, testing.ADMIN_SECRET, base_url=mock.base_url, http_client=http
    )
    return merchant, admin


def test_every_operation_and_the_payment_flow(mock: Any, receiver: Receiver) -> None:
    recorder = OperationRecorder()
    client, admin = _clients(mock, recorder)

    assert client.health.check().status == "ok"
    assert client.health.detailed().status
    account = client.account.retrieve()
    client.usage.retrieve()
    client.usage.list_alerts(limit=5)
    currencies = client.currencies.list()
    assert any(c.code == "BTC" for c in currencies.data)
    client.rates.list(currency="USD")
    estimate = client.estimates.create(amount="49.99", currency="USD", pay_currency="BTC")
    assert Decimal(estimate.pay_amount) > 0

    # Webhook endpoint pointing at the local receiver.
    endpoint = client.webhook_endpoints.create(
        url=receiver.url, events=["*"], description="contract test"
    )
    secret = endpoint.secret
    assert secret and secret.startswith("whsec_")
    assert any(e.id == endpoint.id for e in client.webhook_endpoints.list(limit=100))
    client.webhook_endpoints.retrieve(endpoint.id)
    client.webhook_endpoints.update(endpoint.id, description="contract test (updated)")

    # create -> pay (confirming) -> confirm -> confirmed; the webhook arrives and verifies.
    payment = client.payments.create(
        amount=Decimal("49.99"),
        currency="USD",
        pay_currency="BTC",
        order_id="contract-1",
        metadata={"customer_id": "cus_1"},
    )
    assert payment.status == "pending" and isinstance(payment.pay_amount, str)
    assert client.test_helpers.payments.pay(payment.id, confirm=False).status == "confirming"
    confirmed = client.test_helpers.payments.confirm(payment.id)
    assert confirmed.status == "confirmed"
    assert client.payments.retrieve(payment.id).status == "confirmed"
    assert any(p.id == payment.id for p in client.payments.list(limit=2, order_id="contract-1"))

    def is_confirmed(headers: dict[str, str], body: bytes) -> bool:
        data = json.loads(body)
        return (
            data.get("type") == "payment.confirmed" and data["data"]["object"]["id"] == payment.id
        )

    headers, body = receiver.wait_for(is_confirmed)
    header_map = {k.lower(): v for k, v in headers.items()}
    event = webhooks.verify(body, header_map["paycrypt-webhook-signature"], secret)
    assert event.type == "payment.confirmed" and event.id == header_map["paycrypt-event-id"]
    assert event.data.object.id == payment.id  # type: ignore[union-attr]
    with pytest.raises(paycrypt.WebhookSignatureError):
        webhooks.verify(body + b" ", header_map["paycrypt-webhook-signature"], secret)

    refund = client.refunds.create(payment.id, amount="10.00", reason="contract test")
    assert refund.id.startswith("re_")
    assert [r.id for r in client.refunds.list(payment.id)] == [refund.id]

    canceled = client.payments.cancel(
        client.payments.create(amount="5.00", currency="EUR", pay_currency="ETH").id
    )
    assert canceled.status == "canceled"
    expired = client.test_helpers.payments.expire(
        client.payments.create(amount="5.00", currency="GBP", pay_currency="LTC").id
    )
    assert expired.status == "expired"

    events = client.events.list(limit=5)
    assert events.data
    client.events.retrieve(events.data[0].id)
    client.events.resend(events.data[0].id, webhook_endpoint_id=endpoint.id)
    client.webhook_endpoints.test(endpoint.id)
    rotated = client.webhook_endpoints.rotate_secret(endpoint.id, expire_previous_after_seconds=0)
    assert rotated.secret and rotated.secret != secret

    # Admin.
    clients = admin.admin.clients.list(limit=10)
    merchant_id = (
        next(c.id for c in clients if c.id == account.id)
        if hasattr(account, "id")
        else clients.data[0].id
    )
    admin.admin.clients.retrieve(merchant_id)
    dry = admin.admin.clients.switch_package(
        merchant_id, package="growth", reason="contract dry run", dry_run=True
    )
    assert dry.dry_run is True
    assert admin.admin.clients.retrieve(merchant_id).package != "growth" or dry.before == dry.after
    admin.admin.packages.list()
    override = admin.admin.pricing_overrides.create(
        client_id=merchant_id,
        fee_percent="0.50",
        expires_at="2099-01-01T00:00:00Z",
        reason="contract test",
    )
    admin.admin.pricing_overrides.list(client_id=merchant_id)
    if override.pricing_override is not None:
        admin.admin.pricing_overrides.delete(
            override.pricing_override.id, reason="contract test done"
        )
    admin.admin.usage.report()
    admin.admin.usage.check_alerts()
    test_alert = admin.admin.usage.test_alert(client_id=merchant_id, threshold=90)
    assert test_alert.email_sent is True
    emails = client.test_helpers.emails.list(alert_id=test_alert.id)
    assert [e.alert_id for e in emails] == [test_alert.id]
    email = client.test_helpers.emails.retrieve(emails.data[0].id)
    assert (
        email.to == account.email
        and "90 % alert" in email.subject
        and email.html.startswith("<!DOCTYPE html>")
    )
    admin.admin.usage.reset(client_id=merchant_id, reason="contract test", dry_run=True)
    admin.admin.audit_log.list(client_id=merchant_id)

    client.webhook_endpoints.delete(endpoint.id)
    with pytest.raises(paycrypt.NotFoundError) as info:
        client.webhook_endpoints.retrieve(endpoint.id)
    assert info.value.request_id and info.value.code

    missing = recorder.all_operations - recorder.seen
    assert not missing, f"operations not exercised against the mock: {sorted(missing)}"
    mock.assert_clean()


def test_errors_from_the_mock(mock: Any) -> None:
    client = paycrypt.PayCrypt(testing.DEMO_KEY, testing.DEMO_SECRET, base_url=mock.base_url)
    with pytest.raises(paycrypt.NotFoundError) as info:
        client.payments.retrieve("pay_" + "0" * 24)
    assert "GET /v1/payments/pay_" in str(info.value) and "request_id=req_" in str(info.value)
    with pytest.raises(paycrypt.UnprocessableEntityError) as invalid:
        client.payments.create(
            amount="49.999999999999999999999", currency="USD", pay_currency="BTC"
        )
    assert (
        invalid.value.code == "validation_failed" and invalid.value.errors[0]["field"] == "amount"
    )
    bad = paycrypt.PayCrypt(testing.DEMO_KEY, "sk_test_wrong", base_url=mock.base_url)
    with pytest.raises(paycrypt.AuthenticationError) as auth:
        bad.account.retrieve()
    assert auth.value.code == "signature_mismatch"
    assert "sk_test_wrong" not in str(auth.value)
    skewed = paycrypt.PayCrypt(testing.DEMO_KEY, testing.DEMO_SECRET, base_url=mock.base_url)
    skewed._auth._clock = lambda: 1_000_000_000
    with pytest.raises(paycrypt.AuthenticationError) as skew:
        skewed.account.retrieve()
    assert skew.value.code == "timestamp_out_of_range" and "clock" in str(skew.value)


def test_idempotency_key_replays_and_conflicts(mock: Any) -> None:
    client = paycrypt.PayCrypt(testing.DEMO_KEY, testing.DEMO_SECRET, base_url=mock.base_url)
    first = client.payments.create(
        amount="3.00", currency="USD", pay_currency="BTC", idempotency_key="contract-idem-1"
    )
    again = client.payments.create(
        amount="3.00", currency="USD", pay_currency="BTC", idempotency_key="contract-idem-1"
    )
    assert first.id == again.id
    with pytest.raises(paycrypt.ConflictError) as info:
        client.payments.create(
            amount="4.00", currency="USD", pay_currency="BTC", idempotency_key="contract-idem-1"
        )
    assert info.value.code == "idempotency_key_reused"


def test_raw_response_carries_request_id(mock: Any) -> None:
    client = paycrypt.PayCrypt(testing.DEMO_KEY, testing.DEMO_SECRET, base_url=mock.base_url)
    raw = client.with_raw_response.account.retrieve()
    assert raw.status_code == 200 and raw.request_id and raw.request_id.startswith("req_")


def test_a_users_http_client_with_its_own_params_headers_and_auth_is_signed_as_sent(
    mock: Any,
) -> None:
    # The SDK signs what that client actually sends: its default query parameter is merged into
    # the URL (so it must be in the signature), its header goes out, its auth never runs.
    seen: list[httpx.Request] = []
    http = httpx.Client(
        params={"limit": "1"},
        headers={"X-Shop": "mugs"},
        auth=("someone", "else"),
        event_hooks={"request": [seen.append]},
    )
    with paycrypt.PayCrypt(testing.DEMO_KEY, testing.DEMO_SECRET, base_url=mock.base_url) as own:
        for _ in range(2):
            own.payments.create(amount="5.00", currency="USD", pay_currency="BTC")
    with paycrypt.PayCrypt(
        testing.DEMO_KEY, testing.DEMO_SECRET, base_url=mock.base_url, http_client=http
    ) as client:
        page = client.payments.list()
    assert len(page.data) == 1  # the mock answered the signed limit=1
    assert seen[-1].url.params["limit"] == "1" and seen[-1].headers["X-Shop"] == "mugs"
    assert "authorization" not in seen[-1].headers
    http.close()


def test_the_default_client_sends_its_headers_once(mock: Any) -> None:
    seen: list[httpx.Request] = []
    client = paycrypt.PayCrypt(
        testing.DEMO_KEY,
        testing.DEMO_SECRET,
        base_url=mock.base_url,
        default_headers={"X-Shop": "mugs", "User-Agent": "shop/1"},
    )
    with client:
        client._http.event_hooks["request"].append(seen.append)
        client.payments.create(
            amount="5.00", currency="USD", pay_currency="BTC", extra_headers={"X-Shop": "cups"}
        )
    names = [name for name, _ in seen[0].headers.multi_items()]
    assert len(names) == len(set(names)), names
    assert seen[0].headers["X-Shop"] == "cups" and seen[0].headers["User-Agent"] == "shop/1"
    assert seen[0].headers["Accept"] == "application/json"
