"""Fault injection for retry tests — only the mock honours it.

Per request, header ``PayCrypt-Mock-Fault: <mode>``; or at random with
``--fault-rate 0.2 --fault-seed N`` (on ``/v1/`` requests except test helpers).

=====================  ==========================================================
mode                   what happens
=====================  ==========================================================
``500_before_commit``  nothing is stored; ``500 internal_error``
``500_after_commit``   the change *and* its idempotency record commit; then ``500``
``503``                nothing is stored; ``503 service_unavailable``, ``Retry-After: 1``
``429``                nothing is stored; ``429 rate_limited``, ``Retry-After: 1``
``latency=<ms>``       sleep, then proceed normally
``drop_after_commit``  commit, then close the connection without any response
=====================  ==========================================================
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

__all__ = ["Fault", "FaultPlan", "parse_fault", "MODES", "FAULT_HEADER"]

FAULT_HEADER = b"paycrypt-mock-fault"
MODES = ("500_before_commit", "500_after_commit", "503", "429", "latency", "drop_after_commit")
_LATENCY_RE = re.compile(r"latency=([0-9]{1,6})")
MAX_LATENCY_MS = 60_000


@dataclass(frozen=True)
class Fault:
    mode: str
    latency_ms: int = 0

    @property
    def before_commit(self) -> bool:
        return self.mode in ("500_before_commit", "503", "429")

    @property
    def after_commit(self) -> bool:
        return self.mode in ("500_after_commit", "drop_after_commit")


def parse_fault(value: str) -> Fault | None:
    """Parse a header value; ``None`` if it names no mode we know."""
    value = value.strip()
    if value in MODES and value != "latency":
        return Fault(value)
    match = _LATENCY_RE.fullmatch(value)
    if match:
        return Fault("latency", min(int(match.group(1)), MAX_LATENCY_MS))
    return None


class FaultPlan:
    """Random faults at ``rate`` from a seeded generator (reproducible runs)."""

    def __init__(self, rate: float = 0.0, seed: int | None = None) -> None:
        self.rate = rate
        self._random = random.Random(seed)

    def draw(self, method: str, path: str) -> Fault | None:
        if self.rate <= 0 or not path.startswith("/v1/") or path.startswith("/v1/test_helpers/"):
            return None
        if method not in ("GET", "POST", "PATCH", "DELETE"):
            return None
        if self._random.random() >= self.rate:
            return None
        mode = self._random.choice(MODES)
        if mode == "latency":
            return Fault("latency", self._random.randint(50, 500))
        return Fault(mode)
