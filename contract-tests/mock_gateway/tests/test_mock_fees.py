"""Fees (issue 15, item 1): each payment carries the fee in force at creation, refunds keep it,
the usage report shows gross, fees and net per client.

The expected figures are worked out by hand here (percent of an amount, half up to cents),
never computed with the mock's own code.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from paycrypt_mock.testing import ADMIN_KEY, ADMIN_SECRET, running_mock

from signed_client import SignedClient

SHOP = {
    "name": "Fee Shop",
    "email": "fees@shop.example",
    "package": "starter",  # starter: 1.00 %
    "api_key": "pk_test_fees",
    "api_secret": "sk_test_fees",
}
OTHER = {
    "name": "Fee Other",
    "email": "other@shop.example",
    "package": "growth",  # growth: 0.80 %
    "api_key": "pk_test_fees2",
    "api_secret": "sk_test_fees2",
}


@pytest.fixture
def world() -> Iterator[tuple[SignedClient, SignedClient, SignedClient]]:
    with (
        running_mock(seed=[SHOP, OTHER]) as mock,
        SignedClient(mock.base_url, SHOP["api_key"], SHOP["api_secret"]) as shop,
        SignedClient(mock.base_url, OTHER["api_key"], OTHER["api_secret"]) as other,
        SignedClient(mock.base_url, ADMIN_KEY, ADMIN_SECRET) as admin,
    ):
        yield shop, other, admin
        mock.assert_clean()


def _pay(api: SignedClient, amount: str, currency: str = "USD", *, confirm: bool = True) -> dict:  # type: ignore[type-arg]
    created = api.post(
        "/v1/payments", json={"amount": amount, "currency": currency, "pay_currency": "USDT"}
    )
    assert created.status_code == 201, created.text
    if not confirm:
        return created.json()  # type: ignore[no-any-return]
    paid = api.post(f"/v1/test_helpers/payments/{created.json()['id']}/pay", json={})
    assert paid.json()["status"] == "confirmed", paid.text
    return paid.json()  # type: ignore[no-any-return]


def _override(admin: SignedClient, client_id: str, fee: str) -> dict:  # type: ignore[type-arg]
    response = admin.post(
        "/v1/admin/pricing_overrides",
        json={
            "client_id": client_id,
            "fee_percent": fee,
            "expires_at": "2099-01-01T00:00:00Z",
            "reason": "promo",
        },
    )
    assert response.status_code == 201, response.text
    return response.json()["pricing_override"]  # type: ignore[no-any-return]


def test_package_fee_and_half_up_rounding(world) -> None:
    shop, other, _ = world
    p = _pay(shop, "100.00", confirm=False)
    assert (p["fee_percent"], p["fee"], p["net_amount"]) == ("1.00", "1.00", "99.00")
    # 1 % of 0.50 is 0.005: half up gives 0.01 (half even would give 0.00)
    p = _pay(shop, "0.50", confirm=False)
    assert (p["fee"], p["net_amount"]) == ("0.01", "0.49")
    # 0.80 % of 49.99 is 0.39992 -> 0.40; in EUR, the fee is in EUR
    p = _pay(other, "49.99", "EUR", confirm=False)
    assert (p["fee_percent"], p["fee"], p["net_amount"], p["currency"]) == (
        "0.80",
        "0.40",
        "49.59",
        "EUR",
    )
    assert shop.get(f"/v1/payments/{p['id']}").status_code == 404  # (other's payment)
    assert other.get(f"/v1/payments/{p['id']}").json()["fee"] == "0.40"


def test_override_at_half_a_percent_gives_a_050_fee_on_100_usd(world) -> None:
    shop, _, admin = world
    client_id = shop.get("/v1/account").json()["id"]
    before = _pay(shop, "100.00")
    override = _override(admin, client_id, "0.50")
    p = _pay(shop, "100.00")
    assert (p["fee_percent"], p["fee"], p["net_amount"]) == ("0.50", "0.50", "99.50")
    assert shop.get(f"/v1/payments/{p['id']}").json()["fee"] == "0.50"
    assert [x["fee"] for x in shop.get("/v1/payments").json()["data"]] == ["0.50", "1.00"]
    # fixed at creation: the earlier payment keeps the package fee
    assert shop.get(f"/v1/payments/{before['id']}").json()["fee"] == "1.00"
    assert shop.get("/v1/account").json()["pricing_override"]["fee_percent"] == "0.50"
    # removing the override brings the package fee back for new payments only
    assert (
        admin.delete(
            f"/v1/admin/pricing_overrides/{override['id']}", params={"reason": "end"}
        ).status_code
        == 200
    )
    assert _pay(shop, "100.00", confirm=False)["fee"] == "1.00"
    assert shop.get(f"/v1/payments/{p['id']}").json()["fee"] == "0.50"


def test_refunds_do_not_return_the_fee(world) -> None:
    shop, _, _ = world
    p = _pay(shop, "100.00")
    refund = shop.post(f"/v1/payments/{p['id']}/refunds", json={"amount": "40.00"})
    assert refund.status_code == 201
    after = shop.get(f"/v1/payments/{p['id']}").json()
    assert (after["status"], after["fee"], after["net_amount"], after["amount_refunded"]) == (
        "partially_refunded",
        "1.00",
        "99.00",
        "40.00",
    )
    shop.post(f"/v1/payments/{p['id']}/refunds", json={})
    after = shop.get(f"/v1/payments/{p['id']}").json()
    assert (after["status"], after["fee"], after["net_amount"]) == ("refunded", "1.00", "99.00")


def test_usage_report_shows_gross_fees_and_net(world) -> None:
    shop, other, admin = world
    client_id = shop.get("/v1/account").json()["id"]
    _pay(shop, "100.00")  # fee 1.00 USD
    _override(admin, client_id, "0.50")
    _pay(shop, "100.00")  # fee 0.50 USD
    _pay(shop, "10.00", confirm=False)  # pending: no volume, no fee
    _pay(other, "100.00", "EUR")  # fee 0.80 EUR = 0.864 USD at 1.08
    _pay(other, "100.00", "EUR")  # another 0.864 USD: 1.728 -> 1.73
    report = admin.get("/v1/admin/usage/report").json()
    lines = {c["name"]: c for c in report["clients"]}
    assert (
        lines["Fee Shop"]["current_volume"],
        lines["Fee Shop"]["fees"],
        lines["Fee Shop"]["net_volume"],
    ) == ("200.00", "1.50", "198.50")
    assert (
        lines["Fee Other"]["current_volume"],
        lines["Fee Other"]["fees"],
        lines["Fee Other"]["net_volume"],
    ) == ("216.00", "1.73", "214.27")
    assert lines["Demo Store"]["fees"] == "0.00" and lines["Demo Store"]["net_volume"] == "0.00"
    assert (
        report["totals"]["volume"],
        report["totals"]["fees"],
        report["totals"]["net_volume"],
    ) == ("416.00", "3.23", "412.77")
    # a refund changes neither the month's volume nor its fees
    paid = shop.get("/v1/payments", params={"status": "confirmed"}).json()["data"][0]
    shop.post(f"/v1/payments/{paid['id']}/refunds", json={})
    again = {c["name"]: c for c in admin.get("/v1/admin/usage/report").json()["clients"]}
    assert again["Fee Shop"]["fees"] == "1.50"
    # a usage reset zeroes the month's volume and fees
    assert (
        admin.post(
            "/v1/admin/usage/reset", json={"client_id": client_id, "reason": "t"}
        ).status_code
        == 200
    )
    again = {c["name"]: c for c in admin.get("/v1/admin/usage/report").json()["clients"]}
    assert (again["Fee Shop"]["current_volume"], again["Fee Shop"]["fees"]) == ("0.00", "0.00")


def test_database_from_before_fees_is_migrated(tmp_path: Path) -> None:
    """A mock file written before fees and projections: old payments get fee 0.00, old alerts a
    projection equal to their volume, and everything still matches the spec."""
    db = str(tmp_path / "old.sqlite3")
    with (
        running_mock(db=db) as mock,
        SignedClient(mock.base_url) as api,
        SignedClient(mock.base_url, ADMIN_KEY, ADMIN_SECRET) as admin,
    ):
        payment = _pay(api, "20.00")
        client_id = api.get("/v1/account").json()["id"]
        alert = admin.post(
            "/v1/admin/usage/test_alert", json={"client_id": client_id, "threshold": 80}
        ).json()
    old = sqlite3.connect(db)  # make it look like the older mock's file
    old.execute(
        "UPDATE payments SET data = json_remove(data, '$.fee_percent', '$.fee', '$.net_amount')"
    )
    old.execute(
        "UPDATE events SET data = json_remove(data, '$.data.object.fee_percent', '$.data.object.fee', "
        "'$.data.object.net_amount') WHERE status LIKE 'payment.%'"
    )
    old.execute("ALTER TABLE usage DROP COLUMN fees_usd")
    old.execute(
        "UPDATE usage_alerts SET data = json_remove(data, '$.projected_volume', '$.contact_sales')"
    )
    old.execute(
        "UPDATE events SET data = json_remove(data, '$.data.object.projected_volume', "
        "'$.data.object.contact_sales') WHERE status = 'usage.threshold_reached'"
    )
    old.commit()
    old.close()
    with (
        running_mock(db=db) as mock,
        SignedClient(mock.base_url) as api,
        SignedClient(mock.base_url, ADMIN_KEY, ADMIN_SECRET) as admin,
    ):
        again = api.get(f"/v1/payments/{payment['id']}").json()
        assert (again["fee_percent"], again["fee"], again["net_amount"]) == (
            "0.00",
            "0.00",
            "20.00",
        )
        events = api.get("/v1/events", params={"limit": 100}).json()["data"]
        assert events and all(
            e["data"]["object"]["fee"] == "0.00" for e in events if e["type"].startswith("payment.")
        )
        line = next(
            c
            for c in admin.get("/v1/admin/usage/report").json()["clients"]
            if c["name"] == "Demo Store"
        )
        assert (line["current_volume"], line["fees"]) == ("20.00", "0.00")
        assert _pay(api, "100.00")["fee"] == "1.00"
        (old_alert,) = api.get("/v1/usage/alerts").json()["data"]
        assert old_alert["id"] == alert["id"]
        assert (old_alert["projected_volume"], old_alert["contact_sales"]) == (
            alert["current_volume"],
            False,
        )
        events = api.get("/v1/events", params={"type": "usage.threshold_reached"}).json()["data"]
        assert [e["data"]["object"]["projected_volume"] for e in events] == [
            alert["current_volume"]
        ]
        mock.assert_clean()
