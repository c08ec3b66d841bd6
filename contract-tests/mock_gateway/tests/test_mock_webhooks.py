"""Webhook delivery, verified by a local receiver: signatures, retries, rotation, resend, test events."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from paycrypt import _signing

from paycrypt_mock.testing import running_mock
from paycrypt_mock.validation import load_spec

from signed_client import SignedClient

SPEC = load_spec(Path(__file__).resolve().parents[3] / "openapi.yaml")


def assert_matches_webhook_schema(body: bytes) -> None:
    """A delivery's body must match the spec's ``webhooks`` section for its event type."""
    event = json.loads(body)
    name = "payment" if event["type"].startswith("payment.") else event["type"]
    schema = SPEC.document["webhooks"][name]["post"]["requestBody"]["content"]["application/json"][
        "schema"
    ]
    errors = [e.message for e in SPEC.validator(schema).iter_errors(event)]
    assert not errors, errors


class Receiver:
    """A tiny webhook receiver: records raw deliveries, fails the first ``fail`` of them with 500.

    Answers with ``reply`` as the body (with a Content-Length), or, with ``endless``, streams
    64 KiB chunks without a length until the gateway hangs up (counted in ``sent``).
    """

    ENDLESS_CAP = 256 * 1024 * 1024

    def __init__(self, fail: int = 0, reply: bytes = b"", endless: bool = False) -> None:
        self.fail = fail
        self.reply = reply
        self.endless = endless
        self.sent = 0
        self.hung_up = threading.Event()
        self.deliveries: list[dict] = []  # type: ignore[type-arg]
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.deliveries.append({"body": body, "headers": dict(self.headers)})
                status = 500 if len(receiver.deliveries) <= receiver.fail else 200
                self.send_response(status)
                if receiver.endless:  # HTTP/1.0, no length: the body ends when the connection does
                    self.send_header("Content-Type", "text/plain; charset=utf-8")
                    self.end_headers()
                    chunk = b"A" * 65536
                    try:
                        while receiver.sent < receiver.ENDLESS_CAP:
                            self.wfile.write(chunk)
                            receiver.sent += len(chunk)
                    except OSError:  # the gateway closed the connection: what we want
                        receiver.hung_up.set()
                    return
                self.send_header("Content-Length", str(len(receiver.reply)))
                self.end_headers()
                self.wfile.write(receiver.reply)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hooks"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait_for(self, count: int, timeout: float = 10.0) -> list[dict]:  # type: ignore[type-arg]
        deadline = time.monotonic() + timeout
        while len(self.deliveries) < count and time.monotonic() < deadline:
            time.sleep(0.02)
        assert len(self.deliveries) >= count, f"{len(self.deliveries)} deliveries, wanted {count}"
        return self.deliveries

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


@pytest.fixture
def fresh() -> Iterator[SignedClient]:
    """A mock of its own (fast retries) so other tests' events don't reach our receivers."""
    with (
        running_mock(webhook_retry_delays="0.2,0.3,0.5") as mock,
        SignedClient(mock.base_url) as api,
    ):
        yield api


def _endpoint(api, url: str, events=("*",)) -> dict:  # type: ignore[no-untyped-def,type-arg]
    response = api.post("/v1/webhook_endpoints", json={"url": url, "events": list(events)})
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def _attempts(api, event_id: str, count: int, timeout: float = 10.0) -> list[dict]:  # type: ignore[no-untyped-def,type-arg]
    """The event's delivery attempts once ``count`` are recorded. The receiver sees a delivery
    before the mock has its answer and records the attempt, so a fixed sleep races under load."""
    deadline = time.monotonic() + timeout
    while True:
        attempts = api.get(f"/v1/events/{event_id}").json()["delivery_attempts"]
        if len(attempts) >= count or time.monotonic() > deadline:
            return attempts  # type: ignore[no-any-return]
        time.sleep(0.05)


def test_delivery_is_signed_and_verifiable(fresh, receiver) -> None:
    endpoint = _endpoint(fresh, receiver.url)
    assert endpoint["secret"].startswith("whsec_")
    assert "secret" not in fresh.get(f"/v1/webhook_endpoints/{endpoint['id']}").json()
    payment = fresh.post(
        "/v1/payments", json={"amount": "10.00", "currency": "USD", "pay_currency": "BTC"}
    ).json()
    delivery = receiver.wait_for(1)[0]
    headers = {k.lower(): v for k, v in delivery["headers"].items()}
    assert headers["content-type"] == "application/json"
    assert (
        _signing.check_webhook_signature(
            delivery["body"], headers["paycrypt-webhook-signature"], endpoint["secret"]
        )
        is None
    )
    event = json.loads(delivery["body"])
    assert headers["paycrypt-event-id"] == event["id"]
    assert event["type"] == "payment.created" and event["data"]["object"]["id"] == payment["id"]
    assert "delivery_attempts" not in event
    assert_matches_webhook_schema(delivery["body"])
    attempts = _attempts(fresh, event["id"], 1)
    assert [(a["attempt"], a["status_code"], a["error"]) for a in attempts] == [(1, 200, None)]
    assert attempts[0]["response_body"] == ""  # the receiver answered with an empty body


def test_only_subscribed_events_are_delivered(fresh, receiver) -> None:
    _endpoint(fresh, receiver.url, events=["payment.confirmed"])
    payment = fresh.post(
        "/v1/payments", json={"amount": "10.00", "currency": "USD", "pay_currency": "BTC"}
    ).json()
    fresh.post(f"/v1/test_helpers/payments/{payment['id']}/pay", json={})
    deliveries = receiver.wait_for(1)
    time.sleep(0.3)
    assert [json.loads(d["body"])["type"] for d in deliveries] == ["payment.confirmed"]


def test_failures_are_retried_and_every_attempt_recorded(fresh) -> None:
    receiver = Receiver(fail=2, reply=b'{"ok":false}')
    try:
        _endpoint(fresh, receiver.url)
        fresh.post(
            "/v1/payments", json={"amount": "10.00", "currency": "USD", "pay_currency": "BTC"}
        )
        deliveries = receiver.wait_for(3)
        ids = {json.loads(d["body"])["id"] for d in deliveries}
        assert len(ids) == 1
        attempts = _attempts(fresh, ids.pop(), 3)
        assert [a["attempt"] for a in attempts] == [1, 2, 3]
        assert [a["status_code"] for a in attempts] == [500, 500, 200]
        assert attempts[0]["next_retry_at"] is not None and attempts[2]["next_retry_at"] is None
        assert attempts[0]["error"] and attempts[2]["error"] is None
        assert [a["response_body"] for a in attempts] == [
            '{"ok":false}'
        ] * 3  # recorded for failures too
    finally:
        receiver.close()


def test_unreachable_endpoint_gives_up_after_the_last_delay(fresh) -> None:
    _endpoint(fresh, "http://127.0.0.1:9/nothing-listens-here")
    fresh.post("/v1/payments", json={"amount": "10.00", "currency": "USD", "pay_currency": "BTC"})
    event = fresh.get("/v1/events", params={"type": "payment.created"}).json()["data"][0]
    attempts = _attempts(fresh, event["id"], 4)
    assert [a["attempt"] for a in attempts] == [1, 2, 3, 4]
    assert all(a["status_code"] is None and a["error"] for a in attempts)
    assert all(a["response_body"] is None for a in attempts)  # no answer, no body
    assert attempts[-1]["next_retry_at"] is None


def test_rotation_overlap_sends_both_signatures(fresh, receiver) -> None:
    endpoint = _endpoint(fresh, receiver.url, events=["webhook_endpoint.test"])
    old = endpoint["secret"]
    rotated = fresh.post(
        f"/v1/webhook_endpoints/{endpoint['id']}/rotate_secret",
        json={"expire_previous_after_seconds": 3600},
    ).json()
    new = rotated["secret"]
    assert new != old and rotated["previous_secret_expires_at"] is not None
    test_event = fresh.post(f"/v1/webhook_endpoints/{endpoint['id']}/test")
    assert test_event.status_code == 202
    delivery = receiver.wait_for(1)[0]
    header = {k.lower(): v for k, v in delivery["headers"].items()}["paycrypt-webhook-signature"]
    assert header.count("v1=") == 2
    assert _signing.check_webhook_signature(delivery["body"], header, new) is None
    assert _signing.check_webhook_signature(delivery["body"], header, old) is None
    assert_matches_webhook_schema(delivery["body"])
    assert "secret" not in json.loads(delivery["body"])["data"]["object"]
    # rotating again without overlap drops the old secrets at once
    fresh.post(f"/v1/webhook_endpoints/{endpoint['id']}/rotate_secret")
    fresh.post(f"/v1/webhook_endpoints/{endpoint['id']}/test")
    header = {k.lower(): v for k, v in receiver.wait_for(2)[1]["headers"].items()}[
        "paycrypt-webhook-signature"
    ]
    assert (
        header.count("v1=") == 2
    )  # the rotation's previous secret (3600 s) is still inside its window
    fresh.post(
        f"/v1/webhook_endpoints/{endpoint['id']}/rotate_secret",
        json={"expire_previous_after_seconds": 0},
    )


def test_resend_delivers_again(fresh, receiver) -> None:
    endpoint = _endpoint(fresh, receiver.url)
    fresh.post("/v1/payments", json={"amount": "10.00", "currency": "USD", "pay_currency": "BTC"})
    first = json.loads(receiver.wait_for(1)[0]["body"])
    resent = fresh.post(
        f"/v1/events/{first['id']}/resend", json={"webhook_endpoint_id": endpoint["id"]}
    )
    assert resent.status_code == 202
    second = json.loads(receiver.wait_for(2)[1]["body"])
    assert second["id"] == first["id"]
    attempts = _attempts(fresh, first["id"], 2)
    assert [a["attempt"] for a in attempts] == [1, 2]


def test_disabled_endpoint_gets_nothing(fresh, receiver) -> None:
    endpoint = _endpoint(fresh, receiver.url)
    updated = fresh.patch(f"/v1/webhook_endpoints/{endpoint['id']}", json={"enabled": False}).json()
    assert updated["enabled"] is False
    fresh.post("/v1/payments", json={"amount": "10.00", "currency": "USD", "pay_currency": "BTC"})
    time.sleep(0.5)
    assert receiver.deliveries == []


def test_webhook_urls_must_be_http(api) -> None:
    response = api.post(
        "/v1/webhook_endpoints", json={"url": "ftp://example.com/x", "events": ["*"]}
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["field"] == "url"


def test_endpoint_crud(api) -> None:
    endpoint = api.post(
        "/v1/webhook_endpoints",
        json={
            "url": "http://127.0.0.1:9/a",
            "events": ["payment.confirmed"],
            "description": "orders",
        },
    ).json()
    assert endpoint["description"] == "orders" and endpoint["enabled"] is True
    listed = api.get("/v1/webhook_endpoints").json()["data"]
    assert endpoint["id"] in [e["id"] for e in listed] and all("secret" not in e for e in listed)
    deleted = api.delete(f"/v1/webhook_endpoints/{endpoint['id']}").json()
    assert deleted == {"id": endpoint["id"], "deleted": True}
    assert api.get(f"/v1/webhook_endpoints/{endpoint['id']}").status_code == 404


def test_usage_alert_delivery_matches_the_spec(fresh, receiver) -> None:
    _endpoint(fresh, receiver.url, events=["usage.threshold_reached"])
    payment = fresh.post(
        "/v1/payments", json={"amount": "8000.00", "currency": "USD", "pay_currency": "USDT"}
    ).json()
    fresh.post(f"/v1/test_helpers/payments/{payment['id']}/pay", json={})
    delivery = receiver.wait_for(1)[0]
    assert_matches_webhook_schema(delivery["body"])
    alert = json.loads(delivery["body"])["data"]["object"]
    assert (alert["threshold"], alert["alert_type"]) == (80, "notice")
    # 8000 USD projected over the month: business, growth or (late in the month) none — see test_projection.py
    assert (
        alert["recommended_package"] in ("business", "growth", None) and alert["projected_volume"]
    )


def _only_attempt(api: SignedClient, receiver: Receiver) -> dict:  # type: ignore[type-arg]
    event_id = json.loads(receiver.wait_for(1)[0]["body"])["id"]
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        attempts = api.get(f"/v1/events/{event_id}").json()["delivery_attempts"]
        if attempts:
            assert len(attempts) == 1, attempts
            return attempts[0]  # type: ignore[no-any-return]
        time.sleep(0.05)
    raise AssertionError(f"no delivery attempt recorded for {event_id}")


def test_response_body_excerpt_is_the_first_500_characters(fresh) -> None:
    # 300 two-byte characters, then ASCII: the first 500 *characters* are 700 bytes
    text = "é" * 300 + "x" * 2000
    receiver = Receiver(reply=text.encode("utf-8"))
    try:
        _endpoint(fresh, receiver.url, events=["payment.created"])
        fresh.post(
            "/v1/payments", json={"amount": "10.00", "currency": "USD", "pay_currency": "BTC"}
        )
        attempt = _only_attempt(fresh, receiver)
        assert attempt["status_code"] == 200 and attempt["error"] is None
        assert attempt["response_body"] == text[:500]
    finally:
        receiver.close()


def test_response_body_is_decoded_with_replacement(fresh) -> None:
    receiver = Receiver(
        reply=b"ok \xff\xfe caf\xc3\xa9 \xe2\x82"
    )  # invalid bytes, then a cut-off euro sign
    try:
        _endpoint(fresh, receiver.url, events=["payment.created"])
        fresh.post(
            "/v1/payments", json={"amount": "10.00", "currency": "USD", "pay_currency": "BTC"}
        )
        assert _only_attempt(fresh, receiver)["response_body"] == "ok \ufffd\ufffd café \ufffd"
    finally:
        receiver.close()


def test_an_endless_response_body_is_not_read_to_the_end(fresh) -> None:
    receiver = Receiver(endless=True)
    try:
        _endpoint(fresh, receiver.url, events=["payment.created"])
        started = time.monotonic()
        fresh.post(
            "/v1/payments", json={"amount": "10.00", "currency": "USD", "pay_currency": "BTC"}
        )
        attempt = _only_attempt(fresh, receiver)
        assert attempt["response_body"] == "A" * 500
        assert attempt["status_code"] == 200 and attempt["error"] is None
        # the gateway hung up after the excerpt: the receiver's writes failed long before its cap
        assert receiver.hung_up.wait(10), f"still sending after {receiver.sent} bytes"
        assert receiver.sent < 64 * 1024 * 1024, receiver.sent
        assert time.monotonic() - started < 10
    finally:
        receiver.close()
