# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.admin.packages``: list."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._types import RequestOptions
from ...types import PackageList

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AdminPackages", "AsyncAdminPackages"]


class AdminPackages(SyncAPIResource):
    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> PackageList:
        """List packages.

        ``GET /v1/admin/packages`` (adminListPackages).

        All packages, smallest first.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
        """
        return self._client.request(
            "GET",
            "/v1/admin/packages",
            cast_to=PackageList,
            options=options,
        )


class AsyncAdminPackages(AsyncAPIResource):
    async def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> PackageList:
        """List packages.

        ``GET /v1/admin/packages`` (adminListPackages).

        All packages, smallest first.

        Admin only: signed with the same PAYCRYPT-HMAC-SHA256 scheme using admin credentials
        (sandbox `pk_test_admin` / `sk_test_admin`); merchant credentials get `403 admin_required`.
        """
        return await self._client.request(
            "GET",
            "/v1/admin/packages",
            cast_to=PackageList,
            options=options,
        )
