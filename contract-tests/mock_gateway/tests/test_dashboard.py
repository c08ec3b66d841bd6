"""The sandbox dashboard (/dashboard) over plain HTTP: pages, actions, CSRF, escaping, secrets, 404s.

Its own mock (a fresh store), so counts and filters are exact. Actions are checked
through the signed API: the dashboard must change state exactly as the API would.
"""

from __future__ import annotations

import html as htmllib
import re
import threading
import time
from collections.abc import Iterator
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from paycrypt_mock.testing import RunningMock, running_mock

from signed_client import SignedClient

DEMO_CLIENT = "cli_cfaaf44f4fcf9f65805b2a46"
XSS = '<script>alert("pwned")</script><img src=x onerror=alert(2)>'
SECRET_RE = re.compile(r"whsec_[A-Za-z0-9]{8,}")


@pytest.fixture(scope="module")
def mock() -> Iterator[RunningMock]:
    """This module's own mock; conftest's ``api`` and ``admin`` sign against it."""
    with running_mock(webhook_retry_delays="0.2,0.4") as server:
        yield server


@pytest.fixture
def web(mock: RunningMock) -> Iterator[httpx.Client]:
    """A browser-like client: keeps the dashboard's session cookie, does not follow redirects."""
    with httpx.Client(base_url=mock.base_url, timeout=10) as client:
        yield client


def new_payment(api: SignedClient, **extra: object) -> dict:  # type: ignore[type-arg]
    body = {"amount": "10.00", "currency": "USD", "pay_currency": "BTC", **extra}
    response = api.post("/v1/payments", json=body)
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def token(web: httpx.Client, path: str = "/dashboard/webhooks") -> str:
    page = web.get(path)
    assert page.status_code == 200, page.text
    match = re.search(r'name="csrf_token" value="([0-9a-f]{64})"', page.text)
    assert match, "no CSRF token in the page"
    return match.group(1)


def flashes(web: httpx.Client, location: str) -> list[str]:
    page = web.get(location)
    assert page.status_code == 200
    return re.findall(r'class="flash flash-(?:ok|error)"[^>]*>([^<]*)<', page.text)


def assert_security_headers(response: httpx.Response) -> None:
    csp = response.headers["content-security-policy"]
    for directive in ("default-src 'self'", "script-src 'self'", "style-src 'self'"):
        assert directive in csp
    assert "unsafe-inline" not in csp
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"
    assert response.headers["x-content-type-options"] == "nosniff"


# --- pages ---------------------------------------------------------------------------------------


def test_every_page_renders(web: httpx.Client, api: SignedClient) -> None:
    payment = new_payment(api, order_id="order-pages", description="A nice mug")
    pages = {
        "/dashboard": [
            "Gateway health",
            "database",
            "spec_validator",
            "Usage for",
            "<meter",
            "mark-80",
            "mark-90",
            "mark-95",
            "mark-100",
            "This month's alerts",
            "Recent activity",
            "payment.created",
            "Demo Store",
        ],
        "/dashboard/payments": [payment["id"], "order-pages", "A nice mug", 'name="status"'],
        f"/dashboard/payments/{payment['id']}": [
            payment["pay_address"],
            "Timeline",
            "Simulate payment",
            "Simulate partial payment",
            "Simulate overpayment",
            "Expire",
            "Webhook deliveries",
            "payment.created",
            "Resend",
        ],
        "/dashboard/webhooks": ["Webhook endpoints", "Add an endpoint", "payment.confirmed"],
        "/dashboard/admin": [
            "Clients",
            "Audit log",
            "PayCrypt Admin",
            "Demo Store",
            "Starter",
            "Enterprise",
        ],
    }
    for path, expected in pages.items():
        response = web.get(path)
        assert response.status_code == 200, (path, response.text)
        assert response.headers["content-type"] == "text/html; charset=utf-8"
        assert_security_headers(response)
        assert (
            "<script>" not in response.text
        )  # no inline script anywhere (CSP would block it anyway)
        assert "/dashboard/static/dashboard.js" in response.text
        for text in expected:
            assert text in response.text, (path, text)
    # a trailing slash is the same page
    assert web.get("/dashboard/").status_code == 200


def test_no_signature_needed_and_api_still_signed(mock: RunningMock) -> None:
    with httpx.Client(base_url=mock.base_url) as plain:
        assert plain.get("/dashboard").status_code == 200
        assert plain.get("/v1/payments").status_code == 401
        assert plain.get("/dashboards").status_code == 404  # not a dashboard path: the API's 404
        assert (
            plain.get("/dashboards").headers["content-type"].startswith("application/problem+json")
        )


def test_session_cookie_is_strict(mock: RunningMock) -> None:
    with httpx.Client(base_url=mock.base_url) as fresh:
        cookie = fresh.get("/dashboard").headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie and "Path=/dashboard" in cookie


def test_static_assets(web: httpx.Client) -> None:
    css = web.get("/dashboard/static/dashboard.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    js = web.get("/dashboard/static/dashboard.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"]
    assert (
        "http://" not in css.text + js.text and "https://" not in css.text + js.text
    )  # nothing from outside
    assert web.get("/dashboard/static/nope.js").status_code == 404
    assert web.get("/dashboard/static/../routes.py").status_code == 404


def test_client_selector(web: httpx.Client, admin: SignedClient) -> None:
    admin_client = next(
        c for c in admin.get("/v1/admin/clients").json()["data"] if c["name"] == "PayCrypt Admin"
    )
    page = web.get("/dashboard", params={"client": admin_client["id"]})
    assert page.status_code == 200
    assert f'<option value="{admin_client["id"]}" selected>' in page.text
    assert f"client={admin_client['id']}" in page.text  # links keep the selection
    default = web.get("/dashboard")
    assert f'<option value="{DEMO_CLIENT}" selected>' in default.text


def test_404_pages_are_html(web: httpx.Client) -> None:
    for path in (
        "/dashboard/payments/pay_000000000000000000000000",
        "/dashboard/payments/not-an-id",
        "/dashboard/nope",
        "/dashboard?client=cli_000000000000000000000000",
        "/dashboard/alerts/ua_000000000000000000000000/email",
        "/dashboard/payments/pay_x/y",
    ):
        response = web.get(path)
        assert response.status_code == 404, path
        assert response.headers["content-type"] == "text/html; charset=utf-8"
        assert "Not found" in response.text
        assert_security_headers(response)
    assert web.request("PUT", "/dashboard").status_code == 405


def test_payment_list_filter_and_pagination(web: httpx.Client, api: SignedClient) -> None:
    created = [new_payment(api, order_id=f"page-{i}") for i in range(12)]
    api.post(f"/v1/test_helpers/payments/{created[0]['id']}/expire")
    expired = web.get("/dashboard/payments", params={"status": "expired"})
    assert created[0]["id"] in expired.text and created[1]["id"] not in expired.text
    first = web.get("/dashboard/payments")
    ids = re.findall(r'data-payment-id="(pay_\w+)"', first.text)
    assert len(ids) == 10 and ids[0] == created[-1]["id"]
    next_link = re.search(r'rel="next" href="([^"]+)"', first.text)
    assert next_link
    second = web.get(next_link.group(1).replace("&amp;", "&"))
    more = re.findall(r'data-payment-id="(pay_\w+)"', second.text)
    assert more and not set(more) & set(ids)
    assert "First page" in second.text
    # an unknown status is ignored rather than an error
    assert web.get("/dashboard/payments", params={"status": "<bogus>"}).status_code == 200


# --- escaping and secrets --------------------------------------------------------------------------


def test_attacker_controlled_text_is_escaped(web: httpx.Client, api: SignedClient) -> None:
    payment = new_payment(api, description=XSS, order_id="<b>o</b>", metadata={"<i>k</i>": XSS})
    for path in ("/dashboard/payments", f"/dashboard/payments/{payment['id']}", "/dashboard"):
        html = web.get(path).text
        assert "<script>alert" not in html and "<img src=x" not in html and "<b>o</b>" not in html
        assert "<i>k</i>" not in html
    detail = web.get(f"/dashboard/payments/{payment['id']}").text
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in detail
    # an endpoint description and URL are attacker-controlled too
    endpoint = api.post(
        "/v1/webhook_endpoints",
        json={"url": "http://127.0.0.1:9/x", "events": ["*"], "description": XSS},
    ).json()
    html = web.get("/dashboard/webhooks").text
    assert endpoint["id"] in html and "<script>" not in html


def test_no_full_secret_in_any_page(
    web: httpx.Client, api: SignedClient, admin: SignedClient
) -> None:
    created = api.post(
        "/v1/webhook_endpoints", json={"url": "http://127.0.0.1:9/hook", "events": ["*"]}
    )
    assert created.status_code == 201
    endpoint = created.json()
    rotated = api.post(
        f"/v1/webhook_endpoints/{endpoint['id']}/rotate_secret",
        json={"expire_previous_after_seconds": 3600},
    ).json()
    secrets_ = {endpoint["secret"], rotated["secret"]}
    payment = new_payment(api)
    api.post(f"/v1/test_helpers/payments/{payment['id']}/pay")
    admin.post("/v1/admin/usage/test_alert", json={"client_id": DEMO_CLIENT, "threshold": 80})
    # the dashboard's own create and rotate flash messages must not leak the new secrets either
    csrf = token(web)
    location = web.post(
        "/dashboard/webhooks",
        data={
            "csrf_token": csrf,
            "client": DEMO_CLIENT,
            "url": "http://127.0.0.1:9/other",
            "all_events": "1",
        },
    )
    assert location.status_code == 303
    first_flash = " ".join(flashes(web, location.headers["location"]))
    assert "whsec_…" in first_flash and not SECRET_RE.search(first_flash)
    response = web.post(
        f"/dashboard/webhooks/{endpoint['id']}/rotate",
        data={"csrf_token": csrf, "client": DEMO_CLIENT},
    )
    rotate_flash = " ".join(flashes(web, response.headers["location"]))
    assert "rotated" in rotate_flash and not SECRET_RE.search(rotate_flash)
    alert_ids = [a["id"] for a in api.get("/v1/usage/alerts").json()["data"]]
    pages = [
        "/dashboard",
        "/dashboard/payments",
        f"/dashboard/payments/{payment['id']}",
        "/dashboard/webhooks",
        "/dashboard/admin",
    ] + [f"/dashboard/alerts/{a}/email" for a in alert_ids]
    for path in pages:
        html = web.get(path).text
        for secret in secrets_:
            assert secret not in html, path
            assert secret[6:] not in html, path
        assert not SECRET_RE.search(html), (path, SECRET_RE.findall(html))
    current_hint = api.get(f"/v1/webhook_endpoints/{endpoint['id']}").json()["secret_hint"]
    assert (
        current_hint.startswith("whsec_…") and current_hint in web.get("/dashboard/webhooks").text
    )


# --- actions ---------------------------------------------------------------------------------------


def post(web: httpx.Client, path: str, csrf: str | None, **fields: str) -> httpx.Response:
    data = dict(fields, client=DEMO_CLIENT)
    if csrf is not None:
        data["csrf_token"] = csrf
    return web.post(path, data=data)


def test_simulate_full_partial_over_and_expire(web: httpx.Client, api: SignedClient) -> None:
    csrf = token(web)
    full, partial, over, expire = (new_payment(api) for _ in range(4))
    response = post(web, f"/dashboard/payments/{full['id']}/simulate", csrf, kind="full")
    assert response.status_code == 303
    assert response.headers["location"] == f"/dashboard/payments/{full['id']}?client={DEMO_CLIENT}"
    assert api.get(f"/v1/payments/{full['id']}").json()["status"] == "confirmed"
    assert "Simulated a full payment" in " ".join(flashes(web, response.headers["location"]))

    post(web, f"/dashboard/payments/{partial['id']}/simulate", csrf, kind="partial")
    got = api.get(f"/v1/payments/{partial['id']}").json()
    assert got["status"] == "underpaid" and got["amount_received"] != "0"
    post(web, f"/dashboard/payments/{partial['id']}/simulate", csrf, kind="full")  # completes it
    assert api.get(f"/v1/payments/{partial['id']}").json()["status"] == "confirmed"

    post(web, f"/dashboard/payments/{over['id']}/simulate", csrf, kind="over")
    got = api.get(f"/v1/payments/{over['id']}").json()
    assert got["status"] == "confirmed" and got["overpaid_amount"] != "0"

    post(web, f"/dashboard/payments/{expire['id']}/expire", csrf)
    assert api.get(f"/v1/payments/{expire['id']}").json()["status"] == "expired"
    # a refused transition is a message, not a crash; the state machine's own error
    response = post(web, f"/dashboard/payments/{expire['id']}/simulate", csrf, kind="full")
    assert response.status_code == 303
    assert any("payment_state_conflict" in f for f in flashes(web, response.headers["location"]))
    detail = web.get(f"/dashboard/payments/{full['id']}").text
    for status in ("created", "confirming", "confirmed"):
        assert f"status-{status}" in detail
    # unknown payment on a POST: the HTML 404
    assert (
        post(web, "/dashboard/payments/pay_000000000000000000000000/expire", csrf).status_code
        == 404
    )


class HtmlReceiver:
    """A webhook receiver that answers 200 with an HTML page (attacker-controlled text for the dashboard)."""

    def __init__(self, reply: bytes) -> None:
        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def test_delivery_response_body_is_shown_escaped_and_truncated(
    web: httpx.Client, api: SignedClient
) -> None:
    page_start = '<h1>Thanks</h1><script>alert("rb")</script>'
    receiver = HtmlReceiver((page_start + "z" * 600).encode())
    endpoint = api.post(
        "/v1/webhook_endpoints", json={"url": receiver.url, "events": ["payment.created"]}
    ).json()
    try:
        payment = new_payment(api)
        deadline = time.monotonic() + 10
        detail = ""
        while time.monotonic() < deadline:
            detail = web.get(f"/dashboard/payments/{payment['id']}").text
            if receiver.url in detail:
                break
            time.sleep(0.1)
        assert receiver.url in detail, "the delivery never showed up"
    finally:
        api.delete(f"/v1/webhook_endpoints/{endpoint['id']}")
        receiver.close()
    assert "not the response body" not in detail
    assert "<th>Response</th>" in detail
    # escaped, never rendered: the receiver's HTML is text in the page
    assert "<h1>Thanks" not in detail and '<script>alert("rb")' not in detail
    escaped = "&lt;h1&gt;Thanks&lt;/h1&gt;&lt;script&gt;alert(&#34;rb&#34;)&lt;/script&gt;"
    assert escaped in detail
    # the API keeps 500 characters; the table cell shows the first 80, the full excerpt is the tooltip
    attempt = api.get("/v1/events", params={"type": "payment.created", "limit": 1}).json()["data"][
        0
    ]
    assert attempt["data"]["object"]["id"] == payment["id"]
    excerpt = next(
        a["response_body"]
        for a in attempt["delivery_attempts"]
        if a["webhook_endpoint_id"] == endpoint["id"]
    )
    assert excerpt == (page_start + "z" * 600)[:500]
    cell = re.search(r'<td class="response-body"><code title="([^"]*)">([^<]*)</code></td>', detail)
    assert cell, "no response excerpt cell"
    assert htmllib.unescape(cell.group(1)) == excerpt
    assert htmllib.unescape(cell.group(2)) == excerpt[:79] + "…"


def test_resend_event(web: httpx.Client, api: SignedClient) -> None:
    csrf = token(web)
    payment = new_payment(api)
    event = api.get("/v1/events", params={"type": "payment.created", "limit": 1}).json()["data"][0]
    assert event["data"]["object"]["id"] == payment["id"]
    response = post(web, f"/dashboard/events/{event['id']}/resend", csrf, payment_id=payment["id"])
    assert response.status_code == 303
    assert response.headers["location"].startswith(f"/dashboard/payments/{payment['id']}")
    assert any("queued for redelivery" in f for f in flashes(web, response.headers["location"]))
    assert (
        post(web, "/dashboard/events/evt_000000000000000000000000/resend", csrf).status_code == 404
    )


def test_webhook_endpoint_actions(web: httpx.Client, api: SignedClient) -> None:
    csrf = token(web, "/dashboard/webhooks")
    response = post(
        web,
        "/dashboard/webhooks",
        csrf,
        url="http://127.0.0.1:9/dash",
        description="from the dashboard",
        **{"event:payment.confirmed": "1"},
    )
    assert response.status_code == 303 and response.headers["location"].startswith(
        "/dashboard/webhooks"
    )
    endpoint = next(
        e
        for e in api.get("/v1/webhook_endpoints", params={"limit": 100}).json()["data"]
        if e["url"] == "http://127.0.0.1:9/dash"
    )
    assert (
        endpoint["events"] == ["payment.confirmed"]
        and endpoint["description"] == "from the dashboard"
    )

    post(web, f"/dashboard/webhooks/{endpoint['id']}/disable", csrf)
    assert api.get(f"/v1/webhook_endpoints/{endpoint['id']}").json()["enabled"] is False
    post(web, f"/dashboard/webhooks/{endpoint['id']}/enable", csrf)
    assert api.get(f"/v1/webhook_endpoints/{endpoint['id']}").json()["enabled"] is True

    post(web, f"/dashboard/webhooks/{endpoint['id']}/rotate", csrf)
    assert (
        api.get(f"/v1/webhook_endpoints/{endpoint['id']}").json()["secret_hint"]
        != endpoint["secret_hint"]
    )

    before = len(
        api.get("/v1/events", params={"type": "webhook_endpoint.test", "limit": 100}).json()["data"]
    )
    response = post(web, f"/dashboard/webhooks/{endpoint['id']}/test", csrf)
    assert any("Test event" in f for f in flashes(web, response.headers["location"]))
    after = len(
        api.get("/v1/events", params={"type": "webhook_endpoint.test", "limit": 100}).json()["data"]
    )
    assert after == before + 1

    # invalid input is validated like the API would (spec + handler), shown as a message
    response = post(web, "/dashboard/webhooks", csrf, url="ftp://nope", all_events="1")
    assert any("url" in f for f in flashes(web, response.headers["location"]))
    assert (
        post(web, "/dashboard/webhooks/we_000000000000000000000000/test", csrf).status_code == 404
    )


ACTIONS = [
    ("simulate", lambda p, e: (f"/dashboard/payments/{p}/simulate", {"kind": "full"})),
    ("expire", lambda p, e: (f"/dashboard/payments/{p}/expire", {})),
    (
        "create endpoint",
        lambda p, e: ("/dashboard/webhooks", {"url": "http://127.0.0.1:9/csrf", "all_events": "1"}),
    ),
    ("disable", lambda p, e: (f"/dashboard/webhooks/{e}/disable", {})),
    ("rotate", lambda p, e: (f"/dashboard/webhooks/{e}/rotate", {})),
    ("test", lambda p, e: (f"/dashboard/webhooks/{e}/test", {})),
]


def snapshot(api: SignedClient, payment_id: str, endpoint_id: str) -> tuple[object, ...]:
    payment = api.get(f"/v1/payments/{payment_id}").json()
    endpoint = api.get(f"/v1/webhook_endpoints/{endpoint_id}").json()
    endpoints = api.get("/v1/webhook_endpoints", params={"limit": 100}).json()["data"]
    events = api.get("/v1/events", params={"limit": 1}).json()["data"]
    return (
        payment["status"],
        payment["updated_at"],
        endpoint["enabled"],
        endpoint["secret_hint"],
        len(endpoints),
        events[0]["id"] if events else None,
    )


@pytest.mark.parametrize("name,action", ACTIONS, ids=[a[0] for a in ACTIONS])
def test_actions_need_the_csrf_token(
    web: httpx.Client, api: SignedClient, mock: RunningMock, name: str, action: object
) -> None:
    payment = new_payment(api)
    endpoint = api.post(
        "/v1/webhook_endpoints", json={"url": "http://127.0.0.1:9/csrf-target", "events": ["*"]}
    ).json()
    path, fields = action(payment["id"], endpoint["id"])  # type: ignore[operator]
    good = token(web)
    before = snapshot(api, payment["id"], endpoint["id"])

    attempts = {
        "missing": post(web, path, None, **fields),
        "wrong": post(web, path, "0" * 64, **fields),
        "non-ASCII": post(web, path, "\u00e9" * 64, **fields),  # was a TypeError → 500
        "other session's": post(web, path, good[::-1], **fields),
        "cross-site origin": web.post(
            path,
            data=dict(fields, client=DEMO_CLIENT, csrf_token=good),
            headers={"Origin": "http://evil.example"},
        ),
        "cross-site fetch": web.post(
            path,
            data=dict(fields, client=DEMO_CLIENT, csrf_token=good),
            headers={"Sec-Fetch-Site": "cross-site"},
        ),
    }
    with httpx.Client(base_url=mock.base_url) as stranger:  # a valid token but no session cookie
        attempts["no cookie"] = stranger.post(
            path, data=dict(fields, client=DEMO_CLIENT, csrf_token=good)
        )
    for how, response in attempts.items():
        assert response.status_code == 403, (how, response.status_code)
        assert "CSRF" in response.text and "Nothing was changed" in response.text
        assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert snapshot(api, payment["id"], endpoint["id"]) == before

    ok = post(web, path, good, **fields)  # and the same request with the token works
    assert ok.status_code == 303
    assert snapshot(api, payment["id"], endpoint["id"]) != before


def test_get_never_changes_state(web: httpx.Client, api: SignedClient) -> None:
    payment = new_payment(api)
    for path in (
        f"/dashboard/payments/{payment['id']}/simulate",
        f"/dashboard/payments/{payment['id']}/expire",
    ):
        assert web.get(path).status_code == 404
    assert api.get(f"/v1/payments/{payment['id']}").json()["status"] == "pending"


# --- alerts ------------------------------------------------------------------------------------------


def test_alerts_with_email_preview(web: httpx.Client, admin: SignedClient) -> None:
    alert = admin.post(
        "/v1/admin/usage/test_alert", json={"client_id": DEMO_CLIENT, "threshold": 95}
    )
    assert alert.status_code == 201, alert.text
    alert_id = alert.json()["id"]
    overview = web.get("/dashboard").text
    assert "95 % · critical" in overview
    assert f"/dashboard/alerts/{alert_id}/email?client={DEMO_CLIENT}" in overview
    assert "Email preview" in overview and "PayCrypt usage critical" in overview
    email = web.get(f"/dashboard/alerts/{alert_id}/email")
    assert email.status_code == 200 and "Demo Store has used" in email.text
    csp = email.headers["content-security-policy"]
    assert "sandbox" in csp and "script-src" not in csp and "default-src 'none'" in csp
    assert email.headers["x-frame-options"] == "SAMEORIGIN"
    # the audit log shows the admin action
    assert "test_alert_sent" in web.get("/dashboard/admin").text


# --- DNS rebinding: only this server's Host names (issue 12) -------------------------------------

FOREIGN_HOST = "rebind.attacker.example"


def test_foreign_host_is_refused_on_every_route(
    web: httpx.Client, api: SignedClient, mock: RunningMock
) -> None:
    payment = new_payment(api)
    endpoint = api.post(
        "/v1/webhook_endpoints", json={"url": "http://127.0.0.1:9/rebind", "events": ["*"]}
    ).json()
    event_id = api.get("/v1/events", params={"limit": 1}).json()["data"][0]["id"]
    csrf = token(web)  # a real session: only the Host is wrong below
    before = snapshot(api, payment["id"], endpoint["id"])
    gets = [
        "/dashboard",
        "/dashboard/",
        "/dashboard/payments",
        f"/dashboard/payments/{payment['id']}",
        "/dashboard/webhooks",
        "/dashboard/admin",
        "/dashboard/static/dashboard.css",
        "/dashboard/alerts/ua_000000000000000000000000/email",
        "/dashboard/nowhere",
    ]
    posts = [action(payment["id"], endpoint["id"]) for _name, action in ACTIONS]
    posts += [
        (f"/dashboard/events/{event_id}/resend", {"payment_id": payment["id"]}),
        (f"/dashboard/webhooks/{endpoint['id']}/enable", {}),
    ]
    for host in (
        FOREIGN_HOST,
        f"{FOREIGN_HOST}:{mock.port}",
        f"127.0.0.1.{FOREIGN_HOST}:{mock.port}",
        "localhost.",
        "127.0.0.2",
        "",
    ):
        responses = [web.get(path, headers={"Host": host}) for path in gets]
        responses += [
            web.post(
                path, data=dict(fields, client=DEMO_CLIENT, csrf_token=csrf), headers={"Host": host}
            )
            for path, fields in posts
        ]
        for response in responses:
            assert response.status_code == 421, (host, response.request.url, response.status_code)
            assert response.headers["content-type"] == "application/problem+json"
            assert response.json()["code"] == "host_not_allowed"
            assert "set-cookie" not in response.headers
    assert snapshot(api, payment["id"], endpoint["id"]) == before
    for host in (
        f"127.0.0.1:{mock.port}",
        "localhost",
        f"LocalHost:{mock.port}",
        f"[::1]:{mock.port}",
    ):
        assert web.get("/dashboard/payments", headers={"Host": host}).status_code == 200, host


def test_a_delivery_whose_retries_are_exhausted_shows_as_failed(
    web: httpx.Client, api: SignedClient
) -> None:
    endpoint = api.post(
        "/v1/webhook_endpoints",
        json={"url": "http://127.0.0.1:9/nothing-listens", "events": ["payment.created"]},
    ).json()
    try:
        payment = new_payment(api)
        deadline = time.monotonic() + 10
        rows: list[str] = []
        while time.monotonic() < deadline and not any("failed, given up" in r for r in rows):
            time.sleep(0.1)
            detail = web.get(f"/dashboard/payments/{payment['id']}").text
            rows = [r for r in detail.split("<tr") if "nothing-listens" in r]
    finally:
        api.delete(f"/v1/webhook_endpoints/{endpoint['id']}")
    assert [("will retry" in r, "failed, given up" in r) for r in rows] == [(True, False)] * 2 + [
        (False, True)
    ]
    assert '<strong class="outcome failed">failed</strong>' in web.get("/dashboard").text


def test_fee_on_a_payment_and_the_override_in_force(
    web: httpx.Client, api: SignedClient, admin: SignedClient
) -> None:
    """Issue 15: an override at 0.50 % shows as a 0.50 fee on a 100.00 USD payment."""
    assert "1.00 % (the Starter package" in web.get("/dashboard").text
    # the projection moves with the clock: check the line's shape and that it is at least the volume
    volume = api.get("/v1/usage").json()["current_volume"]
    projected = re.search(
        r'id="projection">At this pace: ([0-9]+\.[0-9]{2}) USD by the end of the month\.<',
        web.get("/dashboard").text,
    )
    assert projected and Decimal(projected.group(1)) >= Decimal(volume)
    override = admin.post(
        "/v1/admin/pricing_overrides",
        json={
            "client_id": DEMO_CLIENT,
            "fee_percent": "0.50",
            "expires_at": "2099-03-31T23:59:59Z",
            "reason": "promo",
        },
    )
    assert override.status_code == 201, override.text
    try:
        payment = new_payment(api, amount="100.00")
        page = web.get(f"/dashboard/payments/{payment['id']}").text
        fee = re.search(r'<dd id="fee">([^<]*)</dd>', page)
        assert fee and fee.group(1) == "0.50 USD (0.50 %); net 99.50 USD"
        overview = re.search(r'<p id="fee-in-force">(.*?)</p>', web.get("/dashboard").text)
        assert (
            overview
            and "<strong>0.50 %</strong> (pricing override until 2099-03-31T23:59:59Z"
            in overview.group(1)
        )
        assert "override 0.50 % until 2099-03-31T23:59:59Z" in web.get("/dashboard/admin").text
    finally:
        admin.delete(
            f"/v1/admin/pricing_overrides/{override.json()['pricing_override']['id']}",
            params={"reason": "done"},
        )
