"""The dashboard's safety rules, in one place.

- Jinja2 with autoescape on for every template; nothing is marked ``|safe``.
- State changes are POST only, each with a CSRF token = HMAC(per-process secret,
  session cookie); a missing or wrong token is ``403`` and nothing runs. A POST that
  says it comes from another site (``Origin``, ``Sec-Fetch-Site``) is refused too.
- Webhook secrets never reach the HTML: only ``secret_hint`` (``whsec_…abcd``).
- Every HTML response carries a strict CSP (no inline script or style),
  ``X-Frame-Options: DENY`` and ``Referrer-Policy: no-referrer``.
- Only ``Host`` names of this server reach it (app.py). Bound to a non-loopback
  address (or given ``--dashboard-token``), every page needs the token: ``?token=``
  once (it becomes an ``HttpOnly; SameSite=Strict`` cookie and is redirected out of
  the URL) or ``Authorization: Bearer``.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from typing import Literal

__all__ = [
    "PREFIX",
    "CSP",
    "EMAIL_CSP",
    "SESSION_COOKIE",
    "TOKEN_COOKIE",
    "SECURITY_HEADERS",
    "Csrf",
    "TokenCheck",
    "check_dashboard_token",
    "read_cookie",
    "same_site_post",
    "session_cookie",
    "token_cookie",
]

PREFIX = "/dashboard"
SESSION_COOKIE = "paycrypt_dashboard"
TOKEN_COOKIE = "paycrypt_dashboard_token"

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; "
    "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
# The alert-email preview is framed by our own pages; it may carry inline styles
# (as emails do) but never scripts, and is sandboxed.
EMAIL_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox"
)

# (header, value, replace?) for every response: a response may set its own CSP and framing rule
SECURITY_HEADERS = (
    ("Content-Security-Policy", CSP, False),
    ("X-Frame-Options", "DENY", False),
    ("Referrer-Policy", "no-referrer", True),
    ("X-Content-Type-Options", "nosniff", True),
    ("Cache-Control", "no-store", False),
)


class Csrf:
    """CSRF tokens bound to a session; the secret is per process, so tokens die with it."""

    def __init__(self) -> None:
        self._secret = secrets.token_bytes(32)

    def token(self, session: str) -> str:
        return hmac.new(self._secret, session.encode(), hashlib.sha256).hexdigest()

    def check(self, session: str | None, token: str | None) -> bool:
        if not session or not token:
            return False
        # Bytes, not str: compare_digest raises TypeError on non-ASCII text (a 500).
        return hmac.compare_digest(self.token(session).encode(), token.encode())


def read_cookie(headers: dict[bytes, bytes], cookie: str = SESSION_COOKIE) -> str | None:
    """The cookie's value if it looks like one of ours (random URL-safe text), else ``None``."""
    raw = headers.get(b"cookie", b"").decode("latin-1")
    for part in raw.split(";"):
        name, _, value = part.strip().partition("=")
        if name == cookie and re.fullmatch(r"[A-Za-z0-9_-]{20,100}", value):
            return value
    return None


def session_cookie(session: str) -> str:
    return f"{SESSION_COOKIE}={session}; Path={PREFIX}; HttpOnly; SameSite=Strict"


def token_cookie(token: str) -> str:
    return f"{TOKEN_COOKIE}={token}; Path={PREFIX}; HttpOnly; SameSite=Strict"


# ok; wrong or needed (401); adopt: the right ?token=, so set the cookie and redirect to the URL without it
TokenCheck = Literal["ok", "wrong", "needed", "adopt"]


def check_dashboard_token(
    expected: str | None, query: dict[str, str], headers: dict[bytes, bytes]
) -> TokenCheck:
    if expected is None:
        return "ok"

    def matches(given: str | None) -> bool:
        return given is not None and hmac.compare_digest(
            given.encode("latin-1", "replace"), expected.encode("latin-1", "replace")
        )

    if "token" in query:
        return "adopt" if matches(query["token"]) else "wrong"
    authorization = headers.get(b"authorization", b"").decode("latin-1")
    scheme, _, given = authorization.partition(" ")
    if scheme.lower() == "bearer" and matches(given.strip()):
        return "ok"
    if matches(read_cookie(headers, TOKEN_COOKIE)):
        return "ok"
    return "needed"


def same_site_post(headers: dict[bytes, bytes]) -> bool:
    """Defence in depth on top of the token and the SameSite=Strict cookie: ``False`` for a post that
    says it comes from another site. (Origin is "null" for our own forms: Referrer-Policy no-referrer.)"""
    origin = headers.get(b"origin")
    host = headers.get(b"host", b"")
    if headers.get(b"sec-fetch-site") in (b"cross-site", b"same-site"):
        return False
    return origin in (None, b"null") or origin.split(b"//", 1)[-1] == host
