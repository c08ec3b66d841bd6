"""One operation of openapi.yaml, compiled: its parameters, body and responses checked with
``jsonschema_rs`` validators (built by :class:`paycrypt_mock.validation.Spec`).

Errors name the offending field the way problem+json ``errors`` expects:
``amount``, ``metadata.order``, ``query.limit``, ``path.payment_id``,
``header.Idempotency-Key``, or ``body`` for the document as a whole.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from dataclasses import dataclass, field
from typing import Any

import jsonschema_rs

__all__ = ["Operation", "Param", "RequestInvalid", "MAX_JSON_DEPTH", "check_json_text"]

_INT_RE = re.compile(r"-?[0-9]{1,30}")
_NUM_RE = re.compile(r"-?[0-9]{1,30}(\.[0-9]{1,30})?([eE][-+]?[0-9]{1,3})?")
# Objects and arrays nest at most this deep (the document itself is level 1). Deeper bodies are
# 400 invalid_json: the validator gives up far beyond it (~255) and no API field needs more than a few.
MAX_JSON_DEPTH = 64
_TOO_DEEP = f"objects and arrays nest deeper than {MAX_JSON_DEPTH} levels"
_SURROGATE = re.compile("[\ud800-\udfff]")


class RequestInvalid(Exception):
    """A request that breaks the spec: ``errors`` is ``[{field, message}]``."""

    def __init__(
        self,
        errors: list[dict[str, str]],
        status: int = 422,
        code: str = "validation_failed",
        detail: str = "The request does not match the API specification.",
    ) -> None:
        super().__init__(detail)
        self.errors = errors
        self.status = status
        self.code = code
        self.detail = detail


@dataclass
class Param:
    name: str
    location: str
    required: bool
    schema: dict[str, Any]
    types: tuple[str, ...]
    is_array: bool
    item_types: tuple[str, ...]
    validator: Any


@dataclass
class Operation:
    method: str
    template: str
    operation_id: str
    regex: re.Pattern[str]
    secured: bool
    path_params: dict[str, Param] = field(default_factory=dict)
    query_params: dict[str, Param] = field(default_factory=dict)
    header_params: dict[str, Param] = field(default_factory=dict)
    body_required: bool = False
    body_media: dict[str, Any] = field(default_factory=dict)  # media type -> validator
    responses: dict[str, dict[str, Any]] = field(
        default_factory=dict
    )  # status -> media type -> validator|None
    response_headers: dict[str, list[str]] = field(
        default_factory=dict
    )  # status -> required header names
    raw: dict[str, Any] = field(default_factory=dict)

    # --- requests ---------------------------------------------------------

    def parse_path(self, match: re.Match[str]) -> dict[str, Any]:
        values: dict[str, Any] = {}
        errors: list[dict[str, str]] = []
        for name, param in self.path_params.items():
            raw = match.group(name)
            values[name] = _coerce_and_check(param, [raw], errors, f"path.{name}")
        if errors:
            raise RequestInvalid(errors)
        return values

    def parse_query(self, query_string: bytes) -> dict[str, Any]:
        errors: list[dict[str, str]] = []
        try:
            text = query_string.decode("ascii")
        except UnicodeDecodeError:
            raise RequestInvalid(
                [
                    {
                        "field": "query",
                        "message": "the query string must be ASCII (percent-encode other bytes)",
                    }
                ]
            ) from None
        pairs: dict[str, list[str]] = {}
        for piece in text.split("&"):
            if not piece:
                continue
            raw_name, _, value = piece.partition("=")
            try:
                name = urllib.parse.unquote_plus(raw_name, encoding="utf-8", errors="strict")
            except UnicodeDecodeError:
                errors.append(
                    {
                        "field": f"query.{_safe(raw_name)}",
                        "message": "is not valid percent-encoded UTF-8",
                    }
                )
                continue
            try:
                value = urllib.parse.unquote_plus(value, encoding="utf-8", errors="strict")
            except UnicodeDecodeError:
                errors.append(
                    {
                        "field": f"query.{_safe(name)}",
                        "message": "is not valid percent-encoded UTF-8",
                    }
                )
                continue
            pairs.setdefault(name, []).append(value)
        values: dict[str, Any] = {}
        for name, raw_values in pairs.items():
            param = self.query_params.get(name)
            if param is None:
                errors.append(
                    {"field": f"query.{_safe(name)}", "message": "is not a known query parameter"}
                )
                continue
            if "\x00" in "".join(raw_values):
                errors.append(
                    {"field": f"query.{name}", "message": "must not contain NUL characters"}
                )
                continue
            if not param.is_array and len(raw_values) > 1:
                errors.append({"field": f"query.{name}", "message": "must be given at most once"})
                continue
            values[name] = _coerce_and_check(param, raw_values, errors, f"query.{name}")
        for name, param in self.query_params.items():
            if param.required and name not in pairs:
                errors.append({"field": f"query.{name}", "message": "is required"})
            elif name not in values and "default" in param.schema:
                values[name] = param.schema["default"]
        if errors:
            raise RequestInvalid(errors)
        return values

    def check_headers(self, headers: dict[bytes, bytes]) -> dict[str, Any]:
        errors: list[dict[str, str]] = []
        values: dict[str, Any] = {}
        for name, param in self.header_params.items():
            raw = headers.get(name.lower().encode("latin-1"))
            if raw is None:
                if param.required:
                    errors.append({"field": f"header.{name}", "message": "is required"})
                continue
            values[name] = _coerce_and_check(
                param, [raw.decode("latin-1")], errors, f"header.{name}"
            )
        if errors:
            raise RequestInvalid(errors)
        return values

    def parse_body(self, content_type: str | None, body: bytes) -> Any:
        """Return the parsed JSON body (or ``None`` when there is none)."""
        if not self.body_media:
            if body.strip():
                raise RequestInvalid(
                    [{"field": "body", "message": "this operation takes no request body"}],
                    400,
                    "invalid_request",
                    "This operation takes no request body.",
                )
            return None
        if not body:
            if self.body_required:
                raise RequestInvalid(
                    [{"field": "body", "message": "a JSON request body is required"}],
                    400,
                    "invalid_json",
                    "A JSON request body is required.",
                )
            return None
        media = (content_type or "").split(";", 1)[0].strip().lower()
        validator = self.body_media.get(media)
        if media not in self.body_media:
            raise RequestInvalid(
                [
                    {
                        "field": "header.Content-Type",
                        "message": f"must be one of {', '.join(sorted(self.body_media))}",
                    }
                ],
                415,
                "unsupported_media_type",
                f"Content-Type {media or '(none)'!r} is not supported; send application/json.",
            )
        try:
            doc = json.loads(
                body.decode("utf-8"), parse_float=_keep_float, parse_constant=_no_constant
            )
            check_json_text(doc)
        except RecursionError:  # far deeper than the limit: the parser itself gave up
            raise RequestInvalid(
                [{"field": "body", "message": f"is not valid UTF-8 JSON ({_TOO_DEEP})"}],
                400,
                "invalid_json",
                "The request body is not valid JSON.",
            ) from None
        except (UnicodeDecodeError, ValueError) as exc:
            raise RequestInvalid(
                [{"field": "body", "message": f"is not valid UTF-8 JSON ({_short(exc)})"}],
                400,
                "invalid_json",
                "The request body is not valid JSON.",
            ) from None
        if validator is not None:
            errors = _errors(validator, doc, prefix="")
            if errors:
                raise RequestInvalid(errors)
        return doc

    # --- responses --------------------------------------------------------

    def check_response(
        self, status: int, content_type: str | None, body: bytes, headers: dict[str, str]
    ) -> list[str]:
        """Return what is wrong with a response (empty when it matches the spec)."""
        spec = (
            self.responses.get(str(status))
            or self.responses.get(f"{str(status)[0]}XX")
            or self.responses.get("default")
        )
        key = (
            str(status)
            if str(status) in self.responses
            else (f"{str(status)[0]}XX" if f"{str(status)[0]}XX" in self.responses else "default")
        )
        if spec is None:
            return [f"status {status} is not declared for {self.operation_id}"]
        problems: list[str] = []
        lower = {k.lower() for k in headers}
        for name in self.response_headers.get(key, []):
            if name.lower() not in lower:
                problems.append(f"required response header {name} is missing")
        if not spec:
            if body:
                problems.append(f"status {status} declares no content but a body was sent")
            return problems
        media = (content_type or "").split(";", 1)[0].strip().lower()
        if media not in spec:
            problems.append(
                f"content type {media!r} is not declared for status {status} "
                f"(declared: {', '.join(sorted(spec))})"
            )
            return problems
        validator = spec[media]
        if validator is None:
            return problems
        try:
            doc = json.loads(body)
        except ValueError as exc:
            return problems + [f"body is not JSON: {exc}"]
        for error in _errors(validator, doc, prefix=""):
            problems.append(f"{error['field']}: {error['message']}")
        return problems


def check_json_text(doc: Any) -> None:
    """Refuse what ``json.loads`` takes but this API does not: nesting deeper than
    :data:`MAX_JSON_DEPTH`, and strings (keys or values) holding a lone surrogate (``"\\ud800"``),
    which RFC 8259 leaves undefined and I-JSON (RFC 7493) forbids; no later step could store,
    render or re-encode them. Raises ``ValueError``. Iterative, so any depth is safe to check."""
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, str):
            if _SURROGATE.search(node):
                raise ValueError("a string holds a lone UTF-16 surrogate (not Unicode text)")
            continue
        if not isinstance(node, (dict, list)):
            continue
        if depth > MAX_JSON_DEPTH:
            raise ValueError(_TOO_DEEP)
        if isinstance(node, dict):
            for key, value in node.items():
                stack.append((key, depth))
                stack.append((value, depth + 1))
        else:
            stack.extend((value, depth + 1) for value in node)


def _short(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) < 120 else text[:117] + "..."


def _safe(name: str) -> str:
    name = name.replace("\x00", "\\0")
    return name if len(name) <= 64 else name[:61] + "..."


def _keep_float(text: str) -> Any:
    # Numbers stay Python numbers for validation; floats never become money.
    value = float(text)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError("non-finite number")
    return value


def _no_constant(text: str) -> Any:
    raise ValueError(f"{text} is not valid JSON")


def _coerce_one(raw: str, types: tuple[str, ...]) -> Any:
    """Turn a query/path/header string into the type the schema asks for (if it parses)."""
    for kind in types:
        if kind == "integer" and _INT_RE.fullmatch(raw):
            return int(raw)
        if kind == "number" and _NUM_RE.fullmatch(raw):
            number = float(raw)
            return (
                int(number)
                if number.is_integer() and "." not in raw and "e" not in raw.lower()
                else number
            )
        if kind == "boolean" and raw in ("true", "false"):
            return raw == "true"
        if kind == "null" and raw == "":
            return None
    return raw


def _coerce_and_check(
    param: Param, raw_values: list[str], errors: list[dict[str, str]], where: str
) -> Any:
    if param.is_array:
        items: list[str] = []
        for raw in raw_values:
            items.extend(
                raw.split(",") if len(raw_values) == 1 and param.location != "query" else [raw]
            )
        value: Any = [_coerce_one(item, param.item_types) for item in items]
    else:
        value = _coerce_one(raw_values[0], param.types)
    if param.validator is not None:
        for error in _errors(param.validator, value, prefix=where):
            errors.append(error)
    return value


def _errors(validator: Any, instance: Any, prefix: str) -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    seen: set[tuple[str, str]] = set()
    for error in validator.iter_errors(instance):
        path = [str(p) for p in error.instance_path]
        kind = error.kind
        names: list[list[str]]
        if isinstance(kind, jsonschema_rs.ValidationErrorKind.Required):
            names = [path + [str(kind.property)]]
            message = "is required"
        elif isinstance(kind, jsonschema_rs.ValidationErrorKind.AdditionalProperties):
            names = [path + [str(u)] for u in kind.unexpected]
            message = "is not a known field"
        elif isinstance(kind, jsonschema_rs.ValidationErrorKind.UnevaluatedProperties):
            names = [path + [str(u)] for u in getattr(kind, "unexpected", [])] or [path]
            message = "is not a known field"
        else:
            names = [path]
            message = error.message
            if len(message) > 300:
                message = message[:297] + "..."
        for parts in names:
            dotted = ".".join(parts)
            fld = f"{prefix}.{dotted}" if prefix and dotted else (prefix or dotted or "body")
            if (fld, message) not in seen:
                seen.add((fld, message))
                out.append({"field": fld, "message": message})
    return out
