"""Field defaults: which ``default`` of a property or parameter can start a field, and why not."""

from __future__ import annotations

import math
import re
from typing import Any

from generator.build.context import BuildContext
from generator.ir import Parameter, TypeRef
from generator.spec import Location


def property_default(ctx: BuildContext, node: dict[str, Any], prop_type: TypeRef, required: bool, location: Location) -> tuple[object | None, str | None]:
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
            ctx.warn("bad-default", "default null does not fit a required property that is not nullable; ignored", at)
        return None, None
    if prop_type.codec is not None or prop_type.kind not in ("str", "int", "float", "bool", "enum", "any") or isinstance(value, (list, dict)):
        ctx.warn(
            "unsupported-default",
            f"a default for a {prop_type.annotation} property is not a field default (only strings, numbers, booleans and enum values are); the field starts without it",
            at,
        )
        return None, None
    problem = default_problem(value, prop_type)
    if problem is None and prop_type.kind == "enum":
        enum = ctx.enums_by_name.get(prop_type.name or "")
        wanted = float(value) if prop_type.enum_base == "float" and isinstance(value, (int, float)) else value
        member = None if enum is None else next((v for v in enum.values if v.value == wanted), None)
        if member is not None:
            return member.value, member.name
        if enum is None or not enum.open:
            problem = "it is not one of the enum's values"
    if problem is not None:
        ctx.warn("bad-default", f"default {value!r} does not fit the property ({problem}); ignored", at)
        return None, None
    return (float(value) if prop_type.kind == "float" else value), None


def default_problem(value: object, type_ref: TypeRef) -> str | None:
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


def literal_default(p: Parameter) -> bool:
    """Whether ``p.default`` can start a dataclass field as it is: an immutable scalar of
    the field's own Python type (not a date-time's text, not a list)."""
    kinds: dict[str, type | tuple[type, ...]] = {
        "str": str, "int": int, "float": (int, float), "bool": bool, "enum": (str, int, float)
    }
    return (
        not p.required and p.type.codec is None and p.type.kind in kinds
        and isinstance(p.default, kinds[p.type.kind]) and (p.type.kind == "bool" or not isinstance(p.default, bool))
    )
