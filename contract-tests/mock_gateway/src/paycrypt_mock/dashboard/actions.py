"""The dashboard's actions (POST): each acts through the API's handlers, as the client the form names.

:data:`ACTIONS` is the route table: a path pattern (after ``/dashboard``) and the action
that runs it. An action gets the :class:`~.server.Dashboard` and an :class:`Action`
request; it sets ``action.back`` (where to redirect afterwards) before it calls anything
that can refuse, flashes what it did, and lets :class:`ApiError` through (the server
flashes it and redirects to ``back``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_UP, Decimal
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

from ..errors import ApiError
from ..money import quantize
from .response import NotFound
from .security import PREFIX
from .views import ID

if TYPE_CHECKING:
    from .server import Dashboard

__all__ = ["ACTIONS", "Action"]


@dataclass
class Action:
    """A POST as an action sees it: the form, the path's parameters, the acting client's key."""

    session: str
    form: dict[str, str]
    params: dict[str, str]
    client_id: str
    key: str
    back: str

    def page(self, path: str = "") -> str:
        """A dashboard URL for the acting client."""
        return PREFIX + path + "?" + urlencode({"client": self.client_id})


def _call_on(dash: Dashboard, what: str, operation_id: str, key: str, **kwargs: Any) -> Any:
    """``dash.call``, with the API's 404 turned into the dashboard's 404 page for ``what``."""
    try:
        return dash.call(operation_id, key, **kwargs)
    except ApiError as exc:
        if exc.status == 404:
            raise NotFound(what) from None
        raise


def payment_action(dash: Dashboard, action: Action) -> None:
    payment_id = action.params["payment_id"]
    if not ID.match(payment_id):
        raise NotFound(f"payment {payment_id}")
    action.back = action.page(f"/payments/{payment_id}")
    if action.params["verb"] == "expire":
        _pay_call(dash, "testHelpersExpirePayment", action.key, payment_id, {})
        dash.flash(action.session, "ok", f"Payment {payment_id} expired.")
    else:
        kind = action.form.get("kind", "full")
        _simulate(dash, action.key, payment_id, kind)
        dash.flash(action.session, "ok", f"Simulated a {kind} payment of {payment_id}.")


def resend_event(dash: Dashboard, action: Action) -> None:
    event_id = action.params["event_id"]
    payment_id = action.form.get("payment_id", "")
    action.back = action.page(f"/payments/{payment_id}") if ID.match(payment_id) else action.page()
    if not ID.match(event_id):
        raise NotFound(f"event {event_id}")
    _call_on(
        dash, f"event {event_id}", "resendEvent", action.key, path={"event_id": event_id}, body={}
    )
    dash.flash(action.session, "ok", f"Event {event_id} queued for redelivery.")


def create_endpoint(dash: Dashboard, action: Action) -> None:
    form = action.form
    events = [e for e in dash.gateway.spec.enum("EventType") if form.get("event:" + e)]
    if form.get("all_events") or not events:
        events = ["*"]
    body: dict[str, Any] = {"url": form.get("url", "").strip(), "events": events}
    if form.get("description", "").strip():
        body["description"] = form["description"].strip()
    created = dash.call("createWebhookEndpoint", action.key, body=body)
    dash.flash(
        action.session,
        "ok",
        f"Created {created['id']} (secret {created['secret_hint']}). "
        "The dashboard never shows a secret in full: rotate it through the API "
        "(POST /v1/webhook_endpoints/{id}/rotate_secret, or the SDK's "
        "webhook_endpoints.rotate_secret) to receive a secret you can use.",
    )


def endpoint_action(dash: Dashboard, action: Action) -> None:
    endpoint_id, verb = action.params["endpoint_id"], action.params["verb"]
    if not ID.match(endpoint_id):
        raise NotFound(f"webhook endpoint {endpoint_id}")
    what = f"webhook endpoint {endpoint_id}"
    path = {"webhook_endpoint_id": endpoint_id}
    if verb in ("disable", "enable"):
        _call_on(
            dash,
            what,
            "updateWebhookEndpoint",
            action.key,
            path=path,
            body={"enabled": verb == "enable"},
        )
        dash.flash(action.session, "ok", f"Webhook endpoint {endpoint_id} {verb}d.")
    elif verb == "rotate":
        rotated = _call_on(
            dash, what, "rotateWebhookEndpointSecret", action.key, path=path, body={}
        )
        dash.flash(
            action.session,
            "ok",
            f"Secret of {endpoint_id} rotated (now {rotated['secret_hint']}). "
            "It is not shown here: to get a secret you can use, rotate through the API "
            "(POST /v1/webhook_endpoints/{id}/rotate_secret), which returns it once.",
        )
    else:
        event = _call_on(dash, what, "testWebhookEndpoint", action.key, path=path, body={})
        dash.flash(action.session, "ok", f"Test event {event['id']} sent to {endpoint_id}.")


def _pay_call(
    dash: Dashboard,
    operation_id: str,
    key: str,
    payment_id: str,
    body: dict[str, Any] | None = None,
) -> Any:
    return _call_on(
        dash, f"payment {payment_id}", operation_id, key, path={"payment_id": payment_id}, body=body
    )


def _simulate(dash: Dashboard, key: str, payment_id: str, kind: str) -> None:
    """Pay the rest (``full``), half the rest (``partial``) or the rest plus a tenth (``over``)."""
    if kind == "full":
        _pay_call(dash, "testHelpersPayPayment", key, payment_id, {})
        return
    if kind not in ("partial", "over"):
        raise ApiError(422, "validation_failed", "kind must be full, partial or over.")
    payment = _pay_call(dash, "retrievePayment", key, payment_id, None)
    currency = payment["pay_currency"]
    remaining = Decimal(payment["pay_amount"]) - Decimal(payment["amount_received"])
    if kind == "partial":
        amount = quantize(remaining / 2, currency, ROUND_DOWN)
    else:
        amount = quantize(remaining + Decimal(payment["pay_amount"]) / 10, currency, ROUND_UP)
    if amount <= 0:
        raise ApiError(409, "payment_state_conflict", "Nothing left to pay partially.")
    _pay_call(
        dash, "testHelpersPayPayment", key, payment_id, {"amount": format(amount.normalize(), "f")}
    )


# (pattern over the path after /dashboard with empty segments dropped, action)
ACTIONS: list[tuple[re.Pattern[str], Callable[[Dashboard, Action], None]]] = [
    (re.compile(r"payments/(?P<payment_id>[^/]+)/(?P<verb>simulate|expire)"), payment_action),
    (re.compile(r"events/(?P<event_id>[^/]+)/resend"), resend_event),
    (re.compile(r"webhooks"), create_endpoint),
    (
        re.compile(r"webhooks/(?P<endpoint_id>[^/]+)/(?P<verb>disable|enable|rotate|test)"),
        endpoint_action,
    ),
]
