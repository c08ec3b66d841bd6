# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from paycrypt._models import BaseModel

__all__ = ["ResetUsageRequest"]


class ResetUsageRequest(BaseModel):
    """
    Which usage to reset.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    client_id: Annotated[
        str | None,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ] = None
    """
    Reset only this client; default: all clients.
    """
    month: Annotated[
        str | None, Field(examples=["2026-01"], pattern="^[0-9]{4}-(0[1-9]|1[0-2])$")
    ] = None
    """
    Month to reset; default: the current month.
    """
    reason: Annotated[
        str,
        Field(
            examples=["Volume counted twice after incident"],
            max_length=500,
            min_length=1,
        ),
    ]
    """
    Why (written to the audit log).
    """
    dry_run: Annotated[bool | None, Field(examples=[False])] = False
    """
    Validate and return what would change, without changing anything or writing the audit log.
    """
