"""Idempotency-Key: replay, reuse with another body, and a key still in use."""

from __future__ import annotations

import contextlib
import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path

import httpx
import pytest

from paycrypt_mock import idempotency
from paycrypt_mock.errors import ApiError
from paycrypt_mock.idempotency import Idempotency, request_hash
from paycrypt_mock.store import Store
from paycrypt_mock.testing import free_port, running_mock

from signed_client import SignedClient

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


def test_a_key_claimed_when_the_mock_was_killed_is_processed_once_after_restart(
    tmp_path: Path,
) -> None:
    # kill -9 while a request sleeps in an injected latency: its key is claimed (`running`) and
    # nothing is committed. Before, the row outlived the process and every retry with that key
    # was 409 idempotency_key_in_use for 24 h.
    db, key = str(tmp_path / "mock.sqlite3"), str(uuid.uuid4())
    with running_mock(db=db, check_clean=False) as mock:
        stuck = threading.Thread(
            target=_post_ignoring_the_drop,
            args=(mock.base_url, key, {"PayCrypt-Mock-Fault": "latency=60000"}),
            daemon=True,
        )
        stuck.start()
        deadline = time.monotonic() + 10
        while _claims(db) != ["running"] and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _claims(db) == ["running"]
        mock.process.send_signal(signal.SIGKILL)
        mock.process.wait()
    stuck.join(10)
    with running_mock(db=db) as mock, SignedClient(mock.base_url) as api:
        retry = api.post("/v1/payments", json=BODY, headers={"Idempotency-Key": key})
        again = api.post("/v1/payments", json=BODY, headers={"Idempotency-Key": key})
        listed = api.get("/v1/payments", params={"limit": 100}).json()["data"]
    assert retry.status_code == 201, retry.text
    assert "Idempotent-Replayed" not in retry.headers
    assert again.headers["Idempotent-Replayed"] == "true" and again.json() == retry.json()
    assert [p["id"] for p in listed] == [retry.json()["id"]]  # processed exactly once


def test_a_running_claim_older_than_any_request_can_take_is_taken_over(tmp_path: Path) -> None:
    # In a live process too (a request cancelled mid-latency never abandons its key).
    store = Store(str(tmp_path / "idem.sqlite3"))
    idem = Idempotency(store)
    fingerprint = request_hash("POST", "/v1/payments", b"{}")
    assert idem.begin("pk", "k1", fingerprint) is None
    with pytest.raises(ApiError) as busy:
        idem.begin("pk", "k1", fingerprint)
    assert busy.value.code == "idempotency_key_in_use"
    store.db.execute("UPDATE idempotency SET created = created - ?", (idempotency.STALE_AFTER + 1,))
    assert idem.begin("pk", "k1", fingerprint) is None  # claimed anew: the request runs again
    store.close()


def _post_ignoring_the_drop(base_url: str, key: str, headers: dict[str, str]) -> None:
    with SignedClient(base_url) as api, contextlib.suppress(httpx.HTTPError):
        api.post("/v1/payments", json=BODY, headers={"Idempotency-Key": key, **headers})


def _claims(db: str) -> list[str]:
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        try:
            return [row[0] for row in conn.execute("SELECT state FROM idempotency")]
        except sqlite3.OperationalError:  # the mock has not created its tables yet
            return []


def test_a_second_mock_on_the_same_database_file_refuses_to_start(tmp_path: Path) -> None:
    # Each process forgets, at start, the keys "its" requests left running: a second process
    # on the same file cleared a live process's claim, and a retry then made a second payment.
    db = str(tmp_path / "shared.sqlite3")
    with running_mock(db=db) as first:
        second = subprocess.run(
            [sys.executable, "-m", "paycrypt_mock", "--port", str(free_port()), "--db", db],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.returncode != 0
        assert f"another paycrypt-mock is serving {db}" in second.stderr, second.stderr
        assert httpx.get(first.base_url + "/health").status_code == 200  # the first serves on
    with running_mock(db=db) as again:  # once it has stopped, the file is free
        assert httpx.get(again.base_url + "/health").status_code == 200
