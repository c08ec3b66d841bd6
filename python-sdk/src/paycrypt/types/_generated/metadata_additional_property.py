# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

__all__: list[str] = []


MetadataAdditionalProperty = TypeAliasType(
    "MetadataAdditionalProperty",
    Annotated[str, Field(examples=["cus_1042"], max_length=500)],
)
