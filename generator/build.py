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

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from generator import __version__
from generator.diagnostics import Diagnostic, GenerationError, Level, pointer, unescape_pointer_token
from generator.ir import (
    Api,
    Client,
    Constraints,
    EnumType,
    EnumValue,
    Model,
    Operation,
    OperationGroup,
    Parameter,
    PathPart,
    Pattern,
    Property,
    Response,
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
    {"credential", "endpoint", "http_client", "timeout", "deadline", "retries", "user_agent", "credential_scopes", "log_bodies", "close", "config"}
)
CLIENT_PARAMETER_NAMES = frozenset({"subscriptionId", "api-version"})
_PATH_PARAM = re.compile(r"\{([^{}]+)\}")
# Class-like names the runtime modules define or import next to the models (models are
# imported into _operations.py and _client.py): a model or enum never takes one.
RUNTIME_NAMES = frozenset(
    {
        "AccessToken", "AsyncPipeline", "AsyncTokenCredential", "Call", "ClientConfig", "Pipeline", "Request",
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


def _schema_key(location: Location) -> str | None:
    """``X`` for a schema at ``/components/schemas/X`` or ``/definitions/X`` of any file."""
    head, _, key = location.pointer.rpartition("/")
    if head in ("/components/schemas", "/definitions") and key:
        return unescape_pointer_token(key)
    return None


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

    # -- diagnostics ---------------------------------------------------------
    def warn(self, code: str, message: str, location: Location) -> None:
        self.warnings.append(Diagnostic(Level.WARNING, code, message, self._file(location), location.pointer))

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
            hint = self.schema_names.get(location) or _schema_key(location) or hint
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
        constraints = self.constraints(node, location)
        if "enum" in node and isinstance(node["enum"], list) and schema_type in (None, "string", "integer"):
            return self.enum_type(node, location, hint, schema_type)
        if schema_type == "array" or "items" in node and schema_type is None:
            item = self.type_of(node.get("items", {}), location.child("items"), hint + "Item")
            return TypeRef("list", f"list[{item.annotation}]", item=item, constraints=constraints)
        if schema_type == "object" or schema_type is None and ("properties" in node or "allOf" in node or "additionalProperties" in node):
            if node.get("properties") or node.get("allOf"):
                return self.model_type(node, location, hint)
            extra = node.get("additionalProperties")
            if isinstance(extra, dict) and extra:
                value = self.type_of(extra, location.child("additionalProperties"), hint + "Value")
                return TypeRef("dict", f"dict[str, {value.annotation}]", item=value, constraints=constraints)
            return TypeRef("dict", "dict[str, _t.Any]", item=TypeRef("any", "_t.Any"), constraints=constraints)
        for combinator in ("oneOf", "anyOf"):
            if combinator in node:
                self.warn("unsupported-combinator", f"{combinator} is not modelled yet; typed as Any", location.child(combinator))
                return TypeRef("any", "_t.Any")
        fmt = node.get("format")
        if schema_type == "string":
            if fmt == "date-time":
                return TypeRef("datetime", "_dt.datetime", constraints=constraints)
            if fmt == "date":
                return TypeRef("date", "_dt.date", constraints=constraints)
            return TypeRef("str", "str", constraints=constraints)
        if schema_type == "integer":
            return TypeRef("int", "int", constraints=constraints)
        if schema_type == "number":
            return TypeRef("float", "float", constraints=constraints)
        if schema_type == "boolean":
            return TypeRef("bool", "bool", constraints=constraints)
        if schema_type not in (None, "object"):
            self.warn("unknown-type", f"unknown schema type {schema_type!r}; typed as Any", location.child("type"))
        return TypeRef("any", "_t.Any")

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
                self.warn("bad-pattern", f"pattern {source!r} is not a valid regular expression ({exc}); not checked", location)
                return None
            found = Pattern(f"_PATTERN_{len(self.patterns) + 1}", translated, source)
            self.patterns[source] = found
        return found

    def enum_type(self, node: dict[str, Any], location: Location, hint: str, schema_type: Any) -> TypeRef:
        raw = [v for v in node["enum"] if v is not None]
        is_int = schema_type == "integer" or bool(raw) and all(isinstance(v, int) and not isinstance(v, bool) for v in raw)
        if not all(isinstance(v, int) and not isinstance(v, bool) if is_int else isinstance(v, str) for v in raw) or not raw:
            self.warn("mixed-enum", "enum values are not all strings or all integers; typed without an enum class", location.child("enum"))
            return TypeRef("int" if is_int else "any", "int" if is_int else "_t.Any")
        ms = node.get("x-ms-enum") if isinstance(node.get("x-ms-enum"), dict) else {}
        name = self.classes.claim(class_name(ms.get("name") or hint, "Enum"))
        descriptions: dict[Any, str] = {}
        if isinstance(ms.get("values"), list):
            for entry in ms["values"]:
                if isinstance(entry, dict) and "value" in entry:
                    descriptions[entry["value"]] = _text(entry.get("description"))
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
            description=_text(node.get("description")),
            values=tuple(values),
            base="int" if is_int else "str",
            open=bool(ms.get("modelAsString", False)),
            pointer=location.pointer,
        )
        self.enums[location] = enum
        allowed = None if enum.open else tuple(v.value for v in values)
        constraints = Constraints(allowed=allowed)
        return TypeRef("enum", f"{name} | {enum.base}", name=name, constraints=constraints)

    def model_type(self, node: dict[str, Any], location: Location, hint: str) -> TypeRef:
        name = self.classes.claim(class_name(hint))
        ref = TypeRef("model", name, name=name)
        self.types[location] = ref  # before the properties: recursive models refer to themselves
        self.models[location] = None
        self.model_order.append(location)
        self.models[location] = self._build_model(node, location, name)
        return ref

    def _collect_properties(self, node: dict[str, Any], location: Location, out: dict[str, tuple[Any, Location]], required: set[str], depth: int = 0) -> None:
        if depth > 50:
            self.fail("allof-cycle", "allOf nests too deep (a cycle?)", location)
            return
        for index, member in enumerate(node.get("allOf") or []):
            member_node, member_location = self.spec.deref(member, location.child("allOf", index))
            if isinstance(member_node, dict):
                self._collect_properties(member_node, member_location, out, required, depth + 1)
        for key, value in (node.get("properties") or {}).items():
            out[str(key)] = (value, location.child("properties", key))
        if isinstance(node.get("required"), list):
            required.update(str(r) for r in node["required"])

    def _build_model(self, node: dict[str, Any], location: Location, name: str) -> Model:
        raw: dict[str, tuple[Any, Location]] = {}
        required: set[str] = set()
        self._collect_properties(node, location, raw, required)
        names = NameRegistry({"self", "from_dict", "to_dict"})
        properties: list[Property] = []
        for wire_name, (prop_node, prop_location) in raw.items():
            prop_type = self.type_of(prop_node, prop_location, name + pascal_case(wire_name))
            resolved, _ = self.spec.deref(prop_node, prop_location)
            resolved = resolved if isinstance(resolved, dict) else {}
            local = prop_node if isinstance(prop_node, dict) else {}
            description = _text(local.get("description")) or _text(resolved.get("description"))
            properties.append(
                Property(
                    name=names.claim(unshadowed(attribute_name(wire_name), FIELD_SHADOWED_BUILTINS)),
                    wire_name=wire_name,
                    type=prop_type,
                    required=wire_name in required,
                    nullable=bool(resolved.get("nullable") or resolved.get("x-nullable")),
                    read_only=bool(local.get("readOnly") or resolved.get("readOnly")),
                    secret=bool(local.get("x-ms-secret") or resolved.get("x-ms-secret")),
                    description=description,
                    pointer=prop_location.pointer,
                )
            )
        # Required properties first, so the dataclass constructor can take them without defaults.
        properties.sort(key=lambda p: not p.required)
        return Model(
            name=name,
            description=_text(node.get("description")) or _text(node.get("title")),
            properties=tuple(properties),
            pointer=location.pointer,
            has_secrets=any(p.secret for p in properties),
        )


def build_api(spec: Spec, package: str, display_file: str, spec_files: dict[str, bytes]) -> BuildResult:
    """Build the :class:`~generator.ir.Api` of ``spec`` for the package ``package``."""
    from generator.build_operations import OperationsBuilder, client_class_name  # operations need the schema builder

    builder = _Builder(spec, display_file)
    builder.classes.claim(client_class_name(spec.data))  # the client keeps its name; a model yields
    # Named schemas claim their clean names before any inline schema gets a derived one.
    for key, location in builder.named_schemas():
        builder.schema_names[location] = key
    named = builder.named_schemas()
    for key, location in named:
        builder.type_of(spec.node(location), location, key)
    ops = OperationsBuilder(builder)
    client, groups, root_operations = ops.build()
    if builder.errors:
        raise GenerationError(builder.errors + builder.warnings)
    digest = hashlib.sha256()
    for name in sorted(spec_files):
        digest.update(name.encode() + b"\0" + spec_files[name] + b"\0")
    models = tuple(m for loc in builder.model_order if (m := builder.models[loc]) is not None)
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
    return BuildResult(api, tuple(builder.warnings))


__all__ = ["BuildResult", "build_api", "translate_pattern", "pointer"]
