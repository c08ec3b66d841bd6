"""The dashboard's pages (GET): each reads through the API's handlers or the domain's public methods.

:data:`PAGES` is the route table: a path pattern (after ``/dashboard``) and the view that
renders it. A view gets the :class:`~.server.Dashboard` and a :class:`Page` request.
"""

from __future__ import annotations

import mimetypes
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from ..catalog import THRESHOLDS
from ..errors import ApiError
from ..formats import month_of
from .response import NotFound, Response
from .security import EMAIL_CSP

if TYPE_CHECKING:
    from .server import Dashboard

__all__ = ["PAGES", "Page", "ID", "PAGE_SIZE"]

PAGE_SIZE = 10
ID = re.compile(r"^[a-z]{2,3}_[A-Za-z0-9]{24}$")


@dataclass
class Page:
    """A GET request as a view sees it; ``client`` is the merchant the page is about."""

    session: str
    query: dict[str, str]
    params: dict[str, str]
    client: dict[str, Any] = field(default_factory=dict)


def static(dash: Dashboard, page: Page) -> Response:
    file = dash.static.get(page.params["name"])
    if file is None:
        raise NotFound("file")
    ctype = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
    if ctype.startswith("text/") or ctype == "application/javascript":
        ctype += "; charset=utf-8"
    return Response(200, file.read_bytes(), ctype, headers={"Cache-Control": "no-cache"})


def alert_email(dash: Dashboard, page: Page) -> Response:
    alert_id = page.params["alert_id"]
    alert = dash.domain.usage_alert(alert_id) if ID.match(alert_id) else None
    if alert is None:
        raise NotFound(f"alert {alert_id}")
    client = dash.domain.find_client(alert["client_id"]) or {}
    _subject, html = dash.domain.alert_email(alert, client)
    return Response(
        200,
        html.encode("utf-8"),
        headers={"Content-Security-Policy": EMAIL_CSP, "X-Frame-Options": "SAMEORIGIN"},
    )


def overview(dash: Dashboard, page: Page) -> Response:
    client = page.client
    key = dash.domain.api_key_of(client)
    health = dash.call("getHealthDetailed", key)
    usage = dash.call("retrieveUsage", key)
    account = dash.call("retrieveAccount", key)
    alerts = dash.call(
        "listUsageAlerts", key, query={"month": month_of(time.time()), "limit": 100}
    )["data"]
    events = dash.call("listEvents", key, query={"limit": 10})["data"]
    subjects = {alert["id"]: dash.domain.alert_email(alert, client)[0] for alert in alerts}
    return dash.render(
        "overview.html",
        page.session,
        client,
        page_name="overview",
        health=health,
        usage=usage,
        account=account,
        alerts=alerts,
        events=events,
        thresholds=THRESHOLDS,
        subjects=subjects,
        usage_bar=min(Decimal(usage["usage_percentage"]), Decimal(100)),
        refresh=5,
    )


def payments(dash: Dashboard, page: Page) -> Response:
    query = page.query
    statuses = dash.gateway.spec.enum("PaymentStatus")
    status = query.get("status") if query.get("status") in statuses else None
    after = query.get("starting_after") if ID.match(query.get("starting_after", "")) else None
    params: dict[str, Any] = {"limit": PAGE_SIZE}
    if status:
        params["status"] = status
    if after:
        params["starting_after"] = after
    listed = dash.call("listPayments", dash.domain.api_key_of(page.client), query=params)
    return dash.render(
        "payments.html",
        page.session,
        page.client,
        page_name="payments",
        page=listed,
        status=status,
        after=after,
        statuses=statuses,
        refresh=5,
    )


def payment(dash: Dashboard, page: Page) -> Response:
    client, payment_id = page.client, page.params["payment_id"]
    if not ID.match(payment_id) or not payment_id.startswith("pay_"):
        raise NotFound(f"payment {payment_id}")
    try:
        shown = dash.call(
            "retrievePayment", dash.domain.api_key_of(client), path={"payment_id": payment_id}
        )
    except ApiError as exc:
        if exc.status == 404:
            raise NotFound(f"payment {payment_id}") from None
        raise
    events = dash.domain.payment_events(client["id"], payment_id)
    timeline = [
        {"status": e["type"].split(".", 1)[1], "created": e["created"], "event_id": e["id"]}
        for e in events
        if e["type"].startswith("payment.")
    ]
    endpoints = {e["id"]: e for e in dash.domain.webhook_endpoints(client["id"])}
    attempts = [
        dict(
            a,
            event_id=e["id"],
            event_type=e["type"],
            endpoint_url=endpoints.get(a["webhook_endpoint_id"], {}).get(
                "url", "(deleted endpoint)"
            ),
        )
        for e in events
        for a in e.get("delivery_attempts", [])
    ]
    can_pay = shown["status"] in ("pending", "underpaid")
    return dash.render(
        "payment.html",
        page.session,
        client,
        page_name="payments",
        payment=shown,
        events=events,
        timeline=timeline,
        attempts=attempts,
        can_pay=can_pay,
        refresh=3,
    )


def webhooks(dash: Dashboard, page: Page) -> Response:
    listed = dash.call(
        "listWebhookEndpoints", dash.domain.api_key_of(page.client), query={"limit": 100}
    )
    return dash.render(
        "webhooks.html",
        page.session,
        page.client,
        page_name="webhooks",
        endpoints=listed["data"],
        event_types=dash.gateway.spec.enum("EventType"),
    )


def admin(dash: Dashboard, page: Page) -> Response:
    admin_key = dash.domain.admin_api_key()
    clients: list[dict[str, Any]] = []
    audit: list[dict[str, Any]] = []
    if admin_key is not None:
        clients = dash.call("adminListClients", admin_key, query={"limit": 100})["data"]
        audit = dash.call("adminListAuditLog", admin_key, query={"limit": 50})["data"]
    return dash.render(
        "admin.html",
        page.session,
        page.client,
        page_name="admin",
        admin_clients=clients,
        audit=audit,
        has_admin=admin_key is not None,
    )


View = Callable[["Dashboard", Page], Response]

# (pattern over the path after /dashboard with empty segments dropped, needs a client?, view)
PAGES: list[tuple[re.Pattern[str], bool, View]] = [
    (re.compile(r"static/(?P<name>[^/]+)"), False, static),
    (re.compile(r"alerts/(?P<alert_id>[^/]+)/email"), False, alert_email),
    (re.compile(r""), True, overview),
    (re.compile(r"payments"), True, payments),
    (re.compile(r"payments/(?P<payment_id>[^/]+)"), True, payment),
    (re.compile(r"webhooks"), True, webhooks),
    (re.compile(r"admin"), True, admin),
]
