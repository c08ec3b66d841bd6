"""The sandbox dashboard in a real browser: Debian's headless Chromium driven by Playwright (sync API).

One mock, one webhook receiver and one browser for the whole module. Playwright never
downloads a browser here: it launches ``/usr/bin/chromium`` (``apt-get install chromium``;
override with ``PAYCRYPT_CHROMIUM``). A missing Chromium FAILS these tests, it does not skip.

Screenshots of the main pages go to ``build/dashboard/`` (artefacts). The committed
``contract-tests/mock_gateway/dashboard.png`` is rewritten only with
``PAYCRYPT_UPDATE_DASHBOARD_PNG=1``.
"""

from __future__ import annotations

import json
import os
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from paycrypt_mock.testing import ADMIN_KEY, ADMIN_SECRET, RunningMock, running_mock

from signed_client import SignedClient

pytestmark = pytest.mark.slow  # a headless Chromium

ROOT = Path(__file__).resolve().parents[3]
SHOTS = ROOT / "build" / "dashboard"
README_PNG = ROOT / "contract-tests" / "mock_gateway" / "dashboard.png"
CHROMIUM = os.environ.get("PAYCRYPT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
DEMO_CLIENT = "cli_cfaaf44f4fcf9f65805b2a46"
XSS = '<script>alert("xss")</script><img src=x onerror="alert(1)"><b>bold?</b>'


class Receiver:
    """A webhook receiver on loopback that answers 200 and counts deliveries."""

    def __init__(self) -> None:
        self.count = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                receiver.count += 1
                self.send_response(200)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/webhooks"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture(scope="module")
def mock() -> Iterator[RunningMock]:
    with running_mock(webhook_retry_delays="0.2,0.4") as server:
        yield server


@pytest.fixture(scope="module")
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.server.shutdown()


@pytest.fixture(scope="module")
def api(mock: RunningMock) -> Iterator[SignedClient]:
    with SignedClient(mock.base_url) as client:
        yield client


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install Debian's (`apt-get install -y chromium`) "
            "or set PAYCRYPT_CHROMIUM to a Chromium binary. These browser tests never skip.",
            pytrace=False,
        )
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail(
            "the playwright package is missing: .venv/bin/pip install playwright==1.65.2",
            pytrace=False,
        )
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    context = browser.new_context(viewport={"width": 1200, "height": 800})  # type: ignore[attr-defined]
    page = context.new_page()
    page.set_default_timeout(5000)
    page.csp_errors = []  # type: ignore[attr-defined]   # CSP violations and failed loads (404s)
    page.dialogs = []  # type: ignore[attr-defined]

    def on_console(message: object) -> None:
        text = message.text  # type: ignore[attr-defined]
        if (
            "Content Security Policy" in text
            or "Refused to" in text
            or "Failed to load resource" in text
        ):
            page.csp_errors.append(text)  # type: ignore[attr-defined]

    def on_dialog(dialog: object) -> None:
        page.dialogs.append(dialog.message)  # type: ignore[attr-defined]
        dialog.dismiss()  # type: ignore[attr-defined]

    page.on("console", on_console)
    page.on("dialog", on_dialog)
    yield page
    context.close()


def new_payment(api: SignedClient, **extra: object) -> dict:  # type: ignore[type-arg]
    response = api.post(
        "/v1/payments", json={"amount": "25.00", "currency": "USD", "pay_currency": "BTC", **extra}
    )
    assert response.status_code == 201, response.text
    return response.json()  # type: ignore[no-any-return]


def shot(page: object, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)  # type: ignore[attr-defined]


def test_simulate_a_payment_and_see_the_webhook(
    page: object, mock: RunningMock, api: SignedClient, receiver: Receiver
) -> None:
    from playwright.sync_api import expect

    endpoint = api.post(
        "/v1/webhook_endpoints",
        json={"url": receiver.url, "events": ["*"], "description": "local receiver"},
    )
    assert endpoint.status_code == 201
    payment = new_payment(api, order_id="browser-1", description="Browser mug")

    page.goto(f"{mock.base_url}/dashboard/payments")  # type: ignore[attr-defined]
    row = page.locator(f'tr[data-payment-id="{payment["id"]}"]')  # type: ignore[attr-defined]
    expect(row).to_contain_text("pending")
    expect(row).to_contain_text("Browser mug")
    row.get_by_role("link", name=payment["id"]).click()
    expect(page).to_have_url(re.compile(rf"/dashboard/payments/{payment['id']}"))
    expect(page.locator("h1")).to_contain_text("pending")  # type: ignore[attr-defined]

    page.get_by_role("button", name="Simulate payment", exact=True).click()  # type: ignore[attr-defined]
    expect(page.locator(".flash-ok")).to_contain_text("Simulated a full payment")  # type: ignore[attr-defined]
    expect(page.locator("h1 .status")).to_have_text("confirmed")  # type: ignore[attr-defined]
    timeline = page.locator("#timeline")  # type: ignore[attr-defined]
    for status in ("created", "confirming", "confirmed"):
        expect(timeline).to_contain_text(status)
    assert api.get(f"/v1/payments/{payment['id']}").json()["status"] == "confirmed"

    # deliveries happen after commit, in the background: reload until they are listed
    deliveries = page.locator("#deliveries tr.delivery.ok")  # type: ignore[attr-defined]
    deadline = time.monotonic() + 5
    while deliveries.count() < 3 and time.monotonic() < deadline:
        time.sleep(0.2)
        page.reload()  # type: ignore[attr-defined]
    assert deliveries.count() >= 3, page.locator("#deliveries").inner_text()  # type: ignore[attr-defined]
    expect(page.locator("#deliveries")).to_contain_text(receiver.url)  # type: ignore[attr-defined]
    expect(page.locator("#deliveries")).to_contain_text("payment.confirmed")  # type: ignore[attr-defined]
    assert receiver.count >= 3
    shot(page, "payment-detail")
    assert page.csp_errors == [] and page.dialogs == []  # type: ignore[attr-defined]


def test_html_in_a_description_is_text(page: object, mock: RunningMock, api: SignedClient) -> None:
    from playwright.sync_api import expect

    payment = new_payment(api, description=XSS, metadata={"note": XSS})
    page.goto(f"{mock.base_url}/dashboard/payments")  # type: ignore[attr-defined]
    expect(page.locator(f'tr[data-payment-id="{payment["id"]}"] td.desc')).to_have_text(XSS)  # type: ignore[attr-defined]
    page.goto(f"{mock.base_url}/dashboard/payments/{payment['id']}")  # type: ignore[attr-defined]
    expect(page.locator("#description")).to_have_text(XSS)  # type: ignore[attr-defined]
    assert page.locator("#details img").count() == 0  # type: ignore[attr-defined]
    assert page.locator("#details b").count() == 0  # type: ignore[attr-defined]
    assert json.loads(page.locator("#details pre").inner_text())["note"] == XSS  # type: ignore[attr-defined]
    page.wait_for_timeout(300)  # type: ignore[attr-defined]   # give any injected handler a chance to fire
    assert page.dialogs == [], page.dialogs  # type: ignore[attr-defined]
    assert page.evaluate("() => window.__pwned === undefined")  # type: ignore[attr-defined]
    assert page.csp_errors == [], page.csp_errors  # type: ignore[attr-defined]


def test_main_pages_screenshots_and_phone_layout(
    page: object, browser: object, mock: RunningMock, api: SignedClient
) -> None:
    from playwright.sync_api import expect

    # some usage (85 % of Starter: a real 80 % alert and its email) and an admin change for the audit log
    big = new_payment(api, amount="8500.00", order_id="big-order", description="Wholesale order")
    api.post(f"/v1/test_helpers/payments/{big['id']}/pay")
    for i in range(3):
        new_payment(api, order_id=f"shop-{i}", description=f"Sticker pack #{i}")
    with SignedClient(mock.base_url, ADMIN_KEY, ADMIN_SECRET) as admin:
        switched = admin.post(
            f"/v1/admin/clients/{DEMO_CLIENT}/switch_package",
            json={"package": "growth", "reason": "screenshot", "dry_run": False},
        )
        assert switched.status_code == 200, switched.text
        admin.post(
            f"/v1/admin/clients/{DEMO_CLIENT}/switch_package",
            json={"package": "starter", "reason": "back to starter"},
        )

    base = mock.base_url
    page.goto(f"{base}/dashboard")  # type: ignore[attr-defined]
    expect(page.locator("#usage")).to_contain_text("85.")  # type: ignore[attr-defined]
    expect(page.locator("#alerts")).to_contain_text("80 % · notice")  # type: ignore[attr-defined]
    page.locator("#alerts details.email summary").first.click()  # type: ignore[attr-defined]
    frame = page.frame_locator("#alerts iframe.email-preview").first  # type: ignore[attr-defined]
    expect(frame.locator("body")).to_contain_text("Demo Store has used")
    page.wait_for_timeout(300)  # type: ignore[attr-defined]   # let the sandboxed frame paint before the shot
    shot(page, "overview")
    if os.environ.get("PAYCRYPT_UPDATE_DASHBOARD_PNG") == "1":
        page.evaluate("() => window.scrollTo(0, 0)")  # type: ignore[attr-defined]
        page.screenshot(path=str(README_PNG), full_page=False)  # type: ignore[attr-defined]

    page.get_by_role("link", name="Payments", exact=True).click()  # type: ignore[attr-defined]
    page.select_option("#status", "pending")  # type: ignore[attr-defined]   # JS auto-submits the filter
    expect(page).to_have_url(re.compile(r"status=pending"))
    expect(page.locator("#payments")).not_to_contain_text("confirmed")  # type: ignore[attr-defined]
    page.get_by_role("link", name="Payments", exact=True).click()  # type: ignore[attr-defined]
    shot(page, "payments")

    page.get_by_role("link", name="Webhooks", exact=True).click()  # type: ignore[attr-defined]
    page.fill("#url", "http://127.0.0.1:9/from-browser")  # type: ignore[attr-defined]
    page.get_by_role("button", name="Create endpoint").click()  # type: ignore[attr-defined]
    expect(page.locator(".flash-ok")).to_contain_text("never shows a secret in full")  # type: ignore[attr-defined]
    expect(page.locator("#endpoints")).to_contain_text("from-browser")  # type: ignore[attr-defined]
    assert not re.search(r"whsec_[A-Za-z0-9]{8,}", page.content())  # type: ignore[attr-defined]
    shot(page, "webhooks")

    page.get_by_role("link", name="Admin", exact=True).click()  # type: ignore[attr-defined]
    expect(page.locator("#audit")).to_contain_text("package_switched")  # type: ignore[attr-defined]
    shot(page, "admin")
    assert page.csp_errors == [] and page.dialogs == []  # type: ignore[attr-defined]

    # readable on a phone: nothing wider than the viewport except inside scrollable tables
    phone = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)  # type: ignore[attr-defined]
    try:
        small = phone.new_page()
        for path in ("/dashboard", "/dashboard/payments", f"/dashboard/payments/{big['id']}"):
            small.goto(base + path)
            width = small.evaluate("() => document.documentElement.scrollWidth")
            assert width <= 391, (path, width)
        shot(small, "overview-phone")
    finally:
        phone.close()


def test_dashboard_token_in_a_real_browser(page: object, browser: object) -> None:
    """A --dashboard-token given on loopback is required too (bound beyond loopback there always is one).
    ?token= once is enough: the cookie it sets carries the pages, their CSS/JS and the actions; without
    it a browser gets the 401 page."""
    from playwright.sync_api import expect

    token = "browser-token-0123456789abcdef"
    with (
        running_mock(extra_args=["--dashboard-token", token]) as locked,
        SignedClient(locked.base_url) as api,
    ):
        payment = new_payment(api)
        page.goto(f"{locked.base_url}/dashboard/payments/{payment['id']}?token={token}")  # type: ignore[attr-defined]
        expect(page).to_have_url(
            f"{locked.base_url}/dashboard/payments/{payment['id']}"
        )  # token gone
        page.get_by_role("button", name="Simulate payment", exact=True).click()  # type: ignore[attr-defined]
        expect(page.locator(".flash-ok")).to_contain_text("Simulated a full payment")  # type: ignore[attr-defined]
        assert api.get(f"/v1/payments/{payment['id']}").json()["status"] == "confirmed"
        assert page.csp_errors == [] and page.dialogs == []  # type: ignore[attr-defined]

        stranger = browser.new_context().new_page()  # type: ignore[attr-defined]
        response = stranger.goto(f"{locked.base_url}/dashboard/payments")
        assert response.status == 401
        expect(stranger.locator("body")).to_contain_text("token")
        stranger.context.close()
