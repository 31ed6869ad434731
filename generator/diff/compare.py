"""Compare two versions of an API as a client sees them: a list of :class:`Change`.

Both sides are the IR (:mod:`generator.ir`) built from a spec, so the comparison is
about what a caller meets, not about how the spec is written: a schema moved inline or
out, a reworded description, a new ``x-ms-secret`` or an ``x-nullable`` on an optional
property change nothing a caller can see, and are not reported.

Operations are matched by the call a client makes (``host_pools.list``), parameters by
where they are sent (location and wire name), models and enums by class name,
properties by wire name, responses by status.  Every change is classified breaking or
not for existing callers:

* values the caller sends (parameters, models reachable from a request body): a tighter
  constraint, a new required value, or a value made read-only is breaking;
* values the caller receives (models reachable from a response): a looser constraint, a
  property that may now be missing, or a new value of a closed enum is breaking;
* removing anything a caller can name (operation, parameter, property, model, enum
  value) is breaking; adding optional things is not.

A model used both ways gets the stricter answer.  Each change carries the JSON pointer
of the element in both versions (for something added or removed, the other side's
pointer is its container's, or None).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from generator.ir import Api, Constraints, EnumType, Model, Operation, Parameter, Property, TypeRef

Direction = Literal["tightened", "loosened", "changed"]
# Formats whose values all have one length: a length bound next to them says nothing more.
_FIXED_LENGTH_FORMATS = frozenset({"uuid"})
INPUT, OUTPUT = "input", "output"


@dataclass(frozen=True)
class Change:
    """One difference a client can see between two versions."""

    kind: str  # stable code, e.g. "parameter-added" (see KINDS)
    breaking: bool  # breaks existing callers
    scope: str  # what a caller names: "client", "host_pools.get", "model Foo", "enum Bar"
    subject: str  # inside the scope: a parameter, property, status or value ("" for the scope itself)
    message: str  # one line for people
    old_pointer: str | None  # JSON pointer in the old version (None: nowhere)
    new_pointer: str | None  # JSON pointer in the new version (None: nowhere)


KINDS = (
    "operation-added", "operation-removed", "operation-moved",
    "parameter-added", "parameter-removed", "parameter-renamed", "parameter-moved",
    "parameter-required", "parameter-optional", "parameter-retyped", "parameter-constant-changed",
    "parameter-default-changed",
    "constraint-tightened", "constraint-loosened", "constraint-changed",
    "response-added", "response-removed", "response-retyped", "error-model-changed",
    "model-added", "model-removed",
    "property-added", "property-removed", "property-renamed", "property-retyped",
    "property-required", "property-optional", "property-nullable", "property-non-nullable",
    "property-read-only", "property-writable",
    "enum-added", "enum-removed", "enum-retyped", "enum-value-added", "enum-value-removed",
    "enum-closed", "enum-opened",
)


def compare(old: Api, new: Api) -> list[Change]:
    """Every change a client of ``old`` meets in ``new``, in a stable order."""
    return _Comparison(old, new).run()


def shape(type_ref: TypeRef | None) -> str:
    """A type as a caller sees it: ``str``, ``RegistrationInfo``, ``list[Foo]``."""
    if type_ref is None:
        return "nothing"
    if type_ref.kind in ("model", "enum") and type_ref.name:
        return type_ref.name
    if type_ref.kind == "list":
        return f"list[{shape(type_ref.item)}]"
    if type_ref.kind == "dict":
        return f"dict[str, {shape(type_ref.item)}]"
    return type_ref.kind


def usage(api: Api) -> dict[str, set[str]]:
    """For each model and enum class: whether callers send it (input), receive it (output), or both."""
    models = {m.name: m for m in api.models}
    found: dict[str, set[str]] = {}

    def mark(type_ref: TypeRef | None, how: str) -> None:
        stack = [type_ref]
        while stack:
            current = stack.pop()
            if current is None:
                continue
            if current.kind in ("list", "dict"):
                stack.append(current.item)
                continue
            if current.name and current.kind in ("model", "enum"):
                seen = found.setdefault(current.name, set())
                if how in seen:
                    continue
                seen.add(how)
                if current.name in models:
                    stack.extend(p.type for p in models[current.name].properties)

    for param in api.client.parameters:
        mark(param.type, INPUT)
    for op in api.all_operations:
        for param in op.parameters:
            mark(param.type, INPUT)
        for response in op.responses:
            mark(response.type, OUTPUT)
            for header in response.result.headers if response.result is not None else ():
                mark(header.type, OUTPUT)
        mark(op.error_type, OUTPUT)
        for response in op.errors:
            mark(response.type, OUTPUT)
    return found


def constraint_changes(old: Constraints, new: Constraints) -> list[tuple[Direction, str]]:
    """How the set of allowed values moved: ``(direction, what)`` per rule that changed.

    ``allowed`` (a closed enum's values) is left to the enum comparison.
    """
    found: list[tuple[Direction, str]] = []

    def bound(name: str, before: float | int | None, after: float | int | None, lower: bool, exclusive: tuple[bool, bool] = (False, False)) -> None:
        if before == after and exclusive[0] == exclusive[1]:
            return
        def show(value: float | int | None, excl: bool) -> str:
            return f"{name} {'>' if lower else '<'}{'' if excl else '='} {value}"

        if before is None:
            found.append(("tightened", f"{show(after, exclusive[1])} added"))
        elif after is None:
            found.append(("loosened", f"{show(before, exclusive[0])} removed"))
        else:
            tighter = after > before if lower else after < before
            if after == before:
                tighter = exclusive[1] and not exclusive[0]
            found.append(("tightened" if tighter else "loosened", f"{show(before, exclusive[0])} -> {show(after, exclusive[1])}"))

    def length(name: str, before: int | None, after: int | None, lower: bool) -> None:
        if before == after:
            return
        if before is None:
            found.append(("tightened", f"{name} {after} added"))
        elif after is None:
            found.append(("loosened", f"{name} {before} removed"))
        else:
            tighter = after > before if lower else after < before
            found.append(("tightened" if tighter else "loosened", f"{name} {before} -> {after}"))

    fixed = (old.format in _FIXED_LENGTH_FORMATS, new.format in _FIXED_LENGTH_FORMATS)
    if fixed[0] == fixed[1]:  # one side's format fixes the length: the format change says it all
        length("minLength", old.min_length, new.min_length, lower=True)
        length("maxLength", old.max_length, new.max_length, lower=False)
    old_pattern = old.pattern.original if old.pattern else None
    new_pattern = new.pattern.original if new.pattern else None
    if old_pattern != new_pattern:
        if old_pattern is None:
            found.append(("tightened", f"pattern `{new_pattern}` added"))
        elif new_pattern is None:
            found.append(("loosened", f"pattern `{old_pattern}` removed"))
        else:
            found.append(("changed", f"pattern `{old_pattern}` -> `{new_pattern}`"))
    if old.format != new.format:
        if old.format is None:
            found.append(("tightened", f"format {new.format} added"))
        elif new.format is None:
            found.append(("loosened", f"format {old.format} removed"))
        else:
            found.append(("changed", f"format {old.format} -> {new.format}"))
    bound("value", old.minimum, new.minimum, True, (old.exclusive_minimum, new.exclusive_minimum))
    bound("value", old.maximum, new.maximum, False, (old.exclusive_maximum, new.exclusive_maximum))
    if old.multiple_of != new.multiple_of:
        before, after = old.multiple_of, new.multiple_of
        if before is None:
            found.append(("tightened", f"multipleOf {after} added"))
        elif after is None:
            found.append(("loosened", f"multipleOf {before} removed"))
        else:
            direction: Direction = "loosened" if before % after == 0 else "tightened" if after % before == 0 else "changed"
            found.append((direction, f"multipleOf {before} -> {after}"))
    length("minItems", old.min_items, new.min_items, lower=True)
    length("maxItems", old.max_items, new.max_items, lower=False)
    if old.unique_items != new.unique_items:
        found.append(("tightened" if new.unique_items else "loosened", "uniqueItems " + ("added" if new.unique_items else "removed")))
    return found


def _breaks(direction: Direction, uses: set[str]) -> bool:
    """Whether a constraint change breaks callers who send (input) or receive (output) the value."""
    if direction == "changed":
        return True
    return (direction == "tightened" and INPUT in uses) or (direction == "loosened" and OUTPUT in uses)


def _scope(op: Operation, group: str | None) -> str:
    return f"{group}.{op.name}" if group else op.name


def _operations(api: Api) -> dict[str, Operation]:
    found: dict[str, Operation] = {}
    for group in api.groups:
        for op in group.operations:
            found[_scope(op, group.name)] = op
    for op in api.operations:
        found[_scope(op, None)] = op
    return found


def _container(pointer: str | None, suffix: str = "") -> str | None:
    return None if pointer is None else pointer + suffix


class _Comparison:
    def __init__(self, old: Api, new: Api) -> None:
        self.old, self.new = old, new
        self.changes: list[Change] = []
        old_uses, new_uses = usage(old), usage(new)
        self.uses = {name: old_uses.get(name, set()) | new_uses.get(name, set()) for name in {*old_uses, *new_uses}}

    def add(self, kind: str, breaking: bool, scope: str, subject: str, message: str, old: str | None, new: str | None) -> None:
        self.changes.append(Change(kind, breaking, scope, subject, message, old, new))

    def uses_of(self, name: str | None) -> set[str]:
        # A class no operation reaches: assume callers both send and receive it.
        return self.uses.get(name or "") or {INPUT, OUTPUT}

    def run(self) -> list[Change]:
        self.parameters("client", self.old.client.parameters, self.new.client.parameters, self.old.client.name, self.new.client.name, client=True)
        self.operations()
        self.models()
        self.enums()
        return self.changes

    # -- operations ------------------------------------------------------------------
    def operations(self) -> None:
        old_ops, new_ops = _operations(self.old), _operations(self.new)
        for scope, op in old_ops.items():
            if scope not in new_ops:
                self.add("operation-removed", True, scope, "", f"operation `{op.method} {op.path}` removed", op.pointer, None)
        for scope, op in new_ops.items():
            before = old_ops.get(scope)
            if before is None:
                self.add("operation-added", False, scope, "", f"operation `{op.method} {op.path}` added", None, op.pointer)
                continue
            if (before.method, before.path) != (op.method, op.path):
                self.add("operation-moved", True, scope, "", f"sent as `{before.method} {before.path}` -> `{op.method} {op.path}`", before.pointer, op.pointer)
            self.parameters(scope, before.parameters, op.parameters, before.pointer, op.pointer)
            self.responses(scope, before, op)

    def responses(self, scope: str, old: Operation, new: Operation) -> None:
        old_by, new_by = {r.status: r for r in old.responses}, {r.status: r for r in new.responses}
        result_changed = old.return_annotation != new.return_annotation
        note = f" (the call now returns `{new.return_annotation}`, was `{old.return_annotation}`)" if result_changed else ""
        for status, response in old_by.items():
            if status not in new_by:
                self.add("response-removed", result_changed, scope, status, f"response {status} removed{note}", response.pointer, _container(new.pointer, "/responses"))
        for status, response in new_by.items():
            before = old_by.get(status)
            if before is None:
                self.add("response-added", result_changed, scope, status, f"response {status} (`{shape(response.type)}`) added{note}", _container(old.pointer, "/responses"), response.pointer)
            elif shape(before.type) != shape(response.type):
                self.add("response-retyped", True, scope, status, f"response {status} body `{shape(before.type)}` -> `{shape(response.type)}`", before.pointer, response.pointer)
        if shape(old.error_type) != shape(new.error_type):
            breaking = old.error_type is not None
            self.add("error-model-changed", breaking, scope, "error", f"error model `{shape(old.error_type)}` -> `{shape(new.error_type)}`", old.pointer + "/responses", new.pointer + "/responses")

    # -- parameters ------------------------------------------------------------------
    def parameters(
        self, scope: str, old: Iterable[Parameter], new: Iterable[Parameter], old_at: str, new_at: str, client: bool = False
    ) -> None:
        old_by = {(p.location, p.wire_name): p for p in old}
        new_by = {(p.location, p.wire_name): p for p in new}
        moved_old = {p.wire_name: p for key, p in old_by.items() if key not in new_by}
        moved_new = {p.wire_name: p for key, p in new_by.items() if key not in old_by}
        what = "constructor argument" if client else "parameter"
        old_where = None if client else old_at
        new_where = None if client else new_at

        def asked_required(p: Parameter) -> bool:
            return p.required and (p.default is None if client else p.constant is None)

        for key, param in old_by.items():
            if key in new_by:
                continue
            moved = moved_new.get(param.wire_name)
            if moved is not None:
                self.add("parameter-moved", True, scope, moved.name, f"{what} `{moved.name}` (`{param.wire_name}`) moved from {param.location} to {moved.location}", param.pointer, moved.pointer)
                self.parameter_pair(scope, param, moved, what, client)
                continue
            self.add("parameter-removed", True, scope, param.name, f"{what} `{param.name}` ({param.location} `{param.wire_name}`) removed", param.pointer, new_where)
        for key, param in new_by.items():
            if key in old_by:
                self.parameter_pair(scope, old_by[key], param, what, client)
            elif param.wire_name not in moved_old:
                required = asked_required(param)
                text = "required" if required else "optional"
                self.add("parameter-added", required, scope, param.name, f"{text} {what} `{param.name}` ({param.location} `{param.wire_name}`) added", old_where, param.pointer)

    def parameter_pair(self, scope: str, old: Parameter, new: Parameter, what: str, client: bool) -> None:
        at = (old.pointer, new.pointer)
        subject = new.name
        if old.name != new.name:
            self.add("parameter-renamed", True, scope, subject, f"{what} `{old.name}` renamed `{new.name}` (same {new.location} `{new.wire_name}`)", *at)
        old_required = old.required and (old.default is None if client else old.constant is None)
        new_required = new.required and (new.default is None if client else new.constant is None)
        if old_required != new_required:
            if new_required:
                self.add("parameter-required", True, scope, subject, f"{what} `{subject}` made required", *at)
            else:
                self.add("parameter-optional", False, scope, subject, f"{what} `{subject}` made optional", *at)
        if old.constant != new.constant and not client:
            self.add("parameter-constant-changed", True, scope, subject, f"{what} `{subject}` always sent as `{old.constant!r}` -> `{new.constant!r}`", *at)
        # The api-version's default is the version itself: the header of the report shows it.
        if old.default != new.default and not (client and new.wire_name == "api-version") and old_required == new_required:
            self.add("parameter-default-changed", False, scope, subject, f"{what} `{subject}` default `{old.default!r}` -> `{new.default!r}`", *at)
        if shape(old.type) != shape(new.type):
            self.add("parameter-retyped", True, scope, subject, f"{what} `{subject}` type `{shape(old.type)}` -> `{shape(new.type)}`", *at)
            return
        self.constraints(scope, subject, old.type, new.type, {INPUT}, at, what)

    def constraints(self, scope: str, subject: str, old: TypeRef, new: TypeRef, uses: set[str], at: tuple[str | None, str | None], what: str) -> None:
        label = f"{what} `{subject}`"
        while True:
            for direction, text in constraint_changes(old.constraints, new.constraints):
                self.add(f"constraint-{direction}", _breaks(direction, uses), scope, subject, f"{label}: {text}", *at)
            if old.item is None or new.item is None:
                return
            old, new, label = old.item, new.item, label + " items"

    # -- models ----------------------------------------------------------------------
    def models(self) -> None:
        old_by = {m.name: m for m in self.old.models}
        new_by = {m.name: m for m in self.new.models}
        for name, model in old_by.items():
            if name not in new_by:
                self.add("model-removed", True, f"model {name}", "", f"model `{name}` removed", model.pointer, None)
        for name, model in new_by.items():
            before = old_by.get(name)
            if before is None:
                self.add("model-added", False, f"model {name}", "", f"model `{name}` added", None, model.pointer)
            else:
                self.properties(before, model)

    def properties(self, old: Model, new: Model) -> None:
        scope = f"model {new.name}"
        uses = self.uses_of(new.name)
        sends, receives = INPUT in uses, OUTPUT in uses
        old_by = {p.wire_name: p for p in old.properties}
        new_by = {p.wire_name: p for p in new.properties}
        for wire, prop in old_by.items():
            if wire not in new_by:
                self.add("property-removed", True, scope, prop.name, f"property `{prop.name}` (`{wire}`) removed", prop.pointer, new.pointer)
        for wire, prop in new_by.items():
            before = old_by.get(wire)
            if before is None:
                text = "required" if prop.required else "optional"
                self.add("property-added", sends and prop.required and not prop.read_only, scope, prop.name, f"{text} property `{prop.name}` (`{wire}`) added", old.pointer, prop.pointer)
            else:
                self.property_pair(scope, before, prop, sends, receives)

    def property_pair(self, scope: str, old: Property, new: Property, sends: bool, receives: bool) -> None:
        at = (old.pointer, new.pointer)
        subject = new.name
        if old.name != new.name:
            self.add("property-renamed", True, scope, subject, f"attribute `{old.name}` renamed `{new.name}` (same JSON name `{new.wire_name}`)", *at)
        if shape(old.type) != shape(new.type):
            self.add("property-retyped", True, scope, subject, f"property `{subject}` type `{shape(old.type)}` -> `{shape(new.type)}`", *at)
        else:
            uses = {INPUT} if sends else set()
            uses |= {OUTPUT} if receives else set()
            self.constraints(scope, subject, old.type, new.type, uses, at, "property")
        if old.required != new.required:
            if new.required:
                self.add("property-required", sends, scope, subject, f"property `{subject}` made required", *at)
            else:
                self.add("property-optional", receives, scope, subject, f"property `{subject}` made optional (may be None)", *at)
        elif old.required and old.nullable != new.nullable:
            # Only a required property's nullability shows: an optional one may be None anyway.
            if new.nullable:
                self.add("property-nullable", receives, scope, subject, f"property `{subject}` made nullable (may be None)", *at)
            else:
                self.add("property-non-nullable", sends, scope, subject, f"property `{subject}` made non-nullable", *at)
        if old.read_only != new.read_only:
            if new.read_only:
                self.add("property-read-only", sends, scope, subject, f"property `{subject}` made read-only (set by the service only)", *at)
            else:
                self.add("property-writable", False, scope, subject, f"property `{subject}` no longer read-only", *at)

    # -- enums -----------------------------------------------------------------------
    def enums(self) -> None:
        old_by = {e.name: e for e in self.old.enums}
        new_by = {e.name: e for e in self.new.enums}
        for name, enum in old_by.items():
            if name not in new_by:
                self.add("enum-removed", True, f"enum {name}", "", f"enum `{name}` removed", enum.pointer, None)
        for name, enum in new_by.items():
            before = old_by.get(name)
            if before is None:
                self.add("enum-added", False, f"enum {name}", "", f"enum `{name}` added", None, enum.pointer)
            else:
                self.enum_pair(before, enum)

    def enum_pair(self, old: EnumType, new: EnumType) -> None:
        scope = f"enum {new.name}"
        if old.base != new.base:
            self.add("enum-retyped", True, scope, "", f"enum `{new.name}` values `{old.base}` -> `{new.base}`", old.pointer, new.pointer)
            return
        old_values = {v.value: i for i, v in enumerate(old.values)}
        new_values = {v.value: i for i, v in enumerate(new.values)}
        for value, index in old_values.items():
            if value not in new_values:
                self.add("enum-value-removed", True, scope, str(value), f"value `{value!r}` removed", f"{old.pointer}/enum/{index}", f"{new.pointer}/enum")
        for value, index in new_values.items():
            if value not in old_values:
                kind = "an open enum: values it does not list were accepted already" if new.open else "a closed enum: callers do not expect it"
                self.add("enum-value-added", not new.open, scope, str(value), f"value `{value!r}` added ({kind})", f"{old.pointer}/enum", f"{new.pointer}/enum/{index}")
        if old.open and not new.open:
            self.add("enum-closed", True, scope, "", f"enum `{new.name}` closed: values it does not list are now refused", old.pointer, new.pointer)
        elif new.open and not old.open:
            self.add("enum-opened", False, scope, "", f"enum `{new.name}` opened: values it does not list are now accepted", old.pointer, new.pointer)
