"""The dashboard's ASGI side: sessions, the token gate, CSRF, routing to views and actions,
rendering, and :meth:`Dashboard.call` — the bridge to the API's handlers."""

from __future__ import annotations

import json
import logging
import secrets
import time
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape

from ..context import Ctx
from ..domain import Domain
from ..errors import ApiError
from ..handlers import HANDLERS
from ..store import new_id
from ..validation import RequestInvalid
from .actions import ACTIONS, Action
from .response import NotFound, Response
from .security import (
    PREFIX,
    SECURITY_HEADERS,
    Csrf,
    check_dashboard_token,
    read_cookie,
    same_site_post,
    session_cookie,
    token_cookie,
)
from .views import ID, PAGES, Page

__all__ = ["Dashboard"]

log = logging.getLogger("paycrypt_mock.dashboard")

HERE = Path(__file__).resolve().parent
STATIC_DIR = HERE / "static"
TEMPLATE_DIR = HERE / "templates"
MAX_FORM = 64 * 1024
DEMO_KEY = "pk_test_demo"


def _route(path: str) -> str:
    """The path after /dashboard, empty segments dropped: ``/dashboard//payments/`` -> ``payments``."""
    return "/".join(p for p in path[len(PREFIX) :].split("/") if p)


class Dashboard:
    """One per gateway process; ``await dashboard.handle(scope, receive, send)``."""

    def __init__(self, gateway: Any) -> None:
        self.gateway = gateway
        self.domain: Domain = gateway.domain
        self.csrf = Csrf()
        self.flashes: dict[str, list[tuple[str, str]]] = {}
        self.env = Environment(
            loader=FileSystemLoader(str(TEMPLATE_DIR)),
            autoescape=select_autoescape(default=True, default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["pretty"] = lambda obj: json.dumps(
            obj, indent=2, ensure_ascii=False, sort_keys=True
        )
        self.env.filters["nonzero"] = lambda text: Decimal(str(text or "0")) != 0
        self.env.filters["ts"] = lambda unix: time.strftime(
            "%Y-%m-%d %H:%M:%SZ", time.gmtime(int(unix))
        )
        self.static = {p.name: p for p in STATIC_DIR.iterdir() if p.is_file()}

    def flash(self, session: str, kind: str, text: str) -> None:
        messages = self.flashes.setdefault(session, [])
        messages.append((kind, text))
        del messages[:-10]
        if len(self.flashes) > 1000:  # a local tool; keep memory bounded anyway
            self.flashes.pop(next(iter(self.flashes)))

    # --- calling the API's handlers ------------------------------------------------

    def call(
        self,
        operation_id: str,
        api_key: str,
        *,
        path: dict[str, Any] | None = None,
        query: dict[str, Any] | None = None,
        body: dict[str, Any] | None = None,
    ) -> Any:
        """Run the API handler for ``operation_id`` as ``api_key``'s client, in one transaction.

        A body is validated against openapi.yaml first, exactly as the API would; events
        are delivered after commit. Raises :class:`ApiError` as the API would answer."""
        operation = self.gateway.spec.by_id[operation_id]
        doc = None
        if body is not None and (body or operation.body_media):
            try:
                doc = operation.parse_body("application/json", json.dumps(body).encode())
            except RequestInvalid as exc:
                raise ApiError(exc.status, exc.code, exc.detail, errors=exc.errors) from None
        client = self.domain.client_by_key(api_key)
        events: list[dict[str, Any]] = []
        ctx = Ctx(
            self.gateway,
            new_id("req"),
            client,
            path or {},
            query or {},
            {},
            doc,
            time.time(),
            events,
        )
        with self.domain.store.transaction():
            reply = HANDLERS[operation_id](self.domain, ctx)
        self.gateway.dispatch(events)
        return reply.body

    def client(self, client_id: str | None) -> dict[str, Any]:
        """The client a page is about: the one named, else the demo merchant, else the first."""
        if client_id:
            client = self.domain.find_client(client_id) if ID.match(client_id) else None
            if client is None:
                raise NotFound(f"client {client_id}")
            return client
        demo = self.domain.find_client(self.domain.client_id_for(DEMO_KEY))
        if demo is not None:
            return demo
        clients = self.domain.clients()
        if not clients:
            raise NotFound("client")
        return clients[0]

    # --- ASGI ---------------------------------------------------------------------

    async def handle(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        headers = {k.lower(): v for k, v in scope["headers"]}
        method = scope["method"]
        path = scope["path"]
        session = read_cookie(headers)
        new_session = session is None
        if session is None:
            session = secrets.token_urlsafe(24)
        query = {
            k: v[-1]
            for k, v in parse_qs(
                scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True
            ).items()
        }
        try:
            gate = self._token_gate(path, query, headers, session)
            if gate is not None:
                response = gate
            elif method in ("GET", "HEAD"):
                response = self.get(path, query, session)
            elif method == "POST":
                body = await self._read_form(receive, headers)
                if body is None:
                    response = self.error_page(
                        413, "Form too large", "Forms are limited to 64 KiB.", session
                    )
                else:
                    response = self.post(
                        path, body, session, None if new_session else session, headers
                    )
            else:
                response = self.error_page(
                    405, "Method not allowed", f"{method} is not allowed here.", session
                )
                response.headers["Allow"] = "GET, POST"
        except NotFound as exc:
            response = self.error_page(404, "Not found", f"No {exc.what} here.", session)
        except Exception:
            log.exception("dashboard error on %s %s", method, path)
            response = self.error_page(
                500, "Dashboard error", "The dashboard hit an internal error (logged).", session
            )
        if new_session:
            response.cookies.append(session_cookie(session))
        await self._send(send, response, head=method == "HEAD")

    def _token_gate(
        self, path: str, query: dict[str, str], headers: dict[bytes, bytes], session: str
    ) -> Response | None:
        """``None`` when no token is needed or the right one came; else the answer (401, or the
        redirect that turns ``?token=`` into a cookie)."""
        expected = self.gateway.config.dashboard_token
        outcome = check_dashboard_token(expected, query, headers)
        if outcome == "ok":
            return None
        if outcome == "adopt":
            rest = {k: v for k, v in query.items() if k != "token"}
            response = self.redirect(path + ("?" + urlencode(rest) if rest else ""))
            response.cookies.append(token_cookie(expected or ""))
            return response
        if outcome == "wrong":
            return self.error_page(
                401,
                "Wrong dashboard token",
                "That is not the token this sandbox printed at start.",
                session,
            )
        return self.error_page(
            401,
            "Dashboard token needed",
            "This sandbox is reachable from the network, so its dashboard needs the token "
            "printed when it started: open /dashboard?token=… once.",
            session,
        )

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
    async def _send(send: Any, response: Response, head: bool = False) -> None:
        headers = dict(response.headers)
        for name, value, replace in SECURITY_HEADERS:
            if replace:
                headers[name] = value
            else:
                headers.setdefault(name, value)
        raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
        raw += [(b"set-cookie", c.encode("latin-1")) for c in response.cookies]
        raw.append((b"content-length", str(len(response.body)).encode()))
        await send({"type": "http.response.start", "status": response.status, "headers": raw})
        await send({"type": "http.response.body", "body": b"" if head else response.body})

    # --- rendering --------------------------------------------------------------------

    def render(
        self,
        template: str,
        session: str,
        client: dict[str, Any] | None,
        http_status: int = 200,
        **context: Any,
    ) -> Response:
        client_id = client["id"] if client else None

        def url(path: str = "", **params: Any) -> str:
            params = {k: v for k, v in params.items() if v not in (None, "")}
            if client_id and "client" not in params:
                params["client"] = client_id
            return PREFIX + path + ("?" + urlencode(params) if params else "")

        html = self.env.get_template(template).render(
            csrf_token=self.csrf.token(session),
            client=client,
            clients=self.domain.clients() if client else [],
            flashes=self.flashes.pop(session, []),
            url=url,
            prefix=PREFIX,
            **context,
        )
        return Response(http_status, html.encode("utf-8"))

    def error_page(self, status: int, title: str, detail: str, session: str) -> Response:
        return self.render(
            "error.html", session, None, http_status=status, title=title, detail=detail
        )

    @staticmethod
    def redirect(location: str) -> Response:
        return Response(303, b"", headers={"Location": location})

    # --- routing ------------------------------------------------------------------------

    def get(self, path: str, query: dict[str, str], session: str) -> Response:
        route = _route(path)
        for pattern, needs_client, view in PAGES:
            match = pattern.fullmatch(route)
            if match is not None and not needs_client:
                return view(self, Page(session, query, match.groupdict()))
        client = self.client(
            query.get("client")
        )  # an unknown client is a 404 before an unknown page
        for pattern, _needs_client, view in PAGES:
            match = pattern.fullmatch(route)
            if match is not None:
                return view(self, Page(session, query, match.groupdict(), client))
        raise NotFound("page")

    def post(
        self,
        path: str,
        form: dict[str, str],
        session: str,
        cookie_session: str | None,
        headers: dict[bytes, bytes],
    ) -> Response:
        if not same_site_post(headers) or not self.csrf.check(
            cookie_session, form.get("csrf_token")
        ):
            return self.error_page(
                403,
                "Forbidden",
                "Missing or wrong CSRF token: reload the page and try again. Nothing was changed.",
                session,
            )
        client = self.client(form.get("client"))
        action = Action(session, form, {}, client["id"], self.domain.api_key_of(client), back="")
        action.back = action.page("/webhooks")
        route = _route(path)
        try:
            for pattern, run in ACTIONS:
                match = pattern.fullmatch(route)
                if match is not None:
                    action.params = match.groupdict()
                    run(self, action)
                    break
            else:
                raise NotFound("action")
        except ApiError as exc:
            detail = exc.args[0] if exc.args else exc.code
            fields = "; ".join(
                f"{e['field']}: {e['message']}" for e in (getattr(exc, "errors", None) or [])
            )
            self.flash(
                session, "error", f"{exc.code}: {detail}" + (f" ({fields})" if fields else "")
            )
        return self.redirect(action.back)
