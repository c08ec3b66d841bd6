# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.usage``: retrieve, list_alerts."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import Usage as UsageModel, UsageAlert

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["Usage", "AsyncUsage"]


class Usage(SyncAPIResource):
    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> UsageModel:
        """Retrieve this month's usage.

        ``GET /v1/usage`` (retrieveUsage).

        The client's confirmed volume this calendar month (UTC) against its package limit.
        """
        return self._client.request(
            "GET",
            "/v1/usage",
            cast_to=UsageModel,
            options=options,
        )

    def list_alerts(
        self,
        *,
        month: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[UsageAlert]:
        """List usage alerts.

        ``GET /v1/usage/alerts`` (listUsageAlerts).

        The client's usage alerts for one month (default: the current month), newest first.

        Args:
          month: Month to list (default: the current month).
          limit: Page size.
          starting_after: Cursor: return the alerts after this id (the previous page's
            `next_cursor`).
        """
        params = {
            "month": month,
            "limit": limit,
            "starting_after": starting_after,
        }
        return self._client.get_page(
            "/v1/usage/alerts",
            item=UsageAlert,
            params=params,
            options=options,
        )


class AsyncUsage(AsyncAPIResource):
    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> UsageModel:
        """Retrieve this month's usage.

        ``GET /v1/usage`` (retrieveUsage).

        The client's confirmed volume this calendar month (UTC) against its package limit.
        """
        return await self._client.request(
            "GET",
            "/v1/usage",
            cast_to=UsageModel,
            options=options,
        )

    def list_alerts(
        self,
        *,
        month: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[UsageAlert]:
        """List usage alerts.

        ``GET /v1/usage/alerts`` (listUsageAlerts).

        The client's usage alerts for one month (default: the current month), newest first.

        Args:
          month: Month to list (default: the current month).
          limit: Page size.
          starting_after: Cursor: return the alerts after this id (the previous page's
            `next_cursor`).
        """
        params = {
            "month": month,
            "limit": limit,
            "starting_after": starting_after,
        }
        return self._client.get_page(
            "/v1/usage/alerts",
            item=UsageAlert,
            params=params,
            options=options,
        )
