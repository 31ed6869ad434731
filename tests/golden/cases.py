"""The golden cases: each folder here with a spec.yaml, its package named after it.

``expected/<case>/`` stores the spec-dependent files only (and the manifest, which lists
every file): the runtime modules a package ships are copies of ``generator/runtime/``,
compared with it by ``tests/generated/test_runtime_copies.py``.  :func:`full_package` puts the two
back together where a test needs an importable package.

A case whose folder has a ``case.toml`` saying ``project = true`` is generated as
``opgen generate --project`` does it: its project files (``pyproject.toml``,
``README.md`` and their manifest) are stored next to the package, in ``expected/``, as
they are written next to it.
"""

from __future__ import annotations

import functools
import json
import shutil
import tomllib
from pathlib import Path

from generator.emit.write import MANIFEST
from generator.pipeline import Generated, generate

HERE = Path(__file__).resolve().parent
RUNTIME = HERE.parent.parent / "generator" / "runtime"


def cases() -> list[str]:
    return sorted(p.name for p in HERE.iterdir() if (p / "spec.yaml").is_file())


def expected_dir(case: str) -> Path:
    return HERE / case / "expected" / case


def project_dir(case: str) -> Path:
    """Where a case's project files are stored: the package's parent, as in a real output."""
    return HERE / case / "expected"


def wants_project(case: str) -> bool:
    """The case's ``case.toml`` asks for the project files (``project = true``)."""
    options = HERE / case / "case.toml"
    return options.is_file() and tomllib.loads(options.read_text("utf-8")).get("project") is True


@functools.cache
def generated(case: str) -> Generated:
    """The case generated in memory (once per process)."""
    return generate(HERE / case / "spec.yaml", case, project=wants_project(case))


def stored_project(case: str) -> dict[str, bytes]:
    """The project files stored for ``case`` (none when it asks for none)."""
    folder = project_dir(case)
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in folder.rglob("*")
        if p.is_file() and p.relative_to(folder).parts[0] != case and "__pycache__" not in p.parts
    }


def render(case: str) -> dict[str, bytes]:
    return dict(generated(case).files)


def runtime_names() -> frozenset[str]:
    """Every runtime module a package may ship, by its path inside the package."""
    return frozenset(
        p.relative_to(RUNTIME).as_posix() for p in RUNTIME.rglob("*.py") if p.name != "__init__.py" and "__pycache__" not in p.parts
    )


def stored(files: dict[str, bytes]) -> dict[str, bytes]:
    """What a golden case stores of a package's files: all but the runtime copies."""
    runtime = runtime_names()
    return {name: content for name, content in files.items() if name not in runtime}


def full_package(case: str, into: Path) -> Path:
    """The committed golden package made whole in ``into/<case>``: its stored files, and the
    runtime modules its manifest lists, copied from ``generator/runtime/``."""
    source, target = expected_dir(case), into / case
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
    for name in json.loads((source / MANIFEST).read_text("utf-8"))["files"]:
        if not (target / name).exists():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(RUNTIME / name, target / name)
    return target
