"""A response that breaks openapi.yaml is never sent: 500, rolled back, logged loudly, and tests notice."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import httpx
import pytest
import yaml

from paycrypt_mock.testing import running_mock

from signed_client import SignedClient

SPEC = Path(__file__).resolve().parents[3] / "openapi.yaml"


def _broken_spec(tmp_path: Path) -> Path:
    """The real spec, but HealthStatus only allows "fine" and a Payment needs a field the mock never sends."""
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    schemas = document["components"]["schemas"]
    schemas["HealthStatus"]["properties"]["status"]["enum"] = ["fine"]
    schemas["Payment"]["required"].append("never_sent")
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def test_spec_breaking_response_is_500_rolled_back_and_logged(tmp_path: Path) -> None:
    db = tmp_path / "mock.sqlite3"
    with running_mock(
        db=str(db), extra_args=["--spec", str(_broken_spec(tmp_path))], check_clean=False
    ) as mock:
        health = httpx.get(mock.base_url + "/health")
        assert health.status_code == 500
        assert health.json()["code"] == "response_validation_failed"
        with SignedClient(mock.base_url) as api:
            created = api.post(
                "/v1/payments", json={"amount": "10.00", "currency": "USD", "pay_currency": "BTC"}
            )
            assert (
                created.status_code == 500
                and created.json()["code"] == "response_validation_failed"
            )
            detailed = api.get("/health/detailed").json()
            validator = next(c for c in detailed["components"] if c["name"] == "spec_validator")
            assert (
                validator["status"] == "degraded"
                and "2 response validation failures" in validator["detail"]
            )
    # Read the log only once the mock has stopped: its output is collected by a reader thread,
    # which under load may not yet have the line the mock wrote before answering.
    failures = mock.response_validation_failures()
    assert len(failures) == 2
    assert "GET /health -> 200" in failures[0] and "never_sent" in failures[1]
    with sqlite3.connect(db) as conn:  # the rolled-back create left nothing behind
        assert conn.execute("SELECT COUNT(*) FROM payments").fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 0


def test_running_mock_fails_when_the_log_shows_a_validation_failure(tmp_path: Path) -> None:
    with (
        pytest.raises(AssertionError, match="break openapi.yaml"),
        running_mock(extra_args=["--spec", str(_broken_spec(tmp_path))]) as mock,
    ):
        httpx.get(mock.base_url + "/health")
