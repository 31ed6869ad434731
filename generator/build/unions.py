"""``oneOf`` / ``anyOf`` and OpenAPI 3.1 type arrays as typed unions (TypeRef kind ``union``).

A union's variants are the types of its non-null members, in spec order, each once;
nested unions are flattened.  ``_unions.one_of`` (runtime) decodes a value by its JSON
type (``TypeRef.json_type``) and, for objects, by the keys each model variant's schema
requires (``TypeRef.required_keys``); with a ``discriminator``, ``_unions.tagged`` first
looks the value's tag up (``TypeRef.tags``).  A value is encoded and checked by its Python
class (``TypeRef.classes``), so a union whose variants could not be told apart that way
when encoding (two list types, two date-time formats) stays ``Any``, with a warning.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from generator.build import schemas
from generator.build.context import BuildContext
from generator.build.nodes import is_null_schema, schema_key, typed
from generator.ir import TypeRef
from generator.names import class_name
from generator.spec import Location

# Schema keys that say nothing about a value's type: a wrapper holding only these and
# one allOf member is that member.
_DOCUMENTATION = frozenset({"description", "title", "readOnly", "writeOnly", "nullable", "x-nullable", "example", "examples", "deprecated", "default", "externalDocs"})


def wrapped_member(ctx: BuildContext, node: dict[str, Any], location: Location) -> tuple[Any, Location] | None:
    """The member of ``allOf: [X]`` when that is all an inline OpenAPI 3 schema says
    (besides documentation; OpenAPI 3.0's way to describe a ``$ref``): then it is X.  A
    named schema built on X stays a model of its own (a subtype, for polymorphism), and so
    does an inline one in Swagger 2.0, where the Azure SDK names it after its holder
    (``ResourceModelWithAllowedPropertySetIdentity``, a subclass of ``Identity``)."""
    members = node.get("allOf")
    if ctx.v2 or schema_key(location) is not None or not isinstance(members, list) or len(members) != 1:
        return None
    if set(node) - {"allOf"} - _DOCUMENTATION or any(k.startswith("x-ms-") for k in node):
        return None
    return members[0], location.child("allOf", 0)


def combinator_type(ctx: BuildContext, node: dict[str, Any], location: Location, hint: str) -> TypeRef:
    """The union of a schema's ``oneOf`` / ``anyOf`` members (null members make the
    property nullable, not a variant), with its ``discriminator``."""
    combinator = "oneOf" if "oneOf" in node else "anyOf"
    members = node[combinator]
    where = location.child(combinator)
    if not isinstance(members, list) or "oneOf" in node and "anyOf" in node:
        return _unsupported(ctx, where, f"{combinator} next to another combinator")
    found: list[tuple[TypeRef, Location | None]] = []
    for index, member in enumerate(members):
        if is_null_schema(member):
            continue
        at = where.child(index)
        title = member.get("title") if isinstance(member, dict) else None
        member_hint = class_name(title) if isinstance(title, str) and title.strip() else f"{hint}Variant{index + 1}"
        variant = schemas.type_of(ctx, member, at, member_hint)
        if variant.kind == "any":
            return _unsupported(ctx, at, f"{combinator} member {index} allows any value")
        target = ctx.spec.deref(member, at)[1] if isinstance(member, dict) and "$ref" in member else None
        found.append((_with_required_keys(ctx, variant, member, at), target))
    return union_of(ctx, found, location, where, node.get("discriminator"))


def type_array(ctx: BuildContext, node: dict[str, Any], types: list[Any], location: Location, hint: str) -> TypeRef:
    """``type: [integer, string]`` (OpenAPI 3.1): a union of the schema read with each type."""
    found: list[tuple[TypeRef, Location | None]] = []
    for index, json_type in enumerate(node["type"]):
        if json_type in types:
            at = location.child("type", index)
            variant = schemas.type_of(ctx, {**node, "type": json_type}, at, hint)
            if variant.kind == "any":
                return _unsupported(ctx, at, f"type {json_type!r} is not modelled")
            found.append((variant, None))
    return union_of(ctx, found, location, location.child("type"), None)


def union_of(
    ctx: BuildContext, found: list[tuple[TypeRef, Location | None]], location: Location, where: Location, discriminator: Any
) -> TypeRef:
    """The union of ``found`` (each variant with the schema it refers to, if any); a
    single variant is itself."""
    variants: list[TypeRef] = []
    targets: list[Location | None] = []
    for variant, target in found:
        for inner in variant.variants or (variant,):
            if all(v.annotation != inner.annotation for v in variants):
                variants.append(inner)
                targets.append(target if inner is variant else None)
    inherited = _inherited_tags(found, variants) if discriminator is None else None
    if not variants:
        return typed("any", "_t.Any")
    if len(variants) == 1:
        return dataclasses.replace(variants[0], required_keys=())
    clash = _clash(variants)
    if clash is not None:
        return _unsupported(ctx, where, f"its variants {clash[0]} and {clash[1]} cannot be told apart when sent")
    prop, tags = inherited or _tags(ctx, discriminator, variants, targets, location)
    annotation = " | ".join(v.annotation for v in variants)
    union = typed("union", annotation)
    return dataclasses.replace(union, variants=tuple(variants), discriminator=prop, tags=tags)


def _inherited_tags(found: list[tuple[TypeRef, Location | None]], variants: list[TypeRef]) -> tuple[str, tuple[tuple[str, int], ...]] | None:
    """The discriminator of a discriminated union among ``found`` that brings every
    object variant of the flattened union (``anyOf: [Shape, string]``): its tags, as
    indexes into ``variants``."""
    tagged = [v for v, _ in found if v.discriminator is not None]
    if len(tagged) != 1:
        return None
    inner = tagged[0]
    objects = [v for v in variants if v.json_type == "object"]
    if any(all(v is not w for w in inner.variants) for v in objects):
        return None
    assert inner.discriminator is not None
    index = {id(v): n for n, v in enumerate(variants)}
    return inner.discriminator, tuple((value, index[id(inner.variants[n])]) for value, n in inner.tags if id(inner.variants[n]) in index)


def _unsupported(ctx: BuildContext, where: Location, why: str) -> TypeRef:
    ctx.warn("unsupported-combinator", f"{why}; typed as Any", where)
    return typed("any", "_t.Any")


def _with_required_keys(ctx: BuildContext, variant: TypeRef, member: Any, at: Location) -> TypeRef:
    """A model variant with the keys its schema requires (allOf members included): the
    runtime tries first the variants whose required keys an object has."""
    if variant.kind != "model":
        return variant
    keys: list[str] = []
    pending = [ctx.spec.deref(member, at)]
    seen: set[Location] = set()
    while pending:
        node, location = pending.pop(0)
        if not isinstance(node, dict) or location in seen:
            continue
        seen.add(location)
        keys += [str(k) for k in node.get("required") or () if isinstance(k, str) and str(k) not in keys]
        for index, inner in enumerate(node.get("allOf") or ()):
            pending.append(ctx.spec.deref(inner, location.child("allOf", index)))
    return dataclasses.replace(variant, required_keys=tuple(keys))


def _clash(variants: list[TypeRef]) -> tuple[str, str] | None:
    """Two variants a value could belong to by its Python class, when encoding changes
    one of them (``TypeRef.converts``) and they are encoded differently (two lists of
    models are encoded alike: each item's to_dict)."""
    for a in variants:
        if not a.converts:
            continue
        for b in variants:
            if b is a or _encoding(a) == _encoding(b):
                continue
            if set(a.classes) & set(b.classes) or {"_dt.datetime", "_dt.date"} <= {*a.classes, *b.classes}:
                return a.annotation, b.annotation
    return None


def _encoding(t: TypeRef) -> object:
    """How a value of ``t`` is encoded: the same for types encoded alike."""
    if t.kind in ("list", "dict") and t.item is not None:
        return (t.kind, _encoding(t.item))
    return "model" if t.kind == "model" else t.codec if t.codec is not None else None


def _tags(
    ctx: BuildContext, discriminator: Any, variants: list[TypeRef], targets: list[Location | None], location: Location
) -> tuple[str | None, tuple[tuple[str, int], ...]]:
    """The discriminator property and (value, variant index) pairs: the ``mapping``'s, then
    the schema name of each ``$ref``'d model variant no mapping entry names."""
    if not isinstance(discriminator, dict) or not isinstance(discriminator.get("propertyName"), str):
        return None, ()
    at = location.child("discriminator")
    mapping = discriminator.get("mapping")
    tags: dict[str, int] = {}
    first: dict[Location, int] = {}  # each target's first variant (a mapping of thousands looks each up once)
    for position, target in enumerate(targets):
        if target is not None:
            first.setdefault(target, position)
    for value, ref in (mapping.items() if isinstance(mapping, dict) else ()):
        index = None
        if isinstance(ref, str):
            full = ref if "/" in ref or "#" in ref else f"#/components/schemas/{ref}"
            try:
                index = first.get(ctx.spec.target(full, location.file))
            except ValueError:  # a remote reference
                index = None
        if index is None:
            ctx.warn("bad-discriminator", f"mapping {value!r} names none of the variants; ignored", at.child("mapping", str(value)))
            continue
        tags.setdefault(str(value), index)
    mapped = set(tags.values())
    for index, (variant, target) in enumerate(zip(variants, targets, strict=True)):
        key = schema_key(target) if target is not None and variant.kind == "model" else None
        if key is not None and index not in mapped:
            tags.setdefault(key, index)
    if not tags:
        ctx.warn("bad-discriminator", "no variant is a named model; decoded without the discriminator", at)
        return None, ()
    return discriminator["propertyName"], tuple(tags.items())
