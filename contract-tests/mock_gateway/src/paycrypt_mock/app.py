"""The ASGI application: one request pipeline in front of the domain handlers.

For every HTTP request, in order::

    Host allowed? (421; the dashboard too) -> request id -> read body (<= 1 MiB) -> route (404/405)
    -> authenticate (401) -> admin check (403) -> fault (429/503/500 before commit) -> validate (400/415/422)
    -> idempotency (replay/409) -> [latency] -> handler + response validation + idempotency
    record, in one transaction -> enqueue webhooks -> fault (500/drop after commit) -> send

A response the spec does not allow is never sent: the transaction is rolled
back, the failure is logged loudly (``RESPONSE VALIDATION FAILED``) and the
client gets ``500 response_validation_failed``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from typing import Any

from . import responses
from .access_log import AccessLog
from .auth import NonceCache, authenticate
from .config import Config, default_spec_path
from .context import Ctx, Reply
from .domain import Domain
from .emails import attach_mailer
from .errors import ApiError
from .faults import FAULT_HEADER, Fault, FaultPlan, parse_fault
from .handlers import HANDLERS, Handler
from .hosts import HostPolicy
from .idempotency import Idempotency, request_hash
from .request_body import MAX_BODY, ClientGone, read_body
from .smtp_delivery import Mailer, SmtpConfig
from .store import Store, hold_exclusively, new_id
from .validation import RequestInvalid, Spec, load_spec
from .webhooks import Deliverer

__all__ = ["Config", "Gateway", "create_app", "MAX_BODY", "default_spec_path"]

log = logging.getLogger("paycrypt_mock")


class Gateway:
    """The ASGI callable, served by uvicorn.

    Raw ASGI rather than a framework: the pipeline needs the raw path, query and
    body bytes, a body limit enforced while streaming, and a way to drop the
    connection after commit — and it is faster without a routing layer that
    openapi.yaml already provides."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.started = time.time()
        self.spec: Spec = load_spec(config.spec or default_spec_path())
        self.hosts = HostPolicy(config.host, config.allowed_hosts)
        self._db_lock = hold_exclusively(config.db)  # before anything reads or clears the file
        self.store = Store(config.db)
        self.nonces = NonceCache()
        self.faults = FaultPlan(config.fault_rate, config.fault_seed)
        self.idempotency = Idempotency(self.store)
        if forgotten := self.idempotency.forget_unfinished():  # one process per --db: none is ours
            log.warning(
                "%d Idempotency-Key(s) were claimed by requests that never finished (the mock "
                "stopped mid-request); their retries will run",
                forgotten,
            )
        self.domain = Domain(self.store, self, payment_ttl=config.payment_ttl)
        self.domain.seed(config.seed_clients)
        self.deliverer: Deliverer | None = None
        self.response_validation_failures = 0
        self._sweeper: asyncio.Task[None] | None = None
        self._dashboard: Any = None
        self.access_log = AccessLog(config.access_log) if config.access_log else None
        self.mailer: Mailer | None = None
        self._docs: Any = None

    # --- lifespan ---------------------------------------------------------

    async def startup(self) -> None:
        self.deliverer = Deliverer(
            self.store,
            self.domain.render_event,
            retry_delays=self.config.webhook_retry_delays,
            deadline=self.config.webhook_deadline,
            resolve=self.config.webhook_resolve,
        )
        await self.deliverer.start()
        if self.config.smtp_url:
            self.mailer = Mailer(
                self.store, SmtpConfig.parse(self.config.smtp_url), self.config.smtp_retry_delays
            )
            attach_mailer(self.store, self.mailer)
            await self.mailer.start()
        self._sweeper = asyncio.create_task(self._sweep(), name="expiry-sweeper")

    async def shutdown(self) -> None:
        if self._sweeper is not None:
            self._sweeper.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._sweeper
        if self.deliverer is not None:
            await self.deliverer.stop()
        if self.mailer is not None:
            await self.mailer.stop()
        self.store.close()
        if self.access_log is not None:
            self.access_log.close()

    async def _sweep(self) -> None:
        """Expire overdue payments every ``sweep_interval``; forget idempotency keys older than 24 h."""
        last_purge = time.monotonic()
        while True:
            await asyncio.sleep(self.config.sweep_interval)
            try:
                events = self.domain.sweep(time.time())
                self.dispatch(events)
                if time.monotonic() - last_purge > 60:
                    self.idempotency.purge()
                    last_purge = time.monotonic()
            except Exception:
                log.exception("expiry sweep failed")

    def dispatch(self, events: list[dict[str, Any]]) -> None:
        """After a commit that emitted events: their deliveries are in the outbox, start them now."""
        if self.deliverer is not None and events:
            self.deliverer.wake()

    def lookup_client(self, api_key: str) -> dict[str, Any] | None:
        return self.domain.client_by_key(api_key)

    # --- ASGI -------------------------------------------------------------

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            if self.access_log is not None:
                await self.access_log.serve(self, scope, receive, send)
            else:
                await self.handle(scope, receive, send)
        elif scope["type"] == "lifespan":
            await self._lifespan(receive, send)

    async def _lifespan(self, receive: Any, send: Any) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.startup()
                except Exception as exc:  # pragma: no cover - reported to the server
                    log.exception("startup failed")
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def handle(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        headers: dict[bytes, bytes] = {}
        for name, value in scope["headers"]:
            headers[name.lower()] = value
        if not self.hosts.allows(headers.get(b"host")):
            await responses.refuse_host(send)
            return
        path_text: str = scope["path"]
        if path_text == "/dashboard" or path_text.startswith("/dashboard/"):
            # The sandbox dashboard (HTML, a local tool; not part of the signed API): before auth/validation.
            if self._dashboard is None:
                from .dashboard import Dashboard

                self._dashboard = Dashboard(self)
            await self._dashboard.handle(scope, receive, send)
            return
        if path_text in ("/docs", "/docs/"):
            # The API reference (static HTML built from openapi.yaml), routed like the dashboard.
            if self._docs is None:
                from .docs import ApiReference

                self._docs = ApiReference()
            await self._docs.handle(scope, receive, send)
            return
        request_id = new_id("req")
        method: str = scope["method"]
        path: str = scope["path"]
        operation = None
        fault: Fault | None = None
        client: dict[str, Any] | None = None
        idem: tuple[str, str] | None = None
        try:
            try:
                body = await read_body(receive, headers)
                operation, match, allowed = self.spec.match(method, path)
                if operation is None:
                    if allowed:
                        raise ApiError(
                            405,
                            "method_not_allowed",
                            f"{method} is not allowed on {path}; allowed: {', '.join(sorted(set(allowed)))}.",
                            headers={"Allow": ", ".join(sorted(set(allowed)))},
                        )
                    raise ApiError(404, "not_found", f"No route {method} {path}.")
                if operation.secured:
                    client = authenticate(
                        headers,
                        method=method,
                        raw_path=scope.get("raw_path") or path.encode(),
                        query_string=scope.get("query_string", b""),
                        body=body,
                        lookup_client=self.lookup_client,
                        nonces=self.nonces,
                    )
                    if path.startswith("/v1/admin/") and not client.get("_admin"):
                        raise ApiError(
                            403, "admin_required", "This operation needs the admin credential."
                        )
                fault = self._fault(headers, method, path)
                if fault is not None and fault.before_commit:
                    raise responses.fault_error(fault)
                path_params = operation.parse_path(match) if match is not None else {}
                query = operation.parse_query(scope.get("query_string", b""))
                header_values = operation.check_headers(headers)
                content_type = headers.get(b"content-type", b"").decode("latin-1")
                doc = operation.parse_body(content_type, body)
            except RequestInvalid as exc:
                raise ApiError(exc.status, exc.code, exc.detail, errors=exc.errors) from None

            key = headers.get(b"idempotency-key")
            if key is not None and method == "POST" and client is not None:
                key_text = key.decode("latin-1")
                stored = self.idempotency.begin(
                    client["api_key"],
                    key_text,
                    request_hash(
                        method, (scope.get("raw_path") or b"").decode("latin-1") or path, body
                    ),
                )
                if stored is not None:
                    await responses.send_stored(send, stored)
                    return
                idem = (client["api_key"], key_text)

            if fault is not None and fault.mode == "latency":
                await asyncio.sleep(fault.latency_ms / 1000)

            handler = HANDLERS.get(operation.operation_id)
            if handler is None:
                raise ApiError(
                    500,
                    "not_implemented",
                    f"The mock does not implement {operation.operation_id} yet.",
                )
            status, out_headers, out_body, events = self._run(
                operation, handler, request_id, client, path_params, query, header_values, doc, idem
            )
        except ApiError as exc:
            await self._send_error(send, exc, request_id, operation, idem, fault)
            return
        except ClientGone:
            return
        except Exception:
            log.exception("unhandled error in %s %s (request %s)", method, path, request_id)
            if idem is not None:
                self.idempotency.abandon(*idem)
            await responses.send_problem(
                send, 500, "internal_error", "The mock gateway hit an internal error.", request_id
            )
            return

        self.dispatch(events)
        if fault is not None and fault.mode == "500_after_commit":
            await responses.send_problem(
                send,
                500,
                "internal_error",
                "Injected fault 500_after_commit: the change was committed.",
                request_id,
            )
            return
        if fault is not None and fault.mode == "drop_after_commit":
            await responses.drop(send, receive)
            return
        await responses.send(send, status, out_headers, out_body, request_id)

    def _run(
        self,
        operation: Any,
        handler: Handler,
        request_id: str,
        client: dict[str, Any] | None,
        path_params: dict[str, Any],
        query: dict[str, Any],
        header_values: dict[str, Any],
        doc: Any,
        idem: tuple[str, str] | None,
    ) -> tuple[int, dict[str, str], bytes, list[dict[str, Any]]]:
        """Run the handler, check its response and store the idempotent record, all in one transaction."""
        events: list[dict[str, Any]] = []
        ctx = Ctx(
            self, request_id, client, path_params, query, header_values, doc, time.time(), events
        )
        with self.store.transaction():
            reply: Reply = handler(self.domain, ctx)
            status = reply.status
            body = (
                b""
                if reply.body is None
                else json.dumps(reply.body, separators=(",", ":")).encode()
            )
            out_headers = {"Content-Type": responses.JSON} if reply.body is not None else {}
            out_headers.update(reply.headers)
            out_headers["PayCrypt-Request-Id"] = request_id
            problems = operation.check_response(
                status, out_headers.get("Content-Type"), body, out_headers
            )
            if problems:
                self._response_invalid(operation, status, problems, request_id)
                raise ApiError(
                    500,
                    "response_validation_failed",
                    "The mock built a response that breaks openapi.yaml (logged); nothing was changed.",
                )
            if idem is not None:
                self.idempotency.finish(idem[0], idem[1], status, out_headers, body)
        return status, out_headers, body, events

    def _response_invalid(
        self, operation: Any, status: int, problems: list[str], request_id: str
    ) -> None:
        self.response_validation_failures += 1
        log.error(
            "RESPONSE VALIDATION FAILED: %s %s -> %s (request %s): %s",
            operation.method,
            operation.template,
            status,
            request_id,
            "; ".join(problems),
        )

    def _fault(self, headers: dict[bytes, bytes], method: str, path: str) -> Fault | None:
        value = headers.get(FAULT_HEADER)
        if value is not None:
            fault = parse_fault(value.decode("latin-1"))
            if fault is None:
                raise ApiError(
                    400,
                    "invalid_fault",
                    "PayCrypt-Mock-Fault must be one of 500_before_commit, 500_after_commit, 503, "
                    "429, latency=<ms>, drop_after_commit.",
                )
            return fault
        return self.faults.draw(method, path)

    async def _send_error(
        self,
        send: Any,
        exc: ApiError,
        request_id: str,
        operation: Any,
        idem: tuple[str, str] | None,
        fault: Fault | None,
    ) -> None:
        body = exc.body(request_id)
        headers = {
            "Content-Type": responses.PROBLEM,
            **exc.headers,
            "PayCrypt-Request-Id": request_id,
        }
        injected = fault is not None and exc.code in (
            "rate_limited",
            "service_unavailable",
            "internal_error",
        )
        if operation is not None and not injected and exc.code != "response_validation_failed":
            problems = operation.check_response(exc.status, responses.PROBLEM, body, headers)
            if problems:
                self._response_invalid(operation, exc.status, problems, request_id)
                exc = ApiError(
                    500,
                    "response_validation_failed",
                    f"The mock built a {exc.status} {exc.code} response that breaks openapi.yaml (logged).",
                )
                body = exc.body(request_id)
                headers = {"Content-Type": responses.PROBLEM, "PayCrypt-Request-Id": request_id}
        if idem is not None:
            if exc.status >= 500:
                self.idempotency.abandon(*idem)
            else:
                self.idempotency.finish(idem[0], idem[1], exc.status, headers, body)
        await responses.send(send, exc.status, headers, body, request_id)


def create_app(config: Config | None = None, **options: Any) -> Gateway:
    """Build the ASGI app: ``create_app(db=":memory:")``."""
    return Gateway(config or Config(**options))
