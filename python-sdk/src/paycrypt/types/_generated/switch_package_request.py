# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import ConfigDict, Field

from paycrypt._models import BaseModel

__all__ = ["SwitchPackageRequest"]


class SwitchPackageRequest(BaseModel):
    """
    Package change.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    package: Annotated[str, Field(examples=["growth"], pattern="^[a-z][a-z0-9_]{1,31}$")]
    """
    The package to move the client to.
    """
    reason: Annotated[
        str,
        Field(
            examples=["Upgrade after the 95 % usage alert"],
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
