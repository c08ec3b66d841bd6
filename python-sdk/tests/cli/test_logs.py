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


# --- malformed lines: skipped and counted with a note, never a traceback ----------------------------

GOOD = {
    "time": "2026-01-15T10:00:00.000Z",
    "method": "GET",
    "route": "/v1/payments",
    "status": 200,
    "latency_ms": 12.5,
    "request_id": "req_1",
    "client": "cli_1",
    "code": None,
}


def good_with(**changes: Any) -> bytes:
    return json.dumps({**GOOD, **changes}).encode()


def good_without(name: str) -> bytes:
    return json.dumps({k: v for k, v in GOOD.items() if k != name}).encode()


# Each is one line that is not a usable access-log entry (written as bytes: some are not even text).
BAD_LINES: dict[str, bytes] = {
    "latency Infinity": good_with(latency_ms=math.inf),  # json.dumps writes the bare word
    "latency -Infinity": good_with(latency_ms=-math.inf),
    "latency NaN": good_with(latency_ms=math.nan),
    "latency 1e400 (overflows to inf)": good_with(latency_ms=0).replace(
        b'"latency_ms": 0', b'"latency_ms": 1e400'
    ),
    "latency 400-digit integer": good_with(latency_ms=10**400),
    "latency absurd (1e300 ms)": good_with(latency_ms=1e300),
    "latency over a day": good_with(latency_ms=86_400_001),
    "latency negative": good_with(latency_ms=-5),
    "latency a string": good_with(latency_ms="12"),
    "latency true": good_with(latency_ms=True),
    "latency missing": good_without("latency_ms"),
    "status a string": good_with(status="200"),
    "status a float": good_with(status=200.5),
    "status true": good_with(status=True),
    "status 99999": good_with(status=99999),
    "status missing": good_without("status"),
    "method missing": good_without("method"),
    "method a number": good_with(method=5),
    "method empty": good_with(method=""),
    "time missing": good_without("time"),
    "time a number": good_with(time=1767225600),
    "time not a time": good_with(time="yesterday"),
    "route a list": good_with(route=["/v1"]),
    "client a list": good_with(client=["cli_1"]),
    "client an object": good_with(client={"id": "cli_1"}),
    "code an object": good_with(status=500, code={"x": 1}),
    "a JSON list": b"[1, 2, 3]",
    "a JSON string": b'"GET /v1/payments 200"',
    "not JSON": b"127.0.0.1 - - [15/Jan/2026] GET /v1/payments 200",
    "nested past the parser's limit": b"[" * 100_000,
    "not UTF-8": good_with(client="cli_1").replace(b"cli_1", b"cli_\xff\xfe"),
    "a lone surrogate escape": good_with(client="cli_\ud800"),
}


def write_lines(path: Path, *raw: bytes) -> Path:
    path.write_bytes(b"\n".join(raw) + b"\n")
    return path


@pytest.mark.parametrize("bad", BAD_LINES.values(), ids=BAD_LINES.keys())
def test_a_malformed_line_is_skipped_with_a_note(bad: bytes, tmp_path: Path) -> None:
    path = write_lines(tmp_path / "access.jsonl", good_with(), bad, good_with(latency_ms=20))
    for fmt in ("table", "json", "csv"):
        code, out, err = summarize(path, "--format", fmt)
        assert code == 0, err
        assert "Traceback" not in err
        (note,) = [line for line in err.splitlines() if "skipped" in line]
        assert note.startswith("note: 1 line(s) skipped, not access-log entries: line 2: "), err
    data = json.loads(summarize(path, "--format", "json")[1])
    assert data["requests"] == 2 and data["skipped_lines"] == 1
    (operation,) = data["operations"]
    assert operation["max_ms"] == 20 and operation["p50_ms"] is not None


def test_every_malformed_line_at_once(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "access.jsonl", good_with(), *BAD_LINES.values(), b"", good_with()
    )
    code, out, err = summarize(path, "--format", "json")
    assert code == 0 and "Traceback" not in err
    data = json.loads(out)
    assert data["requests"] == 2 and data["skipped_lines"] == len(BAD_LINES)
    assert err.startswith(
        f"note: {len(BAD_LINES)} line(s) skipped, not access-log entries: line 2: "
    )
    assert err.rstrip().endswith(f"(the first 5 of {len(BAD_LINES)})")


def test_a_file_with_no_access_log_line_exits_1(tmp_path: Path) -> None:
    path = write_lines(
        tmp_path / "other.log", b"hello", b"\xff\xfe", good_with(latency_ms=math.nan)
    )
    code, out, err = summarize(path)
    assert code == 1 and out == ""
    assert err.startswith(
        f"error: {path} has no access-log lines (3 line(s) skipped, not access-log entries: "
        "line 1: not JSON; line 2: not valid UTF-8; line 3: latency_ms"
    )
    code, out, err = summarize(write_lines(tmp_path / "empty.jsonl", b""))
    assert code == 0 and out.startswith("0 requests, 0 errors") and err == ""
