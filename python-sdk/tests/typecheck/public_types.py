"""What a user's type checker sees (run by `make check`'s mypy --strict, never executed).

The models load lazily at run time; this fails when they turn into ``Any`` for mypy
(as they did while the generated package's ``__all__`` was not a literal list).
"""

from __future__ import annotations

from decimal import Decimal

from typing_extensions import assert_type

import paycrypt
from paycrypt.types import Payment, PaymentStatus


def _typed(client: paycrypt.PayCrypt) -> None:
    payment = client.payments.create(amount=Decimal("49.99"), currency="USD", pay_currency="BTC")
    assert_type(payment, Payment)
    assert_type(client.payments.retrieve(payment.id), Payment)
    assert_type(payment.status, PaymentStatus)
    assert_type(payment.hosted_url, str)
    assert_type(payment.metadata, dict[str, str])
