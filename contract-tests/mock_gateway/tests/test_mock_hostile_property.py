"""Property: whatever a client sends to any operation of openapi.yaml, the mock answers below 500
(a 4xx is problem+json with a code) and keeps answering ``/health`` (issue 12, "Hostile input
never becomes a 500").

Hypothesis builds each request from the operation's own example body with one field replaced,
or added, by something hostile — lone surrogates, ~300-deep nesting, year-10000 date-times, huge
numbers, NUL, bidi controls, 10 000-character strings — or replaces the whole body (a deep array,
random JSON, random bytes), and adds hostile query parameters, path parameters and headers.
Requests are signed correctly (the admin key under ``/v1/admin/``), so they get past
authentication to parsing, validation and the handlers. schemathesis (test_schemathesis.py) fuzzes
from the schemas; this test aims at what schemas do not describe.

Depth: ``PAYCRYPT_FUZZ_EXAMPLES`` per operation (default 3, derandomized: a few seconds in
``make test``); ``make fuzz`` raises it and draws new examples each run.
"""

from __future__ import annotations

import json
import os
import re
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml  # type: ignore[import-untyped]
from hypothesis import HealthCheck, given, settings, strategies as st

from paycrypt_mock.testing import ADMIN_KEY, ADMIN_SECRET, RunningMock, running_mock

from signed_client import SignedClient

SPEC = yaml.safe_load(
    (Path(__file__).resolve().parents[3] / "openapi.yaml").read_text(encoding="utf-8")
)
FUZZING = "PAYCRYPT_FUZZ_EXAMPLES" in os.environ
EXAMPLES = int(os.environ.get("PAYCRYPT_FUZZ_EXAMPLES", "3"))
DEMO_CLIENT = "cli_cfaaf44f4fcf9f65805b2a46"


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"][2:].split("/"):
            target = target[part]
        node = target
    return node


def _operations() -> list[dict[str, Any]]:
    out = []
    for path, item in SPEC["paths"].items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete"):
                continue
            params = [_resolve(p) for p in item.get("parameters", []) + op.get("parameters", [])]
            media = _resolve(op.get("requestBody", {})).get("content", {}).get("application/json")
            example = None
            if media is not None:
                example = media.get("example")
                if example is None and media.get("examples"):
                    example = _resolve(next(iter(media["examples"].values())))["value"]
                if example is None:
                    example = {}
            out.append(
                {
                    "id": op["operationId"],
                    "method": method.upper(),
                    "path": path,
                    "query": [p["name"] for p in params if p["in"] == "query"],
                    "path_params": [p["name"] for p in params if p["in"] == "path"],
                    "example": example,
                }
            )
    return out


OPERATIONS = _operations()

# --- hostile values -------------------------------------------------------------------------------

NASTY_TEXT = st.sampled_from(
    [
        "\ud800",
        "a\udfffb",
        "\udc00\ud800",
        "\x00",
        "nul\x00inside",
        "\u202eevil",
        "\ufeff",
        "\U0001f600",
        "9999-12-31T23:59:59-23:59",
        "0001-01-01T00:00:00+23:59",
        "2026-02-30T00:00:00Z",
        "-0",
        "1e309",
        "NaN",
        "Infinity",
        "99999999999999999999999999.999999999999",
        "0.000000000000000000001",
        "-1.00",
        "../../../etc/passwd",
        "%00",
        "%ED%A0%80",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "",
        " ",
        "x" * 10_000,
        "pay_" + "A" * 24,
        "*",
        "http://169.254.169.254/latest",
        "\\",
        '"',
        "{}",
        "[]",
    ]
)
TEXT = NASTY_TEXT | st.text(max_size=40)
SCALAR = (
    TEXT
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.booleans()
    | st.none()
    | st.floats(allow_nan=False, allow_infinity=False)
)
JSON = st.recursive(
    SCALAR,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TEXT, inner, max_size=3),
    max_leaves=8,
)


def _deep(value: Any, depth: int, as_array: bool) -> Any:
    for _ in range(depth):
        value = [value] if as_array else {"k": value}
    return value


DEEP = st.builds(_deep, JSON, st.integers(min_value=50, max_value=320), st.booleans())
VALUE = JSON | DEEP | NASTY_TEXT


def _dumps(doc: Any) -> bytes:
    # ensure_ascii: a lone surrogate goes out as the escape "\ud800", as a hostile client would send it
    return json.dumps(doc).encode("ascii")


@st.composite
def bodies(draw: st.DrawFn, example: Any) -> bytes | None:
    if example is None:  # an operation that takes no body
        return draw(st.none() | st.none() | st.binary(max_size=30) | VALUE.map(_dumps))
    kind = draw(st.sampled_from(["field", "field", "field", "whole", "bytes"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300) | st.just(b'{"description":"\xed\xa0\x80"}'))
    if kind == "whole":
        return _dumps(draw(VALUE))
    doc = json.loads(json.dumps(example))
    if isinstance(doc, dict):
        key = draw(st.sampled_from(sorted(doc)) | TEXT) if doc else draw(TEXT)
        doc[key] = draw(VALUE)
    return _dumps(doc)


HEADER_VALUE = st.text(
    alphabet=st.characters(min_codepoint=0x21, max_codepoint=0xFF, exclude_characters="\x7f"),
    max_size=60,
)
CONTENT_TYPES = (
    st.sampled_from(
        [
            "application/json",
            "application/json",
            "application/json; charset=utf-8",
            "application/json; charset=utf-16",
            "APPLICATION/JSON",
            "text/plain",
            "application/x-www-form-urlencoded",
            "application/problem+json",
        ]
    )
    | HEADER_VALUE
)
HEADERS = st.fixed_dictionaries(
    {},
    optional={
        "Idempotency-Key": HEADER_VALUE,
        "Accept": HEADER_VALUE,
        "Content-Encoding": st.just("gzip") | HEADER_VALUE,
        "Accept-Encoding": HEADER_VALUE,
        "X-Forwarded-For": HEADER_VALUE,
        "Cookie": HEADER_VALUE,
    },
)


def _quote(text: str) -> str:
    return urllib.parse.quote(text.encode("utf-8", "surrogatepass"), safe="")


@st.composite
def queries(draw: st.DrawFn, names: list[str]) -> str:
    pairs = draw(
        st.lists(
            st.tuples(st.sampled_from(names) if names else TEXT, TEXT | st.integers().map(str)),
            max_size=4,
        )
    )
    pairs += draw(st.lists(st.tuples(TEXT, TEXT), max_size=1))
    return "&".join(f"{_quote(k)}={_quote(v)}" for k, v in pairs)


# --- the test ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def mock() -> Iterator[RunningMock]:
    """This module's own mock: its state gets strange."""
    with running_mock(webhook_retry_delays="60") as server:
        yield server


@pytest.fixture(scope="module")
def clients(mock: RunningMock) -> Iterator[tuple[SignedClient, SignedClient, dict[str, str]]]:
    """(merchant, admin, ids that exist — so some requests get past the lookups into the handlers)."""
    with (
        SignedClient(mock.base_url) as api,
        SignedClient(mock.base_url, ADMIN_KEY, ADMIN_SECRET) as admin,
    ):
        payment = api.post(
            "/v1/payments", json={"amount": "10.00", "currency": "USD", "pay_currency": "BTC"}
        )
        endpoint = api.post(
            "/v1/webhook_endpoints", json={"url": "http://127.0.0.1:9/hook", "events": ["*"]}
        )
        event = api.get("/v1/events", params={"limit": 1})
        yield (
            api,
            admin,
            {
                "payment_id": payment.json()["id"],
                "webhook_endpoint_id": endpoint.json()["id"],
                "event_id": event.json()["data"][0]["id"],
                "client_id": DEMO_CLIENT,
            },
        )


@pytest.mark.parametrize("operation", OPERATIONS, ids=[o["id"] for o in OPERATIONS])
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=not FUZZING,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)
@given(data=st.data())
def test_no_hostile_request_gets_a_5xx(
    mock: RunningMock,
    clients: tuple[SignedClient, SignedClient, dict[str, str]],
    operation: dict[str, Any],
    data: st.DataObject,
) -> None:
    api, admin, real_ids = clients
    path = operation["path"]
    for name in operation["path_params"]:
        value = data.draw(st.sampled_from([real_ids.get(name, "x")]) | TEXT, label=name)
        path = path.replace("{" + name + "}", _quote(value) or "x")
    query = data.draw(queries(operation["query"]), label="query")
    body = data.draw(bodies(operation["example"]), label="body")
    headers = data.draw(HEADERS, label="headers")
    headers.setdefault("Content-Type", data.draw(CONTENT_TYPES, label="content-type"))
    client = admin if operation["path"].startswith("/v1/admin/") else api
    url = httpx.URL(mock.base_url + path)
    if query:
        url = url.copy_with(query=query.encode("ascii"))

    response = client.request(
        operation["method"],
        url,
        content=body,
        headers={k: v.encode("latin-1") for k, v in headers.items()},
    )

    assert response.status_code < 500, (operation["id"], response.status_code, response.text[:500])
    if response.status_code >= 400:
        assert response.headers["content-type"] == "application/problem+json", response.text[:200]
        assert re.fullmatch(r"[a-z_]+", response.json()["code"])
    assert api.get("/health").json() == {"status": "ok"}
