# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from paycrypt._models import BaseModel

from .usage_alert_event_data import UsageAlertEventData

__all__ = ["UsageThresholdReachedWebhookEvent"]


class UsageThresholdReachedWebhookEvent(BaseModel):
    """
    Body of a `usage.threshold_reached` webhook delivery.
    """

    id: Annotated[
        str,
        Field(examples=["evt_5d2a8f1c6e3b9a7d4c0e1f2a"], pattern="^evt_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a event: `evt_` followed by 24 letters or digits.
    """
    type: Annotated[Literal["usage.threshold_reached"], Field(examples=["usage.threshold_reached"])]
    """
    Event type.
    """
    created: Annotated[int, Field(examples=[1768473492], ge=0)]
    """
    When it happened, unix seconds.
    """
    data: UsageAlertEventData
    """
    The payload.
    """
    livemode: Annotated[bool, Field(examples=[False])]
    """
    False in the sandbox.
    """
