"""examples/python, examples/node and examples/monitoring, run by subprocess against the mock.

The Node quickstarts import js-sdk/dist: `make test-examples` builds it first.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import paycrypt

import paycrypt_mock.testing as paycrypt_mock_testing

pytestmark = pytest.mark.contract

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
JS_DIST = ROOT / "js-sdk" / "dist" / "esm" / "index.js"


def needs_node(test: Any) -> Any:
    """The Node quickstarts need node and the built js-sdk: their absence is a failure, not a skip."""

    def check(*args: Any, **kwargs: Any) -> Any:
        assert shutil.which("node"), "node is not installed"
        assert JS_DIST.exists(), "js-sdk is not built: cd js-sdk && npm run build"
        return test(*args, **kwargs)

    return functools.wraps(test)(check)


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    with paycrypt_mock_testing.running_mock(webhook_retry_delays="0.2,0.5,1") as m:
        yield m


def env_for(mock: Any, **extra: str) -> dict[str, str]:
    return dict(
        os.environ,
        PAYCRYPT_BASE_URL=mock.base_url,
        PAYCRYPT_API_KEY="pk_test_demo",
        PAYCRYPT_API_SECRET="sk_test_demo",
        **extra,
    )


def check_create(mock: Any, cmd: list[str]) -> None:
    r = subprocess.run(
        [*cmd, "12.50", "EUR", "ETH"], env=env_for(mock), capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 0, r.stderr
    payment_id = r.stdout.split()[0]
    assert payment_id.startswith("pay_") and "12.50 EUR" in r.stdout and " ETH to " in r.stdout
    with paycrypt.PayCrypt("pk_test_demo", "sk_test_demo", base_url=mock.base_url) as client:
        assert client.payments.retrieve(payment_id).amount == "12.50"


def check_receiver(mock: Any, cmd: list[str]) -> None:
    port = paycrypt_mock_testing.free_port()
    with paycrypt.PayCrypt("pk_test_demo", "sk_test_demo", base_url=mock.base_url) as client:
        endpoint = client.webhook_endpoints.create(
            url=f"http://127.0.0.1:{port}/webhooks/paycrypt", events=["payment.confirmed"]
        )
        proc = subprocess.Popen(
            [*cmd, str(port)],
            env=env_for(mock, PAYCRYPT_WEBHOOK_SECRET=endpoint.secret or ""),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert proc.stdout is not None
            assert proc.stdout.readline().startswith("listening on ")
            payment = client.payments.create(amount="5.00", currency="USD", pay_currency="BTC")
            client.test_helpers.payments.pay(payment.id)
            line = proc.stdout.readline()
            assert (
                line.startswith("verified evt_")
                and "payment.confirmed" in line
                and payment.id in line
            ), line
            # a forged delivery is refused
            forged = httpx.post(
                f"http://127.0.0.1:{port}/webhooks/paycrypt",
                content=b'{"id":"evt_x"}',
                headers={"PayCrypt-Webhook-Signature": f"t={int(time.time())},v1=00"},
            )
            assert forged.status_code == 400
        finally:
            proc.terminate()
            proc.wait(timeout=10)
            client.webhook_endpoints.delete(endpoint.id)


def test_python_create_payment(mock: Any) -> None:
    check_create(mock, [sys.executable, str(EXAMPLES / "python" / "create_payment.py")])


def test_python_webhook_receiver(mock: Any) -> None:
    check_receiver(mock, [sys.executable, str(EXAMPLES / "python" / "webhook_receiver.py")])


@needs_node
def test_node_create_payment(mock: Any) -> None:
    check_create(mock, ["node", str(EXAMPLES / "node" / "create-payment.mjs")])


@needs_node
def test_node_webhook_receiver(mock: Any) -> None:
    check_receiver(mock, ["node", str(EXAMPLES / "node" / "webhook-receiver.mjs")])


# --- monitoring -----------------------------------------------------------------


def cron_command() -> str:
    line = next(
        line
        for line in (EXAMPLES / "monitoring" / "crontab").read_text().splitlines()
        if line and not line.startswith("#")
    )
    return line.split(None, 5)[5]


def run_cron(base_url: str) -> int:
    paycrypt_dir = str(Path(sys.executable).parent)  # where the `paycrypt` entry point is installed
    command = cron_command().replace(". /etc/paycrypt.env && ", "").split(" || ")[0]
    env = dict(
        os.environ,
        PATH=f"{paycrypt_dir}{os.pathsep}{os.environ.get('PATH', '')}",
        PAYCRYPT_BASE_URL=base_url,
    )
    return subprocess.run(
        ["sh", "-c", command], env=env, capture_output=True, timeout=60
    ).returncode


def test_cron_health_command(mock: Any) -> None:
    assert "paycrypt health" in cron_command()
    assert run_cron(mock.base_url) == 0
    assert run_cron(f"http://127.0.0.1:{paycrypt_mock_testing.free_port()}") == 2


def test_keyword_checks_match_health(mock: Any) -> None:
    import json

    body = httpx.get(f"{mock.base_url}/health").text
    uptimerobot = json.loads((EXAMPLES / "monitoring" / "uptimerobot.json").read_text())
    pingdom = json.loads((EXAMPLES / "monitoring" / "pingdom.json").read_text())
    assert uptimerobot["url"].endswith("/health") and pingdom["url"] == "/health"
    assert uptimerobot["keyword_value"] in body and pingdom["shouldcontain"] in body
