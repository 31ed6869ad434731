"""The runtime (``generator/runtime/``) is copied into each package byte for byte, and only
the modules a package needs: ``_lro.py`` with long-running operations, ``_paging.py`` with
pageable ones, ``_unions.py`` with unions it decodes, ``_xml.py`` with XML bodies, ``_methods.py``
with the client's own operations cut into parts.  The golden cases do not store these copies (``tests/golden/cases.py``):
this is where they are checked, for every golden case and for ``generated/``."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from generator.emit.format import format_source
from tests.conftest import ROOT
from tests.golden.cases import RUNTIME, cases, expected_dir, generated, runtime_names

SEED = ROOT / "generated" / "desktopvirtualization"
PART = re.compile(r"(?:operations/_\w+)?_operations_\d+\.py")  # a part of the client's own operations or of a group's
ALWAYS = {
    "_auth.py", "_credentials.py", "_errors.py", "_formats.py", "_log.py", "_pipeline.py", "_policy.py", "_serde.py",
    "_tolerance.py", "_urls.py", "_validation.py", "_wire.py", "aio/_pipeline.py",
}


def _package(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.py") if "__pycache__" not in p.parts}


def _expected_runtime(
    pageable: bool, lros: bool, streams: bool = False, unions: bool = False, xml: bool = False, parts: bool = False
) -> set[str]:
    optional = (
        ("_paging.py", pageable), ("_lro.py", lros), ("_streams.py", streams), ("_unions.py", unions), ("_xml.py", xml), ("_methods.py", parts),
    )
    return ALWAYS | {name for name, needed in optional if needed}


@pytest.mark.parametrize("case", cases())
def test_golden_runtime_copies_equal_their_source(case: str) -> None:
    result = generated(case)
    api = result.api
    shipped = {name for name in result.files if name in runtime_names()}
    unions = any(t.kind == "union" for m in api.models for p in m.properties for t in p.type.walk())
    parts = any(PART.fullmatch(name) for name in result.files)
    assert shipped == set(api.runtime_modules) == _expected_runtime(api.pageable, api.lros, api.streams, unions, api.xml, parts)
    for name in shipped:
        assert result.files[name] == (RUNTIME / name).read_bytes(), f"{case}/{name} is not a copy of generator/runtime/{name}"
    # What the golden folder stores: no runtime copy, but the manifest lists them.
    assert not shipped & set(_package(expected_dir(case)))


def test_generated_runtime_copies_equal_their_source() -> None:
    files = _package(SEED)
    shipped = {name for name in files if name in runtime_names()}
    assert shipped == ALWAYS  # neither pageable nor long-running operations
    for name in shipped:
        assert files[name] == (RUNTIME / name).read_bytes(), f"generated/desktopvirtualization/{name} is stale: make generate"


def test_the_lro_and_paging_modules_ship_only_where_needed() -> None:
    facts = {case: (generated(case).api.pageable, generated(case).api.lros) for case in cases()}
    assert (True, False) in facts.values() or (True, True) in facts.values()
    assert any(lros for _, lros in facts.values()) and not all(lros for _, lros in facts.values())
    assert not all(pageable for pageable, _ in facts.values())
    for case, (pageable, lros) in facts.items():
        files = generated(case).files
        assert ("_paging.py" in files) == pageable and ("_lro.py" in files) == lros, case


@pytest.mark.parametrize("path", sorted(RUNTIME.rglob("*.py")), ids=lambda p: p.relative_to(RUNTIME).as_posix())
def test_runtime_modules_are_black_formatted_and_self_contained(path: Path) -> None:
    source = path.read_text("utf-8")
    assert format_source(source) == source, f"{path} is not black-formatted (line length 100)"
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level == 0:
            assert (node.module or "").split(".")[0] != "generator", f"{path} imports the generator"
        elif isinstance(node, ast.Import):
            assert all(alias.name.split(".")[0] != "generator" for alias in node.names), f"{path} imports the generator"
