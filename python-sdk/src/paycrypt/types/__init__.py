"""The API's models, generated from openapi.yaml into ``_generated.py`` (never edited by hand).

Every model allows unknown fields (``extra="allow"``), so a newer gateway
adding a field does not break an older SDK. Money is a decimal string.
"""

from ._generated import *  # noqa: F403
from ._generated import __all__ as _generated_all

__all__ = list(_generated_all)
