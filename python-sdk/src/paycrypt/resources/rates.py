# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.rates``: list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import RateList

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["Rates", "AsyncRates"]


class Rates(SyncAPIResource):
    def list(
        self,
        *,
        currency: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> RateList:
        """Current exchange rates.

        ``GET /v1/rates`` (listRates).

        Price of one unit of each supported crypto currency in the given fiat currency.

        Args:
          currency: Fiat currency to price in (default `USD`).
        """
        params = {
            "currency": currency,
        }
        return self._client.request(
            "GET",
            "/v1/rates",
            cast_to=RateList,
            params=params,
            options=options,
        )


class AsyncRates(AsyncAPIResource):
    async def list(
        self,
        *,
        currency: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> RateList:
        """Current exchange rates.

        ``GET /v1/rates`` (listRates).

        Price of one unit of each supported crypto currency in the given fiat currency.

        Args:
          currency: Fiat currency to price in (default `USD`).
        """
        params = {
            "currency": currency,
        }
        return await self._client.request(
            "GET",
            "/v1/rates",
            cast_to=RateList,
            params=params,
            options=options,
        )
