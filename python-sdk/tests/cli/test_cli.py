"""The `paycrypt` command line against the real mock gateway (in-process, plus the installed entry point)."""

from __future__ import annotations

import contextlib
import csv
import http.server
import io
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

import paycrypt
from paycrypt import webhooks
from paycrypt.cli import main
from paycrypt.cli._output import mask_secret, safe_url

import paycrypt_mock.testing as paycrypt_mock_testing

pytestmark = pytest.mark.contract

OPS_KEY, OPS_SECRET = "pk_test_clitarget", "sk_test_clitarget"
MONEY = {"amount", "pay_amount", "rate", "amount_received", "overpaid_amount", "amount_refunded"}


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    seed = [
        {
            "name": "CLI Target",
            "email": "cli@shop.example",
            "package": "starter",
            "api_key": OPS_KEY,
            "api_secret": OPS_SECRET,
        }
    ]
    with paycrypt_mock_testing.running_mock(webhook_retry_delays="0.2,0.5,1", seed=seed) as m:
        yield m


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PAYCRYPT_API_KEY", "PAYCRYPT_API_SECRET", "PAYCRYPT_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "80")


class Result:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self) -> Any:
        return json.loads(self.out)

    def csv(self) -> list[dict[str, str]]:
        return list(csv.DictReader(io.StringIO(self.out)))


def run(mock: Any, *argv: str, who: str = "demo") -> Result:
    key, secret = {
        "demo": ("pk_test_demo", "sk_test_demo"),
        "admin": ("pk_test_admin", "sk_test_admin"),
        "ops": (OPS_KEY, OPS_SECRET),
    }[who]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*argv, "--base-url", mock.base_url, "--api-key", key, "--api-secret", secret])
    result = Result(code, out.getvalue(), err.getvalue())
    assert secret not in result.out + result.err, "the API secret must never be printed"
    return result


def sdk(mock: Any, who: str = "admin") -> paycrypt.PayCrypt:
    key = {"admin": "pk_test_admin", "demo": "pk_test_demo", "ops": OPS_KEY}[who]
    return paycrypt.PayCrypt(key, key.replace("pk_", "sk_"), base_url=mock.base_url)


@pytest.fixture(scope="module")
def ops_client_id(mock: Any) -> str:
    with sdk(mock) as client:
        return next(c.id for c in client.admin.clients.list(limit=100) if c.name == "CLI Target")


def audit_ids(mock: Any) -> list[str]:
    with sdk(mock) as client:
        return [e.id for e in client.admin.audit_log.list(limit=100)]


# --- help, usage errors ----------------------------------------------------------

COMMANDS = [
    [],
    ["health"],
    ["payments"],
    ["payments", "create"],
    ["payments", "get"],
    ["payments", "list"],
    ["usage"],
    ["admin"],
    ["admin", "clients"],
    ["admin", "clients", "list"],
    ["admin", "clients", "show"],
    ["admin", "switch-package"],
    ["admin", "pricing-override"],
    ["admin", "pricing-override", "create"],
    ["admin", "pricing-override", "list"],
    ["admin", "pricing-override", "remove"],
    ["admin", "usage-report"],
    ["admin", "reset-usage"],
    ["admin", "check-usage-alerts"],
    ["admin", "test-usage-alert"],
    ["admin", "audit-log"],
    ["webhooks"],
    ["webhooks", "listen"],
    ["trigger"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "paycrypt")
def test_help_on_every_command(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main([*command, "--help"]) == 0
    assert "usage: paycrypt" in capsys.readouterr().out


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["payments", "list", "--limit", "0"]) == 2
    assert main(["admin", "test-usage-alert", "--client-id", "x", "--threshold", "85"]) == 2
    assert main(["bogus"]) == 2
    assert "error:" in capsys.readouterr().err


# --- health -----------------------------------------------------------------------


def test_health_ok(mock: Any) -> None:
    r = run(mock, "health")
    assert r.code == 0 and r.out.startswith("OK - PayCrypt healthy (") and r.out.count("\n") == 1
    r = run(mock, "health", "--format", "json")
    assert r.code == 0 and r.json()["status"] == "ok"


def test_health_detailed(mock: Any) -> None:
    r = run(mock, "health", "--detailed", "--format", "json")
    assert r.code == 0
    assert {c["name"] for c in r.json()["components"]} >= {"database"}


def test_health_json_never_shows_a_password_in_the_base_url(
    mock: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    with_password = mock.base_url.replace("http://", "http://ops:hunter2-pw@")
    assert main(["health", "--format", "json", "--base-url", with_password]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["base_url"] == with_password.replace("hunter2-pw", "***")
    assert "hunter2" not in out + err


def test_masked_forms() -> None:
    assert mask_secret("whsec_abcdefghijklmnopqrstuvwxyz") == "whsec_…wxyz"
    assert mask_secret("whsec_short") == "whsec_…"  # too short to show any of it
    assert mask_secret("no-prefix-but-long-enough-secret") == "…cret"
    assert safe_url("https://u:pw@h.example:8443/p?q=1") == "https://u:***@h.example:8443/p?q=1"
    assert safe_url("https://h.example/hook") == "https://h.example/hook"
    assert safe_url("http://u:pw@[::1/") == "[::1/"  # unparsable: nothing before the @


def test_health_unreachable_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    port = paycrypt_mock_testing.free_port()
    assert main(["health", "--base-url", f"http://127.0.0.1:{port}", "--timeout", "2"]) == 2
    assert capsys.readouterr().out.startswith("CRITICAL - PayCrypt unreachable")


# --- payments, usage ------------------------------------------------------------------


def test_payments_create_get_list(mock: Any) -> None:
    r = run(
        mock,
        "payments",
        "create",
        "--amount",
        "49.99",
        "--currency",
        "USD",
        "--pay-currency",
        "BTC",
        "--order-id",
        "cli-1",
        "--format",
        "json",
    )
    assert r.code == 0, r.err
    payment = r.json()
    assert payment["amount"] == "49.99" and payment["order_id"] == "cli-1"
    assert all(isinstance(payment[f], str) for f in MONEY)

    r = run(mock, "payments", "get", payment["id"])
    assert r.code == 0 and payment["id"] in r.out and "49.99" in r.out
    assert all(len(line) <= 80 for line in r.out.splitlines())

    rows = run(mock, "payments", "list", "--format", "csv", "--limit", "5").csv()
    assert rows[0]["id"] == payment["id"] and rows[0]["amount"] == "49.99"
    listed = run(mock, "payments", "list", "--format", "json", "--status", "pending").json()
    assert payment["id"] in [p["id"] for p in listed]
    assert all(isinstance(p["pay_amount"], str) for p in listed)
    table = run(mock, "payments", "list").out
    assert payment["id"] in table and all(len(line) <= 80 for line in table.splitlines())


def test_api_error_is_one_line_with_code_and_request_id(mock: Any) -> None:
    r = run(mock, "payments", "get", "pay_doesnotexist000000000000")
    assert r.code == 1 and r.out == ""
    assert r.err.count("\n") == 1
    assert r.err.startswith("error: 404 payment_not_found — ") and "(request_id=req_" in r.err
    r = run(mock, "admin", "clients", "list")  # merchant key on an admin operation
    assert r.code == 1 and r.err.startswith("error: 403 admin_required")


def test_usage(mock: Any) -> None:
    data = run(mock, "usage", "--format", "json").json()
    assert data["usage"]["max_volume"] == "10000.00" and isinstance(data["alerts"], list)
    r = run(mock, "usage")
    assert r.code == 0 and "starter" in r.out and "alerts (" in r.out
    # the projection moves with the clock, so each output is checked on its own
    line = re.search(
        r"^at this pace: ([0-9]+\.[0-9]{2}) USD by the end of ([0-9]{4}-[0-9]{2})$", r.out, re.M
    )
    assert line and line.group(2) == data["usage"]["month"]
    assert Decimal(line.group(1)) >= Decimal(data["usage"]["current_volume"])
    row = run(mock, "usage", "--format", "csv").csv()[0]
    assert row["record"] == "usage" and Decimal(row["projected_volume"]) >= Decimal(
        row["current_volume"]
    )


def test_usage_shows_the_projection_and_recommendation(mock: Any, ops_client_id: str) -> None:
    with sdk(mock, "ops") as client:
        client.test_helpers.payments.pay(
            client.payments.create(amount="60000.00", currency="USD", pay_currency="USDT").id
        )
    try:
        data = run(mock, "usage", "--format", "json", who="ops").json()
        usage = data["usage"]
        assert Decimal(usage["projected_volume"]) >= Decimal("60000.00")
        # 600 % of starter: never growth (50 000); business, or enterprise in the first week
        recommended = usage["recommended_package"]["id"]
        assert recommended in ("business", "enterprise") and usage["contact_sales"] is False
        table = run(mock, "usage", who="ops").out
        line = re.search(
            r"^at this pace: ([0-9.]+) USD by the end of (\S+); recommended: (\w+)$", table, re.M
        )
        assert line and (line.group(2), line.group(3)) == (usage["month"], recommended)
        assert Decimal(line.group(1)) >= Decimal("60000.00")
        assert {a["projected_volume"] for a in data["alerts"]} and all(
            a["recommended_package"] in ("business", "enterprise") for a in data["alerts"]
        )
    finally:
        with sdk(mock) as admin:
            admin.admin.usage.reset(client_id=ops_client_id, reason="cli test done")


# --- admin ---------------------------------------------------------------------------


def test_admin_clients(mock: Any, ops_client_id: str) -> None:
    rows = run(mock, "admin", "clients", "list", "--format", "csv", who="admin").csv()
    assert ops_client_id in [row["id"] for row in rows]
    assert all("." in row["current_volume"] for row in rows)
    clients = run(
        mock, "admin", "clients", "list", "--package", "enterprise", "--format", "json", who="admin"
    ).json()
    assert [c["package"]["id"] for c in clients] == ["enterprise"] * len(clients) and clients
    assert (
        run(
            mock, "admin", "clients", "list", "--min-usage", "99", "--format", "json", who="admin"
        ).json()
        == []
    )
    table = run(mock, "admin", "clients", "list", "--status", "active", who="admin").out
    assert ops_client_id in table and all(len(line) <= 80 for line in table.splitlines())
    r = run(mock, "admin", "clients", "show", ops_client_id, who="admin")
    assert r.code == 0 and "CLI Target" in r.out


def test_switch_package_dry_run_then_real(mock: Any, ops_client_id: str) -> None:
    before_audit = audit_ids(mock)
    r = run(
        mock,
        "admin",
        "switch-package",
        ops_client_id,
        "--to",
        "growth",
        "--reason",
        "trial",
        "--dry-run",
        who="admin",
    )
    assert (
        r.code == 0
        and "before: starter" in r.out
        and "after:  growth" in r.out
        and "dry run" in r.out
    )
    with sdk(mock) as client:
        assert client.admin.clients.retrieve(ops_client_id).package.id == "starter"
    assert audit_ids(mock) == before_audit

    r = run(
        mock,
        "admin",
        "switch-package",
        ops_client_id,
        "--to",
        "growth",
        "--reason",
        "trial",
        who="admin",
    )
    assert r.code == 0 and "audit entry aud_" in r.out
    with sdk(mock) as client:
        assert client.admin.clients.retrieve(ops_client_id).package.id == "growth"
        entry = client.admin.audit_log.list(limit=1).data[0]
    assert entry.action == "package_switched" and entry.id in r.out and entry.id not in before_audit


def test_pricing_overrides(mock: Any, ops_client_id: str) -> None:
    before_audit = audit_ids(mock)
    r = run(
        mock,
        "admin",
        "pricing-override",
        "create",
        ops_client_id,
        "--fee",
        "0.5",
        "--until",
        "2099-03-31",
        "--reason",
        "promo",
        "--dry-run",
        who="admin",
    )
    assert r.code == 0 and "would create" in r.out
    assert (
        run(
            mock,
            "admin",
            "pricing-override",
            "list",
            ops_client_id,
            "--format",
            "json",
            who="admin",
        ).json()
        == []
    )
    assert audit_ids(mock) == before_audit

    r = run(
        mock,
        "admin",
        "pricing-override",
        "create",
        ops_client_id,
        "--fee",
        "0.5",
        "--until",
        "2099-03-31",
        "--reason",
        "promo",
        "--format",
        "json",
        who="admin",
    )
    created = r.json()
    override = created["pricing_override"]
    assert override["fee_percent"] == "0.50" and override["expires_at"] == "2099-03-31T23:59:59Z"
    assert created["audit_entry"]["action"] == "pricing_override_created"
    rows = run(mock, "admin", "pricing-override", "list", "--format", "csv", who="admin").csv()
    assert override["id"] in [row["id"] for row in rows]

    r = run(
        mock,
        "admin",
        "pricing-override",
        "remove",
        override["id"],
        "--reason",
        "ended",
        who="admin",
    )
    assert r.code == 0 and "removed" in r.out and "audit entry aud_" in r.out
    assert (
        run(
            mock,
            "admin",
            "pricing-override",
            "list",
            ops_client_id,
            "--format",
            "json",
            who="admin",
        ).json()
        == []
    )


def test_usage_report_reset_alerts_audit(mock: Any, ops_client_id: str) -> None:
    with sdk(mock, "ops") as client:
        payment = client.payments.create(amount="8500.00", currency="USD", pay_currency="USDT")
        client.test_helpers.payments.pay(payment.id)
        usage_before = client.usage.retrieve().current_volume
    assert usage_before != "0.00"

    report = run(mock, "admin", "usage-report", "--format", "json", who="admin").json()
    assert ops_client_id in [c["client_id"] for c in report["clients"]]
    month = report["month"]
    rows = run(
        mock, "admin", "usage-report", "--month", month, "--format", "csv", who="admin"
    ).csv()
    assert ops_client_id in [row["client_id"] for row in rows]
    assert run(mock, "admin", "usage-report", who="admin").out.startswith(f"usage report {month}")

    r = run(mock, "admin", "check-usage-alerts", who="admin")
    assert r.code == 0 and r.out.startswith("checked ")
    r = run(
        mock,
        "admin",
        "test-usage-alert",
        "--client-id",
        ops_client_id,
        "--threshold",
        "95",
        "--format",
        "json",
        who="admin",
    )
    assert r.json()["test"] is True and r.json()["threshold"] == 95

    before_audit = audit_ids(mock)
    r = run(
        mock,
        "admin",
        "reset-usage",
        "--client-id",
        ops_client_id,
        "--reason",
        "test",
        "--dry-run",
        who="admin",
    )
    assert r.code == 0 and "would reset" in r.out
    with sdk(mock, "ops") as client:
        assert client.usage.retrieve().current_volume == usage_before
    assert audit_ids(mock) == before_audit
    r = run(
        mock, "admin", "reset-usage", "--client-id", ops_client_id, "--reason", "test", who="admin"
    )
    assert r.code == 0 and "audit entry aud_" in r.out
    with sdk(mock, "ops") as client:
        assert client.usage.retrieve().current_volume in ("0", "0.00")

    log = run(mock, "admin", "audit-log", "--format", "json", who="admin").json()
    assert log[0]["action"] == "usage_reset"
    rows = run(
        mock, "admin", "audit-log", "--client-id", ops_client_id, "--format", "csv", who="admin"
    ).csv()
    assert {"usage_reset", "test_alert_sent"} <= {row["action"] for row in rows}
    table = run(mock, "admin", "audit-log", who="admin").out
    assert all(len(line) <= 80 for line in table.splitlines())


def test_fee_of_an_override_in_payments_and_usage_report(mock: Any) -> None:
    """Issue 15: an override at 0.50 % shows as a 0.50 fee on a 100.00 USD payment, and in the report."""
    with sdk(mock, "demo") as client:
        demo_id = client.account.retrieve().id
    r = run(
        mock,
        "admin",
        "pricing-override",
        "create",
        demo_id,
        "--fee",
        "0.50",
        "--until",
        "2099-03-31",
        "--reason",
        "promo",
        "--format",
        "json",
        who="admin",
    )
    override_id = r.json()["pricing_override"]["id"]
    try:
        payment = run(
            mock,
            "payments",
            "create",
            "--amount",
            "100.00",
            "--currency",
            "USD",
            "--pay-currency",
            "BTC",
            "--format",
            "json",
        ).json()
        assert (payment["fee_percent"], payment["fee"], payment["net_amount"]) == (
            "0.50",
            "0.50",
            "99.50",
        )
        shown = run(mock, "payments", "get", payment["id"]).out
        assert any(line.split() == ["fee", "0.50"] for line in shown.splitlines()), shown
        assert any(line.split() == ["net_amount", "99.50"] for line in shown.splitlines()), shown
        row = next(
            r
            for r in run(mock, "payments", "list", "--format", "csv").csv()
            if r["id"] == payment["id"]
        )
        assert (row["fee_percent"], row["fee"], row["net_amount"]) == ("0.50", "0.50", "99.50")
        with sdk(mock, "demo") as client:
            month = client.usage.retrieve().month
            before = next(c for c in client_report(mock, month) if c["client_id"] == demo_id)
            client.test_helpers.payments.pay(payment["id"])
        line = next(c for c in client_report(mock, month) if c["client_id"] == demo_id)
        assert Decimal(line["fees"]) - Decimal(before["fees"]) == Decimal("0.50")
        assert Decimal(line["net_volume"]) - Decimal(before["net_volume"]) == Decimal("99.50")
        table = run(mock, "admin", "usage-report", who="admin").out
        assert re.match(r"^fees [0-9.]+ USD, net [0-9.]+ USD$", table.splitlines()[1])
    finally:
        run(
            mock,
            "admin",
            "pricing-override",
            "remove",
            override_id,
            "--reason",
            "done",
            who="admin",
        )


def client_report(mock: Any, month: str) -> list[dict[str, str]]:
    return run(
        mock, "admin", "usage-report", "--month", month, "--format", "csv", who="admin"
    ).csv()


# --- trigger, listen --------------------------------------------------------------------


@pytest.mark.parametrize(
    "event_type",
    [
        "payment.created",
        "payment.confirmed",
        "payment.underpaid",
        "payment.expired",
        "payment.canceled",
        "payment.refunded",
    ],
)
def test_trigger(mock: Any, event_type: str) -> None:
    r = run(mock, "trigger", event_type, "--format", "json")
    assert r.code == 0, r.err
    payment_id = r.json()["payment"]["id"]
    with sdk(mock, "demo") as client:
        types = {e.type for e in client.events.list(limit=30) if e.data.object.id == payment_id}
    assert event_type in types


class _Receiver(http.server.ThreadingHTTPServer):
    secret = ""
    verified: list[str] = []
    rejected: list[str] = []


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Receiver

    def do_POST(self) -> None:  # noqa: N802
        raw = self.rfile.read(int(self.headers["Content-Length"]))
        try:
            event = webhooks.verify(
                raw, self.headers.get("PayCrypt-Webhook-Signature"), self.server.secret
            )
        except paycrypt.WebhookVerificationError as exc:
            self.server.rejected.append(exc.reason)
            self.send_response(400)
        else:
            self.server.verified.append(event.type)
            self.send_response(200)
        self.end_headers()

    def log_message(self, *args: Any) -> None:
        pass


GIVEN_SECRET = "whsec_given_by_the_user_Qm4Zr8Tx2Lp9"


def never_shown(secret: str, text: str) -> None:
    """Not the secret, nor any 8 characters of what follows its ``whsec_`` prefix."""
    body = secret.split("_", 1)[1]
    leaked = [body[i : i + 8] for i in range(len(body) - 7) if body[i : i + 8] in text]
    assert leaked == [], f"the webhook secret was printed: {leaked}"


@pytest.mark.parametrize("source", ["generated", "--secret", "env"])
def test_listen_forwards_a_triggered_event_via_the_entry_point(mock: Any, source: str) -> None:
    exe = shutil.which("paycrypt", path=str(Path(sys.executable).parent))
    assert exe, "the `paycrypt` entry point is installed next to python"
    receiver = _Receiver(("127.0.0.1", 0), _Handler)
    receiver.verified, receiver.rejected = [], []
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{receiver.server_address[1]}/hook"
    env = dict(
        os.environ,
        PAYCRYPT_BASE_URL=mock.base_url,
        PAYCRYPT_API_KEY="pk_test_demo",
        PAYCRYPT_API_SECRET="sk_test_demo",
    )
    env.pop("PAYCRYPT_WEBHOOK_SECRET", None)
    given = ["--secret", GIVEN_SECRET] if source == "--secret" else []
    if source == "env":
        env["PAYCRYPT_WEBHOOK_SECRET"] = GIVEN_SECRET
    proc = subprocess.Popen(
        [
            exe,
            "webhooks",
            "listen",
            "--forward-to",
            url,
            "--interval",
            "0.2",
            "--max-events",
            "1",
            "--timeout",
            "20",
            *given,
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert first.startswith("Ready!"), first + proc.stderr.read() if proc.stderr else first
        secret_line = proc.stdout.readline()
        if source == "generated":  # a fresh secret exists nowhere else: it is printed, once
            receiver.secret = secret_line.rsplit(" ", 1)[1].strip()
            assert receiver.secret.startswith("whsec_")
        else:  # a secret the user gave is never printed, only a masked form
            receiver.secret = GIVEN_SECRET
            assert secret_line.strip() == "Signing with your webhook secret whsec_…2Lp9"
        assert run(mock, "trigger", "payment.created").code == 0
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
        receiver.shutdown()
        receiver.server_close()
    assert proc.returncode == 0, err
    assert "payment.created" in out and "[200]" in out, out
    assert receiver.verified == ["payment.created"] and receiver.rejected == []
    assert "sk_test_demo" not in out + err
    if source != "generated":
        never_shown(GIVEN_SECRET, first + secret_line + out + err)


def test_python_m_paycrypt_cli(mock: Any) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "paycrypt.cli", "health", "--base-url", mock.base_url],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert r.returncode == 0 and r.stdout.startswith("OK - ")


def test_import_paycrypt_does_not_import_the_cli() -> None:
    code = (
        "import sys, paycrypt; paycrypt.PayCrypt; "
        "assert 'paycrypt.cli' not in sys.modules; assert 'argparse' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=30)
