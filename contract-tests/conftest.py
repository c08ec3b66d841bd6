"""Fixtures for the contract tests that run against the mock gateway.

``mock_server`` is one mock for the whole session (``--db :memory:``);
``mock`` hands it to a test and fails that test if the mock logged a
response-validation failure while it ran. Tests that need a fresh store
(usage thresholds, restarts, random faults) start their own with
``paycrypt_mock.testing.running_mock``.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from paycrypt_mock.testing import ADMIN_KEY, ADMIN_SECRET, RunningMock, running_mock

from signed_client import SignedClient


@pytest.fixture(scope="session")
def mock_server() -> Iterator[RunningMock]:
    with running_mock(webhook_retry_delays="0.2,0.4,0.8") as server:
        yield server


@pytest.fixture
def mock(mock_server: RunningMock) -> Iterator[RunningMock]:
    before = len(mock_server.response_validation_failures())
    yield mock_server
    failures = mock_server.response_validation_failures()[before:]
    if failures:
        pytest.fail(
            "the mock sent responses that break openapi.yaml:\n" + "".join(failures), pytrace=False
        )


@pytest.fixture
def api(mock: RunningMock) -> Iterator[SignedClient]:
    """Signed as the demo merchant (pk_test_demo)."""
    with SignedClient(mock.base_url) as client:
        yield client


@pytest.fixture
def admin(mock: RunningMock) -> Iterator[SignedClient]:
    """Signed as the admin (pk_test_admin)."""
    with SignedClient(mock.base_url, ADMIN_KEY, ADMIN_SECRET) as client:
        yield client


@pytest.fixture
def new_payment(api: SignedClient):  # type: ignore[no-untyped-def]
    """``new_payment(amount="10.00", currency="USD", pay_currency="BTC", **extra) -> dict``."""

    def create(
        amount: str = "10.00",
        currency: str = "USD",
        pay_currency: str = "BTC",
        client: SignedClient | None = None,
        **extra: object,
    ) -> dict:  # type: ignore[type-arg]
        response = (client or api).post(
            "/v1/payments",
            json={"amount": amount, "currency": currency, "pay_currency": pay_currency, **extra},
        )
        assert response.status_code == 201, response.text
        return response.json()  # type: ignore[no-any-return]

    return create
