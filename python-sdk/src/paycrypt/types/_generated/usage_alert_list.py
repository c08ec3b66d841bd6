# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

from .usage_alert import UsageAlert

__all__ = ["UsageAlertList"]


class UsageAlertList(BaseModel):
    """
    One page of usage alerts, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[UsageAlert],
        Field(
            examples=[
                [
                    {
                        "id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
                        "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                        "threshold": 80,
                        "alert_type": "notice",
                        "usage_percentage": "82.40",
                        "current_volume": "41200.00",
                        "max_volume": "50000.00",
                        "alert_month": "2026-01",
                        "sent_at": "2026-01-15T10:38:13Z",
                        "email_sent": True,
                        "recommended_package": "business",
                        "projected_volume": "88429.12",
                        "contact_sales": False,
                        "test": False,
                    }
                ]
            ]
        ),
    ]
    """
    The usage alerts on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (a usage alert id); null on the last page.
    """
