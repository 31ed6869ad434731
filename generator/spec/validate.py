"""Stage 2: check a loaded document against the OpenAPI / Swagger schema.

Delegates to openapi-spec-validator, with its reference retrieval replaced so that
validation never touches the network and never reads a file outside the spec root
(the spec's folder unless ``--spec-root`` widens it).  Every error becomes a
:class:`Diagnostic` with the file and a JSON pointer.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib.metadata
import json
import os
import re
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urldefrag, urlsplit

from generator.cache import cache_folder, file_hashes, files_unchanged, write_record
from generator.diagnostics import (
    Diagnostic,
    GenerationError,
    Level,
    error,
    pointer,
    unescape_pointer_token,
)
from generator.spec.load import Document, Locator, load_document
from generator.spec.remote import SCHEMES, Fetcher
from generator.spec.resolve import SpecRoot, reference_cycles, resolve_refs

if TYPE_CHECKING:
    from openapi_spec_validator.validation.keywords import KeywordValidator
    from openapi_spec_validator.validation.validators import SpecValidator

# openapi-spec-validator (and pydantic, which it loads: ~0.25 s) is imported by the
# functions that validate, not with this module: a run whose spec passed before
# (:class:`ValidationCache`) never loads it.

MAX_ERRORS = 50


def spec_version(document: Document) -> str:
    """``"2.0"``, ``"3.0"`` or ``"3.1"``; a :class:`GenerationError` for anything else."""
    data = document.data
    if "swagger" in data:
        if str(data["swagger"]) != "2.0":
            raise error("unsupported-version", f"unsupported swagger version {data['swagger']!r}", document.path, "/swagger")
        return "2.0"
    version = data.get("openapi")
    if not isinstance(version, str):
        raise error("not-openapi", "neither an 'openapi' nor a 'swagger' version field: not an OpenAPI document", document.path)
    for known in ("3.0", "3.1"):
        if version == known or version.startswith(known + "."):
            return known
    raise error("unsupported-version", f"unsupported OpenAPI version {version!r}", document.path, "/openapi")


def _retriever(root: Path, cache: dict[Path, Any], remote: Fetcher | None = None, swagger2: bool = False) -> Any:
    """A reference handler that serves files below ``root`` only, and remote documents
    only through ``remote`` (which fetches each once, within its limits).  ``swagger2``:
    they are read as :func:`_file_types_read_as_binary` says."""
    adapt: Callable[[Any], Any] = _file_types_read_as_binary if swagger2 else (lambda data: data)

    def retrieve(uri: str) -> Mapping[str, Any]:
        parts = urlsplit(uri)
        if remote is not None and parts.scheme in SCHEMES:
            return adapt(remote.load(urldefrag(uri).url))  # type: ignore[no-any-return]
        if parts.scheme != "file":
            raise ValueError(f"remote reference {uri!r} refused")
        path = Path(unquote(parts.path)).resolve()
        if not path.is_relative_to(root):
            raise ValueError(f"reference {uri!r} leaves the spec root")
        if path not in cache:
            cache[path] = adapt(load_document(path).data)
        return cache[path]  # type: ignore[no-any-return]

    return retrieve


def _validator_class(version: str, root: Path, remote: Fetcher | None = None) -> type[SpecValidator]:
    from openapi_spec_validator.validation import (
        OpenAPIV2SpecValidator,
        OpenAPIV30SpecValidator,
        OpenAPIV31SpecValidator,
    )

    base = {"2.0": OpenAPIV2SpecValidator, "3.0": OpenAPIV30SpecValidator, "3.1": OpenAPIV31SpecValidator}[version]
    retrieve = _retriever(root, {}, remote, swagger2=version == "2.0")
    handlers = {"file": retrieve, "<all_urls>": retrieve, "http": retrieve, "https": retrieve}
    return type(base.__name__ + "NoNetwork", (base,), {"resolver_handlers": handlers})


def _file_types_read_as_binary(data: Any, header: bool = False) -> Any:
    """``data`` with every Swagger 2.0 ``type: file`` schema read as ``type: string``.

    openapi-spec-validator checks Swagger 2.0 schemas against the JSON Schema meta-schema,
    which has no ``file`` type, so it refuses ``type: file`` where Swagger 2.0 allows it (a
    response schema) and where AutoRest specs use it (``items`` of a formData array, a
    body schema): "'file' is not valid under any of the given schemas".  Validating a copy
    in which those schemas say ``string`` instead drops exactly these errors and keeps
    every other one, at the same pointers.  A parameter (it has ``in``; ``type: file`` is
    valid there) and a response header are left alone: the validator still judges them.
    Returns ``data`` itself when there is nothing to change.
    """
    if isinstance(data, list):
        items = [_file_types_read_as_binary(item) for item in data]
        return data if all(a is b for a, b in zip(items, data, strict=True)) else items
    if not isinstance(data, dict):
        return data
    changed: dict[Any, Any] | None = None
    if data.get("type") == "file" and "in" not in data and not header:
        changed = {**data, "type": "string"}
    for key, value in data.items():
        if key == "headers" and isinstance(value, dict):
            headers = {name: _file_types_read_as_binary(h, header=True) for name, h in value.items()}
            new = value if all(headers[name] is h for name, h in value.items()) else headers
        else:
            new = _file_types_read_as_binary(value)
        if new is not value:
            changed = dict(data) if changed is None else changed
            changed[key] = new
    return data if changed is None else changed


def _is_ecma_only_pattern(exc: Any) -> bool:
    """A ``pattern`` Python's ``re`` cannot compile (``\\p{L}``, ``(?<name>``...).

    The validator checks ECMA-262 patterns with Python's ``re``, so it rejects valid
    ones.  The builder translates each pattern it uses and warns ("not checked") when
    it still cannot compile it, so this is not an error here.
    """
    return getattr(exc, "validator", None) == "format" and getattr(exc, "validator_value", None) == "regex"


def iter_problems(document: Document, version: str, remote: Fetcher | None = None, spec_root: SpecRoot | None = None) -> Iterator[Diagnostic]:
    root = spec_root.path if spec_root is not None else document.path.resolve().parent
    data = _file_types_read_as_binary(document.data) if version == "2.0" else document.data
    validator = _with_places(_validator_class(version, root, remote))(data, base_uri=document.path.resolve().as_uri())
    places = _Places(document)
    reported: set[tuple[str, str, str]] = set()
    errors = validator.iter_errors()
    while True:
        try:
            exc = next(errors)
        except StopIteration:
            return
        except RecursionError as deep:
            # Most often a $ref chain or an allOf that loops: say which, where.
            try:
                cycles = reference_cycles(resolve_refs(document, version, remote, spec_root), document.path)
            except GenerationError as ref_problems:
                cycles = ref_problems.diagnostics
            yield from cycles or [places.diagnostic("too-deep", "the document nests too deeply to validate", getattr(deep, _PLACE, None))]
            return
        except Exception as stopped:  # noqa: BLE001 - the validator stops at a bad $ref instead of reporting it
            # The resolver says exactly which $ref is wrong and where it is written.
            try:
                resolve_refs(document, version, remote, spec_root)
            except GenerationError as ref_problems:
                yield from ref_problems.diagnostics
                return
            # Its first line: some messages go on with the whole schema (jsonschema's UnknownType).
            first = (str(stopped).strip().splitlines() or [type(stopped).__name__])[0]
            yield places.diagnostic("invalid", f"validation stopped: {first}", getattr(stopped, _PLACE, None))
            return
        if _is_ecma_only_pattern(exc):
            continue
        place = getattr(exc, _PLACE, None)
        if place is None:  # from the schema of the whole document: its path is absolute
            exc = _deepest(exc)
        message = exc.message
        if len(message) > 300:
            message = message[:300] + "..."
        if place is None:
            problem = places.diagnostic("invalid", message, None, list(exc.absolute_path))
        else:
            problem = places.diagnostic("invalid", message, place, _suffix(place[0], exc))
        if (problem.file, problem.pointer, problem.message) not in reported:
            reported.add((problem.file, problem.pointer, problem.message))
            yield problem


def _deepest(exc: Any) -> Any:
    """For "X is not valid under any of the given schemas" (``oneOf`` / ``anyOf``: an
    OpenAPI 3.0 schema is a Schema Object or a Reference Object), the error of the
    alternative that went deepest into X, when there is one: it names the offending value
    (``required/0``) rather than the whole of X."""
    while exc.context:
        deepest = max(exc.context, key=lambda sub: len(sub.absolute_path))
        if len(deepest.absolute_path) <= len(exc.absolute_path) or _is_ecma_only_pattern(deepest):
            break
        exc = deepest
    return exc


# -- the place of each error ---------------------------------------------------------------
#
# The validator checks the whole document against the OpenAPI schema (those errors have
# absolute paths), then walks it with its own keyword validators (schemas, defaults,
# parameters, operation ids...), whose errors have a path relative to the value they
# judged, or none.  Each keyword validator is wrapped so that its errors (and an exception
# that stops it) say which object it was judging: the path of that object as the validator
# walked it, through $refs, which :class:`_Places` follows to where it is written.

_PLACE = "_opgen_place"
Place = tuple[str, tuple[Any, ...]]  # (keyword validator, path of the object it judged)
_PLACING: dict[tuple[str, type[KeywordValidator]], type[KeywordValidator]] = {}


class _Seen(list[Any]):
    """A list whose ``in`` is a set lookup.  openapi-spec-validator keeps the schemas
    (and operation ids) it has seen in lists and asks ``x in seen`` once per schema: a
    quadratic validation (GitHub's spec: 16 s, 7 s with this).  It only ever appends to
    them and asks ``in``; both are kept in step here."""

    def __init__(self) -> None:
        super().__init__()
        self._members: set[Any] = set()

    def __contains__(self, item: object) -> bool:
        try:
            return item in self._members
        except TypeError:  # an unhashable value (an operationId that is not a string)
            return list.__contains__(self, item)

    def append(self, item: Any) -> None:
        super().append(item)
        try:
            self._members.add(item)
        except TypeError:
            pass


# The validators' seen-lists (by their names in openapi-spec-validator 0.7.1 to 0.9).
_SEEN_LISTS = ("visited_schema_ids", "meta_checked_schema_ids", "schema_ids_registry", "operation_ids_registry")


def _placing(name: str, cls: type[KeywordValidator]) -> type[KeywordValidator]:
    if (name, cls) in _PLACING:
        return _PLACING[name, cls]
    from jsonschema_path import SchemaPath
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    call = cls.__call__
    init = cls.__init__

    def __init__(self: KeywordValidator, *args: Any, **kwargs: Any) -> None:
        init(self, *args, **kwargs)
        for seen in _SEEN_LISTS:
            if getattr(self, seen, None) == []:
                setattr(self, seen, _Seen())

    def __call__(self: KeywordValidator, *args: Any, **kwargs: Any) -> Iterator[Any]:
        judged = next((arg for arg in args if isinstance(arg, SchemaPath)), None)
        place: Place = (name, tuple(judged.parts) if judged is not None else ())
        try:
            for exc in call(self, *args, **kwargs):
                if getattr(exc, _PLACE, None) is None:
                    if not isinstance(exc, OpenAPIValidationError):
                        exc = OpenAPIValidationError.create_from(exc)  # as the validator would, keeping the place
                    setattr(exc, _PLACE, place)
                yield exc
        except Exception as exc:
            if getattr(exc, _PLACE, None) is None:
                setattr(exc, _PLACE, place)
            raise

    placing = _PLACING[name, cls] = type(cls.__name__, (cls,), {"__call__": __call__, "__init__": __init__})
    return placing


def _with_places(base: type[SpecValidator]) -> type[SpecValidator]:
    """``base`` with each keyword validator wrapped by :func:`_placing`."""
    keywords = {name: _placing(name, cls) for name, cls in base.keyword_validators.items()}
    return type(base.__name__, (base,), {"keyword_validators": keywords})


_QUOTED = re.compile(r"'([^']*)'")


def _suffix(name: str, exc: Any) -> list[Any]:
    """Tokens from the object a keyword validator judged to the offending value in it."""
    from openapi_spec_validator.validation.exceptions import (
        DuplicateOperationIDError,
        ExtraParametersError,
        ParameterDuplicateError,
        UnresolvableParameterError,
    )

    path = list(exc.absolute_path)
    if name == "default":  # a default value judged against its schema (or Swagger 2.0 parameter)
        return ["default", *path]
    if isinstance(exc, ExtraParametersError):
        return ["required"]
    if isinstance(exc, DuplicateOperationIDError):
        return ["operationId"]
    if isinstance(exc, (ParameterDuplicateError, UnresolvableParameterError)) or name == "tags":
        quoted = _QUOTED.search(exc.message)
        wanted = quoted.group(1) if quoted else ""
        return [_Item(wanted, parameter=name != "tags", duplicate=not isinstance(exc, UnresolvableParameterError))]
    return path


@dataclasses.dataclass(frozen=True)
class _Item:
    """A token still to find: the index of the list item named ``name`` (its second
    one, for a duplicate); for a path parameter of an operation, in its ``parameters``."""

    name: str
    parameter: bool
    duplicate: bool


class _Places:
    """Finds where the objects the validator judged are written: their file, pointer, line."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self.root_file = document.path.resolve()
        self.data: dict[Path, Any] = {self.root_file: document.data}
        self.locator = Locator()

    def diagnostic(self, code: str, message: str, place: Place | None, suffix: list[Any] | None = None) -> Diagnostic:
        file, node = self.root_file, self.document.data
        tokens: list[Any] = []
        if place is not None:
            file, tokens, node = self._walk(place[1])
        for token in suffix or []:
            if isinstance(token, _Item):
                found = self._item(node, file, token)
                if found is None:
                    break
                tokens.extend(found)
                break
            tokens.append(token)
            node = node[token] if isinstance(node, (dict, list)) and _has(node, token) else None
        return self._with_line(Diagnostic(Level.ERROR, code, message, self._shown(file), pointer(*tokens)), file)

    def _with_line(self, diagnostic: Diagnostic, file: Path) -> Diagnostic:
        line = self.locator.line(file, diagnostic.pointer)  # an empty pointer: the document's first line
        return diagnostic if line is None else dataclasses.replace(diagnostic, line=line)

    def _shown(self, file: Path) -> str:
        """A file as the user would name it: the spec as given, another file next to it."""
        if file == self.root_file:
            return str(self.document.path)
        return os.path.normpath(self.document.path.parent / os.path.relpath(file, self.root_file.parent))

    def _walk(self, parts: tuple[Any, ...]) -> tuple[Path, list[Any], Any]:
        """The file, tokens and node where the object at ``parts`` (a path through
        ``$ref``s, each replaced by its target as the validator reads them) is written.
        Where a ``$ref`` cannot be followed here (a remote one), that ``$ref``."""
        file, node = self.root_file, self.data[self.root_file]
        tokens: list[Any] = []
        for index in range(len(parts) + 1):
            followed = self._deref(file, tokens, node)
            if followed is None:
                return file, [*tokens, "$ref"], None
            file, tokens, node = followed
            if index == len(parts):
                break
            key = _key(node, parts[index])
            if key is None:
                break
            tokens = [*tokens, key]
            node = node[key]
        return file, tokens, node

    def _deref(self, file: Path, tokens: list[Any], node: Any) -> tuple[Path, list[Any], Any] | None:
        for _ in range(100):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return file, tokens, node
            parts = urlsplit(node["$ref"])
            fragment = unquote(parts.fragment)
            if parts.scheme or parts.netloc or (fragment and not fragment.startswith("/")):
                return None
            file = (file.parent / unquote(parts.path)).resolve() if parts.path else file
            node = self._document(file)
            tokens = []
            for raw in fragment.split("/")[1:] if fragment else []:
                key = _key(node, unescape_pointer_token(raw))
                if key is None:
                    return None
                tokens.append(key)
                node = node[key]
        return None

    def _document(self, file: Path) -> Any:
        if file not in self.data:
            try:  # a file the validator has read already, through the same $ref
                self.data[file] = load_document(file).data
            except GenerationError:
                self.data[file] = None
        return self.data[file]

    def _item(self, node: Any, file: Path, wanted: _Item) -> list[Any] | None:
        """The tokens to the list item ``wanted`` names, following each item's ``$ref``."""
        prefix: list[Any] = []
        if not wanted.duplicate:  # an operation: its own parameter of that name, if any
            if not isinstance(node, dict) or not isinstance(node.get("parameters"), list):
                return None
            prefix, node = ["parameters"], node["parameters"]
        if not isinstance(node, list):
            return None
        seen: set[Any] = set()
        for index, item in enumerate(node):
            followed = self._deref(file, [], item)
            item = followed[2] if followed is not None else None
            if not isinstance(item, dict) or item.get("name") != wanted.name:
                continue
            key = (item.get("name"), item.get("in")) if wanted.parameter else item.get("name")
            if not wanted.duplicate and item.get("in") == "path" or key in seen:
                return [*prefix, index]
            seen.add(key)
        return None


def _has(node: dict[Any, Any] | list[Any], token: Any) -> bool:
    return token in node if isinstance(node, dict) else isinstance(token, int) and 0 <= token < len(node)


def _key(node: Any, part: Any) -> Any:
    """The key (or index) of ``node`` that the path token ``part`` names; None if none."""
    if isinstance(node, dict):
        if part in node:
            return part
        return next((key for key in node if str(key) == str(part)), None)
    if isinstance(node, list):
        index = part if isinstance(part, int) else int(part) if str(part).isdigit() else None
        return index if index is not None and index < len(node) else None
    return None


def validate_document(
    document: Document, remote: Fetcher | None = None, spec_root: SpecRoot | None = None, *, validated: bool = False
) -> str:
    """Validate ``document``; return its spec version or raise with every problem found.
    ``remote`` fetches the http and https documents it references (refused without it);
    ``spec_root`` is the folder referenced files must be in (default: the document's).
    ``validated``: a previous run validated these very files (:func:`unchanged_since`):
    only the version is read."""
    version = spec_version(document)
    if validated:
        return version
    problems: list[Diagnostic] = []
    for problem in iter_problems(document, version, remote, spec_root):
        problems.append(problem)
        if len(problems) >= MAX_ERRORS:
            break
    if problems:
        raise GenerationError(problems)
    return version


# Validating is a function of the spec files' bytes and of the validator: a run that
# validated records both in opgen's cache folder (local to this machine, never in the
# output), and the next run of the same input whose files are all unchanged skips it
# (20 of the 35 seconds of regenerating an unchanged GitHub spec).


def validator_identity() -> str:
    """What validated: openapi-spec-validator's version and opgen's (its checks around it)."""
    return f"openapi-spec-validator {importlib.metadata.version('openapi-spec-validator')}; opgen {importlib.metadata.version('opgen')}"


@dataclasses.dataclass(frozen=True)
class ValidationCache:
    """Which inputs passed validation, and on which files (see the comment above).
    ``what``: the input (the spec argument, and the options that change what is read)."""

    what: str
    folder: Path | None

    @staticmethod
    def for_input(what: str) -> ValidationCache:
        folder = cache_folder()
        return ValidationCache(what, folder / "validated" if folder is not None else None)

    @property
    def _path(self) -> Path | None:
        key = hashlib.sha256(f"{self.what}\n{validator_identity()}".encode()).hexdigest()
        return self.folder / f"{key}.json" if self.folder is not None else None

    def holds(self) -> bool:
        """Whether this input passed validation before and every file read then is unchanged
        (so validating again reads the same files and finds the same: nothing)."""
        path = self._path
        try:
            record = json.loads(path.read_text("utf-8")) if path is not None else None
        except (OSError, ValueError):
            return False
        return isinstance(record, dict) and record.get("input") == self.what and files_unchanged(record.get("files"))

    def record(self, files: tuple[Path, ...]) -> None:
        """Note that validation passed on ``files`` (best effort: no cache, no note)."""
        path = self._path
        if path is None:
            return
        try:
            write_record(path, {"input": self.what, "files": file_hashes(files)})
        except OSError:
            return
