"""Payments: create, list, retrieve, cancel (the SDK's ``payments``)."""

from __future__ import annotations

from typing import Any

from ..context import Ctx, Reply
from ..domain import Domain
from ..errors import ApiError, field_error
from ..formats import month_of, parse_time, public, usd_text
from ..money import CRYPTO, fee_of, pay_address
from ..pricing import quote
from ..store import new_id
from ..webhooks import rfc3339
from .base import body_of, handles, owner_id, page, refuse


@handles("createPayment")
def create_payment(domain: Domain, ctx: Ctx) -> Reply:
    body = body_of(ctx)
    owner = owner_id(ctx)
    client = domain.client(owner)
    amount, currency, pay_currency, rate, pay_amount = quote(body)
    figures = domain.usage_figures(client, month_of(ctx.now))
    if figures["pct"] >= 100:
        raise ApiError(
            422,
            "usage_limit_exceeded",
            f"This month's volume ({usd_text(figures['volume'])} USD) has reached the "
            f"{figures['package']['name']} package limit ({usd_text(figures['max_volume'])} USD); "
            "new payments are refused until next month or a package upgrade.",
        )
    payment_id = new_id("pay")
    network = str(CRYPTO[pay_currency]["network"])
    now = ctx.now
    fee_percent = domain.fee_percent(
        client, now
    )  # fixed now: a later override or switch does not change it
    fee = fee_of(amount, fee_percent, currency)
    payment = {
        "id": payment_id,
        "object": "payment",
        "status": "pending",
        "amount": format(amount, "f"),
        "currency": currency,
        "pay_currency": pay_currency,
        "pay_amount": format(pay_amount, "f"),
        "rate": format(rate, "f"),
        "pay_address": pay_address(payment_id, network),
        "amount_received": "0",
        "overpaid_amount": "0",
        "amount_refunded": "0",
        "fee_percent": format(fee_percent, "f"),
        "fee": format(fee, "f"),
        "net_amount": format(amount - fee, "f"),
        "order_id": body.get("order_id"),
        "description": body.get("description"),
        "metadata": body.get("metadata", {}),
        "redirect_url": body.get("redirect_url"),
        "hosted_url": f"https://sandbox.paycrypt.example/pay/{payment_id}",
        "expires_at": rfc3339(int(now) + domain.payment_ttl),
        "created_at": rfc3339(now),
        "updated_at": rfc3339(now),
        "confirmed_at": None,
        "_owner": owner,
        "_expires": int(now) + domain.payment_ttl,
        "_refunded_pay": "0",
    }
    domain.store.insert("payments", payment, owner=owner, status="pending", created=int(now))
    domain.emit(ctx.events, owner, "payment.created", payment, now)
    return Reply(201, public(payment))


@handles("listPayments")
def list_payments(domain: Domain, ctx: Ctx) -> Reply:
    owner = owner_id(ctx)
    domain.sweep(ctx.now, owner, ctx.events)
    q = ctx.query
    where: list[tuple[str, Any]] = []
    if "status" in q:
        where.append(("status = ?", q["status"]))
    for name, op in (("created_gte", ">="), ("created_lt", "<")):
        if name in q:
            try:
                where.append((f"created {op} ?", parse_time(q[name])))
            except ValueError:
                raise field_error(f"query.{name}", "must be an RFC 3339 date-time") from None
    if "order_id" in q:
        where.append(("json_extract(data, '$.order_id') = ?", q["order_id"]))
    items, more = domain.store.page(
        "payments",
        owner=owner,
        limit=q.get("limit", 10),
        starting_after=q.get("starting_after"),
        where=where,
    )
    return Reply(200, page([public(p) for p in items], more))


@handles("retrievePayment")
def retrieve_payment(domain: Domain, ctx: Ctx) -> Reply:
    return Reply(200, public(domain.payment(ctx, ctx.path["payment_id"])))


@handles("cancelPayment")
def cancel_payment(domain: Domain, ctx: Ctx) -> Reply:
    payment = domain.payment(ctx, ctx.path["payment_id"])
    if payment["status"] != "pending":
        raise refuse(payment, "cancel", "pending")
    domain.set_status(payment, "canceled", ctx.now, ctx.events)
    return Reply(200, public(payment))
