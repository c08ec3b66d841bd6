"""PayCrypt — the Python SDK for the PayCrypt crypto payment gateway.

    >>> import paycrypt
    >>> client = paycrypt.PayCrypt(api_key="pk_test_demo", api_secret="sk_test_demo",
    ...                            base_url="http://127.0.0.1:8787")  # doctest: +SKIP

Names are loaded lazily (module ``__getattr__``) so that ``import paycrypt``
does not pull in httpx, pydantic or the generated models until they are used.
"""

from __future__ import annotations

import importlib

# Not `from typing import TYPE_CHECKING`: importing typing alone costs more than the rest of this module.
TYPE_CHECKING = False

from ._version import __version__  # noqa: E402 — after TYPE_CHECKING, which it needs

if TYPE_CHECKING:
    from . import types, webhooks
    from ._auth import PayCryptAuth
    from ._client import AsyncPayCrypt, PayCrypt
    from ._constants import (
        DEFAULT_BASE_URL,
        DEFAULT_MAX_RETRIES,
        DEFAULT_TIMEOUT,
        DEFAULT_WEBHOOK_TOLERANCE,
    )
    from ._exceptions import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ConflictError,
        InternalServerError,
        NotFoundError,
        PayCryptError,
        PermissionDeniedError,
        RateLimitError,
        UnprocessableEntityError,
        WebhookHeaderError,
        WebhookPayloadTypeError,
        WebhookSecretMissingError,
        WebhookSignatureError,
        WebhookTimestampInFutureError,
        WebhookTimestampTooOldError,
        WebhookVerificationError,
    )
    from ._pagination import AsyncPage, AsyncPaginator, SyncPage
    from ._response import APIResponse
    from ._transports import DefaultAioHttpClient
    from ._types import NOT_GIVEN, NotGiven, RequestOptions

__all__ = [
    "APIConnectionError",
    "APIResponse",
    "APIStatusError",
    "APITimeoutError",
    "AsyncPage",
    "AsyncPaginator",
    "AsyncPayCrypt",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DEFAULT_BASE_URL",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DEFAULT_WEBHOOK_TOLERANCE",
    "DefaultAioHttpClient",
    "InternalServerError",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "PayCrypt",
    "PayCryptAuth",
    "PayCryptError",
    "PermissionDeniedError",
    "RateLimitError",
    "RequestOptions",
    "SyncPage",
    "UnprocessableEntityError",
    "WebhookHeaderError",
    "WebhookPayloadTypeError",
    "WebhookSecretMissingError",
    "WebhookSignatureError",
    "WebhookTimestampInFutureError",
    "WebhookTimestampTooOldError",
    "WebhookVerificationError",
    "__version__",
    "types",
    "webhooks",
]

_LAZY: dict[str, str] = {
    "PayCrypt": "._client",
    "AsyncPayCrypt": "._client",
    "PayCryptAuth": "._auth",
    "DefaultAioHttpClient": "._transports",
    "APIResponse": "._response",
    "SyncPage": "._pagination",
    "AsyncPage": "._pagination",
    "AsyncPaginator": "._pagination",
    "NOT_GIVEN": "._types",
    "NotGiven": "._types",
    "RequestOptions": "._types",
    "DEFAULT_BASE_URL": "._constants",
    "DEFAULT_MAX_RETRIES": "._constants",
    "DEFAULT_TIMEOUT": "._constants",
    "DEFAULT_WEBHOOK_TOLERANCE": "._constants",
}
_LAZY.update({name: "._exceptions" for name in __all__ if name.endswith("Error")})
_SUBMODULES = frozenset({"types", "webhooks", "resources"})


def __getattr__(name: str) -> object:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'paycrypt' has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
