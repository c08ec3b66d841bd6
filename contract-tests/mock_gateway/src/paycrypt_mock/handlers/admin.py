"""The admin API: clients, packages, pricing overrides, usage, alerts, audit log (the SDK's ``admin``).

Every change is audited; ``dry_run`` builds the audit entry without storing anything.
"""

from __future__ import annotations

import time
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from ..catalog import PACKAGE_BY_ID, PACKAGES, THRESHOLDS
from ..context import Ctx, Reply
from ..domain import Domain
from ..emails import send_alert_email
from ..errors import ApiError, field_error
from ..formats import month_of, parse_time, pct_text, public, usd_text
from ..store import new_id
from ..webhooks import rfc3339
from .base import body_of, handles, page


def _audit(
    domain: Domain,
    ctx: Ctx,
    action: str,
    client_id: str | None,
    reason: str | None,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
    *,
    dry_run: bool,
) -> dict[str, Any]:
    """Build an audit entry; store it only for a real (not dry-run) change."""
    assert ctx.client is not None
    entry = {
        "id": new_id("aud"),
        "actor": ctx.client["api_key"],
        "action": action,
        "client_id": client_id,
        "reason": reason,
        "before": before,
        "after": after,
        "created_at": rfc3339(ctx.now),
    }
    if not dry_run:
        domain.store.insert(
            "audit_log", entry, owner=client_id, status=action, created=int(ctx.now)
        )
    return entry


def _admin_client(domain: Domain, client: dict[str, Any], month: str) -> dict[str, Any]:
    figures = domain.usage_figures(client, month)
    out = domain.render_account(client, time.time())
    out["usage_percentage"] = pct_text(figures["pct"])
    out["current_volume"] = usd_text(figures["volume"])
    return out


def _manual_page(
    items: list[dict[str, Any]], limit: int, starting_after: str | None
) -> tuple[list[dict[str, Any]], bool]:
    if starting_after is not None:
        ids = [i["id"] for i in items]
        if starting_after not in ids:
            return [], False
        items = items[ids.index(starting_after) + 1 :]
    return items[:limit], len(items) > limit


@handles("adminListClients")
def admin_list_clients(domain: Domain, ctx: Ctx) -> Reply:
    q = ctx.query
    month = month_of(ctx.now)
    rows = []
    for client in reversed(domain.store.all("clients")):
        if "package" in q and client["package"] != q["package"]:
            continue
        if "status" in q and client["status"] != q["status"]:
            continue
        rendered = _admin_client(domain, client, month)
        if "min_usage_percentage" in q and Decimal(rendered["usage_percentage"]) < Decimal(
            q["min_usage_percentage"]
        ):
            continue
        rows.append(rendered)
    items, more = _manual_page(rows, q.get("limit", 10), q.get("starting_after"))
    return Reply(200, page(items, more))


@handles("adminRetrieveClient")
def admin_retrieve_client(domain: Domain, ctx: Ctx) -> Reply:
    return Reply(
        200, _admin_client(domain, domain.client(ctx.path["client_id"]), month_of(ctx.now))
    )


@handles("adminSwitchPackage")
def admin_switch_package(domain: Domain, ctx: Ctx) -> Reply:
    client = domain.client(ctx.path["client_id"])
    body = body_of(ctx)
    package = body["package"]
    if package not in PACKAGE_BY_ID:
        raise field_error(
            "package", f"must be one of {', '.join(PACKAGE_BY_ID)}", "package_not_found"
        )
    if package == client["package"]:
        raise ApiError(409, "package_unchanged", f"Client {client['id']} is already on {package}.")
    dry_run = bool(body.get("dry_run", False))
    before = {"package": dict(PACKAGE_BY_ID[client["package"]])}
    after = {"package": dict(PACKAGE_BY_ID[package])}
    entry = _audit(
        domain,
        ctx,
        "package_switched",
        client["id"],
        body["reason"],
        before,
        after,
        dry_run=dry_run,
    )
    if not dry_run:
        client["package"] = package
        domain.store.update("clients", client)
        # the new limit re-arms the thresholds: check them now (a downgrade may cross some at once)
        domain.check_thresholds(client, month_of(ctx.now), ctx.now, ctx.events)
    return Reply(
        200,
        {
            "dry_run": dry_run,
            "client_id": client["id"],
            "before": before,
            "after": after,
            "audit_entry": None if dry_run else entry,
        },
    )


@handles("adminListPackages")
def admin_list_packages(domain: Domain, ctx: Ctx) -> Reply:
    return Reply(200, {"data": [dict(p) for p in PACKAGES]})


def _render_override(o: dict[str, Any]) -> dict[str, Any]:
    return public(o)


@handles("adminCreatePricingOverride")
def admin_create_pricing_override(domain: Domain, ctx: Ctx) -> Reply:
    body = body_of(ctx)
    client = domain.client(body["client_id"])
    try:
        expires = parse_time(body["expires_at"])
    except ValueError:
        raise field_error("expires_at", "must be an RFC 3339 date-time") from None
    if expires <= ctx.now:
        raise field_error("expires_at", "must be in the future")
    fee = Decimal(body["fee_percent"])
    if fee > 100:
        raise field_error("fee_percent", "must be at most 100")
    dry_run = bool(body.get("dry_run", False))
    assert ctx.client is not None
    override = {
        "id": new_id("po"),
        "client_id": client["id"],
        "fee_percent": format(fee.quantize(Decimal("0.01")), "f"),
        "reason": body["reason"],
        "created_by": ctx.client["api_key"],
        "expires_at": rfc3339(expires),
        "created_at": rfc3339(ctx.now),
        "_expires": expires,
    }
    previous = domain.active_override(client["id"], ctx.now)
    entry = _audit(
        domain,
        ctx,
        "pricing_override_created",
        client["id"],
        body["reason"],
        {"pricing_override": _render_override(previous) if previous else None},
        {"pricing_override": _render_override(override)},
        dry_run=dry_run,
    )
    if not dry_run:
        domain.store.insert("pricing_overrides", override, owner=client["id"], created=int(ctx.now))
    return Reply(
        201,
        {
            "dry_run": dry_run,
            "pricing_override": _render_override(override),
            "audit_entry": None if dry_run else entry,
        },
    )


@handles("adminListPricingOverrides")
def admin_list_pricing_overrides(domain: Domain, ctx: Ctx) -> Reply:
    q = ctx.query
    where: list[tuple[str, Any]] = []
    if not q.get("include_expired", False):
        where.append(("json_extract(data, '$._expires') > ?", ctx.now))
    items, more = domain.store.page(
        "pricing_overrides",
        owner=q.get("client_id"),
        limit=q.get("limit", 10),
        starting_after=q.get("starting_after"),
        where=where,
    )
    return Reply(200, page([_render_override(o) for o in items], more))


@handles("adminDeletePricingOverride")
def admin_delete_pricing_override(domain: Domain, ctx: Ctx) -> Reply:
    override = domain.store.get("pricing_overrides", ctx.path["override_id"])
    if override is None:
        raise ApiError(
            404,
            "pricing_override_not_found",
            f"No pricing override with id {ctx.path['override_id']}.",
        )
    domain.store.delete("pricing_overrides", override["id"])
    entry = _audit(
        domain,
        ctx,
        "pricing_override_deleted",
        override["client_id"],
        ctx.query.get("reason"),
        {"pricing_override": _render_override(override)},
        None,
        dry_run=False,
    )
    return Reply(200, {"id": override["id"], "deleted": True, "audit_entry": entry})


@handles("adminRetrieveUsageReport")
def admin_retrieve_usage_report(domain: Domain, ctx: Ctx) -> Reply:
    month = ctx.query.get("month", month_of(ctx.now))
    rows = []
    total_volume = total_fees = Decimal(0)
    total_payments = 0
    for client in domain.store.all("clients"):
        figures = domain.usage_figures(client, month)
        # Gross and fees are rounded to cents first, so net = gross − fees holds on every line.
        gross = Decimal(usd_text(figures["volume"]))
        fees = min(
            domain.usage_fees(client["id"], month).quantize(Decimal("0.01"), ROUND_HALF_UP), gross
        )
        alerts = sorted(
            {
                row[0]
                for row in domain.store.db.execute(
                    "SELECT json_extract(data, '$.threshold') FROM usage_alerts WHERE owner = ? "
                    "AND json_extract(data, '$.alert_month') = ? AND json_extract(data, '$.test') = 0",
                    (client["id"], month),
                )
            }
        )
        rows.append(
            {
                "client_id": client["id"],
                "name": client["name"],
                "package": client["package"],
                "current_volume": usd_text(figures["volume"]),
                "max_volume": usd_text(figures["max_volume"]),
                "usage_percentage": pct_text(figures["pct"]),
                "payments_count": figures["count"],
                "fees": format(fees, "f"),
                "net_volume": format(gross - fees, "f"),
                "alerts": alerts,
            }
        )
        total_volume += gross
        total_fees += fees
        total_payments += figures["count"]
    return Reply(
        200,
        {
            "month": month,
            "generated_at": rfc3339(ctx.now),
            "totals": {
                "clients": len(rows),
                "volume": format(total_volume, "f"),
                "payments": total_payments,
                "fees": format(total_fees, "f"),
                "net_volume": format(total_volume - total_fees, "f"),
            },
            "clients": rows,
        },
    )


@handles("adminResetUsage")
def admin_reset_usage(domain: Domain, ctx: Ctx) -> Reply:
    body = body_of(ctx)
    month = body.get("month", month_of(ctx.now))
    dry_run = bool(body.get("dry_run", False))
    client_id = body.get("client_id")
    if client_id is not None:
        domain.client(client_id)
        rows = domain.store.db.execute(
            "SELECT owner, volume_usd, payments_count FROM usage WHERE owner = ? AND month = ?",
            (client_id, month),
        ).fetchall()
    else:
        rows = domain.store.db.execute(
            "SELECT owner, volume_usd, payments_count FROM usage WHERE month = ?", (month,)
        ).fetchall()
    before = {
        "month": month,
        "clients": {
            r[0]: {"current_volume": usd_text(Decimal(r[1])), "payments_count": r[2]} for r in rows
        },
    }
    after = {
        "month": month,
        "clients": {r[0]: {"current_volume": "0.00", "payments_count": 0} for r in rows},
    }
    entry = _audit(
        domain, ctx, "usage_reset", client_id, body["reason"], before, after, dry_run=dry_run
    )
    if not dry_run:
        # Zero the row rather than delete it: its reset count re-arms the month's thresholds.
        domain.store.db.execute(
            "UPDATE usage SET volume_usd = '0', payments_count = 0, fees_usd = '0', resets = resets + 1 "
            f"WHERE month = ?{' AND owner = ?' if client_id is not None else ''}",
            (month, client_id) if client_id is not None else (month,),
        )
    return Reply(
        200,
        {
            "dry_run": dry_run,
            "month": month,
            "clients_reset": len(rows),
            "audit_entry": None if dry_run else entry,
        },
    )


@handles("adminCheckUsageAlerts")
def admin_check_usage_alerts(domain: Domain, ctx: Ctx) -> Reply:
    month = body_of(ctx).get("month", month_of(ctx.now))
    clients = domain.store.all("clients")
    created: list[dict[str, Any]] = []
    for client in clients:
        created.extend(domain.check_thresholds(client, month, ctx.now, ctx.events))
    return Reply(200, {"checked_clients": len(clients), "alerts_created": created})


@handles("adminSendTestAlert")
def admin_send_test_alert(domain: Domain, ctx: Ctx) -> Reply:
    body = body_of(ctx)
    client = domain.client(body["client_id"])
    month = month_of(ctx.now)
    alert_type = dict(THRESHOLDS)[body["threshold"]]
    alert = domain.new_alert(
        client,
        domain.usage_figures(client, month),
        body["threshold"],
        alert_type,
        month,
        ctx.now,
        test=True,
    )
    send_alert_email(domain.store, alert, client, ctx.now, alert["sent_at"])
    domain.store.insert("usage_alerts", alert, owner=client["id"], created=int(ctx.now))
    domain.emit(ctx.events, client["id"], "usage.threshold_reached", alert, ctx.now)
    _audit(
        domain,
        ctx,
        "test_alert_sent",
        client["id"],
        None,
        None,
        {"usage_alert": alert},
        dry_run=False,
    )
    return Reply(201, alert)


@handles("adminListAuditLog")
def admin_list_audit_log(domain: Domain, ctx: Ctx) -> Reply:
    q = ctx.query
    where = [("status = ?", q["action"])] if "action" in q else []
    items, more = domain.store.page(
        "audit_log",
        owner=q.get("client_id"),
        limit=q.get("limit", 10),
        starting_after=q.get("starting_after"),
        where=where,
    )
    return Reply(200, page(items, more))
