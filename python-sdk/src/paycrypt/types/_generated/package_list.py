# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

from .package import Package

__all__ = ["PackageList"]


class PackageList(BaseModel):
    """
    All packages, smallest first (not paginated).
    """

    data: Annotated[
        list[Package],
        Field(
            examples=[
                [
                    {
                        "id": "starter",
                        "name": "Starter",
                        "max_volume": "10000.00",
                        "fee_percent": "1.00",
                    },
                    {
                        "id": "growth",
                        "name": "Growth",
                        "max_volume": "50000.00",
                        "fee_percent": "0.80",
                    },
                    {
                        "id": "business",
                        "name": "Business",
                        "max_volume": "250000.00",
                        "fee_percent": "0.60",
                    },
                    {
                        "id": "enterprise",
                        "name": "Enterprise",
                        "max_volume": "1000000.00",
                        "fee_percent": "0.40",
                    },
                ]
            ]
        ),
    ]
    """
    The packages.
    """
