# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from paycrypt._models import BaseModel

__all__ = ["HealthStatus"]


class HealthStatus(BaseModel):
    """
    Liveness.
    """

    status: Annotated[Literal["ok"], Field(examples=["ok"])]
    """
    Always `ok` when the service answers.
    """
