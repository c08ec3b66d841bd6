# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from paycrypt._models import BaseModel

from .package import Package

__all__ = ["PackageSnapshot"]


class PackageSnapshot(BaseModel):
    """
    A client's package at one point.
    """

    package: Package
