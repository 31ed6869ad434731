"""Stage 4: turn a resolved spec into the intermediate model (:mod:`generator.ir`).

All decisions are made here: Python names (through :mod:`generator.names`), types and
their annotations, which parameters belong to the client, constants, validation rules,
and the translation of spec patterns into Python regular expressions.  Each schema,
parameter and operation is visited once; named schemas are cached by location, so
recursive and heavily shared schemas cost one build each.

:func:`build_api` runs the steps in order: the named schemas (:mod:`.schemas`, with
:mod:`.enums`, :mod:`.patterns`, :mod:`.defaults`), the operations and the client
(:mod:`.operations`, with :mod:`.security`, :mod:`.host`, :mod:`.parameters`,
:mod:`.bodies`, :mod:`.responses`, :mod:`.paging`, :mod:`.lro`), inheritance
(:mod:`.inheritance`), the package's modules (:mod:`.modules`: one per operation group, the
models in parts of bounded size), then each module's imports (:mod:`.imports`).

Anything the builder cannot represent is reported as a warning with its JSON pointer
(``--strict`` turns warnings into failures); nothing is dropped silently.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass

from generator import __version__
from generator.build.context import BuildContext, EnumOccurrence, text
from generator.build.enums import merge_enums
from generator.build.imports import model_patterns, module_imports
from generator.build.inheritance import link_models
from generator.build.modules import package_modules, part_budget
from generator.build.nodes import class_of_named, schema_name
from generator.build.operations import build_operations, client_class_name
from generator.build.project import build_project
from generator.build.schemas import named_schemas, type_of
from generator.diagnostics import Diagnostic, GenerationError
from generator.ir import Api, Client, Operation, OperationGroup
from generator.spec import Spec


@dataclass(frozen=True)
class BuildResult:
    api: Api
    warnings: tuple[Diagnostic, ...]


def build_api(spec: Spec, package: str, display_file: str, spec_files: dict[str, bytes]) -> BuildResult:
    """Build the :class:`~generator.ir.Api` of ``spec`` for the package ``package``."""
    def run(merged: dict[tuple[str, str], EnumOccurrence]) -> tuple[BuildContext, Client, tuple[OperationGroup, ...], tuple[Operation, ...]]:
        builder = BuildContext(spec, display_file, merged_enums=merged)
        builder.classes.claim(client_class_name(spec.data))  # the client keeps its name; a model yields
        # Named schemas claim their clean names before any inline schema gets a derived one.
        for key, location in named_schemas(builder):
            builder.schema_names[location] = schema_name(spec.node(location), location) or key
        named = named_schemas(builder)
        builder.named_classes = frozenset(class_of_named(spec.node(location), builder.schema_names[location]) for _, location in named)
        for _key, location in named:
            type_of(builder, spec.node(location), location, builder.schema_names[location])
        return (builder, *build_operations(builder))

    builder, client, groups, root_operations = run({})
    # Enums sharing an x-ms-enum name are one enum; which schemas are met (and so what the
    # union is) is known only once everything is built: when they differ, build again
    # with the merged enums (every occurrence then gets the same class).
    merged, conflicts, differs = merge_enums(builder.enum_occurrences, lambda at: f"{builder.file_of(at)}#{at.pointer}")
    if differs and not builder.errors:
        builder, client, groups, root_operations = run(merged)
    for code, message, at in conflicts:
        builder.warn(code, message, at)
    if builder.errors:
        raise GenerationError(builder.errors + builder.warnings)
    digest = hashlib.sha256()
    for name in sorted(spec_files):
        digest.update(name.encode() + b"\0" + spec_files[name] + b"\0")
    models = tuple(m for loc in link_models(builder) if (m := builder.models[loc]) is not None)
    info = spec.data.get("info") or {}
    api = Api(
        package=package,
        title=text(info.get("title")),
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
        xml_models=tuple(builder.xml_models.values()),
    )
    api = dataclasses.replace(api, modules=package_modules(api, part_budget(spec.data), part_budget(spec.data, "x-opgen-operations-budget")))
    api = dataclasses.replace(api, runtime_modules=runtime_modules(api))
    api = dataclasses.replace(api, imports=module_imports(api), model_patterns=model_patterns(api), project=build_project(api))
    return BuildResult(api, tuple(builder.warnings))


# The runtime modules every package ships (generator/runtime/), as paths inside it.
RUNTIME_ALWAYS = (
    "_auth.py", "_credentials.py", "_errors.py", "_formats.py", "_log.py", "_pipeline.py", "_policy.py", "_serde.py",
    "_tolerance.py", "_urls.py", "_validation.py", "_wire.py", "aio/_pipeline.py",
)


def runtime_modules(api: Api) -> tuple[str, ...]:
    """The runtime modules ``api``'s package needs: those every package ships, ``_paging.py``
    with a pageable operation, ``_lro.py`` with a long-running one, ``_streams.py`` with one
    returning a stream, ``_unions.py`` with a union it decodes, ``_xml.py`` with an XML body,
    ``_methods.py`` when the client's own operations are cut into parts (``Api.modules``)."""
    optional = (
        ("_methods.py", any(m.parts for m in api.modules)),
        ("_paging.py", api.pageable),
        ("_lro.py", api.lros),
        ("_streams.py", api.streams),
        ("_unions.py", _decodes_unions(api)),
        ("_xml.py", api.xml),
    )
    return tuple(sorted((*RUNTIME_ALWAYS, *(name for name, needed in optional if needed)), key=lambda name: name.split("/")))


def _decodes_unions(api: Api) -> bool:
    """A model field, a response body (a page, a long-running result) or an error body
    is a union, or holds one (``_unions`` decodes it)."""
    types = [p.type for m in api.models for p in (*m.properties, *((m.additional,) if m.additional is not None else ()))]
    for op in api.all_operations:
        types += [r.type for r in (*op.responses, *op.errors) if r.type is not None]
        types += [op.error_type] if op.error_type is not None else []
        types += [op.lro.result] if op.lro is not None and op.lro.result is not None else []
    return any(t.kind == "union" for top in types for t in top.walk())
