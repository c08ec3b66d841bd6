"""Routes, CSRF, and the bridge from dashboard pages/actions to the API's domain handlers.

Safety rules (issue 9):

- Jinja2 with autoescape on for every template; nothing is marked ``|safe``.
- State changes are POST only, each with a CSRF token = HMAC(per-process secret,
  session cookie); a missing or wrong token is ``403`` and nothing runs.
- Webhook secrets never reach the HTML: only ``secret_hint`` (``whsec_…abcd``).
- Every HTML response carries a strict CSP (no inline script or style),
  ``X-Frame-Options: DENY`` and ``Referrer-Policy: no-referrer``.
- Only ``Host`` names of this server reach it (app.py, issue 12). Bound to a
  non-loopback address (or given ``--dashboard-token``), every page needs the
  token: ``?token=`` once (it becomes an ``HttpOnly; SameSite=Strict`` cookie
  and is redirected out of the URL) or ``Authorization: Bearer``.
"""

from __future__ import annotations

import hashlib
import hmac
import importlib
import json
import logging
import mimetypes
import os
import re
import secrets
import time
from decimal import ROUND_DOWN, ROUND_UP, Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..errors import ApiError
from ..handlers import HANDLERS, THRESHOLDS, month_of
from ..money import quantize
from ..store import new_id
from ..validation import RequestInvalid

__all__ = ["Dashboard", "PREFIX", "is_dashboard_path", "CSP", "SESSION_COOKIE"]

log = logging.getLogger("paycrypt_mock.dashboard")

PREFIX = "/dashboard"
HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATE_DIR = HERE / "templates"
SESSION_COOKIE = "paycrypt_dashboard"
TOKEN_COOKIE = "paycrypt_dashboard_token"
MAX_FORM = 64 * 1024
PAGE_SIZE = 10
DEMO_KEY = "pk_test_demo"

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
# The alert-email preview is framed by our own pages; it may carry inline styles
# (as emails do) but never scripts, and is sandboxed.
EMAIL_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox"

PAYMENT_STATUSES = ("pending", "confirming", "confirmed", "underpaid", "expired", "canceled",
                    "refunded", "partially_refunded")
EVENT_TYPES = ("payment.created", "payment.confirming", "payment.confirmed", "payment.underpaid",
               "payment.expired", "payment.canceled", "payment.refunded", "payment.partially_refunded",
               "usage.threshold_reached", "webhook_endpoint.test")
_ID = re.compile(r"^[a-z]{2,3}_[A-Za-z0-9]{24}$")


def is_dashboard_path(path: str) -> bool:
    return path == PREFIX or path.startswith(PREFIX + "/")


class _Response:
    def __init__(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
                 headers: dict[str, str] | None = None) -> None:
        self.status = status
        self.body = body
        self.headers = {"Content-Type": content_type, **(headers or {})}
        self.cookies: list[str] = []


class _NotFound(Exception):
    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


class Dashboard:
    """One per gateway process; ``await dashboard.handle(scope, receive, send)``."""

    def __init__(self, gateway: Any) -> None:
        self.gw = gateway
        self.secret = secrets.token_bytes(32)          # per process: tokens die with the process
        self.flashes: dict[str, list[tuple[str, str]]] = {}
        self.env = Environment(loader=FileSystemLoader(str(TEMPLATE_DIR)),
                               autoescape=select_autoescape(default=True, default_for_string=True),
                               trim_blocks=True, lstrip_blocks=True)
        self.env.filters["pretty"] = lambda obj: json.dumps(obj, indent=2, ensure_ascii=False, sort_keys=True)
        self.env.filters["nonzero"] = lambda text: Decimal(str(text or "0")) != 0
        self.env.filters["ts"] = lambda unix: time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime(int(unix)))
        self.static = {p.name: p for p in STATIC_DIR.iterdir() if p.is_file()}

    # --- CSRF and sessions -------------------------------------------------------

    def token(self, session: str) -> str:
        return hmac.new(self.secret, session.encode(), hashlib.sha256).hexdigest()

    def check_token(self, session: str | None, token: str | None) -> bool:
        if not session or not token:
            return False
        return hmac.compare_digest(self.token(session), token)

    @staticmethod
    def _cookie(headers: dict[bytes, bytes], cookie: str = SESSION_COOKIE) -> str | None:
        raw = headers.get(b"cookie", b"").decode("latin-1")
        for part in raw.split(";"):
            name, _, value = part.strip().partition("=")
            if name == cookie and re.fullmatch(r"[A-Za-z0-9_-]{20,100}", value):
                return value
        return None

    def _token_gate(self, path: str, query: dict[str, str], headers: dict[bytes, bytes],
                    session: str) -> _Response | None:
        """``None`` when no token is needed or the right one came; else the answer (401, or the
        redirect that turns ``?token=`` into a cookie)."""
        expected = self.gw.config.dashboard_token
        if expected is None:
            return None

        def matches(given: str | None) -> bool:
            return given is not None and hmac.compare_digest(given.encode("latin-1", "replace"),
                                                             expected.encode("latin-1", "replace"))

        if "token" in query:
            if not matches(query["token"]):
                return self._error_page(401, "Wrong dashboard token",
                                        "That is not the token this sandbox printed at start.", session)
            rest = {k: v for k, v in query.items() if k != "token"}
            response = self._redirect(path + ("?" + urlencode(rest) if rest else ""))
            response.cookies.append(f"{TOKEN_COOKIE}={expected}; Path={PREFIX}; HttpOnly; SameSite=Strict")
            return response
        authorization = headers.get(b"authorization", b"").decode("latin-1")
        scheme, _, given = authorization.partition(" ")
        if scheme.lower() == "bearer" and matches(given.strip()):
            return None
        if matches(self._cookie(headers, TOKEN_COOKIE)):
            return None
        return self._error_page(401, "Dashboard token needed",
                                "This sandbox is reachable from the network, so its dashboard needs the token "
                                "printed when it started: open /dashboard?token=… once.", session)

    def flash(self, session: str, kind: str, text: str) -> None:
        messages = self.flashes.setdefault(session, [])
        messages.append((kind, text))
        del messages[:-10]
        if len(self.flashes) > 1000:            # a local tool; keep memory bounded anyway
            self.flashes.pop(next(iter(self.flashes)))

    # --- calling the API's handlers ------------------------------------------------

    def call(self, operation_id: str, api_key: str, *, path: dict[str, Any] | None = None,
             query: dict[str, Any] | None = None, body: dict[str, Any] | None = None) -> Any:
        """Run the API handler for ``operation_id`` as ``api_key``'s client, in one transaction.

        A body is validated against openapi.yaml first, exactly as the API would; events
        are delivered after commit. Raises :class:`ApiError` as the API would answer."""
        from ..app import Ctx

        operation = self.gw.spec.by_id[operation_id]
        doc = None
        if body is not None and (body or operation.body_media):
            try:
                doc = operation.parse_body("application/json", json.dumps(body).encode())
            except RequestInvalid as exc:
                raise ApiError(exc.status, exc.code, exc.detail, errors=exc.errors) from None
        client = self.gw.lookup_client(api_key)
        events: list[dict[str, Any]] = []
        ctx = Ctx(self.gw, new_id("req"), client, path or {}, query or {}, {}, doc, time.time(), events)
        with self.gw.store.transaction():
            result = HANDLERS[operation_id](self.gw.domain, ctx)
        self.gw.dispatch(events)
        return result[1]

    def _clients(self) -> list[dict[str, Any]]:
        return list(self.gw.store.all("clients"))

    def _client(self, client_id: str | None) -> dict[str, Any]:
        if client_id:
            client: dict[str, Any] | None = self.gw.store.get("clients", client_id) if _ID.match(client_id) else None
            if client is None:
                raise _NotFound(f"client {client_id}")
            return client
        demo: dict[str, Any] | None = self.gw.store.get("clients", self.gw.domain._client_id(DEMO_KEY))
        if demo is not None:
            return demo
        clients = self._clients()
        if not clients:
            raise _NotFound("client")
        return clients[0]

    def _admin_key(self) -> str | None:
        for client in self._clients():
            if client.get("_admin"):
                return str(client["_api_key"])
        return None

    # --- ASGI ---------------------------------------------------------------------

    async def handle(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        headers = {k.lower(): v for k, v in scope["headers"]}
        method = scope["method"]
        path = scope["path"]
        session = self._cookie(headers)
        new_session = session is None
        if session is None:
            session = secrets.token_urlsafe(24)
        query = {k: v[-1] for k, v in parse_qs(scope.get("query_string", b"").decode("latin-1"),
                                                 keep_blank_values=True).items()}
        try:
            gate = self._token_gate(path, query, headers, session)
            if gate is not None:
                response = gate
            elif method in ("GET", "HEAD"):
                response = self.get(path, query, session)
            elif method == "POST":
                body = await self._read_form(receive, headers)
                if body is None:
                    response = self._error_page(413, "Form too large", "Forms are limited to 64 KiB.", session)
                else:
                    response = self.post(path, body, session, None if new_session else session, headers)
            else:
                response = self._error_page(405, "Method not allowed", f"{method} is not allowed here.", session)
                response.headers["Allow"] = "GET, POST"
        except _NotFound as exc:
            response = self._error_page(404, "Not found", f"No {exc.what} here.", session)
        except Exception:
            log.exception("dashboard error on %s %s", method, path)
            response = self._error_page(500, "Dashboard error", "The dashboard hit an internal error (logged).",
                                        session)
        if new_session:
            response.cookies.append(f"{SESSION_COOKIE}={session}; Path={PREFIX}; HttpOnly; SameSite=Strict")
        await self._send(send, response, head=method == "HEAD")

    async def _read_form(self, receive: Any, headers: dict[bytes, bytes]) -> dict[str, str] | None:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return {}
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > MAX_FORM:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        ctype = headers.get(b"content-type", b"").decode("latin-1").split(";")[0].strip().lower()
        if ctype != "application/x-www-form-urlencoded":
            return {}
        text = b"".join(chunks).decode("utf-8", "replace")
        return {k: v[-1] for k, v in parse_qs(text, keep_blank_values=True).items()}

    @staticmethod
    async def _send(send: Any, response: _Response, head: bool = False) -> None:
        headers = dict(response.headers)
        headers.setdefault("Content-Security-Policy", CSP)
        headers.setdefault("X-Frame-Options", "DENY")
        headers["Referrer-Policy"] = "no-referrer"
        headers["X-Content-Type-Options"] = "nosniff"
        headers.setdefault("Cache-Control", "no-store")
        raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        raw += [(b"set-cookie", c.encode("latin-1")) for c in response.cookies]
        raw.append((b"content-length", str(len(response.body)).encode()))
        await send({"type": "http.response.start", "status": response.status, "headers": raw})
        await send({"type": "http.response.body", "body": b"" if head else response.body})

    # --- rendering --------------------------------------------------------------------

    def render(self, template: str, session: str, client: dict[str, Any] | None, http_status: int = 200,
               **context: Any) -> _Response:
        client_id = client["id"] if client else None

        def url(path: str = "", **params: Any) -> str:
            params = {k: v for k, v in params.items() if v not in (None, "")}
            if client_id and "client" not in params:
                params["client"] = client_id
            return PREFIX + path + ("?" + urlencode(params) if params else "")

        html = self.env.get_template(template).render(
            csrf_token=self.token(session), client=client, clients=self._clients() if client else [],
            flashes=self.flashes.pop(session, []), url=url, prefix=PREFIX, **context)
        return _Response(http_status, html.encode("utf-8"))

    def _error_page(self, status: int, title: str, detail: str, session: str) -> _Response:
        return self.render("error.html", session, None, http_status=status, title=title, detail=detail)

    def _redirect(self, location: str) -> _Response:
        return _Response(303, b"", headers={"Location": location})

    # --- GET -------------------------------------------------------------------------------

    def get(self, path: str, query: dict[str, str], session: str) -> _Response:
        parts = [p for p in path[len(PREFIX):].split("/") if p]
        if parts[:1] == ["static"] and len(parts) == 2:
            return self._static(parts[1])
        if parts[:1] == ["alerts"] and len(parts) == 3 and parts[2] == "email":
            return self._alert_email(parts[1], query)
        client = self._client(query.get("client"))
        if not parts:
            return self.overview(session, client)
        if parts == ["payments"]:
            return self.payments(session, client, query)
        if len(parts) == 2 and parts[0] == "payments":
            return self.payment(session, client, parts[1])
        if parts == ["webhooks"]:
            return self.webhooks(session, client)
        if parts == ["admin"]:
            return self.admin(session, client)
        raise _NotFound("page")

    def _static(self, name: str) -> _Response:
        file = self.static.get(name)
        if file is None:
            raise _NotFound("file")
        ctype = mimetypes.guess_type(name)[0] or "application/octet-stream"
        if ctype.startswith("text/") or ctype == "application/javascript":
            ctype += "; charset=utf-8"
        return _Response(200, file.read_bytes(), ctype, headers={"Cache-Control": "no-cache"})

    def overview(self, session: str, client: dict[str, Any]) -> _Response:
        key = client["_api_key"]
        health = self.call("getHealthDetailed", key)
        usage = self.call("retrieveUsage", key)
        account = self.call("retrieveAccount", key)
        alerts = self.call("listUsageAlerts", key, query={"month": month_of(time.time()), "limit": 100})["data"]
        events = self.call("listEvents", key, query={"limit": 10})["data"]
        email = _email_module()
        subjects = {}
        if email is not None:
            for alert in alerts:
                subjects[alert["id"]] = _render_alert_email(email, self.gw.store, alert, client)[0]
        return self.render("overview.html", session, client, page_name="overview", health=health, usage=usage, account=account, alerts=alerts,
                           events=events, thresholds=THRESHOLDS, email_preview=email is not None, subjects=subjects,
                           usage_bar=min(Decimal(usage["usage_percentage"]), Decimal(100)), refresh=5)

    def payments(self, session: str, client: dict[str, Any], query: dict[str, str]) -> _Response:
        status = query.get("status") if query.get("status") in PAYMENT_STATUSES else None
        after = query.get("starting_after") if _ID.match(query.get("starting_after", "")) else None
        params: dict[str, Any] = {"limit": PAGE_SIZE}
        if status:
            params["status"] = status
        if after:
            params["starting_after"] = after
        page = self.call("listPayments", client["_api_key"], query=params)
        return self.render("payments.html", session, client, page_name="payments", page=page, status=status, after=after,
                           statuses=PAYMENT_STATUSES, refresh=5)

    def _payment_events(self, client: dict[str, Any], payment_id: str) -> list[dict[str, Any]]:
        rows = self.gw.store.db.execute(
            "SELECT data FROM events WHERE owner = ? AND json_extract(data, '$.data.object.id') = ? ORDER BY seq",
            (client["id"], payment_id)).fetchall()
        return [self.gw.domain.render_event(json.loads(r[0])) for r in rows]

    def payment(self, session: str, client: dict[str, Any], payment_id: str) -> _Response:
        if not _ID.match(payment_id) or not payment_id.startswith("pay_"):
            raise _NotFound(f"payment {payment_id}")
        try:
            payment = self.call("retrievePayment", client["_api_key"], path={"payment_id": payment_id})
        except ApiError as exc:
            if exc.status == 404:
                raise _NotFound(f"payment {payment_id}") from None
            raise
        events = self._payment_events(client, payment_id)
        timeline = [{"status": e["type"].split(".", 1)[1], "created": e["created"], "event_id": e["id"]}
                    for e in events if e["type"].startswith("payment.")]
        endpoints = {e["id"]: e for e in self.gw.store.all("webhook_endpoints", where="owner = ?",
                                                           params=(client["id"],))}
        attempts = [dict(a, event_id=e["id"], event_type=e["type"],
                         endpoint_url=endpoints.get(a["webhook_endpoint_id"], {}).get("url", "(deleted endpoint)"))
                    for e in events for a in e.get("delivery_attempts", [])]
        can_pay = payment["status"] in ("pending", "underpaid")
        return self.render("payment.html", session, client, page_name="payments", payment=payment, events=events, timeline=timeline,
                           attempts=attempts, can_pay=can_pay, refresh=3)

    def webhooks(self, session: str, client: dict[str, Any]) -> _Response:
        page = self.call("listWebhookEndpoints", client["_api_key"], query={"limit": 100})
        return self.render("webhooks.html", session, client, page_name="webhooks", endpoints=page["data"], event_types=EVENT_TYPES)

    def admin(self, session: str, client: dict[str, Any]) -> _Response:
        admin_key = self._admin_key()
        clients: list[dict[str, Any]] = []
        audit: list[dict[str, Any]] = []
        if admin_key is not None:
            clients = self.call("adminListClients", admin_key, query={"limit": 100})["data"]
            audit = self.call("adminListAuditLog", admin_key, query={"limit": 50})["data"]
        return self.render("admin.html", session, client, page_name="admin", admin_clients=clients, audit=audit,
                           has_admin=admin_key is not None)

    def _alert_email(self, alert_id: str, query: dict[str, str]) -> _Response:
        alert = self.gw.store.get("usage_alerts", alert_id) if _ID.match(alert_id) else None
        if alert is None:
            raise _NotFound(f"alert {alert_id}")
        module = _email_module()
        if module is None:
            raise _NotFound("email preview (the mock has no alert-email renderer yet)")
        client = self.gw.store.get("clients", alert["client_id"]) or {}
        _subject, html = _render_alert_email(module, self.gw.store, alert, client)
        return _Response(200, html.encode("utf-8"), headers={
            "Content-Security-Policy": EMAIL_CSP, "X-Frame-Options": "SAMEORIGIN"})

    # --- POST ------------------------------------------------------------------------------

    def post(self, path: str, form: dict[str, str], session: str, cookie_session: str | None,
             headers: dict[bytes, bytes]) -> _Response:
        origin = headers.get(b"origin")
        host = headers.get(b"host", b"")
        # Defence in depth on top of the token and the SameSite=Strict cookie: refuse a post that says
        # it comes from another site. (Origin is "null" here for our own forms: Referrer-Policy no-referrer.)
        origin_ok = origin in (None, b"null") or origin.split(b"//", 1)[-1] == host
        if headers.get(b"sec-fetch-site") in (b"cross-site", b"same-site"):
            origin_ok = False
        if not origin_ok or not self.check_token(cookie_session, form.get("csrf_token")):
            return self._error_page(403, "Forbidden",
                                    "Missing or wrong CSRF token: reload the page and try again. Nothing was changed.",
                                    session)
        parts = [p for p in path[len(PREFIX):].split("/") if p]
        client = self._client(form.get("client"))
        key = client["_api_key"]
        back = PREFIX + "/webhooks?" + urlencode({"client": client["id"]})
        try:
            if len(parts) == 3 and parts[0] == "payments" and parts[2] in ("simulate", "expire"):
                payment_id = parts[1]
                if not _ID.match(payment_id):
                    raise _NotFound(f"payment {payment_id}")
                back = PREFIX + f"/payments/{payment_id}?" + urlencode({"client": client["id"]})
                if parts[2] == "expire":
                    self._payment_call("testHelpersExpirePayment", key, payment_id, {})
                    self.flash(session, "ok", f"Payment {payment_id} expired.")
                else:
                    kind = form.get("kind", "full")
                    self._simulate(key, payment_id, kind)
                    self.flash(session, "ok", f"Simulated a {kind} payment of {payment_id}.")
            elif len(parts) == 3 and parts[0] == "events" and parts[2] == "resend":
                event_id = parts[1]
                payment_id = form.get("payment_id", "")
                if _ID.match(payment_id):
                    back = PREFIX + f"/payments/{payment_id}?" + urlencode({"client": client["id"]})
                else:
                    back = PREFIX + "?" + urlencode({"client": client["id"]})
                if not _ID.match(event_id):
                    raise _NotFound(f"event {event_id}")
                try:
                    self.call("resendEvent", key, path={"event_id": event_id}, body={})
                except ApiError as exc:
                    if exc.status == 404:
                        raise _NotFound(f"event {event_id}") from None
                    raise
                self.flash(session, "ok", f"Event {event_id} queued for redelivery.")
            elif parts == ["webhooks"]:
                events = [e for e in EVENT_TYPES if form.get("event:" + e)]
                if form.get("all_events") or not events:
                    events = ["*"]
                body: dict[str, Any] = {"url": form.get("url", "").strip(), "events": events}
                if form.get("description", "").strip():
                    body["description"] = form["description"].strip()
                created = self.call("createWebhookEndpoint", key, body=body)
                self.flash(session, "ok", f"Created {created['id']} (secret {created['secret_hint']}). "
                           "The dashboard never shows a secret in full: rotate it through the API "
                           "(POST /v1/webhook_endpoints/{id}/rotate_secret, or the SDK's "
                           "webhook_endpoints.rotate_secret) to receive a secret you can use.")
            elif len(parts) == 3 and parts[0] == "webhooks" and parts[2] in ("disable", "enable", "rotate", "test"):
                endpoint_id = parts[1]
                if not _ID.match(endpoint_id):
                    raise _NotFound(f"webhook endpoint {endpoint_id}")
                action = parts[2]
                try:
                    path_params = {"webhook_endpoint_id": endpoint_id}
                    if action in ("disable", "enable"):
                        self.call("updateWebhookEndpoint", key, path=path_params,
                                  body={"enabled": action == "enable"})
                        self.flash(session, "ok", f"Webhook endpoint {endpoint_id} {action}d.")
                    elif action == "rotate":
                        rotated = self.call("rotateWebhookEndpointSecret", key, path=path_params, body={})
                        self.flash(session, "ok", f"Secret of {endpoint_id} rotated (now {rotated['secret_hint']}). "
                                   "It is not shown here: to get a secret you can use, rotate through the API "
                                   "(POST /v1/webhook_endpoints/{id}/rotate_secret), which returns it once.")
                    else:
                        event = self.call("testWebhookEndpoint", key, path=path_params, body={})
                        self.flash(session, "ok", f"Test event {event['id']} sent to {endpoint_id}.")
                except ApiError as exc:
                    if exc.status == 404:
                        raise _NotFound(f"webhook endpoint {endpoint_id}") from None
                    raise
            else:
                raise _NotFound("action")
        except ApiError as exc:
            detail = exc.args[0] if exc.args else exc.code
            fields = "; ".join(f"{e['field']}: {e['message']}" for e in (getattr(exc, "errors", None) or []))
            self.flash(session, "error", f"{exc.code}: {detail}" + (f" ({fields})" if fields else ""))
        return self._redirect(back)

    def _payment_call(self, operation_id: str, key: str, payment_id: str, body: dict[str, Any] | None = None) -> Any:
        try:
            return self.call(operation_id, key, path={"payment_id": payment_id}, body=body)
        except ApiError as exc:
            if exc.status == 404:
                raise _NotFound(f"payment {payment_id}") from None
            raise

    def _simulate(self, key: str, payment_id: str, kind: str) -> None:
        if kind == "full":
            self._payment_call("testHelpersPayPayment", key, payment_id, {})
            return
        if kind not in ("partial", "over"):
            raise ApiError(422, "validation_failed", "kind must be full, partial or over.")
        payment = self._payment_call("retrievePayment", key, payment_id, None)
        currency = payment["pay_currency"]
        remaining = Decimal(payment["pay_amount"]) - Decimal(payment["amount_received"])
        if kind == "partial":
            amount = quantize(remaining / 2, currency, ROUND_DOWN)
        else:
            amount = quantize(remaining + Decimal(payment["pay_amount"]) / 10, currency, ROUND_UP)
        if amount <= 0:
            raise ApiError(409, "payment_state_conflict", "Nothing left to pay partially.")
        self._payment_call("testHelpersPayPayment", key, payment_id, {"amount": format(amount.normalize(), "f")})


# --- the colleague's alert-email renderer (paycrypt_mock.emails), when present -----------------

def _email_module() -> Any:
    try:
        return importlib.import_module("paycrypt_mock.emails")
    except ImportError:
        return None


def _render_alert_email(module: Any, store: Any, alert: dict[str, Any], client: dict[str, Any]) -> tuple[str, str]:
    """``(subject, html)``: the e-mail in the sandbox outbox for this alert if there is one (what was
    "sent"), else rendered now by the same function, ``paycrypt_mock.emails.render_alert_email``."""
    try:
        row = store.db.execute("SELECT data FROM emails WHERE json_extract(data, '$.alert_id') = ? "
                               "ORDER BY seq DESC LIMIT 1", (alert["id"],)).fetchone()
    except Exception:   # an older store without the outbox table
        row = None
    if row is not None:
        email = json.loads(row[0])
        return str(email["subject"]), str(email["html"])
    subject, html, _text = module.render_alert_email(alert, client)
    return subject, html
