# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, Field

from paycrypt._models import BaseModel

__all__ = ["Email"]


class Email(BaseModel):
    """
    An e-mail the sandbox sent. It is always kept in the outbox; when the sandbox is started with an SMTP server (`--smtp-url`) it is also delivered there, in the background, and the delivery fields say how that went.
    """

    id: Annotated[
        str,
        Field(examples=["em_6b2d9f4a1c8e3b7d5a0f2c4e"], pattern="^em_[A-Za-z0-9]{24}$"),
    ]
    """
    Identifier of an e-mail in the sandbox outbox: `em_` followed by 24 letters or digits.
    """
    object: Annotated[Literal["email"], Field(examples=["email"])]
    """
    Always `email`.
    """
    to: Annotated[str, Field(examples=["demo@shop.example"], max_length=254, min_length=3)]
    """
    The recipient (the client's contact e-mail address).
    """
    subject: Annotated[
        str,
        Field(examples=["PayCrypt usage notice: 82.40 % of your Starter limit for 2026-01"]),
    ]
    """
    The subject line.
    """
    html: Annotated[
        str,
        Field(
            examples=[
                '<!DOCTYPE html><html><body style="margin:0;padding:0;background:#f4f5f7;">…</body></html>'
            ]
        ),
    ]
    """
    The HTML part (inline styles only, as e-mail clients need).
    """
    text: Annotated[
        str,
        Field(
            examples=[
                "Usage notice: Demo Store has used 82.40 % of its Starter package for 2026-01."
            ]
        ),
    ]
    """
    The plain-text part.
    """
    alert_id: Annotated[
        str | None,
        Field(examples=["ua_8d3f6a1c4e7b2d5f9a0c3e6b"], pattern="^ua_[A-Za-z0-9]{24}$"),
    ]
    """
    The usage alert (`ua_…`) the e-mail was sent for; null for other e-mails.
    """
    created_at: Annotated[AwareDatetime, Field(examples=["2026-01-15T10:38:13Z"])]
    """
    When the e-mail was sent.
    """
    delivery_status: Annotated[
        Literal["outbox", "queued", "sent", "failed"], Field(examples=["sent"])
    ]
    """
    `outbox`: kept in the outbox only (no SMTP server configured); `queued`: waiting for its first or next SMTP attempt; `sent`: the SMTP server accepted it; `failed`: refused for good (5xx) or still failing after the last retry.
    """
    delivery_attempts: Annotated[int, Field(examples=[1], ge=0)]
    """
    SMTP attempts so far (0 for `outbox`).
    """
    delivery_error: Annotated[str | None, Field(examples=[None], max_length=300)]
    """
    The last SMTP attempt's failure (the server's reply code and text, or the connection error); null once sent and for `outbox`. Never contains credentials.
    """
    delivered_at: Annotated[AwareDatetime | None, Field(examples=["2026-01-15T10:38:14Z"])]
    """
    When the SMTP server accepted the e-mail; null until then.
    """
