# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py

"""``client.account``: retrieve."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import RequestOptions
from ..types import Account as AccountModel

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["Account", "AsyncAccount"]


class Account(SyncAPIResource):
    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> AccountModel:
        """Retrieve the account.

        ``GET /v1/account`` (retrieveAccount).

        The authenticated client's account: package and any active pricing override.
        """
        return self._client.request(
            "GET",
            "/v1/account",
            cast_to=AccountModel,
            options=options,
        )


class AsyncAccount(AsyncAPIResource):
    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> AccountModel:
        """Retrieve the account.

        ``GET /v1/account`` (retrieveAccount).

        The authenticated client's account: package and any active pricing override.
        """
        return await self._client.request(
            "GET",
            "/v1/account",
            cast_to=AccountModel,
            options=options,
        )
