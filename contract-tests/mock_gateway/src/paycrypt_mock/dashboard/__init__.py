"""The sandbox dashboard: server-rendered HTML pages at ``/dashboard``, served by the mock itself.

A local developer tool on loopback, not part of the signed API: ``app.py`` hands
every ``/dashboard`` and ``/dashboard/...`` request to :class:`Dashboard` before
the API pipeline (authentication, validation) runs. Every page reads, and every
action changes, state through the same handlers the API uses
(:data:`paycrypt_mock.handlers.HANDLERS`) or the domain's public methods, so the
state machine lives in one place.

- ``security.py``: the safety rules (CSRF, the dashboard token, CSP and other headers)
- ``views.py``: the pages (GET) and their route table
- ``actions.py``: the actions (POST) and their route table
- ``server.py``: the ASGI side, rendering, and the bridge to the handlers
"""

from __future__ import annotations

from .security import PREFIX
from .server import Dashboard

__all__ = ["Dashboard", "PREFIX"]
