"""Every operationId in openapi.yaml is reachable at its x-sdk-method on both clients."""

from __future__ import annotations

import inspect
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


@pytest.mark.parametrize("operation_id,sdk_method,method,path", OPERATIONS, ids=[o[0] for o in OPERATIONS])
def test_operation_has_a_method(operation_id: str, sdk_method: str, method: str, path: str) -> None:
    assert sdk_method, f"{operation_id} has no x-sdk-method in openapi.yaml"
    sync = paycrypt.PayCrypt("pk_test_x", "sk_test_x", base_url="http://testserver")
    asyn = paycrypt.AsyncPayCrypt("pk_test_x", "sk_test_x", base_url="http://testserver")
    sync_fn = _resolve(sync, sdk_method)
    async_fn = _resolve(asyn, sdk_method)
    assert callable(sync_fn) and callable(async_fn)
    assert not inspect.iscoroutinefunction(sync_fn)
    # Async list methods return an AsyncPaginator (awaitable and async-iterable).
    assert inspect.iscoroutinefunction(async_fn) or "AsyncPaginator" in str(inspect.signature(async_fn).return_annotation)
    # Path parameters are positional, in the path's order; everything else keyword-only.
    params = list(inspect.signature(sync_fn).parameters.values())
    path_names = [seg[1:-1] for seg in path.split("/") if seg.startswith("{")]
    positional = [p.name for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
    assert positional == path_names
    assert all(p.kind in (p.KEYWORD_ONLY, p.VAR_KEYWORD) for p in params[len(path_names):])


def test_spec_has_operations() -> None:
    assert len(OPERATIONS) >= 39
