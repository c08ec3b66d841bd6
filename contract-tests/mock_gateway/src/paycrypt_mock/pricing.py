"""Pricing a payment: the sandbox's fixed exchange rates and a quote for an amount (no state)."""

from __future__ import annotations

from decimal import ROUND_DOWN, ROUND_UP, Decimal, localcontext
from typing import Any

from .errors import ApiError, field_error
from .money import CRYPTO, FIAT, USD_RATES, decimals, parse_amount, quantize

__all__ = ["MAX_PAYMENT_AMOUNT", "exchange_rate", "quote"]

MAX_PAYMENT_AMOUNT = Decimal("1000000000")  # keeps every converted figure inside the Amount pattern


def exchange_rate(fiat: str, crypto: str) -> Decimal:
    """Price of one unit of ``crypto`` in ``fiat``: 8 decimals, rounded DOWN (so pay_amount,
    computed from it and rounded UP, never leaves the merchant short); trailing zeros beyond
    the fiat's 2 decimals dropped (``95000.00``, ``0.92592592``)."""
    with localcontext() as ctx:
        ctx.prec = 60
        exact = (USD_RATES[crypto] / USD_RATES[fiat]).quantize(Decimal("0.00000001"), ROUND_DOWN)
    trimmed = exact.normalize()
    if trimmed.as_tuple().exponent > -2:  # type: ignore[operator]
        trimmed = exact.quantize(Decimal("0.01"))
    return trimmed


def quote(body: dict[str, Any]) -> tuple[Decimal, str, str, Decimal, Decimal]:
    currency, pay_currency = body["currency"], body["pay_currency"]
    errors = []
    if currency not in FIAT:
        errors.append({"field": "currency", "message": f"must be one of {', '.join(FIAT)}"})
    if pay_currency not in CRYPTO:
        errors.append({"field": "pay_currency", "message": f"must be one of {', '.join(CRYPTO)}"})
    if errors:
        raise ApiError(
            422,
            "unsupported_currency",
            "The currency or pay_currency is not supported.",
            errors=errors,
        )
    amount = parse_amount(body["amount"])
    assert amount is not None  # the spec's pattern guarantees a decimal
    if amount != quantize(amount, currency):
        raise field_error(
            "amount", f"must have at most {decimals(currency)} decimals for {currency}"
        )
    if amount < Decimal(str(FIAT[currency]["min_amount"])):
        raise field_error(
            "amount",
            f"must be at least {FIAT[currency]['min_amount']} {currency}",
            "amount_too_small",
        )
    if amount > MAX_PAYMENT_AMOUNT:
        raise field_error(
            "amount", f"must be at most {MAX_PAYMENT_AMOUNT} in the sandbox", "amount_too_large"
        )
    rate = exchange_rate(currency, pay_currency)
    with localcontext() as ctx:
        ctx.prec = 60
        pay_amount = quantize(amount / rate, pay_currency, ROUND_UP)
    return amount, currency, pay_currency, rate, pay_amount
