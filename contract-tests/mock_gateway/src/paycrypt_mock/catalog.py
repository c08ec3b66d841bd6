"""The sandbox's fixed catalogue: packages, usage-alert thresholds and the demo clients.

Plain data, importable from every layer (the domain, e-mails, the dashboard) without
pulling in anything else.
"""

from __future__ import annotations

from typing import Any

__all__ = ["PACKAGES", "PACKAGE_BY_ID", "THRESHOLDS", "DEMO_CLIENTS"]

PACKAGES: list[dict[str, str]] = [
    {"id": "starter", "name": "Starter", "max_volume": "10000.00", "fee_percent": "1.00"},
    {"id": "growth", "name": "Growth", "max_volume": "50000.00", "fee_percent": "0.80"},
    {"id": "business", "name": "Business", "max_volume": "250000.00", "fee_percent": "0.60"},
    {"id": "enterprise", "name": "Enterprise", "max_volume": "1000000.00", "fee_percent": "0.40"},
]
PACKAGE_BY_ID = {p["id"]: p for p in PACKAGES}

# (percentage of the package's monthly volume, alert_type), lowest first
THRESHOLDS = ((80, "notice"), (90, "warning"), (95, "critical"), (100, "limit_exceeded"))

DEMO_CLIENTS: list[dict[str, Any]] = [
    {
        "name": "Demo Store",
        "email": "demo@shop.example",
        "package": "starter",
        "api_key": "pk_test_demo",
        "api_secret": "sk_test_demo",
    },
    {
        "name": "PayCrypt Admin",
        "email": "admin@paycrypt.example",
        "package": "enterprise",
        "api_key": "pk_test_admin",
        "api_secret": "sk_test_admin",
        "admin": True,
    },
]
