"""client.admin.clients (resources/admin/clients.py)."""

from __future__ import annotations

import json

import respx

import paycrypt

from .._events import schema_example

CID = "cli_9e4b7a2c5d8f1e3a6b0c4d7f"


def test_method_switch_package_dry_run(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    route = api.post(f"/v1/admin/clients/{CID}/switch_package").respond(
        200, json=schema_example("PackageSwitchResult")
    )
    result = client.admin.clients.switch_package(
        CID, package="growth", reason="upgrade requested", dry_run=True
    )
    assert type(result).__name__ == "PackageSwitchResult"
    assert json.loads(route.calls.last.request.content) == {
        "package": "growth",
        "reason": "upgrade requested",
        "dry_run": True,
    }


def test_method_list_with_filters(client: paycrypt.PayCrypt, api: respx.MockRouter) -> None:
    route = api.get("/v1/admin/clients").respond(200, json=schema_example("AdminClientList"))
    client.admin.clients.list(package="starter", min_usage_percentage=80, limit=5)
    params = route.calls.last.request.url.params
    assert (
        params["package"] == "starter"
        and params["min_usage_percentage"] == "80"
        and params["limit"] == "5"
    )
