"""Both SDKs and the mock carry openapi.yaml's info.version (release/versions.py)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "release"))
import versions  # noqa: E402


def test_every_package_has_the_specs_version() -> None:
    assert versions.mismatches() == []


def test_a_package_with_another_version_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in [
        "openapi.yaml",
        "js-sdk/package-lock.json",
        *(place for place, _ in versions.PLACES),
    ]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(versions.ROOT / name, tmp_path / name)
    version_ts = tmp_path / "js-sdk/src/version.ts"
    version_ts.write_text(version_ts.read_text().replace(versions.spec_version(), "9.9.9"))
    monkeypatch.setattr(versions, "ROOT", tmp_path)
    assert versions.mismatches() == [
        f"js-sdk/src/version.ts: 9.9.9 (openapi.yaml info.version is {versions.spec_version()})"
    ]
    versions.sync()
    assert versions.mismatches() == []
