"""Every exception the SDK raises on purpose.

The hierarchy::

    PayCryptError
    ├── APIConnectionError            no HTTP response (DNS, refused, reset, dropped)
    │   └── APITimeoutError           the attempt timed out (or the overall deadline passed)
    ├── APIStatusError                the gateway answered 4xx/5xx (status_code, code, title,
    │   │                             detail, errors, request_id, retry_after, response)
    │   ├── BadRequestError           400
    │   ├── AuthenticationError       401 (signature_mismatch, timestamp_out_of_range, …)
    │   ├── PermissionDeniedError     403
    │   ├── NotFoundError             404
    │   ├── ConflictError             409 (idempotency_key_reused, idempotency_key_in_use, …)
    │   ├── UnprocessableEntityError  422
    │   ├── RateLimitError            429
    │   └── InternalServerError       >= 500
    └── WebhookVerificationError      a webhook delivery failed verification (reason)
        ├── WebhookSignatureError         reason "signature_mismatch"
        ├── WebhookTimestampTooOldError   reason "timestamp_too_old"
        ├── WebhookTimestampInFutureError reason "timestamp_in_future"
        ├── WebhookHeaderError            reason "malformed_header" or "no_signature"
        ├── WebhookSecretMissingError     reason "empty_secret"
        └── WebhookPayloadTypeError       reason "not_raw_body" (also a TypeError)

Messages name the request, e.g.
``POST /v1/payments failed: 409 idempotency_key_reused — <detail> (request_id=req_…)``.
They never contain the API secret or a webhook secret.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import httpx

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "NotFoundError",
    "PayCryptError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "WebhookHeaderError",
    "WebhookPayloadTypeError",
    "WebhookSecretMissingError",
    "WebhookSignatureError",
    "WebhookTimestampInFutureError",
    "WebhookTimestampTooOldError",
    "WebhookVerificationError",
]


class PayCryptError(Exception):
    """Base class of every error raised by the SDK."""


class APIConnectionError(PayCryptError):
    """The request got no HTTP response: connection refused, reset, dropped, DNS…

    ``method`` and ``path`` name the request; the underlying httpx exception is
    the ``__cause__``.
    """

    def __init__(self, message: str, *, method: str = "", path: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.method = method
        self.path = path


class APITimeoutError(APIConnectionError):
    """An attempt timed out, or the call's overall ``deadline`` ran out."""


class APIStatusError(PayCryptError):
    """The gateway answered with a 4xx or 5xx status and a problem+json body."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        status_code: int,
        code: str | None = None,
        title: str | None = None,
        detail: str | None = None,
        errors: list[dict[str, Any]] | None = None,
        request_id: str | None = None,
        retry_after: float | None = None,
        body: object = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.response = response
        self.status_code = status_code
        self.code = code
        self.title = title
        self.detail = detail
        self.errors = errors or []
        self.request_id = request_id
        self.retry_after = retry_after
        self.body = body

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, code={self.code!r}, "
            f"request_id={self.request_id!r})"
        )


class BadRequestError(APIStatusError):
    status_code: Literal[400] = 400


class AuthenticationError(APIStatusError):
    status_code: Literal[401] = 401


class PermissionDeniedError(APIStatusError):
    status_code: Literal[403] = 403


class NotFoundError(APIStatusError):
    status_code: Literal[404] = 404


class ConflictError(APIStatusError):
    status_code: Literal[409] = 409


class UnprocessableEntityError(APIStatusError):
    status_code: Literal[422] = 422


class RateLimitError(APIStatusError):
    """429, or a ``Retry-After`` longer than the SDK will wait (see ``retry_after``)."""


class InternalServerError(APIStatusError):
    """Any status of 500 or above."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status_code >= 500:
        return InternalServerError
    return _STATUS_CLASSES.get(status_code, APIStatusError)


# --- webhooks ------------------------------------------------------------------


class WebhookVerificationError(PayCryptError):
    """A webhook delivery did not verify; ``reason`` is a stable machine string.

    Reasons: ``empty_secret``, ``malformed_header``, ``no_signature``,
    ``signature_mismatch``, ``timestamp_too_old``, ``timestamp_in_future``,
    ``not_raw_body``, ``invalid_payload`` (signed, but not a valid event).
    """

    def __init__(self, message: str, *, reason: str) -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason

    def __repr__(self) -> str:
        return f"{type(self).__name__}(reason={self.reason!r})"


class WebhookSignatureError(WebhookVerificationError):
    """No ``v1`` signature in the header matches the secret (``signature_mismatch``)."""


class WebhookTimestampTooOldError(WebhookVerificationError):
    """The ``t=`` timestamp is older than the tolerance allows (``timestamp_too_old``)."""


class WebhookTimestampInFutureError(WebhookVerificationError):
    """The ``t=`` timestamp is further ahead than the tolerance allows (``timestamp_in_future``)."""


class WebhookHeaderError(WebhookVerificationError):
    """The signature header is missing, malformed, or carries no ``v1`` entry."""


class WebhookSecretMissingError(WebhookVerificationError):
    """No webhook secret was configured: verification fails closed (``empty_secret``)."""


class WebhookPayloadTypeError(WebhookVerificationError, TypeError):
    """The payload was not the raw body bytes (``not_raw_body``)."""
