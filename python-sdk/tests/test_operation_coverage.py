"""Every operationId in openapi.yaml is reachable at its x-sdk-method on both clients,
with the spec's parameter names, kinds, required-ness and types."""

from __future__ import annotations

import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import paycrypt

SPEC_PATH = Path(__file__).resolve().parents[2] / "openapi.yaml"
METHODS = ("get", "post", "put", "patch", "delete")


def _operations() -> list[tuple[str, str, str, str]]:
    spec = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    ops = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in METHODS:
                ops.append((op["operationId"], op.get("x-sdk-method", ""), method.upper(), path))
    return ops


OPERATIONS = _operations()


def _resolve(client: Any, dotted: str) -> Any:
    target = client
    for part in dotted.split("."):
        target = getattr(target, part)
    return target


@pytest.fixture(scope="module")
def clients() -> Iterator[dict[str, Any]]:
    sync = paycrypt.PayCrypt("pk_test_x", "sk_test_x", base_url="http://testserver")
    asyn = paycrypt.AsyncPayCrypt("pk_test_x", "sk_test_x", base_url="http://testserver")
    yield {"sync": sync, "async": asyn}
    sync.close()


@pytest.mark.parametrize(
    "operation_id,sdk_method,method,path", OPERATIONS, ids=[o[0] for o in OPERATIONS]
)
def test_operation_has_a_method(
    clients: dict[str, Any], operation_id: str, sdk_method: str, method: str, path: str
) -> None:
    assert sdk_method, f"{operation_id} has no x-sdk-method in openapi.yaml"
    sync_fn = _resolve(clients["sync"], sdk_method)
    async_fn = _resolve(clients["async"], sdk_method)
    assert callable(sync_fn) and callable(async_fn)
    assert not inspect.iscoroutinefunction(sync_fn)
    # Async list methods return an AsyncPaginator (awaitable and async-iterable).
    assert inspect.iscoroutinefunction(async_fn) or "AsyncPaginator" in str(
        inspect.signature(async_fn).return_annotation
    )
    # Path parameters are positional, in the path's order; everything else keyword-only.
    params = list(inspect.signature(sync_fn).parameters.values())
    path_names = [seg[1:-1] for seg in path.split("/") if seg.startswith("{")]
    positional = [p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
    assert positional == path_names
    assert all(p.kind in (p.KEYWORD_ONLY, p.VAR_KEYWORD) for p in params[len(path_names) :])


def test_spec_has_operations() -> None:
    assert len(OPERATIONS) >= 39


# --- parameter names, required-ness and types ------------------------------------
# Read from the spec here (not from the generator) and compared with both clients'
# signatures: path parameters positional and required, query parameters and body
# fields keyword-only, required exactly when the spec requires them.


def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))
    return loaded


SPEC = _spec()


def _deref(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = SPEC
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _type_token(schema: dict[str, Any]) -> str:
    """A text the Python annotation must contain for this schema."""
    if "$ref" in schema:
        target = _deref(schema)
        name = schema["$ref"].rsplit("/", 1)[-1]
        return name if "enum" in target or "anyOf" in target else _type_token(target)
    if "enum" in schema:
        return "Literal["
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next(k for k in kind if k != "null")
    if kind == "string":
        return "datetime" if schema.get("format") == "date-time" else "str"
    return {"integer": "int", "boolean": "bool", "array": "Sequence[", "object": "Mapping["}[
        str(kind)
    ]


def _expected(method: str, path: str) -> tuple[dict[str, tuple[str, bool, str]], list[str]]:
    """name → (kind, required, type token); and the header parameters' names."""
    op = SPEC["paths"][path][method.lower()]
    expected: dict[str, tuple[str, bool, str]] = {}
    headers: list[str] = []
    for param in map(_deref, op.get("parameters", [])):
        if param["in"] == "path":
            expected[param["name"]] = ("POSITIONAL_OR_KEYWORD", True, "str")
        elif param["in"] == "query":
            expected[param["name"]] = (
                "KEYWORD_ONLY",
                bool(param.get("required")),
                _type_token(param["schema"]),
            )
        else:
            headers.append(param["name"])
    if "requestBody" in op:
        body = _deref(op["requestBody"])
        schema = _deref(body["content"]["application/json"]["schema"])
        required = set(schema.get("required", [])) if body.get("required") else set()
        for name, prop in schema.get("properties", {}).items():
            assert name not in expected, f"{name} is both a parameter and a body field"
            expected[name] = ("KEYWORD_ONLY", name in required, _type_token(prop))
    return expected, headers


@pytest.mark.parametrize(
    "operation_id,sdk_method,method,path", OPERATIONS, ids=[o[0] for o in OPERATIONS]
)
@pytest.mark.parametrize("flavour", ["sync", "async"])
def test_parameters_follow_the_spec(
    clients: dict[str, Any],
    flavour: str,
    operation_id: str,
    sdk_method: str,
    method: str,
    path: str,
) -> None:
    expected, headers = _expected(method, path)
    fn = _resolve(clients[flavour], sdk_method)
    params = inspect.signature(fn).parameters
    actual = {
        name: (p.kind.name, p.default is inspect.Parameter.empty, str(p.annotation))
        for name, p in params.items()
        if p.kind is not p.VAR_KEYWORD
    }
    assert {n: v[:2] for n, v in actual.items()} == {n: v[:2] for n, v in expected.items()}
    for name, (_, required, token) in expected.items():
        annotation = actual[name][2]
        assert token in annotation, f"{operation_id}({name}): {annotation!r} does not say {token!r}"
        assert required or params[name].default is paycrypt.NOT_GIVEN
    # Header parameters are per-call options (Idempotency-Key → idempotency_key=...).
    assert [p.name for p in params.values() if p.kind is p.VAR_KEYWORD] == ["options"]
    options = set(paycrypt.RequestOptions.__annotations__)
    assert {h.lower().replace("-", "_") for h in headers} <= options
