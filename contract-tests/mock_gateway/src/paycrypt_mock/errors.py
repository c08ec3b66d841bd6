"""Problem details (RFC 9457) and the one exception handlers raise.

Every error the mock sends is ``application/problem+json`` with a stable
``code``::

    raise ApiError(404, "payment_not_found", "No payment with id pay_123.")
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["ApiError", "field_error", "problem_bytes", "TITLES"]

TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    408: "Request Timeout",
    409: "Conflict",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    421: "Misdirected Request",
    422: "Unprocessable Content",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
}


class ApiError(Exception):
    """An error response: status, machine ``code``, human ``detail`` and extras."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str | None = None,
        *,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail or code)
        self.status = status
        self.code = code
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}
        self.extra = extra

    def __str__(self) -> str:
        return f"{self.status} {self.code}: {self.detail}"

    def __repr__(self) -> str:
        return f"ApiError(status={self.status!r}, code={self.code!r}, detail={self.detail!r})"

    def body(self, request_id: str) -> bytes:
        return problem_bytes(
            self.status,
            self.code,
            self.detail,
            request_id=request_id,
            errors=self.errors,
            **self.extra,
        )


def problem_bytes(
    status: int,
    code: str,
    detail: str | None = None,
    *,
    request_id: str | None = None,
    errors: list[dict[str, str]] | None = None,
    **extra: Any,
) -> bytes:
    """A problem+json body, serialized: every error document the mock sends is built here."""
    body: dict[str, Any] = {
        "type": f"https://docs.paycrypt.example/errors/{code}",
        "title": TITLES.get(status, "Error"),
        "status": status,
        "code": code,
    }
    if detail is not None:
        body["detail"] = detail
    if request_id is not None:
        body["request_id"] = request_id
    if errors is not None:
        body["errors"] = errors
    body.update(extra)
    return json.dumps(body, separators=(",", ":")).encode()


def field_error(
    name: str, message: str, code: str = "validation_failed", status: int = 422
) -> ApiError:
    """One field refused: ``"<name> <message>."`` with the same pair in ``errors``."""
    return ApiError(
        status, code, f"{name} {message}.", errors=[{"field": name, "message": message}]
    )
