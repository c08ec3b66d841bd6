"""The fault run: 500 creates against a mock that fails 20 % of requests, in every mode
(500 before/after commit, 503, 429 + Retry-After, latency, connection dropped after commit),
must leave exactly 500 payments — retries never double-charge."""

from __future__ import annotations

import asyncio
from collections import Counter
from typing import Any

import httpx
import pytest

import paycrypt

from .conftest import testing

pytestmark = pytest.mark.contract

CREATES = 500


def _count(client: paycrypt.PayCrypt) -> int:
    return len({p.id for p in client.payments.list(limit=100)})


# "auto" is AsyncPayCrypt's default (aiohttp, which the dev lock installs); "httpx" is what the
# default becomes after a plain `pip install paycrypt`. The guarantee holds on both.
@pytest.mark.slow
@pytest.mark.parametrize("transport", ["auto", "httpx"])
def test_fault_run_async_500_creates_make_500_payments(transport: str) -> None:
    reasons: Counter[str] = Counter()

    def on_retry(attempt: int, delay: float, reason: str) -> None:
        reasons[reason.split(" ")[0] if reason[0].isdigit() else reason] += 1

    with testing.running_mock(fault_rate=0.2, fault_seed=4242) as mock:

        async def run() -> list[str]:
            async with paycrypt.AsyncPayCrypt(
                testing.DEMO_KEY,
                testing.DEMO_SECRET,
                base_url=mock.base_url,
                max_retries=10,
                timeout=10,
                on_retry=on_retry,
                transport=transport,
            ) as client:  # type: ignore[arg-type]
                sem = asyncio.Semaphore(25)

                async def create(i: int) -> str:
                    async with sem:
                        payment = await client.payments.create(
                            amount="1.00", currency="USD", pay_currency="BTC", order_id=f"fault-{i}"
                        )
                        return payment.id

                return await asyncio.gather(*(create(i) for i in range(CREATES)))

        ids = asyncio.run(run())
        assert len(set(ids)) == CREATES
        with paycrypt.PayCrypt(
            testing.DEMO_KEY, testing.DEMO_SECRET, base_url=mock.base_url, max_retries=10
        ) as c:
            assert _count(c) == CREATES
    # The faults really happened, of several kinds, connection drops included.
    assert sum(reasons.values()) > 50, reasons
    assert reasons["connection error"] > 0 and reasons["429"] > 0 and reasons["500"] > 0, reasons


@pytest.mark.slow
def test_fault_run_sync_keeps_one_payment_per_create() -> None:
    with (
        testing.running_mock(fault_rate=0.2, fault_seed=7) as mock,
        paycrypt.PayCrypt(
            testing.DEMO_KEY,
            testing.DEMO_SECRET,
            base_url=mock.base_url,
            max_retries=10,
            timeout=10,
        ) as client,
    ):
        ids = [
            client.payments.create(amount="2.00", currency="EUR", pay_currency="ETH").id
            for _ in range(100)
        ]
        assert len(set(ids)) == 100
        assert _count(client) == 100


def test_max_retries_zero_surfaces_the_fault(mock: Any) -> None:
    client = paycrypt.PayCrypt(
        testing.DEMO_KEY, testing.DEMO_SECRET, base_url=mock.base_url, max_retries=0
    )
    with pytest.raises(paycrypt.InternalServerError):
        client.payments.create(
            amount="1.00",
            currency="USD",
            pay_currency="BTC",
            extra_headers={"PayCrypt-Mock-Fault": "500_after_commit"},
        )
    with pytest.raises(paycrypt.APIConnectionError):
        client.payments.create(
            amount="1.00",
            currency="USD",
            pay_currency="BTC",
            extra_headers={"PayCrypt-Mock-Fault": "drop_after_commit"},
        )


@pytest.mark.parametrize("mode", ["drop_after_commit", "500_after_commit"])
def test_fault_after_commit_is_retried_to_the_same_payment(mock: Any, mode: str) -> None:
    sent: list[httpx.Headers] = []

    def fault_on_first_attempt_only(request: httpx.Request) -> None:
        # The SDK sends the same Request on every attempt (re-signed each time).
        if sent:
            request.headers.pop("PayCrypt-Mock-Fault", None)
        sent.append(httpx.Headers(request.headers))

    http = httpx.Client(event_hooks={"request": [fault_on_first_attempt_only]})
    client = paycrypt.PayCrypt(
        testing.DEMO_KEY, testing.DEMO_SECRET, base_url=mock.base_url, http_client=http
    )
    client._sleep = lambda _d: None
    order_id = f"after-commit-{mode}"
    payment = client.payments.create(
        amount="1.00",
        currency="USD",
        pay_currency="BTC",
        order_id=order_id,
        extra_headers={"PayCrypt-Mock-Fault": mode},
    )
    assert len(sent) == 2
    assert sent[0]["Idempotency-Key"] == sent[1]["Idempotency-Key"]
    assert sent[0]["PayCrypt-Nonce"] != sent[1]["PayCrypt-Nonce"]
    assert sent[0]["PayCrypt-Signature"] != sent[1]["PayCrypt-Signature"]
    assert [p.id for p in client.payments.list(order_id=order_id)] == [payment.id]
