# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from paycrypt._models import BaseModel

__all__ = ["WebhookEndpoint"]


class WebhookEndpoint(BaseModel):
    """
    A URL that receives signed event deliveries.
    """

    id: Annotated[
        str,
        Field(examples=["we_2c8e5a1f7b3d9e4c6a0b1d2e"], pattern="^we_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a webhook endpoint: `we_` followed by 24 letters or digits.
    """
    url: Annotated[str, Field(examples=["https://shop.example.com/paycrypt/webhook"])]
    """
    HTTPS (or, in the sandbox, any http) URL deliveries are POSTed to.
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
    description: Annotated[str | None, Field(examples=["Shop order updates"], max_length=500)]
    """
    Free-text description.
    """
    enabled: Annotated[bool, Field(examples=[True])]
    """
    Disabled endpoints receive nothing.
    """
    secret: Annotated[
        str | None,
        Field(
            examples=["whsec_5f2b8c1e9a4d7f3b6e0c2a8d1f4b7e9c"],
            pattern="^whsec_[A-Za-z0-9]{24,64}$",
        ),
    ] = None
    """
    The signing secret. Only returned by create and rotate_secret; store it then. Absent everywhere else.
    """
    secret_hint: Annotated[str, Field(examples=["…7e9c"])]
    """
    `…` followed by the last 4 characters of the current secret.
    """
    previous_secret_expires_at: Annotated[AwareDatetime | None, Field(examples=[None])] = None
    """
    After a rotation with overlap: until when deliveries are also signed with the previous secret.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T10:30:00Z"])]
    """
    Creation time.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T10:30:00Z"])]
    """
    Last change.
    """
