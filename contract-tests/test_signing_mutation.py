"""Mutation check: a broken SDK signer must fail against the mock's independent verifier.

When the mock verified with the SDK's own ``paycrypt._signing``, swapping the
timestamp and nonce lines of ``string_to_sign`` left every Python suite green
(issue 12). Here a deliberately broken copy of the SDK's string-to-sign is
patched into the SDK in-process, a handful of ordinary contract requests are
signed through the public ``paycrypt.PayCryptAuth`` (``SignedClient``), and the
mock must reject each with ``401 signature_mismatch``; unbroken, they pass.

``test_the_mock_ignores_a_broken_sdk_on_its_path`` replays the measured case
itself: the SDK's source file edited (lines swapped) for the client *and* first
on the mock's ``PYTHONPATH``. A mock that borrowed the SDK's verifier would share
the bug and accept; this one must still say ``signature_mismatch``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from paycrypt import _signing

from paycrypt_mock.testing import running_mock

from signed_client import SignedClient

ORIGINAL = _signing.string_to_sign


def _lines_mutation(change: Callable[[list[str]], None]) -> Callable[..., str]:
    def broken(**fields: object) -> str:
        lines = ORIGINAL(**fields).split("\n")  # type: ignore[arg-type]
        change(lines)
        return "\n".join(lines)

    return broken


def _swap_timestamp_and_nonce(lines: list[str]) -> None:
    lines[1], lines[2] = lines[2], lines[1]


def _raw_query_instead_of_canonical(lines: list[str]) -> None:
    lines[5] = (
        "status=pending&limit=3"  # as sent, unsorted: the canonical form is limit=3&status=pending
    )


def _body_hash_of_nothing(lines: list[str]) -> None:
    lines[6] = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"  # SHA-256 of b""


def _lower_case_method(lines: list[str]) -> None:
    lines[3] = lines[3].lower()


# (what the request does, method, path, params, JSON body)
REQUESTS = {
    "account": ("GET", "/v1/account", None, None),
    "list": ("GET", "/v1/payments", {"status": "pending", "limit": "3"}, None),
    "create": (
        "POST",
        "/v1/payments",
        None,
        {"amount": "10.00", "currency": "USD", "pay_currency": "BTC"},
    ),
    "health": ("GET", "/health/detailed", None, None),
}

# Each mutation, with the requests whose signed text it changes.
MUTATIONS = {
    "timestamp and nonce swapped": (_swap_timestamp_and_nonce, list(REQUESTS)),
    "raw query signed instead of the canonical one": (_raw_query_instead_of_canonical, ["list"]),
    "body hash of an empty body": (_body_hash_of_nothing, ["create"]),
    "method not upper-cased": (_lower_case_method, list(REQUESTS)),
}


def _send(api: SignedClient, name: str):  # type: ignore[no-untyped-def]
    method, path, params, body = REQUESTS[name]
    return api.request(method, path, params=params, json=body)


@pytest.mark.parametrize("mutation", sorted(MUTATIONS))
def test_a_broken_sdk_signer_is_rejected(
    mock, monkeypatch: pytest.MonkeyPatch, mutation: str
) -> None:
    change, affected = MUTATIONS[mutation]
    monkeypatch.setattr(_signing, "string_to_sign", _lines_mutation(change))
    with SignedClient(mock.base_url) as api:
        for name in affected:
            response = _send(api, name)
            assert response.status_code == 401, (
                mutation,
                name,
                response.status_code,
                response.text,
            )
            assert response.json()["code"] == "signature_mismatch", (mutation, name)


def test_the_unbroken_sdk_signer_passes(mock) -> None:
    assert _signing.string_to_sign is ORIGINAL
    with SignedClient(mock.base_url) as api:
        for name in REQUESTS:
            response = _send(api, name)
            assert response.status_code in (200, 201), (name, response.text)


SWAPPABLE = "            _timestamp_text(timestamp),\n            nonce,\n"


def test_the_mock_ignores_a_broken_sdk_on_its_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = Path(_signing.__file__).resolve().parent
    broken = tmp_path / "paycrypt"
    shutil.copytree(package, broken, ignore=shutil.ignore_patterns("__pycache__"))
    source = (broken / "_signing.py").read_text(encoding="utf-8")
    assert source.count(SWAPPABLE) == 1, "string_to_sign changed shape: update SWAPPABLE"
    (broken / "_signing.py").write_text(
        source.replace(SWAPPABLE, "            nonce,\n            _timestamp_text(timestamp),\n"),
        encoding="utf-8",
    )
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))  # the mock's process would import this paycrypt
    monkeypatch.setattr(_signing, "string_to_sign", _lines_mutation(_swap_timestamp_and_nonce))
    with running_mock() as mock, SignedClient(mock.base_url) as api:
        for name in REQUESTS:
            response = _send(api, name)
            assert response.status_code == 401, (name, response.status_code, response.text)
            assert response.json()["code"] == "signature_mismatch"
