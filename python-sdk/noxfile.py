"""The Python SDK on every Python it supports (`make test-pythons`).

`requires-python = ">=3.10"` and the 3.10–3.13 classifiers in pyproject.toml
are backed by these sessions. The primary interpreter (the `.venv` one, 3.11)
runs every test in `make test-python`; each session here installs the SDK and
the mock *as packages* (not editable) into a fresh virtualenv of its version,
pinned by requirements-pythons.lock (resolved for every version at once;
contract-tests/requirements.lock is for the primary interpreter), and runs the unit tests plus the
sync, async and README contract tests against a mock on the same interpreter.
The long fault runs, the wheel build, the examples (Node, cron) and the code
generator's tests stay on the primary interpreter only. `make test-pythons` runs the other versions
(`nox -s tests-3.10 tests-3.12 tests-3.13`); `nox` alone runs all four.

Interpreters are found on PATH as `python3.X`, after pyenv's versions
(~/.pyenv/versions/3.X.*/bin), which this machine kind has.
"""

from __future__ import annotations

import os
from pathlib import Path

import nox

ROOT = Path(__file__).resolve().parent.parent
LOCK = ROOT / "python-sdk" / "requirements-pythons.lock"
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
TEST_DEPS = ["pytest", "pytest-asyncio", "pytest-timeout", "respx", "aiohttp"]
CONTRACT_SUBSET = [
    "python-sdk/tests/contract/test_contract_sync.py",
    "python-sdk/tests/contract/test_contract_async.py",
    "python-sdk/tests/contract/test_readme_quickstart.py",
]

nox.options.default_venv_backend = "uv"
nox.options.error_on_missing_interpreters = True  # a missing Python fails, never skips
nox.options.reuse_venv = "yes"

_pyenv = Path.home() / ".pyenv" / "versions"
if _pyenv.is_dir():
    found = [
        str(d / "bin") for d in sorted(_pyenv.iterdir()) if d.name[:4] in {p[:4] for p in PYTHONS}
    ]
    os.environ["PATH"] = os.pathsep.join([*found, os.environ.get("PATH", "")])


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Unit tests and the contract subset, against the installed packages."""
    # Rebuilt each run: a reused virtualenv must not keep an older build of the same version.
    session.install(
        "-c",
        str(LOCK),
        "--build-constraints",
        str(LOCK),
        "--reinstall-package",
        "paycrypt",
        "--reinstall-package",
        "paycrypt-mock",
        str(ROOT / "python-sdk"),
        str(ROOT / "contract-tests" / "mock_gateway"),
        *TEST_DEPS,
    )
    session.chdir(ROOT)
    session.run(
        "python",
        "-m",
        "pytest",
        "-c",
        "python-sdk/pyproject.toml",
        "--rootdir",
        ".",
        "-q",
        "-p",
        "no:cacheprovider",
        "python-sdk/tests",
        "--ignore=python-sdk/tests/contract",
        "--ignore=python-sdk/tests/cli/test_examples.py",
        # The resource generator's tests need the dev toolchain (black) and test the generator, not the SDK.
        "--ignore=python-sdk/tests/test_generate_resources.py",
        *CONTRACT_SUBSET,
        *session.posargs,
    )
