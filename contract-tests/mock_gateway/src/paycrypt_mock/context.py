"""What a handler is given (:class:`Ctx`) and what it gives back (:class:`Reply`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

__all__ = ["Ctx", "Reply"]


@dataclass
class Ctx:
    """What a handler sees: the validated request and a list for the events it emits."""

    gateway: Any  # the app.Gateway serving the request (typed loosely: this module sits below app)
    request_id: str
    client: dict[str, Any] | None
    path: dict[str, Any]
    query: dict[str, Any]
    headers: dict[str, Any]
    body: Any
    now: float
    events: list[dict[str, Any]]


@dataclass(frozen=True)
class Reply:
    """A handler's answer: the status, the JSON body (``None`` for none) and extra headers."""

    status: int
    body: Any
    headers: dict[str, str] = field(default_factory=dict)
