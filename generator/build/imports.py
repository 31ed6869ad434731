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

import re
from collections.abc import Iterable

from generator.ir import Api, Import, ModuleImports, Operation, Pattern, TypeRef

_IDENTIFIER = re.compile(r"[^\W\d]\w*")

# The standard-library modules generated code imports, with the alias it uses.
_STDLIB_ALIASES = {"_dc": "dataclasses", "_dt": "datetime", "_enum": "enum", "_re": "re", "_t": "typing"}
_STDLIB = frozenset({*_STDLIB_ALIASES.values(), "types"})
_THIRD_PARTY = frozenset({"httpx"})

# The names of the package's error module __init__.py exports.
_ERRORS = (
    "AzureError",
    "ClientAuthenticationError",
    "DeserializationError",
    "HttpResponseError",
    "ParameterValidationError",
    "ResourceExistsError",
    "ResourceNotFoundError",
    "ServiceRequestError",
)


def module_imports(api: Api) -> dict[str, ModuleImports]:
    """The imports of every templated module of ``api``'s package, by its path in it."""
    return {
        "__init__.py": _init(api),
        "_client.py": _client(api, is_async=False),
        "_operations.py": _operations(api),
        "aio/__init__.py": _imports([Import("._client", (api.client.name,))]),
        "aio/_client.py": _client(api, is_async=True),
        "models.py": _models(api),
    }


def model_patterns(api: Api) -> tuple[Pattern, ...]:
    """The patterns models.py checks, in ``Api.patterns`` order (it compiles only those)."""
    used: set[str] = set()
    for model in api.models:
        for prop in (*model.properties, *((model.additional,) if model.additional is not None else ())):
            t: TypeRef | None = prop.type
            while t is not None:
                if t.constraints.pattern is not None:
                    used.add(t.constraints.pattern.name)
                t = t.item
    return tuple(p for p in api.patterns if p.name in used)


# -- what each module uses ----------------------------------------------------------------


def _init(api: Api) -> ModuleImports:
    imports = [
        Import("._client", (api.client.name,)),
        Import("._errors", _ERRORS),
        Import("._meta", ("VERSION",), "__version__"),
        Import("._policy", ("RetryPolicy",)),
    ]
    if api.streams:
        imports.append(Import("._streams", ("ByteStream",)))
    if api.pageable:
        imports.append(Import("._paging", ("AsyncItemPaged", "ItemPaged")))
    return _imports(imports)


def _client(api: Api, *, is_async: bool) -> ModuleImports:
    up = ".." if is_async else "."
    c = api.client
    annotations = [p.type.annotation for p in c.parameters if p.constant is None]
    for op in api.all_operations:
        annotations += [p.type.annotation for p in op.arguments]
        if op.paging is not None:
            annotations.append(op.paging.item.annotation)
        elif op.lro is not None:
            annotations.append(op.lro.annotation)
        else:
            annotations.append(op.return_annotation)
    used = _names(annotations)
    operations = api.all_operations
    package = ["_operations"]
    if any(op.lro is None or op.paging is not None for op in operations):
        package.append("_serde")  # _serde.strictly
    if any(op.lro is not None for op in operations):
        package.append("_lro")
    credentials = ("AsyncTokenCredential" if is_async else "TokenCredential", "scopes_for")
    imports = [
        Import("__future__", ("annotations",)),
        *_stdlib(used),
        Import("typing", alias="_t"),  # _t.TYPE_CHECKING
        Import("types", ("TracebackType",)),
        Import(up, tuple(package)),
        *([Import(f"{up}_credentials", credentials)] if c.credential else []),
        Import(f"{up}_policy", ("RetryPolicy", "TimeoutTypes")),
        Import(f"{up}_policy", ("user_agent",), "_user_agent"),
        *([Import(f"{up}_streams", ("ByteStream",))] if "ByteStream" in used else []),
        Import("._pipeline", ("AsyncPipeline" if is_async else "Pipeline",)),
    ]
    if any(op.paging is not None for op in operations):
        imports.append(Import(f"{up}_paging", ("AsyncItemPaged" if is_async else "ItemPaged",)))
    imports += _models_import(api, used, up)
    return _imports(imports, type_checking=[Import("httpx")])


def _operations(api: Api) -> ModuleImports:
    uses = _OperationsUses()
    for p in api.client.parameters:
        if p.constant is None:
            uses.annotation(p.type.annotation)
            uses.validate(p.type)
    for op in api.all_operations:
        uses.operation(op)
    used = _names(uses.annotations) | uses.names
    operations = bool(api.all_operations)
    package = [n for n, needed in (("_serde", uses.serde), ("_validation", uses.validation)) if needed]
    imports = [
        Import("__future__", ("annotations",)),
        Import("dataclasses", alias="_dc"),
        *_stdlib(used - {"_dc"}),
        *([Import("re", alias="_re")] if api.patterns else []),
        *([Import("typing", alias="_t")] if operations else []),  # _t.TYPE_CHECKING
        *([Import(".", tuple(package))] if package else []),
    ]
    if operations:
        imports += [
            Import("._errors", ("error_from_response",), "_error_from_response"),
            Import("._policy", ("Request",), "_Request"),
        ]
    if api.unencoded_query:
        imports.append(Import("._urls", ("Unencoded",), "_Unencoded"))
    if uses.stream:
        imports.append(Import("._streams", ("ByteStream",)))
    if uses.next_page:
        imports.append(Import("._paging", ("next_page",), "_next_page"))
    imports += _models_import(api, used, ".")
    return _imports(imports, type_checking=[Import("httpx")] if operations else [])


def _models(api: Api) -> ModuleImports:
    annotations: list[str] = []
    validates = False
    for m in api.models:
        props = [*m.properties, *((m.additional,) if m.additional is not None else ())]
        annotations += [p.type.annotation for p in props]
        checked = [p for p in m.properties if p.constant is None and not p.read_only]
        validates = validates or bool(checked) or m.additional is not None
    for res in api.results:
        if res.body is not None:
            annotations.append(res.body.annotation)
        annotations += [h.type.annotation for h in res.headers]
    used = _names(annotations)
    if api.models:
        used |= {"_t"}  # from_dict(data: _t.Mapping[...])
    if api.models or api.results:
        used |= {"_dc"}
    if api.enums:
        used |= {"_enum"}
    if model_patterns(api):
        used |= {"_re"}
    package = [n for n, needed in (("_serde", bool(api.models)), ("_validation", validates)) if needed]
    imports = [Import("__future__", ("annotations",)), *_stdlib(used)]
    if package:
        imports.append(Import(".", tuple(package)))
    return _imports(imports)


class _OperationsUses:
    """What the code ``_operations.py.jinja`` writes for the operations refers to."""

    def __init__(self) -> None:
        self.annotations: list[str] = []
        self.names: set[str] = set()
        self.serde = False
        self.validation = False
        self.stream = False
        self.next_page = False

    def annotation(self, annotation: str) -> None:
        self.annotations.append(annotation)

    def validate(self, t: TypeRef) -> None:
        """A parameter's checks (the ``validate`` macro)."""
        self.validation = True
        self.names |= _validated_names(t)

    def decode(self, t: TypeRef) -> None:
        self.names |= _decoded_names(t)
        self.serde = self.serde or _decode_uses_serde(t)

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
        if any(p.location in ("query", "header", "form") for p in (*op.client_parameters, *op.parameters)):
            self.serde = True  # _serde.to_wire, form encoding
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


def _name(t: TypeRef) -> str:
    assert t.name is not None, t
    return t.name


def _decoded_names(t: TypeRef) -> set[str]:
    """The names the ``decode`` macro writes for a value of type ``t``."""
    if t.codec or t.decode_check:
        return set()
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
    return t.kind in ("str", "int", "float", "bool", "enum", "list", "dict")


def _validated_names(t: TypeRef) -> set[str]:
    """The names the ``validate`` macro writes for a parameter of type ``t``."""
    names = {_name(t)} if t.kind == "model" else set()
    item = t.item
    if item is not None and (
        t.kind == "list" and (item.constraints.any or item.kind in ("binary", "model"))
        or t.kind == "dict" and item.kind == "model"
    ):
        names |= _validated_names(item)
    return names


def _names(annotations: Iterable[str]) -> set[str]:
    """The identifiers Python annotations refer to (``_dt``, ``_t``, class names)."""
    return {name for annotation in annotations for name in _IDENTIFIER.findall(annotation)}


def _stdlib(used: set[str]) -> list[Import]:
    return [Import(module, alias=alias) for alias, module in _STDLIB_ALIASES.items() if alias in used]


def _models_import(api: Api, used: set[str], up: str) -> list[Import]:
    """``from .models import ...``: the enums, models and results among ``used``."""
    defined = [
        *(n for e in api.enums for n in (e.name, f"_{e.name}_MEMBERS")),
        *(m.name for m in api.models),
        *(r.name for r in api.results),
    ]
    names = tuple(dict.fromkeys(n for n in defined if n in used))
    return [Import(f"{up}models", names)] if names else []


# -- ordering, as ruff's isort (I001) wants it ---------------------------------------------


def _imports(imports: Iterable[Import], type_checking: Iterable[Import] = ()) -> ModuleImports:
    """Merge ``imports`` (from-imports of one module, unless aliased), split them into
    isort's sections and sort each."""
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
    return ModuleImports(
        sections=tuple(tuple(sorted(map(_sorted_names, group), key=_statement_key)) for _, group in sorted(sections.items())),
        type_checking=tuple(sorted(map(_sorted_names, type_checking), key=_statement_key)),
    )


def _section(module: str) -> int:
    if module == "__future__":
        return 0
    if module.startswith("."):
        return 4
    top = module.split(".")[0]
    return 1 if top in _STDLIB else 2 if top in _THIRD_PARTY else 3


def _sorted_names(i: Import) -> Import:
    return Import(i.module, tuple(sorted(i.names, key=_member_key)), i.alias) if len(i.names) > 1 else i


def _natural(text: str) -> tuple[tuple[int, int], ...]:
    """Natural order, as ruff's (``natord``): digit runs compare as numbers."""
    return tuple((48, int(run)) if run.isdigit() else (ord(run), 0) for run in re.findall(r"\d+|\D", text))


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
