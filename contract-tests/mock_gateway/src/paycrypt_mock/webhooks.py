"""Webhook delivery: a background queue, signed POSTs, retries with back-off.

Delivery never blocks an API response: handlers record events inside their
transaction; after commit the app hands the event ids to :class:`Deliverer`,
whose workers POST each event to every enabled endpoint subscribed to it,
signed with *every* current secret of that endpoint (a rotated-out secret
still in its overlap window included). A non-2xx or a network error is
retried after each of ``retry_delays`` seconds; every attempt is recorded in
``delivery_attempts`` and shown in ``Event.delivery_attempts``, with the first 500
characters of the receiver's answer (``response_body``; the rest is never read).
"""

from __future__ import annotations

import asyncio
import codecs
import json
import logging
import time
from typing import Any

import httpx

from . import signatures as _signing  # the mock's own signer, never the SDK's
from .store import Store

__all__ = ["Deliverer", "DEFAULT_RETRY_DELAYS", "endpoint_secrets", "endpoint_matches", "read_excerpt", "rfc3339"]

log = logging.getLogger("paycrypt_mock.webhooks")

DEFAULT_RETRY_DELAYS: tuple[float, ...] = (5, 30, 120, 600, 3600)


def rfc3339(ts: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def endpoint_secrets(endpoint: dict[str, Any], now: float) -> list[str]:
    """The current secret first, then previous secrets still inside their overlap window."""
    secrets = [endpoint["_secret"]]
    for previous in endpoint.get("_previous_secrets", []):
        if previous["expires"] > now:
            secrets.append(previous["secret"])
    return secrets


def endpoint_matches(endpoint: dict[str, Any], event_type: str) -> bool:
    """Enabled, and subscribed to this type (or to ``*``)."""
    events = endpoint.get("events") or []
    return bool(endpoint.get("enabled", True)) and ("*" in events or event_type in events)


RESPONSE_EXCERPT_CHARS = 500
# A UTF-8 character is at most 4 bytes, so this many bytes always decode to at least
# RESPONSE_EXCERPT_CHARS characters: reading stops there whatever the receiver sends.
RESPONSE_EXCERPT_MAX_BYTES = 4 * RESPONSE_EXCERPT_CHARS


async def read_excerpt(response: httpx.Response) -> str:
    """The first 500 characters of a streamed response body, decoded as UTF-8 with replacement.

    Reads at most ``RESPONSE_EXCERPT_MAX_BYTES`` (plus one network chunk) and leaves the rest
    unread: closing the stream then drops the connection instead of draining the body. A
    connection error part-way keeps what arrived. Raw bytes: the request asks for ``identity``.
    """
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    text = ""
    received = 0
    complete = False
    try:
        async for chunk in response.aiter_raw():
            room = RESPONSE_EXCERPT_MAX_BYTES - received
            received += len(chunk)
            text += decoder.decode(chunk[:room])
            if len(text) >= RESPONSE_EXCERPT_CHARS or received >= RESPONSE_EXCERPT_MAX_BYTES:
                break
        else:
            complete = True
    except httpx.HTTPError:
        pass
    if complete:
        text += decoder.decode(b"", final=True)  # a body cut mid-character ends in U+FFFD
    return text[:RESPONSE_EXCERPT_CHARS]


class Deliverer:
    """The queue and its workers; started and stopped by the app lifespan."""

    def __init__(self, store: Store, render_event: Any, *, retry_delays: tuple[float, ...] = DEFAULT_RETRY_DELAYS,
                 workers: int = 4, timeout: float = 10.0) -> None:
        self.store = store
        self.render_event = render_event
        self.retry_delays = tuple(retry_delays)
        self.queue: asyncio.Queue[tuple[str, str, int]] = asyncio.Queue()
        self.timeout = timeout
        self._workers = workers
        self._tasks: list[asyncio.Task[None]] = []
        self._timers: set[asyncio.TimerHandle] = set()
        self._client: httpx.AsyncClient | None = None
        self.in_flight = 0

    @property
    def backlog(self) -> int:
        return self.queue.qsize() + len(self._timers) + self.in_flight

    async def start(self) -> None:
        self._client = httpx.AsyncClient(timeout=self.timeout, follow_redirects=False, trust_env=False)
        self._tasks = [asyncio.create_task(self._work(), name=f"webhook-worker-{i}") for i in range(self._workers)]
        self._resume()

    async def stop(self) -> None:
        for timer in self._timers:
            timer.cancel()
        self._timers.clear()
        for task in self._tasks:
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        if self._client is not None:
            await self._client.aclose()

    def _resume(self) -> None:
        """After a restart, re-schedule retries that were still due."""
        rows = self.store.db.execute(
            "SELECT a.event_id, a.endpoint_id, a.attempt, a.next_retry_unix FROM delivery_attempts a "
            "WHERE a.next_retry_unix IS NOT NULL AND a.seq = (SELECT MAX(b.seq) FROM delivery_attempts b "
            "WHERE b.event_id = a.event_id AND b.endpoint_id = a.endpoint_id)").fetchall()
        for row in rows:
            self._schedule(max(0.0, row["next_retry_unix"] - time.time()),
                           (row["event_id"], row["endpoint_id"], row["attempt"] + 1))

    def _schedule(self, delay: float, item: tuple[str, str, int]) -> None:
        loop = asyncio.get_running_loop()

        def fire() -> None:
            self._timers.discard(handle)
            self.queue.put_nowait(item)

        handle = loop.call_later(delay, fire)
        self._timers.add(handle)

    def enqueue_event(self, event: dict[str, Any], endpoint_id: str | None = None) -> int:
        """Queue deliveries of a committed event to every matching endpoint (or one endpoint)."""
        count = 0
        for endpoint in self._endpoints(event["_owner"]):
            if endpoint_id is not None:
                if endpoint["id"] != endpoint_id:
                    continue
            elif not endpoint_matches(endpoint, event["type"]):
                continue
            attempt = self.store.db.execute(
                "SELECT COALESCE(MAX(attempt), 0) FROM delivery_attempts WHERE event_id = ? AND endpoint_id = ?",
                (event["id"], endpoint["id"])).fetchone()[0]
            self.queue.put_nowait((event["id"], endpoint["id"], attempt + 1))
            count += 1
        return count

    def _endpoints(self, owner: str) -> list[dict[str, Any]]:
        return self.store.all("webhook_endpoints", where="owner = ?", params=(owner,))

    async def _work(self) -> None:
        while True:
            item = await self.queue.get()
            self.in_flight += 1
            try:
                await self._deliver(*item)
            except asyncio.CancelledError:
                raise
            except Exception:  # never let a worker die
                log.exception("webhook delivery crashed for %s", item)
            finally:
                self.in_flight -= 1
                self.queue.task_done()

    async def _deliver(self, event_id: str, endpoint_id: str, attempt: int) -> None:
        event = self.store.get("events", event_id)
        endpoint = self.store.get("webhook_endpoints", endpoint_id)
        if event is None or endpoint is None:
            return
        payload = json.dumps(self.render_event(event, with_attempts=False), separators=(",", ":")).encode()
        started = time.time()
        header = _signing.webhook_header(endpoint_secrets(endpoint, started), payload, int(started))
        status_code: int | None = None
        response_body: str | None = None
        error: str | None = None
        assert self._client is not None
        try:
            async with self._client.stream(
                "POST", endpoint["url"], content=payload,
                headers={
                    "Content-Type": "application/json",
                    _signing.WEBHOOK_SIGNATURE_HEADER: header,
                    _signing.WEBHOOK_EVENT_ID_HEADER: event_id,
                    "User-Agent": "PayCrypt-Mock-Webhooks/1",
                    "Accept-Encoding": "identity",  # the excerpt is read raw, never decompressed
                },
            ) as response:
                status_code = response.status_code
                if not 200 <= status_code < 300:
                    error = f"endpoint answered HTTP {status_code}"
                response_body = await read_excerpt(response)
        except httpx.HTTPError as exc:
            if status_code is None:
                error = f"{type(exc).__name__}: {exc}"[:500] or type(exc).__name__
        finished = time.time()
        next_retry: float | None = None
        if error is not None and attempt <= len(self.retry_delays):
            next_retry = finished + self.retry_delays[attempt - 1]
        with self.store.transaction():
            self.store.db.execute(
                "INSERT INTO delivery_attempts (event_id, endpoint_id, attempt, status_code, response_body, error, "
                "duration_ms, attempted_at, next_retry_at, next_retry_unix) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (event_id, endpoint_id, attempt, status_code, response_body, error,
                 int((finished - started) * 1000), rfc3339(started),
                 rfc3339(next_retry) if next_retry else None, next_retry))
        if next_retry is not None:
            self._schedule(next_retry - finished, (event_id, endpoint_id, attempt + 1))
        elif error is not None:
            log.warning("webhook %s to %s failed after %d attempts: %s", event_id, endpoint["url"], attempt, error)
