# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.health``: check, detailed."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import RequestOptions
from ..types import HealthDetailed, HealthStatus

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["Health", "AsyncHealth"]


class Health(SyncAPIResource):
    def check(
        self,
        **options: Unpack[RequestOptions],
    ) -> HealthStatus:
        """Liveness check.

        ``GET /health`` (getHealth).

        Cheap unauthenticated liveness probe for uptime monitors. Always `{"status": "ok"}` when the
        service answers.
        """
        return self._client.request(
            "GET",
            "/health",
            cast_to=HealthStatus,
            options=options,
        )

    def detailed(
        self,
        **options: Unpack[RequestOptions],
    ) -> HealthDetailed:
        """Detailed health.

        ``GET /health/detailed`` (getHealthDetailed).

        Signed. Version, uptime and the state of each component (database, rates, webhook delivery).
        Answers 200 with `status: degraded|down` rather than an error when a component is unhealthy.
        """
        return self._client.request(
            "GET",
            "/health/detailed",
            cast_to=HealthDetailed,
            options=options,
        )


class AsyncHealth(AsyncAPIResource):
    async def check(
        self,
        **options: Unpack[RequestOptions],
    ) -> HealthStatus:
        """Liveness check.

        ``GET /health`` (getHealth).

        Cheap unauthenticated liveness probe for uptime monitors. Always `{"status": "ok"}` when the
        service answers.
        """
        return await self._client.request(
            "GET",
            "/health",
            cast_to=HealthStatus,
            options=options,
        )

    async def detailed(
        self,
        **options: Unpack[RequestOptions],
    ) -> HealthDetailed:
        """Detailed health.

        ``GET /health/detailed`` (getHealthDetailed).

        Signed. Version, uptime and the state of each component (database, rates, webhook delivery).
        Answers 200 with `status: degraded|down` rather than an error when a component is unhealthy.
        """
        return await self._client.request(
            "GET",
            "/health/detailed",
            cast_to=HealthDetailed,
            options=options,
        )
