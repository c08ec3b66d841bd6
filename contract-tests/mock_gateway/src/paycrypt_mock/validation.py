"""openapi.yaml, compiled once at start-up into per-operation validators.

Each operation's parameters, request body and responses become
``jsonschema_rs`` validators (JSON Schema 2020-12, the dialect of OpenAPI
3.1), built against a root document that carries the spec's
``components`` so every ``$ref`` resolves. Rebuilding spec objects per
request is what makes naive validation slow (openapi-core #1086, #714);
here a request costs a dict lookup, a regex match and a Rust validation.

One operation's checks live in :mod:`paycrypt_mock.operation`.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema_rs
import yaml  # type: ignore[import-untyped]

from .operation import MAX_JSON_DEPTH, Operation, Param, RequestInvalid, check_json_text

__all__ = ["Spec", "Operation", "load_spec", "RequestInvalid", "MAX_JSON_DEPTH", "check_json_text"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class Spec:
    """The compiled spec: operations by method, matched by path."""

    def __init__(self, document: dict[str, Any], path: str = "openapi.yaml") -> None:
        self.document = document
        self.path = path
        self.components = document.get("components", {})
        self._root = {"$schema": _DIALECT, "components": self.components}
        self._cache: dict[str, Any] = {}
        self.operations: list[Operation] = []
        self.by_id: dict[str, Operation] = {}
        self._literal: dict[tuple[str, str], Operation] = {}
        self._templated: list[Operation] = []
        self._paths_literal: set[str] = set()
        root_security = document.get("security", [])
        for template, item in (document.get("paths") or {}).items():
            item = self.resolve(item)
            shared = item.get("parameters", [])
            for method in _METHODS:
                op = item.get(method)
                if op is None:
                    continue
                self._add(template, method.upper(), op, shared, root_security)
        self._templated.sort(key=lambda o: (o.template.count("{"), -len(o.template)))

    def enum(self, schema: str) -> tuple[str, ...]:
        """The values of a named enum schema, e.g. ``enum("PaymentStatus")``."""
        return tuple(self.components["schemas"][schema]["enum"])

    # --- building -----------------------------------------------------------

    def resolve(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node and seen < 20:
            ref = node["$ref"]
            if not ref.startswith("#/"):
                raise ValueError(f"only local $refs are supported: {ref}")
            target: Any = self.document
            for part in ref[2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            node = target
            seen += 1
        return node

    def validator(self, schema: dict[str, Any] | None) -> Any:
        if schema is None:
            return None
        key = json.dumps(schema, sort_keys=True)
        if key not in self._cache:
            doc = dict(self._root)
            doc["allOf"] = [schema]
            self._cache[key] = jsonschema_rs.validator_for(doc, validate_formats=True)
        return self._cache[key]

    def _types(self, schema: dict[str, Any]) -> tuple[str, ...]:
        schema = self.resolve(schema)
        kind = schema.get("type")
        if isinstance(kind, str):
            return (kind,)
        if isinstance(kind, list):
            return tuple(kind)
        for key in ("anyOf", "oneOf", "allOf"):
            if key in schema:
                out: list[str] = []
                for sub in schema[key]:
                    out.extend(self._types(sub))
                return tuple(out)
        if "enum" in schema:
            return tuple(
                sorted(
                    {
                        type(v)
                        .__name__.replace("str", "string")
                        .replace("int", "integer")
                        .replace("bool", "boolean")
                        for v in schema["enum"]
                    }
                )
            )
        return ("string",)

    def _param(self, raw: dict[str, Any]) -> Param:
        p = self.resolve(raw)
        schema = p.get("schema") or {}
        types = self._types(schema)
        resolved = self.resolve(schema)
        is_array = "array" in types
        item_types = self._types(resolved.get("items", {})) if is_array else ()
        return Param(
            name=p["name"],
            location=p["in"],
            required=bool(p.get("required", p["in"] == "path")),
            schema=resolved,
            types=types,
            is_array=is_array,
            item_types=item_types,
            validator=self.validator(schema),
        )

    def _add(
        self,
        template: str,
        method: str,
        op: dict[str, Any],
        shared: list[Any],
        root_security: list[Any],
    ) -> None:
        pattern = (
            "^" + re.sub(r"\\\{([A-Za-z0-9_]+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$"
        )
        security = op.get("security", root_security)
        operation = Operation(
            method=method,
            template=template,
            operation_id=op.get("operationId", f"{method} {template}"),
            regex=re.compile(pattern),
            secured=bool(security) and any(bool(s) for s in security),
            raw=op,
        )
        params: dict[tuple[str, str], Any] = {}
        for raw in list(shared) + list(op.get("parameters", [])):
            p = self.resolve(raw)
            params[(p["name"], p["in"])] = raw
        for raw in params.values():
            param = self._param(raw)
            target = {
                "path": operation.path_params,
                "query": operation.query_params,
                "header": operation.header_params,
            }.get(param.location)
            if target is not None:
                target[param.name] = param
        body = op.get("requestBody")
        if body is not None:
            body = self.resolve(body)
            operation.body_required = bool(body.get("required", False))
            for media, content in (body.get("content") or {}).items():
                operation.body_media[media.lower()] = self.validator(content.get("schema"))
        for status, response in (op.get("responses") or {}).items():
            response = self.resolve(response)
            media_map: dict[str, Any] = {}
            for media, content in (response.get("content") or {}).items():
                media_map[media.lower()] = self.validator(content.get("schema"))
            operation.responses[str(status).upper()] = media_map
            required_headers = []
            for name, header in (response.get("headers") or {}).items():
                if self.resolve(header).get("required"):
                    required_headers.append(name)
            operation.response_headers[str(status).upper()] = required_headers
        self.operations.append(operation)
        self.by_id[operation.operation_id] = operation
        if "{" in template:
            self._templated.append(operation)
        else:
            self._literal[(method, template)] = operation
            self._paths_literal.add(template)

    # --- matching -----------------------------------------------------------

    def match(
        self, method: str, path: str
    ) -> tuple[Operation | None, re.Match[str] | None, list[str]]:
        """Return ``(operation, match, allowed_methods)``; operation None means 404/405."""
        op = self._literal.get((method, path))
        if op is not None:
            return op, None, []
        allowed: list[str] = []
        if path in self._paths_literal:
            allowed = [o.method for o in self.operations if o.template == path]
            return None, None, allowed
        for op in self._templated:
            m = op.regex.match(path)
            if m is not None:
                if op.method == method:
                    return op, m, []
                allowed.append(op.method)
        return None, None, allowed


def load_spec(path: str | Path) -> Spec:
    text = Path(path).read_text(encoding="utf-8")
    return Spec(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)), str(path))
