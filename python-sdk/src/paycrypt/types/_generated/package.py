# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

__all__ = ["Package"]


class Package(BaseModel):
    """
    A package (plan): monthly volume limit and fee.
    """

    id: Annotated[str, Field(examples=["growth"], pattern="^[a-z][a-z0-9_]{1,31}$")]
    """
    Identifier of a package (plan). Seeded packages: `starter`, `growth`, `business`, `enterprise`; see `GET /v1/admin/packages`.
    """
    name: Annotated[str, Field(examples=["Growth"])]
    """
    Display name.
    """
    max_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Confirmed volume allowed per calendar month, in USD.
    """
    fee_percent: Annotated[str, Field(examples=["82.40"], pattern="^[0-9]{1,4}(\\.[0-9]{1,2})?$")]
    """
    Fee charged on confirmed volume, percent.
    """
