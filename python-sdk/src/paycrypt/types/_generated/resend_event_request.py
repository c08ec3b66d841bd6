# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from paycrypt._models import BaseModel

__all__ = ["ResendEventRequest"]


class ResendEventRequest(BaseModel):
    """
    Resend options.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    webhook_endpoint_id: Annotated[
        str | None,
        Field(examples=["we_2c8e5a1f7b3d9e4c6a0b1d2e"], pattern="^we_[A-Za-z0-9]{24}$"),
    ] = None
    """
    Resend only to this endpoint; default: every enabled endpoint subscribed to the event's type.
    """
