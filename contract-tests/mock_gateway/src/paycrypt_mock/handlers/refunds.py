"""Refunds of a payment (the SDK's ``refunds``)."""

from __future__ import annotations

from decimal import ROUND_DOWN, Decimal, localcontext

from ..context import Ctx, Reply
from ..domain import Domain
from ..errors import field_error
from ..money import decimals, parse_amount, quantize
from ..store import new_id
from ..webhooks import rfc3339
from .base import body_of, handles, page, refuse


@handles("createRefund")
def create_refund(domain: Domain, ctx: Ctx) -> Reply:
    payment = domain.payment(ctx, ctx.path["payment_id"])
    if payment["status"] not in ("confirmed", "partially_refunded"):
        raise refuse(payment, "refund", "confirmed, partially_refunded")
    body = body_of(ctx)
    total = Decimal(payment["amount"])
    refunded = Decimal(payment["amount_refunded"])
    remaining = total - refunded
    if "amount" in body:
        amount = parse_amount(body["amount"])
        assert amount is not None
        if amount != quantize(amount, payment["currency"]):
            raise field_error(
                "amount", f"must have at most {decimals(payment['currency'])} decimals"
            )
        if amount <= 0:
            raise field_error("amount", "must be greater than 0")
        if amount > remaining:
            raise field_error(
                "amount",
                f"must be at most the refundable {format(remaining, 'f')} {payment['currency']}",
                "refund_exceeds_payment",
            )
    else:
        amount = remaining
    new_refunded = refunded + amount
    pay_total = Decimal(payment["pay_amount"])
    refunded_pay = Decimal(payment["_refunded_pay"])
    if new_refunded == total:
        pay_part = pay_total - refunded_pay  # the last refund takes the exact remainder
    else:
        with localcontext() as c:
            c.prec = 60
            pay_part = quantize(pay_total * amount / total, payment["pay_currency"], ROUND_DOWN)
    refund = {
        "id": new_id("re"),
        "object": "refund",
        "payment_id": payment["id"],
        "amount": format(quantize(amount, payment["currency"]), "f"),
        "pay_amount": format(pay_part, "f"),
        "status": "succeeded",
        "reason": body.get("reason"),
        "created_at": rfc3339(ctx.now),
    }
    domain.store.insert(
        "refunds", refund, owner=payment["id"], status="succeeded", created=int(ctx.now)
    )
    payment["amount_refunded"] = format(quantize(new_refunded, payment["currency"]), "f")
    payment["_refunded_pay"] = format(refunded_pay + pay_part, "f")
    domain.set_status(
        payment, "refunded" if new_refunded == total else "partially_refunded", ctx.now, ctx.events
    )
    return Reply(201, refund)


@handles("listRefunds")
def list_refunds(domain: Domain, ctx: Ctx) -> Reply:
    payment = domain.payment(ctx, ctx.path["payment_id"])
    items, more = domain.store.page(
        "refunds",
        owner=payment["id"],
        limit=ctx.query.get("limit", 10),
        starting_after=ctx.query.get("starting_after"),
    )
    return Reply(200, page(items, more))
