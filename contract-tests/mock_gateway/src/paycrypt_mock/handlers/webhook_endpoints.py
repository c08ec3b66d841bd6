"""Webhook endpoints: CRUD, secret rotation, test events (the SDK's ``webhook_endpoints``)."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ..context import Ctx, Reply
from ..domain import Domain
from ..errors import ApiError, field_error
from ..formats import public
from ..store import new_id
from ..webhook_addresses import literal_refusal
from ..webhook_outbox import stop_deliveries
from ..webhooks import rfc3339
from .base import body_of, handles, owner_id, page


def _new_secret() -> str:
    return "whsec_" + new_id("x")[2:] + new_id("x")[2:8]


def _check_url(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise field_error("url", "must be an absolute http:// or https:// URL")
    refusal = literal_refusal(parts.hostname)
    if (
        refusal is not None
    ):  # a request-forgery guard; names are checked again after DNS at delivery
        raise field_error(
            "url",
            f"must not point at {parts.hostname}: {refusal} addresses never receive webhooks",
            code="webhook_url_forbidden",
        )


def _render_endpoint(endpoint: dict[str, Any], *, with_secret: bool = False) -> dict[str, Any]:
    out = public(endpoint)
    if with_secret:
        out["secret"] = endpoint["_secret"]
    return out


def _endpoint(domain: Domain, ctx: Ctx) -> dict[str, Any]:
    endpoint = domain.store.get(
        "webhook_endpoints", ctx.path["webhook_endpoint_id"], owner=owner_id(ctx)
    )
    if endpoint is None:
        raise ApiError(
            404,
            "webhook_endpoint_not_found",
            f"No webhook endpoint with id {ctx.path['webhook_endpoint_id']}.",
        )
    return endpoint


@handles("createWebhookEndpoint")
def create_webhook_endpoint(domain: Domain, ctx: Ctx) -> Reply:
    body = body_of(ctx)
    _check_url(body["url"])
    secret = _new_secret()
    endpoint = {
        "id": new_id("we"),
        "url": body["url"],
        "events": body["events"],
        "description": body.get("description"),
        "enabled": body.get("enabled", True),
        "secret_hint": "whsec_…" + secret[-4:],
        "previous_secret_expires_at": None,
        "created_at": rfc3339(ctx.now),
        "updated_at": rfc3339(ctx.now),
        "_secret": secret,
        "_previous_secrets": [],
    }
    domain.store.insert("webhook_endpoints", endpoint, owner=owner_id(ctx), created=int(ctx.now))
    return Reply(201, _render_endpoint(endpoint, with_secret=True))


@handles("listWebhookEndpoints")
def list_webhook_endpoints(domain: Domain, ctx: Ctx) -> Reply:
    items, more = domain.store.page(
        "webhook_endpoints",
        owner=owner_id(ctx),
        limit=ctx.query.get("limit", 10),
        starting_after=ctx.query.get("starting_after"),
    )
    return Reply(200, page([_render_endpoint(e) for e in items], more))


@handles("retrieveWebhookEndpoint")
def retrieve_webhook_endpoint(domain: Domain, ctx: Ctx) -> Reply:
    return Reply(200, _render_endpoint(_endpoint(domain, ctx)))


@handles("updateWebhookEndpoint")
def update_webhook_endpoint(domain: Domain, ctx: Ctx) -> Reply:
    endpoint = _endpoint(domain, ctx)
    body = body_of(ctx)
    if "url" in body:
        _check_url(body["url"])
    for name in ("url", "events", "description", "enabled"):
        if name in body:
            endpoint[name] = body[name]
    endpoint["updated_at"] = rfc3339(ctx.now)
    domain.store.update("webhook_endpoints", endpoint)
    if (
        body.get("enabled") is False
    ):  # its queued retries stop too (re-enabling does not revive them)
        stop_deliveries(domain.store, endpoint["id"], "disabled")
    return Reply(200, _render_endpoint(endpoint))


@handles("deleteWebhookEndpoint")
def delete_webhook_endpoint(domain: Domain, ctx: Ctx) -> Reply:
    endpoint = _endpoint(domain, ctx)
    stop_deliveries(domain.store, endpoint["id"], "deleted")
    domain.store.delete("webhook_endpoints", endpoint["id"])
    return Reply(200, {"id": endpoint["id"], "deleted": True})


@handles("rotateWebhookEndpointSecret")
def rotate_webhook_endpoint_secret(domain: Domain, ctx: Ctx) -> Reply:
    endpoint = _endpoint(domain, ctx)
    overlap = int(body_of(ctx).get("expire_previous_after_seconds", 0))
    previous = [p for p in endpoint["_previous_secrets"] if p["expires"] > ctx.now]
    if overlap > 0:
        previous.append({"secret": endpoint["_secret"], "expires": ctx.now + overlap})
    endpoint["_previous_secrets"] = previous
    endpoint["_secret"] = _new_secret()
    endpoint["secret_hint"] = "whsec_…" + endpoint["_secret"][-4:]
    latest = max((p["expires"] for p in previous), default=None)
    endpoint["previous_secret_expires_at"] = rfc3339(latest) if latest else None
    endpoint["updated_at"] = rfc3339(ctx.now)
    domain.store.update("webhook_endpoints", endpoint)
    return Reply(200, _render_endpoint(endpoint, with_secret=True))


@handles("testWebhookEndpoint")
def test_webhook_endpoint(domain: Domain, ctx: Ctx) -> Reply:
    endpoint = _endpoint(domain, ctx)
    event = domain.emit(
        ctx.events,
        owner_id(ctx),
        "webhook_endpoint.test",
        _render_endpoint(endpoint),
        ctx.now,
        only_endpoint=endpoint["id"],
    )
    return Reply(202, domain.render_event(event))
