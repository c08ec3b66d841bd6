"""The clients: :class:`PayCrypt` (sync) and :class:`AsyncPayCrypt` (async).

Resource groups are attributes, created (and their modules imported) on first
use, so ``import paycrypt`` stays cheap::

    client = PayCrypt(api_key="pk_test_demo", api_secret="sk_test_demo",
                      base_url="http://127.0.0.1:8787")
    payment = client.payments.create(amount="49.99", currency="USD", pay_currency="BTC")
    client.admin.clients.switch_package("cli_…", package="growth", reason="upgrade", dry_run=True)
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from types import TracebackType
from typing import TYPE_CHECKING, Any, Literal

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._constants import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._retry import OnRetry

if TYPE_CHECKING:
    from .resources.account import Account, AsyncAccount
    from .resources.admin import Admin, AsyncAdmin
    from .resources.currencies import AsyncCurrencies, Currencies
    from .resources.estimates import AsyncEstimates, Estimates
    from .resources.events import AsyncEvents, Events
    from .resources.health import AsyncHealth, Health
    from .resources.payments import AsyncPayments, Payments
    from .resources.rates import AsyncRates, Rates
    from .resources.refunds import AsyncRefunds, Refunds
    from .resources.test_helpers import AsyncTestHelpers, TestHelpers
    from .resources.usage import AsyncUsage, Usage
    from .resources.webhook_endpoints import AsyncWebhookEndpoints, WebhookEndpoints

__all__ = ["AsyncPayCrypt", "PayCrypt"]


class PayCrypt(SyncAPIClient):
    """Synchronous PayCrypt client.

    Arguments fall back to the environment: ``PAYCRYPT_API_KEY``,
    ``PAYCRYPT_API_SECRET``, ``PAYCRYPT_BASE_URL`` (default
    ``https://api.paycrypt.example``; the local sandbox is ``http://127.0.0.1:8787``).

    ``timeout`` is seconds per attempt (default 30); ``max_retries`` the retries
    after the first attempt (default 2); ``deadline`` optional seconds across all
    attempts; ``on_retry(attempt, delay, reason)`` is called before each retry's
    sleep. Pass ``http_client=httpx.Client(...)`` for your own proxies, TLS or
    transport (the SDK then never closes it). Use as a context manager to close
    connections.
    """

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        on_retry: OnRetry | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
    ) -> None:
        super().__init__(
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            on_retry=on_retry,
            default_headers=default_headers,
            http_client=http_client,
        )

    def __enter__(self) -> PayCrypt:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @cached_property
    def with_raw_response(self) -> Any:
        """The same resources, whose methods return :class:`~paycrypt.APIResponse`."""
        from ._response import RawResponseProxy

        return RawResponseProxy(self, is_async=False)

    @cached_property
    def payments(self) -> Payments:
        from .resources.payments import Payments

        return Payments(self)

    @cached_property
    def refunds(self) -> Refunds:
        from .resources.refunds import Refunds

        return Refunds(self)

    @cached_property
    def currencies(self) -> Currencies:
        from .resources.currencies import Currencies

        return Currencies(self)

    @cached_property
    def rates(self) -> Rates:
        from .resources.rates import Rates

        return Rates(self)

    @cached_property
    def estimates(self) -> Estimates:
        from .resources.estimates import Estimates

        return Estimates(self)

    @cached_property
    def webhook_endpoints(self) -> WebhookEndpoints:
        from .resources.webhook_endpoints import WebhookEndpoints

        return WebhookEndpoints(self)

    @cached_property
    def events(self) -> Events:
        from .resources.events import Events

        return Events(self)

    @cached_property
    def usage(self) -> Usage:
        from .resources.usage import Usage

        return Usage(self)

    @cached_property
    def account(self) -> Account:
        from .resources.account import Account

        return Account(self)

    @cached_property
    def health(self) -> Health:
        from .resources.health import Health

        return Health(self)

    @cached_property
    def admin(self) -> Admin:
        from .resources.admin import Admin

        return Admin(self)

    @cached_property
    def test_helpers(self) -> TestHelpers:
        from .resources.test_helpers import TestHelpers

        return TestHelpers(self)


class AsyncPayCrypt(AsyncAPIClient):
    """Asynchronous PayCrypt client; same arguments as :class:`PayCrypt`.

    Use ``async with AsyncPayCrypt(...) as client:`` or ``await client.close()``.

    ``transport="aiohttp"`` (needs ``pip install 'paycrypt[aiohttp]'``) sends through
    aiohttp instead of httpx's own async pool: same API, signing and retries, several
    times the throughput under concurrency (see the README's Performance section).
    ``http_client=paycrypt.DefaultAioHttpClient(...)`` does the same with your own settings.
    """

    def __init__(
        self,
        api_key: str | None = None,
        api_secret: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        deadline: float | None = None,
        on_retry: OnRetry | None = None,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: Literal["auto", "httpx", "aiohttp"] = "auto",
    ) -> None:
        super().__init__(
            api_key=api_key,
            api_secret=api_secret,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            deadline=deadline,
            on_retry=on_retry,
            default_headers=default_headers,
            http_client=http_client,
            transport=transport,
        )

    async def __aenter__(self) -> AsyncPayCrypt:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    @cached_property
    def with_raw_response(self) -> Any:
        """The same resources, whose methods return :class:`~paycrypt.APIResponse` (awaitable)."""
        from ._response import RawResponseProxy

        return RawResponseProxy(self, is_async=True)

    @cached_property
    def payments(self) -> AsyncPayments:
        from .resources.payments import AsyncPayments

        return AsyncPayments(self)

    @cached_property
    def refunds(self) -> AsyncRefunds:
        from .resources.refunds import AsyncRefunds

        return AsyncRefunds(self)

    @cached_property
    def currencies(self) -> AsyncCurrencies:
        from .resources.currencies import AsyncCurrencies

        return AsyncCurrencies(self)

    @cached_property
    def rates(self) -> AsyncRates:
        from .resources.rates import AsyncRates

        return AsyncRates(self)

    @cached_property
    def estimates(self) -> AsyncEstimates:
        from .resources.estimates import AsyncEstimates

        return AsyncEstimates(self)

    @cached_property
    def webhook_endpoints(self) -> AsyncWebhookEndpoints:
        from .resources.webhook_endpoints import AsyncWebhookEndpoints

        return AsyncWebhookEndpoints(self)

    @cached_property
    def events(self) -> AsyncEvents:
        from .resources.events import AsyncEvents

        return AsyncEvents(self)

    @cached_property
    def usage(self) -> AsyncUsage:
        from .resources.usage import AsyncUsage

        return AsyncUsage(self)

    @cached_property
    def account(self) -> AsyncAccount:
        from .resources.account import AsyncAccount

        return AsyncAccount(self)

    @cached_property
    def health(self) -> AsyncHealth:
        from .resources.health import AsyncHealth

        return AsyncHealth(self)

    @cached_property
    def admin(self) -> AsyncAdmin:
        from .resources.admin import AsyncAdmin

        return AsyncAdmin(self)

    @cached_property
    def test_helpers(self) -> AsyncTestHelpers:
        from .resources.test_helpers import AsyncTestHelpers

        return AsyncTestHelpers(self)
