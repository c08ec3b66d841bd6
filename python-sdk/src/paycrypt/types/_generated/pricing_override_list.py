# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

from .pricing_override import PricingOverride

__all__ = ["PricingOverrideList"]


class PricingOverrideList(BaseModel):
    """
    One page of pricing overrides, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[PricingOverride],
        Field(
            examples=[
                [
                    {
                        "id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
                        "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                        "fee_percent": "0.50",
                        "reason": "Q1 promotional rate",
                        "created_by": "pk_test_admin",
                        "expires_at": "2099-03-31T23:59:59Z",
                        "created_at": "2026-01-15T11:00:00Z",
                    }
                ]
            ]
        ),
    ]
    """
    The pricing overrides on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (a pricing override id); null on the last page.
    """
