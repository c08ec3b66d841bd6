"""The curl + openssl recipe in the mock's README works, as written, against the mock."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent / "mock_gateway" / "README.md"


def test_curl_openssl_recipe(mock) -> None:
    assert shutil.which("curl") and shutil.which("openssl"), "the recipe needs curl and openssl (.ci/run installs them)"
    text = README.read_text(encoding="utf-8")
    block = next(b for b in re.findall(r"```sh\n(.*?)```", text, re.S) if "openssl dgst -sha256 -hmac" in b)
    result = subprocess.run(["bash", "-c", block], env=dict(os.environ, BASE=mock.base_url),
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    created, listed = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    assert created["object"] == "payment" and created["status"] == "pending", created
    assert listed["data"] and all(p["status"] == "pending" for p in listed["data"]), listed
