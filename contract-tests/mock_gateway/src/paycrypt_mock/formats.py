"""How the API writes times, percentages and amounts, and which fields of a stored document it shows."""

from __future__ import annotations

import time
from datetime import datetime, timezone
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal
from typing import Any

__all__ = ["month_of", "parse_time", "pct_text", "usd_text", "public"]


def month_of(ts: float) -> str:
    return time.strftime("%Y-%m", time.gmtime(ts))


def parse_time(text: str) -> float:
    value = text.strip().replace("z", "Z")
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    try:
        # An offset can push a valid-looking 9999-12-31T23:59:59-23:59 past year 9999 in UTC,
        # which no RFC 3339 date-time (and so no response) can carry: refuse it here.
        parsed.astimezone(timezone.utc)
    except OverflowError:
        raise ValueError("the instant is outside years 0001-9999 in UTC") from None
    return parsed.timestamp()


def pct_text(value: Decimal) -> str:
    return format(min(value, Decimal("9999.99")).quantize(Decimal("0.01"), ROUND_DOWN), "f")


def usd_text(value: Decimal) -> str:
    return format(value.quantize(Decimal("0.01"), ROUND_HALF_EVEN), "f")


def public(obj: dict[str, Any]) -> dict[str, Any]:
    """A stored document without its private (``_``-prefixed) fields: what the API shows."""
    return {k: v for k, v in obj.items() if not k.startswith("_")}
