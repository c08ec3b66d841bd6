"""What views and actions return (:class:`Response`) or raise (:class:`NotFound`, a 404 page)."""

from __future__ import annotations

__all__ = ["Response", "NotFound"]


class Response:
    def __init__(
        self,
        status: int,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        self.status = status
        self.body = body
        self.headers = {"Content-Type": content_type, **(headers or {})}
        self.cookies: list[str] = []


class NotFound(Exception):
    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what
