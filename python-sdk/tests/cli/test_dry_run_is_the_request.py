"""``--dry-run`` shows exactly the request the real command sends: same method, same path and query
bytes (percent-encoding included), same body bytes, and nothing else.

The real command is run against a local recorder that keeps the request as it arrived on the wire
and refuses it (400 problem+json), so nothing anywhere changes; the dry run is compared to that.
"""

from __future__ import annotations

import contextlib
import http.server
import io
import json
from collections.abc import Iterator
from typing import Any

import pytest

from paycrypt.cli import main

from ._serve import serving

CLIENT = "cli_AAAAAAAAAAAAAAAAAAAAAAAA"
# Ids and reasons with characters whose encoding differs between encoders (space, +, /, %, ü).
AWKWARD_ID = "po 1/ü+%x"
AWKWARD_REASON = "price ended + refund/credit 100% ü"


class Recorder(http.server.BaseHTTPRequestHandler):
    received: list[dict[str, Any]] = []

    def _record(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        Recorder.received.append({"method": self.command, "path": self.path, "body": body})
        problem = json.dumps(
            {"type": "about:blank", "title": "Recorded", "status": 400, "code": "recorded"}
        ).encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/problem+json")
        self.send_header("Content-Length", str(len(problem)))
        self.end_headers()
        self.wfile.write(problem)

    do_GET = do_POST = do_DELETE = do_PATCH = _record  # noqa: N815

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[str]:
    Recorder.received = []
    with serving(Recorder) as url:
        yield url


def cli(base_url: str, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(
            [*argv, "--base-url", base_url, "--api-key", "pk_test_x", "--api-secret", "sk_test_x"]
        )
    return code, out.getvalue(), err.getvalue()


COMMANDS = {
    "payments create": [
        "payments",
        "create",
        "--amount",
        "49.99",
        "--currency",
        "usd",
        "--pay-currency",
        "btc",
        "--order-id",
        "order 1/ü",
        "--description",
        "a + b",
    ],
    "pricing-override remove": [
        "admin",
        "pricing-override",
        "remove",
        AWKWARD_ID,
        "--reason",
        AWKWARD_REASON,
    ],
    "check-usage-alerts": ["admin", "check-usage-alerts", "--month", "2026-01"],
    "test-usage-alert": ["admin", "test-usage-alert", "--client-id", CLIENT, "--threshold", "95"],
    **{
        f"trigger {event}": ["trigger", event, "--amount", "12.50"]
        for event in ("payment.created", "payment.underpaid", "payment.refunded")
    },
}


@pytest.mark.parametrize("argv", COMMANDS.values(), ids=COMMANDS.keys())
def test_dry_run_json_is_the_first_request_sent(recorder: str, argv: list[str]) -> None:
    code, out, err = cli(recorder, *argv, "--dry-run", "--format", "json")
    assert code == 0, err
    assert Recorder.received == [], "a dry run sends nothing"
    shown = json.loads(out)
    code, _, err = cli(recorder, *argv)  # the real command: the recorder refuses its first request
    assert code == 1 and "recorded" in err
    sent = Recorder.received[0]
    assert shown["dry_run"] is True
    assert shown["request"] == {
        "method": sent["method"],
        "path": sent["path"],
        "body": json.loads(sent["body"]) if sent["body"] else None,
    }


@pytest.mark.parametrize("argv", COMMANDS.values(), ids=COMMANDS.keys())
def test_dry_run_text_shows_the_exact_path_and_body_bytes(recorder: str, argv: list[str]) -> None:
    code, out, err = cli(recorder, *argv, "--dry-run")
    assert code == 0, err
    cli(recorder, *argv)
    sent = Recorder.received[0]
    lines = out.splitlines()
    assert lines[0] == f"dry run: would send {sent['method']} {sent['path']}"
    if sent["body"]:
        assert lines[1] == sent["body"].decode("utf-8")
    assert lines[-1] == "dry run: nothing sent, nothing changed"


def test_trigger_dry_run_names_the_later_steps_outside_the_request(recorder: str) -> None:
    code, out, _ = cli(recorder, "trigger", "payment.refunded", "--dry-run", "--format", "json")
    assert code == 0
    shown = json.loads(out)
    assert "then" not in shown["request"]["body"]
    assert shown["then"] == [
        "POST /v1/test_helpers/payments/{payment_id}/pay (the full pay_amount)",
        "POST /v1/payments/{payment_id}/refunds (the whole amount)",
    ]
    code, out, _ = cli(recorder, "trigger", "payment.refunded", "--dry-run")
    assert "then, with what the gateway answers:\n  POST /v1/test_helpers/payments/" in out


def test_pricing_override_remove_dry_run_uses_the_sdks_encoding(recorder: str) -> None:
    code, out, _ = cli(
        recorder, "admin", "pricing-override", "remove", AWKWARD_ID, "--reason", AWKWARD_REASON,
        "--dry-run",
    )  # fmt: skip
    assert code == 0
    assert out.splitlines()[0] == (
        "dry run: would send DELETE /v1/admin/pricing_overrides/po%201%2F%C3%BC%2B%25x"
        "?reason=price%20ended%20%2B%20refund%2Fcredit%20100%25%20%C3%BC"
    )
