"""The defaults README.md states are the code's defaults (parsed from the README text)."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import paycrypt
from paycrypt import webhooks

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _row(name: str) -> str:
    match = re.search(rf"^\| (?:webhook )?`{name}` \|.*$", README, flags=re.MULTILINE)
    assert match, f"README configuration table has no row for {name}"
    return match.group(0)


def _number(name: str) -> float:
    cells = [c.strip() for c in _row(name).strip("|").split("|")]
    found = re.search(r"`([0-9.]+)`", cells[-1])
    assert found, f"no default in README row for {name}: {cells}"
    return float(found.group(1))


def test_timeout() -> None:
    assert _number("timeout") == paycrypt.DEFAULT_TIMEOUT
    assert (
        inspect.signature(paycrypt.PayCrypt).parameters["timeout"].default
        == paycrypt.DEFAULT_TIMEOUT
    )
    assert (
        inspect.signature(paycrypt.AsyncPayCrypt).parameters["timeout"].default
        == paycrypt.DEFAULT_TIMEOUT
    )


def test_max_retries() -> None:
    assert _number("max_retries") == paycrypt.DEFAULT_MAX_RETRIES
    assert (
        inspect.signature(paycrypt.PayCrypt).parameters["max_retries"].default
        == paycrypt.DEFAULT_MAX_RETRIES
    )
    assert (
        inspect.signature(paycrypt.AsyncPayCrypt).parameters["max_retries"].default
        == paycrypt.DEFAULT_MAX_RETRIES
    )


def test_webhook_tolerance() -> None:
    assert _number("tolerance") == paycrypt.DEFAULT_WEBHOOK_TOLERANCE
    assert (
        inspect.signature(webhooks.verify).parameters["tolerance"].default
        == paycrypt.DEFAULT_WEBHOOK_TOLERANCE
    )


def test_base_url() -> None:
    assert f"`{paycrypt.DEFAULT_BASE_URL}`" in _row("base_url")
    assert "http://127.0.0.1:8787" in _row("base_url")


def test_retry_policy_numbers() -> None:
    from paycrypt import _constants as c

    assert "min(8, 0.5 × 2ⁿ)" in README and (c.MAX_RETRY_DELAY, c.INITIAL_RETRY_DELAY) == (8.0, 0.5)
    assert "honoured up to 60 s" in README and c.MAX_RETRY_AFTER == 60.0


def test_exported_members() -> None:
    for name in paycrypt.__all__:
        assert getattr(paycrypt, name) is not None
