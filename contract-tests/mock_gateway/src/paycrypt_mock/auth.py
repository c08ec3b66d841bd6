"""Request authentication: ``PAYCRYPT-HMAC-SHA256`` (v1), verified by the mock's own :mod:`.signatures`.

The check runs over what arrived on the wire: ``scope["raw_path"]``,
``scope["query_string"]`` and the raw body bytes. Failure reasons, in the
order they are checked, each a ``401`` with its own ``code``::

    signature_missing        a header absent or ill-formed
    unknown_api_key          no client has that key
    timestamp_out_of_range   more than 300 s from our clock (includes server_time)
    signature_mismatch       the HMAC does not match (includes expected_string_to_sign)
    nonce_reused             the nonce was seen for that key in the last 600 s

The nonce is remembered only for requests whose signature matched, so a
forged request cannot burn a legitimate client's nonce.
"""

from __future__ import annotations

import re
import time
from collections import OrderedDict
from typing import Any

from . import signatures
from .errors import ApiError

__all__ = ["NonceCache", "authenticate", "TIMESTAMP_TOLERANCE", "NONCE_TTL"]

TIMESTAMP_TOLERANCE = 300
NONCE_TTL = 600

_TIMESTAMP_RE = re.compile(r"[0-9]{1,12}")
_NONCE_RE = re.compile(r"[0-9a-f]{32,256}")
_SIGNATURE_RE = re.compile(r"v1=[0-9a-fA-F]{1,256}")


class NonceCache:
    """Nonces seen per API key, forgotten after ``ttl`` seconds (insertion-ordered expiry)."""

    def __init__(self, ttl: float = NONCE_TTL) -> None:
        self.ttl = ttl
        self._seen: OrderedDict[tuple[str, str], float] = OrderedDict()

    def _expire(self, now: float) -> None:
        seen = self._seen
        while seen:
            key, expires = next(iter(seen.items()))
            if expires > now:
                break
            seen.popitem(last=False)

    def check_and_add(self, api_key: str, nonce: str, now: float) -> bool:
        """Record the nonce; return False if it was already seen (and not expired)."""
        self._expire(now)
        key = (api_key, nonce)
        if key in self._seen:
            return False
        self._seen[key] = now + self.ttl
        return True

    def __len__(self) -> int:
        return len(self._seen)


def _header(headers: dict[bytes, bytes], name: bytes) -> str | None:
    value = headers.get(name)
    if value is None:
        return None
    try:
        return value.decode("ascii")
    except UnicodeDecodeError:
        return ""


def authenticate(
    headers: dict[bytes, bytes],
    *,
    method: str,
    raw_path: bytes,
    query_string: bytes,
    body: bytes,
    lookup_client: Any,
    nonces: NonceCache,
    clock: Any = time.time,
) -> dict[str, Any]:
    """Return the client row for a correctly signed request, or raise ``ApiError(401)``."""
    key = _header(headers, b"paycrypt-key")
    timestamp = _header(headers, b"paycrypt-timestamp")
    nonce = _header(headers, b"paycrypt-nonce")
    signature = _header(headers, b"paycrypt-signature")
    missing = [
        name
        for name, value in (
            (signatures.HEADER_KEY, key),
            (signatures.HEADER_TIMESTAMP, timestamp),
            (signatures.HEADER_NONCE, nonce),
            (signatures.HEADER_SIGNATURE, signature),
        )
        if not value
    ]
    if missing:
        raise ApiError(
            401, "signature_missing", f"Missing signature header(s): {', '.join(missing)}."
        )
    assert key is not None and timestamp is not None and nonce is not None and signature is not None
    if not _TIMESTAMP_RE.fullmatch(timestamp):
        raise ApiError(
            401,
            "signature_missing",
            f"{signatures.HEADER_TIMESTAMP} must be unix seconds as decimal digits.",
        )
    if not _NONCE_RE.fullmatch(nonce):
        raise ApiError(
            401,
            "signature_missing",
            f"{signatures.HEADER_NONCE} must be at least 16 random bytes as lowercase hex.",
        )
    if not _SIGNATURE_RE.fullmatch(signature):
        raise ApiError(
            401,
            "signature_missing",
            f"{signatures.HEADER_SIGNATURE} must be 'v1=' followed by lowercase hex.",
        )
    client: dict[str, Any] | None = lookup_client(key)
    if client is None:
        raise ApiError(401, "unknown_api_key", f"No client has the API key {key!r}.")
    current = clock()
    if abs(current - int(timestamp)) > TIMESTAMP_TOLERANCE:
        raise ApiError(
            401,
            "timestamp_out_of_range",
            f"{signatures.HEADER_TIMESTAMP} {timestamp} is more than {TIMESTAMP_TOLERANCE} s from the "
            f"server clock ({int(current)}): check your clock and sign each attempt afresh.",
            server_time=int(current),
        )
    ok, expected = signatures.check_request_signature(
        client["api_secret"],
        signature,
        method=method,
        raw_path=raw_path,
        raw_query=query_string,
        timestamp=timestamp,
        nonce=nonce,
        body=body,
    )
    if not ok:
        # What we signed, line by line, so the developer can diff it against the
        # string their SDK logged (it holds no secret: every line came from the request).
        raise ApiError(
            401,
            "signature_mismatch",
            "The signature does not match the request (method, raw path, canonical query, "
            "timestamp, nonce and the SHA-256 of the exact body bytes): compare "
            "expected_string_to_sign with the string your client signed.",
            expected_string_to_sign=expected,
        )
    if not nonces.check_and_add(key, nonce, current):
        raise ApiError(
            401,
            "nonce_reused",
            f"The nonce was already used with this key in the last {NONCE_TTL} s.",
        )
    return client
