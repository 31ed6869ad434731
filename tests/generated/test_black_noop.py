"""Generated code is black's output: ``black.format_str`` leaves every module as it is.

black is the formatter of record, but opgen gives it only the pieces it would change
(``generator/emit/format.py``, :func:`~generator.emit.format.settled`): the templates
render the rest as black writes it.  These tests hold that to black itself on the
committed client (``generated/``), every golden package and the hostile packages
(names and strings chosen to break generators) generated afresh; real specs of the corpus
are checked in ``tests/unit/emit/test_black_stable_corpus.py`` and random specs in
``tests/fuzz/test_fuzz.py``.  The runtime modules are copied as they are and checked too.
"""

from __future__ import annotations

from pathlib import Path

import black

from generator.emit import format as fmt
from tests.conftest import ROOT
from tests.support.packages import generate_package

GOLDEN = ROOT / "tests" / "golden"
HOSTILE = ROOT / "tests" / "hostile"


def changed_by_black(*folders: Path) -> list[str]:
    """The ``.py`` files under ``folders`` black would change."""
    changed = []
    for folder in folders:
        for path in sorted(folder.rglob("*.py")):
            text = path.read_text("utf-8")
            if black.format_str(text, mode=fmt.mode()) != text:
                changed.append(str(path.relative_to(folder.parent)))
    return changed


def test_the_committed_client_is_blacks_output() -> None:
    assert changed_by_black(ROOT / "generated") == []


def test_every_golden_package_is_blacks_output() -> None:
    packages = sorted(path for path in GOLDEN.glob("*/expected/*") if path.is_dir())
    assert packages, "no golden packages found"
    assert changed_by_black(*packages) == []


def test_hostile_packages_are_blacks_output(tmp_path: Path) -> None:
    packages = [
        generate_package(HOSTILE / "names.yaml", tmp_path, "names_pkg"),
        generate_package(HOSTILE / "strings.yaml", tmp_path, "strings_pkg"),
    ]
    assert changed_by_black(*packages) == []


def test_the_runtime_is_blacks_output() -> None:
    assert changed_by_black(ROOT / "generator" / "runtime") == []
