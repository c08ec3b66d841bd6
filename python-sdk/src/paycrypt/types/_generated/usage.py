# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from paycrypt._models import BaseModel

from .package import Package

__all__ = ["Usage"]


class Usage(BaseModel):
    """
    The client's confirmed volume in one calendar month against its package limit.
    """

    client_id: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
    month: Annotated[str, Field(examples=["2026-01"], pattern="^[0-9]{4}-(0[1-9]|1[0-2])$")]
    """
    A calendar month `YYYY-MM` (UTC).
    """
    currency: Annotated[str, Field(examples=["USD"], pattern="^[A-Z]{3}$")]
    """
    Currency of the volumes; always `USD`.
    """
    package: Package
    current_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Confirmed volume this month (USD).
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
    The package's monthly limit (USD).
    """
    usage_percentage: Annotated[
        str, Field(examples=["82.40"], pattern="^[0-9]{1,4}(\\.[0-9]{1,2})?$")
    ]
    """
    current_volume / max_volume × 100, rounded to 2 decimals.
    """
    thresholds_crossed: Annotated[list[Literal[80, 90, 95, 100]], Field(examples=[[80]])]
    """
    Thresholds crossed this month, ascending.
    """
    limit_exceeded: Annotated[bool, Field(examples=[False])]
    """
    True at 100 % or more: new payments are refused with 422 `usage_limit_exceeded`.
    """
    projected_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    The month's volume at the pace so far (USD). The projection is `current_volume` (the volume so far, in cents) ÷ the elapsed share of the month (UTC seconds elapsed ÷ seconds in the month, capped at 1; the elapsed time counts as at least 3 days, so a large first payment does not project to many times itself), rounded half up to cents.
    """
    contact_sales: Annotated[bool, Field(examples=[False])]
    """
    True when a threshold is crossed and no package's limit is above `projected_volume`; `recommended_package` is then Enterprise and a custom limit needs sales.
    """
    recommended_package: Annotated[
        Package | None,
        Field(
            examples=[
                {
                    "id": "business",
                    "name": "Business",
                    "max_volume": "250000.00",
                    "fee_percent": "0.60",
                }
            ]
        ),
    ]
    """
    Once a threshold is crossed: the smallest package, no smaller than the current one, whose `max_volume` is above `projected_volume` (equal does not cover: at the limit payments are refused), or Enterprise with `contact_sales` when none is. Null when no threshold is crossed or the current package covers the projection.
    """
