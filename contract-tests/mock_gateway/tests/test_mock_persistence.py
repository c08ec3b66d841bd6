"""The default store is an on-disk SQLite file: what was created survives a restart."""

from __future__ import annotations

from pathlib import Path

from paycrypt_mock.testing import running_mock

from signed_client import SignedClient


def test_restart_keeps_the_data(tmp_path: Path) -> None:
    db = str(tmp_path / "mock.sqlite3")
    with running_mock(db=db) as mock, SignedClient(mock.base_url) as api:
        payment = api.post(
            "/v1/payments",
            json={
                "amount": "20.00",
                "currency": "USD",
                "pay_currency": "ETH",
                "order_id": "keep-me",
            },
        ).json()
        api.post(f"/v1/test_helpers/payments/{payment['id']}/pay", json={})
        endpoint = api.post(
            "/v1/webhook_endpoints", json={"url": "http://127.0.0.1:9/x", "events": ["*"]}
        ).json()
        key_reply = api.post(
            "/v1/estimates",
            json={"amount": "1.00", "currency": "USD", "pay_currency": "BTC"},
            headers={"Idempotency-Key": "persisted-key"},
        )
    with running_mock(db=db) as mock, SignedClient(mock.base_url) as api:
        again = api.get(f"/v1/payments/{payment['id']}").json()
        assert again["status"] == "confirmed" and again["order_id"] == "keep-me"
        assert api.get(f"/v1/webhook_endpoints/{endpoint['id']}").status_code == 200
        assert api.get("/v1/usage").json()["current_volume"] == "20.00"
        replay = api.post(
            "/v1/estimates",
            json={"amount": "1.00", "currency": "USD", "pay_currency": "BTC"},
            headers={"Idempotency-Key": "persisted-key"},
        )
        assert replay.headers["Idempotent-Replayed"] == "true" and replay.json() == key_reply.json()
    assert Path(db).exists()
