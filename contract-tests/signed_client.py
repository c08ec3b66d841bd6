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

from typing import Any

import httpx
from paycrypt import PayCryptAuth
from paycrypt_mock.testing import DEMO_KEY, DEMO_SECRET

__all__ = ["SignedClient"]


class SignedClient(httpx.Client):
    """``httpx.Client`` that signs as the demo merchant (or the key given) with the SDK's auth."""

    def __init__(self, base_url: str, api_key: str = DEMO_KEY, api_secret: str = DEMO_SECRET,
                 **kwargs: Any) -> None:
        kwargs.setdefault("timeout", 10.0)
        super().__init__(base_url=base_url, auth=PayCryptAuth(api_key, api_secret), **kwargs)
