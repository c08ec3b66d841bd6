"""The Pythons the package claims are the Pythons it is tested on.

``requires-python`` and the ``Programming Language :: Python :: 3.X``
classifiers in pyproject.toml must name exactly the versions the nox matrix
(noxfile.py) runs the tests on.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

SDK = Path(__file__).resolve().parents[1]


def matrix_versions() -> list[str]:
    tree = ast.parse((SDK / "noxfile.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            getattr(t, "id", None) == "PYTHONS" for t in node.targets
        ):
            return list(ast.literal_eval(node.value))
    raise AssertionError("noxfile.py defines no PYTHONS")


def test_classifiers_are_the_tested_versions() -> None:
    pyproject = (SDK / "pyproject.toml").read_text(encoding="utf-8")
    classified = re.findall(r'"Programming Language :: Python :: (3\.\d+)"', pyproject)
    assert classified == matrix_versions()


def test_requires_python_starts_at_the_oldest_tested() -> None:
    pyproject = (SDK / "pyproject.toml").read_text(encoding="utf-8")
    assert (
        re.search(r'^requires-python = "(.+)"$', pyproject, flags=re.M).group(1)
        == f">={matrix_versions()[0]}"
    )
