"""paycrypt._signing against the shared vectors in contract-tests/vectors/.

One test per vector, named by tcId (``tc12-get-with-unsorted-query``), plus a
few checks the vectors cannot express (argument types, secrets in messages).
Set PAYCRYPT_VECTORS_DIR to read the vectors from somewhere else.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import pytest

from paycrypt import _signing as signing

VECTORS_DIR = Path(
    os.environ.get("PAYCRYPT_VECTORS_DIR")
    or Path(__file__).resolve().parents[2] / "contract-tests" / "vectors"
)


def _load(name: str) -> list[dict[str, Any]]:
    document = json.loads((VECTORS_DIR / name).read_text(encoding="utf-8"))
    cases: list[dict[str, Any]] = document["cases"]
    return cases


def _case_id(case: dict[str, Any]) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", case["comment"].lower()).strip("-")
    return f"tc{case['tcId']}-{slug[:48].rstrip('-')}"


REQUEST_CASES = _load("request-signing.json")
WEBHOOK_CASES = _load("webhook-signing.json")


def _request_inputs(case: dict[str, Any]) -> dict[str, Any]:
    return {
        "method": case["method"],
        "path": case["path"],
        "query": case["query"],
        "timestamp": case["timestamp"],
        "nonce": case["nonce"],
        "body": case["body"].encode("utf-8"),
    }


def _flip_last_char(text: str) -> str:
    return text[:-1] + ("0" if text[-1] != "0" else "1")


@pytest.mark.parametrize("case", REQUEST_CASES, ids=_case_id)
def test_request_vector(case: dict[str, Any]) -> None:
    inputs = _request_inputs(case)
    secret = case["secret"]

    assert signing.canonical_query(case["query"]) == case["canonical_query"]
    assert signing.string_to_sign(**inputs) == case["string_to_sign"]
    assert signing.sign_request(secret, **inputs) == case["signature"]

    assert signing.verify_request_signature(secret, case["signature"], **inputs)
    assert not signing.verify_request_signature(
        secret, _flip_last_char(case["signature"]), **inputs
    )
    assert not signing.verify_request_signature(secret, case["signature"].upper(), **inputs)
    assert not signing.verify_request_signature(secret + "x", case["signature"], **inputs)
    tampered = dict(inputs, body=inputs["body"] + b" ")
    assert not signing.verify_request_signature(secret, case["signature"], **tampered)


@pytest.mark.parametrize("case", WEBHOOK_CASES, ids=_case_id)
def test_webhook_vector(case: dict[str, Any]) -> None:
    reason = signing.check_webhook_signature(
        case["payload"].encode("utf-8"),
        case["header"],
        case["secret"],
        tolerance=case["tolerance"],
        now=case["now"],
    )
    assert reason == case["reason"]
    assert (reason is None) == (case["result"] == "valid")
    assert reason is None or reason in signing.WEBHOOK_FAILURE_REASONS


def test_webhook_header_round_trip() -> None:
    payload = b'{"id":"evt_1"}'
    header = signing.webhook_header(["whsec_old", "whsec_new"], payload, 1767225600)
    assert header.startswith("t=1767225600,v1=")
    assert header.count("v1=") == 2
    for secret in ("whsec_old", "whsec_new"):
        assert signing.check_webhook_signature(payload, header, secret, now=1767225600) is None
    assert (
        signing.check_webhook_signature(payload, header, "whsec_other", now=1767225600)
        == "signature_mismatch"
    )


def test_missing_header_is_malformed() -> None:
    assert signing.check_webhook_signature(b"{}", None, "whsec_x") == "malformed_header"


def test_new_nonce_is_16_random_bytes_hex() -> None:
    nonces = {signing.new_nonce() for _ in range(32)}
    assert len(nonces) == 32
    assert all(re.fullmatch(r"[0-9a-f]{32}", n) for n in nonces)


@pytest.mark.parametrize("payload", [{"id": "evt_1"}, '{"id":"evt_1"}', None, 12])
def test_webhook_payload_must_be_raw_bytes(payload: Any) -> None:
    with pytest.raises(TypeError, match="raw request body bytes"):
        signing.check_webhook_signature(payload, "t=1,v1=00", "whsec_x")


@pytest.mark.parametrize("payload", [b"{}", bytearray(b"{}"), memoryview(b"{}")])
def test_webhook_payload_accepts_bytes_like(payload: Any) -> None:
    header = signing.webhook_header("whsec_x", b"{}", 100)
    assert signing.check_webhook_signature(payload, header, "whsec_x", now=100) is None


SECRET = "sk_test_SUPER_SECRET_do_not_leak_41f7"


def _messages_of_errors() -> list[str]:
    """Every error we can provoke while holding a secret, as text."""
    good = {
        "method": "GET",
        "path": "/v1/payments",
        "query": "",
        "timestamp": 1,
        "nonce": "00" * 16,
        "body": b"",
    }
    bad_inputs: list[dict[str, Any]] = [
        {"method": "GET POST"},
        {"method": SECRET + " X"},
        {"path": "/v1/payments?" + SECRET},
        {"path": ""},
        {"timestamp": SECRET},
        {"timestamp": -1},
        {"nonce": SECRET + "\n"},
        {"body": SECRET},
        {"body": {"secret": SECRET}},
        {"query": {"q": SECRET}},
    ]
    messages: list[str] = []
    for override in bad_inputs:
        with pytest.raises((TypeError, ValueError)) as excinfo:
            signing.sign_request(SECRET, **{**good, **override})
        messages.append(str(excinfo.value))
        assert not signing.verify_request_signature(SECRET, "v1=00", **{**good, **override})
    for call in (
        lambda: signing.sign_request("", **good),
        lambda: signing.webhook_signature(SECRET, SECRET, 1),  # type: ignore[arg-type]
        lambda: signing.webhook_signature(SECRET, b"{}", -1),
        lambda: signing.webhook_header([], b"{}", 1),
        lambda: signing.check_webhook_signature({"s": SECRET}, "t=1,v1=00", SECRET),  # type: ignore[arg-type]
        lambda: signing.check_webhook_signature(b"{}", "t=1,v1=00", SECRET, tolerance=-1),
    ):
        with pytest.raises((TypeError, ValueError)) as excinfo:
            call()
        messages.append(str(excinfo.value))
    return messages


def test_no_secret_in_exception_messages() -> None:
    messages = _messages_of_errors()
    assert messages
    for message in messages:
        assert message
        assert SECRET not in message
        assert "SUPER_SECRET" not in message


def test_verify_request_signature_fails_closed() -> None:
    inputs = {
        "method": "GET",
        "path": "/v1/payments",
        "query": "",
        "timestamp": 1,
        "nonce": "00" * 16,
        "body": b"",
    }
    signature = signing.sign_request("sk_test_x", **inputs)
    assert signing.verify_request_signature("sk_test_x", signature, **inputs)
    assert not signing.verify_request_signature("", signature, **inputs)
    assert not signing.verify_request_signature("sk_test_x", "", **inputs)
    assert not signing.verify_request_signature(
        "sk_test_x", signature, **{**inputs, "timestamp": "1.0"}
    )
    # A timestamp written as the header's decimal text signs the same as the int.
    assert signing.verify_request_signature("sk_test_x", signature, **{**inputs, "timestamp": "1"})


def test_constants() -> None:
    assert signing.SCHEME == "PAYCRYPT-HMAC-SHA256"
    assert signing.HEADER_KEY == "PayCrypt-Key"
    assert signing.HEADER_TIMESTAMP == "PayCrypt-Timestamp"
    assert signing.HEADER_NONCE == "PayCrypt-Nonce"
    assert signing.HEADER_SIGNATURE == "PayCrypt-Signature"
    assert signing.WEBHOOK_SIGNATURE_HEADER == "PayCrypt-Webhook-Signature"
    assert signing.WEBHOOK_EVENT_ID_HEADER == "PayCrypt-Event-Id"
    assert set(signing.WEBHOOK_FAILURE_REASONS) == {
        "empty_secret",
        "malformed_header",
        "no_signature",
        "signature_mismatch",
        "timestamp_too_old",
        "timestamp_in_future",
    }
