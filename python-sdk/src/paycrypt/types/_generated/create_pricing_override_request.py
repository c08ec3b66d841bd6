# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import AwareDatetime, ConfigDict, Field

from paycrypt._models import BaseModel

__all__ = ["CreatePricingOverrideRequest"]


class CreatePricingOverrideRequest(BaseModel):
    """
    A temporary fee for one client.
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
    fee_percent: Annotated[str, Field(examples=["82.40"], pattern="^[0-9]{1,4}(\\.[0-9]{1,2})?$")]
    """
    The fee to apply, percent.
    """
    expires_at: Annotated[AwareDatetime, Field(examples=["2099-03-31T23:59:59Z"])]
    """
    When it stops applying; must be in the future.
    """
    reason: Annotated[str, Field(examples=["Q1 promotional rate"], max_length=500, min_length=1)]
    """
    Why (written to the audit log).
    """
    dry_run: Annotated[bool | None, Field(examples=[False])] = False
    """
    Validate and return what would change, without changing anything or writing the audit log.
    """
