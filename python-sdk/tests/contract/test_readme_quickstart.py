"""The README's quickstart blocks run as written against the sandbox (the mock)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.contract

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.S)[:2]


@pytest.mark.parametrize("block", BLOCKS, ids=["sync", "async"])
def test_quickstart_runs(mock: Any, block: str) -> None:
    assert '"http://127.0.0.1:8787"' in block
    code = block.replace('"http://127.0.0.1:8787"', repr(mock.base_url))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "pay_" in result.stdout
