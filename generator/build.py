"""Stage 4: turn a resolved spec into the intermediate model (:mod:`generator.ir`).

All decisions are made here: Python names (through :mod:`generator.names`), types and
their annotations, which parameters belong to the client, constants, validation rules,
and the translation of spec patterns into Python regular expressions.  Each schema,
parameter and operation is visited once; named schemas are cached by location, so
recursive and heavily shared schemas cost one build each.

Anything the builder cannot represent is reported as a warning with its JSON pointer
(``--strict`` turns warnings into failures); nothing is dropped silently.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator import __version__
from generator.diagnostics import (
    Diagnostic,
    GenerationError,
    Level,
    pointer,
    unescape_pointer_token,
)
from generator.imports import model_patterns, module_imports
from generator.ir import (
    Api,
    Client,
    Constraints,
    EnumType,
    EnumValue,
    Model,
    Operation,
    OperationGroup,
    Pattern,
    Property,
    TypeRef,
)
from generator.names import (
    FIELD_SHADOWED_BUILTINS,
    NameRegistry,
    attribute_name,
    class_name,
    enum_member_name,
    pascal_case,
    unshadowed,
)
from generator.resolve import Location, Spec

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keyword-only options every generated operation method takes (see the runtime templates).
CALL_OPTIONS = frozenset({"timeout", "deadline", "retries", "client_request_id"})
CLIENT_OPTIONS = frozenset(
    {"credential", "endpoint", "http_client", "timeout", "deadline", "retries", "user_agent", "credential_scopes", "log_bodies", "auto_request_id", "close", "config"}
)
CLIENT_PARAMETER_NAMES = frozenset({"subscriptionId", "api-version"})
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")
# Class-like names the runtime modules define or import next to the models (models are
# imported into _operations.py and _client.py): a model or enum never takes one.
RUNTIME_NAMES = frozenset(
    {
        "AccessToken", "AsyncItemPaged", "AsyncPipeline", "AsyncTokenCredential", "ByteStream", "Call", "ClientConfig", "ItemPaged", "Pipeline", "Request",
        "RetryPolicy", "TimeoutTypes", "TokenCredential", "TracebackType", "AzureError", "ClientAuthenticationError",
        "DeserializationError", "HttpResponseError", "ParameterValidationError", "ResourceExistsError",
        "ResourceNotFoundError", "ServiceRequestError",
    }
)


@dataclass(frozen=True)
class BuildResult:
    api: Api
    warnings: tuple[Diagnostic, ...]


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def translate_pattern(source: str) -> str:
    """ECMA-262 pattern -> Python ``re`` source with the same meaning.

    ``$`` becomes ``\\Z`` (in Python ``$`` also matches before a trailing newline, which
    would let ``"name\\n"`` through), and ``(?<name>`` becomes ``(?P<name>``.  Character
    classes and escapes are left alone.  Compiled with ``re.ASCII`` so ``\\d`` and ``\\w``
    are ASCII, as in ECMA-262.
    """
    out: list[str] = []
    i, in_class = 0, False
    while i < len(source):
        ch = source[i]
        if ch == "\\" and i + 1 < len(source):
            out.append(source[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "$":
            ch = r"\Z"
        elif source.startswith("(?<", i) and i + 3 < len(source) and source[i + 3] not in "=!":
            ch, i = "(?P<", i + 2
        out.append(ch)
        i += 1
    return "".join(out)


# format -> (kind and codec name, Python annotation) for strings that carry typed values.
_STRING_CODECS = {
    "date-time": ("datetime", "_dt.datetime"),
    "date-time-rfc3339": ("datetime", "_dt.datetime"),
    "date-time-rfc1123": ("rfc1123", "_dt.datetime"),
    "date": ("date", "_dt.date"),
    "time": ("time", "_dt.time"),
    "duration": ("duration", "_dt.timedelta"),
    "byte": ("byte", "bytes"),
    "base64url": ("base64url", "bytes"),
}


def _single_value(node: dict[str, Any]) -> object | None:
    """The value of a schema whose enum allows exactly one literal, else None."""
    values = node.get("enum")
    ms_enum = node.get("x-ms-enum")
    if isinstance(ms_enum, dict) and ms_enum.get("modelAsString") is True:
        return None  # an open enum: other values are allowed, so it is not a constant
    if isinstance(values, list) and len(values) == 1 and isinstance(values[0], (str, int, float, bool)):
        return values[0]
    return None


def _json_constant(node: dict[str, Any]) -> object | None:
    """The constant of a model property or JSON body: ``_single_value``, but never for a
    string in a typed format (date-time, date...).  The format decides the type (a
    datetime), and the enum's literal is text, not a value of it: the value is asked for
    and sent through its codec.  (A path, query or header constant is sent as the text.)"""
    if node.get("type") == "string" and str(node.get("format", "")).lower() in _STRING_CODECS:
        return None
    return _single_value(node)


# Keywords that give a schema a type of its own, besides any oneOf / anyOf next to them.
_TYPING_KEYWORDS = ("type", "properties", "items", "allOf", "additionalProperties", "$ref")


def _is_null_schema(node: Any) -> bool:
    """``{"type": "null"}``, ``{"enum": [null]}`` or ``{"nullable": true}`` alone."""
    if not isinstance(node, dict):
        return False
    return node.get("type") == "null" or node.get("enum") == [None] or set(node) - {"description", "title"} == {"nullable"} and node["nullable"] is True


def _allows_null(node: dict[str, Any]) -> bool:
    """OpenAPI 3.1 / JSON Schema nullability: ``type: [X, "null"]`` or a null member in oneOf / anyOf."""
    if isinstance(node.get("type"), list) and "null" in node["type"]:
        return True
    return any(isinstance(node.get(c), list) and any(_is_null_schema(m) for m in node[c]) for c in ("oneOf", "anyOf"))


def _schema_key(location: Location) -> str | None:
    """``X`` for a schema at ``/components/schemas/X`` or ``/definitions/X`` of any file."""
    head, _, key = location.pointer.rpartition("/")
    if head in ("/components/schemas", "/definitions") and key:
        return unescape_pointer_token(key)
    return None


def _schema_name(node: Any, location: Location) -> str | None:
    """The name a schema at ``/components/schemas/X`` or ``/definitions/X`` gives its class:
    its ``x-ms-client-name``, else ``X``."""
    key = _schema_key(location)
    if key is None:
        return None
    client_name = node.get("x-ms-client-name") if isinstance(node, dict) else None
    return client_name.strip() if isinstance(client_name, str) and client_name.strip() else key


@dataclass(frozen=True)
class _EnumOccurrence:
    """One schema with an ``x-ms-enum`` name, or the merged enum of all those of one name."""

    location: Location
    base: str  # "str", "int" or "float"
    values: tuple[Any, ...]  # in spec order, each once
    descriptions: dict[Any, str]  # x-ms-enum values[].description by value
    value_names: dict[Any, str]  # x-ms-enum values[].name by value
    open: bool  # modelAsString
    description: str


def merge_enums(
    occurrences: dict[str, list[_EnumOccurrence]], where: Any
) -> tuple[dict[tuple[str, str], _EnumOccurrence], list[tuple[str, str, Location]], bool]:
    """The enums that share an ``x-ms-enum`` name merged into one, as the Azure SDK does.

    Occurrences of one name and value type make one enum: the union of their values (the
    first occurrence's, then each new one in the order met), open if any is
    ``modelAsString``, each value's first non-empty description, the first non-empty
    description.  Occurrences whose values are of another type (strings and numbers) stay
    enums of their own (``Name2``).  Returns the merged enums by (name, value type), the
    conflicts (code, message, the later occurrence's location; ``where`` shows a location
    as ``file#pointer``), and whether any two occurrences differ in values or openness
    (else building once was enough).

    A conflict is what merging cannot reconcile, each warned at the later occurrence,
    naming the earlier one: values of another type; ``x-ms-enum.values`` giving one value
    two names or one name to two values; one value with two different descriptions; two
    values that differ only in their spelling (``Pooled``, ``pooled``) and so in their
    member names.  Values one occurrence has and another has not, or a different
    ``modelAsString``, are not conflicts: that is what merging is for.
    """
    merged: dict[tuple[str, str], _EnumOccurrence] = {}
    conflicts: list[tuple[str, str, Location]] = []
    differs = False
    for ms_name, found in occurrences.items():
        first_of: dict[str, _EnumOccurrence] = {}
        for occ in found:
            first = first_of.setdefault(occ.base, occ)
            if first is not occ and (first.values, first.open) != (occ.values, occ.open):
                differs = True
            if occ.base != found[0].base and first is occ:
                conflicts.append((
                    "enum-conflict",
                    f"x-ms-enum {ms_name!r} has {occ.base} values here and {found[0].base} values at {where(found[0].location)}; "
                    f"kept as separate enums",
                    occ.location,
                ))
        for base, first in first_of.items():
            values: list[Any] = []
            descriptions: dict[Any, str] = {}
            value_names: dict[Any, str] = {}
            origin: dict[Any, Location] = {}  # where each value, name or member was first met
            name_origin: dict[str, tuple[Any, Location]] = {}
            member_origin: dict[str, tuple[Any, Location]] = {}
            description = ""
            for occ in (o for o in found if o.base == base):
                problems: list[str] = []
                described: dict[Location, list[Any]] = {}  # values described otherwise, by where
                for value in occ.values:
                    if value not in origin:
                        member = enum_member_name(value)
                        seen = member_origin.get(member)
                        if seen is not None and seen[1] != occ.location:
                            problems.append(f"{value!r} and {seen[0]!r} ({where(seen[1])}) differ only in spelling")
                        member_origin.setdefault(member, (value, occ.location))
                        origin[value] = occ.location
                        values.append(value)
                    text = occ.descriptions.get(value, "")
                    if text and descriptions.get(value) and descriptions[value] != text:
                        described.setdefault(origin[value], []).append(value)
                    elif text and not descriptions.get(value):
                        descriptions[value] = text
                    given = occ.value_names.get(value)
                    if given is not None:
                        if value_names.get(value, given) != given:
                            problems.append(f"{value!r} is named {value_names[value]!r} at {where(origin[value])}, {given!r} here")
                        seen_name = name_origin.get(given)
                        if seen_name is not None and seen_name[0] != value:
                            problems.append(f"the name {given!r} is given to {seen_name[0]!r} at {where(seen_name[1])}")
                        value_names.setdefault(value, given)
                        name_origin.setdefault(given, (value, occ.location))
                description = description or occ.description
                for at, differing in described.items():
                    problems.append(f"{', '.join(repr(v) for v in differing)} {'is' if len(differing) == 1 else 'are'} described otherwise at {where(at)}")
                if problems:
                    conflicts.append((
                        "enum-conflict",
                        f"x-ms-enum {ms_name!r} conflicts with another schema of that name: " + "; ".join(problems)
                        + "; merged into one enum (the union of the values, the first description of each)",
                        occ.location,
                    ))
            merged[(ms_name, base)] = _EnumOccurrence(
                first.location, base, tuple(values), descriptions, value_names, any(o.open for o in found if o.base == base), description
            )
    return merged, conflicts, differs


@dataclass
class _Builder:
    spec: Spec
    file: str
    warnings: list[Diagnostic] = field(default_factory=list)
    errors: list[Diagnostic] = field(default_factory=list)
    classes: NameRegistry = field(default_factory=lambda: NameRegistry(RUNTIME_NAMES))
    models: dict[Location, Model | None] = field(default_factory=dict)
    model_order: list[Location] = field(default_factory=list)
    enums: dict[Location, EnumType] = field(default_factory=dict)
    types: dict[Location, TypeRef] = field(default_factory=dict)
    patterns: dict[str, Pattern] = field(default_factory=dict)
    schema_names: dict[Location, str] = field(default_factory=dict)
    named_enums: dict[tuple[Any, ...], TypeRef] = field(default_factory=dict)
    # x-ms-enum names: every occurrence met (in build order), and, on a second build, the
    # merged enum of each name and value type (see merge_enums).
    enum_occurrences: dict[str, list[_EnumOccurrence]] = field(default_factory=dict)
    merged_enums: dict[tuple[str, str], _EnumOccurrence] = field(default_factory=dict)
    # The clean class names of the spec's named schemas: an inline schema's derived name
    # (``<Holder><Property>``) never takes one, whichever is built first.
    named_classes: frozenset[str] = frozenset()
    warned: set[Diagnostic] = field(default_factory=set)
    model_nodes: dict[Location, dict[str, Any]] = field(default_factory=dict)
    parents: dict[Location, list[Location]] = field(default_factory=dict)  # allOf $refs to models, in order

    # -- diagnostics ---------------------------------------------------------
    def warn(self, code: str, message: str, location: Location) -> None:
        warning = Diagnostic(Level.WARNING, code, message, self._file(location), location.pointer)
        if warning not in self.warned:  # a shared component (a $ref'd response, say) warns once
            self.warned.add(warning)
            self.warnings.append(warning)

    def fail(self, code: str, message: str, location: Location) -> None:
        self.errors.append(Diagnostic(Level.ERROR, code, message, self._file(location), location.pointer))

    def _file(self, location: Location) -> str:
        location = self.spec.origin(location)
        if location.file == self.spec.root.path:
            return self.file
        return str(location.file)

    # -- schemas -------------------------------------------------------------
    def named_schemas(self) -> list[tuple[str, Location]]:
        root = self.spec.root_location
        if self.spec.version == "2.0":
            container, at = self.spec.data.get("definitions") or {}, root.child("definitions")
        else:
            container = (self.spec.data.get("components") or {}).get("schemas") or {}
            at = root.child("components", "schemas")
        return [(str(key), at.child(key)) for key in container]

    def type_of(self, node: Any, location: Location, hint: str) -> TypeRef:
        """The type of the schema ``node`` found at ``location``; ``hint`` names inline models."""
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            node, location = self.spec.deref(node, location)
            hint = self.schema_names.get(location) or _schema_name(node, location) or hint
        cached = self.types.get(location)
        if cached is not None:
            return cached
        if not isinstance(node, dict):
            if node is not True and node != {}:
                self.warn("bad-schema", "schema is not an object; typed as Any", location)
            return TypeRef("any", "_t.Any")
        built = self._build_type(node, location, hint)
        self.types[location] = built
        return built

    def _build_type(self, node: dict[str, Any], location: Location, hint: str) -> TypeRef:
        schema_type = node.get("type")
        if isinstance(schema_type, list):  # OpenAPI 3.1: ["string", "null"]
            non_null = [t for t in schema_type if t != "null"]
            schema_type = non_null[0] if len(non_null) == 1 else None
            if len(non_null) > 1:
                self.warn("unsupported-type", f"type {non_null} (several types) is not modelled; typed as Any", location.child("type"))
        single = self._single_member(node, location)
        if single is not None:  # oneOf / anyOf of one schema (and null): that schema
            return self.type_of(single[0], single[1], hint)
        self._check_unmodelled(node, location)
        constraints = self.constraints(node, location)
        codec_format = schema_type == "string" and str(node.get("format", "")).lower() in _STRING_CODECS
        number_enum = (
            schema_type == "number"
            and isinstance(node.get("x-ms-enum"), dict)
            and (node["x-ms-enum"].get("modelAsString") is True or len(node.get("enum") or []) > 1)
        )
        if "enum" in node and isinstance(node["enum"], list) and (schema_type in (None, "string", "integer") or number_enum) and not codec_format:
            return self.enum_type(node, location, hint, schema_type)
        if schema_type == "array" or "items" in node and schema_type is None:
            item = self.element(node.get("items", {}), location.child("items"), hint + "Item")
            return TypeRef("list", f"list[{item.annotation}]", item=item, constraints=constraints)
        if schema_type == "object" or schema_type is None and ("properties" in node or "allOf" in node or "additionalProperties" in node):
            if node.get("properties") or node.get("allOf"):
                return self.model_type(node, location, hint)
            extra = node.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.element(extra, location.child("additionalProperties"), hint + "Value")
                return TypeRef("dict", f"dict[str, {value.annotation}]", item=value, constraints=constraints)
            return TypeRef("dict", "dict[str, _t.Any]", item=TypeRef("any", "_t.Any"), constraints=constraints)
        for combinator in ("oneOf", "anyOf"):
            if combinator in node:
                self.warn("unsupported-combinator", f"{combinator} is not modelled yet; typed as Any", location.child(combinator))
                return TypeRef("any", "_t.Any")
        fmt = node.get("format")
        if schema_type == "string":
            codec = _STRING_CODECS.get(str(fmt).lower()) if fmt is not None else None
            if codec is not None:
                return TypeRef(codec[0], codec[1], constraints=constraints, codec=codec[0])
            if fmt == "binary" and node.get("in") in ("body", "formData"):
                return TypeRef("bytes", "bytes")
            if constraints.format == "uuid":  # still a str, checked on decoding (sent as it is)
                return TypeRef("str", "str", constraints=constraints, decode_check="uuid")
            return TypeRef("str", "str", constraints=constraints)
        if schema_type == "file":  # Swagger 2.0: a binary body or form field
            return TypeRef("bytes", "bytes")
        if schema_type == "integer" and fmt == "unixtime":
            return TypeRef("unixtime", "_dt.datetime", constraints=constraints, codec="unixtime")
        if schema_type == "integer":
            bits = {"int32": 31, "int64": 63}.get(str(fmt))
            if bits is None:
                return TypeRef("int", "int", constraints=constraints)
            low, high = -(2**bits), 2**bits - 1  # the format's range is a constraint too
            constraints = dataclasses.replace(
                constraints,
                minimum=low if constraints.minimum is None else max(constraints.minimum, low),
                maximum=high if constraints.maximum is None else min(constraints.maximum, high),
            )
            return TypeRef("int", "int", constraints=constraints, decode_check=str(fmt))
        if schema_type == "number":
            return TypeRef("float", "float", constraints=constraints)
        if schema_type == "boolean":
            return TypeRef("bool", "bool", constraints=constraints)
        if schema_type not in (None, "object"):
            self.warn("unknown-type", f"unknown schema type {schema_type!r}; typed as Any", location.child("type"))
        return TypeRef("any", "_t.Any")

    def element(self, node: Any, location: Location, hint: str) -> TypeRef:
        """The type of an array's items or a dict's values: ``X | None`` when the schema
        allows null (``x-nullable`` / ``nullable``, also next to a ``$ref``)."""
        element = self.type_of(node, location, hint)
        resolved = self.spec.deref(node, location)[0] if isinstance(node, dict) else node
        nullable = any(
            isinstance(n, dict) and (n.get("x-nullable") is True or n.get("nullable") is True or _allows_null(n)) for n in (node, resolved)
        )
        if not nullable or element.kind == "any":
            return element
        return dataclasses.replace(element, nullable=True, annotation=f"{element.annotation} | None")

    def _single_member(self, node: dict[str, Any], location: Location) -> tuple[Any, Location] | None:
        """The one non-null member of a ``oneOf`` / ``anyOf`` that is all the schema says."""
        if any(key in node for key in _TYPING_KEYWORDS):
            return None
        for combinator in ("oneOf", "anyOf"):
            members = node.get(combinator)
            if isinstance(members, list) and not (set(node) & ({"oneOf", "anyOf"} - {combinator})):
                kept = [(m, location.child(combinator, i)) for i, m in enumerate(members) if not _is_null_schema(m)]
                if len(kept) == 1:
                    return kept[0]
        return None

    def _check_unmodelled(self, node: dict[str, Any], location: Location, merged: bool = False) -> None:
        """Warn about the keywords of ``node`` the generated code neither types nor checks
        (``merged``: an inline allOf member, of which only the properties count)."""
        typed = merged or any(key in node for key in _TYPING_KEYWORDS) or isinstance(node.get("enum"), list)
        for combinator in ("oneOf", "anyOf"):
            if combinator in node and typed:
                self.warn("unsupported-combinator", f"{combinator} next to the schema's own type is not checked; typed from the rest", location.child(combinator))
        if "not" in node:
            self.warn("unsupported-not", "'not' is not checked", location.child("not"))

    def constraints(self, node: dict[str, Any], location: Location) -> Constraints:
        def number(key: str) -> Any:
            value = node.get(key)
            return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None

        def count(key: str) -> int | None:
            value = node.get(key)
            return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None

        minimum, maximum = number("minimum"), number("maximum")
        exclusive_minimum, exclusive_maximum = node.get("exclusiveMinimum") is True, node.get("exclusiveMaximum") is True
        if number("exclusiveMinimum") is not None:  # OpenAPI 3.1 / JSON Schema 2019+
            minimum, exclusive_minimum = number("exclusiveMinimum"), True
        if number("exclusiveMaximum") is not None:
            maximum, exclusive_maximum = number("exclusiveMaximum"), True
        pattern = None
        if isinstance(node.get("pattern"), str):
            pattern = self.pattern(node["pattern"], location.child("pattern"))
        fmt = node.get("format") if node.get("format") in ("uuid",) else None
        return Constraints(
            min_length=count("minLength"),
            max_length=count("maxLength"),
            pattern=pattern,
            format=fmt,
            minimum=minimum,
            maximum=maximum,
            exclusive_minimum=exclusive_minimum,
            exclusive_maximum=exclusive_maximum,
            multiple_of=number("multipleOf"),
            min_items=count("minItems"),
            max_items=count("maxItems"),
            unique_items=node.get("uniqueItems") is True,
        )

    def pattern(self, source: str, location: Location) -> Pattern | None:
        found = self.patterns.get(source)
        if found is None:
            translated = translate_pattern(source)
            try:
                re.compile(translated, re.ASCII)
            except (re.error, RecursionError, OverflowError) as exc:
                self.warn("bad-pattern", f"pattern {source!r} cannot be compiled as a Python regular expression ({exc}); not checked", location)
                return None
            found = Pattern(f"_PATTERN_{len(self.patterns) + 1}", translated, source)
            self.patterns[source] = found
        return found

    def enum_type(self, node: dict[str, Any], location: Location, hint: str, schema_type: Any) -> TypeRef:
        raw = [v for v in node["enum"] if v is not None]
        numbers = [v for v in raw if isinstance(v, (int, float)) and not isinstance(v, bool)]
        if schema_type == "number" or numbers and any(isinstance(v, float) for v in numbers) and len(numbers) == len(raw):
            base = "float"
        elif schema_type == "integer" or raw and len(numbers) == len(raw):
            base = "int"
        else:
            base = "str"
        valid: Callable[[Any], bool] = {"str": lambda v: isinstance(v, str), "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
                 "float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)}[base]
        if not raw or not all(valid(v) for v in raw):
            self.warn("mixed-enum", "enum values are not all strings or all numbers; typed without an enum class", location.child("enum"))
            fallback = {"int": "int", "float": "float"}.get(base)
            return TypeRef(fallback or "any", fallback or "_t.Any")
        if base == "float":
            raw = [float(v) for v in raw]
        ms: dict[str, Any] = node["x-ms-enum"] if isinstance(node.get("x-ms-enum"), dict) else {}
        ms_name = ms.get("name") if isinstance(ms.get("name"), str) else None  # fuzzing: `name: true`
        descriptions: dict[Any, str] = {}
        value_names: dict[Any, str] = {}
        if isinstance(ms.get("values"), list):
            for entry in ms["values"]:
                if isinstance(entry, dict) and isinstance(entry.get("value"), (str, int, float)):
                    descriptions[entry["value"]] = _text(entry.get("description"))
                    if isinstance(entry.get("name"), str) and entry["name"].strip():
                        value_names[entry["value"]] = entry["name"].strip()
        is_open = bool(ms.get("modelAsString", False))
        description = _text(node.get("description"))
        key: tuple[Any, ...] | None = None
        if ms_name:
            occurrence = _EnumOccurrence(location, base, tuple(dict.fromkeys(raw)), descriptions, value_names, is_open, description)
            self.enum_occurrences.setdefault(ms_name, []).append(occurrence)
            merged = self.merged_enums.get((ms_name, base))
            if merged is not None:  # one enum for every occurrence of the name (merge_enums)
                key = (ms_name, base)
                raw, descriptions, is_open, description = list(merged.values), merged.descriptions, merged.open, merged.description
                location = merged.location
            else:  # the same x-ms-enum name with the same values, declared in several places, is one enum
                key = (ms_name, is_open, tuple(raw))
        if key is not None and key in self.named_enums:
            return self.named_enums[key]
        name = self.classes.claim(class_name(ms_name or hint, "Enum"), self._avoid(location, explicit=bool(ms_name)))
        members = NameRegistry({"mro"})
        values: list[EnumValue] = []
        seen: set[object] = set()
        for value in raw:
            if value in seen:
                continue
            seen.add(value)
            values.append(EnumValue(members.claim(enum_member_name(value)), value, descriptions.get(value, "")))
        enum = EnumType(
            name=name,
            description=description,
            values=tuple(values),
            base=base,
            open=is_open,
            pointer=location.pointer,
        )
        self.enums[location] = enum
        allowed = None if enum.open else tuple(v.value for v in values)
        constraints = Constraints(allowed=allowed)
        ref = TypeRef("enum", f"{name} | {enum.base}", name=name, constraints=constraints, enum_base=enum.base)
        if key is not None:
            self.named_enums[key] = ref
        return ref

    def _avoid(self, location: Location, explicit: bool = False) -> frozenset[str]:
        """The names a class for the schema at ``location`` must not take: the named
        schemas' own, unless it is one of them or has a name of its own (x-ms-enum)."""
        return frozenset() if explicit or _schema_key(location) is not None else self.named_classes

    def model_type(self, node: dict[str, Any], location: Location, hint: str) -> TypeRef:
        name = self.classes.claim(class_name(hint), self._avoid(location))
        ref = TypeRef("model", name, name=name)
        self.types[location] = ref  # before the properties: recursive models refer to themselves
        self.models[location] = None
        self.model_order.append(location)
        self.models[location] = self._build_model(node, location, name)
        return ref

    def register_model(self, location: Location, model: Model) -> None:
        """A model no schema defines (a parameter group), emitted with the others."""
        self.models[location] = model
        self.model_order.append(location)
        self.model_nodes[location] = {}
        self.parents[location] = []

    def _collect_properties(
        self, node: dict[str, Any], location: Location, out: dict[str, tuple[Any, Location]], required: set[str], depth: int = 0,
        extra: list[tuple[Any, Location]] | None = None,
    ) -> None:
        if depth > 50:
            self.fail("allof-cycle", "allOf nests too deep (a cycle?)", location)
            return
        for index, member in enumerate(node.get("allOf") or []):
            member_node, member_location = self.spec.deref(member, location.child("allOf", index))
            if isinstance(member_node, dict):
                if not (isinstance(member, dict) and "$ref" in member):  # a named schema is checked where it is built
                    self._check_unmodelled(member_node, member_location, merged=True)
                self._collect_properties(member_node, member_location, out, required, depth + 1, extra)
        if extra is not None and node.get("additionalProperties") not in (None, False):
            extra.append((node["additionalProperties"], location.child("additionalProperties")))
        for key, value in (node.get("properties") or {}).items():
            out[str(key)] = (value, location.child("properties", key))
        if isinstance(node.get("required"), list):
            required.update(str(r) for r in node["required"])

    def _flattened(self, node: Any, location: Location, prop_type: TypeRef, wire_name: str) -> Model | None:
        """The model whose properties an ``x-ms-client-flatten`` property brings into its
        own model, or None (with a warning) when it cannot be flattened."""
        model = self.models.get(self.spec.deref(node, location)[1]) if prop_type.kind == "model" else None
        if model is None or model.additional is not None or not model.properties:
            why = (
                "it is not an object with properties" if prop_type.kind != "model"
                else "its object also takes other keys (additionalProperties)" if model is not None and model.additional is not None
                else "its object has no properties" if model is not None
                else "its object contains this model"
            )
            self.warn("unsupported-flatten", f"x-ms-client-flatten is ignored: {wire_name!r} stays a nested value ({why})", location.child("x-ms-client-flatten"))
            return None
        return model

    def _holder_name(self, holder: Location, location: Location, name: str) -> str:
        """The class name that names the inline schemas of a property the model ``name`` (at
        ``location``) collected from the schema at ``holder``: the schema whose
        ``properties`` (or ``additionalProperties``) hold it.

        Inline ``allOf`` members are part of the schema that lists them, so ``/allOf/<n>``
        steps are dropped first.  A property of the model itself (or of its inline allOf
        members) takes ``name``, as before; one that comes from a base (an allOf ``$ref``)
        takes the base's class name (the base is built first if need be), so
        ``ResourceModelWithAllowedPropertySet/properties/identity`` is
        ``ResourceModelWithAllowedPropertySetIdentity`` whichever models derive from it,
        in whatever order.  ``name`` when the holder is not a model.
        """
        while re.search(r"/allOf/[0-9]+$", holder.pointer):
            holder = Location(holder.file, holder.pointer.rsplit("/", 2)[0])
        if holder == location:
            return name
        node = self.spec.node(holder)
        hint = self.schema_names.get(holder) or _schema_name(node, holder) or name
        built = self.type_of(node, holder, hint)
        return built.name if built.kind == "model" and built.name else name

    def _property_default(self, node: dict[str, Any], prop_type: TypeRef, required: bool, location: Location) -> tuple[object | None, str | None]:
        """A property's ``default``: the literal its field starts with, and the enum member
        that holds it (None for a value an open enum does not list), or (None, None).

        Strings, numbers, booleans and enum values are field defaults; ``null`` is what an
        optional or nullable field starts with anyway (on a required, non-nullable one it
        does not fit).  A default that does not fit the property's type or constraints, or
        of a type a field cannot start with as it is (a list, an object, a date-time's
        text), is warned about and ignored."""
        if "default" not in node:
            return None, None
        value = node["default"]
        at = location.child("default")
        if value is None:
            if required:
                self.warn("bad-default", "default null does not fit a required property that is not nullable; ignored", at)
            return None, None
        if prop_type.codec is not None or prop_type.kind not in ("str", "int", "float", "bool", "enum", "any") or isinstance(value, (list, dict)):
            self.warn(
                "unsupported-default",
                f"a default for a {prop_type.annotation} property is not a field default (only strings, numbers, booleans and enum values are); the field starts without it",
                at,
            )
            return None, None
        problem = _default_problem(value, prop_type)
        if problem is None and prop_type.kind == "enum":
            enum = next((e for e in self.enums.values() if e.name == prop_type.name), None)
            wanted = float(value) if prop_type.enum_base == "float" and isinstance(value, (int, float)) else value
            member = None if enum is None else next((v for v in enum.values if v.value == wanted), None)
            if member is not None:
                return member.value, member.name
            if enum is None or not enum.open:
                problem = "it is not one of the enum's values"
        if problem is not None:
            self.warn("bad-default", f"default {value!r} does not fit the property ({problem}); ignored", at)
            return None, None
        return (float(value) if prop_type.kind == "float" else value), None

    def _build_model(self, node: dict[str, Any], location: Location, name: str) -> Model:
        raw: dict[str, tuple[Any, Location]] = {}
        required: set[str] = set()
        extra: list[tuple[Any, Location]] = []
        self._collect_properties(node, location, raw, required, extra=extra)
        names = NameRegistry({"self", "from_dict", "to_dict"})
        properties: list[Property] = []
        for wire_name, (prop_node, prop_location) in raw.items():
            # An inline schema is named after the schema that holds it (AutoRest's rule), not
            # after whichever model built on that schema happens to be built first.
            holder = self._holder_name(Location(prop_location.file, prop_location.pointer.rsplit("/", 2)[0]), location, name)
            prop_type = self.type_of(prop_node, prop_location, holder + pascal_case(wire_name))
            resolved, _ = self.spec.deref(prop_node, prop_location)
            resolved = resolved if isinstance(resolved, dict) else {}
            local = prop_node if isinstance(prop_node, dict) else {}
            read_only = bool(local.get("readOnly") or resolved.get("readOnly"))
            if local.get("x-ms-client-flatten") is True:
                inner = self._flattened(prop_node, prop_location, prop_type, wire_name)
                if inner is not None:  # the nested object's properties become this model's own
                    for p in inner.properties:
                        # A name the model already has (Resource.type next to properties.type)
                        # takes the path it came from: type_properties_type, as AutoRest names it.
                        flat_name = p.name if p.name not in names else f"{p.name}_{attribute_name(wire_name)}_{p.name}"
                        properties.append(
                            dataclasses.replace(
                                p,
                                name=names.claim(flat_name),
                                wire_path=(wire_name, *p.wire_path),
                                required=p.required and wire_name in required,
                                read_only=p.read_only or read_only,
                                inherited=False,
                            )
                        )
                    continue
            description = _text(local.get("description")) or _text(resolved.get("description"))
            # x-ms-client-name renames the attribute; the JSON keeps the wire name.
            client_name = local.get("x-ms-client-name", resolved.get("x-ms-client-name"))
            python_name = attribute_name(client_name if isinstance(client_name, str) and client_name.strip() else wire_name)
            nullable = bool(resolved.get("nullable") or resolved.get("x-nullable")) or _allows_null(resolved)
            constant = _json_constant(resolved) if wire_name in required else None
            default, default_member = (
                self._property_default(local if "default" in local else resolved, prop_type, wire_name in required and not nullable, prop_location)
                if constant is None and not read_only
                else (None, None)
            )
            properties.append(
                Property(
                    name=names.claim(unshadowed(python_name, FIELD_SHADOWED_BUILTINS)),
                    wire_name=wire_name,
                    type=prop_type,
                    required=wire_name in required,
                    nullable=nullable,
                    read_only=read_only,
                    secret=bool(local.get("x-ms-secret") or resolved.get("x-ms-secret")),
                    description=description,
                    pointer=prop_location.pointer,
                    constant=constant,
                    default=default,
                    default_member=default_member,
                )
            )
        # Required properties first, so the dataclass constructor can take them without defaults.
        properties.sort(key=lambda p: not p.required)
        additional = None
        if extra:  # additionalProperties next to properties: the other keys go into a dict field
            extra_node, extra_location = extra[-1]
            holder = self._holder_name(Location(extra_location.file, extra_location.pointer.rsplit("/", 1)[0]), location, name)
            value = self.element(extra_node, extra_location, holder + "Value") if extra_node is not True else TypeRef("any", "_t.Any")
            additional = Property(
                name=names.claim("additional_properties"), wire_name="", type=TypeRef("dict", f"dict[str, {value.annotation}]", item=value),
                required=False, nullable=False, read_only=False, secret=False,
                description="The JSON keys the schema does not list, with their values.", pointer=extra_location.pointer,
            )
        # The models this one is built on (allOf $refs): the first becomes its Python base
        # once every model is built (link_models); their discriminators apply to it.
        self.model_nodes[location] = node
        self.parents[location] = []
        for index, member in enumerate(node.get("allOf") or []):
            if isinstance(member, dict) and isinstance(member.get("$ref"), str):
                member_location = location.child("allOf", index)
                if self.type_of(member, member_location, name + "Base").kind == "model":
                    self.parents[location].append(self.spec.deref(member, member_location)[1])
        return Model(
            name=name,
            description=_text(node.get("description")) or _text(node.get("title")),
            properties=tuple(properties),
            pointer=location.pointer,
            has_secrets=any(p.secret for p in properties),
            additional=additional,
        )

    # -- inheritance and polymorphism ------------------------------------------
    def _declared_discriminator(self, location: Location) -> tuple[str, dict[str, Any]] | None:
        """The discriminator property a schema declares, with its OpenAPI 3 ``mapping``."""
        declared = self.model_nodes[location].get("discriminator")
        if isinstance(declared, str) and declared:  # Swagger 2.0
            return declared, {}
        if isinstance(declared, dict) and isinstance(declared.get("propertyName"), str) and declared["propertyName"]:
            mapping = declared.get("mapping")
            return declared["propertyName"], mapping if isinstance(mapping, dict) else {}
        return None

    def _lineage(self, location: Location) -> list[Location]:
        """``location``, then every schema it is built on (allOf $refs, recursively), nearest first."""
        found: list[Location] = []
        pending = [location]
        while pending:
            current = pending.pop(0)
            if current not in found:
                found.append(current)
                pending.extend(self.parents.get(current, ()))
        return found

    def link_models(self) -> list[Location]:
        """Python inheritance and discriminator polymorphism, once every model is built.

        A model subclasses every model its allOf refers to whose fields it has unchanged
        (:func:`_can_subclass`), in allOf order; a parent that another of them already
        derives from is left out, and so is one that would make the method resolution
        order inconsistent (its fields are merged, as for a parent it cannot subclass).  A
        model with several bases can exist only if its bases' slot layouts do not clash:
        every model its later bases derive from (themselves included) that its first base
        does not derive from is generated without ``__slots__`` (``Model.slots``), and a
        ``__dict__`` class is layout-compatible with any slotted one.  The discriminator
        property of a schema and of every schema built on it is a class constant holding
        the schema's value (its ``mapping`` key, ``x-ms-discriminator-value``, or its
        name), and a model with descendants lists them by value for decoding.  Returns the
        model locations, each base before its subclasses.
        """
        built = {location: model for location, model in self.models.items() if model is not None}
        mapped: dict[Location, list[str]] = {}
        declaring: dict[Location, str] = {}
        for location in self.model_order:
            declared = self._declared_discriminator(location) if location in built else None
            if declared is None:
                continue
            prop, mapping = declared
            if not any(p.wire_name == prop for p in built[location].properties):
                self.warn("bad-discriminator", f"discriminator {prop!r} is not one of the schema's properties; not polymorphic", location.child("discriminator"))
                continue
            declaring[location] = prop
            for value, target in mapping.items():
                if isinstance(target, str):
                    ref = target if "/" in target or "#" in target else f"#/components/schemas/{target}"
                    try:
                        mapped.setdefault(self.spec.target(ref, location.file), []).append(str(value))
                    except ValueError:  # a remote reference: not one of the models
                        continue

        def values(location: Location) -> list[str]:
            ms_value = self.model_nodes[location].get("x-ms-discriminator-value")
            own = ms_value if isinstance(ms_value, str) else _schema_key(location) or built[location].name
            return mapped.get(location) or [own]

        def discriminable(p: Property) -> bool:  # a class constant holding a string fits its annotation
            if p.type.kind == "enum":
                return any(e.name == p.type.name and e.base == "str" for e in self.enums.values())
            return p.type.kind in ("str", "any")

        def parents_of(location: Location) -> list[Location]:  # the models its allOf refers to, each once
            return list(dict.fromkeys(p for p in self.parents.get(location, ()) if p in built and p != location))

        ordered: list[Location] = []
        visiting: set[Location] = set()

        def visit(location: Location) -> None:  # bases first
            if location in visiting:
                return
            visiting.add(location)
            for parent in parents_of(location):
                visit(parent)
            ordered.append(location)

        for location in self.model_order:
            if location in built:
                visit(location)
        final: dict[Location, Model] = {}
        children: dict[Location, list[Location]] = {}
        mro: dict[Location, list[Location]] = {}  # the Python method resolution order, the model first
        python_bases: dict[Location, list[Location]] = {}
        for location in ordered:
            model = built[location]
            lineage = self._lineage(location)
            constants = {declaring[a] for a in lineage if a in declaring}
            model = dataclasses.replace(
                model,
                properties=tuple(
                    dataclasses.replace(p, constant=values(location)[0]) if p.wire_name in constants and discriminable(p) else p
                    for p in model.properties
                ),
                discriminator=next((declaring[a] for a in lineage if a in declaring), None),
            )
            bases: list[Location] = []
            candidates = [p for p in parents_of(location) if p in final and _can_subclass(model, final[p])]
            for parent in candidates:
                if any(parent in mro[other] for other in candidates if other != parent):
                    continue  # another base derives from it already
                if _c3([mro[b] for b in [*bases, parent]] + [[*bases, parent]]) is not None:
                    bases.append(parent)
            mro[location] = [location, *(_c3([mro[b] for b in bases] + [bases]) or [])]
            python_bases[location] = bases
            if bases:
                in_bases: dict[str, list[Property]] = {}
                for base in bases:
                    for p in final[base].properties:
                        in_bases.setdefault(p.name, []).append(p)
                model = dataclasses.replace(
                    model,
                    bases=tuple(final[base].name for base in bases),
                    # A field is declared again when a base declares it otherwise (more
                    # optional, a different constant): the model's own declaration wins.
                    properties=tuple(
                        dataclasses.replace(p, inherited=p.name in in_bases and all(_same(p, q) for q in in_bases[p.name]))
                        for p in model.properties
                    ),
                    additional=None
                    if model.additional is None
                    else dataclasses.replace(model.additional, inherited=any(final[base].additional is not None for base in bases)),
                )
                for base in bases:
                    children.setdefault(base, []).append(location)
            final[location] = model

        # Two bases with slotted fields of their own clash ("multiple bases have instance
        # lay-out conflict"): what a later base brings besides the first base's ancestry
        # keeps its fields in a __dict__ instead.
        unslotted: set[Location] = set()
        for location in ordered:
            first, *later = python_bases[location] or [location]
            for other in later:
                unslotted.update(a for a in mro[other] if a not in mro[first])
        for location in unslotted:
            final[location] = dataclasses.replace(final[location], slots=False)

        # A model with descendants names them by discriminator value, for decoding.
        for location in ordered:
            model = final[location]
            if model.discriminator is None or location not in children:
                continue
            own = values(location)
            subtypes: dict[str, str] = {}
            pending = list(children[location])
            seen: set[Location] = set()
            while pending:
                descendant = pending.pop(0)
                if descendant in seen:  # below a diamond: reached through each of its bases
                    continue
                seen.add(descendant)
                pending.extend(children.get(descendant, ()))
                if final[descendant].discriminator == model.discriminator:
                    for value in values(descendant):
                        if value not in own:
                            subtypes.setdefault(value, final[descendant].name)
            final[location] = dataclasses.replace(model, subtypes=tuple(subtypes.items()))
        self.models.update(final)
        return ordered


def _class_of_named(node: Any, name: str) -> str:
    """The class name a named schema asks for: its x-ms-enum name (an enum), else its own."""
    ms = node.get("x-ms-enum") if isinstance(node, dict) and isinstance(node.get("enum"), list) else None
    ms_name = ms.get("name") if isinstance(ms, dict) else None
    return class_name(ms_name if isinstance(ms_name, str) and ms_name else name, "Enum" if ms is not None or isinstance(node, dict) and "enum" in node else "Model")


def _default_problem(value: object, type_ref: TypeRef) -> str | None:
    """Why the scalar ``value`` cannot be a field of type ``type_ref`` (str, int, float,
    bool, enum, any) as the generated checks see it, or None."""
    kind = type_ref.kind if type_ref.kind != "enum" else type_ref.enum_base or "str"
    if isinstance(value, bool):
        return None if kind in ("bool", "any") else "a boolean, not " + {"str": "a string", "int": "an integer", "float": "a number"}[kind]
    if kind == "any":
        return None if isinstance(value, (str, int, float)) else "not a JSON scalar"
    expected: dict[str, type | tuple[type, ...]] = {"str": str, "int": int, "float": (int, float), "bool": bool}
    if not isinstance(value, expected[kind]):
        what = {"str": "a string", "int": "an integer", "float": "a number", "bool": "a boolean"}
        return f"{'a string' if isinstance(value, str) else 'a number'}, not {what[kind]}"
    c = type_ref.constraints
    if isinstance(value, str):
        if c.min_length is not None and len(value) < c.min_length:
            return f"shorter than minLength {c.min_length}"
        if c.max_length is not None and len(value) > c.max_length:
            return f"longer than maxLength {c.max_length}"
        if c.pattern is not None and re.compile(c.pattern.source, re.ASCII).search(value) is None:
            return f"does not match the pattern {c.pattern.original!r}"
        if c.format == "uuid" and re.fullmatch(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", value) is None:
            return "not a uuid"
        return None
    number = float(value) if isinstance(value, float) else value
    assert isinstance(number, (int, float))
    if c.minimum is not None and (number < c.minimum or c.exclusive_minimum and number == c.minimum):
        return f"below the minimum {c.minimum}"
    if c.maximum is not None and (number > c.maximum or c.exclusive_maximum and number == c.maximum):
        return f"above the maximum {c.maximum}"
    if c.multiple_of and not math.isclose(number / c.multiple_of, round(number / c.multiple_of)):
        return f"not a multiple of {c.multiple_of}"
    return None


def _c3(sequences: list[list[Location]]) -> list[Location] | None:
    """The C3 merge Python uses for a class's method resolution order (each base's order,
    then the bases themselves), or None when no consistent order exists."""
    pending = [list(seq) for seq in sequences if seq]
    merged: list[Location] = []
    while pending:
        head = next((seq[0] for seq in pending if not any(seq[0] in other[1:] for other in pending)), None)
        if head is None:
            return None
        merged.append(head)
        pending = [rest for seq in pending if (rest := [x for x in seq if x != head])]
    return merged


def _same(a: Property, b: Property) -> bool:
    return dataclasses.replace(a, inherited=False) == dataclasses.replace(b, inherited=False)


def _can_subclass(model: Model, base: Model) -> bool:
    """Whether ``model`` can be a Python subclass of ``base``: each field of the base is one
    of its fields, with the same JSON name and annotation, no less required, a class
    constant in both or neither; and the same dict of other keys, if the base has one."""
    own = {p.name: p for p in model.properties}
    for p in base.properties:
        mine = own.get(p.name)
        if mine is None or mine.wire_name != p.wire_name or mine.type.annotation != p.type.annotation:
            return False
        if (mine.constant is None) != (p.constant is None):
            return False
        if (mine.nullable or not mine.required) and not (p.nullable or not p.required):
            return False
    if base.additional is None:
        return True
    return model.additional is not None and (model.additional.name, model.additional.type) == (base.additional.name, base.additional.type)


def build_api(spec: Spec, package: str, display_file: str, spec_files: dict[str, bytes]) -> BuildResult:
    """Build the :class:`~generator.ir.Api` of ``spec`` for the package ``package``."""
    from generator.build_operations import (  # operations need the schema builder
        OperationsBuilder,
        client_class_name,
    )

    def run(merged: dict[tuple[str, str], _EnumOccurrence]) -> tuple[_Builder, Client, tuple[OperationGroup, ...], tuple[Operation, ...]]:
        builder = _Builder(spec, display_file, merged_enums=merged)
        builder.classes.claim(client_class_name(spec.data))  # the client keeps its name; a model yields
        # Named schemas claim their clean names before any inline schema gets a derived one.
        for key, location in builder.named_schemas():
            builder.schema_names[location] = _schema_name(spec.node(location), location) or key
        named = builder.named_schemas()
        builder.named_classes = frozenset(_class_of_named(spec.node(location), builder.schema_names[location]) for _, location in named)
        for _key, location in named:
            builder.type_of(spec.node(location), location, builder.schema_names[location])
        ops = OperationsBuilder(builder)
        return (builder, *ops.build())

    builder, client, groups, root_operations = run({})
    # Enums sharing an x-ms-enum name are one enum; which schemas are met (and so what the
    # union is) is known only once everything is built: when they differ, build again
    # with the merged enums (every occurrence then gets the same class).
    merged, conflicts, differs = merge_enums(builder.enum_occurrences, lambda at: f"{builder._file(at)}#{at.pointer}")
    if differs and not builder.errors:
        builder, client, groups, root_operations = run(merged)
    for code, message, at in conflicts:
        builder.warn(code, message, at)
    if builder.errors:
        raise GenerationError(builder.errors + builder.warnings)
    digest = hashlib.sha256()
    for name in sorted(spec_files):
        digest.update(name.encode() + b"\0" + spec_files[name] + b"\0")
    models = tuple(m for loc in builder.link_models() if (m := builder.models[loc]) is not None)
    info = spec.data.get("info") or {}
    api = Api(
        package=package,
        title=_text(info.get("title")),
        version=str(info.get("version", "")),
        client=client,
        groups=groups,
        operations=root_operations,
        models=models,
        enums=tuple(builder.enums.values()),
        patterns=tuple(builder.patterns.values()),
        spec_files=tuple(sorted(spec_files)),
        spec_sha256=digest.hexdigest(),
        generator_version=__version__,
    )
    api = dataclasses.replace(api, runtime_modules=runtime_modules(api))
    api = dataclasses.replace(api, imports=module_imports(api), model_patterns=model_patterns(api))
    return BuildResult(api, tuple(builder.warnings))


# The runtime modules every package ships (generator/runtime/), as paths inside it.
RUNTIME_ALWAYS = ("_errors.py", "_pipeline.py", "_policy.py", "_serde.py", "_validation.py", "aio/_pipeline.py")


def runtime_modules(api: Api) -> tuple[str, ...]:
    """The runtime modules ``api``'s package needs: those every package ships, ``_paging.py``
    with a pageable operation, ``_lro.py`` with a long-running one."""
    optional = (("_paging.py", api.pageable), ("_lro.py", api.lros))
    return tuple(sorted((*RUNTIME_ALWAYS, *(name for name, needed in optional if needed)), key=lambda name: name.split("/")))


__all__ = ["BuildResult", "build_api", "runtime_modules", "translate_pattern", "pointer"]
