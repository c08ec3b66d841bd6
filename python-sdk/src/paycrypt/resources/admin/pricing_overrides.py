# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.admin.pricing_overrides``: create, list, delete."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING

from ..._base_client import path_param
from ..._pagination import AsyncPaginator, SyncPage
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._types import NOT_GIVEN, NotGiven, RequestOptions
from ...types import DeletedPricingOverride, PricingOverride, PricingOverrideCreateResult

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AdminPricingOverrides", "AsyncAdminPricingOverrides"]


class AdminPricingOverrides(SyncAPIResource):
    def create(
        self,
        *,
        client_id: str,
        fee_percent: str | Decimal,
        expires_at: str | datetime,
        reason: str,
        dry_run: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PricingOverrideCreateResult:
        """Create a pricing override.

        ``POST /v1/admin/pricing_overrides`` (adminCreatePricingOverride).

        Gives a client a temporary fee until `expires_at`, replacing any active override, and writes
        an audit entry; `dry_run` only reports. An unknown `client_id` is 404 `client_not_found`.
        Payments created while it is active carry its `fee_percent` (and the `fee` it gives);
        payments created before keep theirs.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          client_id: Identifier of a client (merchant account): `cli_` followed by 24 letters or
            digits.
          fee_percent: The fee to apply, percent.
          expires_at: When it stops applying; must be in the future.
          reason: Why (written to the audit log).
          dry_run: Validate and return what would change, without changing anything or writing the
            audit log.
        """
        body = {
            "client_id": client_id,
            "fee_percent": fee_percent,
            "expires_at": expires_at,
            "reason": reason,
            "dry_run": dry_run,
        }
        return self._client.request(
            "POST",
            "/v1/admin/pricing_overrides",
            cast_to=PricingOverrideCreateResult,
            body=body,
            options=options,
        )

    def list(
        self,
        *,
        client_id: str | NotGiven = NOT_GIVEN,
        include_expired: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[PricingOverride]:
        """List pricing overrides.

        ``GET /v1/admin/pricing_overrides`` (adminListPricingOverrides).

        Lists pricing overrides, newest first; active ones only unless `include_expired`.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          client_id: Only this client's overrides.
          include_expired: Also list expired and deleted overrides.
          limit: Page size.
          starting_after: Cursor: return the overrides after this id (the previous page's
            `next_cursor`).
        """
        params = {
            "client_id": client_id,
            "include_expired": include_expired,
            "limit": limit,
            "starting_after": starting_after,
        }
        return self._client.get_page(
            "/v1/admin/pricing_overrides",
            item=PricingOverride,
            params=params,
            options=options,
        )

    def delete(
        self,
        override_id: str,
        *,
        reason: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DeletedPricingOverride:
        """Delete a pricing override.

        ``DELETE /v1/admin/pricing_overrides/{override_id}`` (adminDeletePricingOverride).

        Ends a pricing override now (the package fee applies again) and writes an audit entry.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          override_id: The pricing override's id.
          reason: Why (written to the audit log).
        """
        override_id_ = path_param("override_id", override_id)
        params = {
            "reason": reason,
        }
        return self._client.request(
            "DELETE",
            f"/v1/admin/pricing_overrides/{override_id_}",
            cast_to=DeletedPricingOverride,
            params=params,
            options=options,
        )


class AsyncAdminPricingOverrides(AsyncAPIResource):
    async def create(
        self,
        *,
        client_id: str,
        fee_percent: str | Decimal,
        expires_at: str | datetime,
        reason: str,
        dry_run: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PricingOverrideCreateResult:
        """Create a pricing override.

        ``POST /v1/admin/pricing_overrides`` (adminCreatePricingOverride).

        Gives a client a temporary fee until `expires_at`, replacing any active override, and writes
        an audit entry; `dry_run` only reports. An unknown `client_id` is 404 `client_not_found`.
        Payments created while it is active carry its `fee_percent` (and the `fee` it gives);
        payments created before keep theirs.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          client_id: Identifier of a client (merchant account): `cli_` followed by 24 letters or
            digits.
          fee_percent: The fee to apply, percent.
          expires_at: When it stops applying; must be in the future.
          reason: Why (written to the audit log).
          dry_run: Validate and return what would change, without changing anything or writing the
            audit log.
        """
        body = {
            "client_id": client_id,
            "fee_percent": fee_percent,
            "expires_at": expires_at,
            "reason": reason,
            "dry_run": dry_run,
        }
        return await self._client.request(
            "POST",
            "/v1/admin/pricing_overrides",
            cast_to=PricingOverrideCreateResult,
            body=body,
            options=options,
        )

    def list(
        self,
        *,
        client_id: str | NotGiven = NOT_GIVEN,
        include_expired: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[PricingOverride]:
        """List pricing overrides.

        ``GET /v1/admin/pricing_overrides`` (adminListPricingOverrides).

        Lists pricing overrides, newest first; active ones only unless `include_expired`.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          client_id: Only this client's overrides.
          include_expired: Also list expired and deleted overrides.
          limit: Page size.
          starting_after: Cursor: return the overrides after this id (the previous page's
            `next_cursor`).
        """
        params = {
            "client_id": client_id,
            "include_expired": include_expired,
            "limit": limit,
            "starting_after": starting_after,
        }
        return self._client.get_page(
            "/v1/admin/pricing_overrides",
            item=PricingOverride,
            params=params,
            options=options,
        )

    async def delete(
        self,
        override_id: str,
        *,
        reason: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> DeletedPricingOverride:
        """Delete a pricing override.

        ``DELETE /v1/admin/pricing_overrides/{override_id}`` (adminDeletePricingOverride).

        Ends a pricing override now (the package fee applies again) and writes an audit entry.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.

        Args:
          override_id: The pricing override's id.
          reason: Why (written to the audit log).
        """
        override_id_ = path_param("override_id", override_id)
        params = {
            "reason": reason,
        }
        return await self._client.request(
            "DELETE",
            f"/v1/admin/pricing_overrides/{override_id_}",
            cast_to=DeletedPricingOverride,
            params=params,
            options=options,
        )
