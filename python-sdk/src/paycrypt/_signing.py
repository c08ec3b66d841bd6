"""Request and webhook signing: pure functions, no HTTP library in sight.

Everything here is exactly DESIGN.md's ``PAYCRYPT-HMAC-SHA256`` (v1) and its
webhook counterpart, and is what ``contract-tests/vectors/*.json`` test. The
HTTP client's auth hook, the mock gateway's verifier and ``paycrypt.webhooks``
are thin wrappers around these functions.

Requests (merchant -> gateway)::

    >>> sign_request(
    ...     "sk_test_demo", method="GET", path="/v1/payments",
    ...     query="status=pending&limit=10", timestamp=1767225600,
    ...     nonce="0123456789abcdef0123456789abcdef", body=b"",
    ... )[:3]
    'v1='

Webhooks (gateway -> merchant)::

    >>> header = webhook_header("whsec_demo", b'{"id":"evt_1"}', 1767225600)
    >>> check_webhook_signature(b'{"id":"evt_1"}', header, "whsec_demo", now=1767225630) is None
    True

Decisions that DESIGN.md leaves open, shared by every implementation and
pinned by the vectors:

* A ``%`` in a query that is not followed by two hex digits (``%zz``, a
  trailing ``%``, ``%4``) is the literal byte ``%`` and re-encodes as ``%25``.
  Hex digits in an escape may be either case (``%2f`` is ``/``).
* Signatures are lowercase hex. An upper-case ``v1=`` value does not match
  (``signature_mismatch``), in webhook headers and request signatures alike.
* The webhook MAC covers the ``t`` value exactly as written in the header.
  ``t`` must be ASCII decimal digits (no sign, no spaces); leading zeros are
  allowed and are part of the signed text.
* Webhook header items are split on ``,`` and stripped of surrounding
  spaces and tabs (nothing else); an item without ``=`` (including the empty item left by a
  trailing comma) makes the header malformed.
* Secrets are used as their UTF-8 bytes, prefix (``sk_``/``whsec_``) included.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets as _secrets
import time
from collections.abc import Sequence
from typing import Final, Literal, TypeAlias

__all__ = [
    "HEADER_KEY",
    "HEADER_NONCE",
    "HEADER_SIGNATURE",
    "HEADER_TIMESTAMP",
    "SCHEME",
    "SIGNATURE_VERSION",
    "WEBHOOK_DEFAULT_TOLERANCE",
    "WEBHOOK_EVENT_ID_HEADER",
    "WEBHOOK_FAILURE_REASONS",
    "WEBHOOK_SCHEME",
    "WEBHOOK_SIGNATURE_HEADER",
    "WebhookFailureReason",
    "canonical_query",
    "check_webhook_signature",
    "new_nonce",
    "sign_request",
    "sign_string",
    "string_to_sign",
    "verify_request_signature",
    "webhook_header",
    "webhook_signature",
]

SCHEME: Final = "PAYCRYPT-HMAC-SHA256"
"""First line of every string to sign."""

WEBHOOK_SCHEME: Final = "PAYCRYPT-WEBHOOK-HMAC-SHA256"
"""Name of the webhook signing scheme (used by the test vectors)."""

SIGNATURE_VERSION: Final = "v1"

HEADER_KEY: Final = "PayCrypt-Key"
HEADER_TIMESTAMP: Final = "PayCrypt-Timestamp"
HEADER_NONCE: Final = "PayCrypt-Nonce"
HEADER_SIGNATURE: Final = "PayCrypt-Signature"
WEBHOOK_SIGNATURE_HEADER: Final = "PayCrypt-Webhook-Signature"
WEBHOOK_EVENT_ID_HEADER: Final = "PayCrypt-Event-Id"

WEBHOOK_DEFAULT_TOLERANCE: Final = 300
"""Seconds a webhook timestamp may differ from the receiver's clock, either way."""

WebhookFailureReason = Literal[
    "empty_secret",
    "malformed_header",
    "no_signature",
    "signature_mismatch",
    "timestamp_too_old",
    "timestamp_in_future",
]

WEBHOOK_FAILURE_REASONS: Final[tuple[WebhookFailureReason, ...]] = (
    "empty_secret",
    "malformed_header",
    "no_signature",
    "signature_mismatch",
    "timestamp_too_old",
    "timestamp_in_future",
)
"""Every value :func:`check_webhook_signature` can return, in check order."""

BytesLike: TypeAlias = bytes | bytearray | memoryview

# RFC 3986 section 2.3: the only bytes that stay unescaped.
_UNRESERVED: Final = frozenset(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
)
_HEXDIGITS: Final = frozenset(b"0123456789abcdefABCDEF")
# RFC 9110 token characters, for the method.
_METHOD_RE: Final = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")
_DECIMAL_RE: Final = re.compile(r"[0-9]+")
# HTTP optional whitespace: the only characters stripped around header items.
_OWS: Final = " \t"


# --- request signing ----------------------------------------------------------


def _decode_component(text: str) -> bytes:
    """Decode one query name or value to bytes (``+`` is a space, ``%XX`` a byte).

    A ``%`` that is not followed by two hex digits stays the literal byte ``%``.
    """
    raw = text.encode("utf-8")
    out = bytearray()
    i = 0
    n = len(raw)
    while i < n:
        byte = raw[i]
        if byte == 0x2B:  # "+"
            out.append(0x20)
            i += 1
        elif byte == 0x25 and i + 2 < n and raw[i + 1] in _HEXDIGITS and raw[i + 2] in _HEXDIGITS:
            out.append(int(raw[i + 1 : i + 3], 16))
            i += 3
        else:
            out.append(byte)
            i += 1
    return bytes(out)


def _encode_component(data: bytes) -> str:
    """Percent-encode bytes per RFC 3986: unreserved kept, the rest ``%XX`` upper-case."""
    return "".join(chr(b) if b in _UNRESERVED else f"%{b:02X}" for b in data)


def canonical_query(raw_query: str) -> str:
    """Return the canonical form of a raw query string (as sent, without ``?``).

    Split on ``&`` (empty pieces skipped), split each piece at its first ``=``
    (no ``=`` means an empty value), decode both halves to bytes, re-encode
    them with RFC 3986, sort by encoded name then encoded value, and join.

    >>> canonical_query("status=pending&limit=10&q=a+b")
    'limit=10&q=a%20b&status=pending'
    >>> canonical_query("")
    ''
    """
    if not isinstance(raw_query, str):
        raise TypeError(
            f"query must be a str (the raw query string), not {type(raw_query).__name__}"
        )
    pairs: list[tuple[str, str]] = []
    for piece in raw_query.split("&"):
        if not piece:
            continue
        name, _, value = piece.partition("=")
        pairs.append(
            (
                _encode_component(_decode_component(name)),
                _encode_component(_decode_component(value)),
            )
        )
    # Encoded text is pure ASCII, so str ordering is byte ordering.
    pairs.sort()
    return "&".join(f"{name}={value}" for name, value in pairs)


def _timestamp_text(timestamp: int | str) -> str:
    if isinstance(timestamp, bool) or not isinstance(timestamp, (int, str)):
        raise TypeError(
            f"timestamp must be an int or a decimal str, not {type(timestamp).__name__}"
        )
    if isinstance(timestamp, int):
        if timestamp < 0:
            raise ValueError("timestamp must be a non-negative number of unix seconds")
        return str(timestamp)
    if not _DECIMAL_RE.fullmatch(timestamp):
        raise ValueError("timestamp must be unix seconds written as ASCII decimal digits")
    return timestamp


def _body_bytes(body: object, what: str) -> bytes:
    if isinstance(body, (bytes, bytearray, memoryview)):
        return bytes(body)
    raise TypeError(
        f"{what} must be bytes (got {type(body).__name__}): pass the raw request body bytes, "
        "not parsed JSON or a decoded str"
    )


def string_to_sign(
    *,
    method: str,
    path: str,
    query: str,
    timestamp: int | str,
    nonce: str,
    body: BytesLike,
) -> str:
    """Build the ``PAYCRYPT-HMAC-SHA256`` string to sign.

    ``path`` is signed exactly as sent (percent-encoded, no query); ``query`` is
    the raw query string and is canonicalised here; ``body`` is hashed as the
    exact bytes sent (an empty body hashes ``b""``). ``method`` is upper-cased.

    Raises ``ValueError`` for inputs that cannot appear in a well-formed
    request (a newline in a field, a ``?`` in the path, a bad method or
    timestamp) and ``TypeError`` for a body that is not bytes.
    """
    if not isinstance(method, str) or not _METHOD_RE.fullmatch(method):
        raise ValueError("method must be an HTTP method token such as 'GET' or 'POST'")
    if not isinstance(path, str) or not path:
        raise ValueError("path must be a non-empty str")
    if "?" in path or "#" in path:
        raise ValueError("path must not contain the query string; pass it separately as query")
    if "\n" in path or "\r" in path:
        raise ValueError("path must not contain line breaks")
    if not isinstance(nonce, str) or not nonce or "\n" in nonce or "\r" in nonce:
        raise ValueError("nonce must be a non-empty str without line breaks")
    body_hash = hashlib.sha256(_body_bytes(body, "body")).hexdigest()
    return "\n".join(
        (
            SCHEME,
            _timestamp_text(timestamp),
            nonce,
            method.upper(),
            path,
            canonical_query(query),
            body_hash,
        )
    )


def _secret_bytes(secret: object, what: str) -> bytes:
    if not isinstance(secret, str):
        raise TypeError(f"{what} must be a str, not {type(secret).__name__}")
    if not secret:
        raise ValueError(f"{what} must be a non-empty str")
    return secret.encode("utf-8")


def sign_request(
    secret: str,
    *,
    method: str,
    path: str,
    query: str,
    timestamp: int | str,
    nonce: str,
    body: BytesLike,
) -> str:
    """Return the ``PayCrypt-Signature`` header value: ``"v1=" + hex HMAC-SHA256``.

    The HMAC key is ``secret`` as UTF-8; the message is :func:`string_to_sign`.
    """
    message = string_to_sign(
        method=method, path=path, query=query, timestamp=timestamp, nonce=nonce, body=body
    )
    return sign_string(secret, message)


def sign_string(secret: str, message: str) -> str:
    """The ``PayCrypt-Signature`` value for a string to sign built by :func:`string_to_sign`."""
    key = _secret_bytes(secret, "api secret")
    digest = hmac.new(key, message.encode("utf-8"), hashlib.sha256).hexdigest()
    return f"{SIGNATURE_VERSION}={digest}"


def verify_request_signature(
    secret: str,
    signature: str,
    *,
    method: str,
    path: str,
    query: str,
    timestamp: int | str,
    nonce: str,
    body: BytesLike,
) -> bool:
    """Return whether ``signature`` (the header value, ``v1=…``) signs this request.

    Meant for servers: every input may come from the network, so an
    ill-formed one (empty secret, odd method, non-decimal timestamp, ``?`` in
    the path) gives ``False`` rather than an exception. The comparison is
    constant-time over bytes. This does not check timestamp freshness or
    nonce reuse; the caller does, with its own clock and nonce store.
    """
    if not isinstance(secret, str) or not secret or not isinstance(signature, str):
        return False
    try:
        expected = sign_request(
            secret,
            method=method,
            path=path,
            query=query,
            timestamp=timestamp,
            nonce=nonce,
            body=body,
        )
    except (TypeError, ValueError, UnicodeError):
        return False
    return hmac.compare_digest(expected.encode("ascii"), signature.encode("utf-8", "replace"))


def new_nonce() -> str:
    """Return a fresh nonce: 16 random bytes from :mod:`secrets`, lowercase hex."""
    return _secrets.token_hex(16)


# --- webhooks -------------------------------------------------------------------


def _webhook_mac(key: bytes, timestamp_text: str, payload: bytes) -> str:
    return hmac.new(
        key, timestamp_text.encode("ascii") + b"." + payload, hashlib.sha256
    ).hexdigest()


def webhook_signature(secret: str, payload: BytesLike, timestamp: int) -> str:
    """Return the lowercase hex ``HMAC-SHA256(secret, f"{timestamp}." + payload)``."""
    key = _secret_bytes(secret, "webhook secret")
    data = _body_bytes(payload, "payload")
    if isinstance(timestamp, bool) or not isinstance(timestamp, int) or timestamp < 0:
        raise ValueError("timestamp must be a non-negative int of unix seconds")
    return _webhook_mac(key, str(timestamp), data)


def webhook_header(secrets: str | Sequence[str], payload: BytesLike, timestamp: int) -> str:
    """Return a ``PayCrypt-Webhook-Signature`` value: ``t=<ts>,v1=<hex>[,v1=<hex>…]``.

    Pass several secrets during a rotation; one ``v1`` entry is written per
    secret, in the order given.
    """
    keys = [secrets] if isinstance(secrets, str) else list(secrets)
    if not keys:
        raise ValueError("at least one webhook secret is required")
    signatures = [webhook_signature(key, payload, timestamp) for key in keys]
    return ",".join([f"t={timestamp}"] + [f"{SIGNATURE_VERSION}={sig}" for sig in signatures])


def _parse_webhook_header(header: str) -> tuple[str, list[str]] | None:
    """Return ``(t as written, [v1 values])``, or ``None`` if the header is malformed."""
    if not header.strip(_OWS):
        return None
    timestamp: str | None = None
    v1: list[str] = []
    for item in header.split(","):
        key, sep, value = item.strip(_OWS).partition("=")
        if not sep:
            return None
        if key == "t":
            if timestamp is not None or not _DECIMAL_RE.fullmatch(value):
                return None
            timestamp = value
        elif key == SIGNATURE_VERSION:
            v1.append(value)
        # Other schemes (v0, v2, …) are ignored so that new ones can be added.
    if timestamp is None:
        return None
    return timestamp, v1


def check_webhook_signature(
    payload: BytesLike,
    header: str | None,
    secret: str | None,
    *,
    tolerance: int = WEBHOOK_DEFAULT_TOLERANCE,
    now: int | None = None,
) -> WebhookFailureReason | None:
    """Check a webhook delivery; return ``None`` if valid, else the failure reason.

    ``payload`` must be the raw request body bytes exactly as received (a
    re-serialised JSON body will not match). Checks run in this order and
    the first failure is returned: empty secret (fails closed), malformed
    header, no ``v1`` entry, no matching ``v1`` (constant-time; any entry
    may match, for secret rotation), then the timestamp against ``now``
    (default: the system clock) within ``tolerance`` seconds either way.

    >>> check_webhook_signature(b"{}", "t=1,v1=00", "whsec_x", now=1)
    'signature_mismatch'
    """
    data = _body_bytes(payload, "payload")
    if isinstance(tolerance, bool) or not isinstance(tolerance, int) or tolerance < 0:
        raise ValueError("tolerance must be a non-negative int of seconds")
    if secret is None or secret == "":
        return "empty_secret"
    if not isinstance(secret, str):
        raise TypeError(f"webhook secret must be a str, not {type(secret).__name__}")
    if header is None:
        return "malformed_header"
    if not isinstance(header, str):
        raise TypeError(f"header must be a str, not {type(header).__name__}")
    parsed = _parse_webhook_header(header)
    if parsed is None:
        return "malformed_header"
    timestamp_text, candidates = parsed
    if not candidates:
        return "no_signature"
    expected = _webhook_mac(secret.encode("utf-8"), timestamp_text, data).encode("ascii")
    matched = False
    for candidate in candidates:
        # Compare every entry (no early exit); non-ASCII text simply won't match.
        if hmac.compare_digest(expected, candidate.encode("utf-8", "replace")):
            matched = True
    if not matched:
        return "signature_mismatch"
    current = int(time.time()) if now is None else now
    timestamp = int(timestamp_text)
    if current - timestamp > tolerance:
        return "timestamp_too_old"
    if timestamp - current > tolerance:
        return "timestamp_in_future"
    return None
