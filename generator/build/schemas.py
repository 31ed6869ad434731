"""Schemas to types: every schema the spec names or inlines becomes a :class:`TypeRef`; objects become models."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any

from generator.build.context import BuildContext, text
from generator.build.defaults import property_default
from generator.build.enums import avoided_names, enum_type
from generator.build.nodes import (
    STRING_CODECS,
    TYPING_KEYWORDS,
    allows_null,
    is_null_schema,
    json_constant,
    schema_name,
    typed,
)
from generator.build.patterns import constraints_of
from generator.build.unions import combinator_type, type_array, wrapped_member
from generator.ir import Model, Property, TypeRef
from generator.names import (
    FIELD_SHADOWED_BUILTINS,
    NameRegistry,
    attribute_name,
    class_name,
    pascal_case,
    unshadowed,
)
from generator.spec import Location


def named_schemas(ctx: BuildContext) -> list[tuple[str, Location]]:
    root = ctx.spec.root_location
    if ctx.spec.version == "2.0":
        container, at = ctx.spec.data.get("definitions") or {}, root.child("definitions")
    else:
        container = (ctx.spec.data.get("components") or {}).get("schemas") or {}
        at = root.child("components", "schemas")
    return [(str(key), at.child(key)) for key in container]


def type_of(ctx: BuildContext, node: Any, location: Location, hint: str) -> TypeRef:
    """The type of the schema ``node`` found at ``location``; ``hint`` names inline models."""
    if isinstance(node, dict) and isinstance(node.get("$ref"), str):
        node, location = ctx.spec.deref(node, location)
        hint = ctx.schema_names.get(location) or schema_name(node, location) or hint
    cached = ctx.types.get(location)
    if cached is not None:
        return cached
    if not isinstance(node, dict):
        if node is not True and node != {}:
            ctx.warn("bad-schema", "schema is not an object; typed as Any", location)
        return typed("any", "_t.Any")
    if location in ctx.building:  # a list or union that holds itself with no model between
        ctx.warn("recursive-schema", "the schema contains itself with no object in between; typed as Any", location)
        return typed("any", "_t.Any")
    ctx.building.add(location)
    try:
        built = _build_type(ctx, node, location, hint)
    finally:
        ctx.building.discard(location)
    ctx.types[location] = built
    return built


def _build_type(ctx: BuildContext, node: dict[str, Any], location: Location, hint: str) -> TypeRef:
    schema_type = node.get("type")
    if isinstance(schema_type, list):  # OpenAPI 3.1: ["string", "null"], [integer, string]
        non_null = [t for t in schema_type if t != "null"]
        if len(non_null) > 1:
            return type_array(ctx, node, non_null, location, hint)
        schema_type = non_null[0] if non_null else None
    single = _single_member(ctx, node, location) or wrapped_member(ctx, node, location)
    if single is not None:  # oneOf / anyOf / allOf of one schema (and null): that schema
        return type_of(ctx, single[0], single[1], hint)
    _check_unmodelled(ctx, node, location)
    constraints = constraints_of(ctx, node, location)
    codec_format = schema_type == "string" and str(node.get("format", "")).lower() in STRING_CODECS
    number_enum = (
        schema_type == "number"
        and isinstance(node.get("x-ms-enum"), dict)
        and (node["x-ms-enum"].get("modelAsString") is True or len(node.get("enum") or []) > 1)
    )
    if "enum" in node and isinstance(node["enum"], list) and (schema_type in (None, "string", "integer") or number_enum) and not codec_format:
        return enum_type(ctx, node, location, hint, schema_type)
    if schema_type == "array" or "items" in node and schema_type is None:
        item = element_type(ctx, node.get("items", {}), location.child("items"), hint + "Item")
        return typed("list", f"list[{item.annotation}]", item=item, constraints=constraints)
    if schema_type == "object" or schema_type is None and ("properties" in node or "allOf" in node or "additionalProperties" in node):
        if node.get("properties") or node.get("allOf"):
            return model_type(ctx, node, location, hint)
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            value = element_type(ctx, extra, location.child("additionalProperties"), hint + "Value")
            return typed("dict", f"dict[str, {value.annotation}]", item=value, constraints=constraints)
        return typed("dict", "dict[str, _t.Any]", item=typed("any", "_t.Any"), constraints=constraints)
    if "oneOf" in node or "anyOf" in node:
        return combinator_type(ctx, node, location, hint)
    fmt = node.get("format")
    if schema_type == "string":
        codec = STRING_CODECS.get(str(fmt).lower()) if fmt is not None else None
        if codec is not None:
            return typed(codec[0], codec[1], constraints=constraints, codec=codec[0])
        if fmt == "binary" and node.get("in") in ("body", "formData"):
            return typed("bytes", "bytes")
        if constraints.format == "uuid":  # still a str, checked on decoding (sent as it is)
            return typed("str", "str", constraints=constraints, decode_check="uuid")
        return typed("str", "str", constraints=constraints)
    if schema_type == "file":  # Swagger 2.0: a binary body or form field
        return typed("bytes", "bytes")
    if schema_type == "integer" and fmt == "unixtime":
        return typed("unixtime", "_dt.datetime", constraints=constraints, codec="unixtime")
    if schema_type == "integer":
        bits = {"int32": 31, "int64": 63}.get(str(fmt))
        if bits is None:
            return typed("int", "int", constraints=constraints)
        low, high = -(2**bits), 2**bits - 1  # the format's range is a constraint too
        constraints = dataclasses.replace(
            constraints,
            minimum=low if constraints.minimum is None else max(constraints.minimum, low),
            maximum=high if constraints.maximum is None else min(constraints.maximum, high),
        )
        return typed("int", "int", constraints=constraints, decode_check=str(fmt))
    if schema_type == "number":
        return typed("float", "float", constraints=constraints)
    if schema_type == "boolean":
        return typed("bool", "bool", constraints=constraints)
    if schema_type not in (None, "object"):
        ctx.warn("unknown-type", f"unknown schema type {schema_type!r}; typed as Any", location.child("type"))
    return typed("any", "_t.Any")


def element_type(ctx: BuildContext, node: Any, location: Location, hint: str) -> TypeRef:
    """The type of an array's items or a dict's values: ``X | None`` when the schema
    allows null (``x-nullable`` / ``nullable``, also next to a ``$ref``)."""
    element = type_of(ctx, node, location, hint)
    resolved = ctx.spec.deref(node, location)[0] if isinstance(node, dict) else node
    nullable = any(
        isinstance(n, dict) and (n.get("x-nullable") is True or n.get("nullable") is True or allows_null(n)) for n in (node, resolved)
    )
    if not nullable or element.kind == "any":
        return element
    return dataclasses.replace(element, nullable=True, annotation=f"{element.annotation} | None")


def _single_member(ctx: BuildContext, node: dict[str, Any], location: Location) -> tuple[Any, Location] | None:
    """The one non-null member of a ``oneOf`` / ``anyOf`` that is all the schema says."""
    if any(key in node for key in TYPING_KEYWORDS):
        return None
    for combinator in ("oneOf", "anyOf"):
        members = node.get(combinator)
        if isinstance(members, list) and not (set(node) & ({"oneOf", "anyOf"} - {combinator})):
            kept = [(m, location.child(combinator, i)) for i, m in enumerate(members) if not is_null_schema(m)]
            if len(kept) == 1:
                return kept[0]
    return None


def _check_unmodelled(ctx: BuildContext, node: dict[str, Any], location: Location, merged: bool = False) -> None:
    """Warn about the keywords of ``node`` the generated code neither types nor checks
    (``merged``: an inline allOf member, of which only the properties count)."""
    typed = merged or any(key in node for key in TYPING_KEYWORDS) or isinstance(node.get("enum"), list)
    for combinator in ("oneOf", "anyOf"):
        if combinator in node and typed:
            ctx.warn("unsupported-combinator", f"{combinator} next to the schema's own type is not checked; typed from the rest", location.child(combinator))
    if "not" in node:
        ctx.warn("unsupported-not", "'not' is not checked", location.child("not"))


def model_type(ctx: BuildContext, node: dict[str, Any], location: Location, hint: str) -> TypeRef:
    name = ctx.classes.claim(class_name(hint), avoided_names(ctx, location))
    ref = typed("model", name, name=name)
    ctx.types[location] = ref  # before the properties: recursive models refer to themselves
    ctx.models[location] = None
    ctx.model_order.append(location)
    ctx.models[location] = _build_model(ctx, node, location, name)
    return ref


def register_model(ctx: BuildContext, location: Location, model: Model) -> None:
    """A model no schema defines (a parameter group), emitted with the others."""
    ctx.models[location] = model
    ctx.model_order.append(location)
    ctx.model_nodes[location] = {}
    ctx.parents[location] = []


def _collect_properties(
    ctx: BuildContext, node: dict[str, Any], location: Location, out: dict[str, tuple[Any, Location]], required: set[str], depth: int = 0,
    extra: list[tuple[Any, Location]] | None = None,
) -> None:
    if depth > 50:
        ctx.fail("allof-cycle", "allOf nests too deep (a cycle?)", location)
        return
    for index, member in enumerate(node.get("allOf") or []):
        member_node, member_location = ctx.spec.deref(member, location.child("allOf", index))
        if isinstance(member_node, dict):
            if not (isinstance(member, dict) and "$ref" in member):  # a named schema is checked where it is built
                _check_unmodelled(ctx, member_node, member_location, merged=True)
            _collect_properties(ctx, member_node, member_location, out, required, depth + 1, extra)
    if extra is not None and node.get("additionalProperties") not in (None, False):
        extra.append((node["additionalProperties"], location.child("additionalProperties")))
    for key, value in (node.get("properties") or {}).items():
        out[str(key)] = (value, location.child("properties", key))
    if isinstance(node.get("required"), list):
        required.update(str(r) for r in node["required"])


def _flattened(ctx: BuildContext, node: Any, location: Location, prop_type: TypeRef, wire_name: str) -> Model | None:
    """The model whose properties an ``x-ms-client-flatten`` property brings into its
    own model, or None (with a warning) when it cannot be flattened."""
    model = ctx.models.get(ctx.spec.deref(node, location)[1]) if prop_type.kind == "model" else None
    if model is None or model.additional is not None or not model.properties:
        why = (
            "it is not an object with properties" if prop_type.kind != "model"
            else "its object also takes other keys (additionalProperties)" if model is not None and model.additional is not None
            else "its object has no properties" if model is not None
            else "its object contains this model"
        )
        ctx.warn("unsupported-flatten", f"x-ms-client-flatten is ignored: {wire_name!r} stays a nested value ({why})", location.child("x-ms-client-flatten"))
        return None
    return model


def _holder_name(ctx: BuildContext, holder: Location, location: Location, name: str) -> str:
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
    node = ctx.spec.node(holder)
    hint = ctx.schema_names.get(holder) or schema_name(node, holder) or name
    built = type_of(ctx, node, holder, hint)
    return built.name if built.kind == "model" and built.name else name


@dataclass(frozen=True)
class _ModelScope:
    """The model being built: where, its class name, its required wire names, its field names."""

    location: Location
    name: str
    required: set[str]
    names: NameRegistry


def _build_model(ctx: BuildContext, node: dict[str, Any], location: Location, name: str) -> Model:
    raw: dict[str, tuple[Any, Location]] = {}
    required: set[str] = set()
    extra: list[tuple[Any, Location]] = []
    _collect_properties(ctx, node, location, raw, required, extra=extra)
    scope = _ModelScope(location, name, required, NameRegistry({"self", "from_dict", "to_dict"}))
    properties: list[Property] = []
    for wire_name, (prop_node, prop_location) in raw.items():
        properties += _model_properties(ctx, scope, wire_name, prop_node, prop_location)
    # Required properties first, so the dataclass constructor can take them without defaults.
    properties.sort(key=lambda p: not p.required)
    additional = _additional_properties(ctx, scope, extra[-1]) if extra else None
    _record_parents(ctx, node, location, name)
    return Model(
        name=name,
        description=text(node.get("description")) or text(node.get("title")),
        properties=tuple(properties),
        pointer=location.pointer,
        has_secrets=any(p.secret for p in properties),
        additional=additional,
    )


def _model_properties(ctx: BuildContext, scope: _ModelScope, wire_name: str, prop_node: Any, prop_location: Location) -> list[Property]:
    """The field of one property, or the fields it brings when it is flattened."""
    # An inline schema is named after the schema that holds it (AutoRest's rule), not
    # after whichever model built on that schema happens to be built first.
    holder = _holder_name(ctx, Location(prop_location.file, prop_location.pointer.rsplit("/", 2)[0]), scope.location, scope.name)
    prop_type = type_of(ctx, prop_node, prop_location, holder + pascal_case(wire_name))
    resolved, _ = ctx.spec.deref(prop_node, prop_location)
    resolved = resolved if isinstance(resolved, dict) else {}
    local = prop_node if isinstance(prop_node, dict) else {}
    read_only = bool(local.get("readOnly") or resolved.get("readOnly"))
    if local.get("x-ms-client-flatten") is True:
        inner = _flattened(ctx, prop_node, prop_location, prop_type, wire_name)
        if inner is not None:  # the nested object's properties become this model's own
            return _flat_properties(scope, inner, wire_name, read_only)
    required = wire_name in scope.required
    description = text(local.get("description")) or text(resolved.get("description"))
    # x-ms-client-name renames the attribute; the JSON keeps the wire name.
    client_name = local.get("x-ms-client-name", resolved.get("x-ms-client-name"))
    python_name = attribute_name(client_name if isinstance(client_name, str) and client_name.strip() else wire_name)
    nullable = bool(resolved.get("nullable") or resolved.get("x-nullable")) or allows_null(resolved)
    constant = json_constant(resolved) if required else None
    default, default_member = (
        property_default(ctx, local if "default" in local else resolved, prop_type, required and not nullable, prop_location)
        if constant is None and not read_only
        else (None, None)
    )
    return [
        Property(
            name=scope.names.claim(unshadowed(python_name, FIELD_SHADOWED_BUILTINS)),
            wire_name=wire_name,
            type=prop_type,
            required=required,
            nullable=nullable,
            read_only=read_only,
            secret=bool(local.get("x-ms-secret") or resolved.get("x-ms-secret")),
            description=description,
            pointer=prop_location.pointer,
            constant=constant,
            default=default,
            default_member=default_member,
        )
    ]


def _flat_properties(scope: _ModelScope, inner: Model, wire_name: str, read_only: bool) -> list[Property]:
    """The fields of a flattened property's model, as the fields of this one."""
    flat: list[Property] = []
    for p in inner.properties:
        # A name the model already has (Resource.type next to properties.type)
        # takes the path it came from: type_properties_type, as AutoRest names it.
        flat_name = p.name if p.name not in scope.names else f"{p.name}_{attribute_name(wire_name)}_{p.name}"
        flat.append(
            dataclasses.replace(
                p,
                name=scope.names.claim(flat_name),
                wire_path=(wire_name, *p.wire_path),
                required=p.required and wire_name in scope.required,
                read_only=p.read_only or read_only,
                inherited=False,
            )
        )
    return flat


def _additional_properties(ctx: BuildContext, scope: _ModelScope, extra: tuple[Any, Location]) -> Property:
    """additionalProperties next to properties: the other keys go into a dict field."""
    extra_node, extra_location = extra
    holder = _holder_name(ctx, Location(extra_location.file, extra_location.pointer.rsplit("/", 1)[0]), scope.location, scope.name)
    value = element_type(ctx, extra_node, extra_location, holder + "Value") if extra_node is not True else typed("any", "_t.Any")
    return Property(
        name=scope.names.claim("additional_properties"), wire_name="", type=typed("dict", f"dict[str, {value.annotation}]", item=value),
        required=False, nullable=False, read_only=False, secret=False,
        description="The JSON keys the schema does not list, with their values.", pointer=extra_location.pointer,
    )


def _record_parents(ctx: BuildContext, node: dict[str, Any], location: Location, name: str) -> None:
    """The models this one is built on (allOf $refs): the first becomes its Python base
    once every model is built (link_models); their discriminators apply to it."""
    ctx.model_nodes[location] = node
    ctx.parents[location] = []
    for index, member in enumerate(node.get("allOf") or []):
        if isinstance(member, dict) and isinstance(member.get("$ref"), str):
            member_location = location.child("allOf", index)
            if type_of(ctx, member, member_location, name + "Base").kind == "model":
                ctx.parents[location].append(ctx.spec.deref(member, member_location)[1])
