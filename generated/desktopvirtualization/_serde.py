"""Turning JSON values into typed Python values and back (runtime of this package).

Each ``as_*`` / ``parse_*`` function checks one value of a response and raises
:class:`DeserializationError` naming the model and field when the
service sent something the spec does not allow.

Reading is tolerant, as the official SDKs' is: a required value that is absent or null, an
empty body where JSON was declared (None), an integer outside its format's range or a
``format: uuid`` string that is not a UUID (kept as sent) are accepted, and each such
deviation is logged once per process at DEBUG (see :func:`tolerate`). A client made with
``strict_responses=True`` decodes in strict mode (:data:`STRICT`, set by :func:`strictly`
around its decoding), where they raise :class:`DeserializationError`.
A value of the wrong JSON type raises in both modes.

This module is the one namespace generated code calls (``_serde.<name>``). It holds the
JSON-type checks; the rest it takes from ``_tolerance`` (strict mode, tolerated
deviations), ``_formats`` (``parse_<format>`` / ``format_<format>``) and ``_wire``
(bodies, headers, the text of path, query and header values), each name bound here once
at import, so a call costs the same one attribute lookup as one defined here.
"""

from __future__ import annotations

import enum as _enum
import importlib as _importlib
import typing as _t

from ._formats import (
    format_base64url,
    format_byte,
    format_date,
    format_datetime,
    format_duration,
    format_rfc1123,
    format_time,
    format_unixtime,
    parse_base64url,
    parse_byte,
    parse_date,
    parse_datetime,
    parse_duration,
    parse_int32,
    parse_int64,
    parse_rfc1123,
    parse_time,
    parse_unixtime,
    parse_uuid,
)
from ._tolerance import _TOLERATED as _TOLERATED  # tests clear it through _serde
from ._tolerance import STRICT, empty_body, fail, missing, strictly, tolerate
from ._wire import (
    binary_content,
    cookie_header,
    cookie_param,
    form_urlencoded,
    header,
    header_param,
    json_body,
    json_bytes,
    json_text,
    multipart,
    path_param,
    path_segment,
    query_param,
    to_wire,
    unreserved,
)

__all__ = [
    "LazyModule",
    "STRICT",
    "as_dict",
    "as_enum",
    "as_float",
    "as_int",
    "as_list",
    "binary_content",
    "cookie_header",
    "cookie_param",
    "empty_body",
    "form_urlencoded",
    "format_base64url",
    "format_byte",
    "format_date",
    "format_datetime",
    "format_duration",
    "format_rfc1123",
    "format_time",
    "format_unixtime",
    "header",
    "header_param",
    "json_body",
    "json_bytes",
    "json_text",
    "missing",
    "multipart",
    "nested",
    "not_object",
    "parse_base64url",
    "parse_byte",
    "parse_date",
    "parse_datetime",
    "parse_duration",
    "parse_int32",
    "parse_int64",
    "parse_rfc1123",
    "parse_time",
    "parse_unixtime",
    "parse_uuid",
    "path_param",
    "path_segment",
    "query_param",
    "strictly",
    "to_wire",
    "tolerate",
    "unreserved",
    "wrong_type",
]


class LazyModule:
    """A sibling module imported when first used: a part of ``models`` refers to the
    models of other parts as ``_models_2.Name``, ``_models_2`` being bound to this (type
    checkers see the module itself).  The first attribute read imports the module and
    puts it in place of this object in ``namespace`` (the referring module's globals), so
    later reads are plain module attribute reads.  Parts may so refer to each other in
    cycles: nothing is imported while a part is being imported."""

    __slots__ = ("_name", "_key", "_namespace")

    def __init__(self, package: str, name: str, namespace: dict[str, _t.Any]) -> None:
        self._name = f"{package}.{name}"
        self._key = name
        self._namespace = namespace

    def __getattr__(self, attribute: str) -> _t.Any:
        module = _importlib.import_module(self._name)
        self._namespace[self._key] = module
        return getattr(module, attribute)

    def __repr__(self) -> str:
        return f"<LazyModule {self._name}>"


def not_object(value: object, where: str) -> _t.NoReturn:
    raise fail(where, "a JSON object", value)


def nested(data: _t.Mapping[str, _t.Any], path: tuple[str, ...], where: str) -> _t.Any:
    """The value at ``path`` inside nested JSON objects (a flattened property), or None
    when a level is absent or null; a level that is not an object is an error."""
    value: _t.Any = data
    for key in path:
        if value is None:
            return None
        if type(value) is not dict:
            raise fail(where, "a JSON object around it", value)
        value = value.get(key)
    return value


def wrong_type(value: object, where: str, expected: str) -> _t.NoReturn:
    raise fail(where, expected, value)


def as_int(value: object, where: str) -> int:
    if type(value) is int:
        return value
    if type(value) is float and value.is_integer():
        return int(value)
    raise fail(where, "an integer", value)


def as_float(value: object, where: str) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise fail(where, "a number", value)


def as_list(value: object, where: str) -> list[_t.Any]:
    if isinstance(value, list):
        return value
    raise fail(where, "a JSON array", value)


def as_dict(value: object, where: str) -> dict[str, _t.Any]:
    if isinstance(value, dict):
        return value
    raise fail(where, "a JSON object", value)


_E = _t.TypeVar("_E", bound=_enum.Enum)


def as_enum(cls: type[_E], value: object, where: str) -> _t.Any:
    """The member for ``value``, or ``value`` itself when the spec does not list it; a
    value of another JSON type than the enum's is an error."""
    kinds = (str,) if issubclass(cls, str) else (int,) if issubclass(cls, int) else (int, float)
    if isinstance(value, kinds) and not isinstance(value, bool):
        member = cls._value2member_map_.get(value)
        return value if member is None else member
    raise fail(where, f"a {cls.__name__} value", value)
