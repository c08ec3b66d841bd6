# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""The spec's named enums as ``Literal`` aliases (``typing`` only: cheap to import).

``typing.get_args(PaymentStatus)`` lists the values, e.g. for a command line's choices.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

__all__ = [
    "AccountStatus",
    "AuditAction",
    "EventType",
    "EventTypeSelector",
    "PaymentStatus",
    "UsageThreshold",
]

PaymentStatus: TypeAlias = Literal[
    "pending",
    "confirming",
    "confirmed",
    "underpaid",
    "expired",
    "canceled",
    "refunded",
    "partially_refunded",
]
"""State of a payment. `pending` (waiting for funds) → `confirming` (full amount seen, waiting for
confirmations) → `confirmed` (final; counts toward usage). `pending` → `expired` (after
`expires_at`) or `canceled`. A partial payment makes it `underpaid` (it can still complete with a
further payment, or expire). `confirmed` → `partially_refunded` → `refunded`."""

EventType: TypeAlias = Literal[
    "payment.created",
    "payment.confirming",
    "payment.confirmed",
    "payment.underpaid",
    "payment.expired",
    "payment.canceled",
    "payment.refunded",
    "payment.partially_refunded",
    "usage.threshold_reached",
    "webhook_endpoint.test",
]
"""Type of an event. Payment events carry a Payment, `usage.threshold_reached` a UsageAlert,
`webhook_endpoint.test` the WebhookEndpoint."""

UsageThreshold: TypeAlias = Literal[80, 90, 95, 100]
"""A usage alert threshold, percent of `max_volume`."""

AccountStatus: TypeAlias = Literal["active", "suspended"]
"""`suspended` accounts cannot create payments."""

AuditAction: TypeAlias = Literal[
    "package_switched",
    "pricing_override_created",
    "pricing_override_deleted",
    "usage_reset",
    "test_alert_sent",
]
"""What an admin did."""

EventTypeSelector: TypeAlias = EventType | Literal["*"]
"""An event type to subscribe to, or `*` for all types."""
