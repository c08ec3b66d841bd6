# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.webhook_endpoints``: create, list, retrieve, update, delete, rotate_secret, test."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from .._base_client import path_param
from .._pagination import AsyncPaginator, SyncPage
from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..types import DeletedWebhookEndpoint, Event, EventTypeSelector, WebhookEndpoint

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["WebhookEndpoints", "AsyncWebhookEndpoints"]


class WebhookEndpoints(SyncAPIResource):
    def create(
        self,
        *,
        url: str,
        events: Sequence[EventTypeSelector],
        description: str | NotGiven = NOT_GIVEN,
        enabled: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Create a webhook endpoint.

        ``POST /v1/webhook_endpoints`` (createWebhookEndpoint).

        Registers a URL for signed event deliveries. The response includes the signing `secret`, the
        only time it is shown. A URL whose host is an unspecified, link-local, multicast or cloud-
        metadata address (`0.0.0.0`, `::`, `169.254.0.0/16`, `fe80::/10`, IPv4-mapped forms such as
        `::ffff:169.254.169.254`) is refused with 422 `webhook_url_forbidden` (`errors[].field` =
        `url`); a name that resolves to one is refused at each delivery (the attempt's `error` says
        so). Loopback and private addresses are allowed.

        Args:
          url: URL to POST deliveries to.
          events: Event types delivered to this endpoint (`["*"]` = all).
          description: Free-text description.
          enabled: Whether deliveries are sent.
        """
        body = {
            "url": url,
            "events": events,
            "description": description,
            "enabled": enabled,
        }
        return self._client.request(
            "POST",
            "/v1/webhook_endpoints",
            cast_to=WebhookEndpoint,
            body=body,
            options=options,
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> SyncPage[WebhookEndpoint]:
        """List webhook endpoints.

        ``GET /v1/webhook_endpoints`` (listWebhookEndpoints).

        Lists the client's webhook endpoints (without secrets), newest first.

        Args:
          limit: Page size.
          starting_after: Cursor: return the webhook endpoints after this id (the previous page's
            `next_cursor`).
        """
        params = {
            "limit": limit,
            "starting_after": starting_after,
        }
        return self._client.get_page(
            "/v1/webhook_endpoints",
            item=WebhookEndpoint,
            params=params,
            options=options,
        )

    def retrieve(
        self,
        webhook_endpoint_id: str,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Retrieve a webhook endpoint.

        ``GET /v1/webhook_endpoints/{webhook_endpoint_id}`` (retrieveWebhookEndpoint).

        Returns a webhook endpoint. The secret is not returned, only `secret_hint`.

        Args:
          webhook_endpoint_id: The webhook endpoint's id.
        """
        webhook_endpoint_id_ = path_param("webhook_endpoint_id", webhook_endpoint_id)
        return self._client.request(
            "GET",
            f"/v1/webhook_endpoints/{webhook_endpoint_id_}",
            cast_to=WebhookEndpoint,
            options=options,
        )

    def update(
        self,
        webhook_endpoint_id: str,
        *,
        url: str | NotGiven = NOT_GIVEN,
        events: Sequence[EventTypeSelector] | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        enabled: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Update a webhook endpoint.

        ``PATCH /v1/webhook_endpoints/{webhook_endpoint_id}`` (updateWebhookEndpoint).

        Changes the given fields (at least one). The secret is unchanged and not returned. A new
        `url` follows the same address rule as on creation (422 `webhook_url_forbidden`).

        Args:
          webhook_endpoint_id: The webhook endpoint's id.
          url: URL to POST deliveries to.
          events: Event types delivered to this endpoint (`["*"]` = all).
          description: Free-text description (null clears it).
          enabled: Whether deliveries are sent.
        """
        webhook_endpoint_id_ = path_param("webhook_endpoint_id", webhook_endpoint_id)
        body = {
            "url": url,
            "events": events,
            "description": description,
            "enabled": enabled,
        }
        return self._client.request(
            "PATCH",
            f"/v1/webhook_endpoints/{webhook_endpoint_id_}",
            cast_to=WebhookEndpoint,
            body=body,
            options=options,
        )

    def delete(
        self,
        webhook_endpoint_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeletedWebhookEndpoint:
        """Delete a webhook endpoint.

        ``DELETE /v1/webhook_endpoints/{webhook_endpoint_id}`` (deleteWebhookEndpoint).

        Deletes the endpoint; pending retries to it are dropped.

        Args:
          webhook_endpoint_id: The webhook endpoint's id.
        """
        webhook_endpoint_id_ = path_param("webhook_endpoint_id", webhook_endpoint_id)
        return self._client.request(
            "DELETE",
            f"/v1/webhook_endpoints/{webhook_endpoint_id_}",
            cast_to=DeletedWebhookEndpoint,
            options=options,
        )

    def rotate_secret(
        self,
        webhook_endpoint_id: str,
        *,
        expire_previous_after_seconds: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Rotate a webhook endpoint's secret.

        ``POST /v1/webhook_endpoints/{webhook_endpoint_id}/rotate_secret`` (rotateWebhookEndpointSecret).

        Generates a new signing secret and returns it (only this once). With
        `expire_previous_after_seconds` > 0 the previous secret stays valid that long, and
        deliveries carry both `v1=` signatures meanwhile.

        Args:
          webhook_endpoint_id: The webhook endpoint's id.
          expire_previous_after_seconds: How long the previous secret stays valid: during the
            overlap every delivery carries two `v1=` signatures (new and previous secret). 0 = the
            previous secret stops at once.
        """
        webhook_endpoint_id_ = path_param("webhook_endpoint_id", webhook_endpoint_id)
        body = {
            "expire_previous_after_seconds": expire_previous_after_seconds,
        }
        return self._client.request(
            "POST",
            f"/v1/webhook_endpoints/{webhook_endpoint_id_}/rotate_secret",
            cast_to=WebhookEndpoint,
            body=body,
            options=options,
        )

    def test(
        self,
        webhook_endpoint_id: str,
        **options: Unpack[RequestOptions],
    ) -> Event:
        """Send a test event.

        ``POST /v1/webhook_endpoints/{webhook_endpoint_id}/test`` (testWebhookEndpoint).

        Creates a `webhook_endpoint.test` event (data.object: the endpoint) and delivers it to this
        endpoint only, asynchronously, even if it is not subscribed to that type. Takes no body.

        Args:
          webhook_endpoint_id: The webhook endpoint's id.
        """
        webhook_endpoint_id_ = path_param("webhook_endpoint_id", webhook_endpoint_id)
        return self._client.request(
            "POST",
            f"/v1/webhook_endpoints/{webhook_endpoint_id_}/test",
            cast_to=Event,
            options=options,
        )


class AsyncWebhookEndpoints(AsyncAPIResource):
    async def create(
        self,
        *,
        url: str,
        events: Sequence[EventTypeSelector],
        description: str | NotGiven = NOT_GIVEN,
        enabled: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Create a webhook endpoint.

        ``POST /v1/webhook_endpoints`` (createWebhookEndpoint).

        Registers a URL for signed event deliveries. The response includes the signing `secret`, the
        only time it is shown. A URL whose host is an unspecified, link-local, multicast or cloud-
        metadata address (`0.0.0.0`, `::`, `169.254.0.0/16`, `fe80::/10`, IPv4-mapped forms such as
        `::ffff:169.254.169.254`) is refused with 422 `webhook_url_forbidden` (`errors[].field` =
        `url`); a name that resolves to one is refused at each delivery (the attempt's `error` says
        so). Loopback and private addresses are allowed.

        Args:
          url: URL to POST deliveries to.
          events: Event types delivered to this endpoint (`["*"]` = all).
          description: Free-text description.
          enabled: Whether deliveries are sent.
        """
        body = {
            "url": url,
            "events": events,
            "description": description,
            "enabled": enabled,
        }
        return await self._client.request(
            "POST",
            "/v1/webhook_endpoints",
            cast_to=WebhookEndpoint,
            body=body,
            options=options,
        )

    def list(
        self,
        *,
        limit: int | NotGiven = NOT_GIVEN,
        starting_after: str | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> AsyncPaginator[WebhookEndpoint]:
        """List webhook endpoints.

        ``GET /v1/webhook_endpoints`` (listWebhookEndpoints).

        Lists the client's webhook endpoints (without secrets), newest first.

        Args:
          limit: Page size.
          starting_after: Cursor: return the webhook endpoints after this id (the previous page's
            `next_cursor`).
        """
        params = {
            "limit": limit,
            "starting_after": starting_after,
        }
        return self._client.get_page(
            "/v1/webhook_endpoints",
            item=WebhookEndpoint,
            params=params,
            options=options,
        )

    async def retrieve(
        self,
        webhook_endpoint_id: str,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Retrieve a webhook endpoint.

        ``GET /v1/webhook_endpoints/{webhook_endpoint_id}`` (retrieveWebhookEndpoint).

        Returns a webhook endpoint. The secret is not returned, only `secret_hint`.

        Args:
          webhook_endpoint_id: The webhook endpoint's id.
        """
        webhook_endpoint_id_ = path_param("webhook_endpoint_id", webhook_endpoint_id)
        return await self._client.request(
            "GET",
            f"/v1/webhook_endpoints/{webhook_endpoint_id_}",
            cast_to=WebhookEndpoint,
            options=options,
        )

    async def update(
        self,
        webhook_endpoint_id: str,
        *,
        url: str | NotGiven = NOT_GIVEN,
        events: Sequence[EventTypeSelector] | NotGiven = NOT_GIVEN,
        description: str | None | NotGiven = NOT_GIVEN,
        enabled: bool | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Update a webhook endpoint.

        ``PATCH /v1/webhook_endpoints/{webhook_endpoint_id}`` (updateWebhookEndpoint).

        Changes the given fields (at least one). The secret is unchanged and not returned. A new
        `url` follows the same address rule as on creation (422 `webhook_url_forbidden`).

        Args:
          webhook_endpoint_id: The webhook endpoint's id.
          url: URL to POST deliveries to.
          events: Event types delivered to this endpoint (`["*"]` = all).
          description: Free-text description (null clears it).
          enabled: Whether deliveries are sent.
        """
        webhook_endpoint_id_ = path_param("webhook_endpoint_id", webhook_endpoint_id)
        body = {
            "url": url,
            "events": events,
            "description": description,
            "enabled": enabled,
        }
        return await self._client.request(
            "PATCH",
            f"/v1/webhook_endpoints/{webhook_endpoint_id_}",
            cast_to=WebhookEndpoint,
            body=body,
            options=options,
        )

    async def delete(
        self,
        webhook_endpoint_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeletedWebhookEndpoint:
        """Delete a webhook endpoint.

        ``DELETE /v1/webhook_endpoints/{webhook_endpoint_id}`` (deleteWebhookEndpoint).

        Deletes the endpoint; pending retries to it are dropped.

        Args:
          webhook_endpoint_id: The webhook endpoint's id.
        """
        webhook_endpoint_id_ = path_param("webhook_endpoint_id", webhook_endpoint_id)
        return await self._client.request(
            "DELETE",
            f"/v1/webhook_endpoints/{webhook_endpoint_id_}",
            cast_to=DeletedWebhookEndpoint,
            options=options,
        )

    async def rotate_secret(
        self,
        webhook_endpoint_id: str,
        *,
        expire_previous_after_seconds: int | NotGiven = NOT_GIVEN,
        **options: Unpack[RequestOptions],
    ) -> WebhookEndpoint:
        """Rotate a webhook endpoint's secret.

        ``POST /v1/webhook_endpoints/{webhook_endpoint_id}/rotate_secret`` (rotateWebhookEndpointSecret).

        Generates a new signing secret and returns it (only this once). With
        `expire_previous_after_seconds` > 0 the previous secret stays valid that long, and
        deliveries carry both `v1=` signatures meanwhile.

        Args:
          webhook_endpoint_id: The webhook endpoint's id.
          expire_previous_after_seconds: How long the previous secret stays valid: during the
            overlap every delivery carries two `v1=` signatures (new and previous secret). 0 = the
            previous secret stops at once.
        """
        webhook_endpoint_id_ = path_param("webhook_endpoint_id", webhook_endpoint_id)
        body = {
            "expire_previous_after_seconds": expire_previous_after_seconds,
        }
        return await self._client.request(
            "POST",
            f"/v1/webhook_endpoints/{webhook_endpoint_id_}/rotate_secret",
            cast_to=WebhookEndpoint,
            body=body,
            options=options,
        )

    async def test(
        self,
        webhook_endpoint_id: str,
        **options: Unpack[RequestOptions],
    ) -> Event:
        """Send a test event.

        ``POST /v1/webhook_endpoints/{webhook_endpoint_id}/test`` (testWebhookEndpoint).

        Creates a `webhook_endpoint.test` event (data.object: the endpoint) and delivers it to this
        endpoint only, asynchronously, even if it is not subscribed to that type. Takes no body.

        Args:
          webhook_endpoint_id: The webhook endpoint's id.
        """
        webhook_endpoint_id_ = path_param("webhook_endpoint_id", webhook_endpoint_id)
        return await self._client.request(
            "POST",
            f"/v1/webhook_endpoints/{webhook_endpoint_id_}/test",
            cast_to=Event,
            options=options,
        )
