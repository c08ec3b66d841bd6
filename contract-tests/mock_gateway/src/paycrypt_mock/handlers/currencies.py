"""Currencies, rates and estimates (the SDK's ``currencies``, ``rates`` and ``estimates``)."""

from __future__ import annotations

from ..context import Ctx, Reply
from ..domain import Domain
from ..errors import field_error
from ..money import CRYPTO, FIAT
from ..pricing import exchange_rate, quote
from ..webhooks import rfc3339
from .base import body_of, handles


@handles("listCurrencies")
def list_currencies(domain: Domain, ctx: Ctx) -> Reply:
    data = [
        {
            "code": code,
            "name": info["name"],
            "type": "fiat",
            "decimals": info["decimals"],
            "network": None,
            "min_amount": info["min_amount"],
        }
        for code, info in FIAT.items()
    ]
    data += [
        {
            "code": code,
            "name": info["name"],
            "type": "crypto",
            "decimals": info["decimals"],
            "network": info["network"],
            "min_amount": info["min_amount"],
        }
        for code, info in CRYPTO.items()
    ]
    return Reply(200, {"data": data})


@handles("listRates")
def list_rates(domain: Domain, ctx: Ctx) -> Reply:
    currency = ctx.query.get("currency", "USD")
    if currency not in FIAT:
        raise field_error(
            "query.currency", f"must be one of {', '.join(FIAT)}", "unsupported_currency"
        )
    data = [
        {"pay_currency": code, "rate": format(exchange_rate(currency, code), "f")}
        for code in CRYPTO
    ]
    return Reply(
        200, {"currency": currency, "data": data, "updated_at": rfc3339(domain.gateway.started)}
    )


@handles("createEstimate")
def create_estimate(domain: Domain, ctx: Ctx) -> Reply:
    amount, currency, pay_currency, rate, pay_amount = quote(body_of(ctx))
    return Reply(
        200,
        {
            "amount": format(amount, "f"),
            "currency": currency,
            "pay_currency": pay_currency,
            "pay_amount": format(pay_amount, "f"),
            "rate": format(rate, "f"),
            "expires_at": rfc3339(int(ctx.now) + domain.payment_ttl),
        },
    )
