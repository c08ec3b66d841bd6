"""Code samples for the API reference, generated from openapi.yaml so they cannot drift from it.

One Python, one Node and one curl sample per operation, built from what the spec says:

- the SDK method from ``x-sdk-method`` (``test_helpers.payments.pay``): Python uses it as is,
  Node camel-cases every segment (``client.testHelpers.payments.pay``), the Node SDK's naming rule
  (js-sdk/scripts/generate-resources.mjs);
- path parameters, positional, from their ``example``; query parameters (the required ones and
  ``limit``) and the JSON request body from their examples — keyword arguments in Python, one
  object in Node, both named exactly as the API names them;
- the sandbox server (``servers[0]``) and its credentials: admin ones under ``/v1/admin/``;
- curl signs the request in the shell with openssl, following the ``PAYCRYPT-HMAC-SHA256``
  recipe (the canonical query is computed here, once, since the sample's query is fixed).
"""

from __future__ import annotations

import json
import keyword
import re
from typing import Any
from urllib.parse import quote

__all__ = ["samples_for", "canonical_query", "camel"]

MERCHANT = ("pk_test_demo", "sk_test_demo")
ADMIN = ("pk_test_admin", "sk_test_admin")
EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"


def camel(segment: str) -> str:
    return re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), segment)


def canonical_query(pairs: list[tuple[str, str]]) -> str:
    """The signing rule's canonical query for pairs that are not yet encoded (RFC 3986, sorted)."""
    encoded = sorted((quote(k, safe="-._~"), quote(v, safe="-._~")) for k, v in pairs)
    return "&".join(f"{k}={v}" for k, v in encoded)


def _resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _example(spec: dict[str, Any], param: dict[str, Any]) -> Any:
    if "example" in param:
        return param["example"]
    schema = _resolve(spec, param.get("schema", {}))
    if "example" in schema:
        return schema["example"]
    raise ValueError(f"parameter {param['name']} has no example: a code sample needs one")


def _body_example(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    body = operation.get("requestBody")
    if body is None:
        return None
    media = _resolve(spec, body).get("content", {}).get("application/json")
    if media is None:
        return None
    if "example" in media:
        return dict(media["example"])
    for example in media.get("examples", {}).values():
        return dict(_resolve(spec, example)["value"])
    raise ValueError(f"{operation['operationId']}: the JSON request body has no example")


def _query_text(value: Any) -> str:
    return json.dumps(value) if isinstance(value, bool) else str(value)


# --- literals in each language ---------------------------------------------------------------------


def _py(value: Any, indent: int) -> str:
    pad, inner = " " * indent, " " * (indent + 4)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{json.dumps(k)}: {_py(v, indent + 4)}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list):
        return "[" + ", ".join(_py(v, indent) for v in value) + "]"
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    return json.dumps(value, ensure_ascii=False)


def _js_key(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", key) else _js(key, 0)


def _js(value: Any, indent: int) -> str:
    pad, inner = " " * indent, " " * (indent + 2)
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{inner}{_js_key(k)}: {_js(v, indent + 2)}," for k, v in value.items()]
        return "{\n" + "\n".join(items) + f"\n{pad}}}"
    if isinstance(value, list):
        return "[" + ", ".join(_js(v, indent) for v in value) + "]"
    if isinstance(value, str):
        return (
            "'"
            + json.dumps(value, ensure_ascii=False)[1:-1].replace('\\"', '"').replace("'", "\\'")
            + "'"
        )
    return json.dumps(value)


def _sh(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


# --- the three samples -----------------------------------------------------------------------------


def samples_for(
    spec: dict[str, Any],
    path: str,
    method: str,
    operation: dict[str, Any],
    path_item: dict[str, Any],
) -> list[dict[str, str]]:
    """The ``x-codeSamples`` list (Python, Node.js, curl) for one operation."""
    sdk_method = operation["x-sdk-method"].split(".")
    params = [
        _resolve(spec, p) for p in path_item.get("parameters", []) + operation.get("parameters", [])
    ]
    path_args = [_example(spec, p) for p in params if p["in"] == "path"]
    query = {
        p["name"]: _example(spec, p)
        for p in params
        if p["in"] == "query" and (p.get("required") or p["name"] == "limit")
    }
    body = _body_example(spec, operation)
    arguments = {**query, **(body or {})}
    for name in arguments:
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError(
                f"{operation['operationId']}: {name!r} cannot be a Python keyword argument"
            )
    signed = operation.get("security", spec.get("security")) != []
    key, secret = ADMIN if path.startswith("/v1/admin/") else MERCHANT
    base_url = spec["servers"][0]["url"]

    # Python: positional path parameters, then keyword arguments.
    py_args = [json.dumps(a) for a in path_args]
    py_args += [f"{name}={_py(value, 4)}" for name, value in arguments.items()]
    py_call = f"client.{'.'.join(sdk_method)}({', '.join(py_args)})"
    if len(py_call) > 88 or "\n" in py_call:
        py_call = f"client.{'.'.join(sdk_method)}(\n    " + ",\n    ".join(py_args) + ",\n)"
    python = (
        f"from paycrypt import PayCrypt\n\n"
        f"client = PayCrypt({json.dumps(key)}, {json.dumps(secret)},\n"
        f"                  base_url={json.dumps(base_url)})\n"
        f"result = {py_call}\nprint(result)\n"
    )

    # Node: positional path parameters, then one params object.
    js_args = [_js(a, 0) for a in path_args] + ([_js(arguments, 0)] if arguments else [])
    node = (
        f"import {{ PayCrypt }} from 'paycrypt';\n\n"
        f"const client = new PayCrypt({{\n  apiKey: '{key}',\n  apiSecret: '{secret}',\n"
        f"  baseURL: '{base_url}',\n}});\n"
        f"const result = await client.{'.'.join(camel(s) for s in sdk_method)}({', '.join(js_args)});\n"
        f"console.log(result);\n"
    )

    # curl: the signing recipe in the shell.
    wire_path = path
    for p, value in zip([p for p in params if p["in"] == "path"], path_args, strict=False):
        wire_path = wire_path.replace("{" + p["name"] + "}", quote(str(value), safe=""))
    pairs = [(name, _query_text(value)) for name, value in query.items()]
    query_text = "&".join(f"{quote(k, safe='-._~')}={quote(v, safe='-._~')}" for k, v in pairs)
    url = base_url + wire_path + (f"?{query_text}" if query_text else "")
    verb = method.upper()
    lines: list[str] = []
    if not signed:
        lines.append(f"curl -sS {_sh(url)}")
    else:
        body_text = (
            json.dumps(body, ensure_ascii=False, separators=(",", ":")) if body is not None else ""
        )
        lines += [
            f"API_KEY={key} API_SECRET={secret}",
            f"BODY={_sh(body_text)}",
            "TS=$(date +%s) NONCE=$(openssl rand -hex 16)",
            "BODY_SHA=$(printf %s \"$BODY\" | openssl dgst -sha256 -r | cut -d' ' -f1)",
            f'SIG=$(printf \'PAYCRYPT-HMAC-SHA256\\n%s\\n%s\\n%s\\n%s\\n%s\\n%s\' "$TS" "$NONCE" '
            f'{verb} {_sh(wire_path)} {_sh(canonical_query(pairs))} "$BODY_SHA" \\',
            "  | openssl dgst -sha256 -hmac \"$API_SECRET\" -r | cut -d' ' -f1)",
            f"curl -sS -X {verb} {_sh(url)} \\",
            '  -H "PayCrypt-Key: $API_KEY" -H "PayCrypt-Timestamp: $TS" \\',
            '  -H "PayCrypt-Nonce: $NONCE" -H "PayCrypt-Signature: v1=$SIG"'
            + (" \\" if body is not None else ""),
        ]
        if body is not None:
            lines.append("  -H 'Content-Type: application/json' --data-binary \"$BODY\"")
    curl = "\n".join(lines) + "\n"

    return [
        {"lang": "Python", "label": "Python", "source": python},
        {"lang": "JavaScript", "label": "Node.js", "source": node},
        {"lang": "Shell", "label": "curl", "source": curl},
    ]
