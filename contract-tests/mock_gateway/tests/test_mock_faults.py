"""Fault injection: every mode by header, and random faults by flag."""

from __future__ import annotations

import time
import uuid

import httpx
import pytest

from paycrypt_mock.testing import running_mock

from signed_client import SignedClient

BODY = {"amount": "7.00", "currency": "USD", "pay_currency": "LTC"}


def _count(api) -> int:
    return len(api.get("/v1/payments", params={"limit": 100, "order_id": "faults"}).json()["data"])


@pytest.mark.parametrize(
    ("mode", "status", "code"),
    [
        ("500_before_commit", 500, "internal_error"),
        ("503", 503, "service_unavailable"),
        ("429", 429, "rate_limited"),
    ],
)
def test_before_commit_faults_store_nothing(api, mode: str, status: int, code: str) -> None:
    before = _count(api)
    response = api.post(
        "/v1/payments", json=dict(BODY, order_id="faults"), headers={"PayCrypt-Mock-Fault": mode}
    )
    assert response.status_code == status
    assert response.json()["code"] == code
    assert response.headers["PayCrypt-Request-Id"] == response.json()["request_id"]
    if mode in ("429", "503"):
        assert response.headers["Retry-After"] == "1"
    assert _count(api) == before


def test_500_after_commit_then_retry_replays_the_success(api) -> None:
    key = str(uuid.uuid4())
    body = dict(BODY, order_id="faults")
    before = _count(api)
    failed = api.post(
        "/v1/payments",
        json=body,
        headers={"Idempotency-Key": key, "PayCrypt-Mock-Fault": "500_after_commit"},
    )
    assert failed.status_code == 500
    assert _count(api) == before + 1
    retry = api.post("/v1/payments", json=body, headers={"Idempotency-Key": key})
    assert retry.status_code == 201 and retry.headers["Idempotent-Replayed"] == "true"
    assert _count(api) == before + 1


def test_drop_after_commit_closes_without_a_response_and_retry_replays(api) -> None:
    key = str(uuid.uuid4())
    body = dict(BODY, order_id="faults")
    before = _count(api)
    with pytest.raises((httpx.RemoteProtocolError, httpx.ReadError)):
        api.post(
            "/v1/payments",
            json=body,
            headers={"Idempotency-Key": key, "PayCrypt-Mock-Fault": "drop_after_commit"},
        )
    assert _count(api) == before + 1
    retry = api.post("/v1/payments", json=body, headers={"Idempotency-Key": key})
    assert retry.status_code == 201 and retry.headers["Idempotent-Replayed"] == "true"
    assert _count(api) == before + 1


def test_latency(api) -> None:
    started = time.monotonic()
    response = api.get("/v1/currencies", headers={"PayCrypt-Mock-Fault": "latency=300"})
    assert response.status_code == 200
    assert time.monotonic() - started >= 0.3


def test_unknown_fault_mode_is_400(api) -> None:
    response = api.get("/v1/currencies", headers={"PayCrypt-Mock-Fault": "explode"})
    assert response.status_code == 400 and response.json()["code"] == "invalid_fault"


def test_random_faults_by_flag_spare_health_and_test_helpers() -> None:
    with running_mock(fault_rate=1.0, fault_seed=7) as mock, SignedClient(mock.base_url) as api:
        for _ in range(10):
            assert httpx.get(mock.base_url + "/health").status_code == 200
        outcomes = set()
        for _ in range(30):
            try:
                outcomes.add(api.get("/v1/currencies").status_code)
            except httpx.TransportError:
                outcomes.add("dropped")
        assert {500, 503, 429, 200} <= outcomes and "dropped" in outcomes
        # a test helper is never faulted: create until one payment gets through, then pay it
        payment = None
        for _ in range(50):
            try:
                response = api.post("/v1/payments", json=BODY)
            except httpx.TransportError:
                continue
            if response.status_code == 201:
                payment = response.json()
                break
        assert payment is not None
        for _ in range(5):
            assert api.post(f"/v1/test_helpers/payments/{payment['id']}/expire").status_code in (
                200,
                409,
            )


def test_random_faults_are_reproducible_with_a_seed() -> None:
    runs = []
    for _ in range(2):
        with (
            running_mock(fault_rate=0.5, fault_seed=42) as mock,
            SignedClient(mock.base_url) as api,
        ):
            statuses = []
            for _ in range(20):
                try:
                    statuses.append(api.get("/v1/rates").status_code)
                except httpx.TransportError:
                    statuses.append(0)
            runs.append(statuses)
    assert runs[0] == runs[1]
