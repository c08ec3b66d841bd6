# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from paycrypt._models import BaseModel

from .usage_alert import UsageAlert

__all__ = ["UsageAlertEventData"]


class UsageAlertEventData(BaseModel):
    """
    Payload of a `usage.threshold_reached` event: the usage alert.
    """

    object: UsageAlert
