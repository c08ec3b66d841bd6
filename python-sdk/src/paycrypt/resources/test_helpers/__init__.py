# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.test_helpers.…``: payments, emails."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncPayCrypt, PayCrypt
    from .emails import AsyncTestHelpersEmails, TestHelpersEmails
    from .payments import AsyncTestHelpersPayments, TestHelpersPayments

__all__ = ["TestHelpers", "AsyncTestHelpers"]


class TestHelpers:
    _paycrypt_namespace = True

    def __init__(self, client: PayCrypt) -> None:
        self._client = client

    @cached_property
    def payments(self) -> TestHelpersPayments:
        from .payments import TestHelpersPayments

        return TestHelpersPayments(self._client)

    @cached_property
    def emails(self) -> TestHelpersEmails:
        from .emails import TestHelpersEmails

        return TestHelpersEmails(self._client)


class AsyncTestHelpers:
    _paycrypt_namespace = True

    def __init__(self, client: AsyncPayCrypt) -> None:
        self._client = client

    @cached_property
    def payments(self) -> AsyncTestHelpersPayments:
        from .payments import AsyncTestHelpersPayments

        return AsyncTestHelpersPayments(self._client)

    @cached_property
    def emails(self) -> AsyncTestHelpersEmails:
        from .emails import AsyncTestHelpersEmails

        return AsyncTestHelpersEmails(self._client)
