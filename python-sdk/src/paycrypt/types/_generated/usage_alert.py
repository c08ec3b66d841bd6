# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from paycrypt._models import BaseModel

from .package_id import PackageId

__all__ = ["UsageAlert"]


class UsageAlert(BaseModel):
    """
    A usage alert. An alert belongs to (client, month, threshold, limit in force): a threshold alerts at most once per client per month under one limit. A package switch (a new `max_volume`) or a usage reset re-arms every threshold for the limit then in force; test alerts never count.
    """

    id: Annotated[
        str,
        Field(examples=["ua_8d3f6a1c4e7b2d5f9a0c3e6b"], pattern="^ua_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a usage alert: `ua_` followed by 24 letters or digits.
    """
    client_id: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
    threshold: Annotated[Literal[80, 90, 95, 100], Field(examples=[80])]
    """
    A usage alert threshold, percent of `max_volume`.
    """
    alert_type: Annotated[
        Literal["notice", "warning", "critical", "limit_exceeded"],
        Field(examples=["notice"]),
    ]
    """
    80 → `notice`, 90 → `warning`, 95 → `critical`, 100 → `limit_exceeded`.
    """
    usage_percentage: Annotated[
        str, Field(examples=["82.40"], pattern="^[0-9]{1,4}(\\.[0-9]{1,2})?$")
    ]
    """
    Usage when the alert was raised.
    """
    current_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Confirmed volume when the alert was raised (USD).
    """
    max_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    The monthly limit in force when the alert was raised (USD); part of the alert's identity (see above).
    """
    alert_month: Annotated[str, Field(examples=["2026-01"], pattern="^[0-9]{4}-(0[1-9]|1[0-2])$")]
    """
    A calendar month `YYYY-MM` (UTC).
    """
    sent_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T10:38:13Z"])]
    """
    When the alert was raised.
    """
    email_sent: Annotated[bool, Field(examples=[True])]
    """
    Whether the alert e-mail went out (into the sandbox outbox; with an SMTP server configured, true once the server accepted it — see the e-mail's `delivery_status`).
    """
    projected_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    The month's volume at the pace when the alert was raised (USD). The projection is `current_volume` (the volume so far, in cents) ÷ the elapsed share of the month (UTC seconds elapsed ÷ seconds in the month, capped at 1; the elapsed time counts as at least 3 days, so a large first payment does not project to many times itself), rounded half up to cents.
    """
    contact_sales: Annotated[bool, Field(examples=[False])]
    """
    True when no package's limit is above `projected_volume`: the recommendation is "enterprise — contact sales" (`recommended_package` is `enterprise`, a custom limit).
    """
    recommended_package: Annotated[PackageId | None, Field(examples=["business"])]
    """
    The smallest package, no smaller than the current one, whose `max_volume` is above `projected_volume` (equal does not cover: at the limit payments are refused); `enterprise` with `contact_sales` when none is; null when the current package covers the projection.
    """
    test: Annotated[bool, Field(examples=[False])]
    """
    True for alerts sent with `POST /v1/admin/usage/test_alert`.
    """
