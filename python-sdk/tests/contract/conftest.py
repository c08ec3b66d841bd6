"""Contract tests: the SDK against the real mock gateway (paycrypt_mock), in a subprocess.

Skipped when paycrypt_mock is not installed. A local HTTP receiver collects
webhook deliveries so they can be verified with paycrypt.webhooks.verify.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import paycrypt_mock.testing as testing

SPEC = yaml.safe_load(
    (Path(__file__).resolve().parents[3] / "openapi.yaml").read_text(encoding="utf-8")
)


class Receiver:
    """Collects webhook deliveries: (headers, raw body bytes)."""

    def __init__(self) -> None:
        self.deliveries: list[tuple[dict[str, str], bytes]] = []
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                with receiver.lock:
                    receiver.deliveries.append((dict(self.headers.items()), body))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/webhooks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait_for(self, predicate: Any, timeout: float = 10.0) -> tuple[dict[str, str], bytes]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self.lock:
                for headers, body in self.deliveries:
                    if predicate(headers, body):
                        return headers, body
            time.sleep(0.05)
        raise AssertionError(
            f"no matching webhook delivery within {timeout}s ({len(self.deliveries)} received)"
        )

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    with testing.running_mock(webhook_retry_delays="0.2,0.5,1") as running:
        yield running


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


class OperationRecorder:
    """Maps each request the SDK sends to its operationId (via an httpx event hook)."""

    def __init__(self) -> None:
        self.seen: set[str] = set()
        self.templates: list[tuple[str, list[str], str]] = []
        for path, item in SPEC["paths"].items():
            for method, op in item.items():
                if method in ("get", "post", "put", "patch", "delete"):
                    self.templates.append(
                        (method.upper(), path.strip("/").split("/"), op["operationId"])
                    )

    def __call__(self, request: httpx.Request) -> None:
        parts = request.url.path.strip("/").split("/")
        for method, template, operation_id in self.templates:
            if (
                method == request.method
                and len(template) == len(parts)
                and all(t.startswith("{") or t == p for t, p in zip(template, parts, strict=False))
            ):
                self.seen.add(operation_id)
                return

    async def async_hook(self, request: httpx.Request) -> None:
        self(request)

    @property
    def all_operations(self) -> set[str]:
        return {t[2] for t in self.templates}
