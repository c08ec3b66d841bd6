"""The API's handlers, one module per SDK resource; :data:`HANDLERS` maps each ``operationId``
of openapi.yaml to its handler (``contract-tests`` checks that every operation has one).

A handler is ``(domain, ctx) -> Reply`` (:mod:`paycrypt_mock.context`); the rules live in
:mod:`paycrypt_mock.domain`, the request pipeline in :mod:`paycrypt_mock.app`.
"""

from __future__ import annotations

# Importing a module registers its handlers.
from . import (  # noqa: F401
    account,
    admin,
    currencies,
    events,
    health,
    payments,
    refunds,
    sandbox,
    usage,
    webhook_endpoints,
)
from .base import HANDLERS, Handler

__all__ = ["HANDLERS", "Handler"]
