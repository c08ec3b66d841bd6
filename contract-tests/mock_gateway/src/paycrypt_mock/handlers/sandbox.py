"""The sandbox's test helpers: pay, confirm or expire a payment, read the e-mail outbox
(the SDK's ``test_helpers``). Test (``pk_test_``) keys only.
"""

from __future__ import annotations

from decimal import Decimal

from ..context import Ctx, Reply
from ..domain import Domain
from ..emails import render_email
from ..errors import ApiError, field_error
from ..formats import public
from ..money import decimals, parse_amount, quantize
from ..webhooks import rfc3339
from .base import body_of, handles, owner_id, page, refuse


def _sandbox_only(ctx: Ctx) -> None:
    assert ctx.client is not None
    if not str(ctx.client["api_key"]).startswith("pk_test_"):
        raise ApiError(403, "test_mode_only", "Test helpers only work with test (pk_test_…) keys.")


@handles("testHelpersPayPayment")
def test_helpers_pay_payment(domain: Domain, ctx: Ctx) -> Reply:
    _sandbox_only(ctx)
    payment = domain.payment(ctx, ctx.path["payment_id"])
    if payment["status"] not in ("pending", "underpaid"):
        raise refuse(payment, "pay", "pending, underpaid")
    body = body_of(ctx)
    pay_total = Decimal(payment["pay_amount"])
    received = Decimal(payment["amount_received"])
    if "amount" in body:
        amount = parse_amount(body["amount"])
        assert amount is not None
        if amount != quantize(amount, payment["pay_currency"]):
            raise field_error(
                "amount",
                f"must have at most {decimals(payment['pay_currency'])} decimals "
                f"for {payment['pay_currency']}",
            )
        if amount <= 0:
            raise field_error("amount", "must be greater than 0")
        if amount > pay_total * 1000:
            raise field_error("amount", "is implausibly large for this payment", "amount_too_large")
    else:
        amount = pay_total - received
    received += amount
    payment["amount_received"] = format(received, "f")
    if received >= pay_total:
        payment["overpaid_amount"] = format(received - pay_total, "f")
        domain.set_status(payment, "confirming", ctx.now, ctx.events)
        if body.get("confirm", True):
            domain.confirm(payment, ctx.now, ctx.events)
    else:
        if payment["status"] == "underpaid":
            payment["updated_at"] = rfc3339(ctx.now)
            domain.store.update("payments", payment)
        else:
            domain.set_status(payment, "underpaid", ctx.now, ctx.events)
    return Reply(200, public(payment))


@handles("testHelpersConfirmPayment")
def test_helpers_confirm_payment(domain: Domain, ctx: Ctx) -> Reply:
    _sandbox_only(ctx)
    payment = domain.payment(ctx, ctx.path["payment_id"])
    if payment["status"] != "confirming":
        raise refuse(payment, "confirm", "confirming")
    domain.confirm(payment, ctx.now, ctx.events)
    return Reply(200, public(payment))


@handles("testHelpersExpirePayment")
def test_helpers_expire_payment(domain: Domain, ctx: Ctx) -> Reply:
    _sandbox_only(ctx)
    payment = domain.payment(ctx, ctx.path["payment_id"])
    if payment["status"] not in ("pending", "underpaid"):
        raise refuse(payment, "expire", "pending, underpaid")
    payment["_expires"] = int(ctx.now)
    payment["expires_at"] = rfc3339(ctx.now)
    domain.set_status(payment, "expired", ctx.now, ctx.events)
    return Reply(200, public(payment))


@handles("testHelpersListEmails")
def test_helpers_list_emails(domain: Domain, ctx: Ctx) -> Reply:
    _sandbox_only(ctx)
    q = ctx.query
    where = [("json_extract(data, '$.alert_id') = ?", q["alert_id"])] if "alert_id" in q else []
    items, more = domain.store.page(
        "emails",
        owner=owner_id(ctx),
        limit=q.get("limit", 10),
        starting_after=q.get("starting_after"),
        where=where,
    )
    return Reply(200, page([render_email(e) for e in items], more))


@handles("testHelpersRetrieveEmail")
def test_helpers_retrieve_email(domain: Domain, ctx: Ctx) -> Reply:
    _sandbox_only(ctx)
    email = domain.store.get("emails", ctx.path["email_id"], owner=owner_id(ctx))
    if email is None:
        raise ApiError(404, "email_not_found", f"No email with id {ctx.path['email_id']}.")
    return Reply(200, render_email(email))
