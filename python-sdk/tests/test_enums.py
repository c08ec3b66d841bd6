"""The spec's named enums are exported from ``paycrypt.types`` and drive the CLI's choices.

The expected values are read from openapi.yaml here, not from the generator.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import typing
from typing import Any

import pytest

import paycrypt.types
from paycrypt.cli._main import build_parser

from ._events import spec


def _named_enums() -> dict[str, list[Any]]:
    return {name: s["enum"] for name, s in spec()["components"]["schemas"].items() if "enum" in s}


def _flatten(alias: Any) -> list[Any]:
    """Literal values of an alias, through nested unions and Literals."""
    values: list[Any] = []
    for arg in typing.get_args(alias):
        values.extend(_flatten(arg) if typing.get_args(arg) else [arg])
    return values


@pytest.mark.parametrize("name,values", sorted(_named_enums().items()))
def test_every_named_enum_is_an_alias(name: str, values: list[Any]) -> None:
    assert name in paycrypt.types.__all__
    assert list(typing.get_args(getattr(paycrypt.types, name))) == values


def test_event_type_selector_is_an_event_type_or_star() -> None:
    expected = [*spec()["components"]["schemas"]["EventType"]["enum"], "*"]
    assert _flatten(paycrypt.types.EventTypeSelector) == expected


def test_importing_an_alias_does_not_load_the_models() -> None:
    code = (
        "import sys; from paycrypt.types import PaymentStatus; assert 'pydantic' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_models_still_load_from_the_package() -> None:
    assert paycrypt.types.Payment.__name__ == "Payment"
    assert "Payment" in dir(paycrypt.types)
    with pytest.raises(AttributeError, match="NoSuchModel"):
        paycrypt.types.NoSuchModel  # noqa: B018


def _choices(*command: str, dest: str) -> list[Any]:
    parser: argparse.ArgumentParser = build_parser()
    for name in command:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = sub.choices[name]
    action = next(a for a in parser._actions if a.dest == dest)
    assert action.choices is not None
    return list(action.choices)


@pytest.mark.parametrize(
    "command,dest,enum",
    [
        (("payments", "list"), "status", "PaymentStatus"),
        (("admin", "clients", "list"), "status", "AccountStatus"),
        (("admin", "test-usage-alert"), "threshold", "UsageThreshold"),
        (("admin", "audit-log"), "action", "AuditAction"),
    ],
)
def test_cli_choices_are_the_spec_enums(command: tuple[str, ...], dest: str, enum: str) -> None:
    assert _choices(*command, dest=dest) == _named_enums()[enum]


def test_cli_triggers_are_event_types() -> None:
    assert set(_choices("trigger", dest="event_type")) <= set(_named_enums()["EventType"])
