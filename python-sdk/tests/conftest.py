"""Shared fixtures: clients pointed at a respx-mocked base URL, with a recorded sleep."""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator, Iterator

import pytest
import pytest_asyncio
import respx

import paycrypt

BASE_URL = "http://testserver"
API_KEY = "pk_test_unit"
API_SECRET = "sk_test_unit_secret_value"


class Sleeps(list[float]):
    """Records the delays the client asked to sleep, instead of sleeping."""

    def __call__(self, delay: float) -> None:
        self.append(delay)


class AsyncSleeps(list[float]):
    async def __call__(self, delay: float) -> None:
        self.append(delay)


def _nonces() -> Iterator[str]:
    for i in itertools.count(1):
        yield f"{i:032x}"


@pytest.fixture
def sleeps() -> Sleeps:
    return Sleeps()


@pytest.fixture
def client(sleeps: Sleeps) -> Iterator[paycrypt.PayCrypt]:
    c = paycrypt.PayCrypt(API_KEY, API_SECRET, base_url=BASE_URL)
    c._sleep = sleeps
    nonces = _nonces()
    c._auth._nonce_factory = lambda: next(nonces)
    with c:
        yield c


@pytest_asyncio.fixture
async def async_client() -> AsyncIterator[paycrypt.AsyncPayCrypt]:
    # respx mocks httpx's own transports, so these unit tests pin transport="httpx" (the
    # default would be aiohttp, which the dev lock installs; it is tested against the mock).
    c = paycrypt.AsyncPayCrypt(API_KEY, API_SECRET, base_url=BASE_URL, transport="httpx")
    c._sleep = AsyncSleeps()
    async with c:
        yield c


@pytest.fixture
def api() -> Iterator[respx.MockRouter]:
    with respx.mock(base_url=BASE_URL, assert_all_called=False) as router:
        yield router
