"""Raw HTTP access: ``client.with_raw_response.payments.create(...)``.

Every method reached through ``with_raw_response`` returns an
:class:`APIResponse` holding the final :class:`httpx.Response` (headers,
status, request id) and the parsed result (``.parse()``)::

    raw = client.with_raw_response.payments.retrieve("pay_…")
    raw.request_id, raw.status_code, raw.headers["PayCrypt-Request-Id"]
    payment = raw.parse()
"""

from __future__ import annotations

import functools
import inspect
from typing import Any, Generic, TypeVar

import httpx

from ._base_client import _RAW_SINK
from ._constants import REQUEST_ID_HEADER
from ._resource import AsyncAPIResource, SyncAPIResource

__all__ = ["APIResponse"]

T = TypeVar("T")


class APIResponse(Generic[T]):
    """The parsed result of a call together with the HTTP response it came from."""

    def __init__(self, parsed: T, http_response: httpx.Response) -> None:
        self._parsed = parsed
        self.http_response = http_response

    def parse(self) -> T:
        return self._parsed

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def request_id(self) -> str | None:
        value: str | None = self.http_response.headers.get(REQUEST_ID_HEADER)
        return value

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] request_id={self.request_id!r}>"


class RawResponseProxy:
    """Mirror of a client or resource whose methods return :class:`APIResponse`."""

    def __init__(self, target: object, *, is_async: bool) -> None:
        self._target = target
        self._is_async = is_async

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if isinstance(value, (SyncAPIResource, AsyncAPIResource)) or _is_namespace(value):
            return RawResponseProxy(value, is_async=self._is_async)
        if not callable(value) or name.startswith("_"):
            return value
        if self._is_async:

            @functools.wraps(value)
            async def async_wrapper(*args: Any, **kwargs: Any) -> APIResponse[Any]:
                sink: list[httpx.Response] = []
                token = _RAW_SINK.set(sink)
                try:
                    result = value(*args, **kwargs)
                    if inspect.isawaitable(result):
                        result = await result
                finally:
                    _RAW_SINK.reset(token)
                return APIResponse(result, sink[-1])

            return async_wrapper

        @functools.wraps(value)
        def wrapper(*args: Any, **kwargs: Any) -> APIResponse[Any]:
            sink: list[httpx.Response] = []
            token = _RAW_SINK.set(sink)
            try:
                result = value(*args, **kwargs)
            finally:
                _RAW_SINK.reset(token)
            return APIResponse(result, sink[-1])

        return wrapper


def _is_namespace(value: object) -> bool:
    return getattr(value, "_paycrypt_namespace", False) is True
