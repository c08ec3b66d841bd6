# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from paycrypt._models import BaseModel

__all__ = ["UsageReportClient"]


class UsageReportClient(BaseModel):
    """
    One client's line in the usage report.
    """

    client_id: Annotated[
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
    package: Annotated[str, Field(examples=["growth"], pattern="^[a-z][a-z0-9_]{1,31}$")]
    """
    Identifier of a package (plan). Seeded packages: `starter`, `growth`, `business`, `enterprise`; see `GET /v1/admin/packages`.
    """
    current_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Confirmed (gross) volume in the month (USD).
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
    Package limit (USD).
    """
    usage_percentage: Annotated[
        str, Field(examples=["82.40"], pattern="^[0-9]{1,4}(\\.[0-9]{1,2})?$")
    ]
    """
    A non-negative decimal percentage as a string with at most 2 fraction digits (`"82.40"` means 82.4 %). May exceed 100 for usage over the limit.
    """
    payments_count: Annotated[int, Field(examples=[824], ge=0)]
    """
    Confirmed payments in the month.
    """
    fees: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Fees on the payments confirmed in the month (USD): each payment's `fee` converted to USD at the fixed rates when it was confirmed, summed exactly, rounded half up to cents.
    """
    net_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    `current_volume − fees` (USD): the gross volume less fees. Refunds do not change a month's volume or fees (the fee is not returned on refunds).
    """
    alerts: Annotated[list[Literal[80, 90, 95, 100]], Field(examples=[[80]])]
    """
    Thresholds alerted in the month (test alerts excluded), ascending.
    """
