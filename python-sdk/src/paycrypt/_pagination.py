"""Cursor pages: ``{data, has_more, next_cursor}`` with auto-pagination.

Sync::

    page = client.payments.list(limit=50)     # the first page, fetched now
    page.data, page.has_more, page.next_cursor
    for payment in client.payments.list(limit=50):   # every item, page after page
        ...
    for page in client.payments.list(limit=50).iter_pages():
        ...

Async::

    page = await client.payments.list(limit=50)
    async for payment in client.payments.list(limit=50):
        ...
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Generator, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    import httpx

__all__ = ["AsyncPage", "AsyncPaginator", "SyncPage"]

T = TypeVar("T")


class _BasePage(Generic[T]):
    def __init__(
        self,
        *,
        data: list[T],
        has_more: bool,
        next_cursor: str | None,
        response: httpx.Response | None = None,
    ) -> None:
        self.data = data
        self.has_more = has_more
        self.next_cursor = next_cursor
        self.response = response

    def has_next_page(self) -> bool:
        return bool(self.has_more and self.next_cursor)

    def __len__(self) -> int:
        return len(self.data)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(data=<{len(self.data)} items>, has_more={self.has_more!r}, "
            f"next_cursor={self.next_cursor!r})"
        )


class SyncPage(_BasePage[T]):
    """One page of a list; iterating it walks every item of every following page."""

    def __init__(
        self,
        *,
        data: list[T],
        has_more: bool,
        next_cursor: str | None,
        fetch_next: Callable[[str], SyncPage[T]] | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(data=data, has_more=has_more, next_cursor=next_cursor, response=response)
        self._fetch_next = fetch_next

    def get_next_page(self) -> SyncPage[T] | None:
        """The following page, or ``None`` on the last one."""
        if not self.has_next_page() or self._fetch_next is None:
            return None
        assert self.next_cursor is not None
        return self._fetch_next(self.next_cursor)

    def iter_pages(self) -> Iterator[SyncPage[T]]:
        """This page, then each following page."""
        page: SyncPage[T] | None = self
        while page is not None:
            yield page
            page = page.get_next_page()

    def __iter__(self) -> Iterator[T]:
        for page in self.iter_pages():
            yield from page.data


class AsyncPage(_BasePage[T]):
    """One page of a list; ``async for`` walks every item of every following page."""

    def __init__(
        self,
        *,
        data: list[T],
        has_more: bool,
        next_cursor: str | None,
        fetch_next: Callable[[str], Awaitable[AsyncPage[T]]] | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(data=data, has_more=has_more, next_cursor=next_cursor, response=response)
        self._fetch_next = fetch_next

    async def get_next_page(self) -> AsyncPage[T] | None:
        """The following page, or ``None`` on the last one."""
        if not self.has_next_page() or self._fetch_next is None:
            return None
        assert self.next_cursor is not None
        return await self._fetch_next(self.next_cursor)

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        """This page, then each following page."""
        page: AsyncPage[T] | None = self
        while page is not None:
            yield page
            page = await page.get_next_page()

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.iter_pages():
            for item in page.data:
                yield item


class AsyncPaginator(Generic[T]):
    """What an async ``list()`` returns: await it for the first page, or ``async for`` every item."""

    def __init__(self, fetch_first: Callable[[], Awaitable[AsyncPage[T]]]) -> None:
        self._fetch_first = fetch_first

    def __await__(self) -> Generator[Any, None, AsyncPage[T]]:
        return self._fetch_first().__await__()

    async def __aiter__(self) -> AsyncIterator[T]:
        page = await self._fetch_first()
        async for item in page:
            yield item

    async def iter_pages(self) -> AsyncIterator[AsyncPage[T]]:
        page = await self._fetch_first()
        async for each in page.iter_pages():
            yield each
