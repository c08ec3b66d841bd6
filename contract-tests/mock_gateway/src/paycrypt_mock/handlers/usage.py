"""The client's own usage and its alerts (the SDK's ``usage``)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from ..catalog import PACKAGES, THRESHOLDS
from ..context import Ctx, Reply
from ..domain import Domain
from ..formats import month_of, pct_text, public, usd_text
from ..projection import project, recommend
from .base import handles, owner_id, page


def _usage(domain: Domain, client: dict[str, Any], month: str, now: float) -> dict[str, Any]:
    figures = domain.usage_figures(client, month)
    crossed = [t for t, _ in THRESHOLDS if figures["pct"] >= t]
    projected = project(Decimal(usd_text(figures["volume"])), month, now)
    recommended, contact_sales = (
        recommend(PACKAGES, client["package"], projected) if crossed else (None, False)
    )
    return {
        "client_id": client["id"],
        "month": month,
        "currency": "USD",
        "package": dict(figures["package"]),
        "current_volume": usd_text(figures["volume"]),
        "max_volume": usd_text(figures["max_volume"]),
        "usage_percentage": pct_text(figures["pct"]),
        "thresholds_crossed": crossed,
        "limit_exceeded": figures["pct"] >= 100,
        "projected_volume": format(projected, "f"),
        "contact_sales": contact_sales,
        "recommended_package": recommended,
    }


@handles("retrieveUsage")
def retrieve_usage(domain: Domain, ctx: Ctx) -> Reply:
    return Reply(200, _usage(domain, domain.client(owner_id(ctx)), month_of(ctx.now), ctx.now))


@handles("listUsageAlerts")
def list_usage_alerts(domain: Domain, ctx: Ctx) -> Reply:
    where = (
        [("json_extract(data, '$.alert_month') = ?", ctx.query["month"])]
        if "month" in ctx.query
        else []
    )
    items, more = domain.store.page(
        "usage_alerts",
        owner=owner_id(ctx),
        limit=ctx.query.get("limit", 10),
        starting_after=ctx.query.get("starting_after"),
        where=where,
    )
    return Reply(200, page([public(a) for a in items], more))
