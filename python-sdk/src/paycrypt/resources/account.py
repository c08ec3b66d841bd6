"""``client.account``: retrieve."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import RequestOptions
from ..types import Account

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = ["AccountResource", "AsyncAccountResource"]


class AccountResource(SyncAPIResource):
    def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> Account:
        """Retrieve the account.

        ``GET /v1/account`` (retrieveAccount).

        The authenticated client's account: package and any active pricing override.
        """
        return self._client.request(
            "GET",
            "/v1/account",
            cast_to=Account,
            options=options,
        )


class AsyncAccountResource(AsyncAPIResource):
    async def retrieve(
        self,
        **options: Unpack[RequestOptions],
    ) -> Account:
        """Retrieve the account.

        ``GET /v1/account`` (retrieveAccount).

        The authenticated client's account: package and any active pricing override.
        """
        return await self._client.request(
            "GET",
            "/v1/account",
            cast_to=Account,
            options=options,
        )
