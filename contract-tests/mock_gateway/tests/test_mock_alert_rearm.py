"""Thresholds that re-arm when the limit changes (issue 15, item 3).

An alert belongs to (client, month, threshold, limit in force): a package switch or a
usage reset re-arms the thresholds; never two alerts for one threshold under one limit
in one month — enforced by a unique index on the alerts table, checked here directly.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from paycrypt_mock.testing import ADMIN_KEY, ADMIN_SECRET, running_mock

from signed_client import SignedClient

GROWTH = {
    "name": "Rearm Growth",
    "email": "growth@shop.example",
    "package": "growth",
    "api_key": "pk_test_rearm",
    "api_secret": "sk_test_rearm",
}


@pytest.fixture
def world() -> Iterator[tuple[SignedClient, SignedClient, str]]:
    with (
        running_mock(seed=[GROWTH]) as mock,
        SignedClient(mock.base_url, GROWTH["api_key"], GROWTH["api_secret"]) as shop,
        SignedClient(mock.base_url, ADMIN_KEY, ADMIN_SECRET) as admin,
    ):
        yield shop, admin, shop.get("/v1/account").json()["id"]
        mock.assert_clean()


def _confirmed(shop: SignedClient, amount: str) -> None:
    payment = shop.post(
        "/v1/payments", json={"amount": amount, "currency": "USD", "pay_currency": "USDT"}
    )
    assert payment.status_code == 201, payment.text
    assert (
        shop.post(f"/v1/test_helpers/payments/{payment.json()['id']}/pay", json={}).json()["status"]
        == "confirmed"
    )


def _alerts(shop: SignedClient) -> list[tuple[int, str]]:
    """(threshold, max_volume) of the month's real alerts, oldest first."""
    data = shop.get("/v1/usage/alerts", params={"limit": 100}).json()["data"]
    return [(a["threshold"], a["max_volume"]) for a in reversed(data) if not a["test"]]


def _switch(admin: SignedClient, client_id: str, package: str) -> dict:  # type: ignore[type-arg]
    response = admin.post(
        f"/v1/admin/clients/{client_id}/switch_package", json={"package": package, "reason": "t"}
    )
    assert response.status_code == 200, response.text
    return response.json()  # type: ignore[no-any-return]


def test_switch_to_a_bigger_package_rearms_80_percent(world) -> None:
    shop, admin, client_id = world
    _confirmed(shop, "41000.00")  # 82 % of growth (50 000)
    assert _alerts(shop) == [(80, "50000.00")]
    _switch(admin, client_id, "business")  # 41 000 of 250 000: 16.4 %
    assert _alerts(shop) == [(80, "50000.00")]
    _confirmed(shop, "162000.00")  # 203 000: 81.2 % of business
    assert _alerts(shop) == [(80, "50000.00"), (80, "250000.00")]
    (alert,) = [
        a for a in shop.get("/v1/usage/alerts").json()["data"] if a["max_volume"] == "250000.00"
    ]
    assert (alert["usage_percentage"], alert["current_volume"], alert["email_sent"]) == (
        "81.20",
        "203000.00",
        True,
    )
    assert "_arming" not in alert
    events = shop.get("/v1/events", params={"type": "usage.threshold_reached"}).json()["data"]
    assert sorted(e["data"]["object"]["max_volume"] for e in events) == ["250000.00", "50000.00"]
    assert len(shop.get("/v1/test_helpers/emails").json()["data"]) == 2
    # the check finds nothing more: once per threshold under one limit
    assert admin.post("/v1/admin/usage/check_alerts", json={}).json()["alerts_created"] == []


def test_switch_to_a_smaller_package_alerts_at_once(world) -> None:
    shop, admin, client_id = world
    _confirmed(shop, "9200.00")  # 18.4 % of growth: no alert
    assert _alerts(shop) == []
    _switch(admin, client_id, "starter")  # 92 % of starter
    assert _alerts(shop) == [(80, "10000.00"), (90, "10000.00")]


def test_switching_back_to_a_limit_already_alerted_does_not_repeat(world) -> None:
    shop, admin, client_id = world
    _switch(admin, client_id, "starter")
    _confirmed(shop, "8100.00")  # 81 % of starter
    assert _alerts(shop) == [(80, "10000.00")]
    _switch(admin, client_id, "growth")  # 16.2 %
    _switch(admin, client_id, "starter")  # 81 % of starter again: same limit, same month
    assert _alerts(shop) == [(80, "10000.00")]
    assert admin.post("/v1/admin/usage/check_alerts", json={}).json()["alerts_created"] == []
    _confirmed(shop, "1.00")
    assert _alerts(shop) == [(80, "10000.00")]


def test_reset_rearms_and_crossing_again_alerts_again(world) -> None:
    shop, admin, client_id = world
    _confirmed(shop, "40500.00")  # 81 % of growth
    assert _alerts(shop) == [(80, "50000.00")]
    dry = admin.post(
        "/v1/admin/usage/reset", json={"client_id": client_id, "reason": "t", "dry_run": True}
    )
    assert dry.status_code == 200
    _confirmed(shop, "1.00")
    assert _alerts(shop) == [(80, "50000.00")]  # a dry run re-arms nothing
    reset = admin.post(
        "/v1/admin/usage/reset", json={"client_id": client_id, "reason": "new start"}
    )
    assert reset.status_code == 200 and reset.json()["clients_reset"] == 1
    usage = shop.get("/v1/usage").json()
    assert (usage["current_volume"], usage["thresholds_crossed"]) == ("0.00", [])
    assert _alerts(shop) == [(80, "50000.00")]  # the history stays
    _confirmed(shop, "40000.00")  # exactly 80 % again
    assert _alerts(shop) == [(80, "50000.00"), (80, "50000.00")]
    _confirmed(shop, "5000.00")  # 90 %
    assert _alerts(shop) == [(80, "50000.00"), (80, "50000.00"), (90, "50000.00")]
    assert admin.post("/v1/admin/usage/check_alerts", json={}).json()["alerts_created"] == []
    # a second reset re-arms again, for every client when none is named
    assert admin.post("/v1/admin/usage/reset", json={"reason": "all"}).json()["clients_reset"] >= 1
    _confirmed(shop, "40000.00")
    assert _alerts(shop)[-1] == (80, "50000.00") and len(_alerts(shop)) == 4


def test_the_alerts_table_refuses_a_second_alert_for_one_threshold_and_limit(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "mock.sqlite3")
    with (
        running_mock(db=db, seed=[GROWTH]) as mock,
        SignedClient(mock.base_url, GROWTH["api_key"], GROWTH["api_secret"]) as shop,
    ):
        _confirmed(shop, "40000.00")
    conn = sqlite3.connect(db)
    ((owner, data),) = conn.execute("SELECT owner, data FROM usage_alerts").fetchall()
    copy = dict(json.loads(data), id="ua_" + "c" * 24)
    insert = "INSERT INTO usage_alerts (id, owner, status, created, data) VALUES (?, ?, NULL, 0, ?)"
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(insert, (copy["id"], owner, json.dumps(copy)))
    # another limit, another reset count, or a test alert is a different alert
    for n, variant in enumerate([{"max_volume": "250000.00"}, {"_arming": 1}, {"test": True}]):
        conn.execute(insert, (f"ua_{n}" + "d" * 23, owner, json.dumps(dict(copy, **variant))))
    conn.close()


def test_database_from_before_rearming_is_migrated(tmp_path: Path) -> None:
    """An older mock's file: no reset counter, alerts without the arming mark, no unique index."""
    db = str(tmp_path / "old.sqlite3")
    with (
        running_mock(db=db, seed=[GROWTH]) as mock,
        SignedClient(mock.base_url, GROWTH["api_key"], GROWTH["api_secret"]) as shop,
    ):
        _confirmed(shop, "40000.00")
    old = sqlite3.connect(db)
    old.execute("DROP INDEX usage_alerts_once")
    old.execute("UPDATE usage_alerts SET data = json_remove(data, '$._arming')")
    old.execute("ALTER TABLE usage DROP COLUMN resets")
    old.commit()
    old.close()
    with (
        running_mock(db=db, seed=[GROWTH]) as mock,
        SignedClient(mock.base_url, GROWTH["api_key"], GROWTH["api_secret"]) as shop,
        SignedClient(mock.base_url, ADMIN_KEY, ADMIN_SECRET) as admin,
    ):
        assert admin.post("/v1/admin/usage/check_alerts", json={}).json()["alerts_created"] == []
        assert _alerts(shop) == [(80, "50000.00")]
        client_id = shop.get("/v1/account").json()["id"]
        admin.post("/v1/admin/usage/reset", json={"client_id": client_id, "reason": "t"})
        _confirmed(shop, "40000.00")
        assert _alerts(shop) == [(80, "50000.00"), (80, "50000.00")]
        mock.assert_clean()
    names = [
        r[0]
        for r in sqlite3.connect(db).execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    ]
    assert "usage_alerts_once" in names
