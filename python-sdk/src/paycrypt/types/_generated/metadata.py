# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field, RootModel

from .metadata_additional_property import MetadataAdditionalProperty

__all__ = ["Metadata"]


class Metadata(RootModel[dict[str, MetadataAdditionalProperty]]):
    """
    Up to 20 string key/value pairs stored on the object and returned unchanged. Values are at most 500 characters.
    """

    root: Annotated[dict[str, MetadataAdditionalProperty], Field(max_length=20)]
