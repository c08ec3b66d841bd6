# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from paycrypt._models import BaseModel

from .package import Package
from .pricing_override import PricingOverride

__all__ = ["Account"]


class Account(BaseModel):
    """
    A merchant account (client).
    """

    id: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
    name: Annotated[str, Field(examples=["Demo Merchant"])]
    """
    Merchant name.
    """
    email: Annotated[str, Field(examples=["merchant@example.com"], max_length=254, min_length=3)]
    """
    Contact e-mail address (usage alerts go there).
    """
    status: Annotated[Literal["active", "suspended"], Field(examples=["active"])]
    """
    `suspended` accounts cannot create payments.
    """
    package: Package
    pricing_override: Annotated[PricingOverride | None, Field(examples=[None])]
    """
    The active (unexpired) pricing override, if any.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2025-11-01T09:00:00Z"])]
    """
    When the account was created.
    """
