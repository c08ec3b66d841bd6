# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

from .webhook_endpoint import WebhookEndpoint

__all__ = ["WebhookEndpointList"]


class WebhookEndpointList(BaseModel):
    """
    One page of webhook endpoints, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[WebhookEndpoint],
        Field(
            examples=[
                [
                    {
                        "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                        "url": "https://shop.example.com/paycrypt/webhook",
                        "events": ["payment.confirmed", "payment.expired"],
                        "description": "Shop order updates",
                        "enabled": True,
                        "secret_hint": "…7e9c",
                        "created_at": "2026-01-15T10:30:00Z",
                        "updated_at": "2026-01-15T10:30:00Z",
                    }
                ]
            ]
        ),
    ]
    """
    The webhook endpoints on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (a webhook endpoint id); null on the last page.
    """
