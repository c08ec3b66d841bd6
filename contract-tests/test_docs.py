"""The API reference at ``/docs``: its generated code samples against the real SDKs and the mock,
and the page itself in Debian's headless Chromium (Playwright, launched as test_dashboard_browser does).

The browser runs with every request that would leave the mock's origin aborted and recorded: the
page must render offline and fetch nothing remote. Screenshots go to ``build/docs/`` (artefacts);
the committed ``contract-tests/mock_gateway/docs.png`` (the root README's) is rewritten only with
``PAYCRYPT_UPDATE_DOCS_PNG=1``. A missing Chromium FAILS these tests, it does not skip.
"""

from __future__ import annotations

import ast
import contextlib
import inspect
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from paycrypt_mock.docs import PAGE
from paycrypt_mock.testing import RunningMock, running_mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "contract-tests" / "docs"))
import build_docs  # noqa: E402
from code_samples import camel  # noqa: E402

SHOTS = ROOT / "build" / "docs"
README_PNG = ROOT / "contract-tests" / "mock_gateway" / "docs.png"
NODE_SDK = ROOT / "js-sdk" / "dist" / "esm" / "index.js"
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
SANDBOX_URL = "http://127.0.0.1:8787"
# One of each kind: unsigned, a POST with a body, a GET with a query, admin credentials.
RUNNABLE = ["getHealth", "createPayment", "listPayments", "adminListPackages"]


def _spec() -> dict[str, Any]:
    return build_docs.decorate(yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8")))


SPEC = _spec()
OPERATIONS = {
    op["operationId"]: (path, method, op)
    for path, item in SPEC["paths"].items()
    for method, op in item.items()
    if method in build_docs.METHODS
}
WEBHOOKS = {hook["post"]["operationId"]: hook["post"] for hook in SPEC.get("webhooks", {}).values()}


def sample(operation_id: str, label: str) -> str:
    samples = {s["label"]: s["source"] for s in OPERATIONS[operation_id][2]["x-codeSamples"]}
    return samples[label]


@pytest.fixture(scope="module")
def mock() -> Iterator[RunningMock]:
    with running_mock() as server:
        yield server


# --- the samples ----------------------------------------------------------------------------------


def test_every_operation_has_python_node_and_curl_samples() -> None:
    assert len(OPERATIONS) >= 40
    for operation_id, (_, _, op) in OPERATIONS.items():
        assert [s["label"] for s in op["x-codeSamples"]] == ["Python", "Node.js", "curl"], (
            operation_id
        )


def test_python_samples_bind_to_the_sdk_methods_they_name() -> None:
    """Each Python sample's call resolves on a real ``paycrypt.PayCrypt`` and binds to its signature."""
    from paycrypt import PayCrypt

    client = PayCrypt("pk_test_demo", "sk_test_demo", base_url=SANDBOX_URL)
    try:
        for operation_id in OPERATIONS:
            tree = ast.parse(sample(operation_id, "Python"))
            call = next(
                node.value
                for node in tree.body
                if isinstance(node, ast.Assign)
                and isinstance(node.value, ast.Call)
                and isinstance(node.value.func, ast.Attribute)
            )
            chain: list[str] = []
            func: ast.expr = call.func
            while isinstance(func, ast.Attribute):
                chain.insert(0, func.attr)
                func = func.value
            assert isinstance(func, ast.Name) and func.id == "client", operation_id
            method: Any = client
            for name in chain:
                method = getattr(method, name)
            args = [ast.literal_eval(a) for a in call.args]
            kwargs = {k.arg: ast.literal_eval(k.value) for k in call.keywords if k.arg}
            inspect.signature(method).bind(*args, **kwargs)  # TypeError on a wrong name or arity
    finally:
        client.close()


def test_node_samples_name_methods_of_the_node_sdk() -> None:
    if not NODE_SDK.is_file():
        pytest.fail(f"{NODE_SDK.relative_to(ROOT)} is missing: run `make js-build`", pytrace=False)
    chains = {
        op_id: "client." + ".".join(camel(s) for s in op["x-sdk-method"].split("."))
        for op_id, (_, _, op) in OPERATIONS.items()
    }
    for op_id, chain in chains.items():
        assert f"await {chain}(" in sample(op_id, "Node.js"), op_id
    script = (
        f"import {{ PayCrypt }} from {json.dumps(NODE_SDK.as_uri())};\n"
        "const client = new PayCrypt({ apiKey: 'pk_test_demo', apiSecret: 'sk_test_demo' });\n"
        f"const chains = {json.dumps(sorted(set(chains.values())))};\n"
        "const missing = chains.filter((c) => typeof c.split('.').slice(1)"
        ".reduce((o, k) => (o == null ? o : o[k]), client) !== 'function');\n"
        "console.log(JSON.stringify(missing));\n"
    )
    out = subprocess.run(
        ["node", "--input-type=module", "-e", script],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert json.loads(out.stdout) == []


def _run(language: str, source: str, mock: RunningMock, tmp_path: Path) -> str:
    source = source.replace(SANDBOX_URL, mock.base_url)
    if language == "Python":
        stdout = io.StringIO()
        with contextlib.redirect_stdout(stdout):
            exec(compile(source, "<python sample>", "exec"), {})  # noqa: S102 - our own generated sample
        return stdout.getvalue()
    if language == "Node.js":
        if not NODE_SDK.is_file():
            pytest.fail(
                f"{NODE_SDK.relative_to(ROOT)} is missing: run `make js-build`", pytrace=False
            )
        script = tmp_path / "sample.mjs"
        script.write_text(
            source.replace("'paycrypt'", json.dumps(NODE_SDK.as_uri())), encoding="utf-8"
        )
        result = subprocess.run(["node", str(script)], capture_output=True, text=True, timeout=60)
    else:
        result = subprocess.run(
            ["bash", "-euo", "pipefail", "-c", source], capture_output=True, text=True, timeout=60
        )
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("language", ["Python", "Node.js", "curl"])
@pytest.mark.parametrize("operation_id", RUNNABLE)
def test_samples_run_against_the_mock(
    operation_id: str, language: str, mock: RunningMock, tmp_path: Path
) -> None:
    """The samples are not only well-formed: run as printed (base URL aside), the mock accepts them,
    the curl one included, which signs the request with nothing but openssl."""
    out = _run(language, sample(operation_id, language), mock, tmp_path)
    assert out.strip(), "the sample printed nothing"
    if language == "curl":
        body = json.loads(out)
        assert "code" not in body, (
            body
        )  # a problem+json (401 signature_mismatch, …) would carry one
    if operation_id == "createPayment":
        assert "order_1042" in out
    assert "RESPONSE VALIDATION FAILED" not in mock.log


# --- the page -------------------------------------------------------------------------------------


def test_the_committed_page_loads_nothing_remote() -> None:
    html = PAGE.read_text(encoding="utf-8")
    for logo in build_docs.CDN_LOGOS:
        assert logo not in html
    assert "cdn." not in html.replace(
        "cdn.redocly.com/icons", ""
    )  # icon packs: unused, see the browser test
    assert "fonts.googleapis" not in html


def test_docs_is_served_with_a_strict_policy_and_gzip(mock: RunningMock) -> None:
    page = httpx.get(mock.base_url + "/docs")
    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    assert page.content == PAGE.read_bytes()
    assert "default-src 'none'" in page.headers["content-security-policy"]
    assert page.headers["content-encoding"] == "gzip"  # httpx asks for it and decodes it
    assert httpx.head(mock.base_url + "/docs").status_code == 200
    refused = httpx.post(mock.base_url + "/docs", content=b"x")
    assert (
        refused.status_code == 405 and refused.headers["content-type"] == "application/problem+json"
    )
    assert refused.json()["code"] == "method_not_allowed"


def test_docs_answers_a_foreign_host_as_the_dashboard_does(mock: RunningMock) -> None:
    """Whatever the mock does with a Host naming someone else (DNS rebinding), /docs is no exception."""
    foreign = {"Host": "attacker.example"}
    dashboard = httpx.get(mock.base_url + "/dashboard", headers=foreign)
    docs = httpx.get(mock.base_url + "/docs", headers=foreign)
    assert docs.status_code == dashboard.status_code


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not (os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK)):
        pytest.fail(
            f"Chromium not found at {CHROMIUM}: install Debian's (`apt-get install -y chromium`) "
            "or set PAYCRYPT_CHROMIUM to a Chromium binary. These browser tests never skip.",
            pytrace=False,
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.mark.slow
def test_reference_in_chromium_offline(browser: Any, mock: RunningMock) -> None:
    """Every operation and webhook has its anchor, the signing and webhook sections render, samples
    switch language — and no request leaves the mock's origin."""
    from playwright.sync_api import expect

    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    remote: list[str] = []
    refused: list[str] = []

    def local(url: str) -> bool:
        return url.startswith((mock.base_url + "/", "data:", "blob:"))

    def gate(route: Any) -> None:  # the network is "off": anything not local is aborted
        if local(route.request.url):
            route.continue_()
        else:
            route.abort()

    context.route("**/*", gate)
    page = context.new_page()
    page.set_default_timeout(10000)
    # Every request the page makes, whether the gate or the page's CSP stops it (then it never
    # reaches the gate, but is still a request and a console error).
    page.on("request", lambda r: local(r.url) or remote.append(r.url))
    page.on(
        "console",
        lambda m: (
            ("Content Security Policy" in m.text or "Refused to" in m.text)
            and refused.append(m.text)
        ),
    )
    page.on("pageerror", lambda e: refused.append(f"page error: {e}"))
    try:
        page.goto(mock.base_url + "/docs")
        active = page.locator("[data-testid=menu-item-label][data-active=true]")
        expect(
            page.locator("[data-testid=menu-item-label]", has_text="Request signing")
        ).to_be_visible()
        page.screenshot(path=str(SHOTS / "overview.png"))

        # Every operationId (and webhook) is an anchor, #/<tag>/<operationid>, listed in the menu under
        # its summary once its tag is open; each tag is opened by going to its own anchor.
        everything = [*((k, v[2]) for k, v in OPERATIONS.items()), *WEBHOOKS.items()]
        anchors: dict[str, str] = {}
        for tag in sorted({op["tags"][0].lower().replace(" ", "-") for _, op in everything}):
            page.evaluate("hash => { location.hash = hash }", f"#/{tag}")
            expect(page.locator(f'.menu-content a[href^="#/{tag}/"]').first).to_be_attached()
            anchors.update(
                page.eval_on_selector_all(
                    f'.menu-content a[href^="#/{tag}/"]',
                    "links => links.map(a => [a.getAttribute('href'), a.innerText])",
                )
            )
        for operation_id, op in everything:
            anchor = f"#/{op['tags'][0].lower().replace(' ', '-')}/{operation_id.lower()}"
            assert anchor in anchors, f"{operation_id}: no {anchor} in the menu"
            assert op["summary"] in anchors[anchor], (operation_id, anchors[anchor])

        page.evaluate("() => { location.hash = '#/request-signing' }")
        expect(active).to_have_text("Request signing")
        content = page.locator("#api-content")
        expect(content).to_contain_text("PAYCRYPT-HMAC-SHA256")
        expect(content).to_contain_text("string_to_sign")
        expect(content).to_contain_text("canonical_query")
        page.screenshot(path=str(SHOTS / "request-signing.png"))

        page.evaluate("() => { location.hash = '#/webhooks' }")
        expect(active).to_have_text("Webhooks")
        expect(content).to_contain_text("PayCrypt-Webhook-Signature")
        expect(content).to_contain_text("raw request body bytes")
        page.screenshot(path=str(SHOTS / "webhooks.png"))

        page.evaluate("() => { location.hash = '#/payments/createpayment' }")
        expect(active).to_contain_text("Create a payment")
        expect(page.get_by_text("openssl dgst -sha256 -hmac").first).to_be_visible()
        for label, text in (
            ("Node.js", "client.payments.create({"),
            ("Python", "client.payments.create("),
        ):
            page.get_by_role(
                "button", name="curl" if label == "Node.js" else "Node.js"
            ).first.click()
            page.get_by_role("option", name=label).or_(
                page.get_by_role("menuitem", name=label)
            ).first.click()
            expect(page.get_by_text(text).first).to_be_visible()
        page.screenshot(path=str(SHOTS / "create-payment.png"))
        if os.environ.get("PAYCRYPT_UPDATE_DOCS_PNG") == "1":
            page.screenshot(
                path=str(README_PNG), clip={"x": 0, "y": 0, "width": 1280, "height": 520}
            )
    finally:
        context.close()
    assert remote == [], f"the page tried to load remote resources: {remote}"
    assert refused == []
