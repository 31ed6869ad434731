"""Generate a package into a folder, run Python
and mypy on it in a fresh process (so generated packages never meet in sys.modules)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from generator.emit.write import write_files
from generator.pipeline import generate


def generate_package(spec: Path, out: Path, package: str) -> Path:
    """Generate ``spec`` as ``out/package`` (through the real pipeline and writer)."""
    generated = generate(spec, package)
    write_files(out / package, generated.files)
    return out / package


def run_python(code: str, folder: Path, timeout: float = 120) -> Any:
    """Run ``code`` with ``folder`` first on sys.path; return the JSON it prints last."""
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=folder, capture_output=True, text=True, timeout=timeout,
        env={**os.environ, "PYTHONPATH": str(folder), "PYTHONDONTWRITEBYTECODE": "1"},
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def mypy_strict(folder: Path, *packages: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", *packages],
        cwd=folder, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
