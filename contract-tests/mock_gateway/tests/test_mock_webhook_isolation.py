"""Delivery isolation: a total deadline per attempt, and slow receivers never hold up other endpoints."""

from __future__ import annotations

import socket
import threading
import time

from test_mock_webhooks import Receiver

from paycrypt_mock.testing import running_mock

from signed_client import SignedClient

ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 40\r\n\r\n" + b"x" * 40


class Trickler:
    """Reads each request, then answers one byte every ``interval`` seconds (headers included)."""

    def __init__(self, interval: float = 2.0) -> None:
        self.interval = interval
        self.stopping = threading.Event()
        self.requests = 0
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            try:
                conn.recv(65536)
                self.requests += 1
                for byte in ANSWER:
                    conn.sendall(bytes([byte]))
                    if self.stopping.wait(self.interval):
                        return
            except OSError:  # the gateway gave up on us: what the deadline is for
                return

    def close(self) -> None:
        self.stopping.set()
        self.sock.close()


def test_eight_trickling_endpoints_do_not_delay_another_endpoint() -> None:
    trickler, receiver = Trickler(), Receiver()
    try:
        with running_mock() as mock, SignedClient(mock.base_url) as api:
            for n in range(8):
                slow = api.post(
                    "/v1/webhook_endpoints",
                    json={"url": f"{trickler.url}/slow{n}", "events": ["webhook_endpoint.test"]},
                ).json()
                # More deliveries per endpoint than the old pool had workers; the first endpoint's
                # backlog is longer than the deliverer's batch, queued ahead of the fast event.
                for _ in range(70 if n == 0 else 4):
                    api.post(f"/v1/webhook_endpoints/{slow['id']}/test")
            deadline = time.monotonic() + 5
            while trickler.requests < 8 and time.monotonic() < deadline:
                time.sleep(0.05)
            fast = api.post(
                "/v1/webhook_endpoints",
                json={"url": receiver.url, "events": ["webhook_endpoint.test"]},
            ).json()
            sent = time.monotonic()
            api.post(f"/v1/webhook_endpoints/{fast['id']}/test")
            receiver.wait_for(1, timeout=5.0)  # the issue measured 16 s with four slow endpoints
            assert time.monotonic() - sent < 5.0
    finally:
        trickler.close()
        receiver.close()


def test_an_attempt_has_one_total_deadline_however_the_receiver_trickles() -> None:
    trickler = Trickler(interval=0.5)  # each read arrives well inside httpx's per-read timeout
    try:
        with (
            running_mock(webhook_retry_delays="60", extra_args=["--webhook-deadline", "2"]) as mock,
            SignedClient(mock.base_url) as api,
        ):
            endpoint = api.post(
                "/v1/webhook_endpoints",
                json={"url": f"{trickler.url}/hooks", "events": ["webhook_endpoint.test"]},
            ).json()
            event = api.post(f"/v1/webhook_endpoints/{endpoint['id']}/test").json()
            attempts: list[dict[str, object]] = []
            give_up = time.monotonic() + 10
            while not attempts and time.monotonic() < give_up:
                time.sleep(0.2)
                attempts = api.get(f"/v1/events/{event['id']}").json()["delivery_attempts"]
        # The whole answer would take ~55 s; the attempt ended at its 2 s deadline instead.
        assert len(attempts) == 1, attempts
        assert attempts[0]["status_code"] is None and attempts[0]["outcome"] == "retrying"
        assert "2 s delivery deadline" in str(attempts[0]["error"])
        assert int(attempts[0]["duration_ms"]) < 5000  # type: ignore[call-overload]
    finally:
        trickler.close()
