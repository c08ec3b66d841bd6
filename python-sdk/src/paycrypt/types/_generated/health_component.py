# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from paycrypt._models import BaseModel

__all__ = ["HealthComponent"]


class HealthComponent(BaseModel):
    """
    Health of one dependency.
    """

    name: Annotated[str, Field(examples=["database"])]
    """
    Component name.
    """
    status: Annotated[Literal["ok", "degraded", "down"], Field(examples=["ok"])]
    """
    Component state.
    """
    latency_ms: Annotated[int, Field(examples=[1], ge=0)]
    """
    Latency of the component's probe.
    """
    detail: Annotated[str | None, Field(examples=[None])] = None
    """
    Extra information when not ok.
    """
