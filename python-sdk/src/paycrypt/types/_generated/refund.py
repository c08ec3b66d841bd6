# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from paycrypt._models import BaseModel

__all__ = ["Refund"]


class Refund(BaseModel):
    """
    A refund of (part of) a confirmed payment.
    """

    id: Annotated[
        str,
        Field(examples=["re_7b1e4d2a9c6f3e8b5a0d1c2f"], pattern="^re_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a refund: `re_` followed by 24 letters or digits.
    """
    object: Annotated[Literal["refund"], Field(examples=["refund"])]
    """
    Always `refund`.
    """
    payment_id: Annotated[
        str,
        Field(examples=["pay_3f9a1c7e5b2d4a6c8e0f1a2b"], pattern="^pay_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a payment: `pay_` followed by 24 letters or digits.
    """
    amount: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Refunded amount in the payment's `currency` (fiat).
    """
    pay_amount: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Refunded amount in the payment's `pay_currency`, at the payment's `rate`, rounded down to the coin's decimals.
    """
    status: Annotated[Literal["succeeded"], Field(examples=["succeeded"])]
    """
    Refund state; the sandbox refunds synchronously.
    """
    reason: Annotated[str | None, Field(examples=["Customer returned the mugs"], max_length=500)]
    """
    Why it was refunded, if given.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2026-01-16T09:00:00Z"])]
    """
    Creation time.
    """
