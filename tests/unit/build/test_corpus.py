"""Every real-world spec under 1 MB in ../shared/corpus generates a package that imports.

The fast part of ``bench/corpus.py`` (which also runs mypy --strict and takes on the two
big specs): build, render and compile each module, then import the package (sync client,
async client, models) from a temporary folder.  Black is left out to keep this quick: it
only reformats code that already compiles, and the golden tests and bench/corpus.py cover
its output.  Skipped when the corpus is not there.
"""

from __future__ import annotations

import importlib
import re
import sys
from pathlib import Path

import pytest

from generator.build import BuildResult, build_api
from generator.diagnostics import GenerationError
from generator.emit.render import render_api, runtime_files
from generator.pipeline import load_spec
from tests.conftest import ROOT

CORPUS = ROOT.parent / "shared" / "corpus"
MAX_BYTES = 1_000_000
SPECS = sorted(p for p in CORPUS.glob("*.json") if p.stat().st_size <= MAX_BYTES) if CORPUS.is_dir() else []


def package_name(spec: Path) -> str:
    return "corpus_" + re.sub(r"_+", "_", re.sub(r"\W", "_", spec.stem.lower())).strip("_")


@pytest.mark.skipif(not SPECS, reason=f"no corpus at {CORPUS}")
@pytest.mark.parametrize("spec", SPECS, ids=lambda p: p.stem)
def test_corpus_spec_generates_and_imports(spec: Path, tmp_path: Path) -> None:
    package = package_name(spec)
    try:
        result: BuildResult = build_api(load_spec(spec), package, str(spec), {spec.name: b""})
    except GenerationError as exc:
        pytest.fail(f"{spec.name} does not generate:\n{exc}")
    for warning in result.warnings:  # each one names its construct and where it is
        assert warning.pointer.startswith("/") and warning.code, warning
    files = render_api(result.api) | runtime_files(result.api)
    root = tmp_path / package
    for name, source in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
        if name.endswith(".py"):
            compile(source, str(path), "exec")
    sys.path.insert(0, str(tmp_path))
    try:
        importlib.invalidate_caches()
        for module in (package, f"{package}.aio", f"{package}.models"):
            importlib.import_module(module)
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]
    assert len(result.api.all_operations) > 0
