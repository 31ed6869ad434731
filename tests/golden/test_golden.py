"""Golden files: every case's output must equal its expected tree, byte for byte.

Regenerate with ``make golden`` after a deliberate change, and review the diff.  The
runtime copies are not stored: ``tests/generated/test_runtime_copies.py`` compares them with
``generator/runtime/``.
"""

from __future__ import annotations

import pytest

from tests.golden.cases import cases, expected_dir, generated, render, stored, stored_project


@pytest.mark.parametrize("case", cases())
def test_output_matches_golden(case: str) -> None:
    expected_root = expected_dir(case)
    expected = {
        p.relative_to(expected_root).as_posix(): p.read_bytes()
        for p in expected_root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    actual = stored(render(case))
    assert sorted(actual) == sorted(expected), "file list differs: run `make golden` and review"
    for name, content in actual.items():
        assert content == expected[name], f"{case}/{name} differs from the golden file: run `make golden` and review"


@pytest.mark.parametrize("case", cases())
def test_project_files_match_golden(case: str) -> None:
    """The project files (a case with ``project = true`` in its case.toml), or none."""
    expected, actual = stored_project(case), generated(case).project_files
    assert sorted(actual) == sorted(expected), "project file list differs: run `make golden` and review"
    for name, content in actual.items():
        assert content == expected[name], f"{case}: project file {name} differs from the golden file: run `make golden` and review"


def test_cases_exist() -> None:
    assert {"enums", "nested_models", "arrays", "constraints", "operations"} <= set(cases())
