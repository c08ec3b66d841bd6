#!/usr/bin/env python3
"""Generate ``src/paycrypt/resources/**`` and ``src/paycrypt/types/_enums.py`` from ``openapi.yaml``.

    python python-sdk/scripts/generate_resources.py           # (re)write the files
    python python-sdk/scripts/generate_resources.py --check   # exit 1 if any is out of date

Every operation's ``x-sdk-method`` (``admin.clients.switch_package``) names its
resource (``admin.clients``) and its method (``switch_package``). The rule, the
same in the Node SDK's generator:

* resource class = PascalCase join of the resource path (``admin.clients`` →
  ``AdminClients``); its async twin is ``AsyncAdminClients``; a first segment with
  resources under it is a group (``Admin`` / ``AsyncAdmin``);
* module = ``resources/<path>.py`` (``resources/admin/clients.py``), the group in
  its package's ``__init__.py``; resources and methods in the spec's order;
* path parameters are positional (in the path's order, checked non-empty and
  percent-encoded); query parameters and body fields keyword-only, required ones
  first; every method takes the per-call ``**options`` (``idempotency_key``,
  ``timeout``…) instead of header parameters;
* a GET with a ``starting_after`` query parameter returns a page (``SyncPage`` /
  ``AsyncPaginator``) of its list's items.

Named enums (a component schema with ``enum``, or an ``anyOf`` of those and
constants) become ``Literal`` aliases in ``types/_enums.py``, exported by
``paycrypt.types`` and used in the signatures. Nothing here imports the SDK:
the output depends only on the spec (and black, pinned, for the layout).
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import black
import yaml
from black.mode import TargetVersion

HERE = Path(__file__).resolve().parent
SDK = HERE.parent
REPO = SDK.parent
SPEC = REPO / "openapi.yaml"
PACKAGE = SDK / "src" / "paycrypt"
RESOURCES = PACKAGE / "resources"
ENUMS = PACKAGE / "types" / "_enums.py"
HEADER = (
    "# Generated from openapi.yaml by make generate — do not edit.\n"
    "# Source: openapi.yaml; generator: python-sdk/scripts/generate_resources.py\n"
)
HTTP_METHODS = ("get", "post", "put", "patch", "delete")
# Decimal strings (money, percentages): callers may pass a Decimal, sent as its plain digits.
DECIMAL_SCHEMAS = frozenset({"Amount", "Percentage"})
# Names a generated method already uses for itself.
RESERVED = frozenset({"self", "options"})
LINE = 100
BLACK_MODE = black.Mode(line_length=LINE, target_versions={TargetVersion.PY310})


def pascal(snake: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in snake.split("_"))


def ref_name(ref: str) -> str:
    prefix = "#/components/schemas/"
    if not ref.startswith(prefix):
        raise SystemExit(f"unsupported $ref {ref!r}")
    return ref[len(prefix) :]


# --- the spec, read into what the templates need ----------------------------------


@dataclass
class Param:
    name: str
    where: str  # "path", "query" or "body"
    required: bool
    annotation: str
    description: str


@dataclass
class Operation:
    operation_id: str
    http_method: str
    path: str
    resource: tuple[str, ...]
    name: str
    summary: str
    description: str
    params: list[Param]
    has_body: bool
    result: str  # model name
    page_item: str | None  # item model name when the method returns a page
    imports: Imports  # what its parameters' annotations need


@dataclass
class Imports:
    """What one generated module uses, so it imports exactly that."""

    stdlib: dict[str, set[str]] = field(default_factory=dict)
    types: set[str] = field(default_factory=set)
    path_param: bool = False
    pages: bool = False
    not_given: bool = False

    def std(self, module: str, name: str) -> None:
        self.stdlib.setdefault(module, set()).add(name)


class Spec:
    def __init__(self, doc: dict[str, Any]) -> None:
        self.doc = doc
        self.schemas: dict[str, Any] = doc["components"]["schemas"]
        self.aliases = self._aliases()

    def deref(self, node: dict[str, Any]) -> dict[str, Any]:
        while "$ref" in node:
            target: Any = self.doc
            for part in node["$ref"].lstrip("#/").split("/"):
                target = target[part]
            node = target
        return node

    # Named enums ----------------------------------------------------------------

    def _aliases(self) -> dict[str, str]:
        """Component schema name → its Literal alias, for every named enum (in spec order)."""
        aliases: dict[str, str] = {}
        for name, schema in self.schemas.items():
            if "enum" in schema:
                aliases[name] = literal(schema["enum"])
        for name, schema in self.schemas.items():
            options = schema.get("anyOf") or schema.get("oneOf")
            if not options:
                continue
            parts = []
            for option in options:
                if "$ref" in option and ref_name(option["$ref"]) in aliases:
                    parts.append(ref_name(option["$ref"]))
                elif "const" in option:
                    parts.append(literal([option["const"]]))
                elif "enum" in option:
                    parts.append(literal(option["enum"]))
                else:
                    break
            else:
                aliases[name] = " | ".join(parts)
        return aliases

    # Types ----------------------------------------------------------------------

    def annotation(self, node: dict[str, Any], imports: Imports) -> str:
        if "$ref" in node:
            name = ref_name(node["$ref"])
            if name in self.aliases:
                imports.types.add(name)
                return name
            if name in DECIMAL_SCHEMAS:
                imports.std("decimal", "Decimal")
                return "str | Decimal"
            return self.annotation(self.schemas[name], imports)
        if "enum" in node:
            imports.std("typing", "Literal")
            return literal(node["enum"])
        if "const" in node:
            imports.std("typing", "Literal")
            return literal([node["const"]])
        options = node.get("anyOf") or node.get("oneOf")
        if options:
            return " | ".join(self.annotation(option, imports) for option in options)
        kind = node.get("type")
        nullable = False
        if isinstance(kind, list):
            nullable = "null" in kind
            rest = [k for k in kind if k != "null"]
            if len(rest) != 1:
                raise SystemExit(f"unsupported type list {kind!r}")
            kind = rest[0]
        if kind == "string":
            if node.get("format") == "date-time":
                imports.std("datetime", "datetime")
                text = "str | datetime"
            else:
                text = "str"
        elif kind == "integer":
            text = "int"
        elif kind == "boolean":
            text = "bool"
        elif kind == "array":
            imports.std("collections.abc", "Sequence")
            text = f"Sequence[{self.annotation(node['items'], imports)}]"
        elif kind == "object":
            imports.std("collections.abc", "Mapping")
            extra = node.get("additionalProperties")
            value = self.annotation(extra, imports) if isinstance(extra, dict) else "object"
            text = f"Mapping[str, {value}]"
        else:
            # `number` included: money is a decimal string, never a float.
            raise SystemExit(f"unsupported schema type {kind!r} in {node!r}")
        return f"{text} | None" if nullable else text

    def description(self, node: dict[str, Any]) -> str:
        """A field's own description, else the description of the schema it refers to."""
        if node.get("description"):
            return str(node["description"])
        if "$ref" in node:
            return self.description(self.deref(node))
        return ""

    # Operations -----------------------------------------------------------------

    def operations(self) -> list[Operation]:
        ops: list[Operation] = []
        for path, item in self.doc["paths"].items():
            for http_method, op in item.items():
                if http_method in HTTP_METHODS:
                    ops.append(self._operation(path, http_method, op))
        return ops

    def _operation(self, path: str, http_method: str, op: dict[str, Any]) -> Operation:
        sdk_method = op.get("x-sdk-method")
        if not sdk_method:
            raise SystemExit(f"{op['operationId']} has no x-sdk-method")
        *resource, name = sdk_method.split(".")
        if not 1 <= len(resource) <= 2:
            raise SystemExit(
                f"x-sdk-method {sdk_method!r}: expected resource.method or group.resource.method"
            )
        imports = Imports()
        params = self._params(path, op, imports)
        names = [p.name for p in params]
        clash = {n for n in names if names.count(n) > 1} | (set(names) & RESERVED)
        if clash:
            raise SystemExit(f"{op['operationId']}: parameter names clash: {sorted(clash)}")
        result, page_item = self._result(op, params)
        return Operation(
            operation_id=op["operationId"],
            http_method=http_method.upper(),
            path=path,
            resource=tuple(resource),
            name=name,
            summary=str(op.get("summary", "")).rstrip("."),
            description=str(op.get("description", "")),
            params=params,
            has_body="requestBody" in op,
            result=result,
            page_item=page_item,
            imports=imports,
        )

    def _params(self, path: str, op: dict[str, Any], imports: Imports) -> list[Param]:
        """Path parameters (in the path's order), then query parameters, then body fields."""
        params: list[Param] = []
        declared = [self.deref(p) for p in op.get("parameters", [])]
        path_names = re.findall(r"{([^}]+)}", path)
        by_name = {p["name"]: p for p in declared if p["in"] == "path"}
        if set(by_name) != set(path_names):
            raise SystemExit(
                f"{op['operationId']}: path parameters {path_names} vs declared {sorted(by_name)}"
            )
        for pname in path_names:
            params.append(
                Param(pname, "path", True, "str", str(by_name[pname].get("description", "")))
            )
        for p in declared:
            if p["in"] == "query":
                schema = p["schema"]
                desc = p.get("description") or self.description(schema)
                params.append(
                    Param(
                        p["name"],
                        "query",
                        bool(p.get("required")),
                        self.annotation(schema, imports),
                        desc,
                    )
                )
            elif p["in"] not in ("path", "header"):
                raise SystemExit(f"{op['operationId']}: unsupported parameter location {p['in']!r}")
        if "requestBody" in op:
            body = self.deref(op["requestBody"])
            schema = self.deref(body["content"]["application/json"]["schema"])
            required = set(schema.get("required", [])) if body.get("required") else set()
            for prop, node in schema.get("properties", {}).items():
                params.append(
                    Param(
                        prop,
                        "body",
                        prop in required,
                        self.annotation(node, imports),
                        self.description(node),
                    )
                )
        return params

    def _result(self, op: dict[str, Any], params: list[Param]) -> tuple[str, str | None]:
        for status, response in op["responses"].items():
            if str(status).startswith("2"):
                schema = self.deref(response)["content"]["application/json"]["schema"]
                model = ref_name(schema["$ref"])
                break
        else:
            raise SystemExit(f"{op['operationId']}: no 2xx JSON response")
        if not any(p.name == "starting_after" and p.where == "query" for p in params):
            return model, None
        data = self.schemas[model]["properties"]["data"]
        return model, ref_name(data["items"]["$ref"])


def literal(values: list[Any]) -> str:
    return f"Literal[{', '.join(json.dumps(v) for v in values)}]"


# --- rendering -------------------------------------------------------------------


def docstring(text: str, indent: str, hanging: str | None = None) -> str:
    """Paragraphs re-wrapped to the line length; ``\\`` and triple quotes made safe."""
    text = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    wrap = textwrap.TextWrapper(LINE, initial_indent=indent, subsequent_indent=hanging or indent)
    return "\n\n".join(wrap.fill(" ".join(para.split())) for para in text.strip().split("\n\n"))


def method_doc(op: Operation) -> str:
    ind = " " * 8
    parts = [
        f'{ind}"""{op.summary}.',
        "",
        f"{ind}``{op.http_method} {op.path}`` ({op.operation_id}).",
    ]
    if op.description:
        parts += ["", docstring(op.description, ind)]
    described = [p for p in op.params if p.description]
    if described:
        parts += ["", f"{ind}Args:"]
        parts += [
            docstring(f"{p.name}: {p.description}", ind + "  ", ind + "    ") for p in described
        ]
    parts.append(f'{ind}"""')
    return "\n".join(parts)


def signature(op: Operation, is_async: bool, model: dict[str, str]) -> list[str]:
    # An async list method is a plain def returning an AsyncPaginator (awaitable and async-iterable).
    head = "async def" if is_async and op.page_item is None else "def"
    lines = [f"    {head} {op.name}(", "        self,"]
    positional = [p for p in op.params if p.where == "path"]
    keywords = [p for p in op.params if p.where != "path"]
    keywords.sort(key=lambda p: not p.required)  # stable: required first, then the spec's order
    for p in positional:
        lines.append(f"        {p.name}: {p.annotation},")
    if keywords:
        lines.append("        *,")
    for p in keywords:
        if p.required:
            lines.append(f"        {p.name}: {p.annotation},")
        else:
            lines.append(f"        {p.name}: {p.annotation} | NotGiven = NOT_GIVEN,")
    lines.append("        **options: Unpack[RequestOptions],")
    if op.page_item is None:
        returns = model[op.result]
    elif is_async:
        returns = f"AsyncPaginator[{model[op.page_item]}]"
    else:
        returns = f"SyncPage[{model[op.page_item]}]"
    lines.append(f"    ) -> {returns}:")
    return lines


def method(op: Operation, is_async: bool, model: dict[str, str]) -> str:
    lines = signature(op, is_async, model)
    lines.append(method_doc(op))
    path = op.path
    for p in op.params:
        if p.where == "path":
            lines.append(f'        {p.name}_ = path_param("{p.name}", {p.name})')
            path = path.replace("{" + p.name + "}", "{" + p.name + "_}")
    path_expr = f'f"{path}"' if path != op.path else f'"{path}"'
    for where, var in (("query", "params"), ("body", "body")):
        group = [p for p in op.params if p.where == where]
        if group or (where == "body" and op.has_body):
            lines.append(f"        {var} = {{")
            lines += [f'            "{p.name}": {p.name},' for p in group]
            lines.append("        }")
    has_query = any(p.where == "query" for p in op.params)
    if op.page_item is not None:
        lines += [
            "        return self._client.get_page(",
            f"            {path_expr},",
            f"            item={model[op.page_item]},",
            "            params=params,",
            "            options=options,",
            "        )",
        ]
    else:
        call = "await self._client.request(" if is_async else "self._client.request("
        lines += [
            f"        return {call}",
            f'            "{op.http_method}",',
            f"            {path_expr},",
        ]
        lines.append(f"            cast_to={model[op.result]},")
        if has_query:
            lines.append("            params=params,")
        if op.has_body:
            lines.append("            body=body,")
        lines += ["            options=options,", "        )"]
    return "\n".join(lines)


def import_block(imports: Imports, up: str, model: dict[str, str]) -> str:
    lines = ["from __future__ import annotations", ""]
    for module in sorted(imports.stdlib):
        names = sorted(imports.stdlib[module])
        if module == "typing":
            continue
        lines.append(f"from {module} import {', '.join(names)}")
    typing_names = sorted(imports.stdlib.get("typing", set()) | {"TYPE_CHECKING"})
    lines.append(f"from typing import {', '.join(typing_names)}")
    lines.append("")
    if imports.path_param:
        lines.append(f"from {up}_base_client import path_param")
    if imports.pages:
        lines.append(f"from {up}_pagination import AsyncPaginator, SyncPage")
    lines.append(f"from {up}_resource import AsyncAPIResource, SyncAPIResource")
    types_names = (
        ["NOT_GIVEN", "NotGiven", "RequestOptions"] if imports.not_given else ["RequestOptions"]
    )
    lines.append(f"from {up}_types import {', '.join(types_names)}")
    names = [n if model.get(n, n) == n else f"{n} as {model[n]}" for n in sorted(imports.types)]
    lines.append(f"from {up}types import {', '.join(names)}")
    lines += ["", "if TYPE_CHECKING:", "    from typing_extensions import Unpack"]
    return "\n".join(lines)


def resource_module(resource: tuple[str, ...], ops: list[Operation]) -> str:
    cls = "".join(pascal(part) for part in resource)
    imports = Imports()
    for op in ops:
        for module, names in op.imports.stdlib.items():
            imports.stdlib.setdefault(module, set()).update(names)
        imports.types |= op.imports.types
        imports.types.add(op.result if op.page_item is None else op.page_item)
        imports.not_given |= any(p.where != "path" and not p.required for p in op.params)
        imports.path_param |= any(p.where == "path" for p in op.params)
        imports.pages |= op.page_item is not None
    # A model named like this module's classes (`Usage`) is imported as `UsageModel`.
    model = {
        name: (f"{name}Model" if name in (cls, f"Async{cls}") else name) for name in imports.types
    }
    up = "." * (len(resource) + 1)
    methods = ", ".join(op.name for op in ops)
    out = [
        HEADER,
        f'"""``client.{".".join(resource)}``: {methods}."""',
        "",
        import_block(imports, up, model),
        "",
        f'__all__ = ["{cls}", "Async{cls}"]',
        "",
        "",
        f"class {cls}(SyncAPIResource):",
        "\n\n".join(method(op, False, model) for op in ops),
        "",
        "",
        f"class Async{cls}(AsyncAPIResource):",
        "\n\n".join(method(op, True, model) for op in ops),
    ]
    return "\n".join(out) + "\n"


def group_module(group: str, children: list[str]) -> str:
    cls = pascal(group)
    lines = [
        HEADER,
        f'"""``client.{group}.…``: {", ".join(children)}."""',
        "",
        "from __future__ import annotations",
        "",
        "from functools import cached_property",
        "from typing import TYPE_CHECKING",
        "",
        "if TYPE_CHECKING:",
        "    from ..._client import AsyncPayCrypt, PayCrypt",
    ]
    for child in sorted(children):  # isort's order, as ruff checks it
        name = cls + pascal(child)
        lines.append(f"    from .{child} import {', '.join(sorted([name, f'Async{name}']))}")
    lines += ["", f'__all__ = ["{cls}", "Async{cls}"]']
    for prefix, client in (("", "PayCrypt"), ("Async", "AsyncPayCrypt")):
        lines += [
            "",
            "",
            f"class {prefix}{cls}:",
            "    _paycrypt_namespace = True",
            "",
            f"    def __init__(self, client: {client}) -> None:",
            "        self._client = client",
        ]
        for child in children:
            name = prefix + cls + pascal(child)
            lines += [
                "",
                "    @cached_property",
                f"    def {child}(self) -> {name}:",
                f"        from .{child} import {name}",
                "",
                f"        return {name}(self._client)",
            ]
    return "\n".join(lines) + "\n"


def package_init() -> str:
    return (
        HEADER + '"""One module per API area; each holds a sync class and its async twin.\n\n'
        "Reach them through a client (``client.payments``, ``client.admin.clients``),\n"
        "which imports each module on first use. Generated from openapi.yaml: see\n"
        "python-sdk/README.md for the naming rule.\n"
        '"""\n'
    )


def enums_module(spec: Spec) -> str:
    lines = [
        HEADER,
        '"""The spec\'s named enums as ``Literal`` aliases (``typing`` only: cheap to import).',
        "",
        "``typing.get_args(PaymentStatus)`` lists the values, e.g. for a command line's choices.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Literal, TypeAlias",
        "",
        "__all__ = [" + ", ".join(f'"{n}"' for n in sorted(spec.aliases)) + "]",
    ]
    for name, alias in spec.aliases.items():
        lines += ["", f"{name}: TypeAlias = {alias}"]
        desc = str(spec.schemas[name].get("description", "")).strip()
        if desc:
            lines.append('"""' + docstring(desc, "").lstrip() + '"""')
    return "\n".join(lines) + "\n"


def render(spec: Spec) -> dict[Path, str]:
    ops = spec.operations()
    by_resource: dict[tuple[str, ...], list[Operation]] = {}
    for op in ops:
        by_resource.setdefault(op.resource, []).append(op)
    groups: dict[str, list[str]] = {}
    for resource in by_resource:
        if len(resource) == 2:
            groups.setdefault(resource[0], []).append(resource[1])
    clash = set(groups) & {r[0] for r in by_resource if len(r) == 1}
    if clash:
        raise SystemExit(f"{sorted(clash)} is both a resource and a group of resources")
    files: dict[Path, str] = {RESOURCES / "__init__.py": package_init(), ENUMS: enums_module(spec)}
    for resource, resource_ops in by_resource.items():
        target = RESOURCES.joinpath(*resource).with_suffix(".py")
        files[target] = resource_module(resource, resource_ops)
    for group, children in groups.items():
        files[RESOURCES / group / "__init__.py"] = group_module(group, children)
    return {path: black.format_str(text, mode=BLACK_MODE) for path, text in sorted(files.items())}


def stale(files: dict[Path, str]) -> list[Path]:
    """Python files under resources/ that the spec no longer produces (all of resources/ is generated)."""
    return sorted(p for p in RESOURCES.rglob("*.py") if p not in files)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="fail (exit 1) if any file is out of date"
    )
    args = parser.parse_args()
    spec = Spec(yaml.safe_load(SPEC.read_text(encoding="utf-8")))
    files = render(spec)
    if args.check:
        drift = False
        for path, fresh in files.items():
            current = path.read_text(encoding="utf-8") if path.exists() else ""
            if current != fresh:
                drift = True
                rel = str(path.relative_to(REPO))
                diff = difflib.unified_diff(
                    current.splitlines(keepends=True),
                    fresh.splitlines(keepends=True),
                    rel,
                    "regenerated",
                )
                sys.stdout.writelines(list(diff)[:80])
        for path in stale(files):
            drift = True
            print(f"{path.relative_to(REPO)} is not generated from openapi.yaml (remove it)")
        if drift:
            print("resources are out of date: run `make generate`", file=sys.stderr)
            return 1
        print(f"{len(files)} resource and enum files are up to date")
        return 0
    for path in stale(files):
        path.unlink()
    for path, text in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
