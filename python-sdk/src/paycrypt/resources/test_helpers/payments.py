# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.test_helpers.payments``: pay, confirm, expire."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..._base_client import path_param
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._types import NOT_GIVEN, NotGiven, RequestOptions
from ...types import Payment

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["TestHelpersPayments", "AsyncTestHelpersPayments"]


class TestHelpersPayments(SyncAPIResource):
    def pay(
        self,
        payment_id: str,
        *,
        amount: str | Decimal | NotGiven = NOT_GIVEN,
        confirm: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Payment:
        """Simulate the customer paying.

        ``POST /v1/test_helpers/payments/{payment_id}/pay`` (testHelpersPayPayment).

        Simulates an on-chain payment to a `pending` or `underpaid` payment. Default amount: exactly
        what is outstanding → `confirmed` (or `confirming` with `confirm: false`). Less →
        `underpaid`; more → `overpaid_amount` is set. Events are emitted for each state change.

        Sandbox only (test mode keys); live keys get `403 test_mode_only`.

        Args:
          payment_id: The payment's id.
          amount: Crypto amount paid, in the payment's `pay_currency`; default: exactly the
            outstanding `pay_amount - amount_received`. Less makes the payment `underpaid`; more
            sets `overpaid_amount`.
          confirm: true: a full payment goes straight to `confirmed`; false: it stays `confirming`
            (finish with the confirm helper).
        """
        payment_id_ = path_param("payment_id", payment_id)
        body = {
            "amount": amount,
            "confirm": confirm,
        }
        return self._client.request(
            "POST",
            f"/v1/test_helpers/payments/{payment_id_}/pay",
            cast_to=Payment,
            body=body,
            options=options,
        )

    def confirm(
        self,
        payment_id: str,
        **options: Unpack[RequestOptions],
    ) -> Payment:
        """Confirm a confirming payment.

        ``POST /v1/test_helpers/payments/{payment_id}/confirm`` (testHelpersConfirmPayment).

        Moves a `confirming` payment to `confirmed` (emits `payment.confirmed`). Takes no body.

        Sandbox only (test mode keys); live keys get `403 test_mode_only`.

        Args:
          payment_id: The payment's id.
        """
        payment_id_ = path_param("payment_id", payment_id)
        return self._client.request(
            "POST",
            f"/v1/test_helpers/payments/{payment_id_}/confirm",
            cast_to=Payment,
            options=options,
        )

    def expire(
        self,
        payment_id: str,
        **options: Unpack[RequestOptions],
    ) -> Payment:
        """Expire a payment.

        ``POST /v1/test_helpers/payments/{payment_id}/expire`` (testHelpersExpirePayment).

        Advances the clock of a `pending` or `underpaid` payment past `expires_at`: it becomes
        `expired` (emits `payment.expired`). Takes no body.

        Sandbox only (test mode keys); live keys get `403 test_mode_only`.

        Args:
          payment_id: The payment's id.
        """
        payment_id_ = path_param("payment_id", payment_id)
        return self._client.request(
            "POST",
            f"/v1/test_helpers/payments/{payment_id_}/expire",
            cast_to=Payment,
            options=options,
        )


class AsyncTestHelpersPayments(AsyncAPIResource):
    async def pay(
        self,
        payment_id: str,
        *,
        amount: str | Decimal | NotGiven = NOT_GIVEN,
        confirm: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Payment:
        """Simulate the customer paying.

        ``POST /v1/test_helpers/payments/{payment_id}/pay`` (testHelpersPayPayment).

        Simulates an on-chain payment to a `pending` or `underpaid` payment. Default amount: exactly
        what is outstanding → `confirmed` (or `confirming` with `confirm: false`). Less →
        `underpaid`; more → `overpaid_amount` is set. Events are emitted for each state change.

        Sandbox only (test mode keys); live keys get `403 test_mode_only`.

        Args:
          payment_id: The payment's id.
          amount: Crypto amount paid, in the payment's `pay_currency`; default: exactly the
            outstanding `pay_amount - amount_received`. Less makes the payment `underpaid`; more
            sets `overpaid_amount`.
          confirm: true: a full payment goes straight to `confirmed`; false: it stays `confirming`
            (finish with the confirm helper).
        """
        payment_id_ = path_param("payment_id", payment_id)
        body = {
            "amount": amount,
            "confirm": confirm,
        }
        return await self._client.request(
            "POST",
            f"/v1/test_helpers/payments/{payment_id_}/pay",
            cast_to=Payment,
            body=body,
            options=options,
        )

    async def confirm(
        self,
        payment_id: str,
        **options: Unpack[RequestOptions],
    ) -> Payment:
        """Confirm a confirming payment.

        ``POST /v1/test_helpers/payments/{payment_id}/confirm`` (testHelpersConfirmPayment).

        Moves a `confirming` payment to `confirmed` (emits `payment.confirmed`). Takes no body.

        Sandbox only (test mode keys); live keys get `403 test_mode_only`.

        Args:
          payment_id: The payment's id.
        """
        payment_id_ = path_param("payment_id", payment_id)
        return await self._client.request(
            "POST",
            f"/v1/test_helpers/payments/{payment_id_}/confirm",
            cast_to=Payment,
            options=options,
        )

    async def expire(
        self,
        payment_id: str,
        **options: Unpack[RequestOptions],
    ) -> Payment:
        """Expire a payment.

        ``POST /v1/test_helpers/payments/{payment_id}/expire`` (testHelpersExpirePayment).

        Advances the clock of a `pending` or `underpaid` payment past `expires_at`: it becomes
        `expired` (emits `payment.expired`). Takes no body.

        Sandbox only (test mode keys); live keys get `403 test_mode_only`.

        Args:
          payment_id: The payment's id.
        """
        payment_id_ = path_param("payment_id", payment_id)
        return await self._client.request(
            "POST",
            f"/v1/test_helpers/payments/{payment_id_}/expire",
            cast_to=Payment,
            options=options,
        )
