"""Webhook delivery: a transactional outbox, signed POSTs, retries with back-off.

Durable: a handler that emits an event writes, in its own transaction, the event and one
``deliveries`` row per enabled endpoint subscribed to it (:mod:`.webhook_outbox`). The
:class:`Deliverer` works from that table alone, so whatever was committed is delivered even
if the process dies right after: on start it picks up every row still ``pending`` (never
attempted, in flight at the crash, or waiting for a retry). A delivery is acknowledged only
once its 2xx is recorded, so a crash in between sends it again: at-least-once, receivers
dedupe on ``PayCrypt-Event-Id``.

Each POST is signed with *every* current secret of the endpoint (a rotated-out secret still
in its overlap window included). A non-2xx, a network error, a refused address or a blown
deadline is retried after each of ``retry_delays`` seconds, then the delivery is marked
``failed``; every attempt is recorded in ``delivery_attempts`` and shown in
``Event.delivery_attempts`` (with ``outcome``), with the first 500 characters of the
receiver's answer (``response_body``; the rest is never read). An unexpected error inside an
attempt (a bug, not the network) is a failed attempt like any other. Disabling or deleting an
endpoint stops what was queued to it (:mod:`.webhook_outbox`).

Isolated: an attempt has one total deadline (resolve, connect, send, headers, excerpt),
and at most ``per_endpoint`` attempts run at once for one endpoint, so slow receivers
cannot hold the deliveries of others; host names are resolved in a small thread pool of the
deliverer's own, so hanging DNS cannot hold asyncio's default pool (the SMTP sender's) either.
Guarded: the host is resolved first, every address is checked by :mod:`.webhook_addresses`,
and the connection goes to the checked address (one attempt: :mod:`.webhook_attempt`).
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx

from . import signatures as _signing  # the mock's own signer, never the SDK's
from .store import Store
from .webhook_attempt import Resolver, post, read_excerpt, threaded_resolver
from .webhook_outbox import STOPPED

__all__ = [
    "Deliverer",
    "DEFAULT_RETRY_DELAYS",
    "DEFAULT_DEADLINE",
    "endpoint_secrets",
    "read_excerpt",
    "rfc3339",
]

log = logging.getLogger("paycrypt_mock.webhooks")

DEFAULT_RETRY_DELAYS: tuple[float, ...] = (5, 30, 120, 600, 3600)
DEFAULT_DEADLINE = (
    10.0  # seconds for a whole attempt; the spec tells receivers to answer within 10 s
)
DNS_THREADS = 8  # lookups at once; more wait their turn (within their attempt's deadline)


def rfc3339(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def endpoint_secrets(endpoint: dict[str, Any], now: float) -> list[str]:
    """The current secret first, then previous secrets still inside their overlap window."""
    secrets = [endpoint["_secret"]]
    for previous in endpoint.get("_previous_secrets", []):
        if previous["expires"] > now:
            secrets.append(previous["secret"])
    return secrets


class Deliverer:
    """Works the ``deliveries`` outbox; started and stopped by the app lifespan.

    One scheduler task launches an attempt task per due delivery, at most ``per_endpoint``
    per endpoint and ``max_in_flight`` overall; a finished attempt or a commit that queued
    deliveries (:meth:`wake`) runs the scheduler again at once, otherwise it looks every
    ``poll`` seconds or when the next retry falls due."""

    def __init__(
        self,
        store: Store,
        render_event: Any,
        *,
        retry_delays: tuple[float, ...] = DEFAULT_RETRY_DELAYS,
        deadline: float = DEFAULT_DEADLINE,
        per_endpoint: int = 2,
        max_in_flight: int = 64,
        resolve: dict[str, str] | None = None,
        resolver: Resolver | None = None,
        dns_threads: int = DNS_THREADS,
        poll: float = 1.0,
    ) -> None:
        self.store = store
        self.render_event = render_event
        self.retry_delays = tuple(retry_delays)
        self.deadline = deadline
        self.per_endpoint = per_endpoint
        self.max_in_flight = max_in_flight
        # Static name -> address entries consulted before DNS (like curl's --resolve).
        self.static = {
            name.lower().rstrip("."): ipaddress.ip_address(addr)
            for name, addr in (resolve or {}).items()
        }
        self.resolver = resolver  # None: getaddrinfo in a pool of ``dns_threads`` of our own
        self.dns_threads = dns_threads
        self._dns: ThreadPoolExecutor | None = None
        self.poll = poll
        self._wakeup = asyncio.Event()
        self._stopping = False
        self._scheduler: asyncio.Task[None] | None = None
        self._attempts: dict[int, asyncio.Task[None]] = {}  # deliveries.seq -> its running attempt
        self._per_endpoint: dict[str, int] = {}
        self._client: httpx.AsyncClient | None = None

    @property
    def in_flight(self) -> int:
        return len(self._attempts)

    @property
    def backlog(self) -> int:
        """Deliveries not yet acknowledged nor given up (running ones included)."""
        return int(
            self.store.db.execute(
                "SELECT COUNT(*) FROM deliveries WHERE state = 'pending'"
            ).fetchone()[0]
        )

    async def start(self) -> None:
        if self.resolver is None:
            self._dns = ThreadPoolExecutor(self.dns_threads, thread_name_prefix="webhook-dns")
            self.resolver = threaded_resolver(self._dns)
        # The deadline bounds every phase; a pool as large as the in-flight cap never makes one wait.
        self._client = httpx.AsyncClient(
            timeout=self.deadline,
            follow_redirects=False,
            trust_env=False,
            limits=httpx.Limits(
                max_connections=self.max_in_flight, max_keepalive_connections=self.max_in_flight
            ),
        )
        self._scheduler = asyncio.create_task(self._schedule_loop(), name="webhook-scheduler")

    async def stop(self) -> None:
        # The flag, not only the cancel: Python 3.11's wait_for can swallow a cancellation that
        # races the event being set, and the loop would then run on (stop() hung in CI).
        self._stopping = True
        self._wakeup.set()
        tasks = [t for t in (self._scheduler, *self._attempts.values()) if t is not None]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)  # cancelled attempts stay pending
        if self._client is not None:
            await self._client.aclose()
        if self._dns is not None:  # a lookup stuck in getaddrinfo cannot be interrupted: no wait
            self._dns.shutdown(wait=False, cancel_futures=True)

    def wake(self) -> None:
        """Deliveries were committed, or an attempt finished: look at the outbox now."""
        self._wakeup.set()

    async def _schedule_loop(self) -> None:
        while not self._stopping:
            self._wakeup.clear()
            try:
                next_due = self._launch_due()
            except Exception:  # a locked or broken database must not kill delivery for good
                log.exception("webhook scheduler failed; retrying")
                next_due = None
            wait = (
                self.poll if next_due is None else min(self.poll, max(0.0, next_due - time.time()))
            )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wakeup.wait(), timeout=wait)

    def _waiting(self) -> tuple[str, tuple[Any, ...]]:
        """SQL for the pending deliveries that could start now: not running, endpoint not at its cap."""
        running = list(self._attempts)
        full = [e for e, n in self._per_endpoint.items() if n >= self.per_endpoint]
        where = "state = 'pending'"
        if running:
            where += f" AND seq NOT IN ({','.join('?' * len(running))})"
        if full:
            where += f" AND endpoint_id NOT IN ({','.join('?' * len(full))})"
        return where, (*running, *full)

    def _launch_due(self) -> float | None:
        """Start every due delivery the caps allow; return when the next waiting one falls due."""
        now = time.time()
        while len(self._attempts) < self.max_in_flight:
            # Ask again after each pass: an endpoint that filled up is then excluded, so one
            # endpoint's backlog never hides other endpoints' due deliveries behind a LIMIT.
            where, params = self._waiting()
            rows = self.store.db.execute(
                f"SELECT seq, event_id, endpoint_id FROM deliveries WHERE {where} AND due_unix <= ? "
                "ORDER BY due_unix, seq LIMIT ?",
                (*params, now, self.max_in_flight),
            ).fetchall()
            if not rows:
                break
            for seq, event_id, endpoint_id in rows:
                if len(self._attempts) >= self.max_in_flight:
                    break
                if self._per_endpoint.get(endpoint_id, 0) >= self.per_endpoint:
                    continue
                self._per_endpoint[endpoint_id] = self._per_endpoint.get(endpoint_id, 0) + 1
                self._attempts[seq] = asyncio.create_task(
                    self._run(seq, event_id, endpoint_id), name=f"webhook-delivery-{seq}"
                )
        where, params = self._waiting()
        row = self.store.db.execute(
            f"SELECT MIN(due_unix) FROM deliveries WHERE {where} AND due_unix > ?", (*params, now)
        ).fetchone()
        return None if row[0] is None else float(row[0])

    async def _run(self, seq: int, event_id: str, endpoint_id: str) -> None:
        try:
            await self._deliver(seq, event_id, endpoint_id)
        except asyncio.CancelledError:
            raise
        except (
            Exception
        ):  # recording failed (a locked database?): it stays pending, look again later
            log.exception("webhook delivery %s could not be recorded", seq)
            with contextlib.suppress(Exception), self.store.transaction():
                self.store.db.execute(
                    "UPDATE deliveries SET due_unix = ? WHERE seq = ?",
                    (time.time() + self.poll, seq),
                )
        finally:
            del self._attempts[seq]
            left = self._per_endpoint[endpoint_id] - 1
            if left:
                self._per_endpoint[endpoint_id] = left
            else:
                del self._per_endpoint[endpoint_id]
            self.wake()

    async def _deliver(self, seq: int, event_id: str, endpoint_id: str) -> None:
        started = time.time()
        try:
            answer = await self._attempt(event_id, endpoint_id, started)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # a bug, not the network: a failed try all the same, on schedule
            log.exception("webhook %s to endpoint %s: the attempt crashed", event_id, endpoint_id)
            answer = (
                None,
                None,
                f"the mock failed while sending ({type(exc).__name__}; see its log)",
            )
        if answer is None:  # the endpoint was deleted: nothing to deliver to
            with self.store.transaction():
                self.store.db.execute(
                    "UPDATE deliveries SET state = 'canceled' WHERE seq = ?", (seq,)
                )
            return
        self._record(seq, event_id, endpoint_id, started, *answer)

    async def _attempt(
        self, event_id: str, endpoint_id: str, started: float
    ) -> tuple[int | None, str | None, str | None] | None:
        """One signed POST: ``(status_code, response_body, error)``; None if nothing to send to."""
        event = self.store.get("events", event_id)
        endpoint = self.store.get("webhook_endpoints", endpoint_id)
        if event is None or endpoint is None:
            return None
        payload = json.dumps(
            self.render_event(event, with_attempts=False), separators=(",", ":")
        ).encode()
        header = _signing.webhook_header(endpoint_secrets(endpoint, started), payload, int(started))
        assert self._client is not None and self.resolver is not None
        return await post(
            self._client,
            endpoint["url"],
            payload,
            {
                "Content-Type": "application/json",
                _signing.WEBHOOK_SIGNATURE_HEADER: header,
                _signing.WEBHOOK_EVENT_ID_HEADER: event_id,
                "User-Agent": "PayCrypt-Mock-Webhooks/1",
                "Accept-Encoding": "identity",  # the excerpt is read raw, never decompressed
            },
            deadline=self.deadline,
            static=self.static,
            resolver=self.resolver,
        )

    def _record(
        self,
        seq: int,
        event_id: str,
        endpoint_id: str,
        started: float,
        status_code: int | None,
        response_body: str | None,
        error: str | None,
    ) -> None:
        """The attempt, and what comes next: delivered, a retry after the next delay, or failed."""
        finished = time.time()
        db = self.store.db
        with self.store.transaction():
            state, tries = db.execute(
                "SELECT state, tries FROM deliveries WHERE seq = ?", (seq,)
            ).fetchone()
            tries += 1
            attempt = (
                db.execute(
                    "SELECT COALESCE(MAX(attempt), 0) FROM delivery_attempts WHERE event_id = ? AND endpoint_id = ?",
                    (event_id, endpoint_id),
                ).fetchone()[0]
                + 1
            )
            next_retry: float | None = None
            if error is None:
                state = "delivered"
            elif state != "pending":  # stop_deliveries ran while this attempt was on the wire
                gone = self.store.get("webhook_endpoints", endpoint_id) is None
                error += "; " + STOPPED.format("deleted" if gone else "disabled")
            elif tries <= len(self.retry_delays):
                next_retry = finished + self.retry_delays[tries - 1]
            else:
                state = "failed"
            db.execute(
                "INSERT INTO delivery_attempts (event_id, endpoint_id, attempt, status_code, response_body, error, "
                "duration_ms, attempted_at, next_retry_at, next_retry_unix, outcome) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    event_id,
                    endpoint_id,
                    attempt,
                    status_code,
                    response_body,
                    error,
                    int((finished - started) * 1000),
                    rfc3339(started),
                    rfc3339(next_retry) if next_retry else None,
                    next_retry,
                    {"pending": "retrying", "canceled": "failed"}.get(state, state),
                ),
            )
            db.execute(
                "UPDATE deliveries SET state = ?, tries = ?, due_unix = ? WHERE seq = ?",
                (state, tries, next_retry if next_retry is not None else finished, seq),
            )
        if state in ("failed", "canceled"):
            log.warning(
                "webhook %s to endpoint %s failed after %d attempts: %s",
                event_id,
                endpoint_id,
                tries,
                error,
            )
