# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from paycrypt._models import BaseModel

__all__ = ["UpdateWebhookEndpointRequest"]


class UpdateWebhookEndpointRequest(BaseModel):
    """
    Fields to change; omitted fields are unchanged.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    url: Annotated[
        str | None,
        Field(examples=["https://shop.example.com/paycrypt/webhook"], max_length=2048),
    ] = None
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
        ]
        | None,
        Field(examples=[["payment.confirmed", "payment.expired"]], min_length=1),
    ] = None
    """
    Event types delivered to this endpoint (`["*"]` = all).
    """
    description: Annotated[str | None, Field(examples=["Shop order updates"], max_length=500)] = (
        None
    )
    """
    Free-text description (null clears it).
    """
    enabled: Annotated[bool | None, Field(examples=[False])] = None
    """
    Whether deliveries are sent.
    """
