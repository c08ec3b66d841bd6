# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

__all__ = ["Rate"]


class Rate(BaseModel):
    """
    Exchange rate of one crypto currency.
    """

    pay_currency: Annotated[str, Field(examples=["BTC"], pattern="^[A-Z0-9]{2,10}$")]
    """
    Crypto currency ticker, upper case. The sandbox supports `BTC` (network bitcoin, 8 decimals), `ETH` (ethereum, 18), `USDT` (ethereum, 6) and `LTC` (litecoin, 8); see `GET /v1/currencies`. Other well-formed tickers are answered 422 `unsupported_currency`.
    """
    rate: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Price of 1 unit of `pay_currency` in the list's fiat `currency`.
    """
