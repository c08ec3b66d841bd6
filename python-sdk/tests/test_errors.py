"""Error mapping: status -> class, fields, and messages that name the request."""

from __future__ import annotations

import httpx
import pytest
import respx

import paycrypt
from paycrypt import _exceptions

from .conftest import BASE_URL

RID = "req_" + "b" * 24


def problem(
    status: int, code: str, detail: str = "it went wrong", **extra: object
) -> httpx.Response:
    return httpx.Response(
        status,
        json={
            "type": f"https://docs.paycrypt.example/errors/{code}",
            "title": "Title",
            "status": status,
            "code": code,
            "detail": detail,
            "request_id": RID,
            **extra,
        },
        headers={"content-type": "application/problem+json", "PayCrypt-Request-Id": RID},
    )


@pytest.mark.parametrize(
    "status,cls",
    [
        (400, paycrypt.BadRequestError),
        (401, paycrypt.AuthenticationError),
        (403, paycrypt.PermissionDeniedError),
        (404, paycrypt.NotFoundError),
        (409, paycrypt.ConflictError),
        (422, paycrypt.UnprocessableEntityError),
        (429, paycrypt.RateLimitError),
        (500, paycrypt.InternalServerError),
        (503, paycrypt.InternalServerError),
        (418, paycrypt.APIStatusError),
    ],
)
def test_status_maps_to_class(
    client: paycrypt.PayCrypt, api: respx.MockRouter, status: int, cls: type
) -> None:
    api.get("/v1/x").mock(return_value=problem(status, "some_code"))
    with pytest.raises(cls) as info:
        client.request("GET", "/v1/x", cast_to=None, options={"max_retries": 0})
    err = info.value
    assert isinstance(err, paycrypt.APIStatusError) and isinstance(err, paycrypt.PayCryptError)
    assert err.status_code == status
    assert err.code == "some_code" and err.request_id == RID and err.detail == "it went wrong"
    assert err.response.status_code == status


def test_message_names_the_request(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    api.post("/v1/payments").mock(
        return_value=problem(409, "idempotency_key_reused", "key reused with another body")
    )
    with pytest.raises(paycrypt.ConflictError) as info:
        client.request("POST", "/v1/payments", cast_to=None, body={})
    assert str(info.value) == (
        f"POST /v1/payments failed: 409 idempotency_key_reused — key reused with another body (request_id={RID})"
    )


def test_validation_errors_are_exposed(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    api.post("/v1/payments").mock(
        return_value=problem(
            400,
            "invalid_request",
            "bad body",
            errors=[{"field": "amount", "message": "must be a decimal string"}],
        )
    )
    with pytest.raises(paycrypt.BadRequestError) as info:
        client.request("POST", "/v1/payments", cast_to=None, body={})
    assert info.value.errors == [{"field": "amount", "message": "must be a decimal string"}]
    assert "amount: must be a decimal string" in str(info.value)


def test_clock_skew_message_shows_server_time(
    client: paycrypt.PayCrypt, api: respx.MockRouter
) -> None:
    api.get("/v1/account").mock(
        return_value=problem(
            401,
            "timestamp_out_of_range",
            "timestamp is 900 s from server time",
            server_time=1767225600,
        )
    )
    with pytest.raises(paycrypt.AuthenticationError) as info:
        client.request("GET", "/v1/account", cast_to=None)
    text = str(info.value)
    assert "1767225600" in text and "clock" in text


def test_non_json_error_body(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    api.get("/v1/x").mock(return_value=httpx.Response(502, text="<html>bad gateway</html>"))
    with pytest.raises(paycrypt.InternalServerError) as info:
        client.request("GET", "/v1/x", cast_to=None, options={"max_retries": 0})
    assert str(info.value) == "GET /v1/x failed: 502"
    assert info.value.code is None


def test_tree_is_in_the_docstring_and_all() -> None:
    doc = _exceptions.__doc__ or ""
    for name in _exceptions.__all__:
        assert name in doc, name
        assert name in paycrypt.__all__
    assert issubclass(paycrypt.APITimeoutError, paycrypt.APIConnectionError)
    assert issubclass(paycrypt.WebhookPayloadTypeError, TypeError)


def test_unknown_request_option_is_a_type_error(client: paycrypt.PayCrypt) -> None:
    with pytest.raises(TypeError, match="retries"):
        client.request("GET", "/v1/x", cast_to=None, options={"retries": 3})


def test_missing_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PAYCRYPT_API_KEY", raising=False)
    monkeypatch.delenv("PAYCRYPT_API_SECRET", raising=False)
    with pytest.raises(paycrypt.PayCryptError, match="PAYCRYPT_API_KEY"):
        paycrypt.PayCrypt()
    with pytest.raises(paycrypt.PayCryptError, match="PAYCRYPT_API_SECRET"):
        paycrypt.PayCrypt(api_key="pk_test_x")


def test_environment_configuration(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PAYCRYPT_API_KEY", "pk_test_env")
    monkeypatch.setenv("PAYCRYPT_API_SECRET", "sk_test_env")
    monkeypatch.setenv("PAYCRYPT_BASE_URL", "http://127.0.0.1:8787/")
    c = paycrypt.PayCrypt()
    assert c.api_key == "pk_test_env" and c.base_url == "http://127.0.0.1:8787"
    monkeypatch.delenv("PAYCRYPT_BASE_URL")
    assert paycrypt.PayCrypt().base_url == "https://api.paycrypt.example"


@respx.mock(base_url=BASE_URL, assert_all_called=False)
def test_a_float_amount_is_refused_before_anything_is_sent(
    respx_mock: respx.MockRouter, client: paycrypt.PayCrypt
) -> None:
    route = respx_mock.post("/v1/payments")
    with pytest.raises(TypeError, match=r"amount is a float \(49\.99\).*str or Decimal"):
        client.payments.create(amount=49.99, currency="USD", pay_currency="BTC")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"metadata\.rate is a float"):
        client.payments.create(
            amount="49.99",
            currency="USD",
            pay_currency="BTC",
            metadata={"rate": 0.5},  # type: ignore[dict-item]
        )
    with pytest.raises(TypeError, match=r"limit is a float"):
        client.payments.list(limit=2.0)  # type: ignore[arg-type]
    assert not route.called
