# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

from .admin_client import AdminClient

__all__ = ["AdminClientList"]


class AdminClientList(BaseModel):
    """
    One page of clients, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[AdminClient],
        Field(
            examples=[
                [
                    {
                        "id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                        "name": "Demo Merchant",
                        "email": "merchant@example.com",
                        "status": "active",
                        "package": {
                            "id": "growth",
                            "name": "Growth",
                            "max_volume": "50000.00",
                            "fee_percent": "0.80",
                        },
                        "pricing_override": None,
                        "created_at": "2025-11-01T09:00:00Z",
                        "usage_percentage": "82.40",
                        "current_volume": "41200.00",
                    }
                ]
            ]
        ),
    ]
    """
    The clients on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (a client id); null on the last page.
    """
