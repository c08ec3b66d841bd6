"""The mock's ``--access-log FILE`` and ``paycrypt logs summarize`` on a log a real mock run wrote."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import math
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest

import paycrypt
from paycrypt.cli import main
from paycrypt.cli._logs import parse_since

import paycrypt_mock.testing as paycrypt_mock_testing
from paycrypt_mock.testing import ADMIN_KEY, ADMIN_SECRET, DEMO_KEY, DEMO_SECRET


def SignedClient(base_url: str, key: str, secret: str) -> httpx.Client:  # noqa: N802 — reads like the class
    """Raw signed requests (the SDK's own signer), so the log sees exactly what was sent."""
    return httpx.Client(base_url=base_url, auth=paycrypt.PayCryptAuth(key, secret), timeout=10.0)


pytestmark = pytest.mark.contract

SHOP_KEY, SHOP_SECRET = "pk_test_logshop", "sk_test_logshop_s3cr3t"


@pytest.fixture(scope="module")
def access_log(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[str, Any]]]:
    """Run the mock with --access-log, make a known mix of requests, stop it; yield the file and what we did."""
    path = tmp_path_factory.mktemp("logs") / "access.jsonl"
    seed = [
        {
            "name": "Log Shop",
            "email": "log@shop.example",
            "package": "starter",
            "api_key": SHOP_KEY,
            "api_secret": SHOP_SECRET,
        }
    ]
    did: dict[str, Any] = {}
    with (
        paycrypt_mock_testing.running_mock(
            seed=seed, extra_args=["--access-log", str(path)]
        ) as mock,
        SignedClient(mock.base_url, SHOP_KEY, SHOP_SECRET) as shop,
        SignedClient(mock.base_url, DEMO_KEY, DEMO_SECRET) as demo,
        SignedClient(mock.base_url, ADMIN_KEY, ADMIN_SECRET) as admin,
        SignedClient(mock.base_url, SHOP_KEY, "sk_wrong_secret") as forged,
    ):
        ids = []
        for _ in range(6):
            r = shop.post(
                "/v1/payments",
                json={
                    "amount": "12.34",
                    "currency": "USD",
                    "pay_currency": "BTC",
                    "description": "BODY-MUST-NOT-BE-LOGGED",
                },
            )
            assert r.status_code == 201
            ids.append(r.json()["id"])
        for payment_id in ids:
            assert shop.get(f"/v1/payments/{payment_id}").status_code == 200
        for _ in range(3):
            assert shop.get("/v1/payments/pay_000000000000000000000000").status_code == 404
        assert shop.get("/v1/admin/clients").status_code == 403
        assert forged.get("/v1/payments").status_code == 401
        assert demo.post(
            "/v1/payments", json={"amount": "-1", "currency": "USD", "pay_currency": "BTC"}
        ).status_code in (400, 422)
        assert admin.get("/v1/admin/clients").status_code == 200
        assert httpx.get(f"{mock.base_url}/health").status_code == 200
        assert httpx.get(f"{mock.base_url}/no/such/route").status_code == 404
        did["shop_id"] = shop.get("/v1/usage").json()["client_id"]
        did["demo_id"] = demo.get("/v1/usage").json()["client_id"]
        did["payment_ids"] = ids
    yield path, did


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_access_log_lines_have_the_fields_and_no_secrets(
    access_log: tuple[Path, dict[str, Any]],
) -> None:
    path, did = access_log
    text = path.read_text()
    entries = lines(path)
    assert len(entries) == 6 + 6 + 3 + 1 + 1 + 1 + 1 + 1 + 1 + 2
    for entry in entries:
        assert set(entry) == {
            "time",
            "method",
            "route",
            "status",
            "latency_ms",
            "request_id",
            "client",
            "code",
        }
        datetime.fromisoformat(entry["time"].replace("Z", "+00:00"))
        assert entry["latency_ms"] >= 0
    # templates, not raw paths: every GET of a payment is one operation
    gets = [
        e for e in entries if e["method"] == "GET" and e["route"] == "/v1/payments/{payment_id}"
    ]
    assert len(gets) == 9 and {e["status"] for e in gets} == {200, 404}
    assert all(e["code"] == "payment_not_found" for e in gets if e["status"] == 404)
    assert all(e["client"] == did["shop_id"] for e in gets)
    assert all(e["request_id"].startswith("req_") for e in entries if e["route"] != "/dashboard")
    by_code = Counter(e["code"] for e in entries if e["code"])
    assert by_code["admin_required"] == 1 and by_code["not_found"] == 1
    assert any(
        e["status"] == 401 and e["client"] == did["shop_id"] for e in entries
    )  # a forged request: whose key
    unmatched = next(e for e in entries if e["status"] == 404 and e["code"] == "not_found")
    assert unmatched["route"] is None and "/no/such/route" not in text
    # never a secret, a signature or a body
    for secret in (
        SHOP_SECRET,
        "sk_wrong_secret",
        DEMO_SECRET,
        ADMIN_SECRET,
        SHOP_KEY,
        "v1=",
        "BODY-MUST-NOT",
    ):
        assert secret not in text
    assert not any(pid in text for pid in did["payment_ids"])  # ids in paths stay out too


def summarize(path: Path, *extra: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(["logs", "summarize", str(path), *extra])
    return code, out.getvalue(), err.getvalue()


def nearest_rank(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(1, math.ceil(p / 100 * len(ordered))) - 1]


def test_summarize_json_matches_the_log(access_log: tuple[Path, dict[str, Any]]) -> None:
    path, did = access_log
    entries = lines(path)
    code, out, err = summarize(path, "--format", "json")
    assert code == 0 and err == ""
    report = json.loads(out)
    errors = [e for e in entries if e["status"] >= 400]
    assert report["requests"] == len(entries) and report["errors"] == len(errors)
    assert report["error_rate"] == f"{100 * len(errors) / len(entries):.2f}"
    assert {s["status"]: s["requests"] for s in report["by_status"]} == {
        str(k): v for k, v in Counter(e["status"] for e in entries).items()
    }
    assert {c["code"]: c["requests"] for c in report["by_code"]} == dict(
        Counter(e["code"] for e in errors)
    )
    ops = {o["operation"]: o for o in report["operations"]}
    get_payment = ops["GET /v1/payments/{payment_id}"]
    assert (
        get_payment["requests"] == 9
        and get_payment["errors"] == 3
        and get_payment["error_rate"] == "33.33"
    )
    for name, op in ops.items():
        method, route = name.split(" ", 1)
        values = [
            e["latency_ms"]
            for e in entries
            if e["method"] == method and (e["route"] or "(no route)") == route
        ]
        assert op["requests"] == len(values)
        for p in (50, 95, 99):
            exact = nearest_rank(values, p)
            assert exact * 0.99 - 0.01 <= op[f"p{p}_ms"] <= exact * 1.01 + 0.01, (
                name,
                p,
                exact,
                op,
            )
    top = report["clients_with_most_errors"]
    # the shop: 6 creates + 9 reads + admin 403 + forged 401 + /v1/usage = 18, of which 3 + 1 + 1 failed
    assert top[0] == {"client": did["shop_id"], "errors": 5, "requests": 18, "error_rate": "27.78"}
    assert did["demo_id"] in [c["client"] for c in top]


def test_summarize_table_csv_and_since(
    access_log: tuple[Path, dict[str, Any]], tmp_path: Path
) -> None:
    path, did = access_log
    code, out, _ = summarize(path)
    assert code == 0 and out.startswith(f"{len(lines(path))} requests, ")
    assert (
        "GET /v1/payments/{payment_id}" in out
        and "payment_not_found" in out
        and did["shop_id"] in out
    )
    code, out, _ = summarize(path, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["section"] for r in rows} == {"total", "status", "code", "operation", "client"}
    assert next(r for r in rows if r["key"] == "POST /v1/payments")["requests"] == "7"
    # --since: older lines are left out; lines that are not access-log JSON are skipped with a note
    old = {**lines(path)[0], "time": "2001-01-01T00:00:00.000Z"}
    mixed = tmp_path / "mixed.jsonl"
    mixed.write_text(json.dumps(old) + "\nnot json\n" + path.read_text())
    code, out, err = summarize(mixed, "--since", "1h", "--format", "json")
    assert code == 0 and json.loads(out)["requests"] == len(lines(path))
    assert "1 line(s)" in err
    code, out, _ = summarize(mixed, "--since", "2000-12-31", "--format", "json")
    assert json.loads(out)["requests"] == len(lines(path)) + 1


def test_parse_since() -> None:
    now = datetime(2026, 1, 15, 12, 0, tzinfo=timezone.utc)
    assert parse_since("30m", now) == now - timedelta(minutes=30)
    assert parse_since("7d", now) == now - timedelta(days=7)
    assert parse_since("2026-01-10") == datetime(2026, 1, 10, tzinfo=timezone.utc)
    assert parse_since("2026-01-10T08:00:00Z") == datetime(2026, 1, 10, 8, tzinfo=timezone.utc)
    assert main(["logs", "summarize", "x", "--since", "yesterday"]) == 2


def test_summarize_missing_file_is_one_line(tmp_path: Path) -> None:
    code, out, err = summarize(tmp_path / "nope.jsonl")
    assert code == 1 and out == "" and err.startswith("error: cannot read")
