# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

from .payment import Payment

__all__ = ["PaymentList"]


class PaymentList(BaseModel):
    """
    One page of payments, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[Payment],
        Field(
            examples=[
                [
                    {
                        "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                        "object": "payment",
                        "status": "confirmed",
                        "amount": "49.99",
                        "currency": "USD",
                        "pay_currency": "BTC",
                        "pay_amount": "0.00052622",
                        "rate": "95000.00",
                        "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
                        "amount_received": "0.00052622",
                        "overpaid_amount": "0",
                        "amount_refunded": "0",
                        "fee_percent": "0.80",
                        "fee": "0.40",
                        "net_amount": "49.59",
                        "order_id": "order_1042",
                        "description": "Order #1042 - 2 ceramic mugs",
                        "metadata": {"customer_id": "cus_1042"},
                        "redirect_url": "https://shop.example.com/orders/1042/complete",
                        "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                        "expires_at": "2026-01-15T10:45:00Z",
                        "created_at": "2026-01-15T10:30:00Z",
                        "updated_at": "2026-01-15T10:38:12Z",
                        "confirmed_at": "2026-01-15T10:38:12Z",
                    }
                ]
            ]
        ),
    ]
    """
    The payments on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (a payment id); null on the last page.
    """
