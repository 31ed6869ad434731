"""Enum classes: one per enum schema, and one for all the schemas that share an ``x-ms-enum`` name."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from generator.build.context import BuildContext, EnumOccurrence, text
from generator.build.nodes import schema_key, typed
from generator.ir import Constraints, EnumBase, EnumType, EnumValue, TypeRef
from generator.names import NameRegistry, class_name, enum_member_name
from generator.spec import Location


def merge_enums(
    occurrences: dict[str, list[EnumOccurrence]], where: Any
) -> tuple[dict[tuple[str, str], EnumOccurrence], list[tuple[str, str, Location]], bool]:
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
    merged: dict[tuple[str, str], EnumOccurrence] = {}
    conflicts: list[tuple[str, str, Location]] = []
    differs = False
    for ms_name, found in occurrences.items():
        first_of: dict[str, EnumOccurrence] = {}  # the first occurrence of each value type
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
            union = _Union(where)
            for occ in (o for o in found if o.base == base):
                problems = union.add(occ)
                if problems:
                    conflicts.append((
                        "enum-conflict",
                        f"x-ms-enum {ms_name!r} conflicts with another schema of that name: " + "; ".join(problems)
                        + "; merged into one enum (the union of the values, the first description of each)",
                        occ.location,
                    ))
            merged[(ms_name, base)] = EnumOccurrence(
                first.location, base, tuple(union.values), union.descriptions, union.value_names, any(o.open for o in found if o.base == base), union.description
            )
    return merged, conflicts, differs


@dataclass
class _Union:
    """The merged enum of the occurrences of one x-ms-enum name and value type, as they are added."""

    where: Callable[[Location], str]  # a location as file#pointer
    values: list[Any] = field(default_factory=list)
    descriptions: dict[Any, str] = field(default_factory=dict)
    value_names: dict[Any, str] = field(default_factory=dict)
    origin: dict[Any, Location] = field(default_factory=dict)  # where each value, name or member was first met
    name_origin: dict[str, tuple[Any, Location]] = field(default_factory=dict)
    member_origin: dict[str, tuple[Any, Location]] = field(default_factory=dict)
    description: str = ""

    def add(self, occ: EnumOccurrence) -> list[str]:
        """Add an occurrence's values; what in it conflicts with those added before."""
        where = self.where
        problems: list[str] = []
        described: dict[Location, list[Any]] = {}  # values described otherwise, by where
        for value in occ.values:
            if value not in self.origin:
                problems += self._new_value(occ, value)
            described_as = occ.descriptions.get(value, "")
            if described_as and self.descriptions.get(value) and self.descriptions[value] != described_as:
                described.setdefault(self.origin[value], []).append(value)
            elif described_as and not self.descriptions.get(value):
                self.descriptions[value] = described_as
            given = occ.value_names.get(value)
            if given is not None:
                problems += self._named(occ, value, given)
        self.description = self.description or occ.description
        for at, differing in described.items():
            problems.append(f"{', '.join(repr(v) for v in differing)} {'is' if len(differing) == 1 else 'are'} described otherwise at {where(at)}")
        return problems

    def _new_value(self, occ: EnumOccurrence, value: Any) -> list[str]:
        """A value met first in ``occ``: a problem when its member name is another's."""
        problems = []
        member = enum_member_name(value)
        seen = self.member_origin.get(member)
        if seen is not None and seen[1] != occ.location:
            problems.append(f"{value!r} and {seen[0]!r} ({self.where(seen[1])}) differ only in spelling")
        self.member_origin.setdefault(member, (value, occ.location))
        self.origin[value] = occ.location
        self.values.append(value)
        return problems

    def _named(self, occ: EnumOccurrence, value: Any, given: str) -> list[str]:
        """The name x-ms-enum.values gives ``value`` in ``occ``: a problem when it differs."""
        problems = []
        if self.value_names.get(value, given) != given:
            problems.append(f"{value!r} is named {self.value_names[value]!r} at {self.where(self.origin[value])}, {given!r} here")
        seen_name = self.name_origin.get(given)
        if seen_name is not None and seen_name[0] != value:
            problems.append(f"the name {given!r} is given to {seen_name[0]!r} at {self.where(seen_name[1])}")
        self.value_names.setdefault(value, given)
        self.name_origin.setdefault(given, (value, occ.location))
        return problems


def enum_type(ctx: BuildContext, node: dict[str, Any], location: Location, hint: str, schema_type: Any) -> TypeRef:
    raw = [v for v in node["enum"] if v is not None]
    numbers = [v for v in raw if isinstance(v, (int, float)) and not isinstance(v, bool)]
    base: EnumBase
    if schema_type == "number" or numbers and any(isinstance(v, float) for v in numbers) and len(numbers) == len(raw):
        base = "float"
    elif schema_type == "integer" or raw and len(numbers) == len(raw):
        base = "int"
    else:
        base = "str"
    valid: Callable[[Any], bool] = {"str": lambda v: isinstance(v, str), "int": lambda v: isinstance(v, int) and not isinstance(v, bool),
             "float": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool)}[base]
    if not raw or not all(valid(v) for v in raw):
        ctx.warn("mixed-enum", "enum values are not all strings or all numbers; typed without an enum class", location.child("enum"))
        return typed("any", "_t.Any") if base == "str" else typed(base, base)
    if base == "float":
        raw = [float(v) for v in raw]
    ms: dict[str, Any] = node["x-ms-enum"] if isinstance(node.get("x-ms-enum"), dict) else {}
    ms_name = ms.get("name") if isinstance(ms.get("name"), str) else None  # fuzzing: `name: true`
    descriptions: dict[Any, str] = {}
    value_names: dict[Any, str] = {}
    if isinstance(ms.get("values"), list):
        for entry in ms["values"]:
            if isinstance(entry, dict) and isinstance(entry.get("value"), (str, int, float)):
                descriptions[entry["value"]] = text(entry.get("description"))
                if isinstance(entry.get("name"), str) and entry["name"].strip():
                    value_names[entry["value"]] = entry["name"].strip()
    is_open = bool(ms.get("modelAsString", False))
    description = text(node.get("description"))
    key: tuple[Any, ...] | None = None
    if ms_name:
        occurrence = EnumOccurrence(location, base, tuple(dict.fromkeys(raw)), descriptions, value_names, is_open, description)
        ctx.enum_occurrences.setdefault(ms_name, []).append(occurrence)
        merged = ctx.merged_enums.get((ms_name, base))
        if merged is not None:  # one enum for every occurrence of the name (merge_enums)
            key = (ms_name, base)
            raw, descriptions, is_open, description = list(merged.values), merged.descriptions, merged.open, merged.description
            location = merged.location
        else:  # the same x-ms-enum name with the same values, declared in several places, is one enum
            key = (ms_name, is_open, tuple(raw))
    if key is not None and key in ctx.named_enums:
        return ctx.named_enums[key]
    name = ctx.classes.claim(class_name(ms_name or hint, "Enum"), avoided_names(ctx, location, explicit=bool(ms_name)))
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
    ctx.enums[location] = enum
    ctx.enums_by_name.setdefault(name, enum)
    allowed = None if enum.open else tuple(v.value for v in values)
    constraints = Constraints(allowed=allowed)
    ref = typed("enum", f"{name} | {enum.base}", name=name, constraints=constraints, enum_base=enum.base)
    if key is not None:
        ctx.named_enums[key] = ref
    return ref


def avoided_names(ctx: BuildContext, location: Location, explicit: bool = False) -> frozenset[str]:
    """The names a class for the schema at ``location`` must not take: the named
    schemas' own, unless it is one of them or has a name of its own (x-ms-enum)."""
    return frozenset() if explicit or schema_key(location) is not None else ctx.named_classes
