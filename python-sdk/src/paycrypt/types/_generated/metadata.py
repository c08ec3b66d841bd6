# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field
from typing_extensions import TypeAliasType

from .metadata_additional_property import MetadataAdditionalProperty

__all__ = ["Metadata"]


Metadata = TypeAliasType(
    "Metadata", Annotated[dict[str, MetadataAdditionalProperty], Field(max_length=20)]
)
