"""The ``paycrypt`` command line: health checks, payments, usage, admin, webhooks.

Standard library (argparse) plus the SDK. ``import paycrypt`` never imports this.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    from ._main import run

    return run(argv)
