"""``client.admin.audit_log``: list."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from ..._pagination import AsyncPaginator, SyncPage
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._types import NOT_GIVEN, NotGiven, RequestOptions
from ...types import AuditEntry

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AuditLog", "AsyncAuditLog"]


class AuditLog(SyncAPIResource):
    def list(
        self,
        *,
        client_id: str | NotGiven = NOT_GIVEN,
        action: Literal["package_switched", "pricing_override_created", "pricing_override_deleted", "usage_reset", "test_alert_sent"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AuditEntry]:
        """List the audit log.

        ``GET /v1/admin/audit_log`` (adminListAuditLog).

        Admin changes, newest first.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
        """
        params = {
            "client_id": client_id,
            "action": action,
            "limit": limit,
            "starting_after": starting_after,
        }
        return self._client.get_page(
            "/v1/admin/audit_log",
            item=AuditEntry,
            params=params,
            options=options,
        )


class AsyncAuditLog(AsyncAPIResource):
    def list(
        self,
        *,
        client_id: str | NotGiven = NOT_GIVEN,
        action: Literal["package_switched", "pricing_override_created", "pricing_override_deleted", "usage_reset", "test_alert_sent"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[AuditEntry]:
        """List the audit log.

        ``GET /v1/admin/audit_log`` (adminListAuditLog).

        Admin changes, newest first.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
        """
        params = {
            "client_id": client_id,
            "action": action,
            "limit": limit,
            "starting_after": starting_after,
        }
        return self._client.get_page(
            "/v1/admin/audit_log",
            item=AuditEntry,
            params=params,
            options=options,
        )
