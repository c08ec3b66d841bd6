# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from paycrypt._models import BaseModel

__all__ = ["CreateRefundRequest"]


class CreateRefundRequest(BaseModel):
    """
    Parameters for a refund.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[
        str | None,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ] = None
    """
    Fiat amount to refund; default: everything still refundable (`amount - amount_refunded`).
    """
    reason: Annotated[
        str | None, Field(examples=["Customer returned the mugs"], max_length=500)
    ] = None
    """
    Why it is refunded.
    """
