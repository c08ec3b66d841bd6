"""Cursor pagination across pages, sync and async."""

from __future__ import annotations

import httpx
import pytest
import respx

import paycrypt
from paycrypt._models import BaseModel


class Item(BaseModel):
    id: str


def pages(api: respx.MockRouter) -> respx.Route:
    def respond(request: httpx.Request) -> httpx.Response:
        after = request.url.params.get("starting_after")
        if after is None:
            return httpx.Response(
                200, json={"data": [{"id": "a"}, {"id": "b"}], "has_more": True, "next_cursor": "b"}
            )
        if after == "b":
            return httpx.Response(
                200, json={"data": [{"id": "c"}, {"id": "d"}], "has_more": True, "next_cursor": "d"}
            )
        return httpx.Response(
            200,
            json={"data": [{"id": "e", "new_field": 1}], "has_more": False, "next_cursor": None},
        )

    return api.get("/v1/items").mock(side_effect=respond)


def test_first_page_and_iteration(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    route = pages(api)
    page = client.get_page("/v1/items", item=Item, params={"limit": 2}, options={})
    assert [i.id for i in page.data] == ["a", "b"] and page.has_more and page.next_cursor == "b"
    assert route.call_count == 1
    assert [i.id for i in page] == ["a", "b", "c", "d", "e"]
    assert route.calls.last.request.url.params["limit"] == "2"
    assert route.calls.last.request.url.params["starting_after"] == "d"


def test_iter_pages(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    pages(api)
    page = client.get_page("/v1/items", item=Item, params={"limit": 2}, options={})
    assert [len(p.data) for p in page.iter_pages()] == [2, 2, 1]
    last = list(page.iter_pages())[-1]
    assert last.get_next_page() is None and last.data[0].new_field == 1  # type: ignore[attr-defined]


@pytest.mark.asyncio
async def test_async_pages(async_client: paycrypt.AsyncPayCrypt, api: respx.MockRouter) -> None:
    pages(api)
    paginator = async_client.get_page("/v1/items", item=Item, params={"limit": 2}, options={})
    first = await paginator
    assert [i.id for i in first.data] == ["a", "b"]
    assert [i.id async for i in paginator] == ["a", "b", "c", "d", "e"]
    assert [len(p.data) async for p in first.iter_pages()] == [2, 2, 1]
    assert [len(p.data) async for p in paginator.iter_pages()] == [2, 2, 1]
