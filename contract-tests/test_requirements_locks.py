"""The demo's runtime lock is a subset of the full lock, pin for pin.

`make demo` installs requirements-runtime.lock; `make test` then installs
requirements.lock into the same virtualenv. Any package pinned differently in
the two would be silently swapped between the tiers.
"""

from __future__ import annotations

import re
from pathlib import Path

HERE = Path(__file__).parent


def pins(name: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for line in (HERE / name).read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            package, version = line.split("==")
            found[re.sub(r"[-_.]+", "-", package).lower()] = version
    return found


def test_runtime_lock_pins_are_the_full_locks() -> None:
    runtime, full = pins("requirements-runtime.lock"), pins("requirements.lock")
    assert runtime, "requirements-runtime.lock pins nothing"
    differ = {
        name: (version, full.get(name))
        for name, version in runtime.items()
        if full.get(name) != version
    }
    assert differ == {}, f"pinned differently (runtime, full): {differ}"


def test_runtime_lock_covers_the_sdk_and_the_mock() -> None:
    runtime = pins("requirements-runtime.lock")
    for needed in ("httpx", "pydantic", "uvicorn", "jsonschema-rs", "pyyaml", "jinja2"):
        assert needed in runtime, needed
