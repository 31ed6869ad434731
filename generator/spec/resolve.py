"""Stage 3: find every ``$ref``, load the files they name, and check each target exists.

References are resolved once, here: the result, :class:`Spec`, answers "what does this
reference point to" from a cache, so later stages never search again.  Local
(``#/components/...``) and relative-file (``common.yaml#/definitions/X``) references are
supported; remote ones (http, https) are refused unless a :class:`~generator.spec.remote.Fetcher`
is given (``--allow-remote-refs``), and files outside the spec root are refused: the
folder of the root spec, or a wider folder the user names (:class:`SpecRoot`,
``--spec-root``; Azure's specs all refer to ``../../../../../common-types/...``).  Paths
are compared once resolved, so neither ``..`` nor a symbolic link leads out of it.  Schemas are not inlined: a named schema stays one node that many
places point to, which is what keeps recursive models and large specs cheap.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from generator.diagnostics import (
    Diagnostic,
    GenerationError,
    Level,
    error,
    pointer,
    unescape_pointer_token,
)
from generator.spec.load import Document, load_document
from generator.spec.remote import Fetcher, RemoteError

MAX_ERRORS = 50


@dataclass(frozen=True, order=True)
class Location:
    """A node of the spec: the file it is in and its JSON pointer there."""

    file: Path
    pointer: str

    def child(self, *tokens: object) -> Location:
        return Location(self.file, self.pointer + pointer(*tokens))

    def __str__(self) -> str:
        return f"{self.file}#{self.pointer}"


@dataclass(frozen=True)
class SpecRoot:
    """The folder every file a spec reads must be in (``$ref`` targets, merged files).

    By default the folder of the spec; ``--spec-root DIR`` (``spec-root`` in
    ``[tool.opgen]``, or the repository root found from an AutoRest ``readme.md``) widens
    it.  ``path`` is resolved: a file is inside when its resolved path is.
    """

    path: Path
    shown: str | None = None  # as the user named it; None: the spec's own folder

    @classmethod
    def given(cls, folder: Path) -> SpecRoot:
        return cls(folder.resolve(), str(folder))

    def contains(self, file: Path) -> bool:
        return file.resolve().is_relative_to(self.path)

    def describe(self) -> str:
        """What a ``$ref`` that leaves the root leaves, and how to widen it."""
        if self.shown is None:
            return "the folder of the spec (widen it with --spec-root DIR)"
        return f"the spec root {self.shown} (widen it with --spec-root)"

    def check(self, path: Path) -> None:
        """Refuse a spec file (or folder) that is not below the root."""
        if not self.contains(path):
            where = "the folder of the spec" if self.shown is None else f"the spec root {self.shown}"
            raise error("outside-spec-root", f"not inside {where} (name a --spec-root that holds it)", path)


@dataclass
class Spec:
    """The root document, every document it references, and the reference index."""

    root: Document
    version: str
    documents: dict[Path, Any]
    _nodes: dict[Location, Any] = field(default_factory=dict, repr=False)
    _targets: dict[tuple[Path, str], Location] = field(default_factory=dict, repr=False)
    remote: Fetcher | None = field(default=None, repr=False)  # None: remote references refused
    spec_root: Path | None = None  # resolved; the files' names (_meta.py) are relative to it

    @property
    def data(self) -> Any:
        return self.root.data

    @property
    def root_location(self) -> Location:
        return Location(self.root.path, "")

    def node(self, location: Location) -> Any:
        """The node at ``location`` (which the resolver has checked exists)."""
        try:
            return self._nodes[location]
        except KeyError:
            node = _walk_pointer(self.documents[location.file], location.pointer)
            self._nodes[location] = node
            return node

    def target(self, ref: str, base: Path) -> Location:
        """Where ``ref``, written in file ``base``, points."""
        key = (base, ref)
        found = self._targets.get(key)
        if found is None:
            found = _parse_ref(ref, base, self.remote)
            self._targets[key] = found
        return found

    @property
    def files(self) -> tuple[Path, ...]:
        """The files this spec is read from: the root, then every file it references."""
        return tuple(self.documents)

    def origin(self, location: Location) -> Location:
        """Where to show ``location`` to a user; differs only in a merged spec
        (:mod:`generator.spec.merge`), whose nodes are each written in one of its files."""
        return location

    def deref(self, node: Any, location: Location) -> tuple[Any, Location]:
        """Follow ``$ref`` chains from ``node`` to the first node that is not a reference."""
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            location = self.target(node["$ref"], location.file)
            node = self.node(location)
            seen += 1
            if seen > 100:
                raise error("ref-cycle", "reference chain does not end (a $ref that points to itself)", location.file, location.pointer)
        return node, location


def _parse_ref(ref: str, base: Path, remote: Fetcher | None = None) -> Location:
    if remote is not None:
        joined = remote.join(ref, base)
        if joined is not None:  # a URL, or any reference written in a remote document
            url, fragment = joined
            return Location(remote.path_for(url), unquote(fragment))
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc:
        raise ValueError("remote")
    file = base if not parts.path else (base.parent / unquote(parts.path)).resolve()
    return Location(file, unquote(parts.fragment))


def _walk_pointer(data: Any, ptr: str) -> Any:
    if ptr == "":
        return data
    if not ptr.startswith("/"):
        raise KeyError(ptr)
    node = data
    for raw in ptr[1:].split("/"):
        token = unescape_pointer_token(raw)
        if isinstance(node, dict):
            node = node[token]
        elif isinstance(node, list) and token.isdigit():
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


def resolve_refs(document: Document, version: str, remote: Fetcher | None = None, spec_root: SpecRoot | None = None) -> Spec:
    """Load every file ``document`` references and check every reference resolves;
    ``remote`` fetches http and https references (refused without it); local files must
    be inside ``spec_root`` (default: the folder of ``document``)."""
    root_file = document.path.resolve()
    spec_root = spec_root or SpecRoot(root_file.parent)
    spec_root.check(document.path)
    root_dir = spec_root.path
    root = Document(root_file, document.data)
    spec = Spec(root=root, version=version, documents={root_file: document.data}, remote=remote, spec_root=root_dir)
    problems: list[Diagnostic] = []
    pending = [root_file]
    while pending and len(problems) < MAX_ERRORS:
        file = pending.pop()
        # Once per file, not per $ref: _display resolves paths (a system call per folder).
        shown = (remote.url_for(file) if remote is not None else None) or _display(file, document.path)
        for site, ref in _iter_refs(spec.documents[file]):
            try:
                target = spec.target(ref, file)
            except ValueError as exc:
                message = (
                    f"remote $ref {ref!r} refused (only local and relative-file references are read; --allow-remote-refs fetches http and https ones)"
                    if remote is None
                    else f"$ref {ref!r} refused: {exc}"
                )
                problems.append(Diagnostic(Level.ERROR, "remote-ref", message, shown, site))
                continue
            url = remote.url_for(target.file) if remote is not None else None
            if url is None and not target.file.is_relative_to(root_dir):
                problems.append(Diagnostic(Level.ERROR, "ref-outside-root", f"$ref {ref!r} leaves {spec_root.describe()}", shown, site))
                continue
            if target.file not in spec.documents:
                try:
                    spec.documents[target.file] = remote.load(url) if remote is not None and url is not None else load_document(target.file).data
                except GenerationError as exc:
                    problems.append(Diagnostic(Level.ERROR, "bad-ref", f"$ref {ref!r}: {exc.diagnostics[0].message}", shown, site))
                    continue
                except RemoteError as exc:
                    problems.append(Diagnostic(Level.ERROR, "bad-ref", f"$ref {ref!r}: {exc}", shown, site))
                    continue
                pending.append(target.file)
            try:
                spec.node(target)
            except (KeyError, IndexError, TypeError):
                problems.append(Diagnostic(Level.ERROR, "bad-ref", f"$ref {ref!r} points to nothing: no {target.pointer or '/'} in {url or target.file.name}", shown, site))
    if problems:
        raise GenerationError(problems)
    return spec


def reference_cycles(spec: Spec, root_as_given: Path) -> list[Diagnostic]:
    """``$ref`` chains that never reach a schema, and ``allOf`` that includes itself.

    Both make a validator (or anything that expands schemas) recurse forever.  A schema
    that refers to itself through a property or items is fine: a recursive model.
    """
    problems: list[Diagnostic] = []
    reported: set[frozenset[Location]] = set()

    def report(code: str, what: str, cycle: list[Location]) -> None:
        if frozenset(cycle) in reported:
            return
        reported.add(frozenset(cycle))
        chain = " -> ".join(f"{(spec.remote.url_for(c.file) if spec.remote else None) or c.file.name}#{c.pointer}" for c in [*cycle, cycle[0]])
        shown = (spec.remote.url_for(cycle[0].file) if spec.remote else None) or _display(cycle[0].file, root_as_given)
        problems.append(Diagnostic(Level.ERROR, code, f"{what}: {chain}", shown, cycle[0].pointer))

    def follow(location: Location) -> Location | None:
        """Where the ``$ref`` at ``location`` leads, None if it is not one or is broken."""
        try:
            node = spec.node(location)
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return None
            return spec.target(node["$ref"], location.file)
        except (KeyError, IndexError, TypeError, ValueError):
            return None

    def resolved(location: Location) -> Location:
        seen: list[Location] = []
        while (next_location := follow(location)) is not None:
            if location in seen:
                report("ref-cycle", "$ref chain never reaches a schema", seen[seen.index(location) :])
                return location
            seen.append(location)
            location = next_location
        return location

    all_of: dict[Location, list[Location]] = {}
    for file, data in list(spec.documents.items()):
        for site, _ in _iter_refs(data):
            resolved(Location(file, site.removesuffix("/$ref")))
        for where, node in _iter_all_of(data):
            members = node["allOf"]
            all_of[Location(file, where)] = [resolved(Location(file, f"{where}/allOf/{i}")) for i in range(len(members))]
    # An allOf graph with a cycle: depth-first, iteratively.
    state: dict[Location, int] = {}  # 1: on the current path, 2: done
    for start in all_of:
        if start in state:
            continue
        path: list[Location] = []
        stack: list[tuple[Location, int]] = [(start, 0)]
        while stack:
            location, index = stack.pop()
            if index == 0:
                state[location] = 1
                path.append(location)
            members = all_of.get(location, [])
            if index < len(members):
                stack.append((location, index + 1))
                member = members[index]
                if state.get(member) == 1:
                    report("allof-cycle", "allOf includes itself", path[path.index(member) :])
                elif member not in state:
                    stack.append((member, 0))
            else:
                state[location] = 2
                path.pop()
    return problems


def _iter_all_of(data: Any) -> list[tuple[str, dict[str, Any]]]:
    """Every mapping in ``data`` with an ``allOf`` list, with its pointer."""
    found: list[tuple[str, dict[str, Any]]] = []
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            if isinstance(node.get("allOf"), list):
                found.append((where, node))
            stack.extend((value, where + pointer(key)) for key, value in node.items() if isinstance(value, (dict, list)))
        elif isinstance(node, list):
            stack.extend((value, f"{where}/{index}") for index, value in enumerate(node) if isinstance(value, (dict, list)))
    found.sort(key=lambda item: item[0])
    return found


def _display(file: Path, root_as_given: Path) -> str:
    """Show the root file as the user named it, others relative to it (``common-types``
    files of an Azure spec are above it: ``..`` leads there)."""
    if file == root_as_given.resolve():
        return str(root_as_given)
    folder = root_as_given.resolve().parent
    if file.is_relative_to(folder):
        return str(root_as_given.parent / file.relative_to(folder))
    return os.path.normpath(root_as_given.parent / os.path.relpath(file, folder))


# Documentation-only extensions whose $refs name example files no client needs: AutoRest's
# own test specs point x-ms-examples at files they do not ship.
_NOT_FOLLOWED = frozenset({"x-ms-examples"})


def _iter_refs(data: Any) -> list[tuple[str, str]]:
    """Every ``$ref`` string in ``data`` with the pointer of the ``$ref`` key."""
    found: list[tuple[str, str]] = []
    stack: list[tuple[Any, str]] = [(data, "")]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                found.append((where + "/$ref", ref))
            for key, value in node.items():
                if isinstance(value, (dict, list)) and key not in _NOT_FOLLOWED:
                    stack.append((value, where + pointer(key)))
        elif isinstance(node, list):
            for index, value in enumerate(node):
                if isinstance(value, (dict, list)):
                    stack.append((value, f"{where}/{index}"))
    found.sort(key=lambda item: item[0])
    return found
