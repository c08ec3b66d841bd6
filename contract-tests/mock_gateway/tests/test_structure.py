"""The mock's shape: a handler for every operation of openapi.yaml, imports that only point
down the layers, and modules small enough to read.

The operationIds come from openapi.yaml itself (parsed here), not from the mock's own
validator, so the check does not depend on the code it checks.
"""

from __future__ import annotations

import ast
from pathlib import Path

import yaml

from paycrypt_mock.handlers import HANDLERS

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = Path(__file__).resolve().parents[1] / "src" / "paycrypt_mock"
MAX_LINES = 400

# Lowest first: a module may import only from a strictly lower layer (or from its own
# subpackage, for handlers/ and dashboard/). A new module must be placed here on purpose.
LAYERS: list[set[str]] = [
    {
        "paycrypt_mock",
        "errors",
        "money",
        "catalog",
        "context",
        "signatures",
        "webhook_addresses",
        "hosts",
        "faults",
        "access_log",
        "store",
        "operation",
        "formats",
        "projection",
    },
    {"webhook_attempt", "webhook_outbox"},
    {
        "request_body",
        "idempotency",
        "read_deadline",
        "auth",
        "validation",
        "smtp_delivery",
        "webhooks",
        "emails",
        "pricing",
    },
    {"domain", "config", "responses"},
    {"handlers"},
    {"dashboard", "docs"},
    {"app"},
    {"__main__", "testing"},
]
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def _unit(module: tuple[str, ...]) -> str:
    """The layer unit of a module path inside the package: its top-level module or subpackage."""
    return module[0] if module else "paycrypt_mock"


def _modules() -> dict[tuple[str, ...], Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        found[parts[:-1] if parts[-1] == "__init__" else parts] = path
    return found


def _imports(
    module: tuple[str, ...], source: str, *, is_package: bool = False
) -> set[tuple[str, ...]]:
    """Every paycrypt_mock module ``module`` imports, anywhere in its source (lazy imports too)."""
    here = module if is_package else module[:-1]
    out: set[tuple[str, ...]] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = here[: len(here) - (node.level - 1)]
                target = base + tuple(node.module.split(".")) if node.module else base
            elif node.module and node.module.split(".")[0] == "paycrypt_mock":
                target = tuple(node.module.split(".")[1:])
            else:
                continue
            out.add(target)
            if node.module is None:  # from . import a, b: each name may be a module
                out.update(target + (alias.name,) for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.split(".")[0] == "paycrypt_mock":
                    out.add(tuple(alias.name.split(".")[1:]))
    return out


def _upward(module: tuple[str, ...], source: str, *, is_package: bool = False) -> list[str]:
    """The imports of ``module`` that point at its own layer or above."""
    unit = _unit(module)
    found = []
    for target in sorted(_imports(module, source, is_package=is_package)):
        other = _unit(target)
        if other != unit and RANK.get(other, -1) >= RANK[unit]:  # within one subpackage is fine
            found.append(
                f"{'.'.join(module) or 'paycrypt_mock'} imports {'.'.join(target) or 'paycrypt_mock'}"
            )
    return found


def test_every_operation_in_the_spec_has_a_handler_and_no_handler_is_stray() -> None:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    operation_ids = {
        op["operationId"]
        for item in spec["paths"].values()
        for key, op in item.items()
        if key in ("get", "put", "post", "delete", "patch", "head", "options")
    }
    assert len(operation_ids) > 40
    assert set(HANDLERS) == operation_ids


def test_every_module_has_a_layer() -> None:
    units = {_unit(module) for module in _modules()}
    assert units - set(RANK) == set(), "place the new module in LAYERS"


def test_imports_only_point_down_the_layers() -> None:
    upward = [
        line
        for module, path in _modules().items()
        for line in _upward(
            module, path.read_text(encoding="utf-8"), is_package=path.name == "__init__.py"
        )
    ]
    assert upward == []


def test_the_layer_check_catches_upward_imports_lazy_or_relative() -> None:
    lazy = "def f():\n    from .handlers import HANDLERS\n"
    assert _upward(("emails",), lazy) == ["emails imports handlers"]
    assert _upward(("dashboard", "views"), "from ..app import Gateway\n") == [
        "dashboard.views imports app"
    ]
    assert _upward(("handlers", "admin"), "from . import base\nfrom ..domain import Domain\n") == []
    assert _upward(("store",), "import paycrypt_mock.domain\n") == ["store imports domain"]


def test_no_module_is_too_long() -> None:
    long = {
        str(path.relative_to(PACKAGE)): n
        for path in PACKAGE.rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
