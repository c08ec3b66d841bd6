# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from paycrypt._models import BaseModel

from .delivery_attempt import DeliveryAttempt
from .event_data import EventData

__all__ = ["Event"]


class Event(BaseModel):
    """
    Something that happened, as recorded by PayCrypt. Webhook deliveries POST the same object without `delivery_attempts`.
    """

    id: Annotated[
        str,
        Field(examples=["evt_5d2a8f1c6e3b9a7d4c0e1f2a"], pattern="^evt_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a event: `evt_` followed by 24 letters or digits.
    """
    type: Annotated[
        Literal[
            "payment.created",
            "payment.confirming",
            "payment.confirmed",
            "payment.underpaid",
            "payment.expired",
            "payment.canceled",
            "payment.refunded",
            "payment.partially_refunded",
            "usage.threshold_reached",
            "webhook_endpoint.test",
        ],
        Field(examples=["payment.confirmed"]),
    ]
    """
    Type of an event. Payment events carry a Payment, `usage.threshold_reached` a UsageAlert, `webhook_endpoint.test` the WebhookEndpoint.
    """
    created: Annotated[int, Field(examples=[1768473492], ge=0)]
    """
    When it happened, unix seconds.
    """
    data: EventData
    """
    The event's payload.
    """
    livemode: Annotated[bool, Field(examples=[False])]
    """
    False in the sandbox.
    """
    delivery_attempts: Annotated[
        list[DeliveryAttempt],
        Field(
            examples=[
                [
                    {
                        "webhook_endpoint_id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                        "attempt": 1,
                        "status_code": 200,
                        "response_body": '{"received": true}',
                        "error": None,
                        "duration_ms": 84,
                        "attempted_at": "2026-01-15T10:38:13Z",
                        "next_retry_at": None,
                        "outcome": "delivered",
                    }
                ]
            ]
        ),
    ]
    """
    Delivery attempts so far, oldest first.
    """
