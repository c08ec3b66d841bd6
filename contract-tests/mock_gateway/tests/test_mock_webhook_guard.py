"""The request-forgery guard: forbidden webhook addresses, refused at creation and after DNS at delivery."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
from test_mock_webhooks import Receiver

from paycrypt_mock.testing import running_mock

from signed_client import SignedClient

FORBIDDEN = [
    "http://0.0.0.0/x",  # unspecified
    "http://0/x",  # 0.0.0.0, as inet_aton reads it
    "http://[::]/x",
    "http://169.254.169.254/latest/meta-data/",  # the cloud metadata service (link-local)
    "https://169.254.169.254./x",  # trailing dot
    "http://169.254.0.1:8080/x",
    "http://0xa9.0xfe.0xa9.0xfe/x",  # 169.254.169.254 in hex
    "http://0251.0376.0251.0376/x",  # ... in octal
    "http://2852039166/x",  # ... as one number
    "http://169.254.43518/x",  # ... as a.b.c16
    "http://[fe80::1]/x",
    "http://[febf:ffff::1]/x",  # the top of fe80::/10
    "http://224.0.0.1/x",  # multicast
    "http://[ff02::1]/x",
    "http://255.255.255.255/x",  # broadcast
    "http://[::ffff:169.254.169.254]/x",  # IPv4-mapped
    "http://[::ffff:a9fe:a9fe]/x",  # ... in hex
    "http://[::ffff:0.0.0.0]/x",
    "http://[::169.254.169.254]/x",  # IPv4-compatible
    "http://[64:ff9b::a9fe:a9fe]/x",  # NAT64
    "http://[2002:a9fe:a9fe::1]/x",  # 6to4
    "http://[fd00:ec2::254]/x",  # AWS IPv6 metadata (inside the private fc00::/7)
    "http://100.100.100.200/x",  # Alibaba Cloud metadata
    "http://168.63.129.16/x",  # Azure WireServer
]

ALLOWED = [
    "http://127.0.0.1:9/x",
    "http://localhost:3000/x",
    "http://[::1]:9/x",
    "http://10.1.2.3/x",
    "http://192.168.0.10/x",
    "http://172.16.5.4/x",
    "http://[fd12:3456::1]/x",
    "http://0x7f.1/x",
    "https://shop.example.com/paycrypt/webhook",
    "http://169.255.0.1/x",
    "http://[fec0::1]/x",
]


@pytest.fixture(scope="module")
def guarded() -> Iterator[SignedClient]:
    args = [
        "--webhook-resolve",
        "metadata.test=169.254.169.254",
        "--webhook-resolve",
        "mapped.test=::ffff:a9fe:a9fe",
    ]
    with (
        running_mock(webhook_retry_delays="0.1", extra_args=args) as mock,
        SignedClient(mock.base_url) as api,
    ):
        yield api


@pytest.mark.parametrize("url", FORBIDDEN)
def test_forbidden_address_is_refused_at_creation(guarded: SignedClient, url: str) -> None:
    response = guarded.post("/v1/webhook_endpoints", json={"url": url, "events": ["*"]})
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    problem = response.json()
    assert problem["code"] == "webhook_url_forbidden"
    assert [e["field"] for e in problem["errors"]] == ["url"]


def test_a_zoned_link_local_address_is_refused_too(guarded: SignedClient) -> None:
    # The spec's uri format already rejects the zone; whichever check answers, the field is url.
    response = guarded.post(
        "/v1/webhook_endpoints", json={"url": "http://[fe80::1%25eth0]/x", "events": ["*"]}
    )
    assert response.status_code == 422 and [e["field"] for e in response.json()["errors"]] == [
        "url"
    ]


def test_allowed_addresses_are_accepted_and_updates_are_checked(guarded: SignedClient) -> None:
    ids = []
    for url in ALLOWED:
        response = guarded.post(
            "/v1/webhook_endpoints", json={"url": url, "events": ["payment.created"]}
        )
        assert response.status_code == 201, (url, response.text)
        ids.append(response.json()["id"])
    patched = guarded.patch(
        f"/v1/webhook_endpoints/{ids[0]}", json={"url": "http://[::ffff:169.254.169.254]/"}
    )
    assert patched.status_code == 422 and patched.json()["code"] == "webhook_url_forbidden"
    assert guarded.get(f"/v1/webhook_endpoints/{ids[0]}").json()["url"] == ALLOWED[0]
    for endpoint_id in ids:
        guarded.delete(f"/v1/webhook_endpoints/{endpoint_id}")


@pytest.mark.parametrize("name", ["metadata.test", "mapped.test"])
def test_a_name_resolving_to_a_forbidden_address_is_refused_at_delivery(
    guarded: SignedClient, name: str
) -> None:
    endpoint = guarded.post(
        "/v1/webhook_endpoints",
        json={"url": f"http://{name}:8080/hooks", "events": ["webhook_endpoint.test"]},
    )
    assert endpoint.status_code == 201, (
        endpoint.text
    )  # a name: only its resolved address can be judged
    event = guarded.post(f"/v1/webhook_endpoints/{endpoint.json()['id']}/test").json()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        attempts = guarded.get(f"/v1/events/{event['id']}").json()["delivery_attempts"]
        if attempts and attempts[-1]["outcome"] == "failed":
            break
        time.sleep(0.05)
    assert [a["outcome"] for a in attempts] == [
        "retrying",
        "failed",
    ]  # retried once, then given up, visibly
    for attempt in attempts:
        assert attempt["status_code"] is None and attempt["response_body"] is None
        assert f"{name} resolves to" in attempt["error"] and "refused" in attempt["error"]
    guarded.delete(f"/v1/webhook_endpoints/{endpoint.json()['id']}")


def test_a_name_resolving_to_loopback_is_delivered_to_the_checked_address() -> None:
    receiver = Receiver()
    port = receiver.url.split(":")[2].split("/")[0]
    try:
        with (
            running_mock(extra_args=["--webhook-resolve", "hooks.test=127.0.0.1"]) as mock,
            SignedClient(mock.base_url) as api,
        ):
            endpoint = api.post(
                "/v1/webhook_endpoints",
                json={"url": f"http://hooks.test:{port}/hooks", "events": ["*"]},
            ).json()
            api.post(f"/v1/webhook_endpoints/{endpoint['id']}/test")
            delivery = receiver.wait_for(1)[0]
        assert {k.lower(): v for k, v in delivery["headers"].items()}[
            "host"
        ] == f"hooks.test:{port}"
    finally:
        receiver.close()


@pytest.mark.parametrize("url", ["http://xn--zz/x", "http://" + "a" * 70 + ".test/x"])
def test_a_host_no_request_can_be_sent_to_fails_its_attempts_visibly(
    guarded: SignedClient, url: str
) -> None:
    endpoint = guarded.post(
        "/v1/webhook_endpoints", json={"url": url, "events": ["webhook_endpoint.test"]}
    )
    assert endpoint.status_code == 201, endpoint.text
    event = guarded.post(f"/v1/webhook_endpoints/{endpoint.json()['id']}/test").json()
    deadline = time.monotonic() + 10
    attempts: list[dict[str, object]] = []
    while time.monotonic() < deadline and not (attempts and attempts[-1]["outcome"] == "failed"):
        time.sleep(0.05)
        attempts = guarded.get(f"/v1/events/{event['id']}").json()["delivery_attempts"]
    assert [a["outcome"] for a in attempts] == [
        "retrying",
        "failed",
    ]  # recorded, not retried forever
    assert all(a["error"] and a["status_code"] is None for a in attempts)
    guarded.delete(f"/v1/webhook_endpoints/{endpoint.json()['id']}")


async def test_delivery_tries_the_next_checked_address_when_one_refuses() -> None:
    # `localhost` can resolve to ::1 first while the receiver listens on 127.0.0.1 only: the
    # attempt moves on to the next address (each one checked) instead of failing the delivery.
    import ipaddress

    import httpx

    from paycrypt_mock.webhook_attempt import post

    receiver = Receiver()
    try:
        port = httpx.URL(receiver.url).port
        order: list[str] = []

        async def resolver(host: str, port: int) -> list[ipaddress.IPv4Address]:
            order.append(host)
            # 127.0.0.2 is loopback too, but nothing listens there on this port: refused.
            return [ipaddress.IPv4Address("127.0.0.2"), ipaddress.IPv4Address("127.0.0.1")]

        async with httpx.AsyncClient(trust_env=False) as client:
            status, _, error = await post(
                client,
                f"http://hooks.test:{port}/hook",
                b"{}",
                {"Content-Type": "application/json"},
                deadline=5.0,
                static={},
                resolver=resolver,
            )
        assert (status, error) == (200, None)
        assert order == ["hooks.test"]
        assert receiver.wait_for(1)[0]["headers"]["Host"] == f"hooks.test:{port}"
    finally:
        receiver.close()
