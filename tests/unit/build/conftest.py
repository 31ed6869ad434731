"""The fixture of the corpus regressions (test_corpus_*.py) that import their package."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.emit.write import write_files
from generator.pipeline import Generated


@pytest.fixture
def load_package(tmp_path: Path) -> Iterator[Any]:
    """Write a generated package under tmp_path and import it (removed from sys.modules after)."""
    out = tmp_path / "out"
    names: list[str] = []

    def load(generated: Generated, module: str = "") -> Any:
        package = generated.api.package
        write_files(out / package, generated.files)
        if str(out) not in sys.path:
            sys.path.insert(0, str(out))
        names.append(package)
        importlib.invalidate_caches()
        return importlib.import_module(f"{package}.{module}" if module else package)

    yield load
    if str(out) in sys.path:
        sys.path.remove(str(out))
    for name in list(sys.modules):
        if name.split(".")[0] in names:
            del sys.modules[name]
