# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

__all__ = ["PackageId"]


PackageId = TypeAliasType(
    "PackageId",
    Annotated[str, Field(examples=["growth"], pattern="^[a-z][a-z0-9_]{1,31}$")],
)
