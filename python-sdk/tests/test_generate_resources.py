"""scripts/generate_resources.py: a spec change reaches both classes (drift itself: `--check` in make test)."""

from __future__ import annotations

import copy
from types import ModuleType
from typing import Any

import pytest

from ._events import spec
from ._scripts import load_script


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    return load_script("generate_resources")


def _render(gen: ModuleType, doc: dict[str, Any]) -> dict[str, str]:
    files = gen.render(gen.Spec(doc))
    return {str(path.relative_to(gen.PACKAGE)): text for path, text in files.items()}


def test_spec_changes_reach_both_classes(gen: ModuleType) -> None:
    doc = copy.deepcopy(spec())
    doc["paths"]["/v1/payments/{payment_id}/refunds"]["get"]["parameters"].append(
        {"name": "include_failed", "in": "query", "required": False, "schema": {"type": "boolean"}}
    )
    alert = doc["components"]["schemas"]["SendTestAlertRequest"]
    alert["properties"]["note"] = {"type": "string", "description": "Shown in the e-mail."}
    alert["required"].append("note")
    files = _render(gen, doc)
    refunds = files["resources/refunds.py"]
    assert refunds.count("include_failed: bool | NotGiven = NOT_GIVEN,") == 2
    assert refunds.count('"include_failed": include_failed,') == 2
    usage = files["resources/admin/usage.py"]
    assert usage.count("        note: str,\n") == 2
    assert usage.count("note: Shown in the e-mail.") == 2


def test_a_float_is_refused(gen: ModuleType) -> None:
    doc = copy.deepcopy(spec())
    doc["components"]["schemas"]["CreateRefundRequest"]["properties"]["amount"] = {"type": "number"}
    with pytest.raises(SystemExit, match="number"):
        gen.render(gen.Spec(doc))
