# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from paycrypt._models import BaseModel

__all__ = ["CreateWebhookEndpointRequest"]


class CreateWebhookEndpointRequest(BaseModel):
    """
    A new webhook endpoint.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    url: Annotated[
        str,
        Field(examples=["https://shop.example.com/paycrypt/webhook"], max_length=2048),
    ]
    """
    URL to POST deliveries to.
    """
    events: Annotated[
        list[
            Literal["*"]
            | Literal[
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
            ]
        ],
        Field(examples=[["payment.confirmed", "payment.expired"]], min_length=1),
    ]
    """
    Event types delivered to this endpoint (`["*"]` = all).
    """
    description: Annotated[str | None, Field(examples=["Shop order updates"], max_length=500)] = (
        None
    )
    """
    Free-text description.
    """
    enabled: Annotated[bool | None, Field(examples=[True])] = True
    """
    Whether deliveries are sent.
    """
