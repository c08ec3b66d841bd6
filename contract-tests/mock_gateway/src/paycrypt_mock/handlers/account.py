"""The client's own account (the SDK's ``account``)."""

from __future__ import annotations

from ..context import Ctx, Reply
from ..domain import Domain
from .base import handles, owner_id


@handles("retrieveAccount")
def retrieve_account(domain: Domain, ctx: Ctx) -> Reply:
    return Reply(200, domain.render_account(domain.client(owner_id(ctx)), ctx.now))
