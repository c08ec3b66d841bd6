"""The handler registry and what every handler module shares.

A handler is a plain synchronous function ``(domain, ctx) -> Reply`` that runs inside the
request's transaction; it raises :class:`~paycrypt_mock.errors.ApiError` to refuse (which rolls
everything back) and appends the events it emits to ``ctx.events`` (delivered after commit).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..context import Ctx, Reply
from ..domain import Domain
from ..errors import ApiError

__all__ = ["HANDLERS", "Handler", "handles", "owner_id", "body_of", "page", "refuse"]


Handler = Callable[[Domain, Ctx], Reply]
HANDLERS: dict[str, Handler] = {}  # operationId -> handler, filled as the modules are imported


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of ``operation_id`` (one per operation)."""

    def register(func: Handler) -> Handler:
        if operation_id in HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        HANDLERS[operation_id] = func
        return func

    return register


def owner_id(ctx: Ctx) -> str:
    """The id of the authenticated client (every secured operation has one)."""
    assert ctx.client is not None
    return str(ctx.client["id"])


def body_of(ctx: Ctx) -> dict[str, Any]:
    """The validated JSON body, or ``{}`` for an operation sent without one."""
    return ctx.body if isinstance(ctx.body, dict) else {}


def page(items: list[dict[str, Any]], has_more: bool) -> dict[str, Any]:
    """A list response: ``data``, ``has_more`` and the cursor to continue from."""
    return {
        "data": items,
        "has_more": has_more,
        "next_cursor": items[-1]["id"] if has_more and items else None,
    }


def refuse(payment: dict[str, Any], action: str, allowed: str) -> ApiError:
    return ApiError(
        409,
        "payment_state_conflict",
        f"Cannot {action} payment {payment['id']} while it is {payment['status']} "
        f"(allowed from: {allowed}).",
    )
