"""Helpers for tests: run the mock in a subprocess.

    >>> with running_mock() as mock:                                   # doctest: +SKIP
    ...     print(mock.base_url)

Signing requests is the client's business, not the mock's: the contract
tests sign with the SDK's public ``paycrypt.PayCryptAuth``
(``contract-tests/signed_client.py``), so each of their requests pits the
SDK's signer against the mock's own verifier (:mod:`paycrypt_mock.signatures`).

``running_mock`` starts ``python -m paycrypt_mock`` on a free port with
``--db :memory:`` (unless told otherwise), waits for the ``listening on``
line, and stops it afterwards. Its output is kept in ``mock.log``; a
response-validation failure in it fails ``mock.assert_clean()``.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from typing import Any

__all__ = [
    "RunningMock",
    "running_mock",
    "free_port",
    "DEMO_KEY",
    "DEMO_SECRET",
    "ADMIN_KEY",
    "ADMIN_SECRET",
]

DEMO_KEY, DEMO_SECRET = "pk_test_demo", "sk_test_demo"
ADMIN_KEY, ADMIN_SECRET = "pk_test_admin", "sk_test_admin"
RESPONSE_VALIDATION_MARKER = "RESPONSE VALIDATION FAILED"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class RunningMock:
    """A mock gateway subprocess: ``.base_url``, ``.port``, ``.log``, ``.stop()``."""

    def __init__(self, process: subprocess.Popen[str], port: int, host: str) -> None:
        self.process = process
        self.port = port
        self.host = host
        self.base_url = f"http://{host}:{port}"
        self._lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self._lines.append(line)

    @property
    def log(self) -> str:
        return "".join(self._lines)

    def response_validation_failures(self) -> list[str]:
        return [line for line in self._lines if RESPONSE_VALIDATION_MARKER in line]

    def assert_clean(self) -> None:
        failures = self.response_validation_failures()
        if failures:
            raise AssertionError(
                "the mock sent responses that break openapi.yaml:\n" + "".join(failures)
            )

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._reader.join(timeout=5)


def _start(args: list[str], host: str, port: int, timeout: float) -> RunningMock:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    process = subprocess.Popen(
        [sys.executable, "-m", "paycrypt_mock", "--host", host, "--port", str(port), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    mock = RunningMock(process, port, host)
    assert process.stdout is not None
    deadline = time.monotonic() + timeout
    ready = threading.Event()
    first: list[str] = []

    def wait_ready() -> None:
        assert process.stdout is not None
        for line in process.stdout:
            first.append(line)
            if line.startswith("listening on "):
                ready.set()
                return
        ready.set()

    waiter = threading.Thread(target=wait_ready, daemon=True)
    waiter.start()
    ready.wait(max(0.0, deadline - time.monotonic()))
    mock._lines.extend(first)
    if not any(line.startswith("listening on ") for line in first):
        process.kill()
        process.wait()
        raise RuntimeError("the mock gateway did not start:\n" + "".join(first))
    mock._reader.start()
    return mock


@contextlib.contextmanager
def running_mock(
    *,
    db: str = ":memory:",
    host: str = "127.0.0.1",
    port: int | None = None,
    fault_rate: float | None = None,
    fault_seed: int | None = None,
    webhook_retry_delays: str | None = None,
    seed: list[dict[str, Any]] | None = None,
    payment_ttl: int | None = None,
    sweep_interval: float | None = None,
    extra_args: list[str] | None = None,
    timeout: float = 20.0,
    check_clean: bool = True,
) -> Iterator[RunningMock]:
    """Start the mock in a subprocess; yield it; stop it (and check its log) afterwards."""
    args = ["--db", db]
    if fault_rate is not None:
        args += ["--fault-rate", str(fault_rate)]
    if fault_seed is not None:
        args += ["--fault-seed", str(fault_seed)]
    if webhook_retry_delays is not None:
        args += ["--webhook-retry-delays", webhook_retry_delays]
    if payment_ttl is not None:
        args += ["--payment-ttl", str(payment_ttl)]
    if sweep_interval is not None:
        args += ["--sweep-interval", str(sweep_interval)]
    seed_file = None
    if seed:
        seed_file = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)  # noqa: SIM115 — outlives this block
        json.dump(seed, seed_file)
        seed_file.close()
        args += ["--seed", seed_file.name]
    args += list(extra_args or [])
    mock = _start(args, host, port or free_port(), timeout)
    try:
        yield mock
    finally:
        mock.stop()
        if seed_file is not None:
            os.unlink(seed_file.name)
    if check_clean:
        mock.assert_clean()
