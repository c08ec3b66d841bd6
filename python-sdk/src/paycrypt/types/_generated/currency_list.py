# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

from .currency import Currency

__all__ = ["CurrencyList"]


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
