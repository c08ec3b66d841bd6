"""Usage, alerts at 80/90/95/100 %, the 100 % refusal, and the admin operations with their audit log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from decimal import Decimal
from fractions import Fraction

import pytest

from paycrypt_mock.testing import ADMIN_KEY, ADMIN_SECRET, running_mock

from signed_client import SignedClient

SHOP = {
    "name": "Usage Shop",
    "email": "usage@shop.example",
    "package": "starter",
    "api_key": "pk_test_usage",
    "api_secret": "sk_test_usage",
}


@pytest.fixture
def world() -> Iterator[tuple[SignedClient, SignedClient]]:
    with (
        running_mock(seed=[SHOP]) as mock,
        SignedClient(mock.base_url, SHOP["api_key"], SHOP["api_secret"]) as shop,
        SignedClient(mock.base_url, ADMIN_KEY, ADMIN_SECRET) as admin,
    ):
        yield shop, admin


def _confirmed(shop: SignedClient, amount: str, currency: str = "USD") -> dict:  # type: ignore[type-arg]
    payment = shop.post(
        "/v1/payments", json={"amount": amount, "currency": currency, "pay_currency": "USDT"}
    )
    assert payment.status_code == 201, payment.text
    paid = shop.post(f"/v1/test_helpers/payments/{payment.json()['id']}/pay", json={})
    assert paid.json()["status"] == "confirmed"
    return paid.json()  # type: ignore[no-any-return]


# Published limits (GET /v1/admin/packages), smallest first: the recommendation rule, restated.
LIMITS = [
    ("starter", Decimal("10000.00")),
    ("growth", Decimal("50000.00")),
    ("business", Decimal("250000.00")),
    ("enterprise", Decimal("1000000.00")),
]


def expected_projection(volume: str, sent_at: str) -> Decimal:
    """volume ÷ elapsed share of the month (at least 3 days), half up to cents — with Fraction,
    independently of the mock's Decimal code."""
    t = datetime.fromisoformat(sent_at.replace("Z", "+00:00"))
    start = t.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    end = (start + timedelta(days=32)).replace(day=1)
    elapsed = max(int((t - start).total_seconds()), 3 * 86400)
    projected = Fraction(Decimal(volume)) * int((end - start).total_seconds()) / elapsed
    return Decimal(int(projected * 100 + Fraction(1, 2))) / 100


def expected_recommendation(current: str, projected: Decimal) -> tuple[str | None, bool]:
    ids = [name for name, _ in LIMITS]
    for name, limit in LIMITS[ids.index(current) :]:
        if projected < limit:
            return (None if name == current else name), False
    return "enterprise", True


def test_thresholds_alert_once_each_and_100_refuses(world) -> None:
    shop, admin = world
    _confirmed(shop, "7999.99")
    assert shop.get("/v1/usage/alerts").json()["data"] == []
    _confirmed(shop, "0.50")  # 8000.49 -> 80 %
    usage = shop.get("/v1/usage").json()
    assert usage["usage_percentage"] == "80.00" and usage["thresholds_crossed"] == [80]
    recommended, _ = expected_recommendation("starter", Decimal(usage["projected_volume"]))
    assert (usage["recommended_package"] or {}).get("id") == recommended
    _confirmed(shop, "925.93", "EUR")  # 1000.0044 USD -> 90.00 %
    _confirmed(shop, "499.51")  # 9500.0044 -> 95 % (just)
    alerts = shop.get("/v1/usage/alerts").json()["data"]
    assert [(a["threshold"], a["alert_type"]) for a in reversed(alerts)] == [
        (80, "notice"),
        (90, "warning"),
        (95, "critical"),
    ]
    for a in alerts:
        assert Decimal(a["projected_volume"]) == expected_projection(
            a["current_volume"], a["sent_at"]
        )
        assert (a["recommended_package"], a["contact_sales"]) == expected_recommendation(
            "starter", Decimal(a["projected_volume"])
        )
        assert a["test"] is False
    _confirmed(shop, "600.00")  # 10100 -> 101 %
    usage = shop.get("/v1/usage").json()
    assert usage["limit_exceeded"] is True and usage["thresholds_crossed"] == [80, 90, 95, 100]
    refused = shop.post(
        "/v1/payments", json={"amount": "1.00", "currency": "USD", "pay_currency": "BTC"}
    )
    assert refused.status_code == 422 and refused.json()["code"] == "usage_limit_exceeded"
    # the alert check finds nothing new: one alert per threshold per month
    check = admin.post("/v1/admin/usage/check_alerts", json={}).json()
    assert check["alerts_created"] == [] and check["checked_clients"] >= 3
    events = shop.get(
        "/v1/events", params={"type": "usage.threshold_reached", "limit": 100}
    ).json()["data"]
    assert sorted(e["data"]["object"]["threshold"] for e in events) == [80, 90, 95, 100]
    report = admin.get("/v1/admin/usage/report").json()
    mine = next(c for c in report["clients"] if c["name"] == "Usage Shop")
    assert mine["current_volume"] == "10100.00" and mine["alerts"] == [80, 90, 95, 100]
    assert mine["payments_count"] == 5


def test_alert_recommends_what_fits_the_projected_month(world) -> None:
    """The issue's case: a starter client at 60 000 USD (600 %) is not told to move to Growth (50 000)."""
    shop, _ = world
    _confirmed(shop, "60000.00")
    alerts = shop.get("/v1/usage/alerts").json()["data"]
    assert sorted(a["threshold"] for a in alerts) == [80, 90, 95, 100]
    for a in alerts:
        projected = Decimal(a["projected_volume"])
        assert projected == expected_projection("60000.00", a["sent_at"]) and projected >= Decimal(
            "60000.00"
        )
        # 60 000 .. 600 000 USD projected: Business, or Enterprise in the first week; never Growth
        assert (
            a["recommended_package"] in ("business", "enterprise") and a["contact_sales"] is False
        )
        assert (a["recommended_package"], a["contact_sales"]) == expected_recommendation(
            "starter", projected
        )
    usage = shop.get("/v1/usage").json()
    assert Decimal(usage["projected_volume"]) >= Decimal("60000.00")
    assert (
        usage["recommended_package"]["id"]
        == expected_recommendation("starter", Decimal(usage["projected_volume"]))[0]
    )
    alert = alerts[0]
    (email,) = shop.get("/v1/test_helpers/emails", params={"alert_id": alert["id"]}).json()["data"]
    assert (
        f"At this pace: about {alert['projected_volume']} USD by the end of {alert['alert_month']}."
        in email["text"]
    )
    assert f"upgrade to {alert['recommended_package'].capitalize()}" in email["text"]
    assert f"about <strong>{alert['projected_volume']} USD</strong>" in email["html"]


def test_over_the_largest_limit_is_enterprise_contact_sales(world) -> None:
    shop, admin = world
    client_id = shop.get("/v1/account").json()["id"]
    admin.post(
        f"/v1/admin/clients/{client_id}/switch_package",
        json={"package": "enterprise", "reason": "big"},
    )
    _confirmed(shop, "1000000.00")  # 100 % of enterprise: the projection is at least the limit
    alerts = shop.get("/v1/usage/alerts").json()["data"]
    assert sorted(a["threshold"] for a in alerts) == [80, 90, 95, 100]
    assert all(
        (a["recommended_package"], a["contact_sales"]) == ("enterprise", True) for a in alerts
    )
    usage = shop.get("/v1/usage").json()
    assert usage["contact_sales"] is True and usage["recommended_package"]["id"] == "enterprise"
    (email,) = shop.get("/v1/test_helpers/emails", params={"alert_id": alerts[0]["id"]}).json()[
        "data"
    ]
    assert (
        "Enterprise — contact sales" in email["text"]
        and "Enterprise &mdash; contact sales" in email["html"]
    )


def test_upgrade_lifts_the_refusal_and_is_audited(world) -> None:
    shop, admin = world
    _confirmed(shop, "10000.00")
    client_id = shop.get("/v1/account").json()["id"]
    dry = admin.post(
        f"/v1/admin/clients/{client_id}/switch_package",
        json={"package": "growth", "reason": "outgrew starter", "dry_run": True},
    ).json()
    assert dry["dry_run"] is True and dry["audit_entry"] is None
    assert dry["before"]["package"]["id"] == "starter" and dry["after"]["package"]["id"] == "growth"
    assert shop.get("/v1/account").json()["package"]["id"] == "starter"
    assert admin.get("/v1/admin/audit_log").json()["data"] == []
    real = admin.post(
        f"/v1/admin/clients/{client_id}/switch_package",
        json={"package": "growth", "reason": "outgrew starter"},
    ).json()
    assert real["audit_entry"]["action"] == "package_switched"
    assert real["audit_entry"]["actor"] == ADMIN_KEY
    assert shop.get("/v1/account").json()["package"]["id"] == "growth"
    assert (
        shop.post(
            "/v1/payments", json={"amount": "1.00", "currency": "USD", "pay_currency": "BTC"}
        ).status_code
        == 201
    )
    log = admin.get("/v1/admin/audit_log", params={"client_id": client_id}).json()["data"]
    assert [e["id"] for e in log] == [real["audit_entry"]["id"]]
    same = admin.post(
        f"/v1/admin/clients/{client_id}/switch_package",
        json={"package": "growth", "reason": "again"},
    )
    assert same.status_code == 409


def test_pricing_overrides_with_expiry_and_dry_run(world) -> None:
    shop, admin = world
    client_id = shop.get("/v1/account").json()["id"]
    body = {
        "client_id": client_id,
        "fee_percent": "0.50",
        "expires_at": "2099-01-01T00:00:00Z",
        "reason": "launch promo",
    }
    dry = admin.post("/v1/admin/pricing_overrides", json=dict(body, dry_run=True)).json()
    assert dry["dry_run"] is True and dry["audit_entry"] is None
    assert admin.get("/v1/admin/pricing_overrides").json()["data"] == []
    assert admin.get("/v1/admin/audit_log").json()["data"] == []
    created = admin.post("/v1/admin/pricing_overrides", json=body)
    assert created.status_code == 201
    override = created.json()["pricing_override"]
    assert shop.get("/v1/account").json()["pricing_override"]["id"] == override["id"]
    past = admin.post(
        "/v1/admin/pricing_overrides", json=dict(body, expires_at="2000-01-01T00:00:00Z")
    )
    assert past.status_code == 422 and past.json()["errors"][0]["field"] == "expires_at"
    deleted = admin.delete(
        f"/v1/admin/pricing_overrides/{override['id']}", params={"reason": "ended"}
    ).json()
    assert (
        deleted["deleted"] is True
        and deleted["audit_entry"]["action"] == "pricing_override_deleted"
    )
    assert shop.get("/v1/account").json()["pricing_override"] is None
    actions = [e["action"] for e in admin.get("/v1/admin/audit_log").json()["data"]]
    assert actions == ["pricing_override_deleted", "pricing_override_created"]


def test_usage_reset_dry_run_then_real(world) -> None:
    shop, admin = world
    _confirmed(shop, "100.00")
    client_id = shop.get("/v1/account").json()["id"]
    dry = admin.post(
        "/v1/admin/usage/reset", json={"client_id": client_id, "reason": "test", "dry_run": True}
    ).json()
    assert dry["clients_reset"] == 1 and dry["audit_entry"] is None
    assert shop.get("/v1/usage").json()["current_volume"] == "100.00"
    real = admin.post(
        "/v1/admin/usage/reset", json={"client_id": client_id, "reason": "test"}
    ).json()
    assert real["audit_entry"]["action"] == "usage_reset"
    assert shop.get("/v1/usage").json()["current_volume"] == "0.00"


def test_test_alert_is_marked_and_audited(world) -> None:
    shop, admin = world
    client_id = shop.get("/v1/account").json()["id"]
    alert = admin.post("/v1/admin/usage/test_alert", json={"client_id": client_id, "threshold": 90})
    assert alert.status_code == 201
    assert alert.json()["test"] is True and alert.json()["alert_type"] == "warning"
    assert admin.get("/v1/admin/audit_log", params={"action": "test_alert_sent"}).json()["data"]
    # a test alert does not count as the month's real 90 % alert
    assert shop.get("/v1/usage").json()["thresholds_crossed"] == []


def test_admin_lists_and_filters_clients(world) -> None:
    shop, admin = world
    _confirmed(shop, "9000.00")
    clients = admin.get("/v1/admin/clients").json()["data"]
    assert {c["name"] for c in clients} >= {"Demo Store", "PayCrypt Admin", "Usage Shop"}
    busy = admin.get("/v1/admin/clients", params={"min_usage_percentage": "80"}).json()["data"]
    assert [c["name"] for c in busy] == ["Usage Shop"]
    starter = admin.get("/v1/admin/clients", params={"package": "starter"}).json()["data"]
    assert {c["name"] for c in starter} == {"Demo Store", "Usage Shop"}
    one = admin.get(f"/v1/admin/clients/{busy[0]['id']}").json()
    assert one["current_volume"] == "9000.00" and one["usage_percentage"] == "90.00"
    packages = admin.get("/v1/admin/packages").json()["data"]
    assert [(p["id"], p["max_volume"], p["fee_percent"]) for p in packages] == [
        ("starter", "10000.00", "1.00"),
        ("growth", "50000.00", "0.80"),
        ("business", "250000.00", "0.60"),
        ("enterprise", "1000000.00", "0.40"),
    ]
    assert admin.get("/v1/admin/clients/cli_" + "0" * 24).status_code == 404
