# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

from .audit_entry import AuditEntry

__all__ = ["AuditEntryList"]


class AuditEntryList(BaseModel):
    """
    One page of audit log entries, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[AuditEntry],
        Field(
            examples=[
                [
                    {
                        "id": "aud_1a6c3e8b5d2f9a4c7e0b3d6f",
                        "actor": "pk_test_admin",
                        "action": "package_switched",
                        "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                        "reason": "Upgrade after the 95 % usage alert",
                        "before": {"package": "growth"},
                        "after": {"package": "business"},
                        "created_at": "2026-01-20T08:00:00Z",
                    }
                ]
            ]
        ),
    ]
    """
    The audit log entries on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (a audit entry id); null on the last page.
    """
