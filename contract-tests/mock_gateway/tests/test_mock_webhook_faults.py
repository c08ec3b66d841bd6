"""The deliverer under faults of its own making: an unexpected error inside an attempt, and slow
DNS. Runs :class:`paycrypt_mock.webhooks.Deliverer` in-process on a real SQLite store, against a
real loopback receiver, so a broken resolver or a blocking ``getaddrinfo`` can be put in its way."""

from __future__ import annotations

import asyncio
import ipaddress
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from test_mock_webhooks import Receiver

from paycrypt_mock.store import Store, new_id
from paycrypt_mock.webhook_outbox import queue_deliveries
from paycrypt_mock.webhooks import Deliverer

OWNER = "cli_faults"


def _render(event: dict[str, Any], *, with_attempts: bool = True) -> dict[str, Any]:
    return {k: v for k, v in event.items() if not k.startswith("_")}


def _endpoint(store: Store, url: str) -> str:
    endpoint = {
        "id": new_id("we"),
        "url": url,
        "events": ["*"],
        "enabled": True,
        "_secret": "whsec_" + "s" * 32,
        "_previous_secrets": [],
    }
    store.insert("webhook_endpoints", endpoint, owner=OWNER)
    return str(endpoint["id"])


def _emit(store: Store) -> str:
    event = {
        "id": new_id("evt"),
        "type": "webhook_endpoint.test",
        "created": int(time.time()),
        "livemode": False,
        "data": {"object": {}},
    }
    with store.transaction():
        store.insert("events", event, owner=OWNER, status=event["type"])
        queue_deliveries(store, event, OWNER, time.time())
    return str(event["id"])


async def _until(check: Callable[[], Any], timeout: float = 10.0) -> Any:
    deadline = time.monotonic() + timeout
    while not (value := check()) and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    return value


def _state(store: Store, endpoint_id: str) -> str:
    return str(
        store.db.execute(
            "SELECT state FROM deliveries WHERE endpoint_id = ?", (endpoint_id,)
        ).fetchone()[0]
    )


async def test_an_unexpected_error_in_an_attempt_is_a_failed_try_and_the_delivery_ends_failed() -> (
    None
):
    # A resolver bug (not a network error): before, the attempt was put back every `poll`
    # seconds without counting a try, so the delivery stayed `pending` forever, unrecorded.
    calls: list[str] = []

    async def broken_resolver(host: str, port: int) -> list[ipaddress.IPv4Address]:
        calls.append(host)
        raise RuntimeError("a bug in the resolver")

    store, receiver = Store(":memory:"), Receiver()
    deliverer = Deliverer(
        store, _render, retry_delays=(0.05, 0.05), resolver=broken_resolver, poll=0.05
    )
    try:
        with store.transaction():
            broken = _endpoint(store, "http://hooks.broken.test/hook")
            healthy = _endpoint(store, receiver.url)  # an address literal: no resolver involved
        _emit(store)
        await deliverer.start()
        await _until(lambda: _state(store, broken) != "pending", timeout=5)
        await _until(lambda: _state(store, healthy) == "delivered", timeout=5)
        states = (_state(store, broken), _state(store, healthy))
        attempts = store.db.execute(
            "SELECT attempt, outcome, error, next_retry_at FROM delivery_attempts "
            "WHERE endpoint_id = ? ORDER BY seq",
            (broken,),
        ).fetchall()
    finally:
        await deliverer.stop()
        receiver.close()
        store.close()
    assert states == ("failed", "delivered")  # and the scheduler lived on for the other endpoint
    assert [(a["attempt"], a["outcome"]) for a in attempts] == [
        (1, "retrying"),
        (2, "retrying"),
        (3, "failed"),
    ]
    assert all("RuntimeError" in a["error"] for a in attempts), [a["error"] for a in attempts]
    assert "a bug in the resolver" not in attempts[0]["error"]  # the message stays in the log
    assert attempts[-1]["next_retry_at"] is None
    assert calls == ["hooks.broken.test"] * 3  # one try per attempt, on the normal schedule


async def test_slow_dns_for_many_endpoints_leaves_the_default_thread_pool_free(
    monkeypatch: Any,
) -> None:
    # asyncio's default executor (which the SMTP sender's asyncio.to_thread uses) has
    # min(32, CPUs + 4) threads. Before, every webhook lookup ran there too: more endpoints with
    # hanging DNS than that blocked every thread, and nothing else using the pool ran.
    release = threading.Event()
    blocked: list[str] = []
    real_getaddrinfo = socket.getaddrinfo

    def hanging_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(host, str) and host.endswith(".slow.test"):
            blocked.append(host)
            release.wait(30)
            raise socket.gaierror(socket.EAI_NONAME, "no answer")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", hanging_getaddrinfo)
    count = min(32, (os.cpu_count() or 1) + 4) + 4
    store = Store(":memory:")
    deliverer = Deliverer(store, _render, deadline=30, retry_delays=(60,))
    try:
        with store.transaction():
            for n in range(count):
                _endpoint(store, f"http://hooks{n}.slow.test/hook")
        _emit(store)
        await deliverer.start()
        await _until(lambda: deliverer.in_flight == count and len(blocked) >= 4)
        await asyncio.sleep(0.2)  # every attempt has reached its lookup
        free = await asyncio.wait_for(asyncio.to_thread(lambda: "free"), timeout=10)
        hanging = len(blocked)
    finally:
        release.set()
        await deliverer.stop()
        store.close()
    assert free == "free"
    assert 4 <= hanging <= deliverer.dns_threads < count  # the lookups wait in a bounded pool


STOP_WHILE_WOKEN = """
import asyncio
from paycrypt_mock.store import Store
from paycrypt_mock.webhooks import Deliverer

async def main():
    for _ in range(100):
        store = Store(":memory:")
        deliverer = Deliverer(store, lambda *a, **k: {}, poll=0.001)
        await deliverer.start()

        async def wake_forever():
            while True:
                deliverer.wake()
                await asyncio.sleep(0)

        waker = asyncio.create_task(wake_forever())
        await asyncio.sleep(0.002)
        await deliverer.stop()
        waker.cancel()
        store.close()
    print("stopped 100 times")

asyncio.run(main())
"""


def test_stop_returns_even_when_woken_as_it_cancels() -> None:
    # Python 3.11's wait_for can swallow a cancellation that races the wake-up event being set:
    # the scheduler then looped on and stop() never returned (a CI run hung here for 120 s).
    run = subprocess.run(
        [sys.executable, "-c", STOP_WHILE_WOKEN], capture_output=True, text=True, timeout=60
    )
    assert run.returncode == 0 and "stopped 100 times" in run.stdout, run.stderr
