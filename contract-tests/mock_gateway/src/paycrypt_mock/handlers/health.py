"""``/v1/health`` and ``/v1/health/detailed`` (the SDK's ``health``)."""

from __future__ import annotations

import time
from typing import Any

from .. import __version__
from ..context import Ctx, Reply
from ..domain import Domain
from ..webhooks import rfc3339
from .base import handles


@handles("getHealth")
def get_health(domain: Domain, ctx: Ctx) -> Reply:
    return Reply(200, {"status": "ok"})


@handles("getHealthDetailed")
def get_health_detailed(domain: Domain, ctx: Ctx) -> Reply:
    started = time.perf_counter()
    domain.store.ping()
    db_ms = int((time.perf_counter() - started) * 1000)
    gateway = domain.gateway
    backlog = gateway.deliverer.backlog if gateway.deliverer is not None else 0
    failures = gateway.response_validation_failures
    components: list[dict[str, Any]] = [
        {
            "name": "database",
            "status": "ok",
            "latency_ms": db_ms,
            "detail": f"sqlite {domain.store.path}",
        },
        {"name": "rates", "status": "ok", "latency_ms": 0, "detail": "fixed sandbox rates"},
        {
            "name": "webhooks",
            "status": "ok" if backlog < 1000 else "degraded",
            "latency_ms": 0,
            "detail": f"backlog {backlog}",
        },
        {
            "name": "spec_validator",
            "status": "ok" if failures == 0 else "degraded",
            "latency_ms": 0,
            "detail": f"{len(gateway.spec.operations)} operations; {failures} response validation failures",
        },
    ]
    status = "ok" if all(c["status"] == "ok" for c in components) else "degraded"
    return Reply(
        200,
        {
            "status": status,
            "version": __version__,
            "uptime_seconds": int(ctx.now - gateway.started),
            "started_at": rfc3339(gateway.started),
            "components": components,
        },
    )
