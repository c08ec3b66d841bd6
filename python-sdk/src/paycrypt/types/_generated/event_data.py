# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

from .payment import Payment
from .usage_alert import UsageAlert
from .webhook_endpoint import WebhookEndpoint

__all__ = ["EventData"]


class EventData(BaseModel):
    """
    An event's payload: `object` is the Payment, UsageAlert or WebhookEndpoint the event is about.
    """

    object: Annotated[
        Payment | UsageAlert | WebhookEndpoint,
        Field(
            examples=[
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
        ),
    ]
    """
    Payment (payment.*), UsageAlert (usage.threshold_reached) or WebhookEndpoint without `secret` (webhook_endpoint.test), as of the event.
    """
