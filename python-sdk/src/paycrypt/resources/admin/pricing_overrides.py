"""``client.admin.pricing_overrides``: create, list, delete."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from ..._base_client import path_param
from ..._pagination import AsyncPaginator, SyncPage
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._types import NOT_GIVEN, NotGiven, RequestOptions
from ...types import DeletedPricingOverride, PricingOverride, PricingOverrideCreateResult

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["PricingOverrides", "AsyncPricingOverrides"]


class PricingOverrides(SyncAPIResource):
    def create(
        self,
        *,
        client_id: str,
        fee_percent: str,
        expires_at: str | datetime,
        reason: str,
        dry_run: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PricingOverrideCreateResult:
        """Create a pricing override.

        ``POST /v1/admin/pricing_overrides`` (adminCreatePricingOverride).

        Gives a client a temporary fee until `expires_at`, replacing any active override, and writes
        an audit entry; `dry_run` only reports. An unknown `client_id` is 404 `client_not_found`.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
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


class AsyncPricingOverrides(AsyncAPIResource):
    async def create(
        self,
        *,
        client_id: str,
        fee_percent: str,
        expires_at: str | datetime,
        reason: str,
        dry_run: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> PricingOverrideCreateResult:
        """Create a pricing override.

        ``POST /v1/admin/pricing_overrides`` (adminCreatePricingOverride).

        Gives a client a temporary fee until `expires_at`, replacing any active override, and writes
        an audit entry; `dry_run` only reports. An unknown `client_id` is 404 `client_not_found`.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
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
