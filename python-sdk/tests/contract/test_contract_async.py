"""AsyncPayCrypt against the mock gateway: every operation at least once, and the payment flow."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

import paycrypt
from paycrypt import webhooks

from .conftest import OperationRecorder, Receiver, testing

pytestmark = pytest.mark.contract


@pytest.mark.asyncio
async def test_every_operation_async(mock: Any, receiver: Receiver) -> None:
    recorder = OperationRecorder()
    http = httpx.AsyncClient(event_hooks={"request": [recorder.async_hook]})
    client = paycrypt.AsyncPayCrypt(
        testing.DEMO_KEY, testing.DEMO_SECRET, base_url=mock.base_url, http_client=http
    )
    admin = paycrypt.AsyncPayCrypt(
        testing.ADMIN_KEY, testing.ADMIN_SECRET, base_url=mock.base_url, http_client=http
    )
    try:
        health, detailed, _, _, _, currencies, _ = await asyncio.gather(
            client.health.check(),
            client.health.detailed(),
            client.account.retrieve(),
            client.usage.retrieve(),
            client.usage.list_alerts(),
            client.currencies.list(),
            client.rates.list(),
        )
        assert health.status == "ok" and currencies.data
        await client.estimates.create(amount="10.00", currency="EUR", pay_currency="ETH")

        endpoint = await client.webhook_endpoints.create(
            url=receiver.url, events=["payment.confirmed"]
        )
        assert endpoint.secret
        await client.webhook_endpoints.list()
        await client.webhook_endpoints.retrieve(endpoint.id)
        await client.webhook_endpoints.update(endpoint.id, enabled=True)

        payment = await client.payments.create(amount="12.34", currency="USD", pay_currency="USDT")
        paid = await client.test_helpers.payments.pay(payment.id)
        assert paid.status == "confirmed"
        await client.test_helpers.payments.confirm(
            (
                await client.test_helpers.payments.pay(
                    (
                        await client.payments.create(
                            amount="1.00", currency="USD", pay_currency="BTC"
                        )
                    ).id,
                    confirm=False,
                )
            ).id
        )
        assert (await client.payments.retrieve(payment.id)).status == "confirmed"
        ids = [p.id async for p in client.payments.list(limit=1)]
        assert payment.id in ids and len(ids) == len(set(ids)) >= 2
        first_page = await client.payments.list(limit=1)
        assert first_page.has_more and first_page.next_cursor

        headers, body = receiver.wait_for(
            lambda h, b: json.loads(b)["data"]["object"]["id"] == payment.id
        )
        header = {k.lower(): v for k, v in headers.items()}["paycrypt-webhook-signature"]
        event = webhooks.verify(body, header, endpoint.secret)
        assert event.type == "payment.confirmed"

        await client.refunds.create(payment.id)
        assert [r async for r in client.refunds.list(payment.id)]
        await client.payments.cancel(
            (await client.payments.create(amount="2.00", currency="USD", pay_currency="BTC")).id
        )
        await client.test_helpers.payments.expire(
            (await client.payments.create(amount="2.00", currency="USD", pay_currency="BTC")).id
        )
        events = await client.events.list(limit=3)
        await client.events.retrieve(events.data[0].id)
        await client.events.resend(events.data[0].id)
        await client.webhook_endpoints.test(endpoint.id)
        await client.webhook_endpoints.rotate_secret(endpoint.id)

        clients = await admin.admin.clients.list()
        cid = clients.data[0].id
        await admin.admin.clients.retrieve(cid)
        result = await admin.admin.clients.switch_package(
            cid, package="business", reason="async dry run", dry_run=True
        )
        assert result.dry_run is True and result.audit_entry is None
        await admin.admin.packages.list()
        await admin.admin.pricing_overrides.create(
            client_id=cid,
            fee_percent="0.25",
            expires_at="2099-01-01T00:00:00Z",
            reason="async",
            dry_run=True,
        )
        overrides = await admin.admin.pricing_overrides.list()
        created = await admin.admin.pricing_overrides.create(
            client_id=cid, fee_percent="0.25", expires_at="2099-01-01T00:00:00Z", reason="async"
        )
        assert created.pricing_override is not None and overrides is not None
        await admin.admin.pricing_overrides.delete(created.pricing_override.id)
        await admin.admin.usage.report()
        await admin.admin.usage.reset(reason="async dry run", dry_run=True)
        await admin.admin.usage.check_alerts()
        merchant_id = (await client.account.retrieve()).id
        alert = await admin.admin.usage.test_alert(client_id=merchant_id, threshold=80)
        assert alert.email_sent is True
        emails = [e async for e in client.test_helpers.emails.list(alert_id=alert.id)]
        assert [e.alert_id for e in emails] == [alert.id]
        assert (await client.test_helpers.emails.retrieve(emails[0].id)).text == emails[0].text
        await admin.admin.audit_log.list()
        await client.webhook_endpoints.delete(endpoint.id)
    finally:
        await http.aclose()
    missing = recorder.all_operations - recorder.seen
    assert not missing, f"operations not exercised against the mock: {sorted(missing)}"


@pytest.mark.asyncio
async def test_async_errors(mock: Any) -> None:
    async with paycrypt.AsyncPayCrypt(
        testing.DEMO_KEY, testing.DEMO_SECRET, base_url=mock.base_url
    ) as client:
        with pytest.raises(paycrypt.NotFoundError):
            await client.events.retrieve("evt_" + "0" * 24)
        with pytest.raises(ValueError):
            await client.events.retrieve("")
        raw = await client.with_raw_response.usage.retrieve()
        assert raw.status_code == 200 and raw.request_id


@pytest.mark.asyncio
@pytest.mark.parametrize("transport", ["auto", "aiohttp", "httpx"])
async def test_credentials_in_base_url_do_not_break_a_transport(mock: Any, transport: str) -> None:
    # A gateway behind a proxy that wants user:pass in the URL: every transport still signs and
    # sends (with aiohttp, httpx's Basic-auth fallback once collided with aiohttp's: ValueError).
    base_url = mock.base_url.replace("http://", "http://gwuser:s3cret@")
    async with paycrypt.AsyncPayCrypt(
        testing.DEMO_KEY, testing.DEMO_SECRET, base_url=base_url, transport=transport
    ) as client:
        assert (await client.account.retrieve()).id
