"""Generated code passes ``ruff check --select F,I``: no unused or missing import, no
undefined name, import blocks sorted as isort sorts them (generator/build/imports.py decides
each module's imports from what it uses).

Checked: the committed client (``generated/``), every golden package, and the hostile
packages generated afresh, runtime copies included.  Skipped when ruff is not installed (``pip install -e '.[test]'`` installs it).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.support.packages import generate_package

pytestmark = pytest.mark.skipif(importlib.util.find_spec("ruff") is None, reason="ruff is not installed")

GOLDEN = ROOT / "tests" / "golden"
HOSTILE = ROOT / "tests" / "hostile"


def _ruff(*paths: Path) -> None:
    # Isolated from the project's [tool.ruff] (which excludes the goldens); black formats
    # generated code at 100 columns (generator/emit/format.py), so isort wraps at 100 too.
    result = subprocess.run(
        [
            sys.executable, "-m", "ruff", "check", "--isolated", "--no-cache", "--select", "F,I",
            "--line-length", "100", "--target-version", "py311", "--output-format", "concise",
            *map(str, paths),
        ],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


def test_generated_client_passes_ruff() -> None:
    _ruff(ROOT / "generated")


def test_golden_packages_pass_ruff() -> None:
    packages = sorted(GOLDEN.glob("*/expected/*"))
    assert packages, "no golden packages found"
    _ruff(*packages)


def test_hostile_packages_pass_ruff(tmp_path: Path) -> None:
    _ruff(
        generate_package(HOSTILE / "names.yaml", tmp_path, "names_pkg"),
        generate_package(HOSTILE / "strings.yaml", tmp_path, "strings_pkg"),
    )
