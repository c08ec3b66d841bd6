"""Realistic webhook bodies for tests, built from openapi.yaml's examples."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"


@lru_cache(maxsize=1)
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def schema_example(name: str) -> dict[str, Any]:
    schema = spec()["components"]["schemas"][name]
    example = schema.get("example") or schema["examples"][0]
    assert isinstance(example, dict)
    return example


def event_payload(event_type: str = "payment.confirmed", **overrides: Any) -> bytes:
    """The exact bytes a gateway would POST: compact JSON, UTF-8."""
    payment = {**schema_example("Payment"), "status": "confirmed", "description": "Café ☕ order"}
    event = {
        "id": "evt_5d2a8f1c6e3b9a7d4c0e1f2a",
        "object": "event",
        "type": event_type,
        "created": 1767225600,
        "livemode": False,
        "data": {"object": payment},
        **overrides,
    }
    return json.dumps(event, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
