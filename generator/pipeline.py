"""The whole pipeline, stage after stage: spec file in, package files out.

    load_document -> validate_document -> resolve_refs -> build_api
        -> render_api -> format_files -> (write_files, in the CLI)

Everything up to writing happens in memory, so a run that fails at any stage leaves
the output folder untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.build import BuildResult, build_api
from generator.diagnostics import Diagnostic, error
from generator.format import format_files
from generator.ir import Api
from generator.load import load_document
from generator.merge import load_folder
from generator.names import package_name_problem
from generator.remote import Fetcher
from generator.render import render_api
from generator.resolve import Spec, resolve_refs
from generator.validate import validate_document
from generator.write import with_manifest


@dataclass(frozen=True)
class Generated:
    api: Api
    files: dict[str, bytes]  # path inside the package -> content, manifest included
    warnings: tuple[Diagnostic, ...]


def check_package_name(package: str) -> None:
    problem = package_name_problem(package)
    if problem is not None:
        raise error("bad-package", f"package name {package!r} {problem}", "<arguments>")


def load_spec(spec_path: Path, allow_remote_refs: bool = False) -> Spec:
    """Load, validate and resolve: everything that is about the input alone.

    ``spec_path`` is a spec file, or a folder whose spec files make one client
    (merged by :func:`generator.merge.load_folder`).  ``allow_remote_refs``: fetch the
    http and https documents a spec file references (refused otherwise).
    """
    if spec_path.is_dir():
        return load_folder(spec_path)
    remote = Fetcher() if allow_remote_refs else None
    document = load_document(spec_path)
    version = validate_document(document, remote)
    return resolve_refs(document, version, remote)


def build_spec(spec_path: Path, package: str, spec: Spec | None = None, allow_remote_refs: bool = False) -> BuildResult:
    """Build the IR of a spec file or folder (what ``opgen diff`` compares); ``spec`` if
    it is loaded already."""
    spec = spec or load_spec(spec_path, allow_remote_refs)
    base = spec.root.path.parent
    remote = spec.remote
    spec_files = {
        path.relative_to(base).as_posix(): path.read_bytes() for path in spec.files if remote is None or remote.url_for(path) is None
    }
    spec_files.update(remote.sources if remote is not None else {})  # fetched documents, by URL
    return build_api(spec, package, str(spec_path), spec_files)


def generate(spec_path: Path, package: str, templates: Path | None = None, allow_remote_refs: bool = False) -> Generated:
    """Run every stage but writing; raise :class:`GenerationError` on bad input."""
    check_package_name(package)
    result = build_spec(spec_path, package, allow_remote_refs=allow_remote_refs)
    rendered = render_api(result.api, templates)
    return Generated(result.api, with_manifest(format_files(rendered)), result.warnings)
