"""Defaults shared by the clients, the webhook helper and the README (a test keeps them in step)."""

from __future__ import annotations

from typing import Final

DEFAULT_BASE_URL: Final = "https://api.paycrypt.example"
SANDBOX_BASE_URL: Final = "http://127.0.0.1:8787"
DEFAULT_TIMEOUT: Final = 30.0
"""Seconds per attempt (connect, read, write and pool)."""
DEFAULT_MAX_RETRIES: Final = 2
"""Retries after the first attempt; ``max_retries=0`` means exactly one attempt."""
DEFAULT_WEBHOOK_TOLERANCE: Final = 300
"""Seconds a webhook timestamp may differ from the receiver's clock, either way."""

INITIAL_RETRY_DELAY: Final = 0.5
"""Base of the exponential back-off, in seconds (full jitter: uniform(0, base * 2**n))."""
MAX_RETRY_DELAY: Final = 8.0
"""Cap on one computed back-off delay, in seconds."""
MAX_RETRY_AFTER: Final = 60.0
"""A server's ``Retry-After`` above this is not waited for: the call raises instead."""

IDEMPOTENCY_HEADER: Final = "Idempotency-Key"
REQUEST_ID_HEADER: Final = "PayCrypt-Request-Id"

ENV_API_KEY: Final = "PAYCRYPT_API_KEY"
ENV_API_SECRET: Final = "PAYCRYPT_API_SECRET"
ENV_BASE_URL: Final = "PAYCRYPT_BASE_URL"
ENV_LOG: Final = "PAYCRYPT_LOG"
