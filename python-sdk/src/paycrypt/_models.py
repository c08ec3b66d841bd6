"""The base class of every generated model (see ``types/_generated/``), and lenient parsing.

Responses are validated normally. If a response does not match the models this
SDK was generated from — the gateway added a payment status, a currency code of
another shape, a value outside today's constraints — the call must not raise:
the request already succeeded (a payment may have been created). So on a
``ValidationError`` the SDK logs one warning per model and field (logger
``paycrypt``; field path and error type only, never values) and builds the
model *without* validation (:func:`construct_lenient`): valid fields keep their
validated types (datetimes, nested models), invalid ones are kept as received,
nested models and lists of models are still model instances, extra fields are
kept. The happy path is unchanged: one ``model_validate_json`` call.
"""

from __future__ import annotations

import json
import logging
import threading
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar, Union, cast

import pydantic
from pydantic import ConfigDict, TypeAdapter, ValidationError

__all__ = [
    "BaseModel",
    "construct_lenient",
    "validate_json_lenient",
    "validate_python_lenient",
    "warn_validation_error",
]

log = logging.getLogger("paycrypt")

M = TypeVar("M", bound=pydantic.BaseModel)


class BaseModel(pydantic.BaseModel):
    """Pydantic model that keeps unknown fields (``extra="allow"``).

    A gateway newer than this SDK may add fields; they stay readable as
    attributes and in ``model_dump()`` instead of failing validation.
    """

    model_config = ConfigDict(
        extra="allow", populate_by_name=True, protected_namespaces=(), defer_build=True
    )


# --------------------------------------------------------------------------- lenient parsing

_warned: set[tuple[str, str, str]] = set()
_warned_lock = threading.Lock()
_adapters: dict[tuple[type, str], TypeAdapter[Any] | None] = {}


def validate_json_lenient(cls: type[M], content: bytes | str) -> M:
    """``cls.model_validate_json(content)``; on a mismatch, warn once and construct without validation."""
    try:
        return cls.model_validate_json(content)
    except ValidationError as exc:
        try:
            data = json.loads(content)
        except ValueError:
            raise exc from None  # not JSON at all: nothing to be lenient about
        warn_validation_error(cls, exc)
        return cast(M, construct_lenient(cls, data))


def validate_python_lenient(cls: type[M], data: object) -> M:
    """``cls.model_validate(data)``; on a mismatch, warn once and construct without validation."""
    try:
        return cls.model_validate(data)
    except ValidationError as exc:
        warn_validation_error(cls, exc)
        return cast(M, construct_lenient(cls, data))


def warn_validation_error(cls: type, exc: ValidationError) -> None:
    """One warning line per response naming the fields (and error types) not warned about before.

    Each model, field path and error type is reported once per process; values are never logged.
    """
    model = f"{cls.__module__}.{cls.__qualname__}"
    new: list[str] = []
    for error in exc.errors(include_url=False, include_input=False, include_context=False):
        loc = (
            ".".join("*" if isinstance(part, int) else str(part) for part in error["loc"])
            or "<root>"
        )
        key = (model, loc, error["type"])
        with _warned_lock:
            if key in _warned:
                continue
            _warned.add(key)
        new.append(f"{loc} ({error['type']})")
    if new:
        log.warning(
            "paycrypt: the %s response does not match this SDK's schema at %s; "
            "using it as received, without validation (a newer paycrypt may know these values)",
            cls.__name__,
            ", ".join(new),
        )


def construct_lenient(type_: Any, value: Any) -> Any:
    """Build ``value`` as ``type_`` without failing: models recursively, unknown values as-is."""
    if value is None:
        return None
    type_ = _unwrap(type_)
    if isinstance(type_, type) and issubclass(type_, pydantic.BaseModel):
        if isinstance(value, type_):
            return value
        if issubclass(type_, pydantic.RootModel):
            root = type_.model_fields["root"]
            return type_.model_construct(_field_value(type_, "root", root, value))
        if not isinstance(value, Mapping):
            return value
        return _construct_model(type_, value)
    origin = typing.get_origin(type_)
    args = typing.get_args(type_)
    if origin in (list, tuple, set, frozenset) and isinstance(value, list):
        item = args[0] if args else Any
        return [construct_lenient(item, v) for v in value]
    if origin is dict and isinstance(value, Mapping):
        item = args[1] if len(args) == 2 else Any
        return {k: construct_lenient(item, v) for k, v in value.items()}
    if origin in (Union, types.UnionType):
        return _construct_union(args, value)
    return value


def _construct_model(cls: type[pydantic.BaseModel], value: Mapping[str, Any]) -> pydantic.BaseModel:
    if not cls.__pydantic_complete__:  # defer_build: resolve field annotations first
        cls.model_rebuild(raise_errors=False)
    fields: dict[str, Any] = {}
    used: set[str] = set()
    for name, info in cls.model_fields.items():
        key = name
        if info.alias is not None and info.alias in value:
            key = info.alias
        if key in value:
            used.add(key)
            fields[name] = _field_value(cls, name, info, value[key])
        elif info.is_required() and _accepts_none(info.annotation):
            fields[name] = None  # a nullable field the gateway stopped sending reads as None
    extra = {k: v for k, v in value.items() if k not in used and isinstance(k, str)}
    return cls.model_construct(**fields, **extra)


def _field_value(cls: type, name: str, info: Any, value: Any) -> Any:
    """The validated value of one field if it is valid on its own, else constructed leniently."""
    adapter = _adapter(cls, name, info)
    if adapter is not None:
        try:
            return adapter.validate_python(value)
        except ValidationError:
            pass
    return construct_lenient(info.annotation, value)


def _adapter(cls: type, name: str, info: Any) -> TypeAdapter[Any] | None:
    key = (cls, name)
    try:
        return _adapters[key]
    except KeyError:
        pass
    adapter: TypeAdapter[Any] | None
    try:
        annotation = info.annotation
        if info.metadata:
            annotation = typing.Annotated[(annotation, *info.metadata)]
        adapter = TypeAdapter(annotation)
    except Exception:  # an annotation a lone TypeAdapter cannot build: construct instead
        adapter = None
    _adapters[key] = adapter
    return adapter


def _construct_union(args: tuple[Any, ...], value: Any) -> Any:
    if not isinstance(value, Mapping):
        return value
    models = [
        a for a in map(_unwrap, args) if isinstance(a, type) and issubclass(a, pydantic.BaseModel)
    ]
    if not models:
        return value
    for model in models:  # one that validates wins
        try:
            return model.model_validate(value)
        except ValidationError:
            pass
    return construct_lenient(max(models, key=lambda m: _score(m, value)), value)


def _score(model: type[pydantic.BaseModel], value: Mapping[str, Any]) -> tuple[int, int]:
    """Literal fields that match (``object: "payment"``), then keys in common."""
    literal = common = 0
    for name, info in model.model_fields.items():
        key = info.alias or name
        if key not in value:
            continue
        common += 1
        ann = _unwrap(info.annotation)
        if typing.get_origin(ann) is typing.Literal:
            literal += 1 if value[key] in typing.get_args(ann) else -1
    return literal, common


def _unwrap(type_: Any) -> Any:
    while True:
        if typing.get_origin(type_) is typing.Annotated:
            type_ = typing.get_args(type_)[0]
        elif hasattr(type_, "__value__") and type(type_).__name__ == "TypeAliasType":
            type_ = type_.__value__
        else:
            return type_


def _accepts_none(annotation: Any) -> bool:
    ann = _unwrap(annotation)
    if ann is Any or ann is None or ann is type(None):
        return True
    if typing.get_origin(ann) in (Union, types.UnionType):
        return any(_unwrap(a) is type(None) for a in typing.get_args(ann))
    return False
