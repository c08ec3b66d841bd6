# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from paycrypt._models import BaseModel

__all__ = ["SendTestAlertRequest"]


class SendTestAlertRequest(BaseModel):
    """
    Test alert parameters.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    client_id: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
    threshold: Annotated[Literal[80, 90, 95, 100], Field(examples=[80])]
    """
    A usage alert threshold, percent of `max_volume`.
    """
