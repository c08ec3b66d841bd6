# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.estimates``: create."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import RequestOptions
from ..types import Estimate

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["Estimates", "AsyncEstimates"]


class Estimates(SyncAPIResource):
    def create(
        self,
        *,
        amount: str | Decimal,
        currency: str,
        pay_currency: str,
        **options: Unpack[RequestOptions],
    ) -> Estimate:
        """Estimate a crypto amount.

        ``POST /v1/estimates`` (createEstimate).

        Computes the crypto amount a payment would have now, rounded exactly as a payment would be.
        Nothing is stored.

        Args:
          amount: Price in `currency`.
          currency: ISO 4217 fiat currency code, upper case. The sandbox supports `USD`, `EUR` and
            `GBP`; see `GET /v1/currencies`. Other well-formed codes are answered 422
            `unsupported_currency`.
          pay_currency: Crypto currency ticker, upper case. The sandbox supports `BTC` (network
            bitcoin, 8 decimals), `ETH` (ethereum, 18), `USDT` (ethereum, 6) and `LTC` (litecoin,
            8); see `GET /v1/currencies`. Other well-formed tickers are answered 422
            `unsupported_currency`.
        """
        body = {
            "amount": amount,
            "currency": currency,
            "pay_currency": pay_currency,
        }
        return self._client.request(
            "POST",
            "/v1/estimates",
            cast_to=Estimate,
            body=body,
            options=options,
        )


class AsyncEstimates(AsyncAPIResource):
    async def create(
        self,
        *,
        amount: str | Decimal,
        currency: str,
        pay_currency: str,
        **options: Unpack[RequestOptions],
    ) -> Estimate:
        """Estimate a crypto amount.

        ``POST /v1/estimates`` (createEstimate).

        Computes the crypto amount a payment would have now, rounded exactly as a payment would be.
        Nothing is stored.

        Args:
          amount: Price in `currency`.
          currency: ISO 4217 fiat currency code, upper case. The sandbox supports `USD`, `EUR` and
            `GBP`; see `GET /v1/currencies`. Other well-formed codes are answered 422
            `unsupported_currency`.
          pay_currency: Crypto currency ticker, upper case. The sandbox supports `BTC` (network
            bitcoin, 8 decimals), `ETH` (ethereum, 18), `USDT` (ethereum, 6) and `LTC` (litecoin,
            8); see `GET /v1/currencies`. Other well-formed tickers are answered 422
            `unsupported_currency`.
        """
        body = {
            "amount": amount,
            "currency": currency,
            "pay_currency": pay_currency,
        }
        return await self._client.request(
            "POST",
            "/v1/estimates",
            cast_to=Estimate,
            body=body,
            options=options,
        )
