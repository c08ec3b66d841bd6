# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.admin.…``: clients, packages, pricing_overrides, usage, audit_log."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncPayCrypt, PayCrypt
    from .audit_log import AdminAuditLog, AsyncAdminAuditLog
    from .clients import AdminClients, AsyncAdminClients
    from .packages import AdminPackages, AsyncAdminPackages
    from .pricing_overrides import AdminPricingOverrides, AsyncAdminPricingOverrides
    from .usage import AdminUsage, AsyncAdminUsage

__all__ = ["Admin", "AsyncAdmin"]


class Admin:
    _paycrypt_namespace = True

    def __init__(self, client: PayCrypt) -> None:
        self._client = client

    @cached_property
    def clients(self) -> AdminClients:
        from .clients import AdminClients

        return AdminClients(self._client)

    @cached_property
    def packages(self) -> AdminPackages:
        from .packages import AdminPackages

        return AdminPackages(self._client)

    @cached_property
    def pricing_overrides(self) -> AdminPricingOverrides:
        from .pricing_overrides import AdminPricingOverrides

        return AdminPricingOverrides(self._client)

    @cached_property
    def usage(self) -> AdminUsage:
        from .usage import AdminUsage

        return AdminUsage(self._client)

    @cached_property
    def audit_log(self) -> AdminAuditLog:
        from .audit_log import AdminAuditLog

        return AdminAuditLog(self._client)


class AsyncAdmin:
    _paycrypt_namespace = True

    def __init__(self, client: AsyncPayCrypt) -> None:
        self._client = client

    @cached_property
    def clients(self) -> AsyncAdminClients:
        from .clients import AsyncAdminClients

        return AsyncAdminClients(self._client)

    @cached_property
    def packages(self) -> AsyncAdminPackages:
        from .packages import AsyncAdminPackages

        return AsyncAdminPackages(self._client)

    @cached_property
    def pricing_overrides(self) -> AsyncAdminPricingOverrides:
        from .pricing_overrides import AsyncAdminPricingOverrides

        return AsyncAdminPricingOverrides(self._client)

    @cached_property
    def usage(self) -> AsyncAdminUsage:
        from .usage import AsyncAdminUsage

        return AsyncAdminUsage(self._client)

    @cached_property
    def audit_log(self) -> AsyncAdminAuditLog:
        from .audit_log import AsyncAdminAuditLog

        return AsyncAdminAuditLog(self._client)
