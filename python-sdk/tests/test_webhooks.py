"""paycrypt.webhooks: build a valid delivery, then break one field at a time."""

from __future__ import annotations

import json

import pytest

import paycrypt
from paycrypt import webhooks
from paycrypt.types import Payment, PaymentWebhookEvent

from ._events import event_payload, schema_example

SECRET = "whsec_test_unit_secret"
NOW = 1767225600


@pytest.fixture
def payload() -> bytes:
    return event_payload()


@pytest.fixture
def header(payload: bytes) -> str:
    return webhooks.generate_test_header(payload, SECRET, timestamp=NOW)


def test_valid_delivery_returns_a_typed_event(payload: bytes, header: str) -> None:
    event = webhooks.verify(payload, header, SECRET, now=NOW)
    assert event.id == json.loads(payload)["id"]
    assert event.type == "payment.confirmed"
    assert type(event).__name__ == "PaymentWebhookEvent"
    assert event.data.object.amount == json.loads(payload)["data"]["object"]["amount"]  # type: ignore[union-attr]


def test_bytearray_and_memoryview_are_raw_bytes(payload: bytes, header: str) -> None:
    webhooks.verify(bytearray(payload), header, SECRET, now=NOW)
    webhooks.verify(memoryview(payload), header, SECRET, now=NOW)


def test_tampered_body(payload: bytes, header: str) -> None:
    with pytest.raises(paycrypt.WebhookSignatureError) as info:
        webhooks.verify(payload.replace(b"confirmed", b"confirmex"), header, SECRET, now=NOW)
    assert info.value.reason == "signature_mismatch"


def test_reserialised_body_fails(payload: bytes, header: str) -> None:
    reserialised = json.dumps(json.loads(payload), indent=2).encode()
    with pytest.raises(paycrypt.WebhookSignatureError):
        webhooks.verify(reserialised, header, SECRET, now=NOW)


def test_wrong_secret(payload: bytes, header: str) -> None:
    with pytest.raises(paycrypt.WebhookSignatureError):
        webhooks.verify(payload, header, "whsec_other", now=NOW)


def test_rotation_any_secret_or_any_v1_matches(payload: bytes) -> None:
    both = webhooks.generate_test_header(payload, ["whsec_old", SECRET], timestamp=NOW)
    webhooks.verify(payload, both, SECRET, now=NOW)
    old_only = webhooks.generate_test_header(payload, "whsec_old", timestamp=NOW)
    webhooks.verify(payload, old_only, [SECRET, "whsec_old"], now=NOW)


@pytest.mark.parametrize("secret", ["", None, []])
def test_empty_secret_fails_closed(payload: bytes, header: str, secret: object) -> None:
    with pytest.raises(paycrypt.WebhookSecretMissingError) as info:
        webhooks.verify(payload, header, secret, now=NOW)  # type: ignore[arg-type]
    assert info.value.reason == "empty_secret"


@pytest.mark.parametrize(
    "bad_header,reason",
    [
        (None, "malformed_header"),
        ("", "malformed_header"),
        ("garbage", "malformed_header"),
        (f"v1={'0' * 64}", "malformed_header"),
        (f"t={NOW}", "no_signature"),
        (f"t={NOW},v0=abc", "no_signature"),
    ],
)
def test_bad_headers(payload: bytes, bad_header: str | None, reason: str) -> None:
    with pytest.raises(paycrypt.WebhookHeaderError) as info:
        webhooks.verify(payload, bad_header, SECRET, now=NOW)
    assert info.value.reason == reason


def test_timestamp_too_old(payload: bytes, header: str) -> None:
    webhooks.verify(payload, header, SECRET, now=NOW + 300)
    with pytest.raises(paycrypt.WebhookTimestampTooOldError) as info:
        webhooks.verify(payload, header, SECRET, now=NOW + 301)
    assert info.value.reason == "timestamp_too_old"
    webhooks.verify(payload, header, SECRET, now=NOW + 1000, tolerance=1000)


def test_timestamp_in_future(payload: bytes, header: str) -> None:
    with pytest.raises(paycrypt.WebhookTimestampInFutureError):
        webhooks.verify(payload, header, SECRET, now=NOW - 301)


def test_signature_checked_before_parsing() -> None:
    body = b"not json at all"
    with pytest.raises(paycrypt.WebhookSignatureError):
        webhooks.verify(body, f"t={NOW},v1={'0' * 64}", SECRET, now=NOW)
    good = webhooks.generate_test_header(body, SECRET, timestamp=NOW)
    with pytest.raises(paycrypt.WebhookVerificationError) as info:
        webhooks.verify(body, good, SECRET, now=NOW)
    assert info.value.reason == "invalid_payload"


@pytest.mark.parametrize("wrong", [{"id": "evt_1"}, '{"id":"evt_1"}', None, 42])
def test_parsed_or_decoded_body_is_rejected_with_a_recipe(header: str, wrong: object) -> None:
    with pytest.raises(TypeError) as info:
        webhooks.verify(wrong, header, SECRET, now=NOW)  # type: ignore[arg-type]
    assert isinstance(info.value, paycrypt.WebhookVerificationError)
    assert info.value.reason == "not_raw_body"
    assert "request.get_data()" in str(info.value) and "request.body" in str(info.value)


def test_secret_never_in_messages(payload: bytes, header: str) -> None:
    for args in ((payload + b"x", header), (payload, "t=1,v1=00")):
        with pytest.raises(paycrypt.WebhookVerificationError) as info:
            webhooks.verify(*args, SECRET, now=NOW)
        assert SECRET not in str(info.value)


def test_default_tolerance_is_300() -> None:
    import inspect

    assert inspect.signature(webhooks.verify).parameters["tolerance"].default == 300
    assert paycrypt.DEFAULT_WEBHOOK_TOLERANCE == 300


def test_generate_test_header_default_timestamp(payload: bytes) -> None:
    header = webhooks.generate_test_header(payload.decode(), SECRET)
    webhooks.verify(payload, header, SECRET)


def test_unknown_event_type_is_still_returned() -> None:
    body = event_payload("payment.teleported")
    header = webhooks.generate_test_header(body, SECRET, timestamp=NOW)
    event = webhooks.verify(body, header, SECRET, now=NOW)
    assert isinstance(event, webhooks.UnknownWebhookEvent)
    assert event.type == "payment.teleported"


def test_a_newer_gateways_event_is_built_leniently_not_refused(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A status this SDK has never heard of, in a genuine signed delivery: the receiver
    # must still get its event (refusing it would make the gateway retry forever).
    payment = {**schema_example("Payment"), "status": "on_hold", "risk_score": "0.20"}
    body = event_payload("payment.confirmed", data={"object": payment})
    header = webhooks.generate_test_header(body, SECRET, timestamp=NOW)
    with caplog.at_level("WARNING", logger="paycrypt"):
        event = webhooks.verify(body, header, SECRET, now=NOW)
    assert isinstance(event, PaymentWebhookEvent)
    assert isinstance(event.data.object, Payment)
    assert event.data.object.status == "on_hold"
    assert event.data.object.id == payment["id"]
    assert len(caplog.records) == 1 and "status" in caplog.text and SECRET not in caplog.text


@pytest.mark.parametrize(
    "body", [b"[1, 2]", b'{"id": "evt_1"}', b'{"type": "payment.confirmed", "id": 7}']
)
def test_a_signed_payload_that_is_no_event_is_invalid_payload(body: bytes) -> None:
    header = webhooks.generate_test_header(body, SECRET, timestamp=NOW)
    with pytest.raises(paycrypt.WebhookVerificationError) as info:
        webhooks.verify(body, header, SECRET, now=NOW)
    assert info.value.reason == "invalid_payload"
