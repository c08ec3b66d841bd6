# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from paycrypt._models import BaseModel

__all__ = ["PayPaymentRequest"]


class PayPaymentRequest(BaseModel):
    """
    Simulated customer payment.
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
    Crypto amount paid, in the payment's `pay_currency`; default: exactly the outstanding `pay_amount - amount_received`. Less makes the payment `underpaid`; more sets `overpaid_amount`.
    """
    confirm: Annotated[bool | None, Field(examples=[True])] = True
    """
    true: a full payment goes straight to `confirmed`; false: it stays `confirming` (finish with the confirm helper).
    """
