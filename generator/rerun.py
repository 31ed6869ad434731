"""A record of what ``opgen generate`` made of its inputs, so that running it again on the
same inputs into the same output does nothing at all.

Everything a package is made of is its inputs: the spec files read (their bytes), what
chose them (a folder's listing, a readme's text), the options (package name, tag, spec
root, templates folder and its files), opgen itself (every file of the ``generator``
package and of the built-in templates, not a version number) and the formatter.  When a
run wrote (or ``--check`` found up to date) a package, the record keeps, under a key made
of all that, the hashes of the spec files it read, the hash of the package's manifest and
the warnings.  A later run whose key has a record, whose spec files hash the same and
whose output still holds that manifest and every file it lists (each as written) takes
that output as the run's result: nothing is loaded, built, rendered or formatted.

The record lives in opgen's cache folder (:func:`generator.cache.cache_folder`, beside
the validation record), never in the output; an unusable cache is no record.  A run with
remote references (fetched documents may change) or project files is never recorded.
"""

from __future__ import annotations

import functools
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

import generator
from generator.cache import cache_folder, file_hashes, files_unchanged, write_record
from generator.diagnostics import Diagnostic, Level


@dataclass(frozen=True)
class Reused:
    """The result of a run taken from its record: what :class:`generator.pipeline.Generated`
    gives the command line."""

    files: dict[str, bytes]
    warnings: tuple[Diagnostic, ...]
    project_files: dict[str, bytes]


@dataclass(frozen=True)
class Inputs:
    spec: Path
    package: str
    templates: Path | None
    spec_root: Path | None
    tag: str | None

    @functools.cached_property
    def key(self) -> str:
        """All the inputs, as text (opgen's files hashed now: an install changed under a
        long-lived process is seen)."""
        from generator.emit import formatter
        from generator.pipeline import input_description

        templates = "" if self.templates is None else f"{self.templates.resolve()} {_folder_hash(self.templates)}"
        return "\n".join(
            [
                input_description(self.spec, self.tag, self.spec_root),
                f"package={self.package}",
                f"templates={templates}",
                f"opgen={_opgen_hash()}",
                f"formatter={formatter()}",
            ]
        )

    def _path(self) -> Path | None:
        folder = cache_folder()
        if folder is None:
            return None
        return folder / "outputs" / (hashlib.sha256(self.key.encode("utf-8")).hexdigest() + ".json")


def _opgen_hash() -> str:
    """Every file of opgen's code and built-in templates, as one hash."""
    from generator.emit.render import builtin_templates

    digest = hashlib.sha256()
    roots = [Path(generator.__file__).resolve().parent, Path(str(builtin_templates()))]
    for root in roots:
        digest.update(_folder_hash(root).encode())
    return digest.hexdigest()


def _folder_hash(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        try:
            digest.update(f"{path.relative_to(folder).as_posix()}\0".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
        except OSError:
            digest.update(b"unreadable")
    return digest.hexdigest()


def reused(inputs: Inputs, package_dir: Path) -> Reused | None:
    """The output in ``package_dir`` when a run recorded it for these very inputs and it is
    as written; else ``None`` (generate)."""
    from generator.emit.write import MANIFEST

    path = inputs._path()
    if path is None:
        return None
    try:
        record = json.loads(path.read_text("utf-8"))
        if record.get("key") != inputs.key or not files_unchanged(record.get("inputs")):
            return None
        manifest_bytes = (package_dir / MANIFEST).read_bytes()
        if hashlib.sha256(manifest_bytes).hexdigest() != record["manifest"]:
            return None
        listed = json.loads(manifest_bytes)["files"]
        files: dict[str, bytes] = {}
        for name, sha in listed.items():
            data = (package_dir / name).read_bytes()
            if hashlib.sha256(data).hexdigest() != sha:
                return None
            files[name] = data
        files[MANIFEST] = manifest_bytes
        warnings = tuple(
            Diagnostic(Level[w["level"]], w["code"], w["message"], w["file"], w["pointer"], w["line"]) for w in record["warnings"]
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    return Reused(files, warnings, {})


def remember(inputs: Inputs, spec_files: tuple[Path, ...], files: dict[str, bytes], warnings: tuple[Diagnostic, ...]) -> None:
    """Record that these inputs made ``files`` (now the package's output) with these
    warnings (best effort: no cache, no record)."""
    from generator.emit.write import MANIFEST

    path = inputs._path()
    if path is None or MANIFEST not in files or not spec_files:
        return
    try:
        inputs_read = file_hashes(spec_files)
    except OSError:
        return
    write_record(
        path,
        {
            "key": inputs.key,
            "inputs": inputs_read,
            "manifest": hashlib.sha256(files[MANIFEST]).hexdigest(),
            "warnings": [
                {"level": w.level.name, "code": w.code, "message": w.message, "file": w.file, "pointer": w.pointer, "line": w.line}
                for w in warnings
            ],
        },
    )
