"""Every operation, sync and async: right method and path, body from the spec's example, typed result.

Responses are the spec's own examples, so this also checks that the generated
models accept what the spec documents.
"""

from __future__ import annotations

import inspect
import json
from typing import Any

import httpx
import pytest
import respx

import paycrypt
from paycrypt import SyncPage

from .._events import spec
from ..test_operation_coverage import OPERATIONS, _resolve

METHODS = ("get", "post", "put", "patch", "delete")


def _deref(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _example(node: dict[str, Any]) -> Any:
    node = _deref(node)
    return node.get("example", (node.get("examples") or [None])[0])


def _case(operation_id: str) -> tuple[str, str, dict[str, Any], dict[str, Any], int, Any]:
    for path, item in spec()["paths"].items():
        for method, op in item.items():
            if method in METHODS and op["operationId"] == operation_id:
                body: dict[str, Any] = {}
                if "requestBody" in op:
                    rb = _deref(op["requestBody"])["content"]["application/json"]
                    body = rb.get("example") or _example(rb["schema"]) or {}
                status, response = next(
                    (c, r) for c, r in op["responses"].items() if str(c).startswith("2")
                )
                media = _deref(response).get("content", {}).get("application/json", {})
                example = media.get("example") or (
                    _example(media["schema"]) if "schema" in media else None
                )
                return method.upper(), path, op, body, int(status), example
    raise AssertionError(operation_id)


def _kwargs(op: dict[str, Any], body: dict[str, Any]) -> dict[str, Any]:
    kwargs = dict(body)
    for param in op.get("parameters", []):
        param = _deref(param)
        if param["in"] == "query" and param.get("required"):
            kwargs[param["name"]] = _example(param["schema"]) or param.get("example")
    return kwargs


CASES = [o[:2] for o in OPERATIONS]


@pytest.mark.parametrize("operation_id,sdk_method", CASES, ids=[c[0] for c in CASES])
def test_sync(
    client: paycrypt.PayCrypt, api: respx.MockRouter, operation_id: str, sdk_method: str
) -> None:
    method, path, op, body, status, example = _case(operation_id)
    route = api.route(method=method).mock(return_value=httpx.Response(status, json=example))
    path_args = [f"id_{i}/x" for i, _ in enumerate(p for p in path.split("/") if p.startswith("{"))]
    result = _resolve(client, sdk_method)(*path_args, **_kwargs(op, body))
    request = route.calls.last.request
    assert request.method == method
    expected_path = path
    for arg, name in zip(
        path_args, [p for p in path.split("/") if p.startswith("{")], strict=False
    ):
        expected_path = expected_path.replace(name, arg.replace("/", "%2F"))
    assert request.url.raw_path.split(b"?")[0].decode() == expected_path
    if body:
        assert json.loads(request.content) == body
    else:
        assert request.content == b""
    assert ("Idempotency-Key" in request.headers) == (method == "POST")
    if isinstance(result, SyncPage):
        assert len(result.data) == len(example["data"])
    else:
        assert isinstance(result, paycrypt._models.BaseModel)
        # Nothing is lost or reshaped on the way in (unknown fields included).
        assert result.model_dump(mode="json", exclude_unset=True, by_alias=True) == example


@pytest.mark.asyncio
@pytest.mark.parametrize("operation_id,sdk_method", CASES, ids=[c[0] for c in CASES])
async def test_async(
    async_client: paycrypt.AsyncPayCrypt, api: respx.MockRouter, operation_id: str, sdk_method: str
) -> None:
    method, path, op, body, status, example = _case(operation_id)
    route = api.route(method=method).mock(return_value=httpx.Response(status, json=example))
    path_args = ["id_x" for p in path.split("/") if p.startswith("{")]
    call = _resolve(async_client, sdk_method)(*path_args, **_kwargs(op, body))
    result = await call
    assert route.calls.last.request.method == method
    if isinstance(result, paycrypt.AsyncPage):
        assert len(result.data) == len(example["data"])
    else:
        assert isinstance(result, paycrypt._models.BaseModel)


WITH_PATH_PARAMS = [o[:2] for o in OPERATIONS if "{" in o[3]]


@pytest.mark.parametrize(
    "operation_id,sdk_method", WITH_PATH_PARAMS, ids=[c[0] for c in WITH_PATH_PARAMS]
)
def test_path_params_must_be_non_empty(
    client: paycrypt.PayCrypt, operation_id: str, sdk_method: str
) -> None:
    method, path, op, body, _, _ = _case(operation_id)
    names = [p for p in path.split("/") if p.startswith("{")]
    fn = _resolve(client, sdk_method)
    with pytest.raises(ValueError, match=names[0][1:-1]):
        fn(*([""] + ["x"] * (len(names) - 1)), **_kwargs(op, body))
    assert list(inspect.signature(fn).parameters)[: len(names)] == [n[1:-1] for n in names]
