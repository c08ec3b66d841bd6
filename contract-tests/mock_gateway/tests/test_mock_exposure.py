"""The mock answers only Host names of its own (DNS rebinding), and warns and locks the dashboard
when it is bound to a non-loopback address (issue 12, "Host allow-list and exposure")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import yaml  # type: ignore[import-untyped]

from paycrypt_mock.testing import ADMIN_KEY, ADMIN_SECRET, RunningMock, running_mock

from signed_client import SignedClient

SPEC = yaml.safe_load(
    (Path(__file__).resolve().parents[3] / "openapi.yaml").read_text(encoding="utf-8")
)
OPERATIONS = [
    (method.upper(), path, op["operationId"])
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in ("get", "post", "put", "patch", "delete")
]
FOREIGN = "rebind.attacker.example"


def _filled(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "pay_000000000000000000000000", path)


def _refused(response: httpx.Response) -> None:
    assert response.status_code == 421, (response.request.url, response.text)
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "host_not_allowed" and body["status"] == 421
    assert body["request_id"] == response.headers["PayCrypt-Request-Id"]


def _state(api: SignedClient, admin: SignedClient) -> tuple[object, ...]:
    return (
        api.get("/v1/payments", params={"limit": 100}).json()["data"],
        api.get("/v1/events", params={"limit": 100}).json()["data"],
        api.get("/v1/webhook_endpoints", params={"limit": 100}).json()["data"],
        admin.get("/v1/admin/audit_log", params={"limit": 100}).json()["data"],
    )


@pytest.mark.parametrize("method,path,operation_id", OPERATIONS, ids=[o[2] for o in OPERATIONS])
def test_every_operation_refuses_a_foreign_host(
    mock: RunningMock,
    api: SignedClient,
    admin: SignedClient,
    method: str,
    path: str,
    operation_id: str,
) -> None:
    client = admin if path.startswith("/v1/admin/") else api
    before = _state(api, admin)
    body = (
        {"amount": "1.00", "currency": "USD", "pay_currency": "BTC"} if method == "POST" else None
    )
    for host in (FOREIGN, f"{FOREIGN}:{mock.port}"):
        # Signed correctly, so nothing but the Host name is wrong.
        _refused(client.request(method, _filled(path), json=body, headers={"Host": host}))
    assert _state(api, admin) == before


def test_health_refuses_a_foreign_host_and_answers_its_own_names(mock: RunningMock) -> None:
    for host in (
        FOREIGN,
        f"{FOREIGN}:{mock.port}",
        f"localhost.{FOREIGN}",
        "127.0.0.1.nip.io",
        "0.0.0.0",
    ):
        _refused(httpx.get(mock.base_url + "/health", headers={"Host": host}, timeout=10))
    for host in (
        "127.0.0.1",
        f"127.0.0.1:{mock.port}",
        "localhost",
        f"LOCALHOST:{mock.port}",
        "[::1]",
        f"[::1]:{mock.port}",
    ):
        response = httpx.get(mock.base_url + "/health", headers={"Host": host}, timeout=10)
        assert response.status_code == 200, host


# --- bound to every interface -------------------------------------------------------------------


@pytest.fixture(scope="module")
def exposed() -> Iterator[RunningMock]:
    with running_mock(
        host="0.0.0.0",
        extra_args=["--allowed-host", "sandbox.test", "--allowed-host", "ci-box:9000"],
    ) as server:
        server.base_url = f"http://127.0.0.1:{server.port}"
        yield server


def _generated_token(server: RunningMock) -> str:
    match = re.search(r"^dashboard token: ([A-Za-z0-9_-]{20,}) ", server.log, re.M)
    assert match, server.log
    return match.group(1)


def test_binding_beyond_loopback_warns_that_credentials_are_public(exposed: RunningMock) -> None:
    warning = exposed.log.split("\nlistening on ")[0]
    assert "WARNING" in warning and "not loopback" in warning and "credentials" in warning
    assert "sk_test_demo" in warning  # the public sandbox secret, named as such
    _generated_token(exposed)


def test_allowed_host_extras_and_the_bound_address(exposed: RunningMock) -> None:
    for host in (
        "sandbox.test",
        f"sandbox.test:{exposed.port}",
        "ci-box",
        "ci-box:9000",
        "0.0.0.0",
        f"localhost:{exposed.port}",
    ):
        assert (
            httpx.get(exposed.base_url + "/health", headers={"Host": host}, timeout=10).status_code
            == 200
        )
    _refused(httpx.get(exposed.base_url + "/health", headers={"Host": "other.test"}, timeout=10))
    with SignedClient(
        exposed.base_url, ADMIN_KEY, ADMIN_SECRET, headers={"Host": "sandbox.test"}
    ) as admin:
        assert admin.get("/v1/admin/clients").status_code == 200


def test_the_dashboard_needs_the_token_when_exposed(exposed: RunningMock) -> None:
    token = _generated_token(exposed)
    with httpx.Client(base_url=exposed.base_url, timeout=10) as browser:
        for path in (
            "/dashboard",
            "/dashboard/payments",
            "/dashboard/admin",
            "/dashboard/static/dashboard.css",
        ):
            refused = browser.get(path)
            assert refused.status_code == 401 and "token" in refused.text, path
            assert token not in refused.text
        assert browser.get("/dashboard", params={"token": "x" * 32}).status_code == 401
        assert (
            browser.get("/dashboard", headers={"Authorization": "Bearer " + "x" * 32}).status_code
            == 401
        )
        assert (
            browser.post("/dashboard/webhooks", data={"url": "http://127.0.0.1:9/x"}).status_code
            == 401
        )

        # ?token= once: a strict, HttpOnly cookie, and the token is redirected out of the URL
        entry = browser.get("/dashboard/payments", params={"token": token, "status": "pending"})
        assert (
            entry.status_code == 303
            and entry.headers["location"] == "/dashboard/payments?status=pending"
        )
        cookie = next(
            c
            for c in entry.headers.get_list("set-cookie")
            if c.startswith("paycrypt_dashboard_token=")
        )
        assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/dashboard" in cookie
        page = browser.get(entry.headers["location"])
        assert page.status_code == 200 and token not in page.text
        assert browser.get("/dashboard/admin").status_code == 200

    # or a header, for scripts
    assert (
        httpx.get(
            exposed.base_url + "/dashboard",
            headers={"Authorization": f"Bearer {token}"},
            timeout=10,
        ).status_code
        == 200
    )
    # the signed API is unchanged: no dashboard token there
    with SignedClient(exposed.base_url) as api:
        assert api.get("/v1/payments").status_code == 200


def test_loopback_needs_no_token_and_prints_no_warning(mock: RunningMock) -> None:
    assert "not loopback" not in mock.log and "dashboard token" not in mock.log
    assert httpx.get(mock.base_url + "/dashboard", timeout=10).status_code == 200


def test_the_config_repr_shows_no_secret() -> None:
    from paycrypt_mock.config import Config

    config = Config(
        smtp_url="smtp+starttls://alerts:pa%24%24-Smtp9@mail.example:587?from=a@x.example",
        dashboard_token="tok-Dash-7781",
        seed_clients=[{"api_key": "pk_test_shop", "api_secret": "sk_test_Seed-4412"}],
    )
    shown = repr(config)
    for secret in ("pa%24%24-Smtp9", "pa$$-Smtp9", "tok-Dash-7781", "sk_test_Seed-4412"):
        assert secret not in shown and secret not in str(config), shown
    # what is not secret still helps: where mail goes, whose keys were seeded
    assert "alerts:***@mail.example:587" in shown and "pk_test_shop" in shown
    assert "dashboard_token='***'" in shown and "db='paycrypt-mock.sqlite3'" in shown
    assert "dashboard_token=None" in repr(Config())
