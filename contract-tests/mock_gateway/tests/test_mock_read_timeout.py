"""Slow or idle partial requests are closed after --request-timeout (issue 12, "Isolation"):
a client that trickles its headers or body a byte at a time, or connects and sends nothing,
cannot hold a connection open for ever."""

from __future__ import annotations

import select
import socket
import time
from collections.abc import Iterator

import pytest

from paycrypt_mock.testing import RunningMock, running_mock

LIMIT = 1.0  # --request-timeout for this module's mock
GIVE_UP = 15.0  # the test's own bound: far above LIMIT, so only a missing timeout trips it


@pytest.fixture(scope="module")
def mock() -> Iterator[RunningMock]:
    with running_mock(extra_args=["--request-timeout", str(LIMIT)]) as server:
        yield server


def _trickle(
    mock: RunningMock, head: bytes, tail: bytes, every: float = 0.1
) -> tuple[bytes, float]:
    """Send ``head`` at once, then ``tail`` one byte every ``every`` s (never all of it), until the
    server answers or closes. Returns (everything it sent back, seconds after ``head``)."""
    with socket.create_connection(("127.0.0.1", mock.port), timeout=GIVE_UP) as sock:
        sock.sendall(head)
        start = time.monotonic()
        sent = 0
        while time.monotonic() - start < GIVE_UP:
            readable, _, _ = select.select([sock], [], [], every)
            if readable:
                break
            if sent < len(tail) - 1:  # the last byte never comes
                sock.sendall(tail[sent : sent + 1])
                sent += 1
        else:
            pytest.fail(f"the connection was still open after {GIVE_UP} s")
        received = b""
        try:
            while chunk := sock.recv(65536):
                received += chunk
        except ConnectionResetError:
            # A trickled byte that crosses the server's close (it reaches a socket being closed
            # with that byte unread) makes the server's kernel answer RST instead of FIN: the
            # 408 sent before it has arrived, only the clean EOF is lost. Under load the two
            # often cross, the timer and the tenth byte both falling due about 1 s in.
            pass
        return received, time.monotonic() - start


def _assert_408(received: bytes) -> None:
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 408 "), received
    assert b"content-type: application/problem+json" in head.lower()
    assert b'"code":"request_timeout"' in body


def test_trickled_headers_are_cut_off(mock: RunningMock) -> None:
    headers = (
        b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n" + b"X-Slow: " + b"a" * 200 + b"\r\n\r\n"
    )
    received, seconds = _trickle(mock, b"", headers)
    _assert_408(received)
    assert seconds < GIVE_UP


def test_trickled_body_is_cut_off(mock: RunningMock) -> None:
    body = (
        b'{"amount":"1.00","currency":"USD","pay_currency":"BTC","description":"'
        + b"x" * 200
        + b'"}'
    )
    head = (
        b"POST /v1/payments HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n"
    )
    received, _ = _trickle(mock, head, body)
    _assert_408(received)


def test_trickled_dashboard_form_is_cut_off(mock: RunningMock) -> None:
    form = b"url=http%3A%2F%2F127.0.0.1%3A9%2Fslow&all_events=1&csrf_token=" + b"0" * 64
    head = (
        b"POST /dashboard/webhooks HTTP/1.1\r\nHost: 127.0.0.1\r\n"
        b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
        + str(len(form)).encode()
        + b"\r\n\r\n"
    )
    received, _ = _trickle(mock, head, form)
    _assert_408(received)


def test_a_silent_connection_is_closed(mock: RunningMock) -> None:
    received, _ = _trickle(mock, b"", b"")
    _assert_408(received)


def test_the_server_still_answers_and_keep_alive_is_not_cut(mock: RunningMock) -> None:
    """The deadline runs per request, from its first byte: an idle gap between two requests on one
    kept-alive connection (shorter than uvicorn's 5 s keep-alive) is fine, and so is a request
    split into pieces that all arrive in time."""
    request = b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
    with socket.create_connection(("127.0.0.1", mock.port), timeout=10) as sock:
        for pause in (0.0, LIMIT * 1.5):
            time.sleep(pause)
            sock.sendall(request[:10])
            time.sleep(LIMIT / 4)
            sock.sendall(request[10:])
            answer = b""
            while not answer.endswith(b"}"):
                chunk = sock.recv(65536)
                assert chunk, f"closed after {answer!r}"
                answer += chunk
            assert answer.startswith(b"HTTP/1.1 200 "), answer
            assert answer.endswith(b'\r\n\r\n{"status":"ok"}')
