# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.admin.usage``: report, reset, check_alerts, test_alert."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._types import NOT_GIVEN, NotGiven, RequestOptions
from ...types import (
    UsageAlert,
    UsageAlertCheckResult,
    UsageReport,
    UsageResetResult,
    UsageThreshold,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AdminUsage", "AsyncAdminUsage"]


class AdminUsage(SyncAPIResource):
    def report(
        self,
        *,
        month: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UsageReport:
        """Monthly usage report.

        ``GET /v1/admin/usage/report`` (adminRetrieveUsageReport).

        Usage of every client for one month (default: the current month): gross volume
        (`current_volume`), `fees` and `net_volume` per client and in total, all in USD.
        `admin/usage/reset` zeroes a month's volume and fees.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          month: Month to report (default: the current month).
        """
        params = {
            "month": month,
        }
        return self._client.request(
            "GET",
            "/v1/admin/usage/report",
            cast_to=UsageReport,
            params=params,
            options=options,
        )

    def reset(
        self,
        *,
        reason: str,
        client_id: str | NotGiven = NOT_GIVEN,
        month: str | NotGiven = NOT_GIVEN,
        dry_run: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UsageResetResult:
        """Reset usage.

        ``POST /v1/admin/usage/reset`` (adminResetUsage).

        Sets the confirmed volume (and fees) of one client (or all) for a month to 0 and re-arms
        that month's thresholds: the alerts already raised stay listed, and each threshold can alert
        once more, under the limit in force; writes an audit entry. `dry_run` only reports. An
        unknown `client_id` is 404.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          client_id: Reset only this client; default: all clients.
          month: Month to reset; default: the current month.
          reason: Why (written to the audit log).
          dry_run: Validate and return what would change, without changing anything or writing the
            audit log.
        """
        body = {
            "client_id": client_id,
            "month": month,
            "reason": reason,
            "dry_run": dry_run,
        }
        return self._client.request(
            "POST",
            "/v1/admin/usage/reset",
            cast_to=UsageResetResult,
            body=body,
            options=options,
        )

    def check_alerts(
        self,
        *,
        month: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UsageAlertCheckResult:
        """Run the usage alert check.

        ``POST /v1/admin/usage/check_alerts`` (adminCheckUsageAlerts).

        Checks every client's usage for the month (default: current) and records any threshold newly
        crossed (emitting `usage.threshold_reached`). Idempotent: An alert belongs to (client,
        month, threshold, limit in force): a threshold alerts at most once per client per month
        under one limit. A package switch (a new `max_volume`) or a usage reset re-arms every
        threshold for the limit then in force; test alerts never count.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          month: Default: the current month.
        """
        body = {
            "month": month,
        }
        return self._client.request(
            "POST",
            "/v1/admin/usage/check_alerts",
            cast_to=UsageAlertCheckResult,
            body=body,
            options=options,
        )

    def test_alert(
        self,
        *,
        client_id: str,
        threshold: UsageThreshold,
        **options: Unpack[RequestOptions],
    ) -> UsageAlert:
        """Send a test alert.

        ``POST /v1/admin/usage/test_alert`` (adminSendTestAlert).

        Records and sends a usage alert marked `test: true` for a client and threshold, regardless
        of its usage, and writes an audit entry (`test_alert_sent`). An unknown `client_id` is 404.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          client_id: Identifier of a client (merchant account): `cli_` followed by 24 letters or
            digits.
          threshold: A usage alert threshold, percent of `max_volume`.
        """
        body = {
            "client_id": client_id,
            "threshold": threshold,
        }
        return self._client.request(
            "POST",
            "/v1/admin/usage/test_alert",
            cast_to=UsageAlert,
            body=body,
            options=options,
        )


class AsyncAdminUsage(AsyncAPIResource):
    async def report(
        self,
        *,
        month: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UsageReport:
        """Monthly usage report.

        ``GET /v1/admin/usage/report`` (adminRetrieveUsageReport).

        Usage of every client for one month (default: the current month): gross volume
        (`current_volume`), `fees` and `net_volume` per client and in total, all in USD.
        `admin/usage/reset` zeroes a month's volume and fees.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          month: Month to report (default: the current month).
        """
        params = {
            "month": month,
        }
        return await self._client.request(
            "GET",
            "/v1/admin/usage/report",
            cast_to=UsageReport,
            params=params,
            options=options,
        )

    async def reset(
        self,
        *,
        reason: str,
        client_id: str | NotGiven = NOT_GIVEN,
        month: str | NotGiven = NOT_GIVEN,
        dry_run: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UsageResetResult:
        """Reset usage.

        ``POST /v1/admin/usage/reset`` (adminResetUsage).

        Sets the confirmed volume (and fees) of one client (or all) for a month to 0 and re-arms
        that month's thresholds: the alerts already raised stay listed, and each threshold can alert
        once more, under the limit in force; writes an audit entry. `dry_run` only reports. An
        unknown `client_id` is 404.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          client_id: Reset only this client; default: all clients.
          month: Month to reset; default: the current month.
          reason: Why (written to the audit log).
          dry_run: Validate and return what would change, without changing anything or writing the
            audit log.
        """
        body = {
            "client_id": client_id,
            "month": month,
            "reason": reason,
            "dry_run": dry_run,
        }
        return await self._client.request(
            "POST",
            "/v1/admin/usage/reset",
            cast_to=UsageResetResult,
            body=body,
            options=options,
        )

    async def check_alerts(
        self,
        *,
        month: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> UsageAlertCheckResult:
        """Run the usage alert check.

        ``POST /v1/admin/usage/check_alerts`` (adminCheckUsageAlerts).

        Checks every client's usage for the month (default: current) and records any threshold newly
        crossed (emitting `usage.threshold_reached`). Idempotent: An alert belongs to (client,
        month, threshold, limit in force): a threshold alerts at most once per client per month
        under one limit. A package switch (a new `max_volume`) or a usage reset re-arms every
        threshold for the limit then in force; test alerts never count.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          month: Default: the current month.
        """
        body = {
            "month": month,
        }
        return await self._client.request(
            "POST",
            "/v1/admin/usage/check_alerts",
            cast_to=UsageAlertCheckResult,
            body=body,
            options=options,
        )

    async def test_alert(
        self,
        *,
        client_id: str,
        threshold: UsageThreshold,
        **options: Unpack[RequestOptions],
    ) -> UsageAlert:
        """Send a test alert.

        ``POST /v1/admin/usage/test_alert`` (adminSendTestAlert).

        Records and sends a usage alert marked `test: true` for a client and threshold, regardless
        of its usage, and writes an audit entry (`test_alert_sent`). An unknown `client_id` is 404.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          client_id: Identifier of a client (merchant account): `cli_` followed by 24 letters or
            digits.
          threshold: A usage alert threshold, percent of `max_volume`.
        """
        body = {
            "client_id": client_id,
            "threshold": threshold,
        }
        return await self._client.request(
            "POST",
            "/v1/admin/usage/test_alert",
            cast_to=UsageAlert,
            body=body,
            options=options,
        )
