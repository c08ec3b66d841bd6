# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.payments``: create, list, retrieve, cancel."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from .._base_client import path_param
from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import Payment, PaymentStatus

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["Payments", "AsyncPayments"]


class Payments(SyncAPIResource):
    def create(
        self,
        *,
        amount: str | Decimal,
        currency: str,
        pay_currency: str,
        order_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        redirect_url: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Payment:
        """Create a payment.

        ``POST /v1/payments`` (createPayment).

        Creates a `pending` payment priced in `currency` and payable in `pay_currency` at the
        current rate (fixed until `expires_at`, 15 minutes in the sandbox). Emits `payment.created`.
        Send the customer to `hosted_url` or show them `pay_address` and `pay_amount`.

        Args:
          amount: Price in `currency`; at least the currency's `min_amount`, and at most its
            `decimals` fraction digits.
          currency: Fiat currency the price is in.
          pay_currency: Crypto currency the customer pays in.
          order_id: Your order reference (not required to be unique).
          description: Free-text description shown on the checkout page.
          metadata: Up to 20 string key/value pairs stored on the object and returned unchanged.
            Values are at most 500 characters.
          redirect_url: Where the hosted checkout sends the customer afterwards.
        """
        body = {
            "amount": amount,
            "currency": currency,
            "pay_currency": pay_currency,
            "order_id": order_id,
            "description": description,
            "metadata": metadata,
            "redirect_url": redirect_url,
        }
        return self._client.request(
            "POST",
            "/v1/payments",
            cast_to=Payment,
            body=body,
            options=options,
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        status: PaymentStatus | NotGiven = NOT_GIVEN,
        created_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_lt: str | datetime | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Payment]:
        """List payments.

        ``GET /v1/payments`` (listPayments).

        Lists the client's payments, newest first, optionally filtered.

        Args:
          limit: Page size.
          starting_after: Cursor: return the payments after this id (the previous page's
            `next_cursor`).
          status: Only payments in this state.
          created_gte: Only payments created at or after this time (RFC 3339; use `Z`, or encode `+`
            as `%2B`).
          created_lt: Only payments created before this time.
          order_id: Only payments with this `order_id`.
        """
        params = {
            "limit": limit,
            "starting_after": starting_after,
            "status": status,
            "created_gte": created_gte,
            "created_lt": created_lt,
            "order_id": order_id,
        }
        return self._client.get_page(
            "/v1/payments",
            item=Payment,
            params=params,
            options=options,
        )

    def retrieve(
        self,
        payment_id: str,
        **options: Unpack[RequestOptions],
    ) -> Payment:
        """Retrieve a payment.

        ``GET /v1/payments/{payment_id}`` (retrievePayment).

        Returns a payment with its current state.

        Args:
          payment_id: The payment's id.
        """
        payment_id_ = path_param("payment_id", payment_id)
        return self._client.request(
            "GET",
            f"/v1/payments/{payment_id_}",
            cast_to=Payment,
            options=options,
        )

    def cancel(
        self,
        payment_id: str,
        **options: Unpack[RequestOptions],
    ) -> Payment:
        """Cancel a payment.

        ``POST /v1/payments/{payment_id}/cancel`` (cancelPayment).

        Cancels a `pending` payment (emits `payment.canceled`). Takes no body. Any other state is
        `409 payment_not_cancelable`.

        Args:
          payment_id: The payment's id.
        """
        payment_id_ = path_param("payment_id", payment_id)
        return self._client.request(
            "POST",
            f"/v1/payments/{payment_id_}/cancel",
            cast_to=Payment,
            options=options,
        )


class AsyncPayments(AsyncAPIResource):
    async def create(
        self,
        *,
        amount: str | Decimal,
        currency: str,
        pay_currency: str,
        order_id: str | NotGiven = NOT_GIVEN,
        description: str | NotGiven = NOT_GIVEN,
        metadata: Mapping[str, str] | NotGiven = NOT_GIVEN,
        redirect_url: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Payment:
        """Create a payment.

        ``POST /v1/payments`` (createPayment).

        Creates a `pending` payment priced in `currency` and payable in `pay_currency` at the
        current rate (fixed until `expires_at`, 15 minutes in the sandbox). Emits `payment.created`.
        Send the customer to `hosted_url` or show them `pay_address` and `pay_amount`.

        Args:
          amount: Price in `currency`; at least the currency's `min_amount`, and at most its
            `decimals` fraction digits.
          currency: Fiat currency the price is in.
          pay_currency: Crypto currency the customer pays in.
          order_id: Your order reference (not required to be unique).
          description: Free-text description shown on the checkout page.
          metadata: Up to 20 string key/value pairs stored on the object and returned unchanged.
            Values are at most 500 characters.
          redirect_url: Where the hosted checkout sends the customer afterwards.
        """
        body = {
            "amount": amount,
            "currency": currency,
            "pay_currency": pay_currency,
            "order_id": order_id,
            "description": description,
            "metadata": metadata,
            "redirect_url": redirect_url,
        }
        return await self._client.request(
            "POST",
            "/v1/payments",
            cast_to=Payment,
            body=body,
            options=options,
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        status: PaymentStatus | NotGiven = NOT_GIVEN,
        created_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_lt: str | datetime | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Payment]:
        """List payments.

        ``GET /v1/payments`` (listPayments).

        Lists the client's payments, newest first, optionally filtered.

        Args:
          limit: Page size.
          starting_after: Cursor: return the payments after this id (the previous page's
            `next_cursor`).
          status: Only payments in this state.
          created_gte: Only payments created at or after this time (RFC 3339; use `Z`, or encode `+`
            as `%2B`).
          created_lt: Only payments created before this time.
          order_id: Only payments with this `order_id`.
        """
        params = {
            "limit": limit,
            "starting_after": starting_after,
            "status": status,
            "created_gte": created_gte,
            "created_lt": created_lt,
            "order_id": order_id,
        }
        return self._client.get_page(
            "/v1/payments",
            item=Payment,
            params=params,
            options=options,
        )

    async def retrieve(
        self,
        payment_id: str,
        **options: Unpack[RequestOptions],
    ) -> Payment:
        """Retrieve a payment.

        ``GET /v1/payments/{payment_id}`` (retrievePayment).

        Returns a payment with its current state.

        Args:
          payment_id: The payment's id.
        """
        payment_id_ = path_param("payment_id", payment_id)
        return await self._client.request(
            "GET",
            f"/v1/payments/{payment_id_}",
            cast_to=Payment,
            options=options,
        )

    async def cancel(
        self,
        payment_id: str,
        **options: Unpack[RequestOptions],
    ) -> Payment:
        """Cancel a payment.

        ``POST /v1/payments/{payment_id}/cancel`` (cancelPayment).

        Cancels a `pending` payment (emits `payment.canceled`). Takes no body. Any other state is
        `409 payment_not_cancelable`.

        Args:
          payment_id: The payment's id.
        """
        payment_id_ = path_param("payment_id", payment_id)
        return await self._client.request(
            "POST",
            f"/v1/payments/{payment_id_}/cancel",
            cast_to=Payment,
            options=options,
        )
