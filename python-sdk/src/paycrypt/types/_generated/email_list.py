# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

from .email import Email

__all__ = ["EmailList"]


class EmailList(BaseModel):
    """
    One page of sent e-mails, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[Email],
        Field(
            examples=[
                [
                    {
                        "id": "em_6b2d9f4a1c8e3b7d5a0f2c4e",
                        "object": "email",
                        "to": "demo@shop.example",
                        "subject": "PayCrypt usage notice: 82.40 % of your Starter limit for 2026-01",
                        "html": '<!DOCTYPE html><html><body style="margin:0;padding:0;background:#f4f5f7;">…</body></html>',
                        "text": "Usage notice: Demo Store has used 82.40 % of its Starter package for 2026-01.\n\nConfirmed volume: 8240.00 of 10000.00 USD.\nRecommended: upgrade to Growth (50000.00 USD a month).",
                        "alert_id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
                        "created_at": "2026-01-15T10:38:13Z",
                        "delivery_status": "outbox",
                        "delivery_attempts": 0,
                        "delivery_error": None,
                        "delivered_at": None,
                    }
                ]
            ]
        ),
    ]
    """
    The e-mails on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (an e-mail id); null on the last page.
    """
