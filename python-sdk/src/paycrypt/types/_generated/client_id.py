# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field, RootModel

__all__ = ["ClientId"]


class ClientId(RootModel[str]):
    root: Annotated[
        str,
        Field(examples=["cli_9e4b7a2c5d8f1e3a6b0c4d7f"], pattern="^cli_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a client (merchant account): `cli_` followed by 24 letters or digits.
    """
