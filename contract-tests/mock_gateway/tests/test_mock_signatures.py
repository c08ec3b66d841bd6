"""The mock's own signer and verifier: independent of the SDK, and right by the shared vectors."""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path
from typing import Any

import pytest
import tomllib

from paycrypt_mock import signatures

CONTRACT_TESTS = Path(__file__).resolve().parents[2]
MOCK = CONTRACT_TESTS / "mock_gateway"
VECTORS = CONTRACT_TESTS / "vectors"


def _cases(name: str) -> list[dict[str, Any]]:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))["cases"]  # type: ignore[no-any-return]


def test_the_mock_neither_imports_nor_depends_on_the_sdk() -> None:
    for source in (MOCK / "src" / "paycrypt_mock").rglob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        modules = [
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        ]
        modules += [
            node.module or ""
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 0
        ]
        assert not [m for m in modules if m.split(".")[0] == "paycrypt"], source
    dependencies = tomllib.loads((MOCK / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "dependencies"
    ]
    assert not [d for d in dependencies if re.split(r"[<>=!~\[; ]", d)[0].lower() == "paycrypt"]


@pytest.mark.parametrize(
    "case", _cases("request-signing.json"), ids=lambda case: f"tc{case['tcId']}"
)
def test_request_vectors(case: dict[str, Any]) -> None:
    inputs = dict(
        method=case["method"],
        raw_path=case["path"].encode("utf-8"),
        raw_query=case["query"].encode("utf-8"),
        timestamp=str(case["timestamp"]),
        nonce=case["nonce"],
        body=case["body"].encode("utf-8"),
    )
    assert signatures.canonical_query(case["query"].encode("utf-8")) == case["canonical_query"]
    assert signatures.check_request_signature(case["secret"], case["signature"], **inputs) == (
        True,
        case["string_to_sign"],
    )
    wrong = case["signature"][:-1] + ("0" if case["signature"][-1] != "0" else "1")
    assert signatures.check_request_signature(case["secret"], wrong, **inputs)[0] is False
    assert (
        signatures.check_request_signature(case["secret"], case["signature"].upper(), **inputs)[0]
        is False
    )


def _single_signature(case: dict[str, Any]) -> bool:
    """Valid cases whose header is exactly what a signer writes: ``t=<ts>,v1=<hex>``."""
    return (
        case["result"] == "valid"
        and re.fullmatch(r"t=[1-9][0-9]*,v1=[0-9a-f]{64}", case["header"]) is not None
    )


@pytest.mark.parametrize(
    "case",
    [c for c in _cases("webhook-signing.json") if _single_signature(c)],
    ids=lambda case: f"tc{case['tcId']}",
)
def test_webhook_vectors(case: dict[str, Any]) -> None:
    timestamp = int(case["header"].split(",")[0][2:])
    assert (
        signatures.webhook_header([case["secret"]], case["payload"].encode("utf-8"), timestamp)
        == case["header"]
    )


def test_webhook_header_signs_with_every_secret_in_order() -> None:
    header = signatures.webhook_header(["whsec_a", "whsec_b"], b"{}", 1767225600)
    first = signatures.webhook_header(["whsec_a"], b"{}", 1767225600)
    second = signatures.webhook_header(["whsec_b"], b"{}", 1767225600)
    assert header == first + "," + second.split(",")[1]
    with pytest.raises(ValueError):
        signatures.webhook_header([], b"{}", 1767225600)
