"""Verify the webhooks PayCrypt sends you, and build signed test deliveries.

Always verify the **raw request body bytes**, before parsing them: a body
that has been parsed and re-serialised will not match its signature.

* Flask: ``request.get_data()``
* Django: ``request.body``
* FastAPI / Starlette: ``await request.body()``

::

    from paycrypt import webhooks, WebhookVerificationError

    try:
        event = webhooks.verify(
            request.get_data(),
            request.headers.get("PayCrypt-Webhook-Signature"),
            os.environ["PAYCRYPT_WEBHOOK_SECRET"],
        )
    except WebhookVerificationError as exc:
        abort(400, exc.reason)
    if already_processed(event.id):   # delivery is at-least-once: dedupe on event.id
        return "", 200

Failure reasons map to exceptions (all subclasses of
:class:`~paycrypt.WebhookVerificationError`, with ``.reason``):

=====================  ==================================
``empty_secret``       :class:`WebhookSecretMissingError`
``malformed_header``   :class:`WebhookHeaderError`
``no_signature``       :class:`WebhookHeaderError`
``signature_mismatch`` :class:`WebhookSignatureError`
``timestamp_too_old``  :class:`WebhookTimestampTooOldError`
``timestamp_in_future`` :class:`WebhookTimestampInFutureError`
``not_raw_body``       :class:`WebhookPayloadTypeError` (also a ``TypeError``)
``invalid_payload``    :class:`WebhookVerificationError` (signed, but not an event)
=====================  ==================================
"""

from __future__ import annotations

import functools
import json
import time
import typing
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Union, cast

from . import _signing
from ._constants import DEFAULT_WEBHOOK_TOLERANCE
from ._exceptions import (
    WebhookHeaderError,
    WebhookPayloadTypeError,
    WebhookSecretMissingError,
    WebhookSignatureError,
    WebhookTimestampInFutureError,
    WebhookTimestampTooOldError,
    WebhookVerificationError,
)
from ._models import BaseModel

if TYPE_CHECKING:
    from pydantic import TypeAdapter

    from .types import (
        PaymentWebhookEvent,
        UsageThresholdReachedWebhookEvent,
        WebhookEndpointTestWebhookEvent,
    )

__all__ = [
    "EVENT_ID_HEADER",
    "SIGNATURE_HEADER",
    "UnknownWebhookEvent",
    "WebhookEvent",
    "construct_event",
    "generate_test_header",
    "verify",
    "verify_signature",
]

SIGNATURE_HEADER = _signing.WEBHOOK_SIGNATURE_HEADER
EVENT_ID_HEADER = _signing.WEBHOOK_EVENT_ID_HEADER


class UnknownWebhookEvent(BaseModel):
    """A delivery whose ``type`` this SDK does not know yet (from a newer gateway).

    It is signed and genuine; ``data`` is left as a plain dict.
    """

    id: str
    type: str
    created: int
    data: dict[str, Any]
    livemode: bool = False


WebhookEvent = Union[
    "PaymentWebhookEvent",
    "UsageThresholdReachedWebhookEvent",
    "WebhookEndpointTestWebhookEvent",
    UnknownWebhookEvent,
]
"""What :func:`verify` returns; branch on ``event.type`` (or ``isinstance``)."""

_RAW_BODY_HINT = (
    "pass the raw request body bytes: Flask request.get_data(), Django request.body, "
    "FastAPI await request.body()"
)

_MESSAGES: dict[str, tuple[type[WebhookVerificationError], str]] = {
    "empty_secret": (
        WebhookSecretMissingError,
        "no webhook secret configured: refusing to accept the delivery (fail closed)",
    ),
    "malformed_header": (
        WebhookHeaderError,
        f"the {SIGNATURE_HEADER} header is missing or malformed (expected t=<unix>,v1=<hex>)",
    ),
    "no_signature": (WebhookHeaderError, f"the {SIGNATURE_HEADER} header has no v1 signature"),
    "signature_mismatch": (
        WebhookSignatureError,
        "no v1 signature matches the webhook secret (wrong secret, or the body was modified or "
        "re-serialised — " + _RAW_BODY_HINT + ")",
    ),
    "timestamp_too_old": (
        WebhookTimestampTooOldError,
        "the webhook timestamp is older than the tolerance allows (replayed, or clock skew)",
    ),
    "timestamp_in_future": (
        WebhookTimestampInFutureError,
        "the webhook timestamp is further in the future than the tolerance allows (clock skew)",
    ),
}


def _raw_bytes(payload: object) -> bytes:
    if isinstance(payload, (bytes, bytearray, memoryview)):
        return bytes(payload)
    kind = type(payload).__name__
    raise WebhookPayloadTypeError(
        f"webhook payload must be bytes, not {kind}: {_RAW_BODY_HINT}", reason="not_raw_body"
    )


def verify_signature(
    payload: bytes,
    header: str | None,
    secret: str | Sequence[str] | None,
    *,
    tolerance: int = DEFAULT_WEBHOOK_TOLERANCE,
    now: int | None = None,
) -> None:
    """Check the signature only; raise a :class:`WebhookVerificationError` subclass if it fails.

    ``secret`` may be a list (old and new secret while you rotate): any one may match.
    """
    data = _raw_bytes(payload)
    if header is not None and not isinstance(header, str):
        raise TypeError(
            f"header must be the {SIGNATURE_HEADER} header value (str), not {type(header).__name__}"
        )
    secrets = [secret] if secret is None or isinstance(secret, str) else list(secret)
    if not secrets or all(not s for s in secrets):
        secrets = [""]
    reason: str | None = None
    for candidate in secrets:
        if not candidate and len(secrets) > 1:
            continue
        reason = _signing.check_webhook_signature(
            data, header, candidate, tolerance=tolerance, now=now
        )
        if reason is None:
            return
        if reason != "signature_mismatch":
            break
    assert reason is not None
    error_class, message = _MESSAGES[reason]
    raise error_class(message, reason=reason)


def verify(
    payload: bytes,
    header: str | None,
    secret: str | Sequence[str] | None,
    *,
    tolerance: int = DEFAULT_WEBHOOK_TOLERANCE,
    now: int | None = None,
) -> WebhookEvent:
    """Verify a delivery, then parse it into a typed event.

    ``payload`` is the raw body bytes as received; ``header`` the
    ``PayCrypt-Webhook-Signature`` value; ``tolerance`` seconds either way
    (default 300); ``now`` unix seconds (default: the system clock).

    Returns a :class:`~paycrypt.types.PaymentWebhookEvent`,
    :class:`~paycrypt.types.UsageThresholdReachedWebhookEvent` or
    :class:`~paycrypt.types.WebhookEndpointTestWebhookEvent` according to
    ``type`` — or an :class:`UnknownWebhookEvent` for a type newer than this SDK.
    """
    verify_signature(payload, header, secret, tolerance=tolerance, now=now)
    return construct_event(bytes(payload))


def construct_event(payload: bytes) -> WebhookEvent:
    """Parse **already verified** raw bytes into a typed event (no signature check)."""
    from pydantic import ValidationError

    try:
        return _event_adapter().validate_json(payload)
    except ValidationError as exc:
        # A verified event whose fields a newer gateway has moved past this SDK's
        # models (a new status, say) is still that event: build it leniently, as
        # API responses are, rather than fail the receiver into endless retries.
        # Only a payload that is no event at all (no string id and type) is refused.
        try:
            data = json.loads(payload)
        except ValueError:
            data = None
        if not (
            isinstance(data, dict)
            and isinstance(data.get("id"), str)
            and isinstance(data.get("type"), str)
        ):
            raise WebhookVerificationError(
                f"the signed payload is not a valid PayCrypt event: {exc.error_count()} validation error(s)",
                reason="invalid_payload",
            ) from exc
        from ._models import construct_lenient, warn_validation_error

        model = _event_models().get(data["type"], UnknownWebhookEvent)
        warn_validation_error(model, exc)
        return cast(WebhookEvent, construct_lenient(model, data))


@functools.lru_cache(maxsize=1)
def _event_models() -> dict[str, type[BaseModel]]:
    """Event type (``"payment.confirmed"``) → the model its deliveries parse into."""
    from .types import (
        PaymentWebhookEvent,
        UsageThresholdReachedWebhookEvent,
        WebhookEndpointTestWebhookEvent,
    )

    models: dict[str, type[BaseModel]] = {}
    for model in (
        PaymentWebhookEvent,
        UsageThresholdReachedWebhookEvent,
        WebhookEndpointTestWebhookEvent,
    ):
        for value in typing.get_args(model.model_fields["type"].annotation):
            models[value] = model
    return models


@functools.lru_cache(maxsize=1)
def _event_adapter() -> TypeAdapter[WebhookEvent]:
    from typing import Annotated

    from pydantic import Discriminator, Tag, TypeAdapter

    from .types import (
        PaymentWebhookEvent,
        UsageThresholdReachedWebhookEvent,
        WebhookEndpointTestWebhookEvent,
    )

    known = {kind: model.__name__ for kind, model in _event_models().items()}

    def tag(value: object) -> str:
        kind = value.get("type") if isinstance(value, dict) else getattr(value, "type", None)
        return known.get(kind, "unknown") if isinstance(kind, str) else "unknown"

    union = Annotated[
        Annotated[PaymentWebhookEvent, Tag("PaymentWebhookEvent")]
        | Annotated[UsageThresholdReachedWebhookEvent, Tag("UsageThresholdReachedWebhookEvent")]
        | Annotated[WebhookEndpointTestWebhookEvent, Tag("WebhookEndpointTestWebhookEvent")]
        | Annotated[UnknownWebhookEvent, Tag("unknown")],
        Discriminator(tag),
    ]
    adapter: TypeAdapter[WebhookEvent] = TypeAdapter(union)
    return adapter


def generate_test_header(
    payload: bytes | str, secret: str | Sequence[str], timestamp: int | None = None
) -> str:
    """A valid ``PayCrypt-Webhook-Signature`` value for ``payload``, for your own tests.

    >>> generate_test_header(b'{"id":"evt_1"}', "whsec_demo", timestamp=1767225600)[:13]
    't=1767225600,'
    """
    data = payload.encode("utf-8") if isinstance(payload, str) else bytes(payload)
    ts = int(time.time()) if timestamp is None else timestamp
    return _signing.webhook_header(secret, data, ts)
