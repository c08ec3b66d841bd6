# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field, RootModel

__all__ = ["PackageId"]


class PackageId(RootModel[str]):
    root: Annotated[str, Field(examples=["growth"], pattern="^[a-z][a-z0-9_]{1,31}$")]
    """
    Identifier of a package (plan). Seeded packages: `starter`, `growth`, `business`, `enterprise`; see `GET /v1/admin/packages`.
    """
