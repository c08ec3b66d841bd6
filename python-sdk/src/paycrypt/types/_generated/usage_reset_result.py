# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

from .audit_entry import AuditEntry

__all__ = ["UsageResetResult"]


class UsageResetResult(BaseModel):
    """
    Outcome of a usage reset (volume and fees set to 0, the month's thresholds re-armed).
    """

    dry_run: Annotated[bool, Field(examples=[False])]
    """
    Echoes the request: true means nothing was changed.
    """
    month: Annotated[str, Field(examples=["2026-01"], pattern="^[0-9]{4}-(0[1-9]|1[0-2])$")]
    """
    A calendar month `YYYY-MM` (UTC).
    """
    clients_reset: Annotated[int, Field(examples=[1], ge=0)]
    """
    Number of clients whose usage was (or would be) reset.
    """
    audit_entry: Annotated[
        AuditEntry | None,
        Field(
            examples=[
                {
                    "id": "aud_8b1e4a7d0c3f6b9e2a5d8c1f",
                    "actor": "pk_test_admin",
                    "action": "usage_reset",
                    "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                    "reason": "Volume counted twice after incident",
                    "before": {"month": "2026-01", "current_volume": "41200.00"},
                    "after": {"month": "2026-01", "current_volume": "0.00"},
                    "created_at": "2026-01-20T08:05:00Z",
                }
            ]
        ),
    ]
    """
    The audit entry written; null for a dry run.
    """
