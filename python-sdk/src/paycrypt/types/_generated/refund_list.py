# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

from .refund import Refund

__all__ = ["RefundList"]


class RefundList(BaseModel):
    """
    One page of refunds, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[Refund],
        Field(
            examples=[
                [
                    {
                        "id": "re_7b1e4d2a9c6f3e8b5a0d1c2f",
                        "object": "refund",
                        "payment_id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                        "amount": "49.99",
                        "pay_amount": "0.00052622",
                        "status": "succeeded",
                        "reason": "Customer returned the mugs",
                        "created_at": "2026-01-16T09:00:00Z",
                    }
                ]
            ]
        ),
    ]
    """
    The refunds on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (a refund id); null on the last page.
    """
