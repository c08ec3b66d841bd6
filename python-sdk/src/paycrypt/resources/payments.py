"""``client.payments``: create, list, retrieve, cancel."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Literal

from .._base_client import path_param
from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import Payment

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
        status: Literal["pending", "confirming", "confirmed", "underpaid", "expired", "canceled", "refunded", "partially_refunded"] | NotGiven = NOT_GIVEN,
        created_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_lt: str | datetime | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Payment]:
        """List payments.

        ``GET /v1/payments`` (listPayments).

        Lists the client's payments, newest first, optionally filtered.
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
        status: Literal["pending", "confirming", "confirmed", "underpaid", "expired", "canceled", "refunded", "partially_refunded"] | NotGiven = NOT_GIVEN,
        created_gte: str | datetime | NotGiven = NOT_GIVEN,
        created_lt: str | datetime | NotGiven = NOT_GIVEN,
        order_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Payment]:
        """List payments.

        ``GET /v1/payments`` (listPayments).

        Lists the client's payments, newest first, optionally filtered.
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
        """
        payment_id_ = path_param("payment_id", payment_id)
        return await self._client.request(
            "POST",
            f"/v1/payments/{payment_id_}/cancel",
            cast_to=Payment,
            options=options,
        )
