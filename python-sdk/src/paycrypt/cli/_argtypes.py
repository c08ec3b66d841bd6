"""Argument types shared by the commands: a bad value is a usage error (exit 2) naming the option,
not a traceback when the value is finally used."""

from __future__ import annotations

import argparse
import math
from urllib.parse import urlsplit

from ._output import safe_url

__all__ = ["http_url", "seconds"]


def seconds(text: str) -> float:
    """A positive, finite number of seconds (``nan``, ``inf``, ``0`` and ``-1`` are refused)."""
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value > 0):
        raise argparse.ArgumentTypeError(f"not a positive number of seconds: {text!r}")
    return value


def http_url(text: str) -> str:
    """An ``http://`` or ``https://`` URL with a host and a valid port, and no space or control
    character (which http.client refuses only once the first request is made)."""
    try:
        parts = urlsplit(text)
        ok = (
            parts.scheme in ("http", "https")
            and bool(parts.hostname)
            and not any(ord(c) <= 0x20 or ord(c) == 0x7F for c in text)
        )
        parts.port  # noqa: B018 — raises ValueError for a port out of range or not a number
    except ValueError:
        ok = False
    if not ok:
        raise argparse.ArgumentTypeError(f"not an http(s) URL: {safe_url(text)!r}")
    return text
