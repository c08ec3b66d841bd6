"""The sandbox dashboard: server-rendered HTML pages at ``/dashboard``, served by the mock itself.

A local developer tool on loopback, not part of the signed API: ``app.py`` hands
every ``/dashboard`` and ``/dashboard/...`` request to :class:`Dashboard` before
the API pipeline (authentication, validation) runs. Every page reads, and every
action changes, state through the same handlers the API uses
(:data:`paycrypt_mock.handlers.HANDLERS`), so the state machine lives in one place.
"""

from __future__ import annotations

from .routes import PREFIX, Dashboard, is_dashboard_path

__all__ = ["Dashboard", "PREFIX", "is_dashboard_path"]
