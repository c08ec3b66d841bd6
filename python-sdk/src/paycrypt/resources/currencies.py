# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.currencies``: list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import RequestOptions
from ..types import CurrencyList

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["Currencies", "AsyncCurrencies"]


class Currencies(SyncAPIResource):
    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> CurrencyList:
        """List currencies.

        ``GET /v1/currencies`` (listCurrencies).

        All supported fiat and crypto currencies with their decimals, network and minimum amount.
        """
        return self._client.request(
            "GET",
            "/v1/currencies",
            cast_to=CurrencyList,
            options=options,
        )


class AsyncCurrencies(AsyncAPIResource):
    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> CurrencyList:
        """List currencies.

        ``GET /v1/currencies`` (listCurrencies).

        All supported fiat and crypto currencies with their decimals, network and minimum amount.
        """
        return await self._client.request(
            "GET",
            "/v1/currencies",
            cast_to=CurrencyList,
            options=options,
        )
