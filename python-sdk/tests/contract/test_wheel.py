"""The built wheel installs into a fresh virtualenv and its README quickstart runs there;
the sdist holds the package and nothing that needs this repository.

This is what `pip install paycrypt` gives a merchant: no editable install, no
test tools, only the wheel and its two runtime dependencies (pinned by the
repository's lock so the run is reproducible).
"""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

import pytest

pytestmark = [pytest.mark.contract, pytest.mark.slow]  # builds, and installs into a fresh venv

ROOT = Path(__file__).resolve().parents[3]
README = (ROOT / "python-sdk" / "README.md").read_text(encoding="utf-8")
QUICKSTART = re.findall(r"```python\n(.*?)```", README, flags=re.S)[0]


def run(*argv: str | Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [str(a) for a in argv], capture_output=True, text=True, timeout=300, **kwargs
    )
    assert result.returncode == 0, f"{argv} failed:\n{result.stdout}\n{result.stderr}"
    return result


def test_wheel_installs_and_quickstart_runs(mock: Any, tmp_path: Path) -> None:
    run(
        sys.executable,
        "-m",
        "build",
        "--wheel",
        "--no-isolation",
        "--outdir",
        tmp_path / "dist",
        ROOT / "python-sdk",
    )
    (wheel,) = (tmp_path / "dist").glob("paycrypt-*.whl")

    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv)
    python = venv / "bin" / "python"
    run(
        python,
        "-m",
        "pip",
        "install",
        "-q",
        "--disable-pip-version-check",
        wheel,
        "-c",
        ROOT / "contract-tests" / "requirements.lock",
    )

    installed = run(python, "-m", "pip", "list", "--format=freeze").stdout
    assert "paycrypt==" in installed
    assert "pytest" not in installed and "paycrypt-mock" not in installed.lower()

    code = QUICKSTART.replace('"http://127.0.0.1:8787"', repr(mock.base_url))
    out = run(python, "-c", code, cwd=tmp_path).stdout  # cwd: not the source tree
    assert "pay_" in out and "confirmed" in out
    assert "usage:" in run(venv / "bin" / "paycrypt", "--help").stdout


def test_sdist_holds_only_what_a_user_needs(tmp_path: Path) -> None:
    """No tests (they import the unpublished mock) and no generators (they need openapi.yaml)."""
    run(
        sys.executable,
        "-m",
        "build",
        "--sdist",
        "--no-isolation",
        "--outdir",
        tmp_path,
        ROOT / "python-sdk",
    )
    (sdist,) = tmp_path.glob("paycrypt-*.tar.gz")
    with tarfile.open(sdist) as tar:
        names = {m.name.split("/", 1)[1] for m in tar.getmembers() if m.isfile()}
    package = {n for n in names if n.startswith("src/paycrypt/")}
    assert (
        "src/paycrypt/py.typed" in package and "src/paycrypt/types/_generated/payment.py" in package
    )
    # .gitignore: hatchling always adds the one it read
    assert names - package == {"PKG-INFO", "pyproject.toml", "README.md", "LICENSE", ".gitignore"}
