"""The base class of every generated model (see ``types/_generated.py``)."""

from __future__ import annotations

import pydantic
from pydantic import ConfigDict

__all__ = ["BaseModel"]


class BaseModel(pydantic.BaseModel):
    """Pydantic model that keeps unknown fields (``extra="allow"``).

    A gateway newer than this SDK may add fields; they stay readable as
    attributes and in ``model_dump()`` instead of failing validation.
    """

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )
