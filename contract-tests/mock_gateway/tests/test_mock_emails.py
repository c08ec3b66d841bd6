"""Usage-alert e-mails: rendered from a template into the sandbox outbox, listed by a test helper."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from paycrypt_mock.emails import render_alert_email
from paycrypt_mock.testing import ADMIN_KEY, ADMIN_SECRET, DEMO_KEY, DEMO_SECRET, running_mock

from signed_client import SignedClient

SHOP = {
    "name": "<b>Bold</b> & Co",
    "email": "owner@bold.example",
    "package": "starter",
    "api_key": "pk_test_bold",
    "api_secret": "sk_test_bold",
}
LIVE = {
    "name": "Live Shop",
    "email": "live@shop.example",
    "api_key": "pk_live_shop",
    "api_secret": "sk_live_shop",
}


@pytest.fixture
def world() -> Iterator[tuple[SignedClient, SignedClient, SignedClient]]:
    with (
        running_mock(seed=[SHOP, LIVE]) as mock,
        SignedClient(mock.base_url, SHOP["api_key"], SHOP["api_secret"]) as shop,
        SignedClient(mock.base_url, ADMIN_KEY, ADMIN_SECRET) as admin,
        SignedClient(mock.base_url, DEMO_KEY, DEMO_SECRET) as demo,
    ):
        yield shop, admin, demo


def _confirmed(shop: SignedClient, amount: str) -> None:
    payment = shop.post(
        "/v1/payments", json={"amount": amount, "currency": "USD", "pay_currency": "USDT"}
    )
    assert payment.status_code == 201, payment.text
    assert (
        shop.post(f"/v1/test_helpers/payments/{payment.json()['id']}/pay", json={}).json()["status"]
        == "confirmed"
    )


def test_crossing_80_percent_sends_exactly_one_email(world) -> None:
    shop, _, demo = world
    _confirmed(shop, "7999.99")
    assert shop.get("/v1/test_helpers/emails").json() == {
        "data": [],
        "has_more": False,
        "next_cursor": None,
    }
    _confirmed(shop, "250.00")  # 8249.99 -> 82.49 %
    (alert,) = shop.get("/v1/usage/alerts").json()["data"]
    assert alert["threshold"] == 80 and alert["email_sent"] is True
    emails = shop.get("/v1/test_helpers/emails", params={"alert_id": alert["id"]}).json()["data"]
    assert len(emails) == 1
    email = emails[0]
    assert (
        email["id"].startswith("em_")
        and email["object"] == "email"
        and email["alert_id"] == alert["id"]
    )
    assert email["to"] == "owner@bold.example"
    # no --smtp-url: kept in the outbox only (test_mock_smtp.py delivers over SMTP)
    assert (
        email["delivery_status"],
        email["delivery_attempts"],
        email["delivery_error"],
        email["delivered_at"],
    ) == ("outbox", 0, None, None)
    assert (
        "notice" in email["subject"]
        and "82.49 %" in email["subject"]
        and "Starter" in email["subject"]
    )
    html = email["html"]
    assert "Notice" in html and "82.49 %" in html
    # the recommendation follows the projection (which depends on the day of the month)
    advice = {
        None: "Starter package covers the projected month",
        "growth": "upgrade to Growth",
        "business": "upgrade to Business",
    }[alert["recommended_package"]]
    assert advice in html and f"about <strong>{alert['projected_volume']} USD</strong>" in html
    assert "8249.99 USD" in html and "10000.00 USD" in html and alert["alert_month"] in html
    assert 'width="82%"' in html  # the usage bar
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; Co" in html and "<b>Bold</b>" not in html  # escaped
    assert "<script" not in html and "<style" not in html  # inline styles only
    text = email["text"]
    assert text.startswith(
        "Usage notice: <b>Bold</b> & Co has used 82.49 %"
    )  # plain text: not HTML-escaped
    assert advice in text and f"At this pace: about {alert['projected_volume']} USD" in text
    # the same e-mail by id; the webhook event carries email_sent too
    assert shop.get(f"/v1/test_helpers/emails/{email['id']}").json() == email
    event = shop.get("/v1/events", params={"type": "usage.threshold_reached"}).json()["data"][0]
    assert event["data"]["object"]["email_sent"] is True
    # other merchants see nothing, not even by id
    assert demo.get("/v1/test_helpers/emails").json()["data"] == []
    missing = demo.get(f"/v1/test_helpers/emails/{email['id']}")
    assert missing.status_code == 404 and missing.json()["code"] == "email_not_found"
    # no second e-mail for the same threshold
    _confirmed(shop, "1.00")
    assert len(shop.get("/v1/test_helpers/emails").json()["data"]) == 1


def test_each_threshold_gets_its_own_email_and_the_list_pages(world) -> None:
    shop, _, _ = world
    _confirmed(shop, "10100.00")  # 101 %: four alerts at once
    alerts = shop.get("/v1/usage/alerts").json()["data"]
    assert sorted(a["threshold"] for a in alerts) == [80, 90, 95, 100]
    assert all(a["email_sent"] for a in alerts)
    first = shop.get("/v1/test_helpers/emails", params={"limit": 3}).json()
    assert len(first["data"]) == 3 and first["has_more"] is True
    rest = shop.get(
        "/v1/test_helpers/emails", params={"limit": 3, "starting_after": first["next_cursor"]}
    ).json()
    assert len(rest["data"]) == 1 and rest["has_more"] is False
    emails = first["data"] + rest["data"]
    assert sorted(e["alert_id"] for e in emails) == sorted(a["id"] for a in alerts)
    limit = next(e for e in emails if "limit exceeded" in e["subject"])
    assert "refused" in limit["text"] and 'width="100%"' in limit["html"]


def test_test_alert_sends_one_email(world) -> None:
    shop, admin, _ = world
    client_id = shop.get("/v1/account").json()["id"]
    alert = admin.post("/v1/admin/usage/test_alert", json={"client_id": client_id, "threshold": 95})
    assert alert.status_code == 201, alert.text
    assert alert.json()["email_sent"] is True and alert.json()["test"] is True
    emails = shop.get("/v1/test_helpers/emails").json()["data"]
    assert [e["alert_id"] for e in emails] == [alert.json()["id"]]
    assert emails[0]["subject"].startswith("[Test] ") and "Critical" in emails[0]["html"]
    assert "test alert" in emails[0]["html"]


def test_render_alert_email_is_pure_and_escapes() -> None:
    alert = {
        "id": "ua_" + "a" * 24,
        "client_id": "cli_" + "b" * 24,
        "threshold": 90,
        "alert_type": "warning",
        "usage_percentage": "91.20",
        "current_volume": "45600.00",
        "max_volume": "50000.00",
        "alert_month": "2026-01",
        "sent_at": "2026-01-15T10:38:13Z",
        "email_sent": False,
        "projected_volume": "97881.30",
        "contact_sales": False,
        "recommended_package": "business",
        "test": False,
    }
    client = {"name": "<script>alert(1)</script>", "email": "x@shop.example", "package": "growth"}
    subject, html, text = render_alert_email(alert, client)
    assert subject == "PayCrypt usage warning: 91.20 % of your Growth limit for 2026-01"
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "Business" in html and "#d97706" in html and 'width="91%"' in html
    assert (
        text.splitlines()[0]
        == "Usage warning: <script>alert(1)</script> has used 91.20 % of its Growth package for 2026-01."
    )
    assert (
        "upgrade to Business" in text
        and "At this pace: about 97881.30 USD by the end of 2026-01." in text
    )
    assert alert["email_sent"] is False  # rendering changes nothing
    _, html, text = render_alert_email(
        dict(alert, recommended_package=None, projected_volume="47000.00"), client
    )
    assert "Your Growth package covers the projected month" in text and "upgrade to" not in text
    assert "covers the projected month" in html and "Recommended" not in html
    _, html, text = render_alert_email(
        dict(
            alert,
            recommended_package="enterprise",
            contact_sales=True,
            projected_volume="1200000.00",
        ),
        client,
    )
    assert (
        "Recommended: Enterprise — contact sales" in text
        and "Enterprise &mdash; contact sales" in html
    )


def test_emails_are_sandbox_only_and_validated(world) -> None:
    shop, _, _ = world
    bad = shop.get("/v1/test_helpers/emails", params={"alert_id": "nope"})
    assert bad.status_code == 422
    bad_id = shop.get("/v1/test_helpers/emails/em_short")
    assert bad_id.status_code == 422
    with SignedClient(str(shop.base_url), LIVE["api_key"], LIVE["api_secret"]) as live:
        refused = live.get("/v1/test_helpers/emails")
    assert refused.status_code == 403 and refused.json()["code"] == "test_mode_only"
