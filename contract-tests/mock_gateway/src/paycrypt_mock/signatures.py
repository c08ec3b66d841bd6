"""The mock's own ``PAYCRYPT-HMAC-SHA256`` verifier and webhook signer (standard library only).

Written from DESIGN.md's text ("Request signing" and "Webhook signing"), not
from any SDK: the mock is the referee of every contract test, so a signing
bug in an SDK must meet a verifier that does not share it.

It works on the bytes that arrived: the raw path and raw query string from
the request line, the exact body bytes. Decisions the text leaves open are
the ones the shared vectors pin (``contract-tests/vectors``): a ``%`` not
followed by two hex digits is the literal byte ``%``; escapes' hex digits may
be either case; signatures are lowercase hex; secrets are HMAC keys as their
UTF-8 bytes.

    >>> canonical_query(b"status=pending&limit=10&q=a+b")
    'limit=10&q=a%20b&status=pending'
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence

__all__ = [
    "HEADER_KEY",
    "HEADER_TIMESTAMP",
    "HEADER_NONCE",
    "HEADER_SIGNATURE",
    "WEBHOOK_SIGNATURE_HEADER",
    "WEBHOOK_EVENT_ID_HEADER",
    "canonical_query",
    "signed_message",
    "check_request_signature",
    "webhook_header",
]

SCHEME = "PAYCRYPT-HMAC-SHA256"
HEADER_KEY = "PayCrypt-Key"
HEADER_TIMESTAMP = "PayCrypt-Timestamp"
HEADER_NONCE = "PayCrypt-Nonce"
HEADER_SIGNATURE = "PayCrypt-Signature"
WEBHOOK_SIGNATURE_HEADER = "PayCrypt-Webhook-Signature"
WEBHOOK_EVENT_ID_HEADER = "PayCrypt-Event-Id"

# RFC 3986 unreserved characters: the only bytes written as themselves.
_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_HEX = frozenset(b"0123456789abcdefABCDEF")


def _decode(part: bytes) -> bytes:
    """``+`` is a space, ``%XX`` is that byte, anything else is itself."""
    out = bytearray()
    i = 0
    while i < len(part):
        byte = part[i]
        if byte == ord("+"):
            out.append(ord(" "))
        elif byte == ord("%") and i + 2 < len(part) and part[i + 1] in _HEX and part[i + 2] in _HEX:
            out.append(int(part[i + 1 : i + 3], 16))
            i += 2
        else:
            out.append(byte)
        i += 1
    return bytes(out)


def _encode(data: bytes) -> str:
    return "".join(chr(b) if b in _UNRESERVED else f"%{b:02X}" for b in data)


def canonical_query(raw_query: bytes) -> str:
    """DESIGN.md's ``canonical_query`` of the raw query string (no ``?``), as sent."""
    pairs = []
    for piece in raw_query.split(b"&"):
        if piece:
            name, _, value = piece.partition(b"=")
            pairs.append((_encode(_decode(name)), _encode(_decode(value))))
    pairs.sort()  # encoded text is ASCII, so this is byte order
    return "&".join(f"{name}={value}" for name, value in pairs)


def signed_message(
    *, method: str, raw_path: bytes, raw_query: bytes, timestamp: str, nonce: str, body: bytes
) -> bytes:
    """The seven lines the client must have signed, as the bytes the HMAC covers.

    The path is its raw bytes as sent (percent-encoded, no query).
    """
    return b"\n".join(
        (
            SCHEME.encode("ascii"),
            timestamp.encode("utf-8"),
            nonce.encode("utf-8"),
            method.upper().encode("utf-8"),
            raw_path,
            canonical_query(raw_query).encode("ascii"),
            hashlib.sha256(body).hexdigest().encode("ascii"),
        )
    )


def _hmac_hex(secret: str, message: bytes) -> str:
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()


def check_request_signature(
    secret: str,
    signature: str,
    *,
    method: str,
    raw_path: bytes,
    raw_query: bytes,
    timestamp: str,
    nonce: str,
    body: bytes,
) -> tuple[bool, str]:
    """Return ``(matches, expected string to sign)``; ``signature`` is the header value ``v1=…``.

    The comparison is constant-time. The string to sign is returned as text
    so that a mismatch can show the developer what the server signed (it holds
    no secret); a path byte that is not UTF-8 shows as ``\\xNN``.
    """
    message = signed_message(
        method=method,
        raw_path=raw_path,
        raw_query=raw_query,
        timestamp=timestamp,
        nonce=nonce,
        body=body,
    )
    expected = ("v1=" + _hmac_hex(secret, message)).encode("ascii")
    matches = hmac.compare_digest(expected, signature.encode("utf-8", "replace"))
    return matches, message.decode("utf-8", "backslashreplace")


def webhook_header(secrets: Sequence[str], payload: bytes, timestamp: int) -> str:
    """``PayCrypt-Webhook-Signature``: ``t=<ts>,v1=<hex>`` with one ``v1`` per secret, in order.

    Each ``v1`` is ``HMAC-SHA256(secret, f"{t}." + raw body)`` in lowercase hex.
    """
    if not secrets:
        raise ValueError("at least one webhook secret is required")
    signed = str(timestamp).encode("ascii") + b"." + payload
    return ",".join([f"t={timestamp}"] + [f"v1={_hmac_hex(secret, signed)}" for secret in secrets])
