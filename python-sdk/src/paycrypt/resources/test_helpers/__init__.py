"""``client.test_helpers.…`` resource groups."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncPayCrypt, PayCrypt
    from .emails import AsyncEmails, Emails
    from .payments import Payments
    from .payments import AsyncPayments

__all__ = ["TestHelpers", "AsyncTestHelpers"]


class TestHelpers:
    _paycrypt_namespace = True

    def __init__(self, client: PayCrypt) -> None:
        self._client = client

    @cached_property
    def payments(self) -> Payments:
        from .payments import Payments

        return Payments(self._client)

    @cached_property
    def emails(self) -> Emails:
        from .emails import Emails

        return Emails(self._client)


class AsyncTestHelpers:
    _paycrypt_namespace = True

    def __init__(self, client: AsyncPayCrypt) -> None:
        self._client = client

    @cached_property
    def payments(self) -> AsyncPayments:
        from .payments import AsyncPayments

        return AsyncPayments(self._client)

    @cached_property
    def emails(self) -> AsyncEmails:
        from .emails import AsyncEmails

        return AsyncEmails(self._client)
