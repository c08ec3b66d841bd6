# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from paycrypt._models import BaseModel

from .metadata import Metadata

__all__ = ["CreatePaymentRequest"]


class CreatePaymentRequest(BaseModel):
    """
    Parameters for a new payment.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Price in `currency`; at least the currency's `min_amount`, and at most its `decimals` fraction digits.
    """
    currency: Annotated[str, Field(examples=["USD"], pattern="^[A-Z]{3}$")]
    """
    Fiat currency the price is in.
    """
    pay_currency: Annotated[str, Field(examples=["BTC"], pattern="^[A-Z0-9]{2,10}$")]
    """
    Crypto currency the customer pays in.
    """
    order_id: Annotated[
        str | None, Field(examples=["order_1042"], max_length=255, min_length=1)
    ] = None
    """
    Your order reference (not required to be unique).
    """
    description: Annotated[
        str | None, Field(examples=["Order #1042 - 2 ceramic mugs"], max_length=500)
    ] = None
    """
    Free-text description shown on the checkout page.
    """
    metadata: Metadata | None = None
    redirect_url: Annotated[
        str | None,
        Field(examples=["https://shop.example.com/orders/1042/complete"], max_length=2048),
    ] = None
    """
    Where the hosted checkout sends the customer afterwards.
    """
