"""Bad input is one line on stderr and a non-zero exit, never a traceback: empty ids, arguments that
are not UTF-8 (what Linux hands Python for non-UTF-8 bytes), URLs that cannot be used, times that
are not a positive number of seconds. Nothing here reaches a gateway (the base URL is a closed port)."""

from __future__ import annotations

import contextlib
import io
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from paycrypt.cli import main
from paycrypt.cli._main import _forward
from paycrypt.cli._output import write_fields

import paycrypt_mock.testing as paycrypt_mock_testing

NOT_UTF8 = b"order-\xff".decode("utf-8", "surrogateescape")  # as sys.argv holds it
PAY = ["payments", "create", "--amount", "1.00", "--currency", "USD", "--pay-currency", "BTC"]
LISTEN = ["webhooks", "listen", "--forward-to", "http://127.0.0.1:4242/hook"]
MONITOR = ["monitoring", "setup", "pingdom", "--url", "https://x.example/health", "--token", "t"]

EMPTY = "error: Expected a non-empty value for "
UTF8 = "error: order-id is not valid UTF-8 text"
URL = "not an http(s) URL"
SECS = "not a positive number of seconds"

CASES: dict[str, tuple[list[str], str]] = {
    "payments get ''": (["payments", "get", ""], EMPTY + "`payment_id`"),
    "clients show ''": (["admin", "clients", "show", ""], EMPTY + "`client_id`"),
    "pricing-override remove ''": (
        ["admin", "pricing-override", "remove", ""],
        EMPTY + "`override_id`",
    ),
    "pricing-override remove '' --dry-run": (
        ["admin", "pricing-override", "remove", "", "--dry-run"],
        EMPTY + "`override_id`",
    ),
    "non-UTF-8 order id": ([*PAY, "--order-id", NOT_UTF8], UTF8),
    "non-UTF-8 order id --dry-run": ([*PAY, "--order-id", NOT_UTF8, "--dry-run"], UTF8),
    "non-UTF-8 list filter": (["payments", "list", "--order-id", NOT_UTF8], UTF8),
    "base URL with a bad port": (
        ["payments", "list", "--base-url", "http://[::1"],
        "error: invalid URL",
    ),
    "listen --forward-to without a scheme": (
        [*LISTEN[:2], "--forward-to", "localhost:4242"],
        "argument --forward-to: " + URL,
    ),
    "listen --forward-to with a bad port": (
        [*LISTEN[:2], "--forward-to", "http://h:99999/"],
        "argument --forward-to: " + URL,
    ),
    "listen --interval nan": (
        [*LISTEN, "--interval", "nan"],
        "argument --interval: " + SECS + ": 'nan'",
    ),
    "listen --interval -1": (
        [*LISTEN, "--interval", "-1"],
        "argument --interval: " + SECS + ": '-1'",
    ),
    "listen --timeout inf": (
        [*LISTEN, "--timeout", "inf"],
        "argument --timeout: " + SECS + ": 'inf'",
    ),
    "health --timeout 0": (["health", "--timeout", "0"], "argument --timeout: " + SECS + ": '0'"),
    "monitoring --url with a bad port": (
        [*MONITOR[:3], "--url", "https://x:99999/health", "--dry-run"],
        "argument --url: " + URL,
    ),
    "monitoring --url not http": (
        [*MONITOR[:3], "--url", "ftp://x/health", "--dry-run"],
        "argument --url: " + URL,
    ),
    "monitoring --api-base not a URL": (
        [*MONITOR, "--api-base", "notaurl"],
        "argument --api-base: " + URL,
    ),
    "monitoring --timeout nan": ([*MONITOR, "--timeout", "nan"], "argument --timeout: " + SECS),
    "logs --since too far back": (
        ["logs", "summarize", "access.jsonl", "--since", "99999999999999999999d"],
        "argument --since: expected 30m, 2h, 7d",
    ),
    "payments list --limit past any list": (
        ["payments", "list", "--limit", "99999999999999999999999"],
        "argument --limit: at most 1000000",
    ),
}


@pytest.mark.parametrize("argv,message", CASES.values(), ids=CASES.keys())
def test_bad_input_is_one_line_and_exit_2(argv: list[str], message: str) -> None:
    closed = f"http://127.0.0.1:{paycrypt_mock_testing.free_port()}"
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        base = [] if "--base-url" in argv else ["--base-url", closed]
        code = main([*argv, *base, "--api-key", "pk_x", "--api-secret", "sk_x"])
    text = err.getvalue()
    assert code == 2, text
    assert "Traceback" not in text and out.getvalue() == ""
    assert message in text.splitlines()[-1], text


def test_a_password_in_a_bad_url_is_not_echoed() -> None:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main([*LISTEN[:2], "--forward-to", "http://u:hunter2@h:99999/"])
    assert code == 2 and "hunter2" not in err.getvalue() and "u:***@h:99999" in err.getvalue()


def test_a_log_file_whose_name_is_not_utf8_is_still_read(tmp_path: Path) -> None:
    path = tmp_path / NOT_UTF8  # a legal Linux file name
    path.write_text(
        '{"time":"2026-01-15T10:00:00Z","method":"GET","route":"/v1/x","status":200,"latency_ms":1}\n'
    )
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(["logs", "summarize", str(path)]) == 0, err.getvalue()
    assert out.getvalue().startswith("1 requests, 0 errors")
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        assert main(["logs", "summarize", str(tmp_path / (NOT_UTF8 + "-missing"))]) == 1
    assert "error: cannot read" in err.getvalue()


@contextlib.contextmanager
def not_http() -> Iterator[str]:
    """A TCP server on 127.0.0.1 that answers every connection with a line that is not HTTP."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.05)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.recv(65536)
                conn.sendall(b"SSH-2.0-OpenSSH_9.2\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}"
    finally:
        stop.set()
        thread.join()
        server.close()


def test_a_peer_that_does_not_speak_http_is_one_line() -> None:
    with not_http() as url:
        # monitoring setup: the provider's answer is not HTTP
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            code = main([*MONITOR, "--api-base", url])
        assert code == 1 and err.getvalue().startswith("error: cannot reach pingdom: "), err
        # webhooks listen: a receiver that is not HTTP is a failed delivery, not the end of listen
        assert _forward(f"{url}/hook", "whsec_x", {"id": "evt_1"}).startswith("failed (")


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:4242/a b", "http://127.0.0.1:4242/\x7f", "http://h/\n"]
)
def test_a_url_with_spaces_or_control_characters_is_a_usage_error(url: str) -> None:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main([*LISTEN[:2], "--forward-to", url]) == 2
    assert "argument --forward-to: not an http(s) URL" in err.getvalue()


TYPOS = {
    "a mistyped --api-secret": ["payments", "list", "--api-secrte", "sk_live_TOPSECRET_0123456789"],
    "a mistyped --token": [*MONITOR[:5], "--tokne", "pd-TOPSECRET-0123456789"],
    "a mistyped --secret=": [*LISTEN, "--secrte=whsec_TOPSECRET_0123456789"],
    "a secret where the command goes": ["sk_live_TOPSECRET_0123456789"],
}


@pytest.mark.parametrize("argv", TYPOS.values(), ids=TYPOS.keys())
def test_a_usage_error_never_echoes_a_secret(argv: list[str]) -> None:
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        assert main(argv) == 2
    assert "TOPSECRET" not in err.getvalue()
    assert "error:" in err.getvalue()


def test_a_terminal_that_is_not_utf8_still_gets_the_output(tmp_path: Path) -> None:
    log = tmp_path / "access.jsonl"
    log.write_text(
        '{"time":"2026-01-15T10:00:00Z","method":"GET","route":"/v1/x","status":500,'
        '"latency_ms":1,"client":"cli_Zürich","code":"boom"}\n'
    )
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "COLUMNS": "200"}
    r = subprocess.run(
        [sys.executable, "-m", "paycrypt.cli", "logs", "summarize", str(log)],
        capture_output=True,
        env=env,
        timeout=30,
    )
    assert r.returncode == 0, r.stderr
    assert b"cli_Z\\xfcrich" in r.stdout  # escaped, not a crash


def test_control_characters_in_data_are_shown_escaped_not_sent_to_the_terminal(
    tmp_path: Path,
) -> None:
    log = tmp_path / "access.jsonl"
    log.write_text(
        '{"time":"2026-01-15T10:00:00Z","method":"GET","route":"/v1/x\\u001b[2J","status":500,'
        '"latency_ms":1,"client":"cli_\\u001b]0;owned\\u0007","code":"bo\\u009bom\\r"}\n'
    )
    for wide in ([], ["--wide"]):
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            assert main(["logs", "summarize", str(log), *wide]) == 0
        text = out.getvalue()
        assert not any(c in text for c in "\x1b\x07\x9b\r"), repr(text)
        assert "/v1/x\\x1b[2J" in text and "cli_\\x1b]0;owned\\x07" in text
    # one object's fields (e.g. a payment's metadata, keys included), as `payments get` prints it
    out = io.StringIO()
    write_fields(out, {"id": "pay_1", "metadata": {"no\x1b[2Jte": "a\x07b\r\nc"}})
    assert out.getvalue().splitlines() == [
        "id" + " " * 20 + "pay_1",
        "metadata.no\\x1b[2Jte  a\\x07b c",
    ]
