# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AnyUrl, AwareDatetime, ConfigDict, Field, RootModel
from typing_extensions import TypeAliasType

from paycrypt._models import BaseModel


class PackageId(RootModel[str]):
    root: Annotated[str, Field(examples=["growth"], pattern="^[a-z][a-z0-9_]{1,31}$")]
    """
    Identifier of a package (plan). Seeded packages: `starter`, `growth`, `business`, `enterprise`; see `GET /v1/admin/packages`.
    """


MetadataAdditionalProperty = TypeAliasType(
    "MetadataAdditionalProperty",
    Annotated[str, Field(examples=["cus_1042"], max_length=500)],
)


class Metadata(RootModel[dict[str, MetadataAdditionalProperty]]):
    """
    Up to 20 string key/value pairs stored on the object and returned unchanged. Values are at most 500 characters.
    """

    root: Annotated[dict[str, MetadataAdditionalProperty], Field(max_length=20)]


class ClientId(RootModel[str]):
    root: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """


class ProblemFieldError(BaseModel):
    """
    One invalid field.
    """

    field: Annotated[str, Field(examples=["amount"])]
    """
    Dotted path of the offending field: `amount`, `metadata.order`, `query.limit`, `path.payment_id`, `header.Idempotency-Key`, or `body` for the document as a whole.
    """
    message: Annotated[
        str,
        Field(examples=["must match pattern ^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$"]),
    ]
    """
    What is wrong with it.
    """


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
        AnyUrl | None, Field(examples=["https://shop.example.com/orders/1042/complete"])
    ]
    """
    Where the hosted checkout sends the customer afterwards, if given.
    """
    hosted_url: Annotated[
        AnyUrl,
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


class CreatePaymentRequest(BaseModel):
    """
    Parameters for a new payment.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Price in `currency`; at least the currency's `min_amount`, and at most its `decimals` fraction digits.
    """
    currency: Annotated[str, Field(examples=["USD"], pattern="^[A-Z]{3}$")]
    """
    Fiat currency the price is in.
    """
    pay_currency: Annotated[str, Field(examples=["BTC"], pattern="^[A-Z0-9]{2,10}$")]
    """
    Crypto currency the customer pays in.
    """
    order_id: Annotated[
        str | None, Field(examples=["order_1042"], max_length=255, min_length=1)
    ] = None
    """
    Your order reference (not required to be unique).
    """
    description: Annotated[
        str | None, Field(examples=["Order #1042 - 2 ceramic mugs"], max_length=500)
    ] = None
    """
    Free-text description shown on the checkout page.
    """
    metadata: Metadata | None = None
    redirect_url: Annotated[
        AnyUrl | None, Field(examples=["https://shop.example.com/orders/1042/complete"])
    ] = None
    """
    Where the hosted checkout sends the customer afterwards.
    """


class PaymentList(BaseModel):
    """
    One page of payments, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[Payment],
        Field(
            examples=[
                [
                    {
                        "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                        "object": "payment",
                        "status": "confirmed",
                        "amount": "49.99",
                        "currency": "USD",
                        "pay_currency": "BTC",
                        "pay_amount": "0.00052622",
                        "rate": "95000.00",
                        "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
                        "amount_received": "0.00052622",
                        "overpaid_amount": "0",
                        "amount_refunded": "0",
                        "fee_percent": "0.80",
                        "fee": "0.40",
                        "net_amount": "49.59",
                        "order_id": "order_1042",
                        "description": "Order #1042 - 2 ceramic mugs",
                        "metadata": {"customer_id": "cus_1042"},
                        "redirect_url": "https://shop.example.com/orders/1042/complete",
                        "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                        "expires_at": "2026-01-15T10:45:00Z",
                        "created_at": "2026-01-15T10:30:00Z",
                        "updated_at": "2026-01-15T10:38:12Z",
                        "confirmed_at": "2026-01-15T10:38:12Z",
                    }
                ]
            ]
        ),
    ]
    """
    The payments on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (a payment id); null on the last page.
    """


class Refund(BaseModel):
    """
    A refund of (part of) a confirmed payment.
    """

    id: Annotated[
        str,
        Field(examples=["re_7b1e4d2a9c6f3e8b5a0d1c2f"], pattern="^re_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a refund: `re_` followed by 24 letters or digits.
    """
    object: Annotated[Literal["refund"], Field(examples=["refund"])]
    """
    Always `refund`.
    """
    payment_id: Annotated[
        str,
        Field(examples=["pay_3f9a1c7e5b2d4a6c8e0f1a2b"], pattern="^pay_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a payment: `pay_` followed by 24 letters or digits.
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
    Refunded amount in the payment's `currency` (fiat).
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
    Refunded amount in the payment's `pay_currency`, at the payment's `rate`, rounded down to the coin's decimals.
    """
    status: Annotated[Literal["succeeded"], Field(examples=["succeeded"])]
    """
    Refund state; the sandbox refunds synchronously.
    """
    reason: Annotated[str | None, Field(examples=["Customer returned the mugs"], max_length=500)]
    """
    Why it was refunded, if given.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2026-01-16T09:00:00Z"])]
    """
    Creation time.
    """


class CreateRefundRequest(BaseModel):
    """
    Parameters for a refund.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[
        str | None,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ] = None
    """
    Fiat amount to refund; default: everything still refundable (`amount - amount_refunded`).
    """
    reason: Annotated[
        str | None, Field(examples=["Customer returned the mugs"], max_length=500)
    ] = None
    """
    Why it is refunded.
    """


class RefundList(BaseModel):
    """
    One page of refunds, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[Refund],
        Field(
            examples=[
                [
                    {
                        "id": "re_7b1e4d2a9c6f3e8b5a0d1c2f",
                        "object": "refund",
                        "payment_id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                        "amount": "49.99",
                        "pay_amount": "0.00052622",
                        "status": "succeeded",
                        "reason": "Customer returned the mugs",
                        "created_at": "2026-01-16T09:00:00Z",
                    }
                ]
            ]
        ),
    ]
    """
    The refunds on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (a refund id); null on the last page.
    """


class Currency(BaseModel):
    """
    A supported currency.
    """

    code: Annotated[str, Field(examples=["BTC"], pattern="^[A-Z0-9]{2,10}$")]
    """
    ISO 4217 code (fiat) or ticker (crypto).
    """
    name: Annotated[str, Field(examples=["Bitcoin"])]
    """
    Display name.
    """
    type: Annotated[Literal["fiat", "crypto"], Field(examples=["crypto"])]
    """
    `fiat` (prices) or `crypto` (payment).
    """
    decimals: Annotated[int, Field(examples=[8], ge=0, le=18)]
    """
    Fraction digits amounts in this currency are rounded to.
    """
    network: Annotated[str | None, Field(examples=["bitcoin"])]
    """
    Blockchain network for crypto (`bitcoin`, `ethereum`, `litecoin`); null for fiat.
    """
    min_amount: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Smallest amount accepted in this currency (price for fiat, `pay_amount` for crypto).
    """


class CurrencyList(BaseModel):
    """
    All supported currencies (not paginated).
    """

    data: Annotated[
        list[Currency],
        Field(
            examples=[
                [
                    {
                        "code": "USD",
                        "name": "US Dollar",
                        "type": "fiat",
                        "decimals": 2,
                        "network": None,
                        "min_amount": "0.50",
                    },
                    {
                        "code": "EUR",
                        "name": "Euro",
                        "type": "fiat",
                        "decimals": 2,
                        "network": None,
                        "min_amount": "0.50",
                    },
                    {
                        "code": "GBP",
                        "name": "Pound Sterling",
                        "type": "fiat",
                        "decimals": 2,
                        "network": None,
                        "min_amount": "0.50",
                    },
                    {
                        "code": "BTC",
                        "name": "Bitcoin",
                        "type": "crypto",
                        "decimals": 8,
                        "network": "bitcoin",
                        "min_amount": "0.00001000",
                    },
                    {
                        "code": "ETH",
                        "name": "Ether",
                        "type": "crypto",
                        "decimals": 18,
                        "network": "ethereum",
                        "min_amount": "0.000100000000000000",
                    },
                    {
                        "code": "USDT",
                        "name": "Tether USD",
                        "type": "crypto",
                        "decimals": 6,
                        "network": "ethereum",
                        "min_amount": "1.000000",
                    },
                    {
                        "code": "LTC",
                        "name": "Litecoin",
                        "type": "crypto",
                        "decimals": 8,
                        "network": "litecoin",
                        "min_amount": "0.00100000",
                    },
                ]
            ]
        ),
    ]
    """
    Fiat and crypto currencies.
    """


class Rate(BaseModel):
    """
    Exchange rate of one crypto currency.
    """

    pay_currency: Annotated[str, Field(examples=["BTC"], pattern="^[A-Z0-9]{2,10}$")]
    """
    Crypto currency ticker, upper case. The sandbox supports `BTC` (network bitcoin, 8 decimals), `ETH` (ethereum, 18), `USDT` (ethereum, 6) and `LTC` (litecoin, 8); see `GET /v1/currencies`. Other well-formed tickers are answered 422 `unsupported_currency`.
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
    Price of 1 unit of `pay_currency` in the list's fiat `currency`.
    """


class RateList(BaseModel):
    """
    Current exchange rates of every supported crypto currency against one fiat currency.
    """

    currency: Annotated[str, Field(examples=["USD"], pattern="^[A-Z]{3}$")]
    """
    ISO 4217 fiat currency code, upper case. The sandbox supports `USD`, `EUR` and `GBP`; see `GET /v1/currencies`. Other well-formed codes are answered 422 `unsupported_currency`.
    """
    data: Annotated[
        list[Rate],
        Field(
            examples=[
                [
                    {"pay_currency": "BTC", "rate": "95000.00"},
                    {"pay_currency": "ETH", "rate": "3500.00"},
                    {"pay_currency": "USDT", "rate": "1.00"},
                    {"pay_currency": "LTC", "rate": "85.00"},
                ]
            ]
        ),
    ]
    """
    One rate per crypto currency.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T10:30:00Z"])]
    """
    When the rates were last refreshed.
    """


class CreateEstimateRequest(BaseModel):
    """
    What to price.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Price in `currency`.
    """
    currency: Annotated[str, Field(examples=["USD"], pattern="^[A-Z]{3}$")]
    """
    ISO 4217 fiat currency code, upper case. The sandbox supports `USD`, `EUR` and `GBP`; see `GET /v1/currencies`. Other well-formed codes are answered 422 `unsupported_currency`.
    """
    pay_currency: Annotated[str, Field(examples=["BTC"], pattern="^[A-Z0-9]{2,10}$")]
    """
    Crypto currency ticker, upper case. The sandbox supports `BTC` (network bitcoin, 8 decimals), `ETH` (ethereum, 18), `USDT` (ethereum, 6) and `LTC` (litecoin, 8); see `GET /v1/currencies`. Other well-formed tickers are answered 422 `unsupported_currency`.
    """


class Estimate(BaseModel):
    """
    How much crypto a price would cost now (nothing is reserved).
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
    Price in `currency`.
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
    Crypto amount, rounded to the coin's decimals exactly as a payment would be.
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
    Price of 1 unit of `pay_currency` in `currency`.
    """
    expires_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T10:45:00Z"])]
    """
    Until when this rate would be honoured by a payment created now.
    """


class WebhookEndpoint(BaseModel):
    """
    A URL that receives signed event deliveries.
    """

    id: Annotated[
        str,
        Field(examples=["we_2c8e5a1f7b3d9e4c6a0b1d2e"], pattern="^we_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a webhook endpoint: `we_` followed by 24 letters or digits.
    """
    url: Annotated[AnyUrl, Field(examples=["https://shop.example.com/paycrypt/webhook"])]
    """
    HTTPS (or, in the sandbox, any http) URL deliveries are POSTed to.
    """
    events: Annotated[
        list[
            Literal["*"]
            | Literal[
                "payment.created",
                "payment.confirming",
                "payment.confirmed",
                "payment.underpaid",
                "payment.expired",
                "payment.canceled",
                "payment.refunded",
                "payment.partially_refunded",
                "usage.threshold_reached",
                "webhook_endpoint.test",
            ]
        ],
        Field(examples=[["payment.confirmed", "payment.expired"]], min_length=1),
    ]
    """
    Event types delivered to this endpoint (`["*"]` = all).
    """
    description: Annotated[str | None, Field(examples=["Shop order updates"], max_length=500)]
    """
    Free-text description.
    """
    enabled: Annotated[bool, Field(examples=[True])]
    """
    Disabled endpoints receive nothing.
    """
    secret: Annotated[
        str | None,
        Field(
            examples=["whsec_5f2b8c1e9a4d7f3b6e0c2a8d1f4b7e9c"],
            pattern="^whsec_[A-Za-z0-9]{24,64}$",
        ),
    ] = None
    """
    The signing secret. Only returned by create and rotate_secret; store it then. Absent everywhere else.
    """
    secret_hint: Annotated[str, Field(examples=["…7e9c"])]
    """
    `…` followed by the last 4 characters of the current secret.
    """
    previous_secret_expires_at: Annotated[AwareDatetime | None, Field(examples=[None])] = None
    """
    After a rotation with overlap: until when deliveries are also signed with the previous secret.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T10:30:00Z"])]
    """
    Creation time.
    """
    updated_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T10:30:00Z"])]
    """
    Last change.
    """


class CreateWebhookEndpointRequest(BaseModel):
    """
    A new webhook endpoint.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    url: Annotated[AnyUrl, Field(examples=["https://shop.example.com/paycrypt/webhook"])]
    """
    URL to POST deliveries to.
    """
    events: Annotated[
        list[
            Literal["*"]
            | Literal[
                "payment.created",
                "payment.confirming",
                "payment.confirmed",
                "payment.underpaid",
                "payment.expired",
                "payment.canceled",
                "payment.refunded",
                "payment.partially_refunded",
                "usage.threshold_reached",
                "webhook_endpoint.test",
            ]
        ],
        Field(examples=[["payment.confirmed", "payment.expired"]], min_length=1),
    ]
    """
    Event types delivered to this endpoint (`["*"]` = all).
    """
    description: Annotated[str | None, Field(examples=["Shop order updates"], max_length=500)] = (
        None
    )
    """
    Free-text description.
    """
    enabled: Annotated[bool | None, Field(examples=[True])] = True
    """
    Whether deliveries are sent.
    """


class UpdateWebhookEndpointRequest(BaseModel):
    """
    Fields to change; omitted fields are unchanged.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    url: Annotated[AnyUrl | None, Field(examples=["https://shop.example.com/paycrypt/webhook"])] = (
        None
    )
    """
    URL to POST deliveries to.
    """
    events: Annotated[
        list[
            Literal["*"]
            | Literal[
                "payment.created",
                "payment.confirming",
                "payment.confirmed",
                "payment.underpaid",
                "payment.expired",
                "payment.canceled",
                "payment.refunded",
                "payment.partially_refunded",
                "usage.threshold_reached",
                "webhook_endpoint.test",
            ]
        ]
        | None,
        Field(examples=[["payment.confirmed", "payment.expired"]], min_length=1),
    ] = None
    """
    Event types delivered to this endpoint (`["*"]` = all).
    """
    description: Annotated[str | None, Field(examples=["Shop order updates"], max_length=500)] = (
        None
    )
    """
    Free-text description (null clears it).
    """
    enabled: Annotated[bool | None, Field(examples=[False])] = None
    """
    Whether deliveries are sent.
    """


class RotateWebhookEndpointSecretRequest(BaseModel):
    """
    Rotation options.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    expire_previous_after_seconds: Annotated[int | None, Field(examples=[3600], ge=0, le=86400)] = 0
    """
    How long the previous secret stays valid: during the overlap every delivery carries two `v1=` signatures (new and previous secret). 0 = the previous secret stops at once.
    """


class WebhookEndpointList(BaseModel):
    """
    One page of webhook endpoints, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[WebhookEndpoint],
        Field(
            examples=[
                [
                    {
                        "id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                        "url": "https://shop.example.com/paycrypt/webhook",
                        "events": ["payment.confirmed", "payment.expired"],
                        "description": "Shop order updates",
                        "enabled": True,
                        "secret_hint": "…7e9c",
                        "created_at": "2026-01-15T10:30:00Z",
                        "updated_at": "2026-01-15T10:30:00Z",
                    }
                ]
            ]
        ),
    ]
    """
    The webhook endpoints on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (a webhook endpoint id); null on the last page.
    """


class DeletedWebhookEndpoint(BaseModel):
    """
    Confirmation of a deletion.
    """

    id: Annotated[
        str,
        Field(examples=["we_2c8e5a1f7b3d9e4c6a0b1d2e"], pattern="^we_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a webhook endpoint: `we_` followed by 24 letters or digits.
    """
    deleted: Annotated[Literal[True], Field(examples=[True])]
    """
    Always true.
    """


class DeliveryAttempt(BaseModel):
    """
    One attempt to deliver an event to one endpoint.
    """

    webhook_endpoint_id: Annotated[
        str,
        Field(examples=["we_2c8e5a1f7b3d9e4c6a0b1d2e"], pattern="^we_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a webhook endpoint: `we_` followed by 24 letters or digits.
    """
    attempt: Annotated[int, Field(examples=[1], ge=1)]
    """
    1 for the first attempt, counting up per endpoint.
    """
    status_code: Annotated[int | None, Field(examples=[200])]
    """
    HTTP status the endpoint answered; null if no answer (connection error, timeout).
    """
    response_body: Annotated[str | None, Field(examples=['{"received": true}'], max_length=500)]
    """
    The start of the endpoint's response body: its first 500 characters, decoded as UTF-8 (invalid bytes replaced by U+FFFD); an empty string for an empty body, null if no answer (connection error, timeout). The rest of the body is never read.
    """
    error: Annotated[str | None, Field(examples=[None])]
    """
    Transport error, if any.
    """
    duration_ms: Annotated[int, Field(examples=[84], ge=0)]
    """
    How long the attempt took.
    """
    attempted_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T10:38:13Z"])]
    """
    When it was made.
    """
    next_retry_at: Annotated[AwareDatetime | None, Field(examples=[None])]
    """
    When the next retry is due; null if delivered or given up.
    """
    outcome: Annotated[Literal["delivered", "retrying", "failed"], Field(examples=["delivered"])]
    """
    `delivered`: the endpoint answered 2xx. `retrying`: it did not, and another attempt is due at `next_retry_at`. `failed`: it did not and the retries are exhausted; the delivery is given up (resend the event to try again).
    """


class ResendEventRequest(BaseModel):
    """
    Resend options.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    webhook_endpoint_id: Annotated[
        str | None,
        Field(examples=["we_2c8e5a1f7b3d9e4c6a0b1d2e"], pattern="^we_[A-Za-z0-9]{24}$"),
    ] = None
    """
    Resend only to this endpoint; default: every enabled endpoint subscribed to the event's type.
    """


class PaymentEventData(BaseModel):
    """
    Payload of a `payment.*` event: the payment as of the event.
    """

    object: Payment


class WebhookEndpointTestEventData(BaseModel):
    """
    Payload of a `webhook_endpoint.test` event: the endpoint, without `secret`.
    """

    object: WebhookEndpoint


class Package(BaseModel):
    """
    A package (plan): monthly volume limit and fee.
    """

    id: Annotated[str, Field(examples=["growth"], pattern="^[a-z][a-z0-9_]{1,31}$")]
    """
    Identifier of a package (plan). Seeded packages: `starter`, `growth`, `business`, `enterprise`; see `GET /v1/admin/packages`.
    """
    name: Annotated[str, Field(examples=["Growth"])]
    """
    Display name.
    """
    max_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Confirmed volume allowed per calendar month, in USD.
    """
    fee_percent: Annotated[str, Field(examples=["82.40"], pattern="^[0-9]{1,4}(\\.[0-9]{1,2})?$")]
    """
    Fee charged on confirmed volume, percent.
    """


class PackageList(BaseModel):
    """
    All packages, smallest first (not paginated).
    """

    data: Annotated[
        list[Package],
        Field(
            examples=[
                [
                    {
                        "id": "starter",
                        "name": "Starter",
                        "max_volume": "10000.00",
                        "fee_percent": "1.00",
                    },
                    {
                        "id": "growth",
                        "name": "Growth",
                        "max_volume": "50000.00",
                        "fee_percent": "0.80",
                    },
                    {
                        "id": "business",
                        "name": "Business",
                        "max_volume": "250000.00",
                        "fee_percent": "0.60",
                    },
                    {
                        "id": "enterprise",
                        "name": "Enterprise",
                        "max_volume": "1000000.00",
                        "fee_percent": "0.40",
                    },
                ]
            ]
        ),
    ]
    """
    The packages.
    """


class Usage(BaseModel):
    """
    The client's confirmed volume in one calendar month against its package limit.
    """

    client_id: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
    month: Annotated[str, Field(examples=["2026-01"], pattern="^[0-9]{4}-(0[1-9]|1[0-2])$")]
    """
    A calendar month `YYYY-MM` (UTC).
    """
    currency: Annotated[str, Field(examples=["USD"], pattern="^[A-Z]{3}$")]
    """
    Currency of the volumes; always `USD`.
    """
    package: Package
    current_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Confirmed volume this month (USD).
    """
    max_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    The package's monthly limit (USD).
    """
    usage_percentage: Annotated[
        str, Field(examples=["82.40"], pattern="^[0-9]{1,4}(\\.[0-9]{1,2})?$")
    ]
    """
    current_volume / max_volume × 100, rounded to 2 decimals.
    """
    thresholds_crossed: Annotated[list[Literal[80, 90, 95, 100]], Field(examples=[[80]])]
    """
    Thresholds crossed this month, ascending.
    """
    limit_exceeded: Annotated[bool, Field(examples=[False])]
    """
    True at 100 % or more: new payments are refused with 422 `usage_limit_exceeded`.
    """
    projected_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    The month's volume at the pace so far (USD). The projection is `current_volume` (the volume so far, in cents) ÷ the elapsed share of the month (UTC seconds elapsed ÷ seconds in the month, capped at 1; the elapsed time counts as at least 3 days, so a large first payment does not project to many times itself), rounded half up to cents.
    """
    contact_sales: Annotated[bool, Field(examples=[False])]
    """
    True when a threshold is crossed and no package's limit is above `projected_volume`; `recommended_package` is then Enterprise and a custom limit needs sales.
    """
    recommended_package: Annotated[
        Package | None,
        Field(
            examples=[
                {
                    "id": "business",
                    "name": "Business",
                    "max_volume": "250000.00",
                    "fee_percent": "0.60",
                }
            ]
        ),
    ]
    """
    Once a threshold is crossed: the smallest package, no smaller than the current one, whose `max_volume` is above `projected_volume` (equal does not cover: at the limit payments are refused), or Enterprise with `contact_sales` when none is. Null when no threshold is crossed or the current package covers the projection.
    """


class UsageAlert(BaseModel):
    """
    A usage alert. An alert belongs to (client, month, threshold, limit in force): a threshold alerts at most once per client per month under one limit. A package switch (a new `max_volume`) or a usage reset re-arms every threshold for the limit then in force; test alerts never count.
    """

    id: Annotated[
        str,
        Field(examples=["ua_8d3f6a1c4e7b2d5f9a0c3e6b"], pattern="^ua_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a usage alert: `ua_` followed by 24 letters or digits.
    """
    client_id: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
    threshold: Annotated[Literal[80, 90, 95, 100], Field(examples=[80])]
    """
    A usage alert threshold, percent of `max_volume`.
    """
    alert_type: Annotated[
        Literal["notice", "warning", "critical", "limit_exceeded"],
        Field(examples=["notice"]),
    ]
    """
    80 → `notice`, 90 → `warning`, 95 → `critical`, 100 → `limit_exceeded`.
    """
    usage_percentage: Annotated[
        str, Field(examples=["82.40"], pattern="^[0-9]{1,4}(\\.[0-9]{1,2})?$")
    ]
    """
    Usage when the alert was raised.
    """
    current_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Confirmed volume when the alert was raised (USD).
    """
    max_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    The monthly limit in force when the alert was raised (USD); part of the alert's identity (see above).
    """
    alert_month: Annotated[str, Field(examples=["2026-01"], pattern="^[0-9]{4}-(0[1-9]|1[0-2])$")]
    """
    A calendar month `YYYY-MM` (UTC).
    """
    sent_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T10:38:13Z"])]
    """
    When the alert was raised.
    """
    email_sent: Annotated[bool, Field(examples=[True])]
    """
    Whether the alert e-mail went out (into the sandbox outbox; with an SMTP server configured, true once the server accepted it — see the e-mail's `delivery_status`).
    """
    projected_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    The month's volume at the pace when the alert was raised (USD). The projection is `current_volume` (the volume so far, in cents) ÷ the elapsed share of the month (UTC seconds elapsed ÷ seconds in the month, capped at 1; the elapsed time counts as at least 3 days, so a large first payment does not project to many times itself), rounded half up to cents.
    """
    contact_sales: Annotated[bool, Field(examples=[False])]
    """
    True when no package's limit is above `projected_volume`: the recommendation is "enterprise — contact sales" (`recommended_package` is `enterprise`, a custom limit).
    """
    recommended_package: Annotated[PackageId | None, Field(examples=["business"])]
    """
    The smallest package, no smaller than the current one, whose `max_volume` is above `projected_volume` (equal does not cover: at the limit payments are refused); `enterprise` with `contact_sales` when none is; null when the current package covers the projection.
    """
    test: Annotated[bool, Field(examples=[False])]
    """
    True for alerts sent with `POST /v1/admin/usage/test_alert`.
    """


class UsageAlertList(BaseModel):
    """
    One page of usage alerts, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[UsageAlert],
        Field(
            examples=[
                [
                    {
                        "id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
                        "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                        "threshold": 80,
                        "alert_type": "notice",
                        "usage_percentage": "82.40",
                        "current_volume": "41200.00",
                        "max_volume": "50000.00",
                        "alert_month": "2026-01",
                        "sent_at": "2026-01-15T10:38:13Z",
                        "email_sent": True,
                        "recommended_package": "business",
                        "projected_volume": "88429.12",
                        "contact_sales": False,
                        "test": False,
                    }
                ]
            ]
        ),
    ]
    """
    The usage alerts on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (a usage alert id); null on the last page.
    """


class Email(BaseModel):
    """
    An e-mail the sandbox sent. It is always kept in the outbox; when the sandbox is started with an SMTP server (`--smtp-url`) it is also delivered there, in the background, and the delivery fields say how that went.
    """

    id: Annotated[
        str,
        Field(examples=["em_6b2d9f4a1c8e3b7d5a0f2c4e"], pattern="^em_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of an e-mail in the sandbox outbox: `em_` followed by 24 letters or digits.
    """
    object: Annotated[Literal["email"], Field(examples=["email"])]
    """
    Always `email`.
    """
    to: Annotated[str, Field(examples=["demo@shop.example"], max_length=254, min_length=3)]
    """
    The recipient (the client's contact e-mail address).
    """
    subject: Annotated[
        str,
        Field(examples=["PayCrypt usage notice: 82.40 % of your Starter limit for 2026-01"]),
    ]
    """
    The subject line.
    """
    html: Annotated[
        str,
        Field(
            examples=[
                '<!DOCTYPE html><html><body style="margin:0;padding:0;background:#f4f5f7;">…</body></html>'
            ]
        ),
    ]
    """
    The HTML part (inline styles only, as e-mail clients need).
    """
    text: Annotated[
        str,
        Field(
            examples=[
                "Usage notice: Demo Store has used 82.40 % of its Starter package for 2026-01."
            ]
        ),
    ]
    """
    The plain-text part.
    """
    alert_id: Annotated[
        str | None,
        Field(examples=["ua_8d3f6a1c4e7b2d5f9a0c3e6b"], pattern="^ua_[A-Za-z0-9]{24}$"),
    ]
    """
    The usage alert (`ua_…`) the e-mail was sent for; null for other e-mails.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T10:38:13Z"])]
    """
    When the e-mail was sent.
    """
    delivery_status: Annotated[
        Literal["outbox", "queued", "sent", "failed"], Field(examples=["sent"])
    ]
    """
    `outbox`: kept in the outbox only (no SMTP server configured); `queued`: waiting for its first or next SMTP attempt; `sent`: the SMTP server accepted it; `failed`: refused for good (5xx) or still failing after the last retry.
    """
    delivery_attempts: Annotated[int, Field(examples=[1], ge=0)]
    """
    SMTP attempts so far (0 for `outbox`).
    """
    delivery_error: Annotated[str | None, Field(examples=[None], max_length=300)]
    """
    The last SMTP attempt's failure (the server's reply code and text, or the connection error); null once sent and for `outbox`. Never contains credentials.
    """
    delivered_at: Annotated[AwareDatetime | None, Field(examples=["2026-01-15T10:38:14Z"])]
    """
    When the SMTP server accepted the e-mail; null until then.
    """


class EmailList(BaseModel):
    """
    One page of sent e-mails, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[Email],
        Field(
            examples=[
                [
                    {
                        "id": "em_6b2d9f4a1c8e3b7d5a0f2c4e",
                        "object": "email",
                        "to": "demo@shop.example",
                        "subject": "PayCrypt usage notice: 82.40 % of your Starter limit for 2026-01",
                        "html": '<!DOCTYPE html><html><body style="margin:0;padding:0;background:#f4f5f7;">…</body></html>',
                        "text": "Usage notice: Demo Store has used 82.40 % of its Starter package for 2026-01.\n\nConfirmed volume: 8240.00 of 10000.00 USD.\nRecommended: upgrade to Growth (50000.00 USD a month).",
                        "alert_id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
                        "created_at": "2026-01-15T10:38:13Z",
                        "delivery_status": "outbox",
                        "delivery_attempts": 0,
                        "delivery_error": None,
                        "delivered_at": None,
                    }
                ]
            ]
        ),
    ]
    """
    The e-mails on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (an e-mail id); null on the last page.
    """


class PricingOverride(BaseModel):
    """
    A temporary fee that replaces the package's `fee_percent` until `expires_at`.
    """

    id: Annotated[
        str,
        Field(examples=["po_4e9b2d7a1c5f8e3b6d0a2c1e"], pattern="^po_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a pricing override: `po_` followed by 24 letters or digits.
    """
    client_id: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
    fee_percent: Annotated[str, Field(examples=["82.40"], pattern="^[0-9]{1,4}(\\.[0-9]{1,2})?$")]
    """
    The overriding fee, percent.
    """
    reason: Annotated[str, Field(examples=["Q1 promotional rate"])]
    """
    Why it was granted.
    """
    created_by: Annotated[str, Field(examples=["pk_test_admin"])]
    """
    API key id of the admin who created it.
    """
    expires_at: Annotated[AwareDatetime, Field(examples=["2099-03-31T23:59:59Z"])]
    """
    When it stops applying.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T11:00:00Z"])]
    """
    Creation time.
    """


class Account(BaseModel):
    """
    A merchant account (client).
    """

    id: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
    name: Annotated[str, Field(examples=["Demo Merchant"])]
    """
    Merchant name.
    """
    email: Annotated[str, Field(examples=["merchant@example.com"], max_length=254, min_length=3)]
    """
    Contact e-mail address (usage alerts go there).
    """
    status: Annotated[Literal["active", "suspended"], Field(examples=["active"])]
    """
    `suspended` accounts cannot create payments.
    """
    package: Package
    pricing_override: Annotated[PricingOverride | None, Field(examples=[None])]
    """
    The active (unexpired) pricing override, if any.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2025-11-01T09:00:00Z"])]
    """
    When the account was created.
    """


class AdminClient(BaseModel):
    """
    A merchant account as seen by an admin, with this month's usage.
    """

    id: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
    name: Annotated[str, Field(examples=["Demo Merchant"])]
    """
    Merchant name.
    """
    email: Annotated[str, Field(examples=["merchant@example.com"], max_length=254, min_length=3)]
    """
    Contact e-mail address (usage alerts go there).
    """
    status: Annotated[Literal["active", "suspended"], Field(examples=["active"])]
    """
    `suspended` accounts cannot create payments.
    """
    package: Package
    pricing_override: Annotated[PricingOverride | None, Field(examples=[None])]
    """
    The active (unexpired) pricing override, if any.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2025-11-01T09:00:00Z"])]
    """
    When the account was created.
    """
    usage_percentage: Annotated[
        str, Field(examples=["82.40"], pattern="^[0-9]{1,4}(\\.[0-9]{1,2})?$")
    ]
    """
    This month's usage, percent of max_volume.
    """
    current_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    This month's confirmed volume (USD).
    """


class AdminClientList(BaseModel):
    """
    One page of clients, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[AdminClient],
        Field(
            examples=[
                [
                    {
                        "id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                        "name": "Demo Merchant",
                        "email": "merchant@example.com",
                        "status": "active",
                        "package": {
                            "id": "growth",
                            "name": "Growth",
                            "max_volume": "50000.00",
                            "fee_percent": "0.80",
                        },
                        "pricing_override": None,
                        "created_at": "2025-11-01T09:00:00Z",
                        "usage_percentage": "82.40",
                        "current_volume": "41200.00",
                    }
                ]
            ]
        ),
    ]
    """
    The clients on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (a client id); null on the last page.
    """


class AuditEntry(BaseModel):
    """
    One admin change, written for every non-dry-run admin mutation.
    """

    id: Annotated[
        str,
        Field(examples=["aud_1a6c3e8b5d2f9a4c7e0b3d6f"], pattern="^aud_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a audit log entry: `aud_` followed by 24 letters or digits.
    """
    actor: Annotated[str, Field(examples=["pk_test_admin"])]
    """
    API key id of the admin.
    """
    action: Annotated[
        Literal[
            "package_switched",
            "pricing_override_created",
            "pricing_override_deleted",
            "usage_reset",
            "test_alert_sent",
        ],
        Field(examples=["package_switched"]),
    ]
    """
    What an admin did.
    """
    client_id: Annotated[ClientId | None, Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"])]
    """
    Affected client; null for changes to all clients.
    """
    reason: Annotated[str | None, Field(examples=["Upgrade after the 95 % usage alert"])]
    """
    The reason given; null if none was given.
    """
    before: Annotated[dict[str, Any] | None, Field(examples=[{"package": "growth"}])]
    """
    Relevant state before the change; null for creations.
    """
    after: Annotated[dict[str, Any] | None, Field(examples=[{"package": "business"}])]
    """
    Relevant state after the change; null for deletions.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2026-01-20T08:00:00Z"])]
    """
    When it happened.
    """


class AuditEntryList(BaseModel):
    """
    One page of audit log entries, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[AuditEntry],
        Field(
            examples=[
                [
                    {
                        "id": "aud_1a6c3e8b5d2f9a4c7e0b3d6f",
                        "actor": "pk_test_admin",
                        "action": "package_switched",
                        "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                        "reason": "Upgrade after the 95 % usage alert",
                        "before": {"package": "growth"},
                        "after": {"package": "business"},
                        "created_at": "2026-01-20T08:00:00Z",
                    }
                ]
            ]
        ),
    ]
    """
    The audit log entries on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (a audit entry id); null on the last page.
    """


class SwitchPackageRequest(BaseModel):
    """
    Package change.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    package: Annotated[str, Field(examples=["growth"], pattern="^[a-z][a-z0-9_]{1,31}$")]
    """
    The package to move the client to.
    """
    reason: Annotated[
        str,
        Field(
            examples=["Upgrade after the 95 % usage alert"],
            max_length=500,
            min_length=1,
        ),
    ]
    """
    Why (written to the audit log).
    """
    dry_run: Annotated[bool | None, Field(examples=[False])] = False
    """
    Validate and return what would change, without changing anything or writing the audit log.
    """


class PackageSnapshot(BaseModel):
    """
    A client's package at one point.
    """

    package: Package


class PackageSwitchResult(BaseModel):
    """
    Outcome of a package switch.
    """

    dry_run: Annotated[bool, Field(examples=[False])]
    """
    Echoes the request: true means nothing was changed.
    """
    client_id: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
    before: PackageSnapshot
    after: PackageSnapshot
    audit_entry: Annotated[
        AuditEntry | None,
        Field(
            examples=[
                {
                    "id": "aud_1a6c3e8b5d2f9a4c7e0b3d6f",
                    "actor": "pk_test_admin",
                    "action": "package_switched",
                    "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                    "reason": "Upgrade after the 95 % usage alert",
                    "before": {"package": "growth"},
                    "after": {"package": "business"},
                    "created_at": "2026-01-20T08:00:00Z",
                }
            ]
        ),
    ]
    """
    The audit entry written; null for a dry run.
    """


class CreatePricingOverrideRequest(BaseModel):
    """
    A temporary fee for one client.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    client_id: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
    fee_percent: Annotated[str, Field(examples=["82.40"], pattern="^[0-9]{1,4}(\\.[0-9]{1,2})?$")]
    """
    The fee to apply, percent.
    """
    expires_at: Annotated[AwareDatetime, Field(examples=["2099-03-31T23:59:59Z"])]
    """
    When it stops applying; must be in the future.
    """
    reason: Annotated[str, Field(examples=["Q1 promotional rate"], max_length=500, min_length=1)]
    """
    Why (written to the audit log).
    """
    dry_run: Annotated[bool | None, Field(examples=[False])] = False
    """
    Validate and return what would change, without changing anything or writing the audit log.
    """


class PricingOverrideCreateResult(BaseModel):
    """
    Outcome of creating a pricing override. A new override replaces the client's active one.
    """

    dry_run: Annotated[bool, Field(examples=[False])]
    """
    Echoes the request: true means nothing was stored.
    """
    pricing_override: PricingOverride
    audit_entry: Annotated[
        AuditEntry | None,
        Field(
            examples=[
                {
                    "id": "aud_6c9f2b5e8a1d4c7f0b3e6a9d",
                    "actor": "pk_test_admin",
                    "action": "pricing_override_created",
                    "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                    "reason": "Q1 promotional rate",
                    "before": None,
                    "after": {
                        "pricing_override_id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
                        "fee_percent": "0.50",
                        "expires_at": "2099-03-31T23:59:59Z",
                    },
                    "created_at": "2026-01-15T11:00:00Z",
                }
            ]
        ),
    ]
    """
    The audit entry written; null for a dry run.
    """


class PricingOverrideList(BaseModel):
    """
    One page of pricing overrides, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[PricingOverride],
        Field(
            examples=[
                [
                    {
                        "id": "po_4e9b2d7a1c5f8e3b6d0a2c1e",
                        "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                        "fee_percent": "0.50",
                        "reason": "Q1 promotional rate",
                        "created_by": "pk_test_admin",
                        "expires_at": "2099-03-31T23:59:59Z",
                        "created_at": "2026-01-15T11:00:00Z",
                    }
                ]
            ]
        ),
    ]
    """
    The pricing overrides on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (a pricing override id); null on the last page.
    """


class DeletedPricingOverride(BaseModel):
    """
    Confirmation of a deletion.
    """

    id: Annotated[
        str,
        Field(examples=["po_4e9b2d7a1c5f8e3b6d0a2c1e"], pattern="^po_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a pricing override: `po_` followed by 24 letters or digits.
    """
    deleted: Annotated[Literal[True], Field(examples=[True])]
    """
    Always true.
    """
    audit_entry: AuditEntry


class UsageReportTotals(BaseModel):
    """
    Totals over all clients.
    """

    clients: Annotated[int, Field(examples=[1], ge=0)]
    """
    Number of clients.
    """
    volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Confirmed volume of all clients (USD).
    """
    payments: Annotated[int, Field(examples=[824], ge=0)]
    """
    Confirmed payments of all clients.
    """
    fees: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Fees of all clients (USD), the sum of the clients' `fees`.
    """
    net_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    `volume − fees` (USD).
    """


class UsageReportClient(BaseModel):
    """
    One client's line in the usage report.
    """

    client_id: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
    name: Annotated[str, Field(examples=["Demo Merchant"])]
    """
    Merchant name.
    """
    package: Annotated[str, Field(examples=["growth"], pattern="^[a-z][a-z0-9_]{1,31}$")]
    """
    Identifier of a package (plan). Seeded packages: `starter`, `growth`, `business`, `enterprise`; see `GET /v1/admin/packages`.
    """
    current_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Confirmed (gross) volume in the month (USD).
    """
    max_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Package limit (USD).
    """
    usage_percentage: Annotated[
        str, Field(examples=["82.40"], pattern="^[0-9]{1,4}(\\.[0-9]{1,2})?$")
    ]
    """
    A non-negative decimal percentage as a string with at most 2 fraction digits (`"82.40"` means 82.4 %). May exceed 100 for usage over the limit.
    """
    payments_count: Annotated[int, Field(examples=[824], ge=0)]
    """
    Confirmed payments in the month.
    """
    fees: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    Fees on the payments confirmed in the month (USD): each payment's `fee` converted to USD at the fixed rates when it was confirmed, summed exactly, rounded half up to cents.
    """
    net_volume: Annotated[
        str,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ]
    """
    `current_volume − fees` (USD): the gross volume less fees. Refunds do not change a month's volume or fees (the fee is not returned on refunds).
    """
    alerts: Annotated[list[Literal[80, 90, 95, 100]], Field(examples=[[80]])]
    """
    Thresholds alerted in the month (test alerts excluded), ascending.
    """


class UsageReport(BaseModel):
    """
    Monthly usage of every client.
    """

    month: Annotated[str, Field(examples=["2026-01"], pattern="^[0-9]{4}-(0[1-9]|1[0-2])$")]
    """
    A calendar month `YYYY-MM` (UTC).
    """
    generated_at: Annotated[AwareDatetime, Field(examples=["2026-01-20T08:00:00Z"])]
    """
    When the report was computed.
    """
    totals: UsageReportTotals
    clients: Annotated[
        list[UsageReportClient],
        Field(
            examples=[
                [
                    {
                        "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                        "name": "Demo Merchant",
                        "package": "growth",
                        "current_volume": "41200.00",
                        "max_volume": "50000.00",
                        "usage_percentage": "82.40",
                        "payments_count": 824,
                        "fees": "329.60",
                        "net_volume": "40870.40",
                        "alerts": [80],
                    }
                ]
            ]
        ),
    ]
    """
    One line per client, highest usage first.
    """


class ResetUsageRequest(BaseModel):
    """
    Which usage to reset.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    client_id: Annotated[
        str | None,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ] = None
    """
    Reset only this client; default: all clients.
    """
    month: Annotated[
        str | None, Field(examples=["2026-01"], pattern="^[0-9]{4}-(0[1-9]|1[0-2])$")
    ] = None
    """
    Month to reset; default: the current month.
    """
    reason: Annotated[
        str,
        Field(
            examples=["Volume counted twice after incident"],
            max_length=500,
            min_length=1,
        ),
    ]
    """
    Why (written to the audit log).
    """
    dry_run: Annotated[bool | None, Field(examples=[False])] = False
    """
    Validate and return what would change, without changing anything or writing the audit log.
    """


class UsageResetResult(BaseModel):
    """
    Outcome of a usage reset (volume and fees set to 0, the month's thresholds re-armed).
    """

    dry_run: Annotated[bool, Field(examples=[False])]
    """
    Echoes the request: true means nothing was changed.
    """
    month: Annotated[str, Field(examples=["2026-01"], pattern="^[0-9]{4}-(0[1-9]|1[0-2])$")]
    """
    A calendar month `YYYY-MM` (UTC).
    """
    clients_reset: Annotated[int, Field(examples=[1], ge=0)]
    """
    Number of clients whose usage was (or would be) reset.
    """
    audit_entry: Annotated[
        AuditEntry | None,
        Field(
            examples=[
                {
                    "id": "aud_8b1e4a7d0c3f6b9e2a5d8c1f",
                    "actor": "pk_test_admin",
                    "action": "usage_reset",
                    "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                    "reason": "Volume counted twice after incident",
                    "before": {"month": "2026-01", "current_volume": "41200.00"},
                    "after": {"month": "2026-01", "current_volume": "0.00"},
                    "created_at": "2026-01-20T08:05:00Z",
                }
            ]
        ),
    ]
    """
    The audit entry written; null for a dry run.
    """


class CheckUsageAlertsRequest(BaseModel):
    """
    Which month to check.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    month: Annotated[
        str | None, Field(examples=["2026-01"], pattern="^[0-9]{4}-(0[1-9]|1[0-2])$")
    ] = None
    """
    Default: the current month.
    """


class UsageAlertCheckResult(BaseModel):
    """
    Outcome of an alert check.
    """

    checked_clients: Annotated[int, Field(examples=[1], ge=0)]
    """
    Clients checked.
    """
    alerts_created: Annotated[
        list[UsageAlert],
        Field(
            examples=[
                [
                    {
                        "id": "ua_8d3f6a1c4e7b2d5f9a0c3e6b",
                        "client_id": "cli_9e4b7a2c5d8f1e3a6b0c4d7f",
                        "threshold": 80,
                        "alert_type": "notice",
                        "usage_percentage": "82.40",
                        "current_volume": "41200.00",
                        "max_volume": "50000.00",
                        "alert_month": "2026-01",
                        "sent_at": "2026-01-15T10:38:13Z",
                        "email_sent": True,
                        "recommended_package": "business",
                        "projected_volume": "88429.12",
                        "contact_sales": False,
                        "test": False,
                    }
                ]
            ]
        ),
    ]
    """
    Alerts newly recorded (thresholds already alerted this month are skipped).
    """


class SendTestAlertRequest(BaseModel):
    """
    Test alert parameters.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    client_id: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
    threshold: Annotated[Literal[80, 90, 95, 100], Field(examples=[80])]
    """
    A usage alert threshold, percent of `max_volume`.
    """


class PayPaymentRequest(BaseModel):
    """
    Simulated customer payment.
    """

    model_config = ConfigDict(
        extra="forbid",
    )
    amount: Annotated[
        str | None,
        Field(
            examples=["49.99"],
            max_length=37,
            pattern="^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$",
        ),
    ] = None
    """
    Crypto amount paid, in the payment's `pay_currency`; default: exactly the outstanding `pay_amount - amount_received`. Less makes the payment `underpaid`; more sets `overpaid_amount`.
    """
    confirm: Annotated[bool | None, Field(examples=[True])] = True
    """
    true: a full payment goes straight to `confirmed`; false: it stays `confirming` (finish with the confirm helper).
    """


class HealthStatus(BaseModel):
    """
    Liveness.
    """

    status: Annotated[Literal["ok"], Field(examples=["ok"])]
    """
    Always `ok` when the service answers.
    """


class HealthComponent(BaseModel):
    """
    Health of one dependency.
    """

    name: Annotated[str, Field(examples=["database"])]
    """
    Component name.
    """
    status: Annotated[Literal["ok", "degraded", "down"], Field(examples=["ok"])]
    """
    Component state.
    """
    latency_ms: Annotated[int, Field(examples=[1], ge=0)]
    """
    Latency of the component's probe.
    """
    detail: Annotated[str | None, Field(examples=[None])] = None
    """
    Extra information when not ok.
    """


class HealthDetailed(BaseModel):
    """
    Detailed health.
    """

    status: Annotated[Literal["ok", "degraded", "down"], Field(examples=["ok"])]
    """
    Worst of the components' states.
    """
    version: Annotated[str, Field(examples=["1.0.0"])]
    """
    Server version.
    """
    uptime_seconds: Annotated[int, Field(examples=[3600], ge=0)]
    """
    Seconds since start.
    """
    started_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T09:30:00Z"])]
    """
    Start time.
    """
    components: Annotated[
        list[HealthComponent],
        Field(
            examples=[
                [
                    {"name": "database", "status": "ok", "latency_ms": 1},
                    {"name": "rates", "status": "ok", "latency_ms": 3},
                    {"name": "webhooks", "status": "ok", "latency_ms": 0},
                ]
            ]
        ),
    ]
    """
    Each dependency.
    """


class Problem(BaseModel):
    """
    An error, as RFC 9457 problem details (`application/problem+json`). Branch on `code`, a stable machine-readable string; `title` and `detail` are for humans and may change.
    """

    type: Annotated[
        AnyUrl,
        Field(examples=["https://docs.paycrypt.example/errors/payment_not_found"]),
    ]
    """
    A URI identifying the problem type; its page documents the `code`.
    """
    title: Annotated[str, Field(examples=["Payment not found"])]
    """
    Short, human-readable summary of the problem type.
    """
    status: Annotated[int, Field(examples=[404], ge=100, le=599)]
    """
    The HTTP status code of this response.
    """
    detail: Annotated[
        str | None, Field(examples=["No payment with id pay_3f9a1c7e5b2d4a6c8e0f1a2b."])
    ] = None
    """
    Human-readable explanation specific to this occurrence.
    """
    code: Annotated[str, Field(examples=["payment_not_found"], pattern="^[a-z][a-z0-9_]*$")]
    """
    Stable machine-readable error code, e.g. `signature_mismatch`, `payment_not_found`.
    """
    request_id: Annotated[
        str | None,
        Field(examples=["req_8f3a2b1c9d4e5f60a1b2c3d4"], pattern="^req_[A-Za-z0-9]{24}$"),
    ] = None
    """
    The request id, same as the `PayCrypt-Request-Id` header.
    """
    errors: Annotated[
        list[ProblemFieldError] | None,
        Field(examples=[[{"field": "amount", "message": "must be a decimal string"}]]),
    ] = None
    """
    Per-field errors (422 `validation_failed`, 400 `invalid_json`).
    """
    server_time: Annotated[int | None, Field(examples=[1767225600])] = None
    """
    Only on 401 `timestamp_out_of_range`: the server's clock, unix seconds.
    """
    expected_string_to_sign: Annotated[
        str | None,
        Field(
            examples=[
                "PAYCRYPT-HMAC-SHA256\n1767225600\n0123456789abcdef0123456789abcdef\nGET\n/v1/payments\nlimit=10&status=pending\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
            ]
        ),
    ] = None
    """
    Sandbox only, on 401 `signature_mismatch`: the string to sign the server computed from the request it received (scheme, timestamp, nonce, method, path, canonical query and the SHA-256 of the body bytes, joined by newlines). Compare it line by line with the string your client signed (the SDKs log it at debug level): the line that differs is what changed between signing and sending. It holds no secret; the production gateway never sends it.
    """


class EventData(BaseModel):
    """
    An event's payload: `object` is the Payment, UsageAlert or WebhookEndpoint the event is about.
    """

    object: Annotated[
        Payment | UsageAlert | WebhookEndpoint,
        Field(
            examples=[
                {
                    "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                    "object": "payment",
                    "status": "confirmed",
                    "amount": "49.99",
                    "currency": "USD",
                    "pay_currency": "BTC",
                    "pay_amount": "0.00052622",
                    "rate": "95000.00",
                    "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
                    "amount_received": "0.00052622",
                    "overpaid_amount": "0",
                    "amount_refunded": "0",
                    "fee_percent": "0.80",
                    "fee": "0.40",
                    "net_amount": "49.59",
                    "order_id": "order_1042",
                    "description": "Order #1042 - 2 ceramic mugs",
                    "metadata": {"customer_id": "cus_1042"},
                    "redirect_url": "https://shop.example.com/orders/1042/complete",
                    "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                    "expires_at": "2026-01-15T10:45:00Z",
                    "created_at": "2026-01-15T10:30:00Z",
                    "updated_at": "2026-01-15T10:38:12Z",
                    "confirmed_at": "2026-01-15T10:38:12Z",
                }
            ]
        ),
    ]
    """
    Payment (payment.*), UsageAlert (usage.threshold_reached) or WebhookEndpoint without `secret` (webhook_endpoint.test), as of the event.
    """


class PaymentWebhookEvent(BaseModel):
    """
    Body of a `payment.*` webhook delivery.
    """

    id: Annotated[
        str,
        Field(examples=["evt_5d2a8f1c6e3b9a7d4c0e1f2a"], pattern="^evt_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a event: `evt_` followed by 24 letters or digits.
    """
    type: Annotated[
        Literal[
            "payment.created",
            "payment.confirming",
            "payment.confirmed",
            "payment.underpaid",
            "payment.expired",
            "payment.canceled",
            "payment.refunded",
            "payment.partially_refunded",
        ],
        Field(examples=["payment.confirmed"]),
    ]
    """
    Event type.
    """
    created: Annotated[int, Field(examples=[1768473492], ge=0)]
    """
    When it happened, unix seconds.
    """
    data: PaymentEventData
    """
    The payload.
    """
    livemode: Annotated[bool, Field(examples=[False])]
    """
    False in the sandbox.
    """


class UsageAlertEventData(BaseModel):
    """
    Payload of a `usage.threshold_reached` event: the usage alert.
    """

    object: UsageAlert


class WebhookEndpointTestWebhookEvent(BaseModel):
    """
    Body of a `webhook_endpoint.test` delivery (data.object is the endpoint, without `secret`).
    """

    id: Annotated[
        str,
        Field(examples=["evt_5d2a8f1c6e3b9a7d4c0e1f2a"], pattern="^evt_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a event: `evt_` followed by 24 letters or digits.
    """
    type: Annotated[Literal["webhook_endpoint.test"], Field(examples=["webhook_endpoint.test"])]
    """
    Event type.
    """
    created: Annotated[int, Field(examples=[1768473492], ge=0)]
    """
    When it happened, unix seconds.
    """
    data: WebhookEndpointTestEventData
    """
    The payload.
    """
    livemode: Annotated[bool, Field(examples=[False])]
    """
    False in the sandbox.
    """


class Event(BaseModel):
    """
    Something that happened, as recorded by PayCrypt. Webhook deliveries POST the same object without `delivery_attempts`.
    """

    id: Annotated[
        str,
        Field(examples=["evt_5d2a8f1c6e3b9a7d4c0e1f2a"], pattern="^evt_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a event: `evt_` followed by 24 letters or digits.
    """
    type: Annotated[
        Literal[
            "payment.created",
            "payment.confirming",
            "payment.confirmed",
            "payment.underpaid",
            "payment.expired",
            "payment.canceled",
            "payment.refunded",
            "payment.partially_refunded",
            "usage.threshold_reached",
            "webhook_endpoint.test",
        ],
        Field(examples=["payment.confirmed"]),
    ]
    """
    Type of an event. Payment events carry a Payment, `usage.threshold_reached` a UsageAlert, `webhook_endpoint.test` the WebhookEndpoint.
    """
    created: Annotated[int, Field(examples=[1768473492], ge=0)]
    """
    When it happened, unix seconds.
    """
    data: EventData
    """
    The event's payload.
    """
    livemode: Annotated[bool, Field(examples=[False])]
    """
    False in the sandbox.
    """
    delivery_attempts: Annotated[
        list[DeliveryAttempt],
        Field(
            examples=[
                [
                    {
                        "webhook_endpoint_id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                        "attempt": 1,
                        "status_code": 200,
                        "response_body": '{"received": true}',
                        "error": None,
                        "duration_ms": 84,
                        "attempted_at": "2026-01-15T10:38:13Z",
                        "next_retry_at": None,
                        "outcome": "delivered",
                    }
                ]
            ]
        ),
    ]
    """
    Delivery attempts so far, oldest first.
    """


class EventList(BaseModel):
    """
    One page of events, newest first. Pass `next_cursor` as `starting_after` to get the next page.
    """

    data: Annotated[
        list[Event],
        Field(
            examples=[
                [
                    {
                        "id": "evt_5d2a8f1c6e3b9a7d4c0e1f2a",
                        "type": "payment.confirmed",
                        "created": 1768473492,
                        "data": {
                            "object": {
                                "id": "pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                                "object": "payment",
                                "status": "confirmed",
                                "amount": "49.99",
                                "currency": "USD",
                                "pay_currency": "BTC",
                                "pay_amount": "0.00052622",
                                "rate": "95000.00",
                                "pay_address": "tb1qndsvjbspccyfjzzuh1fcmqdw5w87pvrsuylqq6",
                                "amount_received": "0.00052622",
                                "overpaid_amount": "0",
                                "amount_refunded": "0",
                                "fee_percent": "0.80",
                                "fee": "0.40",
                                "net_amount": "49.59",
                                "order_id": "order_1042",
                                "description": "Order #1042 - 2 ceramic mugs",
                                "metadata": {"customer_id": "cus_1042"},
                                "redirect_url": "https://shop.example.com/orders/1042/complete",
                                "hosted_url": "https://sandbox.paycrypt.example/pay/pay_3f9a1c7e5b2d4a6c8e0f1a2b",
                                "expires_at": "2026-01-15T10:45:00Z",
                                "created_at": "2026-01-15T10:30:00Z",
                                "updated_at": "2026-01-15T10:38:12Z",
                                "confirmed_at": "2026-01-15T10:38:12Z",
                            }
                        },
                        "livemode": False,
                        "delivery_attempts": [
                            {
                                "webhook_endpoint_id": "we_2c8e5a1f7b3d9e4c6a0b1d2e",
                                "attempt": 1,
                                "status_code": 200,
                                "response_body": '{"received": true}',
                                "error": None,
                                "duration_ms": 84,
                                "attempted_at": "2026-01-15T10:38:13Z",
                                "next_retry_at": None,
                                "outcome": "delivered",
                            }
                        ],
                    }
                ]
            ]
        ),
    ]
    """
    The events on this page.
    """
    has_more: Annotated[bool, Field(examples=[False])]
    """
    Whether more items exist after this page.
    """
    next_cursor: Annotated[str | None, Field(examples=[None])]
    """
    The `id` of the last item on this page when `has_more` is true (a event id); null on the last page.
    """


class UsageThresholdReachedWebhookEvent(BaseModel):
    """
    Body of a `usage.threshold_reached` webhook delivery.
    """

    id: Annotated[
        str,
        Field(examples=["evt_5d2a8f1c6e3b9a7d4c0e1f2a"], pattern="^evt_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a event: `evt_` followed by 24 letters or digits.
    """
    type: Annotated[Literal["usage.threshold_reached"], Field(examples=["usage.threshold_reached"])]
    """
    Event type.
    """
    created: Annotated[int, Field(examples=[1768473492], ge=0)]
    """
    When it happened, unix seconds.
    """
    data: UsageAlertEventData
    """
    The payload.
    """
    livemode: Annotated[bool, Field(examples=[False])]
    """
    False in the sandbox.
    """


__all__ = [
    "Account",
    "AdminClient",
    "AdminClientList",
    "AuditEntry",
    "AuditEntryList",
    "CheckUsageAlertsRequest",
    "ClientId",
    "CreateEstimateRequest",
    "CreatePaymentRequest",
    "CreatePricingOverrideRequest",
    "CreateRefundRequest",
    "CreateWebhookEndpointRequest",
    "Currency",
    "CurrencyList",
    "DeletedPricingOverride",
    "DeletedWebhookEndpoint",
    "DeliveryAttempt",
    "Email",
    "EmailList",
    "Estimate",
    "Event",
    "EventData",
    "EventList",
    "HealthComponent",
    "HealthDetailed",
    "HealthStatus",
    "Metadata",
    "Package",
    "PackageId",
    "PackageList",
    "PackageSnapshot",
    "PackageSwitchResult",
    "PayPaymentRequest",
    "Payment",
    "PaymentEventData",
    "PaymentList",
    "PaymentWebhookEvent",
    "PricingOverride",
    "PricingOverrideCreateResult",
    "PricingOverrideList",
    "Problem",
    "ProblemFieldError",
    "Rate",
    "RateList",
    "Refund",
    "RefundList",
    "ResendEventRequest",
    "ResetUsageRequest",
    "RotateWebhookEndpointSecretRequest",
    "SendTestAlertRequest",
    "SwitchPackageRequest",
    "UpdateWebhookEndpointRequest",
    "Usage",
    "UsageAlert",
    "UsageAlertCheckResult",
    "UsageAlertEventData",
    "UsageAlertList",
    "UsageReport",
    "UsageReportClient",
    "UsageReportTotals",
    "UsageResetResult",
    "UsageThresholdReachedWebhookEvent",
    "WebhookEndpoint",
    "WebhookEndpointList",
    "WebhookEndpointTestEventData",
    "WebhookEndpointTestWebhookEvent",
]
