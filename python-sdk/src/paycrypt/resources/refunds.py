# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.refunds``: create, list."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .._base_client import path_param
from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import Refund

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["Refunds", "AsyncRefunds"]


class Refunds(SyncAPIResource):
    def create(
        self,
        payment_id: str,
        *,
        amount: str | Decimal | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Refund:
        """Refund a payment.

        ``POST /v1/payments/{payment_id}/refunds`` (createRefund).

        Refunds all (default) or part of a `confirmed` or `partially_refunded` payment. The payment
        becomes `refunded` or `partially_refunded` and the matching event is emitted. The fee is not
        returned on refunds; the payment's `fee` and `net_amount` stay as they were.

        Args:
          payment_id: The payment's id.
          amount: Fiat amount to refund; default: everything still refundable (`amount -
            amount_refunded`).
          reason: Why it is refunded.
        """
        payment_id_ = path_param("payment_id", payment_id)
        body = {
            "amount": amount,
            "reason": reason,
        }
        return self._client.request(
            "POST",
            f"/v1/payments/{payment_id_}/refunds",
            cast_to=Refund,
            body=body,
            options=options,
        )

    def list(
        self,
        payment_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Refund]:
        """List a payment's refunds.

        ``GET /v1/payments/{payment_id}/refunds`` (listRefunds).

        Lists the refunds of one payment, newest first.

        Args:
          payment_id: The payment's id.
          limit: Page size.
          starting_after: Cursor: return the refunds after this id (the previous page's
            `next_cursor`).
        """
        payment_id_ = path_param("payment_id", payment_id)
        params = {
            "limit": limit,
            "starting_after": starting_after,
        }
        return self._client.get_page(
            f"/v1/payments/{payment_id_}/refunds",
            item=Refund,
            params=params,
            options=options,
        )


class AsyncRefunds(AsyncAPIResource):
    async def create(
        self,
        payment_id: str,
        *,
        amount: str | Decimal | NotGiven = NOT_GIVEN,
        reason: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Refund:
        """Refund a payment.

        ``POST /v1/payments/{payment_id}/refunds`` (createRefund).

        Refunds all (default) or part of a `confirmed` or `partially_refunded` payment. The payment
        becomes `refunded` or `partially_refunded` and the matching event is emitted. The fee is not
        returned on refunds; the payment's `fee` and `net_amount` stay as they were.

        Args:
          payment_id: The payment's id.
          amount: Fiat amount to refund; default: everything still refundable (`amount -
            amount_refunded`).
          reason: Why it is refunded.
        """
        payment_id_ = path_param("payment_id", payment_id)
        body = {
            "amount": amount,
            "reason": reason,
        }
        return await self._client.request(
            "POST",
            f"/v1/payments/{payment_id_}/refunds",
            cast_to=Refund,
            body=body,
            options=options,
        )

    def list(
        self,
        payment_id: str,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Refund]:
        """List a payment's refunds.

        ``GET /v1/payments/{payment_id}/refunds`` (listRefunds).

        Lists the refunds of one payment, newest first.

        Args:
          payment_id: The payment's id.
          limit: Page size.
          starting_after: Cursor: return the refunds after this id (the previous page's
            `next_cursor`).
        """
        payment_id_ = path_param("payment_id", payment_id)
        params = {
            "limit": limit,
            "starting_after": starting_after,
        }
        return self._client.get_page(
            f"/v1/payments/{payment_id_}/refunds",
            item=Refund,
            params=params,
            options=options,
        )
