# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from paycrypt._models import BaseModel

from .health_component import HealthComponent

__all__ = ["HealthDetailed"]


class HealthDetailed(BaseModel):
    """
    Detailed health.
    """

    status: Annotated[Literal["ok", "degraded", "down"], Field(examples=["ok"])]
    """
    Worst of the components' states.
    """
    version: Annotated[str, Field(examples=["1.0.0"])]
    """
    Server version.
    """
    uptime_seconds: Annotated[int, Field(examples=[3600], ge=0)]
    """
    Seconds since start.
    """
    started_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T09:30:00Z"])]
    """
    Start time.
    """
    components: Annotated[
        list[HealthComponent],
        Field(
            examples=[
                [
                    {"name": "database", "status": "ok", "latency_ms": 1},
                    {"name": "rates", "status": "ok", "latency_ms": 3},
                    {"name": "webhooks", "status": "ok", "latency_ms": 0},
                ]
            ]
        ),
    ]
    """
    Each dependency.
    """
