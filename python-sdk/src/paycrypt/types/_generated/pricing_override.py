# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import AwareDatetime, Field

from paycrypt._models import BaseModel

__all__ = ["PricingOverride"]


class PricingOverride(BaseModel):
    """
    A temporary fee that replaces the package's `fee_percent` until `expires_at`.
    """

    id: Annotated[
        str,
        Field(examples=["po_4e9b2d7a1c5f8e3b6d0a2c1e"], pattern="^po_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a pricing override: `po_` followed by 24 letters or digits.
    """
    client_id: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
    fee_percent: Annotated[str, Field(examples=["82.40"], pattern="^[0-9]{1,4}(\\.[0-9]{1,2})?$")]
    """
    The overriding fee, percent.
    """
    reason: Annotated[str, Field(examples=["Q1 promotional rate"])]
    """
    Why it was granted.
    """
    created_by: Annotated[str, Field(examples=["pk_test_admin"])]
    """
    API key id of the admin who created it.
    """
    expires_at: Annotated[AwareDatetime, Field(examples=["2099-03-31T23:59:59Z"])]
    """
    When it stops applying.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T11:00:00Z"])]
    """
    Creation time.
    """
