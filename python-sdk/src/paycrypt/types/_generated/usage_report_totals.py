# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

__all__ = ["UsageReportTotals"]


class UsageReportTotals(BaseModel):
    """
    Totals over all clients.
    """

    clients: Annotated[int, Field(examples=[1], ge=0)]
    """
    Number of clients.
    """
    volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Confirmed volume of all clients (USD).
    """
    payments: Annotated[int, Field(examples=[824], ge=0)]
    """
    Confirmed payments of all clients.
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
    Fees of all clients (USD), the sum of the clients' `fees`.
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
    `volume − fees` (USD).
    """
