# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from paycrypt._models import BaseModel

__all__ = ["Currency"]


class Currency(BaseModel):
    """
    A supported currency.
    """

    code: Annotated[str, Field(examples=["BTC"], pattern="^[A-Z0-9]{2,10}$")]
    """
    ISO 4217 code (fiat) or ticker (crypto).
    """
    name: Annotated[str, Field(examples=["Bitcoin"])]
    """
    Display name.
    """
    type: Annotated[Literal["fiat", "crypto"], Field(examples=["crypto"])]
    """
    `fiat` (prices) or `crypto` (payment).
    """
    decimals: Annotated[int, Field(examples=[8], ge=0, le=18)]
    """
    Fraction digits amounts in this currency are rounded to.
    """
    network: Annotated[str | None, Field(examples=["bitcoin"])]
    """
    Blockchain network for crypto (`bitcoin`, `ethereum`, `litecoin`); null for fiat.
    """
    min_amount: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Smallest amount accepted in this currency (price for fiat, `pay_amount` for crypto).
    """
