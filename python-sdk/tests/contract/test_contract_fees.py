"""Issue 15 done-check through the Python SDK: an override at 0.50 % shows as a 0.50 fee on a
100.00 USD payment (sync and async clients), and in the usage report."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

import paycrypt

from .conftest import testing

pytestmark = pytest.mark.contract

SHOP = {
    "name": "SDK Fee Shop",
    "email": "sdk-fees@shop.example",
    "package": "starter",
    "api_key": "pk_test_sdkfees",
    "api_secret": "sk_test_sdkfees",
}


@pytest.fixture(scope="module")
def fee_mock() -> Any:
    with testing.running_mock(seed=[SHOP]) as running:
        yield running
        running.assert_clean()


def test_override_fee_on_payment_and_report(fee_mock: Any) -> None:
    with (
        paycrypt.PayCrypt(SHOP["api_key"], SHOP["api_secret"], base_url=fee_mock.base_url) as shop,
        paycrypt.PayCrypt(
            testing.ADMIN_KEY, testing.ADMIN_SECRET, base_url=fee_mock.base_url
        ) as admin,
    ):
        account = shop.account.retrieve()
        before = shop.payments.create(amount="100.00", currency="USD", pay_currency="BTC")
        assert (before.fee_percent, before.fee, before.net_amount) == ("1.00", "1.00", "99.00")
        admin.admin.pricing_overrides.create(
            client_id=account.id,
            fee_percent="0.50",
            expires_at="2099-01-01T00:00:00Z",
            reason="promo",
        )
        payment = shop.payments.create(amount="100.00", currency="USD", pay_currency="BTC")
        assert (payment.fee_percent, payment.fee, payment.net_amount) == ("0.50", "0.50", "99.50")
        confirmed = shop.test_helpers.payments.pay(payment.id)
        assert confirmed.status == "confirmed" and confirmed.fee == "0.50"
        assert shop.payments.retrieve(payment.id).fee == "0.50"
        line = next(c for c in admin.admin.usage.report().clients if c.client_id == account.id)
        assert (line.current_volume, line.fees, line.net_volume) == ("100.00", "0.50", "99.50")


def test_async_client_reads_the_fee(fee_mock: Any) -> None:
    async def main() -> None:
        async with (
            paycrypt.AsyncPayCrypt(
                SHOP["api_key"], SHOP["api_secret"], base_url=fee_mock.base_url
            ) as shop,
            paycrypt.AsyncPayCrypt(
                testing.ADMIN_KEY, testing.ADMIN_SECRET, base_url=fee_mock.base_url
            ) as admin,
        ):
            account = await shop.account.retrieve()
            await admin.admin.pricing_overrides.create(
                client_id=account.id,
                fee_percent="0.50",
                expires_at="2099-01-01T00:00:00Z",
                reason="promo",
            )
            payment = await shop.payments.create(
                amount="100.00", currency="USD", pay_currency="LTC"
            )
            assert (payment.fee_percent, payment.fee, payment.net_amount) == (
                "0.50",
                "0.50",
                "99.50",
            )

    asyncio.run(main())
