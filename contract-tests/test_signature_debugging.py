"""A signature mismatch a developer can debug: the SDK logs what it signed, the sandbox says what it expected.

Two real mistakes, each made after the SDK signed the request: a "framework"
re-encodes the query (the ``+`` meaning a space becomes ``%2B``, a literal
plus), and a body is re-serialised (pretty-printed) before it is sent. The
mock answers ``401 signature_mismatch`` with ``expected_string_to_sign``, and
it differs from the string the SDK logged at DEBUG in exactly the line that
changed: the canonical query (line 6) or the body hash (line 7).
"""

from __future__ import annotations

import json
import logging

import httpx
import pytest

from paycrypt import PayCryptAuth

from paycrypt_mock.testing import DEMO_KEY, DEMO_SECRET

LINES = ["scheme", "timestamp", "nonce", "method", "path", "canonical query", "body SHA-256"]


def _sign_and_log(request: httpx.Request, caplog: pytest.LogCaptureFixture) -> str:
    """Sign with the SDK's public auth; return the string to sign it logged at DEBUG."""
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="paycrypt"):
        PayCryptAuth(DEMO_KEY, DEMO_SECRET).sign(request)
    logged = [
        r.getMessage() for r in caplog.records if r.getMessage().startswith("string to sign for ")
    ]
    assert len(logged) == 1, caplog.text
    assert DEMO_SECRET not in caplog.text
    assert request.headers["PayCrypt-Signature"][3:] not in caplog.text
    return logged[0].split(":\n", 1)[1]


def _changed_lines(client: str, server: str) -> list[str]:
    ours, theirs = client.split("\n"), server.split("\n")
    assert len(ours) == len(theirs) == len(LINES), (ours, theirs)
    return [LINES[i] for i, (a, b) in enumerate(zip(ours, theirs, strict=False)) if a != b]


def _send_as_changed(
    original: httpx.Request, *, url: httpx.URL | None = None, content: bytes | None = None
) -> httpx.Response:
    """Send the signed headers with what the "framework" made of the request."""
    headers = {k: v for k, v in original.headers.items() if k.lower() != "content-length"}
    changed = httpx.Request(
        original.method,
        url or original.url,
        headers=headers,
        content=original.content if content is None else content,
    )
    with httpx.Client(timeout=10) as http:
        return http.send(changed)


def _mismatch(response: httpx.Response) -> str:
    assert response.status_code == 401, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["code"] == "signature_mismatch"
    assert DEMO_SECRET not in response.text
    return str(problem["expected_string_to_sign"])


def test_a_query_re_encoded_after_signing(mock, caplog: pytest.LogCaptureFixture) -> None:
    signed_url = httpx.URL(mock.base_url + "/v1/payments").copy_with(
        query=b"order_id=ord+1001&limit=5"
    )
    request = httpx.Request("GET", signed_url)
    client_text = _sign_and_log(request, caplog)
    # The framework decided the + was a literal plus and escaped it.
    sent_url = signed_url.copy_with(query=b"order_id=ord%2B1001&limit=5")
    expected = _mismatch(_send_as_changed(request, url=sent_url))
    assert _changed_lines(client_text, expected) == ["canonical query"]
    assert client_text.split("\n")[5] == "limit=5&order_id=ord%201001"
    assert expected.split("\n")[5] == "limit=5&order_id=ord%2B1001"


def test_a_body_re_serialised_after_signing(mock, caplog: pytest.LogCaptureFixture) -> None:
    payment = {"amount": "10.00", "currency": "USD", "pay_currency": "BTC", "description": "Café"}
    signed_body = json.dumps(payment, separators=(",", ":")).encode()
    request = httpx.Request(
        "POST",
        mock.base_url + "/v1/payments",
        content=signed_body,
        headers={"Content-Type": "application/json"},
    )
    client_text = _sign_and_log(request, caplog)
    expected = _mismatch(_send_as_changed(request, content=json.dumps(payment, indent=2).encode()))
    assert _changed_lines(client_text, expected) == ["body SHA-256"]


def test_the_unchanged_request_passes_and_logs_the_same_lines(
    mock, caplog: pytest.LogCaptureFixture
) -> None:
    request = httpx.Request(
        "GET", httpx.URL(mock.base_url + "/v1/payments").copy_with(query=b"limit=5")
    )
    client_text = _sign_and_log(request, caplog)
    response = _send_as_changed(request)
    assert response.status_code == 200, response.text
    assert client_text.split("\n")[4:6] == ["/v1/payments", "limit=5"]
