"""Webhook durability: events survive ``kill -9`` (a transactional outbox), delivered at least once."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from soak_webhooks import soak
from test_mock_webhooks import Receiver

from paycrypt_mock.store import Store
from paycrypt_mock.testing import running_mock

from signed_client import SignedClient


@pytest.mark.slow  # a short soak: 4 kill -9 restarts under load
def test_every_listed_event_reaches_the_receiver_across_sigkill_restarts(tmp_path: Path) -> None:
    # 4 rounds of 55 payments created and paid (3 events each), a SIGKILL part-way through each
    # burst, a receiver failing 30 % of deliveries. Before the outbox, 272 of 315 events never arrived.
    report = soak(
        str(tmp_path / "mock.sqlite3"), rounds=4, payments_per_round=55, fail_rates=(0.3,), seed=12
    )
    print(report.line())
    assert report.kills == 4 and report.events >= 300, report.line()
    assert not report.lost and not report.failed, report.line()


def test_a_retry_pending_in_a_database_from_before_the_outbox_is_resumed(tmp_path: Path) -> None:
    db = str(tmp_path / "old.sqlite3")
    receiver = Receiver()
    try:
        with running_mock(db=db) as mock, SignedClient(mock.base_url) as api:
            endpoint = api.post(
                "/v1/webhook_endpoints", json={"url": receiver.url, "events": ["*"]}
            ).json()
        # Rewind the file to the old layout: no outbox, attempts without an outcome, and one
        # event whose first attempt failed with a retry due (all the old mock persisted).
        store = Store(db)
        store.db.execute("DROP TABLE deliveries")
        store.db.execute("ALTER TABLE delivery_attempts DROP COLUMN outcome")
        owner = store.db.execute("SELECT owner FROM webhook_endpoints").fetchone()[0]
        shown = {
            k: v
            for k, v in store.get("webhook_endpoints", endpoint["id"]).items()
            if not k.startswith("_")
        }
        event = {
            "id": "evt_" + "o" * 24,
            "type": "webhook_endpoint.test",
            "created": 1,
            "livemode": False,
            "data": {"object": shown},
            "_owner": owner,
        }
        store.insert("events", event, owner=owner, status=event["type"])
        store.db.execute(
            "INSERT INTO delivery_attempts (event_id, endpoint_id, attempt, status_code, response_body, error, "
            "duration_ms, attempted_at, next_retry_at, next_retry_unix) VALUES (?, ?, 1, 500, '', 'HTTP 500', 3, "
            "'2026-01-01T00:00:00Z', '2026-01-01T00:00:05Z', 1)",
            (event["id"], endpoint["id"]),
        )
        store.close()
        with running_mock(db=db) as mock, SignedClient(mock.base_url) as api:
            assert json.loads(receiver.wait_for(1)[0]["body"])["id"] == event["id"]
            time.sleep(0.2)
            attempts = api.get(f"/v1/events/{event['id']}").json()["delivery_attempts"]
        assert [(a["attempt"], a["outcome"]) for a in attempts] == [
            (1, "retrying"),
            (2, "delivered"),
        ]
    finally:
        receiver.close()
