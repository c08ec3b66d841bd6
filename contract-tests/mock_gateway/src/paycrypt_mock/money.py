"""Money: ``decimal.Decimal`` only, quantized per currency, stored and sent as text.

The rates are fixed so that every test, demo and SDK example sees the same
numbers: 1 BTC = 95000.00 USD, 1 EUR = 1.08 USD, and so on.
"""

from __future__ import annotations

import hashlib
from decimal import (
    ROUND_HALF_EVEN,
    ROUND_HALF_UP,
    ROUND_UP,
    Decimal,
    InvalidOperation,
    localcontext,
)

__all__ = [
    "CRYPTO",
    "FIAT",
    "USD_RATES",
    "fmt",
    "parse_amount",
    "pay_address",
    "quantize",
    "to_usd",
    "convert",
    "fee_of",
]

# code -> decimals, network, min_amount, name
CRYPTO: dict[str, dict[str, object]] = {
    "BTC": {"name": "Bitcoin", "decimals": 8, "network": "bitcoin", "min_amount": "0.00001000"},
    "ETH": {
        "name": "Ether",
        "decimals": 18,
        "network": "ethereum",
        "min_amount": "0.000100000000000000",
    },
    "USDT": {"name": "Tether USD", "decimals": 6, "network": "ethereum", "min_amount": "1.000000"},
    "LTC": {"name": "Litecoin", "decimals": 8, "network": "litecoin", "min_amount": "0.00100000"},
}
FIAT: dict[str, dict[str, object]] = {
    "USD": {"name": "US Dollar", "decimals": 2, "network": None, "min_amount": "0.50"},
    "EUR": {"name": "Euro", "decimals": 2, "network": None, "min_amount": "0.50"},
    "GBP": {"name": "Pound Sterling", "decimals": 2, "network": None, "min_amount": "0.50"},
}
# Value of one unit in USD.
USD_RATES: dict[str, Decimal] = {
    "BTC": Decimal("95000.00"),
    "ETH": Decimal("3500.00"),
    "USDT": Decimal("1.00"),
    "LTC": Decimal("85.00"),
    "USD": Decimal("1"),
    "EUR": Decimal("1.08"),
    "GBP": Decimal("1.27"),
}


def decimals(currency: str) -> int:
    info = CRYPTO.get(currency) or FIAT.get(currency)
    if info is None:
        raise KeyError(currency)
    places = info["decimals"]
    assert isinstance(places, int)
    return places


def quantize(value: Decimal, currency: str, rounding: str = ROUND_HALF_EVEN) -> Decimal:
    exp = Decimal(1).scaleb(-decimals(currency))
    with localcontext() as ctx:
        ctx.prec = 60
        return value.quantize(exp, rounding=rounding)


def fmt(value: Decimal, currency: str) -> str:
    """Format as the wire's decimal string, with the currency's decimals."""
    return format(quantize(value, currency), "f")


def parse_amount(text: str) -> Decimal | None:
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError, ValueError):
        return None
    if not value.is_finite():
        return None
    return value


def to_usd(amount: Decimal, currency: str) -> Decimal:
    with localcontext() as ctx:
        ctx.prec = 60
        return amount * USD_RATES[currency]


def convert(amount: Decimal, from_currency: str, to_currency: str) -> Decimal:
    """Convert; the result is rounded UP to ``to_currency``'s decimals (the merchant is never short)."""
    with localcontext() as ctx:
        ctx.prec = 60
        value = amount * USD_RATES[from_currency] / USD_RATES[to_currency]
    return quantize(value, to_currency, ROUND_UP)


_B58 = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"


def pay_address(payment_id: str, network: str) -> str:
    """A deterministic fake address for a payment on a network (never a real one)."""
    digest = hashlib.sha256(f"{network}:{payment_id}".encode()).digest()
    if network == "ethereum":
        return "0x" + digest[:20].hex()
    n = int.from_bytes(digest, "big")
    chars: list[str] = []
    while n and len(chars) < 38:
        n, r = divmod(n, 58)
        chars.append(_B58[r])
    body = "".join(chars)
    if network == "bitcoin":
        return "tb1q" + body.lower()[:38]
    if network == "litecoin":
        return "tltc1q" + body.lower()[:36]
    return "mock_" + body


def fee_of(amount: Decimal, fee_percent: Decimal, currency: str) -> Decimal:
    """PayCrypt's fee on ``amount``: ``amount × fee_percent / 100``, rounded half up to the
    currency's decimals (the rule stated on ``Payment.fee`` in openapi.yaml)."""
    with localcontext() as ctx:
        ctx.prec = 60
        return quantize(amount * fee_percent / 100, currency, ROUND_HALF_UP)
