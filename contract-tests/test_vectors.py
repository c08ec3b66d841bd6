"""The shared signing vectors themselves: schema-valid, well numbered, complete, not drifted.

Every implementation (Python, Node, PHP, the Postman pre-request script) is
tested against contract-tests/vectors/*.json; this file tests the files.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

VECTORS = Path(__file__).resolve().parent / "vectors"
FILES = {
    "request-signing.json": ("request-signing.schema.json", 30),
    "webhook-signing.json": ("webhook-signing.schema.json", 20),
}


def _load(name: str) -> Any:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", sorted(FILES))
def test_vectors_match_their_schema(name: str) -> None:
    schema_name, _ = FILES[name]
    schema = _load(schema_name)
    jsonschema.Draft202012Validator.check_schema(schema)
    document = _load(name)
    assert document["schema"] == schema_name
    jsonschema.Draft202012Validator(schema).validate(document)


@pytest.mark.parametrize("name", sorted(FILES))
def test_tc_ids_are_unique_and_consecutive(name: str) -> None:
    ids = [case["tcId"] for case in _load(name)["cases"]]
    assert ids == list(range(1, len(ids) + 1))


@pytest.mark.parametrize("name", sorted(FILES))
def test_enough_cases(name: str) -> None:
    _, minimum = FILES[name]
    assert len(_load(name)["cases"]) >= minimum


def test_request_vectors_cover_the_awkward_inputs() -> None:
    cases = _load("request-signing.json")["cases"]
    methods = {case["method"] for case in cases}
    assert {"GET", "POST", "PATCH", "DELETE"} <= methods
    assert any(m != m.upper() for m in methods), "a lower-case method input"
    queries = [case["query"] for case in cases]
    for needle in ("+", "%20", "%2B", "%26", "%2f", "%7E", "&&", "/", "?"):
        assert any(needle in q for q in queries), needle
    assert any(not q.isascii() for q in queries), "raw UTF-8 in a query"
    assert any(not case["body"].isascii() for case in cases), "non-ASCII body"
    assert any(case["body"] == "" for case in cases), "empty body"
    assert max(len(case["body"].encode()) for case in cases) >= 64 * 1024, "large body"
    assert any("%" in case["path"] for case in cases), "percent-encoded path"
    assert len({case["secret"] for case in cases}) >= 3
    assert len({case["timestamp"] for case in cases}) >= 3
    assert len({case["nonce"] for case in cases}) == len(cases)


def test_webhook_vectors_cover_every_reason() -> None:
    cases = _load("webhook-signing.json")["cases"]
    reasons = {case["reason"] for case in cases}
    assert reasons == {
        None,
        "empty_secret",
        "malformed_header",
        "no_signature",
        "signature_mismatch",
        "timestamp_too_old",
        "timestamp_in_future",
    }
    assert sum(case["header"].count("v1=") > 1 for case in cases) >= 2, "rotation cases"
    assert len({case["tolerance"] for case in cases}) >= 3, "custom tolerances"


def _generate(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(VECTORS / "generate.py"), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_generator_reproduces_the_committed_files(tmp_path: Path) -> None:
    result = _generate("--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    for name in FILES:
        fresh = (tmp_path / name).read_bytes()
        committed = (VECTORS / name).read_bytes()
        assert fresh == committed, (
            f"{name} is out of date with generate.py: run "
            "`python contract-tests/vectors/generate.py` and commit the result"
        )
    assert _generate("--check").returncode == 0


def test_check_mode_fails_on_a_drifted_file(tmp_path: Path) -> None:
    for name in FILES:
        (tmp_path / name).write_bytes((VECTORS / name).read_bytes())
    vector = tmp_path / "request-signing.json"
    vector.write_text(
        vector.read_text(encoding="utf-8").replace("\\n1767225601\\n", "\\n1767225699\\n", 1),
        encoding="utf-8",
    )
    result = _generate("--check", "--out", str(tmp_path))
    assert result.returncode == 1
    assert "request-signing.json" in result.stdout and "webhook-signing.json" not in result.stdout
    assert "out of date" in result.stderr


def test_the_generator_uses_no_implementation_it_tests() -> None:
    """Its expected values come from its own reference, never from an SDK or the mock."""
    tree = ast.parse((VECTORS / "generate.py").read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    imported |= {
        (node.module or "").split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom)
    }
    assert imported <= set(sys.stdlib_module_names) | {"__future__"}, imported
