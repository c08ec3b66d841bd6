# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from paycrypt._models import BaseModel

from .audit_entry import AuditEntry

__all__ = ["DeletedPricingOverride"]


class DeletedPricingOverride(BaseModel):
    """
    Confirmation of a deletion.
    """

    id: Annotated[
        str,
        Field(examples=["po_4e9b2d7a1c5f8e3b6d0a2c1e"], pattern="^po_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a pricing override: `po_` followed by 24 letters or digits.
    """
    deleted: Annotated[Literal[True], Field(examples=[True])]
    """
    Always true.
    """
    audit_entry: AuditEntry
