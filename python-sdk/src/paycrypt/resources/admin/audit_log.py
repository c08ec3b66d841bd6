# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.admin.audit_log``: list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._pagination import AsyncPaginator, SyncPage
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._types import NOT_GIVEN, NotGiven, RequestOptions
from ...types import AuditAction, AuditEntry

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AdminAuditLog", "AsyncAdminAuditLog"]


class AdminAuditLog(SyncAPIResource):
    def list(
        self,
        *,
        client_id: str | NotGiven = NOT_GIVEN,
        action: AuditAction | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AuditEntry]:
        """List the audit log.

        ``GET /v1/admin/audit_log`` (adminListAuditLog).

        Admin changes, newest first.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          client_id: Only entries about this client.
          action: Only entries of this action.
          limit: Page size.
          starting_after: Cursor: return the entries after this id (the previous page's
            `next_cursor`).
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


class AsyncAdminAuditLog(AsyncAPIResource):
    def list(
        self,
        *,
        client_id: str | NotGiven = NOT_GIVEN,
        action: AuditAction | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[AuditEntry]:
        """List the audit log.

        ``GET /v1/admin/audit_log`` (adminListAuditLog).

        Admin changes, newest first.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          client_id: Only entries about this client.
          action: Only entries of this action.
          limit: Page size.
          starting_after: Cursor: return the entries after this id (the previous page's
            `next_cursor`).
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
