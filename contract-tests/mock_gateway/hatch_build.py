"""Bundle openapi.yaml into the package, as ``paycrypt_mock/openapi.yaml``.

An installed ``paycrypt-mock`` (``pip install paycrypt-mock``, no repository)
validates against the spec it was built with; ``default_spec_path()`` finds it
beside the code. In the repository the spec is two folders up; the sdist keeps
a copy at its root so a wheel built from the sdist bundles the same file.
Editable installs read the repository's own spec and bundle nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class BundleSpec(BuildHookInterface):  # type: ignore[type-arg]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        root = Path(self.root)
        spec = next(
            (
                p
                for p in (root / "openapi.yaml", root.parent.parent / "openapi.yaml")
                if p.is_file()
            ),
            None,
        )
        if spec is None:
            raise FileNotFoundError(
                "openapi.yaml: neither at the sdist's root nor at the repository's"
            )
        target = "openapi.yaml" if self.target_name == "sdist" else "paycrypt_mock/openapi.yaml"
        build_data["force_include"][str(spec)] = target
