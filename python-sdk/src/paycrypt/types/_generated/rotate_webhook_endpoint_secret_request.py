# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from paycrypt._models import BaseModel

__all__ = ["RotateWebhookEndpointSecretRequest"]


class RotateWebhookEndpointSecretRequest(BaseModel):
    """
    Rotation options.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    expire_previous_after_seconds: Annotated[int | None, Field(examples=[3600], ge=0, le=86400)] = 0
    """
    How long the previous secret stays valid: during the overlap every delivery carries two `v1=` signatures (new and previous secret). 0 = the previous secret stops at once.
    """
