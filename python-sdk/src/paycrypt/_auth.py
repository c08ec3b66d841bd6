"""``PAYCRYPT-HMAC-SHA256`` request signing as an :class:`httpx.Auth`.

The pure signing function lives in :mod:`paycrypt._signing`; this wraps it
once for httpx. The SDK's clients sign each request as they build it and
again before every retry (:meth:`PayCryptAuth.headers_for`,
:meth:`PayCryptAuth.sign`), so every attempt gets a fresh timestamp, nonce
and signature over exactly the bytes sent. Used as an ``httpx.Auth``
(``requires_request_body = True``: httpx reads the body before the flow
runs), it signs once per ``send()``.

Exported as ``paycrypt.PayCryptAuth`` so that code holding its own
``httpx.Client`` (tests, proxies, scripts) signs exactly as the SDK does.
With the ``paycrypt`` logger at DEBUG, each signing logs the string to sign
(never the secret or the signature), to compare line by line with the
sandbox's ``expected_string_to_sign`` on a ``401 signature_mismatch``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator

import httpx

from . import _signing

__all__ = ["PayCryptAuth", "loggable_url"]

log = logging.getLogger("paycrypt")


def loggable_url(url: httpx.URL) -> httpx.URL:
    """``url`` fit for a log line: a password in it (``https://user:pw@host``) is hidden."""
    return url.copy_with(username=url.username, password="redacted") if url.password else url


class PayCryptAuth(httpx.Auth):
    """Sign each request with the API key and secret.

    ``clock`` (unix seconds) and ``nonce_factory`` are injectable for tests.

    >>> auth = PayCryptAuth("pk_test_demo", "sk_test_demo", clock=lambda: 1767225600)
    >>> auth
    PayCryptAuth(api_key='pk_test_demo')
    >>> with httpx.Client(auth=auth) as http:  # doctest: +SKIP
    ...     http.get("http://127.0.0.1:8787/v1/payments", params={"limit": 3})
    """

    requires_request_body = True

    def __init__(
        self,
        api_key: str,
        api_secret: str,
        *,
        clock: Callable[[], float] = time.time,
        nonce_factory: Callable[[], str] = _signing.new_nonce,
    ) -> None:
        if not api_key:
            raise ValueError("api_key must be a non-empty string")
        if not api_secret:
            raise ValueError("api_secret must be a non-empty string")
        self.api_key = api_key
        self._api_secret = api_secret
        self._clock = clock
        self._nonce_factory = nonce_factory

    def __repr__(self) -> str:
        return f"PayCryptAuth(api_key={self.api_key!r})"

    def headers_for(self, method: str, url: httpx.URL, body: bytes) -> dict[str, str]:
        """The four PayCrypt headers for ``method url`` with ``body``, signed now.

        ``url`` is the :class:`httpx.URL` the request is sent to: its path is signed as it
        goes on the wire (percent-encoded), its query canonicalised.
        """
        timestamp = int(self._clock())
        nonce = self._nonce_factory()
        text = _signing.string_to_sign(
            method=method,
            path=url.raw_path.partition(b"?")[0].decode("ascii"),
            query=url.query.decode("ascii"),
            timestamp=timestamp,
            nonce=nonce,
            body=body,
        )
        if log.isEnabledFor(logging.DEBUG):
            # Every line of it came from the request; the secret is only the HMAC key.
            log.debug("string to sign for %s %s:\n%s", method, loggable_url(url), text)
        return {
            _signing.HEADER_KEY: self.api_key,
            _signing.HEADER_TIMESTAMP: str(timestamp),
            _signing.HEADER_NONCE: nonce,
            _signing.HEADER_SIGNATURE: _signing.sign_string(self._api_secret, text),
        }

    def sign(self, request: httpx.Request) -> None:
        """Add the four PayCrypt headers to ``request`` (its body must already be read)."""
        request.headers.update(self.headers_for(request.method, request.url, request.content))

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        self.sign(request)
        yield request
