"""Stage 7: write the package, atomically, touching only what opgen owns.

* A manifest (``.opgen-manifest.json``) in the package lists every file opgen wrote,
  with its hash.  Only those files are ever replaced or deleted; a file opgen did not
  write is never overwritten (the run stops with an error instead) nor deleted.
* A generated file that the user has edited since is not deleted when it is no longer
  generated; a warning says so.
* Nothing is replaced until every new file has been written next to its target; then
  each is moved into place with ``os.replace``.  A failure before that leaves the
  previous output byte-for-byte as it was.  Unchanged files are not rewritten.

The manifest also lists the spec's operation ids (``"operations"``, sorted), so that a
later run can tell whether the spec lost operations.  Two safety rules refuse a run
(nothing written, nothing removed; ``opgen generate`` exits 2, ``--check`` fails) that
looks like a broken generator rather than a changed spec:

* **no client module**: the output has no ``_client.py``.  Every client has one; an
  output without it (say, templates missing from an installation) would leave a package
  that cannot be imported.
* **mass removal**: the run would remove more files than the package will hold after it
  (``len(delete) > len(files) - 1``, the manifest not counted), and the spec did not lose
  operations.  It lost operations when the old manifest's operation ids are not a subset
  of the new ones: then fewer files may be what the spec means.  An old manifest without
  ``"operations"`` (written before opgen recorded them) counts as unknown: the rule
  applies.  Removing fewer files than are kept (a template renamed or dropped) is
  never refused.  To accept a refused removal on purpose, delete the package folder
  and generate again.

The project folder (``--project``: ``pyproject.toml`` and ``README.md`` next to the
package, in the package's parent) is written the same way with a manifest of its own,
``<output>/.opgen-manifest.json``, which lists only the project's files: the package's
manifest stays inside the package, so each owns what it lists and neither can remove the
other's files, nor any file opgen did not write.  The two rules above are the package's
(``plan_write(..., package=False)`` for a project folder).  A run plans every folder and
checks every plan (:func:`problems`) before writing any.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from generator.diagnostics import Diagnostic, GenerationError, Level, error

MANIFEST = ".opgen-manifest.json"
CLIENT_MODULE = "_client.py"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def with_manifest(
    files: dict[str, str],
    operations: Iterable[str] | None = None,
    sources: Mapping[str, str] | None = None,
    formatter: str | None = None,
) -> dict[str, bytes]:
    """Encode the files and add the manifest that lists them (and ``operations``: the
    spec's operation ids; ``sources``: by file, the hash of the text ``formatter``
    formatted it from, which lets the next run reuse it: :mod:`generator.emit.format`)."""
    encoded = {name: text.encode("utf-8") for name, text in sorted(files.items())}
    manifest: dict[str, object] = {"generator": "opgen", "files": {name: _sha(data) for name, data in encoded.items()}}
    if operations is not None:
        manifest["operations"] = sorted(set(operations))
    if sources is not None and formatter is not None:
        manifest["formatter"] = formatter
        manifest["sources"] = dict(sorted(sources.items()))
    encoded[MANIFEST] = (json.dumps(manifest, indent=2, sort_keys=True) + "\n").encode("utf-8")
    return encoded


def manifest_operations(data: bytes | str) -> frozenset[str] | None:
    """The operation ids a manifest records; ``None`` when it records none (an older
    manifest) or cannot be read."""
    try:
        operations = json.loads(data).get("operations")
    except (ValueError, AttributeError):
        return None
    if not isinstance(operations, list) or not all(isinstance(op, str) for op in operations):
        return None
    return frozenset(operations)


@dataclass
class Plan:
    """What writing ``files`` into ``directory`` would change."""

    directory: Path
    files: dict[str, bytes]
    changed: list[str] = field(default_factory=list)  # new or different content
    unchanged: list[str] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)  # generated before, not now, unedited
    keep: list[str] = field(default_factory=list)  # generated before, not now, but edited since
    conflicts: list[str] = field(default_factory=list)  # exist, differ, and opgen did not write them
    refusals: list[Diagnostic] = field(default_factory=list)  # why the safety rules refuse this run
    package: bool = True  # a package (the safety rules apply), or a project folder

    @property
    def stale(self) -> list[str]:
        return sorted(self.changed + self.delete)

    def diff(self, name: str, limit: int = 40) -> str:
        path = self.directory / name
        old = path.read_text("utf-8", errors="replace").splitlines(keepends=True) if path.exists() else []
        new = self.files[name].decode("utf-8").splitlines(keepends=True) if name in self.files else []
        lines = list(difflib.unified_diff(old, new, f"a/{name}", f"b/{name}"))
        shown = "".join(lines[:limit])
        if len(lines) > limit:
            shown += f"... ({len(lines) - limit} more diff lines)\n"
        return shown


def read_manifest(directory: Path) -> dict[str, object]:
    """The manifest of the package in ``directory``; empty when there is none or it
    cannot be read (writing there reports an unreadable one: :func:`plan_write`)."""
    try:
        data = json.loads((directory / MANIFEST).read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _previous_manifest(directory: Path) -> dict[str, str]:
    path = directory / MANIFEST
    try:
        data = json.loads(path.read_text("utf-8"))
        files = data["files"]
        return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}
    except FileNotFoundError:
        return {}
    except (ValueError, KeyError, TypeError, OSError):
        raise error("bad-manifest", "the manifest is unreadable; remove it only if every file here is generated", path) from None


def _safe_name(name: str) -> bool:
    parts = Path(name).parts
    return bool(parts) and not Path(name).is_absolute() and ".." not in parts


def _inside(directory: Path, name: str) -> bool:
    """``directory / name`` is reached without a symbolic link that leaves ``directory``."""
    return (directory / name).parent.resolve().is_relative_to(directory.resolve())


def plan_write(directory: Path, files: dict[str, bytes], package: bool = True) -> Plan:
    """What writing ``files`` into ``directory`` would do; ``package``: a package, which
    the safety rules hold to, else a project folder."""
    plan = Plan(directory, files, package=package)
    owned = _previous_manifest(directory)
    for name, data in files.items():
        path = directory / name
        try:
            current = path.read_bytes()
        except FileNotFoundError:
            plan.changed.append(name)
            continue
        if current == data:
            plan.unchanged.append(name)
        elif name in owned or name == MANIFEST:
            plan.changed.append(name)
        else:
            plan.conflicts.append(name)
    for name, digest in sorted(owned.items()):
        if name in files or not _safe_name(name) or not _inside(directory, name):
            continue
        path = directory / name
        try:
            current = path.read_bytes()
        except FileNotFoundError:
            continue
        (plan.delete if _sha(current) == digest else plan.keep).append(name)
    plan.refusals = _refusals(plan) if package else []
    return plan


def _refusals(plan: Plan) -> list[Diagnostic]:
    """The safety rules of the module docstring."""
    where = str(plan.directory)
    refusals = []
    if CLIENT_MODULE not in plan.files:
        refusals.append(
            Diagnostic(
                Level.ERROR,
                "no-client-module",
                f"the output has no {CLIENT_MODULE} (only {len(plan.files)} file(s)); refusing to leave a client without its "
                "client module: nothing written or removed (an opgen installation without its templates?)",
                where,
            )
        )
    kept = len([name for name in plan.files if name != MANIFEST])
    if len(plan.delete) > kept:
        old = manifest_operations(_read(plan.directory / MANIFEST))
        new = manifest_operations(plan.files.get(MANIFEST, b""))
        if old is None or new is None or old <= new:
            why = "the spec lost no operation" if old is not None and new is not None else "no manifest records which operations were lost"
            refusals.append(
                Diagnostic(
                    Level.ERROR,
                    "mass-removal",
                    f"would remove {len(plan.delete)} generated file(s) and keep only {kept}, and {why}; "
                    "refusing: nothing written or removed (to accept it, delete this folder and generate again)",
                    where,
                )
            )
    return refusals


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:
        return b""


def problems(plan: Plan) -> list[Diagnostic]:
    """Why writing ``plan`` must not start: the safety rules' refusals, files opgen did
    not write that it would overwrite, folders that are symbolic links out of it."""
    directory = plan.directory
    conflicts = [
        Diagnostic(Level.ERROR, "not-generated", "exists and was not written by opgen; refusing to overwrite it", str(directory / name))
        for name in plan.conflicts
    ]
    # A symbolic link in the package (say aio -> elsewhere) would make opgen write outside it.
    escaping = [
        Diagnostic(Level.ERROR, "symlink-escape", "its folder is a symbolic link out of the package; refusing to write through it", str(directory / name))
        for name in plan.changed
        if not _inside(directory, name)
    ]
    return plan.refusals or conflicts or escaping


def write_files(directory: Path, files: dict[str, bytes], plan: Plan | None = None) -> Plan:
    """Write ``files`` (with their manifest) into ``directory`` as described above;
    ``plan``: what :func:`plan_write` said of them, if the caller planned already."""
    plan = plan if plan is not None else plan_write(directory, files)
    found = problems(plan)
    if found:
        raise GenerationError(found)
    staged: list[tuple[Path, Path]] = []
    try:
        # The manifest goes last: until it is replaced, the old one still describes the old files.
        for name in sorted(plan.changed, key=lambda n: n == "" or n.endswith(MANIFEST)):
            target = directory / name
            target.parent.mkdir(parents=True, exist_ok=True)
            temp = target.with_name(f".{target.name}.opgen-{os.getpid()}-{secrets.token_hex(4)}.tmp")
            # A new file (O_EXCL), never a link someone left under that name (O_NOFOLLOW).
            handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o666)
            staged.append((temp, target))
            with os.fdopen(handle, "wb") as out:
                out.write(files[name])
    except BaseException:
        for temp, _ in staged:
            temp.unlink(missing_ok=True)
        raise
    for temp, target in staged:
        os.replace(temp, target)
    for name in plan.delete:
        (directory / name).unlink(missing_ok=True)
        _remove_empty_parents(directory / name, directory)
    return plan


def _remove_empty_parents(path: Path, stop: Path) -> None:
    parent = path.parent
    while parent != stop and parent.is_relative_to(stop):
        try:
            parent.rmdir()
        except OSError:
            return
        parent = parent.parent
