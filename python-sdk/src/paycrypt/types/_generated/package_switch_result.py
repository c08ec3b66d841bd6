# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

from .audit_entry import AuditEntry
from .package_snapshot import PackageSnapshot

__all__ = ["PackageSwitchResult"]


class PackageSwitchResult(BaseModel):
    """
    Outcome of a package switch.
    """

    dry_run: Annotated[bool, Field(examples=[False])]
    """
    Echoes the request: true means nothing was changed.
    """
    client_id: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
    before: PackageSnapshot
    after: PackageSnapshot
    audit_entry: Annotated[
        AuditEntry | None,
        Field(
            examples=[
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
        ),
    ]
    """
    The audit entry written; null for a dry run.
    """
