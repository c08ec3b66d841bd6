"""The API's models and named enums, generated from openapi.yaml (never edited by hand).

Models (``_generated/``, one module per model, by scripts/generate_models.py) allow unknown fields
(``extra="allow"``), so a newer gateway adding a field does not break an older
SDK. Money is a decimal string. The spec's named enums (``_enums.py``, by
scripts/generate_resources.py) are ``Literal`` aliases: ``PaymentStatus``,
``EventType``…

The enums are plain ``typing`` and load with this package; a model (pydantic) loads
on first use, with only the models it refers to, so ``from paycrypt.types import
PaymentStatus`` stays cheap and ``Payment`` does not build the other 60-odd classes.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._enums import *  # noqa: F403
from ._enums import __all__ as _enums_all

if TYPE_CHECKING:
    from ._generated import *  # noqa: F403


def __getattr__(name: str) -> Any:
    models = importlib.import_module("._generated", __name__)
    if name == "__all__":
        value: Any = [*_enums_all, *models.__all__]
    elif name in models.__all__:
        value = getattr(models, name)
    else:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__getattr__("__all__")))
