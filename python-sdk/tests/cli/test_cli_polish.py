"""The CLI rough edges of issue 15, each measured and now a test: tables that fit (wrap or drop with a
note, --wide for everything), CSV that keeps the alerts, the missing columns, unknown choices, dry runs."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import paycrypt
from paycrypt.cli import main
from paycrypt.cli._output import fit_columns, write_table

import paycrypt_mock.testing as paycrypt_mock_testing

pytestmark = pytest.mark.contract

SHOP_KEY, SHOP_SECRET = "pk_test_polishshop", "sk_test_polishshop"
SHOP_NAME = "Polish Shop With A Rather Long Merchant Name"


@pytest.fixture(scope="module")
def mock() -> Iterator[Any]:
    seed = [
        {
            "name": SHOP_NAME,
            "email": "polish@shop.example",
            "package": "starter",
            "api_key": SHOP_KEY,
            "api_secret": SHOP_SECRET,
        }
    ]
    with paycrypt_mock_testing.running_mock(seed=seed) as m:
        yield m


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("PAYCRYPT_API_KEY", "PAYCRYPT_API_SECRET", "PAYCRYPT_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "80")


def run(mock: Any, *argv: str, who: str = "admin") -> tuple[int, str, str]:
    key, secret = {"admin": ("pk_test_admin", "sk_test_admin"), "shop": (SHOP_KEY, SHOP_SECRET)}[
        who
    ]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main([*argv, "--base-url", mock.base_url, "--api-key", key, "--api-secret", secret])
    return code, out.getvalue(), err.getvalue()


def sdk(mock: Any, who: str = "admin") -> paycrypt.PayCrypt:
    key, secret = {"admin": ("pk_test_admin", "sk_test_admin"), "shop": (SHOP_KEY, SHOP_SECRET)}[
        who
    ]
    return paycrypt.PayCrypt(key, secret, base_url=mock.base_url)


@pytest.fixture(scope="module")
def shop_id(mock: Any) -> str:
    """The shop at 96 %: three alerts (80, 90, 95) this month, a test alert, and an override."""
    with sdk(mock, "shop") as shop:
        payment = shop.payments.create(amount="9600.00", currency="USD", pay_currency="USDT")
        shop.test_helpers.payments.pay(payment.id)
    with sdk(mock) as admin:
        client_id = next(c.id for c in admin.admin.clients.list(limit=100) if c.name == SHOP_NAME)
        admin.admin.usage.check_alerts()
        admin.admin.pricing_overrides.create(
            client_id=client_id,
            fee_percent="0.5",
            expires_at="2099-01-01T00:00:00Z",
            reason="a long reason " * 4,
        )
    return client_id


def assert_fits(table: str, width: int = 80) -> None:
    assert table.strip(), "empty output"
    assert "…" not in table, "a cell or header was cut"
    assert all(len(line) <= width for line in table.splitlines()), table


def audit_ids(mock: Any) -> list[str]:
    with sdk(mock) as admin:
        return [e.id for e in admin.admin.audit_log.list(limit=100)]


# --- tables fit: wrap or drop with a note, never cut; --wide shows everything -------------------


def test_fit_columns_never_cuts_a_header_and_drops_from_the_right() -> None:
    headers = ["ID", "NAME", "THRESHOLD", "LIMIT_EXCEEDED", "REASON"]
    natural = [28, 40, 9, 14, 60]
    kept, widths = fit_columns(headers, natural, [True, False, False, False, False], 60)
    assert kept == [0, 1, 2]  # the least important (rightmost) go first
    assert all(w >= len(headers[i]) for i, w in zip(kept, widths, strict=False))
    assert sum(widths) + 2 * (len(kept) - 1) <= 60
    kept, widths = fit_columns(headers, natural, [True, False, False, False, False], 80)
    assert kept == [0, 1, 2, 3, 4] and widths[1] < 40  # enough room: nothing dropped, NAME wraps

    out, notes = io.StringIO(), io.StringIO()
    rows = [
        {
            "id": "x" * 28,
            "name": "n" * 40,
            "threshold": 80,
            "limit_exceeded": False,
            "reason": "r " * 30,
        }
    ]
    write_table(
        out, rows, ["id", "name", "threshold", "limit_exceeded", "reason"], width=60, notes=notes
    )
    assert_fits(out.getvalue(), 60)
    assert out.getvalue().count("n") == 40  # wrapped over lines, every character kept
    assert out.getvalue().splitlines()[0].split() == ["ID", "NAME", "THRESHOLD"]
    assert (
        "2 column(s) not shown" in notes.getvalue() and "limit_exceeded, reason" in notes.getvalue()
    )


def test_audit_log_table_fits_80_columns_with_a_client_column_and_a_note(
    mock: Any, shop_id: str
) -> None:
    code, out, err = run(mock, "admin", "audit-log", "--client-id", shop_id)
    assert code == 0
    assert_fits(out)
    assert "CLIENT_ID" in out.splitlines()[0] and shop_id in out
    assert "note:" in err and "reason" in err and "--wide" in err  # the dropped column is named
    code, wide, err = run(mock, "admin", "audit-log", "--client-id", shop_id, "--wide")
    assert code == 0 and err == ""
    assert "REASON" in wide.splitlines()[0] and "a long reason a long reason" in wide


def test_usage_report_table_has_name_and_alerts_columns(mock: Any, shop_id: str) -> None:
    code, out, _ = run(mock, "admin", "usage-report")
    assert code == 0
    assert_fits(out)
    header = next(line for line in out.splitlines() if line.startswith("CLIENT_ID"))
    assert "NAME" in header and "ALERTS" in header
    row_text = "\n".join(line for line in out.splitlines()[1:])
    assert shop_id in row_text and "Polish" in row_text and "80 90 95" in row_text
    rows = list(
        csv.DictReader(io.StringIO(run(mock, "admin", "usage-report", "--format", "csv")[1]))
    )
    shop = next(r for r in rows if r["client_id"] == shop_id)
    assert (
        shop["name"] == SHOP_NAME and shop["alerts"] == "80 90 95" and shop["payments_count"] == "1"
    )
    code, wide, err = run(mock, "admin", "usage-report", "--wide")
    assert "PAYMENTS" in wide and "PACKAGE" in wide and err == ""


def test_usage_table_and_fields_fit_80_columns(mock: Any, shop_id: str) -> None:
    code, out, _ = run(mock, "usage", who="shop")
    assert code == 0
    assert_fits(out)
    assert "THRESHOLD" in out  # the header is whole, not "THRESH…"


def test_a_pipe_gets_80_columns(mock: Any, shop_id: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != "COLUMNS"}
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "paycrypt"),
            "admin",
            "audit-log",
            "--base-url",
            mock.base_url,
            "--api-key",
            "pk_test_admin",
            "--api-secret",
            "sk_test_admin",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )
    assert result.returncode == 0, result.stderr
    assert_fits(result.stdout)


# --- usage --format csv keeps the alerts ---------------------------------------------------------


def test_usage_csv_includes_the_alerts(mock: Any, shop_id: str) -> None:
    code, out, _ = run(mock, "usage", "--format", "csv", who="shop")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert rows[0]["record"] == "usage" and rows[0]["usage_percentage"] == "96.00"
    assert rows[0]["max_volume"] == "10000.00" and rows[0]["package"] == "starter"
    alerts = [r for r in rows[1:] if r["record"] == "alert"]
    assert sorted(int(r["threshold"]) for r in alerts) == [80, 90, 95]
    assert all(r["id"].startswith("ua_") and r["email_sent"] == "true" for r in alerts)


# --- unknown choices are usage errors that list the valid ones -----------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["admin", "clients", "list", "--status", "nope"],
        ["payments", "list", "--status", "nope"],
        ["admin", "audit-log", "--action", "nope"],
    ],
)
def test_unknown_choice_exits_2_listing_the_valid_ones(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'nope'" in err
    assert (
        "'active', 'suspended'" in err
        or "'pending', 'confirming'" in err
        or "'package_switched'" in err
    )


@pytest.mark.parametrize(
    "argv",
    [
        ["admin", "clients", "list", "--package", "nope"],
        ["admin", "switch-package", "cli_x", "--to", "nope", "--reason", "r"],
    ],
)
def test_unknown_package_exits_2_listing_the_gateways_packages(mock: Any, argv: list[str]) -> None:
    """Packages are data (GET /v1/admin/packages), so the CLI checks them against the gateway's list."""
    before = audit_ids(mock)
    code, out, err = run(mock, *argv)
    assert code == 2 and out == ""
    assert err.startswith("error: argument --") and "invalid choice: 'nope'" in err
    assert "'starter', 'growth', 'business', 'enterprise'" in err
    assert audit_ids(mock) == before
    code, out, _ = run(
        mock, "admin", "clients", "list", "--package", "enterprise", "--format", "json"
    )
    assert code == 0 and {c["package"]["id"] for c in json.loads(out)} == {"enterprise"}


# --- --dry-run on every command that changes something -------------------------------------------


def test_pricing_override_remove_dry_run_sends_nothing(mock: Any, shop_id: str) -> None:
    with sdk(mock) as admin:
        (override,) = admin.admin.pricing_overrides.list(client_id=shop_id).data
    before = audit_ids(mock)
    code, out, _ = run(
        mock, "admin", "pricing-override", "remove", override.id, "--reason", "ended", "--dry-run"
    )
    assert code == 0
    assert f"would send DELETE /v1/admin/pricing_overrides/{override.id}?reason=ended" in out
    assert "nothing sent" in out
    with sdk(mock) as admin:
        assert [o.id for o in admin.admin.pricing_overrides.list(client_id=shop_id).data] == [
            override.id
        ]
    assert audit_ids(mock) == before


def test_test_usage_alert_and_check_usage_alerts_dry_run_send_nothing(
    mock: Any, shop_id: str
) -> None:
    with sdk(mock, "shop") as shop:
        alerts_before = [a.id for a in shop.usage.list_alerts(limit=100)]
    before = audit_ids(mock)
    code, out, _ = run(
        mock,
        "admin",
        "test-usage-alert",
        "--client-id",
        shop_id,
        "--threshold",
        "100",
        "--dry-run",
        "--format",
        "json",
    )
    assert code == 0
    shown = json.loads(out)
    assert shown == {
        "dry_run": True,
        "request": {
            "method": "POST",
            "path": "/v1/admin/usage/test_alert",
            "body": {"client_id": shop_id, "threshold": 100},
        },
    }
    code, out, _ = run(mock, "admin", "check-usage-alerts", "--dry-run")
    assert code == 0 and "would send POST /v1/admin/usage/check_alerts" in out
    with sdk(mock, "shop") as shop:
        assert [a.id for a in shop.usage.list_alerts(limit=100)] == alerts_before
    assert audit_ids(mock) == before


def test_payments_create_and_trigger_dry_run_send_nothing(mock: Any, shop_id: str) -> None:
    with sdk(mock, "shop") as shop:
        payments_before = [p.id for p in shop.payments.list(limit=100)]
    code, out, _ = run(
        mock,
        "payments",
        "create",
        "--amount",
        "5.00",
        "--currency",
        "usd",
        "--pay-currency",
        "btc",
        "--dry-run",
        who="shop",
    )
    assert code == 0 and "would send POST /v1/payments" in out and '"currency":"USD"' in out
    code, out, _ = run(mock, "trigger", "payment.refunded", "--dry-run", who="shop")
    assert code == 0 and "/refunds (the whole amount)" in out and "nothing sent" in out
    with sdk(mock, "shop") as shop:
        assert [p.id for p in shop.payments.list(limit=100)] == payments_before


MUTATING = [
    ["payments", "create"],
    ["admin", "switch-package"],
    ["admin", "pricing-override", "create"],
    ["admin", "pricing-override", "remove"],
    ["admin", "reset-usage"],
    ["admin", "check-usage-alerts"],
    ["admin", "test-usage-alert"],
    ["trigger"],
    ["monitoring", "setup"],
]


@pytest.mark.parametrize("command", MUTATING, ids=" ".join)
def test_every_changing_command_has_dry_run(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*command, "--help"]) == 0
    assert "--dry-run" in capsys.readouterr().out
