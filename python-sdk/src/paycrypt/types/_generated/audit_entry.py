# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, Field

from paycrypt._models import BaseModel

from .client_id import ClientId

__all__ = ["AuditEntry"]


class AuditEntry(BaseModel):
    """
    One admin change, written for every non-dry-run admin mutation.
    """

    id: Annotated[
        str,
        Field(examples=["aud_1a6c3e8b5d2f9a4c7e0b3d6f"], pattern="^aud_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a audit log entry: `aud_` followed by 24 letters or digits.
    """
    actor: Annotated[str, Field(examples=["pk_test_admin"])]
    """
    API key id of the admin.
    """
    action: Annotated[
        Literal[
            "package_switched",
            "pricing_override_created",
            "pricing_override_deleted",
            "usage_reset",
            "test_alert_sent",
        ],
        Field(examples=["package_switched"]),
    ]
    """
    What an admin did.
    """
    client_id: Annotated[ClientId | None, Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"])]
    """
    Affected client; null for changes to all clients.
    """
    reason: Annotated[str | None, Field(examples=["Upgrade after the 95 % usage alert"])]
    """
    The reason given; null if none was given.
    """
    before: Annotated[dict[str, Any] | None, Field(examples=[{"package": "growth"}])]
    """
    Relevant state before the change; null for creations.
    """
    after: Annotated[dict[str, Any] | None, Field(examples=[{"package": "business"}])]
    """
    Relevant state after the change; null for deletions.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2026-01-20T08:00:00Z"])]
    """
    When it happened.
    """
