# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from paycrypt._models import BaseModel

from .payment import Payment

__all__ = ["PaymentEventData"]


class PaymentEventData(BaseModel):
    """
    Payload of a `payment.*` event: the payment as of the event.
    """

    object: Payment
