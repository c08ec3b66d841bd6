# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.events``: list, retrieve, resend."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._base_client import path_param
from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import Event, EventType

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["Events", "AsyncEvents"]


class Events(SyncAPIResource):
    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        type: EventType | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[Event]:
        """List events.

        ``GET /v1/events`` (listEvents).

        Lists the client's events, newest first (kept 30 days).

        Args:
          limit: Page size.
          starting_after: Cursor: return the events after this id (the previous page's
            `next_cursor`).
          type: Only events of this type.
        """
        params = {
            "limit": limit,
            "starting_after": starting_after,
            "type": type,
        }
        return self._client.get_page(
            "/v1/events",
            item=Event,
            params=params,
            options=options,
        )

    def retrieve(
        self,
        event_id: str,
        **options: Unpack[RequestOptions],
    ) -> Event:
        """Retrieve an event.

        ``GET /v1/events/{event_id}`` (retrieveEvent).

        Returns an event with its delivery attempts.

        Args:
          event_id: The event's id.
        """
        event_id_ = path_param("event_id", event_id)
        return self._client.request(
            "GET",
            f"/v1/events/{event_id_}",
            cast_to=Event,
            options=options,
        )

    def resend(
        self,
        event_id: str,
        *,
        webhook_endpoint_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Event:
        """Resend an event.

        ``POST /v1/events/{event_id}/resend`` (resendEvent).

        Queues a new delivery of the event (same `id`) to one endpoint or to every enabled
        subscribed endpoint. A `webhook_endpoint_id` that does not exist is 404
        `webhook_endpoint_not_found`.

        Args:
          event_id: The event's id.
          webhook_endpoint_id: Resend only to this endpoint; default: every enabled endpoint
            subscribed to the event's type.
        """
        event_id_ = path_param("event_id", event_id)
        body = {
            "webhook_endpoint_id": webhook_endpoint_id,
        }
        return self._client.request(
            "POST",
            f"/v1/events/{event_id_}/resend",
            cast_to=Event,
            body=body,
            options=options,
        )


class AsyncEvents(AsyncAPIResource):
    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        type: EventType | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[Event]:
        """List events.

        ``GET /v1/events`` (listEvents).

        Lists the client's events, newest first (kept 30 days).

        Args:
          limit: Page size.
          starting_after: Cursor: return the events after this id (the previous page's
            `next_cursor`).
          type: Only events of this type.
        """
        params = {
            "limit": limit,
            "starting_after": starting_after,
            "type": type,
        }
        return self._client.get_page(
            "/v1/events",
            item=Event,
            params=params,
            options=options,
        )

    async def retrieve(
        self,
        event_id: str,
        **options: Unpack[RequestOptions],
    ) -> Event:
        """Retrieve an event.

        ``GET /v1/events/{event_id}`` (retrieveEvent).

        Returns an event with its delivery attempts.

        Args:
          event_id: The event's id.
        """
        event_id_ = path_param("event_id", event_id)
        return await self._client.request(
            "GET",
            f"/v1/events/{event_id_}",
            cast_to=Event,
            options=options,
        )

    async def resend(
        self,
        event_id: str,
        *,
        webhook_endpoint_id: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> Event:
        """Resend an event.

        ``POST /v1/events/{event_id}/resend`` (resendEvent).

        Queues a new delivery of the event (same `id`) to one endpoint or to every enabled
        subscribed endpoint. A `webhook_endpoint_id` that does not exist is 404
        `webhook_endpoint_not_found`.

        Args:
          event_id: The event's id.
          webhook_endpoint_id: Resend only to this endpoint; default: every enabled endpoint
            subscribed to the event's type.
        """
        event_id_ = path_param("event_id", event_id)
        body = {
            "webhook_endpoint_id": webhook_endpoint_id,
        }
        return await self._client.request(
            "POST",
            f"/v1/events/{event_id_}/resend",
            cast_to=Event,
            body=body,
            options=options,
        )
