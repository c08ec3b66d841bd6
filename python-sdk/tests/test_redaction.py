"""No secret leaks: repr, logs and exception messages."""

from __future__ import annotations

import logging

import httpx
import pytest
import respx

import paycrypt
from paycrypt._base_client import setup_logging_from_env

from .conftest import API_SECRET


def test_repr_shows_key_not_secret(client: paycrypt.PayCrypt) -> None:
    for text in (repr(client), str(client), repr(client._auth), repr(client.payments)):
        assert "pk_test_unit" in text
        assert API_SECRET not in text


@pytest.mark.asyncio
async def test_async_repr(async_client: paycrypt.AsyncPayCrypt) -> None:
    assert API_SECRET not in repr(async_client) and "pk_test_unit" in repr(async_client)


def test_debug_log_redacts_signature(
    client: paycrypt.PayCrypt, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    api.post("/v1/x").mock(
        side_effect=[httpx.Response(503, json={"code": "u"}), httpx.Response(200, json={})]
    )
    with caplog.at_level(logging.DEBUG, logger="paycrypt"):
        client.request("POST", "/v1/x", cast_to=None, body={"a": 1})
    text = caplog.text
    assert "v1=…redacted" in text
    assert "PayCrypt-Nonce" in text or "paycrypt-nonce" in text
    assert "retrying POST /v1/x" in text
    assert API_SECRET not in text
    sig = api.calls.last.request.headers["PayCrypt-Signature"]
    assert sig.split("=", 1)[1] not in text


def test_debug_log_shows_each_attempt_as_sent(
    client: paycrypt.PayCrypt, api: respx.MockRouter, caplog: pytest.LogCaptureFixture
) -> None:
    # Each "request" line is logged after signing: the nonce in it is the one that attempt sent.
    api.get("/v1/x").mock(
        side_effect=[httpx.Response(503, json={"code": "u"}), httpx.Response(200, json={})]
    )
    with caplog.at_level(logging.DEBUG, logger="paycrypt"):
        client.request("GET", "/v1/x", cast_to=None)
    lines = [r.getMessage() for r in caplog.records if r.getMessage().startswith("request ")]
    sent = [call.request.headers["PayCrypt-Nonce"] for call in api.calls]
    assert len(lines) == len(sent) == 2 and sent[0] != sent[1]
    for line, nonce in zip(lines, sent, strict=True):
        assert nonce in line and "v1=…redacted" in line


def test_errors_never_contain_the_secret(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    api.get("/v1/x").mock(
        return_value=httpx.Response(401, json={"code": "signature_mismatch", "detail": "nope"})
    )
    with pytest.raises(paycrypt.AuthenticationError) as info:
        client.request("GET", "/v1/x", cast_to=None)
    assert API_SECRET not in str(info.value) and API_SECRET not in repr(info.value)


def test_paycrypt_log_env_enables_debug(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("paycrypt")
    old_level, old_handlers = logger.level, list(logger.handlers)
    try:
        logger.handlers = []
        monkeypatch.setenv("PAYCRYPT_LOG", "debug")
        setup_logging_from_env()
        assert logger.level == logging.DEBUG and logger.handlers
    finally:
        logger.setLevel(old_level)
        logger.handlers = old_handlers
