# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

__all__ = ["ProblemFieldError"]


class ProblemFieldError(BaseModel):
    """
    One invalid field.
    """

    field: Annotated[str, Field(examples=["amount"])]
    """
    Dotted path of the offending field: `amount`, `metadata.order`, `query.limit`, `path.payment_id`, `header.Idempotency-Key`, or `body` for the document as a whole.
    """
    message: Annotated[
        str,
        Field(examples=["must match pattern ^(0|[1-9][0-9]{0,17})(\\.[0-9]{1,18})?$"]),
    ]
    """
    What is wrong with it.
    """
