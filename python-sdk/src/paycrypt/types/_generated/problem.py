# Generated from openapi.yaml by make generate — do not edit.
# Source: openapi.yaml; generator: scripts/generate_models.py

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from paycrypt._models import BaseModel

from .problem_field_error import ProblemFieldError

__all__ = ["Problem"]


class Problem(BaseModel):
    """
    An error, as RFC 9457 problem details (`application/problem+json`). Branch on `code`, a stable machine-readable string; `title` and `detail` are for humans and may change.
    """

    type: Annotated[str, Field(examples=["https://docs.paycrypt.example/errors/payment_not_found"])]
    """
    A URI identifying the problem type; its page documents the `code`.
    """
    title: Annotated[str, Field(examples=["Payment not found"])]
    """
    Short, human-readable summary of the problem type.
    """
    status: Annotated[int, Field(examples=[404], ge=100, le=599)]
    """
    The HTTP status code of this response.
    """
    detail: Annotated[
        str | None, Field(examples=["No payment with id pay_3f9a1c7e5b2d4a6c8e0f1a2b."])
    ] = None
    """
    Human-readable explanation specific to this occurrence.
    """
    code: Annotated[str, Field(examples=["payment_not_found"], pattern="^[a-z][a-z0-9_]*$")]
    """
    Stable machine-readable error code, e.g. `signature_mismatch`, `payment_not_found`.
    """
    request_id: Annotated[
        str | None,
        Field(examples=["req_8f3a2b1c9d4e5f60a1b2c3d4"], pattern="^req_[A-Za-z0-9]{24}$"),
    ] = None
    """
    The request id, same as the `PayCrypt-Request-Id` header.
    """
    errors: Annotated[
        list[ProblemFieldError] | None,
        Field(examples=[[{"field": "amount", "message": "must be a decimal string"}]]),
    ] = None
    """
    Per-field errors (422 `validation_failed`, 400 `invalid_json`).
    """
    server_time: Annotated[int | None, Field(examples=[1767225600])] = None
    """
    Only on 401 `timestamp_out_of_range`: the server's clock, unix seconds.
    """
    expected_string_to_sign: Annotated[
        str | None,
        Field(
            examples=[
                "PAYCRYPT-HMAC-SHA256\n1767225600\n0123456789abcdef0123456789abcdef\nGET\n/v1/payments\nlimit=10&status=pending\ne3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
            ]
        ),
    ] = None
    """
    Sandbox only, on 401 `signature_mismatch`: the string to sign the server computed from the request it received (scheme, timestamp, nonce, method, path, canonical query and the SHA-256 of the body bytes, joined by newlines). Compare it line by line with the string your client signed (the SDKs log it at debug level): the line that differs is what changed between signing and sending. It holds no secret; the production gateway never sends it.
    """
