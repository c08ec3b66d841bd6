"""``--dry-run`` for operations the API has no dry run for: show the request, send nothing."""

from __future__ import annotations

from typing import Any, TextIO
from urllib.parse import urlencode

from ._output import write_json


def show_request(
    out: TextIO,
    fmt: str,
    method: str,
    path: str,
    *,
    query: dict[str, Any] | None = None,
    body: dict[str, Any] | None = None,
) -> int:
    """Print the request the command would make (no credentials: they are added when signing)."""
    query = {k: v for k, v in (query or {}).items() if v is not None}
    target = path + (f"?{urlencode(query)}" if query else "")
    if fmt == "json":
        write_json(
            out, {"dry_run": True, "request": {"method": method, "path": target, "body": body}}
        )
    else:
        out.write(f"dry run: would send {method} {target}\n")
        if body is not None:
            write_json(out, body)
        out.write("dry run: nothing sent, nothing changed\n")
    return 0
