"""``client.admin.…`` resource groups."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..._client import AsyncPayCrypt, PayCrypt
    from .clients import Clients
    from .packages import Packages
    from .pricing_overrides import PricingOverrides
    from .usage import Usage
    from .audit_log import AuditLog
    from .clients import AsyncClients
    from .packages import AsyncPackages
    from .pricing_overrides import AsyncPricingOverrides
    from .usage import AsyncUsage
    from .audit_log import AsyncAuditLog

__all__ = ["Admin", "AsyncAdmin"]


class Admin:
    _paycrypt_namespace = True

    def __init__(self, client: PayCrypt) -> None:
        self._client = client

    @cached_property
    def clients(self) -> Clients:
        from .clients import Clients

        return Clients(self._client)

    @cached_property
    def packages(self) -> Packages:
        from .packages import Packages

        return Packages(self._client)

    @cached_property
    def pricing_overrides(self) -> PricingOverrides:
        from .pricing_overrides import PricingOverrides

        return PricingOverrides(self._client)

    @cached_property
    def usage(self) -> Usage:
        from .usage import Usage

        return Usage(self._client)

    @cached_property
    def audit_log(self) -> AuditLog:
        from .audit_log import AuditLog

        return AuditLog(self._client)


class AsyncAdmin:
    _paycrypt_namespace = True

    def __init__(self, client: AsyncPayCrypt) -> None:
        self._client = client

    @cached_property
    def clients(self) -> AsyncClients:
        from .clients import AsyncClients

        return AsyncClients(self._client)

    @cached_property
    def packages(self) -> AsyncPackages:
        from .packages import AsyncPackages

        return AsyncPackages(self._client)

    @cached_property
    def pricing_overrides(self) -> AsyncPricingOverrides:
        from .pricing_overrides import AsyncPricingOverrides

        return AsyncPricingOverrides(self._client)

    @cached_property
    def usage(self) -> AsyncUsage:
        from .usage import AsyncUsage

        return AsyncUsage(self._client)

    @cached_property
    def audit_log(self) -> AsyncAuditLog:
        from .audit_log import AsyncAuditLog

        return AsyncAuditLog(self._client)
