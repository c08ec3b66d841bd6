# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from paycrypt._models import BaseModel

__all__ = ["DeletedWebhookEndpoint"]


class DeletedWebhookEndpoint(BaseModel):
    """
    Confirmation of a deletion.
    """

    id: Annotated[
        str,
        Field(examples=["we_2c8e5a1f7b3d9e4c6a0b1d2e"], pattern="^we_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a webhook endpoint: `we_` followed by 24 letters or digits.
    """
    deleted: Annotated[Literal[True], Field(examples=[True])]
    """
    Always true.
    """
