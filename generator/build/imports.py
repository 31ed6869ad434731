"""Which names each generated module imports, decided from what it uses (build stage).

Every template that lays out a module's code has a twin function here listing the
names that code refers to: the annotations it writes (``_dt.datetime``, model and enum
names, ``_t.Any``) and the names its decode / validate / error branches call.  Those
become :class:`~generator.ir.ModuleImports`, grouped and sorted as ruff's isort rules
(``I001``, default settings) want them: ``from __future__`` first, then the standard
library, third-party (httpx), and the package's own (relative) modules, straight
``import`` statements before ``from`` ones, members by type (CONSTANTS, Classes,
variables), case-insensitively in natural order, ``as`` imports on lines of their own.

Generated code so has neither unused (ruff ``F401``) nor missing (``F821``) imports;
``tests/generated/test_lint.py`` runs ruff over the output to hold that.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping

from generator.build.modules import (
    ASYNC_GROUP_TEMPLATE,
    ASYNC_PART_TEMPLATE,
    ENUMS_TEMPLATE,
    GROUP_TEMPLATE,
    MODELS_TEMPLATE,
    PART_TEMPLATE,
    REQUEST_TEMPLATES,
    group_module,
    locations,
)
from generator.ir import (
    Api,
    Import,
    ModuleImports,
    Operation,
    PackageModule,
    Pattern,
    TypeRef,
    XmlNode,
)

_IDENTIFIER = re.compile(r"[^\W\d]\w*")

# The standard-library modules generated code imports, with the alias it uses.
_STDLIB_ALIASES = {
    "_dc": "dataclasses", "_dt": "datetime", "_enum": "enum", "_functools": "functools", "_importlib": "importlib", "_re": "re", "_t": "typing",
}
_STDLIB = frozenset({*_STDLIB_ALIASES.values(), "types"})
_THIRD_PARTY = frozenset({"httpx"})

# The names of the package's error module __init__.py exports.
_ERRORS = (
    "ClientAuthenticationError",
    "ClientError",
    "DeserializationError",
    "HttpResponseError",
    "ParameterValidationError",
    "ResourceExistsError",
    "ResourceNotFoundError",
    "ServiceRequestError",
)


def module_imports(api: Api) -> dict[str, ModuleImports]:
    """The imports of every templated module of ``api``'s package, by its path in it."""
    where = locations(api)
    folders = _request_folders(api)
    found = {
        "__init__.py": _init(api),
        "_client.py": _client(api, api.module("_client.py"), where, is_async=False),
        "_operations.py": _operations(api, api.module("_operations.py"), where, folders),
        "aio/__init__.py": _imports([Import("._client", (api.client.name,))]),
        "aio/_client.py": _client(api, api.module("aio/_client.py"), where, is_async=True),
    }
    for module in api.modules:
        if module.exports or module.path.endswith("/__init__.py") and module.path != "aio/__init__.py":
            found[module.path] = _lazy_package(module.exports)
        elif module.template == GROUP_TEMPLATE:
            found[module.path] = _group(api, module, where, folders, is_async=False)
        elif module.template == ASYNC_GROUP_TEMPLATE:
            found[module.path] = _group(api, module, where, folders, is_async=True)
        elif module.template == PART_TEMPLATE:
            found[module.path] = _part(api, module, where, folders, is_async=False)
        elif module.template == ASYNC_PART_TEMPLATE:
            found[module.path] = _part(api, module, where, folders, is_async=True)
        elif module.template == MODELS_TEMPLATE:
            found[module.path] = _models(api, module, where)
        elif module.template == ENUMS_TEMPLATE:
            found[module.path] = _imports([Import("__future__", ("annotations",)), Import("enum", alias="_enum")])
    return found


def model_patterns(api: Api) -> tuple[Pattern, ...]:
    """The patterns the models check, in ``Api.patterns`` order (each part compiles its own)."""
    used: set[str] = set()
    for model in api.models:
        for prop in (*model.properties, *((model.additional,) if model.additional is not None else ())):
            used.update(t.constraints.pattern.name for t in prop.type.walk() if t.constraints.pattern is not None)
    return tuple(p for p in api.patterns if p.name in used)


# -- what each module uses ----------------------------------------------------------------


def _init(api: Api) -> ModuleImports:
    imports = [
        Import("importlib", alias="_importlib"),
        Import("typing", alias="_t"),
        Import("._client", (api.client.name,)),
        Import("._errors", _ERRORS),
        Import("._meta", ("VERSION",), "__version__"),
        Import("._policy", ("RetryPolicy",)),
    ]
    if api.streams:
        imports.append(Import("._streams", ("ByteStream",)))
    if api.pageable:
        imports.append(Import("._paging", ("AsyncItemPaged", "ItemPaged")))
    return _imports(imports, type_checking=[Import(".", ("models",), "models")])


def _lazy_package(exports: Mapping[str, str]) -> ModuleImports:
    """``models/__init__.py``, ``operations/__init__.py``: names imported on first use (PEP
    562); type checkers see every submodule star-imported (each has an ``__all__``)."""
    by_module: dict[str, list[str]] = {}
    for name, module in exports.items():
        by_module.setdefault(module, []).append(name)
    imports = [Import("__future__", ("annotations",)), Import("importlib", alias="_importlib")]
    if exports:
        imports.append(Import("typing", alias="_t"))
    # ``from ._models_1 import *`` (its ``__all__``): one line per submodule, however many names.
    return _imports(imports, type_checking=[Import(f".{module}", ("*",)) for module in by_module])


class _Methods:
    """What the operation methods of a client or group class (``macros/operation.jinja``,
    ``macros/lro.jinja``) refer to."""

    def __init__(self, operations: Iterable[Operation]) -> None:
        operations = tuple(operations)
        annotations: list[str] = []
        for op in operations:
            annotations += [p.type.annotation for p in op.arguments]
            if op.paging is not None:
                annotations.append(op.paging.item.annotation)
            elif op.lro is not None:
                annotations.append(op.lro.annotation)
            else:
                annotations.append(op.return_annotation)
        self.used = _names(annotations)
        self.serde = any(op.lro is None or op.paging is not None for op in operations)  # _serde.strictly
        self.lro = any(op.lro is not None for op in operations)
        self.paging = any(op.paging is not None for op in operations)
        self.httpx = any(op.paging is not None and op.lro is not None for op in operations)  # _pages(_final: httpx.Response, ...)
        self.any = bool(operations)

    def imports(self, pkg: str, is_async: bool) -> list[Import]:
        imports = [*_stdlib(self.used)]
        if self.any:
            imports.append(Import(f"{pkg}_policy", ("TimeoutTypes",)))
        if "ByteStream" in self.used:
            imports.append(Import(f"{pkg}_streams", ("ByteStream",)))
        if self.paging:
            imports.append(Import(f"{pkg}_paging", ("AsyncItemPaged" if is_async else "ItemPaged",)))
        package = [n for n, needed in (("_lro", self.lro), ("_serde", self.serde)) if needed]
        if package:
            imports.append(Import(pkg, tuple(package)))
        return imports


def _client(api: Api, module: PackageModule, where: Mapping[str, str], *, is_async: bool) -> ModuleImports:
    """``_client.py`` or ``aio/_client.py``: the client class, with the client's own
    operations as methods, or (``module.parts``) inheriting them from the parts."""
    pkg = ".." if is_async else "."
    c = api.client
    methods = _Methods(() if module.parts else api.operations)
    used = methods.used | _names(p.type.annotation for p in c.parameters if p.constant is None)
    credentials = ("AsyncTokenCredential" if is_async else "TokenCredential", *(("scopes_for",) if c.azure_scopes else ()))
    imports = [
        Import("__future__", ("annotations",)),
        *_stdlib(used),
        *methods.imports(pkg, is_async),
        *([Import("functools", alias="_functools")] if api.groups else []),  # _functools.cached_property
        Import("typing", alias="_t"),  # _t.TYPE_CHECKING
        Import("types", ("TracebackType",)),
        Import(pkg, ("_auth", "_operations") if c.security else ("_operations",)),
        *([Import(pkg, ("_methods",))] if module.parts else []),
        *([Import(f"{pkg}_credentials", credentials)] if c.credential else []),
        Import(f"{pkg}_policy", ("RetryPolicy", "TimeoutTypes")),
        Import(f"{pkg}_policy", ("user_agent",), "_user_agent"),
        Import("._pipeline", ("AsyncPipeline" if is_async else "Pipeline",)),
    ]
    groups = [Import(f".operations.{group_module(g)}", (g.class_name,)) for g in api.groups]
    parts = [Import(f".{part.module}", (part.class_name,)) for part in module.parts]
    return _imports(imports, type_checking=[Import("httpx"), *groups, *parts, *_model_imports(where, used, f"{pkg}models.")])


def _operations(api: Api, module: PackageModule, where: Mapping[str, str], folders: Mapping[str, str]) -> ModuleImports:
    """``_operations.py``: the client's config, its check, and the client's own operations."""
    uses = _OperationsUses()
    for p in api.client.parameters:
        if p.constant is None:
            uses.annotation(p.type.annotation)
            uses.validate(p.type)
    for op in module.operations:
        uses.operation(op)
    imports, type_checking = _request_imports(api, module, uses, where, ".")
    return _with_next_pages(folders, module, imports, type_checking, ".")


def _request_imports(
    api: Api, module: PackageModule, uses: _OperationsUses, where: Mapping[str, str], pkg: str
) -> tuple[list[Import], list[Import]]:
    """The imports of the request builders and response handlers of ``module.operations``."""
    annotated = _names(uses.annotations)
    used = annotated | uses.names
    operations = bool(module.operations)
    package = [
        n for n, needed in (("_serde", uses.serde), ("_unions", uses.unions), ("_validation", uses.validation), ("_xml", uses.xml)) if needed
    ]
    imports = [
        Import("__future__", ("annotations",)),
        *([Import("dataclasses", alias="_dc")] if module.path == "_operations.py" else []),  # ClientConfig
        *_stdlib(used - {"_dc"}),
        *([Import("re", alias="_re")] if module.patterns else []),
        *([Import("typing", alias="_t")] if operations else []),  # _t.TYPE_CHECKING
        *([Import(pkg, tuple(package))] if package else []),
    ]
    if operations:
        imports += [
            *([Import(f"{pkg}_errors", ("error_from_response",), "_error_from_response")] if uses.plain_errors else []),
            Import(f"{pkg}_policy", ("Request",), "_Request"),
        ]
    if any(p.skip_url_encoding and p.location == "query" and not p.styled for op in module.operations for p in (*op.client_parameters, *op.parameters)):
        imports.append(Import(f"{pkg}_urls", ("Unencoded",), "_Unencoded"))
    if uses.stream:
        imports.append(Import(f"{pkg}_streams", ("ByteStream",)))
    if uses.next_page:
        imports.append(Import(f"{pkg}_paging", ("next_page",), "_next_page"))
    imports += _model_imports(where, uses.names, f"{pkg}models.")
    type_checking = [*([Import("httpx")] if operations else []), *_model_imports(where, annotated - uses.names, f"{pkg}models.")]
    return imports, type_checking


def _request_folders(api: Api) -> dict[str, str]:
    """The folder (``""``, ``operations``) of each module defining request builders, by its
    name (``_pets_operations_2``): where a next-page builder's module is imported from."""
    return {m.path.rpartition("/")[2].removesuffix(".py"): m.path.rpartition("/")[0] for m in api.modules if m.template in REQUEST_TEMPLATES}


def _next_page_modules(where: Mapping[str, str], module: PackageModule) -> tuple[list[Import], tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The modules defining the next-page builders ``module`` calls (``PackageModule.refs``:
    ``<module>.build_...``), bound lazily: imported for type checkers, at run time a
    ``_serde.LazyModule`` each, of the module's own package (siblings) or of the other one
    (the package's top, ``operations``); ``where``: :func:`_request_folders`."""
    names = sorted({ref.split(".")[0] for ref in module.refs.values()}, key=_natural)
    folder = module.path.rpartition("/")[0]
    type_checking: list[Import] = []
    siblings: list[str] = []
    elsewhere: list[tuple[str, str]] = []
    for name in names:
        if where[name] == folder:
            type_checking.append(Import(".", (name,)))
            siblings.append(name)
        elif where[name] == "":  # from operations/: a module of the package's top
            type_checking.append(Import("..", (name,)))
            elsewhere.append((name, '__package__.rpartition(".")[0]'))
        else:  # from the package's top: a module of operations/
            type_checking.append(Import(f".{where[name]}", (name,)))
            elsewhere.append((name, f'__package__ + ".{where[name]}"'))
    return type_checking, tuple(siblings), tuple(elsewhere)


def _with_next_pages(folders: Mapping[str, str], module: PackageModule, imports: list[Import], type_checking: list[Import], pkg: str) -> ModuleImports:
    """The imports of a module defining request builders, with the modules of the next-page
    builders it calls bound lazily (:func:`_next_page_modules`)."""
    lazy_imports, lazy, elsewhere = _next_page_modules(folders, module)
    if lazy or elsewhere:
        imports = [*imports, Import(pkg, ("_serde",))]
    return ModuleImports(
        sections=_sections(imports), type_checking=_sections([*type_checking, *lazy_imports]), lazy=lazy, lazy_elsewhere=elsewhere
    )


def _group(api: Api, module: PackageModule, where: Mapping[str, str], folders: Mapping[str, str], *, is_async: bool) -> ModuleImports:
    """``operations/_<group>_operations.py`` (request builders, response handlers and the
    sync class) or ``aio/operations/_<group>_operations.py`` (the async class); a group cut
    into parts (``module.parts``): the class alone, taking its methods from the parts."""
    group = module.group
    assert group is not None
    methods = _Methods(() if module.parts else group.operations)
    pkg = "..." if is_async else ".."
    pipeline = Import(".._pipeline" if is_async else f"{pkg}_pipeline", ("AsyncPipeline" if is_async else "Pipeline",))
    config = Import(f"{pkg}_operations", ("ClientConfig",))
    if module.parts:
        imports = [Import("__future__", ("annotations",)), Import("typing", alias="_t"), Import(pkg, ("_methods",)), pipeline, config]
        return _imports(imports, type_checking=[Import(f".{part.module}", (part.class_name,)) for part in module.parts])
    if is_async:
        imports = [
            Import("__future__", ("annotations",)),
            *methods.imports(pkg, is_async),
            Import(f"{pkg}operations", (group_module(group),), "_operations"),
            pipeline,
            config,
        ]
        type_checking = [*([Import("httpx")] if methods.httpx else []), *_model_imports(where, methods.used, f"{pkg}models.")]
        if type_checking:
            imports.append(Import("typing", alias="_t"))
        return _imports(imports, type_checking=type_checking)
    uses = _OperationsUses()
    for op in group.operations:
        uses.operation(op)
    imports, type_checking = _request_imports(api, module, uses, where, pkg)
    imports += [*methods.imports(pkg, is_async), pipeline, config]
    type_checking += _model_imports(where, methods.used - uses.names, f"{pkg}models.")
    return _with_next_pages(folders, module, imports, type_checking, pkg)


def _part(api: Api, module: PackageModule, where: Mapping[str, str], folders: Mapping[str, str], *, is_async: bool) -> ModuleImports:
    """A part of the client's own operations or of a group's: ``_operations_<n>.py``
    (``operations/_<group>_operations_<n>.py``: request builders, response handlers and the
    class of the sync methods) or its twin under ``aio/`` (the class of the async methods).
    The attributes the classes declare (the client's pipeline and config) are for type
    checkers only."""
    methods = _Methods(module.operations)
    folder = "operations" if module.group is not None else ""  # of the sync part
    pkg = ("." if is_async else "") + ("." + "." * bool(folder))  # the package's top
    declared = [
        Import(f"{pkg[1:]}_pipeline" if is_async else f"{pkg}_pipeline", ("AsyncPipeline" if is_async else "Pipeline",)),
        Import(f"{pkg}_operations", ("ClientConfig",)),
    ]
    if is_async:
        imports = [
            Import("__future__", ("annotations",)),
            Import("typing", alias="_t"),
            *methods.imports(pkg, is_async),
            Import(pkg + folder, (module.path.rpartition("/")[2].removesuffix(".py"),), "_operations"),
        ]
        type_checking = [*([Import("httpx")] if methods.httpx else []), *declared, *_model_imports(where, methods.used, f"{pkg}models.")]
        return _imports(imports, type_checking=type_checking)
    uses = _OperationsUses()
    for op in module.operations:
        uses.operation(op)
    imports, type_checking = _request_imports(api, module, uses, where, pkg)
    imports += methods.imports(pkg, is_async)
    type_checking += [*declared, *_model_imports(where, methods.used - uses.names, f"{pkg}models.")]
    return _with_next_pages(folders, module, imports, type_checking, pkg)


def _models(api: Api, module: PackageModule, where: Mapping[str, str]) -> ModuleImports:
    """``models/_models_<n>.py``: its enums and its bases by name, the models it names in
    annotations for type checkers only, the parts it calls into lazily (``refs``)."""
    own = module.path.rsplit("/", 1)[1].removesuffix(".py")
    annotations: list[str] = []
    code: set[str] = set()
    bases: set[str] = set()
    validates = unions = False
    for m in module.models:
        props = [*m.properties, *((m.additional,) if m.additional is not None else ())]
        annotations += [p.type.annotation for p in props if not p.inherited]  # inherited: declared by a base
        for p in props:
            if p.constant is None:
                code |= _decoded_names(p.type)
                unions = unions or _has_union(p.type)
            if p.default_member is not None and p.type.name is not None and not p.inherited:
                code.add(p.type.name)
        for p in (*m.checked, *((m.additional,) if m.additional is not None else ())):
            code |= _checked_names(p.type)
        code.update(subtype for _, subtype in m.subtypes)
        bases.update(m.bases)
        checked = [p for p in m.properties if p.constant is None and not p.read_only]
        validates = validates or bool(checked) or m.additional is not None
    for res in module.results:
        if res.body is not None:
            annotations.append(res.body.annotation)
        annotations += [h.type.annotation for h in res.headers]
    annotated = _names(annotations)
    used = set(annotated)
    if module.models:
        used |= {"_t"}  # from_dict(data: _t.Mapping[...])
    if module.models or module.results:
        used |= {"_dc"}
    if module.patterns:
        used |= {"_re"}
    package = [n for n, needed in (("_serde", bool(module.models)), ("_unions", unions), ("_validation", validates)) if needed]
    imports = [Import("__future__", ("annotations",)), *_stdlib(used)]
    if package:
        imports.append(Import("..", tuple(package)))
    # At the top, by name: the enums (they import nothing) and the bases (earlier parts).
    runtime = {n for n in (annotated | code) if where.get(n, own).startswith("_enums_")} | {b for b in bases if where.get(b, own) != own}
    imports += _model_imports(where, runtime, ".")
    others = {n for n in annotated - runtime if where.get(n, own) not in (own,) and not where.get(n, own).startswith("_enums_")}
    lazy = tuple(sorted({ref.split(".")[0] for ref in module.refs.values()}, key=_natural))
    type_checking = [*_model_imports(where, others, "."), *([Import(".", lazy)] if lazy else [])]
    if (type_checking or lazy) and "_t" not in used:
        imports.append(Import("typing", alias="_t"))
    if lazy and "_serde" not in package:
        imports.append(Import("..", ("_serde",)))
    return _imports(imports, type_checking=type_checking, lazy=lazy)


def _checked_names(t: TypeRef) -> set[str]:
    """The model classes the ``check`` macro names (``check_model(..., model=Disk)``, a
    union's model variants)."""
    return {value for inner in t.walk() for name, value in inner.rules if name == "model"}


class _OperationsUses:
    """What the code ``_operations.py.jinja`` writes for the operations refers to."""

    def __init__(self) -> None:
        self.annotations: list[str] = []
        self.names: set[str] = set()
        self.serde = False
        self.unions = False
        self.validation = False
        self.stream = False
        self.next_page = False
        self.xml = False
        self.plain_errors = False  # some error is raised by _errors.error_from_response (not _xml's)

    def annotation(self, annotation: str) -> None:
        self.annotations.append(annotation)

    def validate(self, t: TypeRef) -> None:
        """A parameter's checks (the ``validate`` macro)."""
        self.validation = True
        self.names |= _validated_names(t)

    def decode(self, t: TypeRef) -> None:
        self.names |= _decoded_names(t)
        self.serde = self.serde or _decode_uses_serde(t)
        if _has_union(t):
            self.unions = True
            self.annotation(t.annotation)  # _t.cast("<union>", ...)

    def error(self, t: TypeRef | None) -> None:
        """The decoder ``error_from_response`` gets (the ``error_model`` macro)."""
        if t is None or t.kind in ("bytes", "text", "stream", "binary"):
            return
        if t.kind == "model":
            self.names.add(_name(t))
        else:
            self.decode(t)

    def operation(self, op: Operation) -> None:
        for p in op.parameters:
            if p.constant is None:
                self.annotation(p.type.annotation)
                self.validate(p.type)
        parts = (*op.host_parts, *op.path_parts)
        if any(part.parameter is not None for part in parts):
            self.serde = True  # _serde.path_segment / to_wire
        if any(p.location in ("query", "header", "cookie", "form") for p in (*op.client_parameters, *op.parameters)):
            self.serde = True  # _serde.to_wire, query_param & co., form encoding
        self.xml = self.xml or op.xml  # _xml.dumps / _xml.loads
        raised = [(op.error_type, op.error_xml), *((r.type, r.xml) for r in op.errors if r.type != op.error_type)]
        self.plain_errors = self.plain_errors or any(not _xml_error(t, xml) for t, xml in raised)
        if op.body is not None:
            self._body(op)
        self._responses(op)
        if op.paging is not None:
            pg = op.paging
            self.annotation(pg.item.annotation)
            if pg.next_operation is None:
                self.next_page = True
                if pg.api_version is not None or any(part.parameter is not None for part in op.host_parts):
                    self.serde = True
        if op.lro is not None:
            self.annotation(op.lro.annotation)
            self.error(op.error_type)
            t = op.lro.result
            if t is not None and t.kind not in ("bytes", "text"):
                self.serde = True  # _serde.json_body
                self.decode(t)
                if not op.lro.nullable:
                    self.annotation(t.annotation)  # _t.cast

    def _body(self, op: Operation) -> None:
        body = op.body
        assert body is not None
        if op.body_fields:
            self.names.add(_name(body.type))
        if body.media_types:
            self.validation = True  # _validation.check_media
            kinds = {m.kind for m in body.media_types}
            if kinds - {"text"}:
                self.serde = True
            if "json" in kinds and body.type.item is not None:
                self.annotation(body.type.item.annotation)
                self.validate(body.type.item)
        elif body.type.kind != "text":
            self.serde = True  # _serde.binary_content / json_bytes

    def _responses(self, op: Operation) -> None:
        self.annotation(op.return_annotation)
        for r in op.responses:
            if r.result is not None:
                self.names.add(r.result.name)
                if r.type is not None and r.type.kind not in ("bytes", "text"):
                    self.serde = True  # _serde.json_body
                    self.decode(r.type)
                for h in r.result.headers:
                    self.serde = True  # _serde.header
                    if not (h.type.kind in ("str", "bool", "float") or h.type.kind == "int" and h.type.decode_check is None):
                        self.decode(h.type)
            elif r.value is not None or r.type is None or r.type.kind in ("bytes", "text"):
                pass
            elif r.type.kind == "stream":
                self.stream = True
            else:
                self.serde = True  # _serde.json_body
                self.decode(r.type)
                if not r.nullable:
                    self.annotation(r.type.annotation)  # _t.cast
        for r in op.errors:
            if r.type != op.error_type:
                self.error(r.type)
        self.error(op.error_type)


def _xml_error(t: TypeRef | None, xml: XmlNode | None) -> bool:
    """An error body raised by ``_xml.error_from_response`` (the ``error_of`` macro): XML,
    of a type decoded into the error's model."""
    return xml is not None and t is not None and t.kind not in ("bytes", "text", "stream", "binary")


def _name(t: TypeRef) -> str:
    assert t.name is not None, t
    return t.name


def _has_union(t: TypeRef) -> bool:
    """The ``decode`` macro calls ``_unions`` for a value of type ``t``."""
    return any(inner.kind == "union" for inner in t.walk())


def _decoded_names(t: TypeRef) -> set[str]:
    """The names the ``decode`` macro writes for a value of type ``t``."""
    if t.codec or t.decode_check:
        return set()
    if t.kind == "union":
        return {name for v in t.variants for name in _decoded_names(v)}
    if t.kind == "enum":
        name = _name(t)
        return {name, f"_{name}_MEMBERS"} if t.enum_base in ("str", "int") else {name}
    if t.kind == "model":
        return {_name(t)}
    if t.kind in ("list", "dict") and t.item is not None:
        return _decoded_names(t.item)
    return set()


def _decode_uses_serde(t: TypeRef) -> bool:
    if t.codec or t.decode_check:
        return True
    if t.kind == "union":
        return any(_decode_uses_serde(v) for v in t.variants)
    return t.kind in ("str", "int", "float", "bool", "enum", "list", "dict")


def _validated_names(t: TypeRef) -> set[str]:
    """The names the ``validate`` macro writes for a parameter of type ``t``."""
    names = {_name(t)} if t.kind == "model" else set()
    for v in t.variants:  # check_union's classes and checks; the body's encoding
        names |= _validated_names(v)
    item = t.item
    if item is not None and (
        t.kind == "list" and (item.constraints.any or item.kind in ("binary", "model", "union"))
        or t.kind == "dict" and item.kind == "model"
    ):
        names |= _validated_names(item)
    return names


def _names(annotations: Iterable[str]) -> set[str]:
    """The identifiers Python annotations refer to (``_dt``, ``_t``, class names)."""
    return {name for annotation in annotations for name in _IDENTIFIER.findall(annotation)}


def _stdlib(used: set[str]) -> list[Import]:
    return [Import(module, alias=alias) for alias, module in _STDLIB_ALIASES.items() if alias in used]


def _model_imports(where: Mapping[str, str], used: Iterable[str], prefix: str) -> list[Import]:
    """``from <prefix>_models_2 import ...``: the enums, models and results among ``used``,
    each from the part of ``models`` defining it (``where``)."""
    by_module: dict[str, list[str]] = {}
    for name in sorted(set(used)):
        module = where.get(name)
        if module is not None:
            by_module.setdefault(module, []).append(name)
    return [Import(f"{prefix}{module}", tuple(names)) for module, names in by_module.items()]


# -- ordering, as ruff's isort (I001) wants it ---------------------------------------------


def _imports(imports: Iterable[Import], type_checking: Iterable[Import] = (), lazy: Iterable[str] = ()) -> ModuleImports:
    """Merge ``imports`` (from-imports of one module, unless aliased), split them into
    isort's sections and sort each."""
    return ModuleImports(sections=_sections(imports), type_checking=_sections(type_checking), lazy=tuple(lazy))


def _sections(imports: Iterable[Import]) -> tuple[tuple[Import, ...], ...]:
    merged: dict[tuple[str, str | None, str | None], Import] = {}
    for i in imports:
        if i.names and i.alias is None:  # `from m import a, b`: one statement per module
            previous = merged.get((i.module, None, None))
            names = (*previous.names, *i.names) if previous is not None else i.names
            merged[(i.module, None, None)] = Import(i.module, tuple(dict.fromkeys(names)))
        else:  # `import m`, `import m as x`, `from m import a as x`: a statement each
            merged[(i.module, i.names[0] if i.names else "", i.alias)] = i
    sections: dict[int, list[Import]] = {}
    for i in merged.values():
        sections.setdefault(_section(i.module), []).append(i)
    return tuple(tuple(sorted(map(_sorted_names, group), key=_statement_key)) for _, group in sorted(sections.items()))


def _section(module: str) -> int:
    if module == "__future__":
        return 0
    if module.startswith("."):
        return 4
    top = module.split(".")[0]
    return 1 if top in _STDLIB else 2 if top in _THIRD_PARTY else 3


def _sorted_names(i: Import) -> Import:
    return Import(i.module, tuple(sorted(i.names, key=_member_key)), i.alias) if len(i.names) > 1 else i


_RUNS = re.compile(r"\d+|\D")


# Cached: the same model names sort in hundreds of modules (Graph: half of module_imports).
@functools.lru_cache(maxsize=1 << 16)
def _natural(text: str) -> tuple[tuple[int, int], ...]:
    """Natural order, as ruff's (``natord``): digit runs compare as numbers."""
    return tuple((48, int(run)) if run.isdigit() else _character(run) for run in _RUNS.findall(text))


@functools.cache
def _character(character: str) -> tuple[int, int]:
    """The key of one character: one tuple per character, shared by the cached keys."""
    return (ord(character), 0)


def _member_key(name: str) -> tuple[int, tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    kind = 0 if len(name) > 1 and name.isupper() else 1 if name[:1].isupper() else 2
    return (kind, _natural(name.lower()), _natural(name))


def _statement_key(i: Import) -> tuple[object, ...]:
    level = len(i.module) - len(i.module.lstrip("."))
    name = i.module[level:]
    first = _member_key(i.names[0]) if i.names else None
    return (
        bool(i.names),  # `import x` before `from x import y`
        -level,  # furthest relative module first
        bool(name),  # `from . import x` before `from .a import x`
        _natural(name.lower()),
        _natural(name),
        first or (),
        _natural(i.alias or ""),
    )


__all__ = ["model_patterns", "module_imports"]
