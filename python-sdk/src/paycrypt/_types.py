"""Small shared types: the ``NOT_GIVEN`` sentinel and per-request options."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Final, Literal, TypedDict, TypeVar, Union

if TYPE_CHECKING:
    import httpx

__all__ = ["NOT_GIVEN", "NotGiven", "RequestOptions", "Timeout"]

_T = TypeVar("_T")


class NotGiven:
    """Marks an argument the caller left out (so ``None`` can mean JSON ``null``).

    >>> NOT_GIVEN
    NOT_GIVEN
    >>> bool(NOT_GIVEN)
    False
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

Timeout = Union[float, "httpx.Timeout", None]


class RequestOptions(TypedDict, total=False):
    """Per-call overrides, accepted as keyword arguments by every resource method.

    ``client.payments.create(..., timeout=5, max_retries=0, idempotency_key="order-1042")``
    """

    extra_headers: Mapping[str, str]
    """Extra HTTP headers for this call (cannot replace the signing headers)."""
    extra_query: Mapping[str, object]
    """Extra query parameters for this call."""
    extra_body: Mapping[str, object]
    """Extra JSON body fields for this call (for API fields newer than this SDK)."""
    timeout: float | httpx.Timeout | None
    """Seconds per attempt (default 30)."""
    max_retries: int
    """Retries after the first attempt (default 2; 0 = exactly one attempt)."""
    deadline: float | None
    """Seconds the whole call may take, every attempt and back-off included."""
    idempotency_key: str
    """``Idempotency-Key`` for a POST (default: a fresh uuid4, kept across retries)."""


REQUEST_OPTION_KEYS: Final = frozenset(RequestOptions.__annotations__)


def is_given(value: _T | NotGiven) -> bool:
    return not isinstance(value, NotGiven)
