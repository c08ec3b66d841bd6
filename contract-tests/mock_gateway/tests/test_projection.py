"""The projected month and the package that fits it (issue 15, item 2): a table worked out by hand.

Packages as published (GET /v1/admin/packages): starter 10 000, growth 50 000,
business 250 000, enterprise 1 000 000 USD a month. November 2026 has 30 days,
February 2026 has 28; the floor counts the elapsed time as at least 3 days.
"""

from __future__ import annotations

from datetime import datetime, timezone
from decimal import Decimal
from fractions import Fraction

import pytest

from paycrypt_mock.projection import elapsed_share, project, recommend

PACKAGES = [
    {"id": "starter", "max_volume": "10000.00"},
    {"id": "growth", "max_volume": "50000.00"},
    {"id": "business", "max_volume": "250000.00"},
    {"id": "enterprise", "max_volume": "1000000.00"},
]


def at(text: str) -> float:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(timezone.utc).timestamp()


@pytest.mark.parametrize(
    ("month", "now", "share"),
    [
        ("2026-11", "2026-11-16T00:00:00Z", Fraction(15, 30)),
        ("2026-11", "2026-11-11T00:00:00Z", Fraction(10, 30)),
        ("2026-02", "2026-02-08T00:00:00Z", Fraction(7, 28)),
        ("2026-11", "2026-11-01T00:00:05Z", Fraction(3, 30)),  # floor: 3 days
        ("2026-11", "2026-11-04T12:00:00Z", Fraction(7, 60)),  # 3.5 days: past the floor
        ("2026-02", "2026-02-02T00:00:00Z", Fraction(3, 28)),  # floor on a 28-day month
        ("2026-11", "2026-12-05T00:00:00Z", Fraction(1)),  # a past month is complete
        ("2026-11", "2026-10-20T00:00:00Z", Fraction(3, 30)),  # a month not yet begun: the floor
    ],
)
def test_elapsed_share(month: str, now: str, share: Fraction) -> None:
    assert abs(Fraction(elapsed_share(month, at(now))) - share) < Fraction(1, 10**50)


@pytest.mark.parametrize(
    ("volume", "month", "now", "projected"),
    [
        ("8000.00", "2026-11", "2026-11-16T00:00:00Z", "16000.00"),
        (
            "8000.00",
            "2026-11",
            "2026-11-01T06:00:00Z",
            "80000.00",
        ),  # the floor, not 8000 / (0.25 day / 30)
        ("8000.00", "2026-11", "2026-11-30T00:00:00Z", "8275.86"),  # 8000 × 30 / 29 = 8275.862…
        ("8000.00", "2026-11", "2026-12-01T00:00:00Z", "8000.00"),  # month over
        ("1000.00", "2026-11", "2026-11-11T00:00:00Z", "3000.00"),
        ("0.335", "2026-11", "2026-11-11T00:00:00Z", "1.01"),  # 1.005 -> half up
        ("1.005", "2026-11", "2026-12-01T00:00:00Z", "1.01"),  # half up, not half even (1.00)
        ("0", "2026-11", "2026-11-16T00:00:00Z", "0.00"),
    ],
)
def test_project(volume: str, month: str, now: str, projected: str) -> None:
    assert project(Decimal(volume), month, at(now)) == Decimal(projected)
    assert format(project(Decimal(volume), month, at(now)), "f") == projected


# (current package, projected volume, recommended package or None, contact sales)
RECOMMENDATIONS = [
    ("starter", "8275.86", None, False),  # late in the month, 80 % crossed: starter is enough
    ("starter", "9999.99", None, False),
    (
        "starter",
        "10000.00",
        "growth",
        False,
    ),  # at the limit payments are refused: equal does not cover
    ("starter", "16000.00", "growth", False),
    ("starter", "60000.00", "business", False),  # 600 %: growth (50 000) would be too small
    ("starter", "249999.99", "business", False),
    ("starter", "600000.00", "enterprise", False),
    ("starter", "1000000.00", "enterprise", True),  # over the largest limit
    ("starter", "1500000.00", "enterprise", True),
    ("growth", "45000.00", None, False),
    ("growth", "90000.00", "business", False),
    ("growth", "300000.00", "enterprise", False),
    ("growth", "2000000.00", "enterprise", True),
    ("business", "210000.00", None, False),
    ("business", "400000.00", "enterprise", False),
    ("business", "1000000.01", "enterprise", True),
    ("enterprise", "827586.21", None, False),
    ("enterprise", "999999.99", None, False),
    ("enterprise", "1600000.00", "enterprise", True),  # already on the largest: contact sales
    ("growth", "100.00", None, False),  # never recommends a smaller package
]


@pytest.mark.parametrize(("current", "projected", "expected", "contact_sales"), RECOMMENDATIONS)
def test_recommend(current: str, projected: str, expected: str | None, contact_sales: bool) -> None:
    package, contact = recommend(PACKAGES, current, Decimal(projected))
    assert (package["id"] if package else None, contact) == (expected, contact_sales)


@pytest.mark.parametrize(
    ("current", "volume", "now", "expected", "contact_sales"),
    [
        # early in the month: the same volume needs a bigger package than late in the month
        ("starter", "8000.00", "2026-11-02T00:00:00Z", "business", False),  # floor: 80 000
        ("starter", "8000.00", "2026-11-16T00:00:00Z", "growth", False),  # 16 000
        ("starter", "8000.00", "2026-11-29T12:00:00Z", None, False),  # 8 421.05
        (
            "starter",
            "60000.00",
            "2026-11-29T12:00:00Z",
            "business",
            False,
        ),  # the 600 % starter
        ("growth", "40600.00", "2026-11-29T12:00:00Z", None, False),  # 42 736.84
        ("growth", "40600.00", "2026-11-06T00:00:00Z", "business", False),  # 243 600
        ("business", "203000.00", "2026-11-16T00:00:00Z", "enterprise", False),
        ("enterprise", "800000.00", "2026-11-16T00:00:00Z", "enterprise", True),
        ("enterprise", "800000.00", "2026-11-30T00:00:00Z", None, False),
    ],
)
def test_projection_then_recommendation(
    current: str, volume: str, now: str, expected: str | None, contact_sales: bool
) -> None:
    package, contact = recommend(PACKAGES, current, project(Decimal(volume), "2026-11", at(now)))
    assert (package["id"] if package else None, contact) == (expected, contact_sales)
