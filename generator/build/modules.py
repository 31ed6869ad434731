"""Which modules a package is made of, and what each holds (build stage).

A package's size is bounded per module, not per package: each operation group gets a
module of its own (``operations/_<group>_operations.py``, its async twin under ``aio/``),
and the models and enums are cut into parts (``models/_models_<n>.py``,
``models/_enums_<n>.py``) of at most :data:`PART_BUDGET` bytes of rendered source each
(estimated from the IR, before rendering).  ``models/__init__.py``,
``operations/__init__.py`` and ``aio/operations/__init__.py`` resolve their names lazily
(PEP 562), and the clients create each group on first access, so importing the package
loads none of them and a call loads its group's module and the parts it uses.

Models are assigned to parts in ``Api.models`` order (each base before its subclasses),
so a class's bases are in its own part or an earlier one: a part imports its bases from
earlier parts at the top (never a cycle).  Every other reference to a model of another
part (decoding, validation, subtype tables) is written ``_models_<n>.Name``, the module
being bound lazily (``_serde.LazyModule``): cycles between parts are harmless.  Enums
reference nothing, so a part imports its enums by name.

The client's own operations (those of no group: methods of the client itself) live in
``_operations.py`` (request builders, response handlers) and the client modules (the
methods), unless their estimated size exceeds the budget: they are then cut into parts
too (:class:`~generator.ir.OperationsPart`).  ``_operations_<n>.py`` holds a part's
builders and handlers and a class of its sync methods, ``aio/_operations_<n>.py`` the
class of its async ones.  For type checkers the client classes inherit every part's
class (under ``TYPE_CHECKING``); at run time they inherit a class of lazy descriptors
(the runtime's ``_methods.py``) that import a part when one of its methods is first
read and put the method on the class, so importing the package loads no part and a call
loads its own.  A group too big for one module is cut the same way: its module keeps the
group's class, which inherits its methods from ``operations/_<group>_operations_<n>.py``
(async twins under ``aio/operations/``) through the same table and descriptors.

A next-page request that another module's builder makes (x-ms-pageable's operationName:
another part, another group, the client's) is written ``<module>.build_...``
(``PackageModule.refs``), the module bound lazily, so modules may page through each other.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar

from generator.ir import (
    Api,
    EnumType,
    Model,
    Operation,
    OperationGroup,
    OperationsPart,
    PackageModule,
    Pattern,
    Result,
    TypeRef,
    XmlModel,
)

PART_BUDGET = 300_000
"""The estimated rendered size (bytes) of one part of the models, of the enums or of the
operations (the client's own, or a group's): a part is closed before it would exceed it (a
single model larger than it makes a part alone), and operations that fit in one stay
unparted.  Black's formatting changes sizes by a few percent, so parts stay far below the
2 MB any module must stay under.  Hidden knobs, for tests that need several parts from a
small spec: ``x-opgen-part-budget`` (models, enums) and ``x-opgen-operations-budget``
(operations), positive integers at the root of the spec, override it."""

# The templates that render one module (their path less ``.jinja``), in output order.
SINGLE_TEMPLATES = (
    "__init__.py",
    "_client.py",
    "_config.py",
    "_meta.py",
    "_operations.py",
    "aio/__init__.py",
    "aio/_client.py",
    "aio/operations/__init__.py",
    "models/__init__.py",
    "operations/__init__.py",
    "py.typed",
)
GROUP_TEMPLATE = "operations/_group_operations.py.jinja"
PART_TEMPLATE = "_operations_part.py.jinja"
ASYNC_PART_TEMPLATE = "aio/_operations_part.py.jinja"
ASYNC_GROUP_TEMPLATE = "aio/operations/_group_operations.py.jinja"
MODELS_TEMPLATE = "models/_models.py.jinja"
ENUMS_TEMPLATE = "models/_enums.py.jinja"
# The templates of the modules defining request builders.
REQUEST_TEMPLATES = ("_operations.py.jinja", GROUP_TEMPLATE, PART_TEMPLATE)

T = TypeVar("T")


def part_budget(document: Mapping[str, object], knob: str = "x-opgen-part-budget") -> int:
    """The part budget of a spec: :data:`PART_BUDGET` unless ``knob`` (a key at its root) says:
    ``x-opgen-part-budget`` for the models and enums, ``x-opgen-operations-budget`` for the
    operations (the client's own and each group's), so that a test may cut either alone."""
    value = document.get(knob)
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else PART_BUDGET


def group_module(group: OperationGroup) -> str:
    """The module name of a group's operations: ``_host_pools_operations``."""
    return f"_{group.name}_operations"


def package_modules(api: Api, budget: int = PART_BUDGET, operations_budget: int = PART_BUDGET) -> tuple[PackageModule, ...]:
    """Every templated module of ``api``'s package (imports not yet computed), the models
    and enums cut into parts of ``budget`` bytes (estimated), the client's own operations
    and each group's into parts of ``operations_budget`` bytes when they exceed it."""
    model_parts: list[list[Model | Result]] = _pack([*api.models, *api.results], _size, budget)
    enum_parts = _pack(api.enums, _enum_size, budget)
    where: dict[str, str] = {}
    for n, part in enumerate(model_parts, 1):
        where.update((item.name, f"_models_{n}") for item in part)
    for n, enum_part in enumerate(enum_parts, 1):
        where.update((e.name, f"_enums_{n}") for e in enum_part)
    exports = {name: where[name] for name in [*(e.name for e in api.enums), *(m.name for m in api.models), *(r.name for r in api.results)]}
    client_parts = _cut(api.operations, operations_budget, "_operations", "_Operations")
    client_operations = () if client_parts else api.operations  # those _operations.py defines
    modules: list[PackageModule] = []
    for name in SINGLE_TEMPLATES:
        module = PackageModule(name, name + ".jinja")
        if name == "_operations.py":
            patterns = _patterns(api, _operation_types(client_operations, api))
            module = PackageModule(name, name + ".jinja", operations=client_operations, patterns=patterns, xml_models=_xml_models(api, client_operations))
        elif name in ("_client.py", "aio/_client.py"):
            module = PackageModule(name, name + ".jinja", parts=tuple(part for part, _ in client_parts))
        elif name == "models/__init__.py":
            module = PackageModule(name, name + ".jinja", exports=exports)
        elif name in ("operations/__init__.py", "aio/operations/__init__.py"):
            module = PackageModule(name, name + ".jinja", exports={g.class_name: group_module(g) for g in api.groups})
        modules.append(module)
    for g in api.groups:
        group_parts = _cut(g.operations, operations_budget, group_module(g), "_" + g.class_name)
        if group_parts:  # the group's modules hold its class, which takes its methods from the parts
            parts = tuple(part for part, _ in group_parts)
            modules.append(PackageModule(f"operations/{group_module(g)}.py", GROUP_TEMPLATE, group=g, parts=parts))
            modules.append(PackageModule(f"aio/operations/{group_module(g)}.py", ASYNC_GROUP_TEMPLATE, group=g, parts=parts))
            modules += _part_modules(api, "operations/", g, group_parts)
            continue
        patterns = _patterns(api, _operation_types(g.operations, None))
        xml_models = _xml_models(api, g.operations)
        modules.append(PackageModule(f"operations/{group_module(g)}.py", GROUP_TEMPLATE, group=g, operations=g.operations, patterns=patterns, xml_models=xml_models))
        modules.append(PackageModule(f"aio/operations/{group_module(g)}.py", ASYNC_GROUP_TEMPLATE, group=g, operations=g.operations))
    modules += _part_modules(api, "", None, client_parts)
    for n, enum_part in enumerate(enum_parts, 1):
        modules.append(PackageModule(f"models/_enums_{n}.py", ENUMS_TEMPLATE, enums=tuple(e for e in enum_part if isinstance(e, EnumType))))
    for n, part in enumerate(model_parts, 1):
        own = f"_models_{n}"
        models = tuple(m for m in part if isinstance(m, Model))
        results = tuple(r for r in part if isinstance(r, Result))
        bases = {base for m in models for base in m.bases}  # imported by name (from earlier parts)
        refs = {
            name: f"{where[name]}.{name}"
            for name in sorted(_code_models(models) - bases)
            if where.get(name, own) != own and where[name].startswith("_models_")
        }
        patterns = _patterns(api, (p.type for m in models for p in (*m.properties, *((m.additional,) if m.additional else ()))))
        modules.append(PackageModule(f"models/{own}.py", MODELS_TEMPLATE, models=models, results=results, patterns=patterns, refs=refs))
    return _next_page_refs(modules)


def _cut(operations: Sequence[Operation], budget: int, module: str, class_name: str) -> list[tuple[OperationsPart, tuple[Operation, ...]]]:
    """``operations`` (the client's own, or a group's) cut into parts of ``budget`` bytes
    (estimated), each with its :class:`OperationsPart` (``<module>_<n>``, class
    ``<class_name><n>``); none when they fit in one."""
    packed = _pack(operations, _operation_size, budget)
    if len(packed) < 2:
        return []
    return [(OperationsPart(f"{module}_{n}", f"{class_name}{n}", tuple(op.name for op in ops)), tuple(ops)) for n, ops in enumerate(packed, 1)]


def _part_modules(api: Api, folder: str, group: OperationGroup | None, parts: Iterable[tuple[OperationsPart, tuple[Operation, ...]]]) -> list[PackageModule]:
    """The modules of the parts of the client's own operations (``folder`` empty, no
    ``group``) or of ``group``'s (``operations/``): ``<folder><part>.py`` (request builders,
    response handlers, the class of the sync methods) and its async twin under ``aio/``."""
    modules = []
    for part, ops in parts:
        patterns = _patterns(api, _operation_types(ops, None))
        path = f"{folder}{part.module}.py"
        modules.append(PackageModule(path, PART_TEMPLATE, group=group, operations=ops, patterns=patterns, xml_models=_xml_models(api, ops), parts=(part,)))
        modules.append(PackageModule(f"aio/{path}", ASYNC_PART_TEMPLATE, group=group, operations=ops, parts=(part,)))
    return modules


def _next_page_refs(modules: Sequence[PackageModule]) -> tuple[PackageModule, ...]:
    """``modules``, each calling the next-page builders (x-ms-pageable's operationName)
    another module defines as ``<module>.build_...`` (``PackageModule.refs``), the module
    bound lazily: a group's parts, the client's and other groups' modules may so refer to
    each other in cycles, and a page imports the module of its next request only when a
    next page is first asked for."""
    home = {op.builder: m.path for m in modules if m.template in REQUEST_TEMPLATES for op in m.operations}
    found = []
    for m in modules:
        wanted = sorted({op.paging.next_operation for op in m.operations if op.paging is not None and op.paging.next_operation})
        refs = {b: f"{home[b].rsplit('/', 1)[-1].removesuffix('.py')}.{b}" for b in wanted if b in home and home[b] != m.path}
        found.append(dataclasses.replace(m, refs=refs) if refs and m.template in REQUEST_TEMPLATES else m)
    return tuple(found)


def _xml_models(api: Api, operations: Iterable[Operation]) -> tuple[XmlModel, ...]:
    """The XML models the XML bodies of ``operations`` hold (their module's ``_XML_MODELS``),
    in ``Api.xml_models`` order."""
    by_name = {m.name: m for m in api.xml_models}
    used: set[str] = set()
    pending = [
        node
        for op in operations
        for node in (op.body.xml if op.body is not None else None, op.error_xml, *(r.xml for r in (*op.responses, *op.errors)))
        if node is not None
    ]
    while pending:
        node = pending.pop()
        if node.model is not None and node.model not in used:
            used.add(node.model)
            pending += [f.node for f in by_name[node.model].fields]
        if node.item is not None:
            pending.append(node.item)
    return tuple(m for m in api.xml_models if m.name in used)


def locations(api: Api) -> dict[str, str]:
    """Where each enum, model and result is defined: name -> submodule of ``models``
    (``_models_2``); ``_<Enum>_MEMBERS`` with its enum."""
    exports = api.module("models/__init__.py").exports
    found = dict(exports)
    for e in api.enums:
        found[f"_{e.name}_MEMBERS"] = exports[e.name]
    return found


def _pack(items: Sequence[T], measure: Callable[[T], int], budget: int) -> list[list[T]]:
    parts: list[list[T]] = []
    current: list[T] = []
    used = 0
    for item in items:
        cost = measure(item)
        if current and used + cost > budget:
            parts.append(current)
            current, used = [], 0
        current.append(item)
        used += cost
    if current:
        parts.append(current)
    return parts


def _size(item: Model | Result) -> int:
    """The estimated rendered size of a model (or a result class), in bytes: a little
    above what the templates write (checked against real specs)."""
    if isinstance(item, Result):
        headers = sum(200 + 2 * len(h.description) + 3 * len(h.type.annotation) + 2 * len(h.name) + len(h.wire_name) for h in item.headers)
        return 500 + len(item.description) + headers + (3 * len(item.body.annotation) if item.body else 0)
    props = [*item.properties, *((item.additional,) if item.additional is not None else ())]
    total = 1400 + len(item.description) + 60 * len(item.subtypes) + sum(len(v) + len(s) for v, s in item.subtypes)
    for p in props:
        total += 650 + len(p.description) + 5 * len(p.type.annotation) + 4 * len(p.wire_name) + 6 * len(p.name)
        total += sum(len(name) + len(value) + 4 for name, value in p.type.rules)
    return total


def _operation_size(op: Operation) -> int:
    """The estimated rendered size of a client operation in its part, in bytes: its request
    builder, response handler and sync method (``_operations_<n>.py``), a little above what
    the templates write (checked against the group modules of real specs)."""
    total = 2000 + 3 * len(op.summary) // 2 + len(op.description) + 4 * len(op.name) + 2 * len(op.path)
    for p in (*op.parameters, *op.groups):
        total += 400 + len(p.description) + 4 * len(p.type.annotation) + 4 * len(p.name) + 2 * len(p.wire_name)
        total += sum(len(name) + len(value) + 50 for name, value in p.type.rules)
    for r in (*op.responses, *op.errors):
        total += 200 + len(r.description) + (3 * len(r.type.annotation) if r.type is not None else 0)
    if op.paging is not None:
        total += 1600
    if op.lro is not None:
        total += 2400
    return total


def _enum_size(e: EnumType) -> int:
    return 400 + len(e.description) + 2 * len(e.name) + sum(20 + len(v.name) + 2 * len(repr(v.value)) + len(v.description) for v in e.values)


def _code_models(models: Iterable[Model]) -> set[str]:
    """The model names the code of ``models`` refers to when it runs (decoding, checks,
    subtype tables), bases and annotations aside."""
    names: set[str] = set()
    for m in models:
        names.update(subtype for _, subtype in m.subtypes)
        for p in (*m.properties, *((m.additional,) if m.additional is not None else ())):
            names.update(t.name for t in p.type.walk() if t.kind == "model" and t.name is not None)
    return names


def _operation_types(operations: Iterable[Operation], api: Api | None) -> list[TypeRef]:
    """The parameter types the request builders of ``operations`` check (and, with
    ``api``, the client's parameters: ``validate_client_config``)."""
    types = [p.type for p in api.client.parameters if p.constant is None] if api is not None else []
    for op in operations:
        for p in op.parameters:
            types.append(p.type)
            if p.media_types and p.type.item is not None:
                types.append(p.type.item)
    return types


def _patterns(api: Api, types: Iterable[TypeRef]) -> tuple[Pattern, ...]:
    """The patterns among ``types`` (their items included), in ``Api.patterns`` order."""
    used: set[str] = set()
    for t in types:
        used.update(inner.constraints.pattern.name for inner in t.walk() if inner.constraints.pattern is not None)
    return tuple(p for p in api.patterns if p.name in used)


__all__ = ["ASYNC_PART_TEMPLATE", "PART_BUDGET", "PART_TEMPLATE", "REQUEST_TEMPLATES", "group_module", "locations", "package_modules", "part_budget"]
