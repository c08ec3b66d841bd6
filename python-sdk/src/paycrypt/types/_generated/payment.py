# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from paycrypt._models import BaseModel

from .metadata import Metadata

__all__ = ["Payment"]


class Payment(BaseModel):
    """
    A payment: an amount priced in fiat that the customer pays in crypto, with the fee PayCrypt keeps (`fee`, `net_amount`).
    """

    id: Annotated[
        str,
        Field(examples=["pay_3f9a1c7e5b2d4a6c8e0f1a2b"], pattern="^pay_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a payment: `pay_` followed by 24 letters or digits.
    """
    object: Annotated[Literal["payment"], Field(examples=["payment"])]
    """
    Always `payment`.
    """
    status: Annotated[
        Literal[
            "pending",
            "confirming",
            "confirmed",
            "underpaid",
            "expired",
            "canceled",
            "refunded",
            "partially_refunded",
        ],
        Field(examples=["pending"]),
    ]
    """
    State of a payment. `pending` (waiting for funds) → `confirming` (full amount seen, waiting for confirmations) → `confirmed` (final; counts toward usage). `pending` → `expired` (after `expires_at`) or `canceled`. A partial payment makes it `underpaid` (it can still complete with a further payment, or expire). `confirmed` → `partially_refunded` → `refunded`.
    """
    amount: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Price in `currency` (fiat).
    """
    currency: Annotated[str, Field(examples=["USD"], pattern="^[A-Z]{3}$")]
    """
    ISO 4217 fiat currency code, upper case. The sandbox supports `USD`, `EUR` and `GBP`; see `GET /v1/currencies`. Other well-formed codes are answered 422 `unsupported_currency`.
    """
    pay_currency: Annotated[str, Field(examples=["BTC"], pattern="^[A-Z0-9]{2,10}$")]
    """
    Crypto currency ticker, upper case. The sandbox supports `BTC` (network bitcoin, 8 decimals), `ETH` (ethereum, 18), `USDT` (ethereum, 6) and `LTC` (litecoin, 8); see `GET /v1/currencies`. Other well-formed tickers are answered 422 `unsupported_currency`.
    """
    pay_amount: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Amount the customer must pay, in `pay_currency`, rounded to its decimals.
    """
    rate: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Price of 1 unit of `pay_currency` in `currency`, fixed at creation.
    """
    pay_address: Annotated[
        str,
        Field(examples=["tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6"], min_length=1),
    ]
    """
    Deposit address the customer pays to.
    """
    amount_received: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Crypto received so far, in `pay_currency` (`"0"` when nothing).
    """
    overpaid_amount: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Crypto received above `pay_amount`, in `pay_currency` (`"0"` when none).
    """
    amount_refunded: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Total refunded so far, in `currency` (fiat).
    """
    fee_percent: Annotated[str, Field(examples=["82.40"], pattern="^[0-9]{1,4}(\\.[0-9]{1,2})?$")]
    """
    The fee in force when the payment was created, percent: the client's active pricing override's `fee_percent` if there is one, else its package's `fee_percent`. Fixed at creation; a later override or package switch does not change it.
    """
    fee: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    PayCrypt's fee, in `currency` (fiat): `amount × fee_percent / 100` computed with decimal arithmetic and rounded half up (ROUND_HALF_UP) to the currency's decimals, e.g. 0.50 % of 100.00 USD is `"0.50"`, 0.80 % of 49.99 USD is `"0.40"` (0.39992). Fixed at creation. It is charged on confirmed payments only (see the usage report); it is not returned on refunds.
    """
    net_amount: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    `amount − fee`, in `currency` (fiat): what the merchant is credited when the payment is confirmed. Fixed at creation and unchanged by refunds: a refund returns its `amount` to the customer out of the merchant's balance and the fee is not returned, so after refunds the merchant keeps `net_amount − amount_refunded` (below zero after a full refund: the fee).
    """
    order_id: Annotated[str | None, Field(examples=["order_1042"], max_length=255)]
    """
    The merchant's order reference, if given.
    """
    description: Annotated[
        str | None, Field(examples=["Order #1042 - 2 ceramic mugs"], max_length=500)
    ]
    """
    Free-text description, if given.
    """
    metadata: Metadata
    redirect_url: Annotated[
        str | None, Field(examples=["https://shop.example.com/orders/1042/complete"])
    ]
    """
    Where the hosted checkout sends the customer afterwards, if given.
    """
    hosted_url: Annotated[
        str,
        Field(examples=["https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b"]),
    ]
    """
    The hosted checkout page for this payment.
    """
    expires_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T10:45:00Z"])]
    """
    When a `pending` or `underpaid` payment expires.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T10:30:00Z"])]
    """
    Creation time.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T10:30:00Z"])]
    """
    Last state change.
    """
    confirmed_at: Annotated[AwareDatetime | None, Field(examples=[None])]
    """
    When it became `confirmed`; null before.
    """
