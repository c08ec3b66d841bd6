# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.admin.clients``: list, retrieve, switch_package."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..._base_client import path_param
from ..._pagination import AsyncPaginator, SyncPage
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._types import NOT_GIVEN, NotGiven, RequestOptions
from ...types import AccountStatus, AdminClient, PackageSwitchResult

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AdminClients", "AsyncAdminClients"]


class AdminClients(SyncAPIResource):
    def list(
        self,
        *,
        package: str | NotGiven = NOT_GIVEN,
        status: AccountStatus | NotGiven = NOT_GIVEN,
        min_usage_percentage: str | Decimal | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[AdminClient]:
        """List clients.

        ``GET /v1/admin/clients`` (adminListClients).

        Lists all clients with this month's usage, filtered.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          package: Only clients on this package.
          status: Only clients in this state.
          min_usage_percentage: Only clients at or above this usage percentage.
          limit: Page size.
          starting_after: Cursor: return the clients after this id (the previous page's
            `next_cursor`).
        """
        params = {
            "package": package,
            "status": status,
            "min_usage_percentage": min_usage_percentage,
            "limit": limit,
            "starting_after": starting_after,
        }
        return self._client.get_page(
            "/v1/admin/clients",
            item=AdminClient,
            params=params,
            options=options,
        )

    def retrieve(
        self,
        client_id: str,
        **options: Unpack[RequestOptions],
    ) -> AdminClient:
        """Retrieve a client.

        ``GET /v1/admin/clients/{client_id}`` (adminRetrieveClient).

        Returns one client with this month's usage.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          client_id: The client's id.
        """
        client_id_ = path_param("client_id", client_id)
        return self._client.request(
            "GET",
            f"/v1/admin/clients/{client_id_}",
            cast_to=AdminClient,
            options=options,
        )

    def switch_package(
        self,
        client_id: str,
        *,
        package: str,
        reason: str,
        dry_run: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PackageSwitchResult:
        """Switch a client's package.

        ``POST /v1/admin/clients/{client_id}/switch_package`` (adminSwitchPackage).

        Moves the client to another package (effective at once) and writes an audit entry; `dry_run`
        only reports. The thresholds re-arm for the new limit and are checked at once: a switch to a
        smaller package that puts the client over a threshold alerts immediately; after a switch to
        a bigger one, crossing 80 % of the new limit alerts again. Switching back to a limit already
        alerted on this month does not repeat those alerts.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          client_id: The client's id.
          package: The package to move the client to.
          reason: Why (written to the audit log).
          dry_run: Validate and return what would change, without changing anything or writing the
            audit log.
        """
        client_id_ = path_param("client_id", client_id)
        body = {
            "package": package,
            "reason": reason,
            "dry_run": dry_run,
        }
        return self._client.request(
            "POST",
            f"/v1/admin/clients/{client_id_}/switch_package",
            cast_to=PackageSwitchResult,
            body=body,
            options=options,
        )


class AsyncAdminClients(AsyncAPIResource):
    def list(
        self,
        *,
        package: str | NotGiven = NOT_GIVEN,
        status: AccountStatus | NotGiven = NOT_GIVEN,
        min_usage_percentage: str | Decimal | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[AdminClient]:
        """List clients.

        ``GET /v1/admin/clients`` (adminListClients).

        Lists all clients with this month's usage, filtered.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          package: Only clients on this package.
          status: Only clients in this state.
          min_usage_percentage: Only clients at or above this usage percentage.
          limit: Page size.
          starting_after: Cursor: return the clients after this id (the previous page's
            `next_cursor`).
        """
        params = {
            "package": package,
            "status": status,
            "min_usage_percentage": min_usage_percentage,
            "limit": limit,
            "starting_after": starting_after,
        }
        return self._client.get_page(
            "/v1/admin/clients",
            item=AdminClient,
            params=params,
            options=options,
        )

    async def retrieve(
        self,
        client_id: str,
        **options: Unpack[RequestOptions],
    ) -> AdminClient:
        """Retrieve a client.

        ``GET /v1/admin/clients/{client_id}`` (adminRetrieveClient).

        Returns one client with this month's usage.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          client_id: The client's id.
        """
        client_id_ = path_param("client_id", client_id)
        return await self._client.request(
            "GET",
            f"/v1/admin/clients/{client_id_}",
            cast_to=AdminClient,
            options=options,
        )

    async def switch_package(
        self,
        client_id: str,
        *,
        package: str,
        reason: str,
        dry_run: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PackageSwitchResult:
        """Switch a client's package.

        ``POST /v1/admin/clients/{client_id}/switch_package`` (adminSwitchPackage).

        Moves the client to another package (effective at once) and writes an audit entry; `dry_run`
        only reports. The thresholds re-arm for the new limit and are checked at once: a switch to a
        smaller package that puts the client over a threshold alerts immediately; after a switch to
        a bigger one, crossing 80 % of the new limit alerts again. Switching back to a limit already
        alerted on this month does not repeat those alerts.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          client_id: The client's id.
          package: The package to move the client to.
          reason: Why (written to the audit log).
          dry_run: Validate and return what would change, without changing anything or writing the
            audit log.
        """
        client_id_ = path_param("client_id", client_id)
        body = {
            "package": package,
            "reason": reason,
            "dry_run": dry_run,
        }
        return await self._client.request(
            "POST",
            f"/v1/admin/clients/{client_id_}/switch_package",
            cast_to=PackageSwitchResult,
            body=body,
            options=options,
        )
