"""The month's projected volume and the package that fits it (pure functions, no storage).

A usage alert recommends what the client will need by the end of the month, not just
"the next package up": the volume so far is divided by the elapsed share of the month,
and the recommendation is the smallest package (no smaller than the current one) whose
limit is above that projection.

- **Elapsed share** = seconds since the month began (UTC) ÷ seconds in the month, capped
  at 1 (a past month is complete). **Floor**: the elapsed time counts as at least
  :data:`FLOOR_DAYS` days, so a big first payment at 00:05 on the 1st does not project to
  thousands of times itself (on a 30-day month the floor is a share of 0.1: a 1 000 USD
  first day projects to at most 10 000 USD).
- **Projected volume** = volume ÷ share, rounded half up to cents; never below the volume.
- **Covers**: a package covers the projection when its ``max_volume`` is *above* it (at the
  limit itself new payments are refused, so equal does not cover).
- **Recommendation**: the current package covers it -> none; a bigger one does -> the
  smallest such; none does -> ``enterprise`` with ``contact_sales`` (a custom limit).
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from datetime import datetime, timezone
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

__all__ = ["FLOOR_DAYS", "CONTACT_SALES_PACKAGE", "elapsed_share", "project", "recommend"]

FLOOR_DAYS = 3
CONTACT_SALES_PACKAGE = "enterprise"


def _bounds(month: str) -> tuple[int, int]:
    """Unix seconds of the month's first instant and of the next month's (UTC)."""
    year, mon = (int(part) for part in month.split("-"))
    start = int(datetime(year, mon, 1, tzinfo=timezone.utc).timestamp())
    return start, start + calendar.monthrange(year, mon)[1] * 86400


def elapsed_share(month: str, now: float) -> Decimal:
    """Share of ``month`` (``YYYY-MM``) elapsed at ``now``: in ``[FLOOR_DAYS days / month, 1]``."""
    start, end = _bounds(month)
    elapsed = max(int(now) - start, FLOOR_DAYS * 86400)
    with localcontext() as ctx:
        ctx.prec = 60
        return min(Decimal(elapsed) / Decimal(end - start), Decimal(1))


def project(volume: Decimal, month: str, now: float) -> Decimal:
    """The month's volume at the pace so far: ``volume / elapsed_share``, half up to cents."""
    with localcontext() as ctx:
        ctx.prec = 60
        return (volume / elapsed_share(month, now)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def recommend(
    packages: Sequence[dict[str, Any]], current: str, projected: Decimal
) -> tuple[dict[str, Any] | None, bool]:
    """``(package to move to or None, contact_sales)`` for a client on ``current``.

    ``packages`` are smallest first, each with ``id`` and ``max_volume`` (decimal text)."""
    ids = [p["id"] for p in packages]
    for package in packages[ids.index(current) :]:
        if projected < Decimal(package["max_volume"]):
            return (None, False) if package["id"] == current else (dict(package), False)
    return dict(packages[ids.index(CONTACT_SALES_PACKAGE)]), True
