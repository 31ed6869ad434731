"""Reading spec nodes: schema keys and names, null, single-value constants, media types."""

from __future__ import annotations

from typing import Any

from generator.diagnostics import unescape_pointer_token
from generator.ir import Constraints, EnumBase, TypeKind, TypeRef
from generator.literals import pyrepr
from generator.names import class_name
from generator.spec import Location

# The _validation function that checks a value of each type kind (TypeRef.checker).
CHECKERS: dict[TypeKind, str] = {
    "str": "check_str", "int": "check_number", "float": "check_number", "bool": "check_bool",
    "datetime": "check_datetime", "rfc1123": "check_datetime", "unixtime": "check_datetime", "date": "check_date",
    "time": "check_time", "duration": "check_timedelta", "byte": "check_bytes", "base64url": "check_bytes",
    "enum": "check_enum", "list": "check_list", "dict": "check_dict", "model": "check_model",
    "bytes": "check_bytes", "binary": "check_binary", "text": "check_str",
    "any": "check_present", "stream": "check_present", "media": "check_present", "union": "check_union",
}


NO_CONSTRAINTS = Constraints()


def rules(constraints: Constraints, checker: str, name: str | None = None) -> tuple[tuple[str, str], ...]:
    """The keyword arguments (name, Python value) of ``checker`` for ``constraints``: only
    the rules it takes (JSON Schema ignores a keyword that does not fit the value's type,
    like ``minimum`` on a string), in its signature's order (TypeRef.rules); for a model,
    its class ``name`` (``model=Disk``)."""
    c = constraints
    found: list[tuple[str, str | None]] = []
    if checker == "check_model":
        found = [("model", name)]
    elif checker == "check_str":
        found = [
            ("min_length", None if c.min_length is None else str(c.min_length)),
            ("max_length", None if c.max_length is None else str(c.max_length)),
            ("pattern", None if c.pattern is None else c.pattern.name),
            ("fmt", None if c.format is None else pyrepr(c.format)),
        ]
    elif checker == "check_number":
        found = [
            ("minimum", None if c.minimum is None else pyrepr(c.minimum)),
            ("maximum", None if c.maximum is None else pyrepr(c.maximum)),
            ("exclusive_minimum", "True" if c.exclusive_minimum else None),
            ("exclusive_maximum", "True" if c.exclusive_maximum else None),
            ("multiple_of", None if c.multiple_of is None else pyrepr(c.multiple_of)),
        ]
    elif checker == "check_list":
        found = [
            ("min_items", None if c.min_items is None else str(c.min_items)),
            ("max_items", None if c.max_items is None else str(c.max_items)),
            ("unique_items", "True" if c.unique_items else None),
        ]
    elif checker == "check_enum":
        found = [("allowed", None if c.allowed is None else pyrepr(c.allowed))]
    return tuple((name, value) for name, value in found if value is not None)


def typed(
    kind: TypeKind,
    annotation: str,
    *,
    name: str | None = None,
    item: TypeRef | None = None,
    constraints: Constraints = NO_CONSTRAINTS,
    codec: str | None = None,
    enum_base: EnumBase | None = None,
    decode_check: str | None = None,
) -> TypeRef:
    """A TypeRef of ``kind``, with the checker its kind takes (every TypeRef is made here)."""
    return TypeRef(
        kind, annotation, name=name, item=item, constraints=constraints, codec=codec, enum_base=enum_base,
        decode_check=decode_check, checker=CHECKERS[kind], rules=rules(constraints, CHECKERS[kind], name),
        partial=partial(kind, codec, decode_check),
    )


# The kinds with a decode / encode partial of their own (templates/macros/type_<kind>.jinja).
OWN_PARTIALS = frozenset({"str", "int", "float", "bool", "enum", "model", "list", "dict", "union"})


def partial(kind: TypeKind, codec: str | None, decode_check: str | None) -> str:
    """The partial that decodes and encodes a value (TypeRef.partial): ``codec`` for a value
    sent as text in a format, ``checked`` for one checked on decoding (int32, uuid...), the
    kind's own, else ``plain`` (as it is: any, and bodies read or sent whole)."""
    if codec:
        return "codec"
    if decode_check:
        return "checked"
    return kind if kind in OWN_PARTIALS else "plain"


# format -> (kind and codec name, Python annotation) for strings that carry typed values.
STRING_CODECS: dict[str, tuple[TypeKind, str]] = {
    "date-time": ("datetime", "_dt.datetime"),
    "date-time-rfc3339": ("datetime", "_dt.datetime"),
    "date-time-rfc1123": ("rfc1123", "_dt.datetime"),
    "date": ("date", "_dt.date"),
    "time": ("time", "_dt.time"),
    "duration": ("duration", "_dt.timedelta"),
    "byte": ("byte", "bytes"),
    "base64url": ("base64url", "bytes"),
}


def single_value(node: dict[str, Any]) -> object | None:
    """The value of a schema whose enum allows exactly one literal, else None."""
    values = node.get("enum")
    ms_enum = node.get("x-ms-enum")
    if isinstance(ms_enum, dict) and ms_enum.get("modelAsString") is True:
        return None  # an open enum: other values are allowed, so it is not a constant
    if isinstance(values, list) and len(values) == 1 and isinstance(values[0], (str, int, float, bool)):
        return values[0]
    return None


def json_constant(node: dict[str, Any]) -> object | None:
    """The constant of a model property or JSON body: ``single_value``, but never for a
    string in a typed format (date-time, date...).  The format decides the type (a
    datetime), and the enum's literal is text, not a value of it: the value is asked for
    and sent through its codec.  (A path, query or header constant is sent as the text.)"""
    if node.get("type") == "string" and str(node.get("format", "")).lower() in STRING_CODECS:
        return None
    return single_value(node)


# Keywords that give a schema a type of its own, besides any oneOf / anyOf next to them.
TYPING_KEYWORDS = ("type", "properties", "items", "allOf", "additionalProperties", "$ref")


def is_null_schema(node: Any) -> bool:
    """``{"type": "null"}``, ``{"enum": [null]}`` or ``{"nullable": true}`` alone."""
    if not isinstance(node, dict):
        return False
    return node.get("type") == "null" or node.get("enum") == [None] or set(node) - {"description", "title"} == {"nullable"} and node["nullable"] is True


def allows_null(node: dict[str, Any]) -> bool:
    """OpenAPI 3.1 / JSON Schema nullability: ``type: [X, "null"]`` or a null member in oneOf / anyOf."""
    if isinstance(node.get("type"), list) and "null" in node["type"]:
        return True
    return any(isinstance(node.get(c), list) and any(is_null_schema(m) for m in node[c]) for c in ("oneOf", "anyOf"))


def schema_key(location: Location) -> str | None:
    """``X`` for a schema at ``/components/schemas/X`` or ``/definitions/X`` of any file."""
    head, _, key = location.pointer.rpartition("/")
    if head in ("/components/schemas", "/definitions") and key:
        return unescape_pointer_token(key)
    return None


def schema_name(node: Any, location: Location) -> str | None:
    """The name a schema at ``/components/schemas/X`` or ``/definitions/X`` gives its class:
    its ``x-ms-client-name``, else ``X``."""
    key = schema_key(location)
    if key is None:
        return None
    client_name = node.get("x-ms-client-name") if isinstance(node, dict) else None
    return client_name.strip() if isinstance(client_name, str) and client_name.strip() else key


def class_of_named(node: Any, name: str) -> str:
    """The class name a named schema asks for: its x-ms-enum name (an enum), else its own."""
    ms = node.get("x-ms-enum") if isinstance(node, dict) and isinstance(node.get("enum"), list) else None
    ms_name = ms.get("name") if isinstance(ms, dict) else None
    return class_name(ms_name if isinstance(ms_name, str) and ms_name else name, "Enum" if ms is not None or isinstance(node, dict) and "enum" in node else "Model")


_JSON_TYPES = ("application/json", "text/json")


def is_json(media_type: str) -> bool:
    base = media_type.split(";")[0].strip().lower()
    return base in _JSON_TYPES or base.endswith("+json")


FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


# A request body given as bytes or a binary file object, sent as it is.
BINARY = typed("binary", "bytes | _t.IO[bytes]")


# A response body handed over unread: the caller iterates over its chunks.
STREAM = typed("stream", "ByteStream")


def media_base(media_type: str) -> str:
    return media_type.split(";")[0].strip().lower()


def is_binary_schema(node: Any) -> bool:
    """``type: file`` (Swagger 2.0), or ``format: binary`` / ``format: file`` on a string
    or object schema: raw bytes, not JSON."""
    if not isinstance(node, dict):
        return False
    if node.get("type") == "file":
        return True
    return node.get("format") in ("binary", "file") and node.get("type") in (None, "string", "object")
