"""Events: list, retrieve, resend (the SDK's ``events``)."""

from __future__ import annotations

from typing import Any

from ..context import Ctx, Reply
from ..domain import Domain
from ..errors import ApiError
from ..webhook_outbox import queue_deliveries
from .base import body_of, handles, owner_id, page


def _event(domain: Domain, ctx: Ctx) -> dict[str, Any]:
    event = domain.store.get("events", ctx.path["event_id"], owner=owner_id(ctx))
    if event is None:
        raise ApiError(404, "event_not_found", f"No event with id {ctx.path['event_id']}.")
    return event


@handles("listEvents")
def list_events(domain: Domain, ctx: Ctx) -> Reply:
    where = [("status = ?", ctx.query["type"])] if "type" in ctx.query else []
    items, more = domain.store.page(
        "events",
        owner=owner_id(ctx),
        limit=ctx.query.get("limit", 10),
        starting_after=ctx.query.get("starting_after"),
        where=where,
    )
    return Reply(200, page([domain.render_event(e) for e in items], more))


@handles("retrieveEvent")
def retrieve_event(domain: Domain, ctx: Ctx) -> Reply:
    return Reply(200, domain.render_event(_event(domain, ctx)))


@handles("resendEvent")
def resend_event(domain: Domain, ctx: Ctx) -> Reply:
    event = _event(domain, ctx)
    endpoint_id = body_of(ctx).get("webhook_endpoint_id")
    if (
        endpoint_id is not None
        and domain.store.get("webhook_endpoints", endpoint_id, owner=owner_id(ctx)) is None
    ):
        raise ApiError(
            404, "webhook_endpoint_not_found", f"No webhook endpoint with id {endpoint_id}."
        )
    queue_deliveries(domain.store, event, owner_id(ctx), ctx.now, endpoint_id)
    ctx.events.append(event)
    return Reply(202, domain.render_event(event))
