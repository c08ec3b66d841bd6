# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from paycrypt._models import BaseModel

__all__ = ["DeliveryAttempt"]


class DeliveryAttempt(BaseModel):
    """
    One attempt to deliver an event to one endpoint.
    """

    webhook_endpoint_id: Annotated[
        str,
        Field(examples=["we_2c8e5a1f7b3d9e4c6a0b1d2e"], pattern="^we_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of a webhook endpoint: `we_` followed by 24 letters or digits.
    """
    attempt: Annotated[int, Field(examples=[1], ge=1)]
    """
    1 for the first attempt, counting up per endpoint.
    """
    status_code: Annotated[int | None, Field(examples=[200])]
    """
    HTTP status the endpoint answered; null if no answer (connection error, timeout).
    """
    response_body: Annotated[str | None, Field(examples=['{"received": true}'], max_length=500)]
    """
    The start of the endpoint's response body: its first 500 characters, decoded as UTF-8 (invalid bytes replaced by U+FFFD); an empty string for an empty body, null if no answer (connection error, timeout). The rest of the body is never read.
    """
    error: Annotated[str | None, Field(examples=[None])]
    """
    Transport error, if any.
    """
    duration_ms: Annotated[int, Field(examples=[84], ge=0)]
    """
    How long the attempt took.
    """
    attempted_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T10:38:13Z"])]
    """
    When it was made.
    """
    next_retry_at: Annotated[AwareDatetime | None, Field(examples=[None])]
    """
    When the next retry is due; null if delivered or given up.
    """
    outcome: Annotated[Literal["delivered", "retrying", "failed"], Field(examples=["delivered"])]
    """
    `delivered`: the endpoint answered 2xx. `retrying`: it did not, and another attempt is due at `next_retry_at`. `failed`: it did not, and the delivery is given up (resend the event to try again): the retries are exhausted, or the endpoint was disabled or deleted before the next one (`error` then ends with `no further attempts: the endpoint was disabled` or `deleted`).
    """
