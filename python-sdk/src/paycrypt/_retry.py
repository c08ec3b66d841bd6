"""When to retry, and how long to wait.

What is retried: connection errors (including a connection dropped after the
server committed), timeouts, ``408``, ``409 idempotency_key_in_use``, ``429``
and every ``5xx``. Never another 4xx: those would fail the same way again.

Why a retried POST never charges twice: every POST carries an
``Idempotency-Key`` that stays the same across its retries, and the gateway
replays the stored response for a key it has already committed. That is the
*only* reason retrying a ``500`` (or a dropped connection) on POST is safe.

Back-off is exponential with full jitter — ``uniform(0, min(8, 0.5 * 2**n))``
seconds before retry ``n + 1`` — unless the server sent ``Retry-After``
(seconds or an HTTP date), which is honoured up to 60 s; a longer one is not
waited for and the call raises (:class:`~paycrypt.RateLimitError` for a 429).
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ._constants import INITIAL_RETRY_DELAY, MAX_RETRY_AFTER, MAX_RETRY_DELAY

if TYPE_CHECKING:
    import httpx

__all__ = ["OnRetry", "RetryDecision", "backoff_delay", "parse_retry_after", "retry_decision"]

OnRetry = Callable[[int, float, str], object]
"""``on_retry(attempt, delay, reason)``: called before sleeping for retry number ``attempt``
(1 for the first retry), with the delay in seconds and a short reason such as
``"503 service_unavailable"``, ``"timeout"`` or ``"connection error"``."""

RETRYABLE_STATUS = frozenset({408, 429})


@dataclass(frozen=True)
class RetryDecision:
    retry: bool
    reason: str
    retry_after: float | None = None


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` value (delta-seconds or an HTTP date).

    >>> parse_retry_after("2")
    2.0
    >>> parse_retry_after("Thu, 01 Jan 2026 00:01:00 GMT", now=1767225600)
    60.0
    >>> parse_retry_after("soon") is None
    True
    """
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        import email.utils  # only for the rare HTTP-date form (costs ~10 ms to import)

        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        current = time.time() if now is None else now
        seconds = parsed.timestamp() - current
    if seconds != seconds:  # NaN
        return None
    return max(0.0, float(seconds))


def backoff_delay(retry_number: int, *, rand: Callable[[], float] = random.random) -> float:
    """Full-jitter delay before retry ``retry_number`` (0-based): ``uniform(0, min(cap, base * 2**n))``."""
    ceiling: float = min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * float(1 << min(retry_number, 32)))
    return float(rand()) * ceiling


def retry_decision(response: httpx.Response, code: str | None) -> RetryDecision:
    """Whether an error response may be retried, and the server's requested wait."""
    status = response.status_code
    label = f"{status} {code}" if code else str(status)
    retry_after = parse_retry_after(response.headers.get("Retry-After"))
    if status in RETRYABLE_STATUS or status >= 500:
        # A 5xx on a POST may come *after* the server committed. Retrying is safe only
        # because the retry carries the same Idempotency-Key, so the gateway replays the
        # committed result instead of charging twice. Never drop that key from a POST.
        return RetryDecision(True, label, retry_after)
    if status == 409 and code == "idempotency_key_in_use":
        # The first attempt with this key is still running on the server: wait, then
        # get its stored result.
        return RetryDecision(True, label, retry_after)
    return RetryDecision(False, label, retry_after)


def retry_after_too_long(retry_after: float | None) -> bool:
    return retry_after is not None and retry_after > MAX_RETRY_AFTER
