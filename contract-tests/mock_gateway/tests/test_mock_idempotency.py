"""Idempotency-Key: replay, reuse with another body, and a key still in use."""

from __future__ import annotations

import json
import threading
import uuid

import httpx

BODY = {"amount": "12.00", "currency": "USD", "pay_currency": "BTC"}


def test_same_key_same_body_replays(api) -> None:
    key = str(uuid.uuid4())
    first = api.post("/v1/payments", json=BODY, headers={"Idempotency-Key": key})
    second = api.post("/v1/payments", json=BODY, headers={"Idempotency-Key": key})
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json()
    assert second.headers["Idempotent-Replayed"] == "true"
    assert "Idempotent-Replayed" not in first.headers
    listed = api.get("/v1/payments", params={"limit": 100}).json()["data"]
    assert sum(1 for p in listed if p["id"] == first.json()["id"]) == 1


def test_same_key_different_body_is_409_reused(api) -> None:
    key = str(uuid.uuid4())
    assert api.post("/v1/payments", json=BODY, headers={"Idempotency-Key": key}).status_code == 201
    other = api.post(
        "/v1/payments", json=dict(BODY, amount="13.00"), headers={"Idempotency-Key": key}
    )
    assert other.status_code == 409
    assert other.json()["code"] == "idempotency_key_reused"


def test_keys_are_scoped_per_api_key(api, admin) -> None:
    key = str(uuid.uuid4())
    mine = api.post("/v1/payments", json=BODY, headers={"Idempotency-Key": key}).json()
    theirs = admin.post("/v1/payments", json=BODY, headers={"Idempotency-Key": key}).json()
    assert mine["id"] != theirs["id"]


def test_stored_4xx_replays_too(api) -> None:
    key = str(uuid.uuid4())
    body = dict(BODY, currency="JPY")
    first = api.post("/v1/payments", json=body, headers={"Idempotency-Key": key})
    assert first.status_code == 422
    again = api.post("/v1/payments", json=body, headers={"Idempotency-Key": key})
    assert again.status_code == 422 and again.headers["Idempotent-Replayed"] == "true"


def test_concurrent_same_key_is_409_in_use(api) -> None:
    key = str(uuid.uuid4())
    results: dict[str, httpx.Response] = {}

    def slow() -> None:
        results["slow"] = api.post(
            "/v1/payments",
            json=BODY,
            headers={"Idempotency-Key": key, "PayCrypt-Mock-Fault": "latency=800"},
        )

    thread = threading.Thread(target=slow)
    thread.start()
    import time

    time.sleep(0.3)
    results["fast"] = api.post("/v1/payments", json=BODY, headers={"Idempotency-Key": key})
    thread.join()
    assert results["slow"].status_code == 201
    assert results["fast"].status_code == 409
    assert results["fast"].json()["code"] == "idempotency_key_in_use"
    # once finished, the key replays
    replay = api.post("/v1/payments", json=BODY, headers={"Idempotency-Key": key})
    assert replay.json()["id"] == results["slow"].json()["id"]


def test_a_5xx_before_commit_is_not_stored(api) -> None:
    key = str(uuid.uuid4())
    failed = api.post(
        "/v1/payments",
        json=BODY,
        headers={"Idempotency-Key": key, "PayCrypt-Mock-Fault": "500_before_commit"},
    )
    assert failed.status_code == 500
    retry = api.post("/v1/payments", json=BODY, headers={"Idempotency-Key": key})
    assert retry.status_code == 201
    assert "Idempotent-Replayed" not in retry.headers


def test_key_covers_the_exact_body_bytes(api) -> None:
    key = str(uuid.uuid4())
    compact = json.dumps(BODY, separators=(",", ":")).encode()
    spaced = json.dumps(BODY).encode()
    headers = {"Idempotency-Key": key, "Content-Type": "application/json"}
    assert api.post("/v1/payments", content=compact, headers=headers).status_code == 201
    assert (
        api.post("/v1/payments", content=spaced, headers=headers).json()["code"]
        == "idempotency_key_reused"
    )
