"""The mock README's recipes work, as written, against the mock: curl + openssl, and the mismatch walk-through."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"


def test_curl_openssl_recipe(mock) -> None:
    assert shutil.which("curl") and shutil.which("openssl"), (
        "the recipe needs curl and openssl (.ci/run installs them)"
    )
    text = README.read_text(encoding="utf-8")
    block = next(
        b for b in re.findall(r"```sh\n(.*?)```", text, re.S) if "openssl dgst -sha256 -hmac" in b
    )
    result = subprocess.run(
        ["bash", "-c", block],
        env=dict(os.environ, BASE=mock.base_url),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    created, listed = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert created["object"] == "payment" and created["status"] == "pending", created
    assert listed["data"] and all(p["status"] == "pending" for p in listed["data"]), listed


def test_signature_mismatch_walk_through(mock) -> None:
    """The "My signature does not match" example: only the canonical query line differs."""
    text = README.read_text(encoding="utf-8")
    block = next(
        b for b in re.findall(r"```python\n(.*?)```", text, re.S) if "expected_string_to_sign" in b
    )
    result = subprocess.run(
        [sys.executable, "-c", block],
        env=dict(os.environ, BASE=mock.base_url),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    status, *expected = result.stdout.strip().split("\n")
    assert status == "401 signature_mismatch"
    debug = result.stderr.strip().split("\n")
    assert (
        debug[0].startswith("paycrypt DEBUG string to sign for GET ")
        and "sk_test_demo" not in result.stderr
    )
    signed = debug[1:]
    assert len(signed) == len(expected) == 7
    assert [i + 1 for i, (a, b) in enumerate(zip(signed, expected, strict=False)) if a != b] == [6]
    assert (signed[5], expected[5]) == ("order_id=ord%201001", "order_id=ord%2B1001")
