# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

from .audit_entry import AuditEntry
from .pricing_override import PricingOverride

__all__ = ["PricingOverrideCreateResult"]


class PricingOverrideCreateResult(BaseModel):
    """
    Outcome of creating a pricing override. A new override replaces the client's active one.
    """

    dry_run: Annotated[bool, Field(examples=[False])]
    """
    Echoes the request: true means nothing was stored.
    """
    pricing_override: PricingOverride
    audit_entry: Annotated[
        AuditEntry | None,
        Field(
            examples=[
                {
                    "id": "aud_6c9f2b5e8a1d4c7f0b3e6a9d",
                    "actor": "pk_test_admin",
                    "action": "pricing_override_created",
                    "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                    "reason": "Q1 promotional rate",
                    "before": None,
                    "after": {
                        "pricing_override_id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
                        "fee_percent": "0.50",
                        "expires_at": "2099-03-31T23:59:59Z",
                    },
                    "created_at": "2026-01-15T11:00:00Z",
                }
            ]
        ),
    ]
    """
    The audit entry written; null for a dry run.
    """
