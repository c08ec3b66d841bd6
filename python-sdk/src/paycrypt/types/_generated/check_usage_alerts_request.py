# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from paycrypt._models import BaseModel

__all__ = ["CheckUsageAlertsRequest"]


class CheckUsageAlertsRequest(BaseModel):
    """
    Which month to check.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    month: Annotated[
        str | None, Field(examples=["2026-01"], pattern="^[0-9]{4}-(0[1-9]|1[0-2])$")
    ] = None
    """
    Default: the current month.
    """
