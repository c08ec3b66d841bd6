"""The model generator's own rules, on small inputs (its output is checked by `make check`)."""

from __future__ import annotations

from types import ModuleType

import pytest

from ._scripts import SCRIPTS, load_script


@pytest.fixture(scope="module")
def gen() -> ModuleType:
    return load_script("generate_models")


def test_models_that_refer_to_each_other_are_refused(gen: ModuleType) -> None:
    # One module per model imports its dependencies at the top: a cycle would be an ImportError
    # at the user's first call, so the generator stops with the cycle named.
    with pytest.raises(SystemExit, match=r"Event -> EventData -> Payment -> Event"):
        gen._refuse_cycles({"Event": {"EventData"}, "EventData": {"Payment"}, "Payment": {"Event"}})
    gen._refuse_cycles(
        {"Event": {"EventData", "Payment"}, "EventData": {"Payment"}, "Payment": set()}
    )


def test_uri_fields_are_strings_and_metadata_a_dict() -> None:
    from paycrypt.types import Payment

    fields = Payment.model_fields
    assert fields["hosted_url"].annotation is str
    payment = Payment.model_validate(
        {**_example(), "hosted_url": "https://x.example", "metadata": {"customer_id": "c1"}}
    )
    assert payment.hosted_url == "https://x.example"  # as sent: no trailing slash added
    assert payment.metadata == {"customer_id": "c1"} and payment.metadata["customer_id"] == "c1"


def _example() -> dict[str, object]:
    import yaml

    spec = yaml.safe_load((SCRIPTS.parents[1] / "openapi.yaml").read_text(encoding="utf-8"))
    return dict(spec["components"]["schemas"]["Payment"]["example"])
