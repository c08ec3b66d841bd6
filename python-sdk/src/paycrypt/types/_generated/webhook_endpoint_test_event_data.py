# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from paycrypt._models import BaseModel

from .webhook_endpoint import WebhookEndpoint

__all__ = ["WebhookEndpointTestEventData"]


class WebhookEndpointTestEventData(BaseModel):
    """
    Payload of a `webhook_endpoint.test` event: the endpoint, without `secret`.
    """

    object: WebhookEndpoint
