# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import AwareDatetime, Field

from paycrypt._models import BaseModel

from .rate import Rate

__all__ = ["RateList"]


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
