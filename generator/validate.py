"""Stage 2: check a loaded document against the OpenAPI / Swagger schema.

Delegates to openapi-spec-validator, with its reference retrieval replaced so that
validation never touches the network and never reads a file outside the spec's
folder.  Every error becomes a :class:`Diagnostic` with the file and a JSON pointer.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urlsplit

from openapi_spec_validator.validation import (
    OpenAPIV2SpecValidator,
    OpenAPIV30SpecValidator,
    OpenAPIV31SpecValidator,
)
from openapi_spec_validator.validation.validators import SpecValidator

from generator.diagnostics import Diagnostic, GenerationError, Level, error, pointer
from generator.load import Document, load_document
from generator.remote import SCHEMES, Fetcher
from generator.resolve import reference_cycles, resolve_refs

# The top-level keys a pointer into an OpenAPI / Swagger document starts with.
_ROOT_KEYS = frozenset(
    "openapi swagger info servers paths components webhooks security tags externalDocs "
    "host basePath schemes consumes produces definitions parameters responses "
    "securityDefinitions jsonSchemaDialect x-ms-paths x-ms-parameterized-host".split()
)
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
    adapt = _file_types_read_as_binary if swagger2 else (lambda data: data)

    def retrieve(uri: str) -> Mapping[str, Any]:
        parts = urlsplit(uri)
        if remote is not None and parts.scheme in SCHEMES:
            return adapt(remote.load(urldefrag(uri).url))  # type: ignore[no-any-return]
        if parts.scheme != "file":
            raise ValueError(f"remote reference {uri!r} refused")
        path = Path(unquote(parts.path)).resolve()
        if not path.is_relative_to(root):
            raise ValueError(f"reference {uri!r} leaves the spec's folder")
        if path not in cache:
            cache[path] = adapt(load_document(path).data)
        return cache[path]  # type: ignore[no-any-return]

    return retrieve


def _validator_class(version: str, root: Path, remote: Fetcher | None = None) -> type[SpecValidator]:
    base = {"2.0": OpenAPIV2SpecValidator, "3.0": OpenAPIV30SpecValidator, "3.1": OpenAPIV31SpecValidator}[version]
    retrieve = _retriever(root, {}, remote, swagger2=version == "2.0")
    handlers = {"file": retrieve, "<all_urls>": retrieve, "http": retrieve, "https": retrieve}
    return type(base.__name__ + "NoNetwork", (base,), {"resolver_handlers": handlers})


def _pointer(tokens: list[Any], context: str) -> str:
    """Pointer for one error; paths inside a referenced schema come relative to it."""
    if tokens and str(tokens[0]) in _ROOT_KEYS:
        return pointer(*tokens)
    return context + pointer(*tokens)


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
        return data if all(a is b for a, b in zip(items, data)) else items
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


def iter_problems(document: Document, version: str, remote: Fetcher | None = None) -> Iterator[Diagnostic]:
    root = document.path.resolve().parent
    data = _file_types_read_as_binary(document.data) if version == "2.0" else document.data
    validator = _validator_class(version, root, remote)(data, base_uri=document.path.resolve().as_uri())
    file = str(document.path)
    context = ""
    errors = validator.iter_errors()
    while True:
        try:
            exc = next(errors)
        except StopIteration:
            return
        except RecursionError:
            # Most often a $ref chain or an allOf that loops: say which, where.
            try:
                cycles = reference_cycles(resolve_refs(document, version, remote), document.path)
            except GenerationError as ref_problems:
                cycles = ref_problems.diagnostics
            yield from cycles or [Diagnostic(Level.ERROR, "too-deep", "the document nests too deeply to validate", file)]
            return
        except Exception as exc:  # noqa: BLE001 - the validator stops at a bad $ref instead of reporting it
            # The resolver says exactly which $ref is wrong and where it is written.
            try:
                resolve_refs(document, version, remote)
            except GenerationError as ref_problems:
                yield from ref_problems.diagnostics
                return
            yield Diagnostic(Level.ERROR, "invalid", f"validation stopped: {exc}", file, context)
            return
        if _is_ecma_only_pattern(exc):
            continue
        tokens = list(exc.absolute_path)
        where = _pointer(tokens, context)
        if tokens and str(tokens[0]) in _ROOT_KEYS:
            context = where
        message = exc.message
        if len(message) > 300:
            message = message[:300] + "..."
        yield Diagnostic(Level.ERROR, "invalid", message, file, where)


def validate_document(document: Document, remote: Fetcher | None = None) -> str:
    """Validate ``document``; return its spec version or raise with every problem found.
    ``remote`` fetches the http and https documents it references (refused without it)."""
    version = spec_version(document)
    problems: list[Diagnostic] = []
    for problem in iter_problems(document, version, remote):
        problems.append(problem)
        if len(problems) >= MAX_ERRORS:
            break
    if problems:
        raise GenerationError(problems)
    return version
