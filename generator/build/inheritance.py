"""Python inheritance and discriminator polymorphism, once every model is built."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from generator.build.context import BuildContext
from generator.build.nodes import schema_key
from generator.ir import Model, Property
from generator.spec import Location


def _declared_discriminator(ctx: BuildContext, location: Location) -> tuple[str, dict[str, Any]] | None:
    """The discriminator property a schema declares, with its OpenAPI 3 ``mapping``."""
    declared = ctx.model_nodes[location].get("discriminator")
    if isinstance(declared, str) and declared:  # Swagger 2.0
        return declared, {}
    if isinstance(declared, dict) and isinstance(declared.get("propertyName"), str) and declared["propertyName"]:
        mapping = declared.get("mapping")
        return declared["propertyName"], mapping if isinstance(mapping, dict) else {}
    return None


def _lineage(ctx: BuildContext, location: Location) -> list[Location]:
    """``location``, then every schema it is built on (allOf $refs, recursively), nearest first."""
    found: list[Location] = []
    pending = [location]
    while pending:
        current = pending.pop(0)
        if current not in found:
            found.append(current)
            pending.extend(ctx.parents.get(current, ()))
    return found


def link_models(ctx: BuildContext) -> list[Location]:
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
    hierarchy = _Hierarchy(ctx, {location: model for location, model in ctx.models.items() if model is not None})
    hierarchy.find_discriminators()
    ordered = hierarchy.bases_first()
    for location in ordered:
        hierarchy.link(location)
    hierarchy.unslot_clashing_layouts(ordered)
    hierarchy.list_subtypes(ordered)
    ctx.models.update(hierarchy.final)
    return ordered


@dataclass
class _Hierarchy:
    """The steps of :func:`link_models`, and what they find, model by model."""

    ctx: BuildContext
    built: dict[Location, Model]  # every model as its schema gave it
    declaring: dict[Location, str] = field(default_factory=dict)  # the discriminator a schema declares
    mapped: dict[Location, list[str]] = field(default_factory=dict)  # discriminator values from mappings
    final: dict[Location, Model] = field(default_factory=dict)  # linked, bases first
    children: dict[Location, list[Location]] = field(default_factory=dict)
    mro: dict[Location, list[Location]] = field(default_factory=dict)  # the Python method resolution order, the model first
    python_bases: dict[Location, list[Location]] = field(default_factory=dict)

    def find_discriminators(self) -> None:
        """The discriminator each schema declares, and the values its mapping gives to others."""
        ctx = self.ctx
        for location in ctx.model_order:
            declared = _declared_discriminator(ctx, location) if location in self.built else None
            if declared is None:
                continue
            prop, mapping = declared
            if not any(p.wire_name == prop for p in self.built[location].properties):
                ctx.warn("bad-discriminator", f"discriminator {prop!r} is not one of the schema's properties; not polymorphic", location.child("discriminator"))
                continue
            self.declaring[location] = prop
            for value, target in mapping.items():
                if isinstance(target, str):
                    ref = target if "/" in target or "#" in target else f"#/components/schemas/{target}"
                    try:
                        self.mapped.setdefault(ctx.spec.target(ref, location.file), []).append(str(value))
                    except ValueError:  # a remote reference: not one of the models
                        continue

    def values(self, location: Location) -> list[str]:
        """The discriminator values of a model: its mapping keys, else its x-ms-discriminator-value or name."""
        ms_value = self.ctx.model_nodes[location].get("x-ms-discriminator-value")
        own = ms_value if isinstance(ms_value, str) else schema_key(location) or self.built[location].name
        return self.mapped.get(location) or [own]

    def discriminable(self, p: Property) -> bool:
        """Whether a class constant holding a string fits the property's annotation."""
        if p.type.kind == "enum":
            enum = self.ctx.enums_by_name.get(p.type.name or "")
            return enum is not None and enum.base == "str"
        return p.type.kind in ("str", "any")

    def parents_of(self, location: Location) -> list[Location]:
        """The models its allOf refers to, each once."""
        return list(dict.fromkeys(p for p in self.ctx.parents.get(location, ()) if p in self.built and p != location))

    def bases_first(self) -> list[Location]:
        """Every model, in build order but each after the models it is built on."""
        ordered: list[Location] = []
        visiting: set[Location] = set()

        def visit(location: Location) -> None:
            if location in visiting:
                return
            visiting.add(location)
            for parent in self.parents_of(location):
                visit(parent)
            ordered.append(location)

        for location in self.ctx.model_order:
            if location in self.built:
                visit(location)
        return ordered

    def link(self, location: Location) -> None:
        """The model at ``location`` with its discriminator constant and its Python bases
        (its bases are linked already)."""
        model = self.with_discriminator(location, self.built[location])
        bases = self.bases_of(location, model)
        self.mro[location] = [location, *(_c3([self.mro[b] for b in bases] + [bases]) or [])]
        self.python_bases[location] = bases
        if bases:
            model = self.subclassing(model, bases)
            for base in bases:
                self.children.setdefault(base, []).append(location)
        self.final[location] = model

    def with_discriminator(self, location: Location, model: Model) -> Model:
        lineage = _lineage(self.ctx, location)
        constants = {self.declaring[a] for a in lineage if a in self.declaring}
        return dataclasses.replace(
            model,
            properties=tuple(
                dataclasses.replace(p, constant=self.values(location)[0]) if p.wire_name in constants and self.discriminable(p) else p
                for p in model.properties
            ),
            discriminator=next((self.declaring[a] for a in lineage if a in self.declaring), None),
        )

    def bases_of(self, location: Location, model: Model) -> list[Location]:
        """The parents ``model`` can subclass, none derived from another, in a consistent order."""
        bases: list[Location] = []
        candidates = [p for p in self.parents_of(location) if p in self.final and _can_subclass(model, self.final[p])]
        for parent in candidates:
            if any(parent in self.mro[other] for other in candidates if other != parent):
                continue  # another base derives from it already
            if _c3([self.mro[b] for b in [*bases, parent]] + [[*bases, parent]]) is not None:
                bases.append(parent)
        return bases

    def subclassing(self, model: Model, bases: list[Location]) -> Model:
        """``model`` as a subclass of ``bases``: the fields it inherits unchanged are marked."""
        final = self.final
        in_bases: dict[str, list[Property]] = {}
        for base in bases:
            for p in final[base].properties:
                in_bases.setdefault(p.name, []).append(p)
        return dataclasses.replace(
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

    def unslot_clashing_layouts(self, ordered: list[Location]) -> None:
        """Two bases with slotted fields of their own clash ("multiple bases have instance
        lay-out conflict"): what a later base brings besides the first base's ancestry
        keeps its fields in a __dict__ instead."""
        unslotted: set[Location] = set()
        for location in ordered:
            first, *later = self.python_bases[location] or [location]
            for other in later:
                unslotted.update(a for a in self.mro[other] if a not in self.mro[first])
        for location in unslotted:
            self.final[location] = dataclasses.replace(self.final[location], slots=False)

    def list_subtypes(self, ordered: list[Location]) -> None:
        """A model with descendants names them by discriminator value, for decoding."""
        final = self.final
        for location in ordered:
            model = final[location]
            if model.discriminator is None or location not in self.children:
                continue
            own = self.values(location)
            subtypes: dict[str, str] = {}
            pending = list(self.children[location])
            seen: set[Location] = set()
            while pending:
                descendant = pending.pop(0)
                if descendant in seen:  # below a diamond: reached through each of its bases
                    continue
                seen.add(descendant)
                pending.extend(self.children.get(descendant, ()))
                if final[descendant].discriminator == model.discriminator:
                    for value in self.values(descendant):
                        if value not in own:
                            subtypes.setdefault(value, final[descendant].name)
            final[location] = dataclasses.replace(model, subtypes=tuple(subtypes.items()))


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
