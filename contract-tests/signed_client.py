"""The contract tests' signed HTTP client: the SDK's public signer against the mock's verifier.

    >>> with SignedClient(mock.base_url) as api:                       # doctest: +SKIP
    ...     payment = api.post("/v1/payments", json={"amount": "10.00", "currency": "USD",
    ...                                              "pay_currency": "BTC"}).json()

Requests are signed by ``paycrypt.PayCryptAuth`` — the same object the SDK's
clients use — and checked by the mock's own ``paycrypt_mock.signatures``, so
a signing bug on either side fails the contract tests (``test_signing_mutation.py``
proves it does). pytest puts this directory on ``sys.path`` (rootdir-relative
imports, no ``__init__.py``), so tests import it as ``signed_client``.
"""

from __future__ import annotations

import secrets
import time
from typing import Any

import httpx

from paycrypt import PayCryptAuth

from paycrypt_mock.testing import DEMO_KEY, DEMO_SECRET

__all__ = ["SignedClient", "signed_headers"]

HEADERS = ("PayCrypt-Key", "PayCrypt-Timestamp", "PayCrypt-Nonce", "PayCrypt-Signature")


class SignedClient(httpx.Client):
    """``httpx.Client`` that signs as the demo merchant (or the key given) with the SDK's auth."""

    def __init__(
        self, base_url: str, api_key: str = DEMO_KEY, api_secret: str = DEMO_SECRET, **kwargs: Any
    ) -> None:
        kwargs.setdefault("timeout", 10.0)
        super().__init__(base_url=base_url, auth=PayCryptAuth(api_key, api_secret), **kwargs)


def signed_headers(
    method: str,
    path: str,
    *,
    query: str = "",
    body: bytes = b"",
    api_key: str = DEMO_KEY,
    api_secret: str = DEMO_SECRET,
    timestamp: int | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """The four ``PayCrypt-*`` headers ``PayCryptAuth`` puts on ``METHOD path?query`` with these body bytes.

    For tests that send by hand (odd bytes, replays, skewed clocks): ``path`` and
    ``query`` are the raw target as it will go on the wire.
    """
    target = path + (f"?{query}" if query else "")
    request = httpx.Request(
        method,
        httpx.URL("http://sandbox.invalid").copy_with(raw_path=target.encode("ascii")),
        content=body,
    )
    fixed_clock = None if timestamp is None else (lambda: float(timestamp))
    fixed_nonce = None if nonce is None else (lambda: nonce)
    PayCryptAuth(
        api_key,
        api_secret,
        clock=fixed_clock or time.time,
        nonce_factory=fixed_nonce or (lambda: secrets.token_hex(16)),
    ).sign(request)
    return {name: request.headers[name] for name in HEADERS}
