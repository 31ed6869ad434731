"""The whole pipeline, stage after stage: spec file in, package files out.

    load_document -> validate_document -> resolve_refs -> build_api
        -> render_api -> format_files (+ runtime_files) -> (write_files, in the CLI)

Everything up to writing happens in memory, so a run that fails at any stage leaves
the output folder untouched.  Given the folder of the previous output, formatting
reuses its files that were formatted from the same text (:mod:`generator.emit.format`).
A :class:`Reporter` hears of each stage and of what is done (the CLI's progress line).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from generator.build import BuildResult, build_api
from generator.diagnostics import Diagnostic, GenerationError, error
from generator.emit import (
    Previous,
    format_files,
    formatter,
    read_manifest,
    read_previous,
    render_api,
    render_project,
    runtime_files,
    source_hash,
    with_manifest,
)
from generator.ir import Api
from generator.names import package_name_problem
from generator.spec import (
    Fetcher,
    Spec,
    SpecRoot,
    ValidationCache,
    autorest,
    load_document,
    load_files,
    load_folder,
    resolve_refs,
    spec_files_in,
    validate_document,
)


class Reporter(Protocol):
    """Hears what a run is doing: the stage it enters ("load" (reading, validating and
    resolving the spec), "build", "render", "format", then the CLI's "write"), and counts
    of what is done (``("operations", 845, None)``, ``("files formatted", 3, 40)``)."""

    def stage(self, name: str) -> None: ...

    def count(self, what: str, done: int, total: int | None = None) -> None: ...


@dataclass(frozen=True)
class Generated:
    api: Api
    files: dict[str, bytes]  # path inside the package -> content, manifest included
    warnings: tuple[Diagnostic, ...]
    # With project=True: path inside the project folder (the package's parent) -> content,
    # with a manifest of their own (the project folder's); else empty.
    project_files: dict[str, bytes] = field(default_factory=dict)
    spec_files: tuple[Path, ...] = ()  # the files read (what the validation record lists)


def check_package_name(package: str) -> None:
    problem = package_name_problem(package)
    if problem is not None:
        raise error("bad-package", f"package name {package!r} {problem}", "<arguments>")


def load_spec(
    spec_path: Path, allow_remote_refs: bool = False, spec_root: Path | None = None, tag: str | None = None, *, validated: bool = False
) -> Spec:
    """Load, validate and resolve: everything that is about the input alone.

    ``spec_path`` is a spec file, a folder whose spec files make one client (merged by
    :func:`generator.spec.merge.load_folder`), or an AutoRest ``readme.md`` whose ``tag``
    (default: the readme's own) lists the files to merge (:mod:`generator.spec.autorest`).
    ``allow_remote_refs``: fetch the http and https documents a spec file references
    (refused otherwise).  ``spec_root``: the folder every file read must be in (default:
    the spec's folder; for a readme, the root of the spec repository holding it).
    ``validated``: a previous run validated these very files (:class:`generator.spec.validate.ValidationCache`).
    """
    root = None
    if spec_root is not None:
        if not spec_root.is_dir():
            raise error("bad-spec-root", "the spec root (--spec-root) is not a folder", spec_root)
        root = SpecRoot.given(spec_root)
    if autorest.is_readme(spec_path):
        selection = autorest.select(spec_path, tag)
        root = root or SpecRoot.given(autorest.repository_root(spec_path))
        root.check(spec_path)
        return load_files(list(selection.input_files), spec_path.parent, root, validated=validated)
    if tag is not None:
        raise error("tag-without-readme", "a tag selects files of an AutoRest readme.md; this is not one", spec_path)
    if root is not None:
        root.check(spec_path)
    if spec_path.is_dir():
        return load_folder(spec_path, root, validated=validated)
    remote = Fetcher() if allow_remote_refs else None
    document = load_document(spec_path)
    version = validate_document(document, remote, root, validated=validated)
    return resolve_refs(document, version, remote, root)


def build_spec(
    spec_path: Path, package: str, spec: Spec | None = None, allow_remote_refs: bool = False, spec_root: Path | None = None, tag: str | None = None
) -> BuildResult:
    """Build the IR of a spec file, folder or readme tag (what ``opgen diff`` compares);
    ``spec`` if it is loaded already.  The spec files are named relative to the spec root
    (in ``_meta.py``: the same on every machine)."""
    spec = spec or load_spec(spec_path, allow_remote_refs, spec_root, tag)
    base = spec.spec_root or spec.root.path.parent
    remote = spec.remote
    spec_files = {
        path.relative_to(base).as_posix(): path.read_bytes() for path in spec.files if remote is None or remote.url_for(path) is None
    }
    spec_files.update(remote.sources if remote is not None else {})  # fetched documents, by URL
    return build_api(spec, package, str(spec_path), spec_files)


def _formatted_counter(reporter: Reporter | None) -> Callable[[int, int], None] | None:
    if reporter is None:
        return None
    return lambda done, total: reporter.count("files formatted", done, total)


def generate(
    spec_path: Path,
    package: str,
    templates: Path | None = None,
    allow_remote_refs: bool = False,
    spec_root: Path | None = None,
    tag: str | None = None,
    *,
    previous: Path | None = None,
    reporter: Reporter | None = None,
    project: bool = False,
) -> Generated:
    """Run every stage but writing; raise :class:`GenerationError` on bad input.
    ``previous``: the package folder the output goes to, whose unchanged files need no
    formatting; ``reporter``: told of each stage; ``project``: also render the project
    folder's files (``pyproject.toml``, ``README.md``: an installable client)."""
    check_package_name(package)
    validation = ValidationCache.for_input(input_description(spec_path, tag, spec_root))
    validated = validation.holds()
    # Validating (openapi-spec-validator: a third of a small spec's run, a quarter of a
    # large one's) runs beside the other stages in a process of its own; its verdict is
    # awaited before anything is returned.  Fetched documents are validated here, once.
    beside = None if validated or allow_remote_refs else BackgroundValidation.start(spec_path, spec_root, tag)
    try:
        generated = _generate(spec_path, package, templates, allow_remote_refs, spec_root, tag, validated or beside is not None, previous, reporter, project)
    except Exception:
        if beside is not None:
            beside.verdict()  # the validator's error first, as a run in one process gives it
        raise
    except BaseException:  # interrupted: not waiting for the validator
        if beside is not None:
            beside.abandon()
        raise
    if beside is not None:
        beside.verdict()
    if not validated and not allow_remote_refs:
        validation.record(generated.spec_files)
    return generated


class BackgroundValidation:
    """Validating the spec (:func:`load_spec` with nothing taken as validated) in a
    forked process, while this one goes on: :meth:`verdict` raises what that run raised.
    Where processes cannot be forked (or with ``forking`` off), validation happens in
    :meth:`verdict`."""

    forking = True

    def __init__(self, spec_path: Path, spec_root: Path | None, tag: str | None, process: Any, connection: Any) -> None:
        self.spec_path, self.spec_root, self.tag = spec_path, spec_root, tag
        self.process, self.connection = process, connection

    @staticmethod
    def start(spec_path: Path, spec_root: Path | None, tag: str | None) -> BackgroundValidation:
        import multiprocessing

        if not BackgroundValidation.forking or "fork" not in multiprocessing.get_all_start_methods():
            return BackgroundValidation(spec_path, spec_root, tag, None, None)
        context = multiprocessing.get_context("fork")
        receive, send = context.Pipe(duplex=False)
        process = context.Process(target=_validate_beside, args=(send, spec_path, spec_root, tag), daemon=True)
        try:
            process.start()
        except (AssertionError, OSError):  # in a daemonic process, or out of processes
            receive.close()
            return BackgroundValidation(spec_path, spec_root, tag, None, None)
        finally:
            send.close()
        return BackgroundValidation(spec_path, spec_root, tag, process, receive)

    def abandon(self) -> None:
        """Stop the validating process (the run was interrupted)."""
        if self.process is not None:
            self.process.terminate()
            self.process.join()
            self.connection.close()
            self.process = None

    def verdict(self) -> None:
        """Wait for the validation; raise the :class:`GenerationError` it found."""
        outcome: list[Diagnostic] | None | str = "not run"
        if self.process is not None:
            try:
                outcome = self.connection.recv()
            except EOFError:
                outcome = "died"
            finally:
                self.connection.close()
                self.process.join()
            self.process = None
        if isinstance(outcome, str):  # not forked, or it died: validate here
            load_spec(self.spec_path, False, self.spec_root, self.tag, validated=False)
        elif outcome is not None:
            raise GenerationError(outcome)


def _validate_beside(send: Any, spec_path: Path, spec_root: Path | None, tag: str | None) -> None:
    """The forked process of :class:`BackgroundValidation`: sends ``None`` (valid), the
    diagnostics of the error, or ``"failed"`` for anything else (validated again in the
    parent, which then reports it as a run in one process would)."""
    try:
        load_spec(spec_path, False, spec_root, tag, validated=False)
        outcome: list[Diagnostic] | None | str = None
    except GenerationError as exc:
        outcome = exc.diagnostics
    except BaseException:
        outcome = "failed"
    send.send(outcome)
    send.close()


def _generate(
    spec_path: Path,
    package: str,
    templates: Path | None,
    allow_remote_refs: bool,
    spec_root: Path | None,
    tag: str | None,
    validated: bool,
    previous: Path | None,
    reporter: Reporter | None,
    project: bool,
) -> Generated:
    """The stages of :func:`generate`; ``validated``: loading takes the spec as valid (it
    passed before, or is being validated beside)."""
    if reporter is not None:
        reporter.stage("load")
    spec = load_spec(spec_path, allow_remote_refs, spec_root, tag, validated=validated)
    if reporter is not None:
        reporter.stage("build")
    result = build_spec(spec_path, package, spec=spec)
    if reporter is not None:
        reporter.count("operations", len(result.api.all_operations))
        reporter.count("models", len(result.api.models))
        reporter.stage("render")
    rendered = render_api(result.api, templates)
    project_files = with_manifest(render_project(result.api, templates)) if project else {}
    operations = [operation.operation_id for operation in result.api.all_operations]
    reusable = read_previous(previous, read_manifest(previous)) if previous is not None else Previous.none()
    if reporter is not None:
        reporter.stage("format")
    # A user's templates may write what black would change anywhere: black sees all of it.
    formatted = format_files(rendered, reusable, _formatted_counter(reporter), builtin=templates is None)
    sources = {name: source_hash(text) for name, text in rendered.items() if name.endswith(".py")}
    # The runtime modules are black-formatted already: copied as they are, not formatted.
    files = formatted | runtime_files(result.api)
    return Generated(result.api, with_manifest(files, operations, sources, formatter()), result.warnings, project_files, tuple(spec.files))


def input_description(spec_path: Path, tag: str | None, spec_root: Path | None) -> str:
    """What is validated besides the files' bytes: the argument, the readme tag and the
    spec root; and what chooses the files: a folder's spec files, a readme's text (a
    file added to the folder, or to the tag, is validated)."""
    chosen = ""
    try:
        if spec_path.is_dir():
            chosen = " files=" + "/".join(path.name for path in spec_files_in(spec_path))
        elif autorest.is_readme(spec_path):
            chosen = " readme=" + hashlib.sha256(spec_path.read_bytes()).hexdigest()
    except OSError:
        chosen = " unreadable"  # loading reports it
    return f"{spec_path.resolve()} tag={tag or ''} spec-root={spec_root.resolve() if spec_root is not None else ''}{chosen}"
