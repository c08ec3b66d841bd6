"""The Postman collection (postman/): it covers every operation, it is not drifted from
openapi.yaml, and newman runs all of it green against the mock gateway — twice in a row, so the
second pass runs against a gateway that already has the first pass's data (the run is repeatable).

Needs postman/node_modules (``cd postman && npm ci``): newman is pinned in postman/package-lock.json.
Reports go to build/postman/ (newman-junit.xml, newman.json).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml

from paycrypt_mock.testing import running_mock

ROOT = Path(__file__).resolve().parent.parent
POSTMAN = ROOT / "postman"
COLLECTION = POSTMAN / "PayCrypt.postman_collection.json"
ENVIRONMENT = POSTMAN / "PayCrypt.local.postman_environment.json"
NEWMAN = POSTMAN / "node_modules" / ".bin" / "newman"
REPORTS = ROOT / "build" / "postman"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
ITERATIONS = 2


def _requests(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for item in items:
        if "item" in item:
            out += _requests(item["item"])
        else:
            out.append(item)
    return out


def _collection() -> dict[str, Any]:
    return json.loads(COLLECTION.read_text(encoding="utf-8"))


def _spec_operations() -> list[tuple[str, str, str]]:
    spec = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    return [
        (op["operationId"], method.upper(), path)
        for path, path_item in spec["paths"].items()
        for method, op in path_item.items()
        if method in METHODS
    ]


def _node_tools() -> None:
    if shutil.which("node") is None:
        pytest.fail(
            "node is not installed (Node 20 is needed for the Postman checks)", pytrace=False
        )
    if not NEWMAN.exists():
        pytest.fail(
            f"{NEWMAN.relative_to(ROOT)} is missing: run `cd postman && npm ci`", pytrace=False
        )


def test_every_operation_has_a_request() -> None:
    """Match on method + path, and on the `[operationId]` marker in the request's description."""
    requests = _requests(_collection()["item"])
    found: dict[tuple[str, str], set[str]] = {}
    for item in requests:
        request = item["request"]
        path = "/" + "/".join(re.sub(r"^:(.+)$", r"{\1}", seg) for seg in request["url"]["path"])
        markers = set(re.findall(r"`\[([A-Za-z0-9_]+)\]`", request.get("description", "")))
        found.setdefault((request["method"], path), set()).update(markers)
    operations = _spec_operations()
    assert len(operations) >= 39
    missing = [
        f"{op_id} ({method} {path})"
        for op_id, method, path in operations
        if op_id not in found.get((method, path), set())
    ]
    assert not missing, "operations with no request in the Postman collection: " + ", ".join(
        missing
    )


def test_every_request_tests_status_and_schema() -> None:
    for item in _requests(_collection()["item"]):
        tests = "\n".join(next(e for e in item["event"] if e["listen"] == "test")["script"]["exec"])
        assert "pm.response.to.have.status(" in tests, item["name"]
        assert "pm.response.to.have.jsonSchema(schema)" in tests, item["name"]


def test_collection_is_not_drifted_from_the_spec() -> None:
    _node_tools()
    result = subprocess.run(
        ["node", str(POSTMAN / "generate.mjs"), "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_newman_runs_the_whole_collection_green() -> None:
    _node_tools()
    REPORTS.mkdir(parents=True, exist_ok=True)
    junit = REPORTS / "newman-junit.xml"
    summary = REPORTS / "newman.json"
    for report in (junit, summary):
        report.unlink(missing_ok=True)
    expected_requests = len(_requests(_collection()["item"])) * ITERATIONS

    with running_mock(webhook_retry_delays="0.2,0.4,0.8") as mock:
        started = time.monotonic()
        result = subprocess.run(
            [
                str(NEWMAN),
                "run",
                str(COLLECTION),
                "--environment",
                str(ENVIRONMENT),
                "--env-var",
                f"baseUrl={mock.base_url}",
                "--iteration-count",
                str(ITERATIONS),
                "--timeout-request",
                "15000",
                "--color",
                "off",
                "--disable-unicode",
                "--reporters",
                "cli,junit,json",
                "--reporter-junit-export",
                str(junit),
                "--reporter-json-export",
                str(summary),
            ],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        elapsed = time.monotonic() - started
    output = result.stdout[-20000:] + result.stderr[-5000:]
    assert result.returncode == 0, f"newman failed (exit {result.returncode}):\n{output}"

    run = json.loads(summary.read_text(encoding="utf-8"))["run"]
    stats = run["stats"]
    assert run["failures"] == [], output
    assert stats["assertions"]["failed"] == 0, output
    assert stats["requests"]["failed"] == 0, output
    assert stats["testScripts"]["failed"] == 0 and stats["prerequestScripts"]["failed"] == 0, output
    assert stats["requests"]["total"] == expected_requests, output
    executions = run["executions"]
    assert len(executions) == expected_requests
    for execution in executions:
        name = execution["item"]["name"]
        assert execution.get("response"), f"{name}: no response"
        assertions = execution.get("assertions") or []
        assert len(assertions) >= 3, f"{name}: only {len(assertions)} assertions ran"
        assert not [a for a in assertions if a.get("error")], name
    assert stats["assertions"]["total"] >= 4 * expected_requests

    suites = ET.parse(junit).getroot()
    tests = sum(int(s.get("tests", 0)) for s in suites.iter("testsuite"))
    failures = sum(
        int(s.get("failures", 0)) + int(s.get("errors", 0)) for s in suites.iter("testsuite")
    )
    assert tests > 0 and failures == 0, f"JUnit: {tests} tests, {failures} failures"
    print(
        f"newman: {stats['requests']['total']} requests, {stats['assertions']['total']} assertions, "
        f"0 failed, {elapsed:.1f} s"
    )
