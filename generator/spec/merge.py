"""Stages 1-3 for a folder: several spec files of one api-version, merged into one spec.

Azure keeps one api-version's operations in several files of one folder; they make one
client.  Each ``*.yaml`` / ``*.yml`` / ``*.json`` file directly in the folder is loaded,
validated and resolved on its own (so every problem names its real file), then the
files are merged into one :class:`MergedSpec` whose ``paths`` and named definitions
(``components/*``; ``definitions``, ``parameters``, ``responses`` in Swagger 2.0) are
the union of theirs.

* A name defined in several files with the same content is one definition (shared
  definitions such as ``CloudError`` are generated once).
* A name defined differently in two files is an error naming both files and pointers;
  so are different ``info.title`` / ``info.version`` or other top-level settings
  (``servers``, ``security`` ...).  The rest of ``info`` comes from the first file.
* A file that is not an OpenAPI document but is referenced by one (a shared fragment)
  is read through those references, not merged.

Files are taken in name order, which fixes the order of operations and models.  The
files an AutoRest ``readme.md`` tag lists (:mod:`generator.spec.autorest`) are merged the same
way, in the readme's order (:func:`load_files`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.diagnostics import Diagnostic, GenerationError, Level, error, pointer
from generator.spec.load import Document, load_document
from generator.spec.resolve import MAX_ERRORS, Location, Spec, SpecRoot, resolve_refs
from generator.spec.validate import validate_document

SPEC_SUFFIXES = (".yaml", ".yml", ".json")
# Top-level mappings of named entries, merged name by name.
_NAMED = ("paths", "x-ms-paths", "webhooks", "definitions", "parameters", "responses", "securityDefinitions")
# Top-level keys that are not merged: info (title and version must agree), tags (union).
_VERSION_KEYS = ("openapi", "swagger")
# The pseudo-file the merged document lives in; never read or written.
MERGED_NAME = "<merged>"


@dataclass
class MergedSpec(Spec):
    """The merge of a folder's spec files; its root document is the merged one."""

    folder: Path = Path()  # as the user named it
    sources: tuple[Path, ...] = ()  # the merged spec files (resolved paths), in name order
    origins: dict[str, Path] = field(default_factory=dict, repr=False)  # merged entry's pointer -> its file
    shown: dict[Path, str] = field(default_factory=dict, repr=False)  # a merged file -> as the user named it

    @property
    def files(self) -> tuple[Path, ...]:
        return tuple(path for path in self.documents if path != self.root.path)

    def target(self, ref: str, base: Path) -> Location:
        found = super().target(ref, base)
        # A reference into another merged file lands on the merged node: one schema, one model.
        if found.file in self.sources and _entry(found.pointer) in self.origins:
            return Location(self.root.path, found.pointer)
        return found

    def origin(self, location: Location) -> Location:
        if location.file != self.root.path:
            return location
        file = self.origins.get(_entry(location.pointer)) or self.origins.get(_top(location.pointer)) or self.sources[0]
        return Location(Path(self.shown[file]) if file in self.shown else self.folder / file.name, location.pointer)


def _tokens(ptr: str) -> list[str]:
    return ptr.split("/")[1:] if ptr.startswith("/") else []


def _top(ptr: str) -> str:
    return "".join("/" + t for t in _tokens(ptr)[:1])


def _entry(ptr: str) -> str:
    """The pointer of the merged entry ``ptr`` is inside: ``/paths/X`` or ``/components/schemas/X``."""
    tokens = _tokens(ptr)
    depth = 3 if tokens[:1] == ["components"] else 2
    return "".join("/" + t for t in tokens[:depth]) if len(tokens) >= depth else ""


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, default=repr)


def first_difference(old: Any, new: Any, at: str = "") -> str:
    """The pointer (below ``at``) of the first place where two different values differ."""
    while True:
        if isinstance(old, dict) and isinstance(new, dict):
            keys = [k for k in [*old, *(k for k in new if k not in old)] if k not in old or k not in new or _canonical(old[k]) != _canonical(new[k])]
            if not keys or keys[0] not in old or keys[0] not in new:
                return at + pointer(keys[0]) if keys else at
            old, new, at = old[keys[0]], new[keys[0]], at + pointer(keys[0])
        elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
            index = next((i for i, (a, b) in enumerate(zip(old, new, strict=True)) if _canonical(a) != _canonical(b)), None)
            if index is None:
                return at
            old, new, at = old[index], new[index], f"{at}/{index}"
        else:
            return at


def spec_files_in(folder: Path) -> list[Path]:
    """The candidate spec files directly in ``folder``, in name order."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        raise error("unreadable", f"cannot read folder: {exc.strerror}", folder) from None
    return [p for p in entries if p.suffix.lower() in SPEC_SUFFIXES and not p.name.startswith(".") and p.is_file()]


def load_folder(folder: Path, spec_root: SpecRoot | None = None, *, validated: bool = False) -> MergedSpec:
    """Load, validate and resolve every spec file of ``folder``, then merge them.
    ``spec_root``: the folder their references may reach (default: ``folder``)."""
    candidates = spec_files_in(folder)
    if not candidates:
        raise error("no-spec-files", f"no spec files ({', '.join('*' + s for s in SPEC_SUFFIXES)}) in this folder", folder)
    return load_files(candidates, folder, spec_root, validated=validated)


def load_files(paths: list[Path], folder: Path, spec_root: SpecRoot | None = None, *, validated: bool = False) -> MergedSpec:
    """Load, validate and resolve the spec files ``paths`` (in this order; each shown as
    named), then merge them; ``folder`` names the merge (a folder, or a readme's folder).
    Every file, and every file they reference, must be inside ``spec_root`` (default:
    ``folder``).  ``validated``: as for :func:`validate_document`."""
    spec_root = spec_root or SpecRoot(folder.resolve())
    problems: list[Diagnostic] = []
    documents: list[Document] = []
    for path in paths:
        try:
            spec_root.check(path)
            documents.append(load_document(path))
        except GenerationError as exc:
            problems.extend(exc.diagnostics)
    specs: list[Spec] = []
    fragments: list[Document] = []
    for document in documents:
        if not any(key in document.data for key in _VERSION_KEYS):
            fragments.append(document)
            continue
        try:
            specs.append(resolve_refs(document, validate_document(document, spec_root=spec_root, validated=validated), spec_root=spec_root))
        except GenerationError as exc:
            problems.extend(exc.diagnostics)
    if problems:
        raise GenerationError(problems[:MAX_ERRORS])
    referenced = {path for spec in specs for path in spec.documents}
    for fragment in fragments:
        if fragment.path.resolve() not in referenced:
            problems.append(
                Diagnostic(Level.ERROR, "not-openapi", "neither an 'openapi' nor a 'swagger' version field, and no spec file in the folder references it", str(fragment.path))
            )
    if not specs and not problems:
        problems.append(Diagnostic(Level.ERROR, "no-spec-files", "no OpenAPI document in this folder", str(folder)))
    if problems:
        raise GenerationError(problems)
    return merge_specs(specs, folder, {document.path.resolve(): str(document.path) for document in documents})


def merge_specs(specs: list[Spec], folder: Path, names: dict[Path, str] | None = None) -> MergedSpec:
    """One spec whose named entries are the union of ``specs``' (see the module docstring);
    ``names``: how to show each spec's (resolved) file, by default ``folder / its name``."""
    shown = {spec.root.path: (names or {}).get(spec.root.path) or str(folder / spec.root.path.name) for spec in specs}
    first = specs[0]
    _check_versions(specs, shown)
    merge = _Merge(shown)
    for spec in specs:
        merge.add(spec)
    if merge.problems:
        raise GenerationError(merge.problems[:MAX_ERRORS])
    merged, origins = merge.merged, merge.origins

    folder_path = first.root.path.parent
    root = Document(folder_path / MERGED_NAME, merged)
    documents: dict[Path, Any] = {root.path: merged}
    for spec in specs:
        for path, data in spec.documents.items():
            documents.setdefault(path, data)
    return MergedSpec(
        root=root,
        version=first.version,
        documents=documents,
        folder=folder,
        sources=tuple(spec.root.path for spec in specs),
        origins=origins,
        shown=shown,
        spec_root=first.spec_root,
    )


def _check_versions(specs: list[Spec], shown: dict[Path, str]) -> None:
    """The files of one folder make one client: one OpenAPI version."""
    first = specs[0]
    problems: list[Diagnostic] = []
    for spec in specs[1:]:
        if spec.version != first.version:
            where = "/swagger" if spec.version == "2.0" else "/openapi"
            problems.append(
                Diagnostic(Level.ERROR, "merge-conflict", f"OpenAPI version {spec.version} differs from {first.version} in {shown[first.root.path]}; the files of one folder make one client", shown[spec.root.path], where)
            )
    if problems:
        raise GenerationError(problems)


@dataclass
class _Merge:
    """The merged document as the specs are added to it, and the conflicts met."""

    shown: dict[Path, str]  # how to show each spec's file
    problems: list[Diagnostic] = field(default_factory=list)
    merged: dict[str, Any] = field(default_factory=dict)
    owners: dict[str, Spec] = field(default_factory=dict)  # merged entry's pointer -> the spec that defined it first
    origins: dict[str, Path] = field(default_factory=dict)

    def add(self, spec: Spec) -> None:
        """Every top-level entry of ``spec``: named definitions one by one, the rest whole."""
        for key, value in spec.data.items():
            key = str(key)
            if key in _NAMED and isinstance(value, dict):
                self.add_named(key, value, spec)
            elif key == "components" and isinstance(value, dict):
                self.add_components(value, spec)
            elif key == "info" and isinstance(value, dict):
                self.add_info(value, spec)
            elif key == "tags" and isinstance(value, list):
                tags = self.merged.setdefault("tags", [])
                known = {t.get("name") for t in tags if isinstance(t, dict)}
                tags.extend(t for t in value if not (isinstance(t, dict) and t.get("name") in known))
                self.origins.setdefault("/tags", spec.root.path)
            elif key in _VERSION_KEYS and key in self.merged:
                continue  # same major.minor, checked before
            else:
                self.put(self.merged, key, value, pointer(key), spec)

    def add_named(self, key: str, value: dict[str, Any], spec: Spec) -> None:
        target = self.merged.setdefault(key, {})
        for name, entry in value.items():
            self.put(target, str(name), entry, pointer(key, name), spec)
        self.origins.setdefault(pointer(key), spec.root.path)

    def add_components(self, value: dict[str, Any], spec: Spec) -> None:
        components = self.merged.setdefault("components", {})
        for kind, entries in value.items():
            if isinstance(entries, dict):
                target = components.setdefault(str(kind), {})
                for name, entry in entries.items():
                    self.put(target, str(name), entry, pointer("components", kind, name), spec)
            else:
                self.put(components, str(kind), entries, pointer("components", kind), spec)
        self.origins.setdefault(pointer("components"), spec.root.path)

    def add_info(self, value: dict[str, Any], spec: Spec) -> None:
        """The first file's ``info``; the others' must have its title and version."""
        if "info" not in self.merged:
            self.merged["info"] = value
            self.owners["/info"] = spec
            self.origins["/info"] = spec.root.path
            return
        for field_name in ("title", "version"):
            before, after = self.merged["info"].get(field_name), value.get(field_name)
            if _canonical(before) != _canonical(after):
                self.conflict(f"info.{field_name}", pointer("info", field_name), self.owners["/info"], spec, before, after, "the files of one folder make one client, of one api-version")

    def put(self, container: dict[str, Any], key: str, value: Any, ptr: str, spec: Spec) -> None:
        if key in container:
            if _canonical(container[key]) != _canonical(value):
                self.conflict(repr(key), ptr, self.owners[ptr], spec, container[key], value, "files of one folder may share a definition only with the same content")
            return
        container[key] = value
        self.owners[ptr] = spec
        self.origins[ptr] = spec.root.path

    def conflict(self, what: str, ptr: str, old: Spec, new: Spec, old_value: Any, new_value: Any, why: str) -> None:
        differs = first_difference(old_value, new_value, ptr)
        detail = f" (first difference at {differs})" if differs != ptr else ""
        self.problems.append(
            Diagnostic(
                Level.ERROR, "merge-conflict",
                f"{what} is defined differently in {self.shown[old.root.path]}#{ptr}{detail}; {why}",
                self.shown[new.root.path], ptr,
            )
        )
