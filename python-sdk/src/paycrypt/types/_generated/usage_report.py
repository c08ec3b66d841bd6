# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import AwareDatetime, Field

from paycrypt._models import BaseModel

from .usage_report_client import UsageReportClient
from .usage_report_totals import UsageReportTotals

__all__ = ["UsageReport"]


class UsageReport(BaseModel):
    """
    Monthly usage of every client.
    """

    month: Annotated[str, Field(examples=["2026-01"], pattern="^[0-9]{4}-(0[1-9]|1[0-2])$")]
    """
    A calendar month `YYYY-MM` (UTC).
    """
    generated_at: Annotated[AwareDatetime, Field(examples=["2026-01-20T08:00:00Z"])]
    """
    When the report was computed.
    """
    totals: UsageReportTotals
    clients: Annotated[
        list[UsageReportClient],
        Field(
            examples=[
                [
                    {
                        "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                        "name": "Demo Merchant",
                        "package": "growth",
                        "current_volume": "41200.00",
                        "max_volume": "50000.00",
                        "usage_percentage": "82.40",
                        "payments_count": 824,
                        "fees": "329.60",
                        "net_volume": "40870.40",
                        "alerts": [80],
                    }
                ]
            ]
        ),
    ]
    """
    One line per client, highest usage first.
    """
