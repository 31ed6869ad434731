"""Generated code passes mypy --strict and imports nothing from the generator."""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.golden.cases import cases, full_package

# The golden packages as committed, made whole with the runtime copies they do not store.
_WHOLE = Path(tempfile.mkdtemp(prefix="opgen-golden-"))
PACKAGES = [ROOT / "generated" / "desktopvirtualization"] + [full_package(case, _WHOLE) for case in cases()]


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_mypy_strict(package: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", package.name],
        cwd=package.parent, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.name)
def test_imports_only_stdlib_httpx_and_itself(package: Path) -> None:
    allowed = set(sys.stdlib_module_names) | {"httpx"}
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                roots = [alias.name.split(".")[0] for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                roots = [(node.module or "").split(".")[0]]
            else:
                continue
            for root in roots:
                assert root in allowed, f"{path}: imports {root}"
