"""Regressions found by running opgen over the real-world corpus (bench/corpus.py):
the command line: ``--strict`` fails on a warning.

Each test is a few lines of spec reproducing one construct from a public spec: the
package must generate, import and type-check, and whatever the client does not model is a
warning naming the construct and its JSON pointer (``--strict`` fails on it), never a
silent drop. The other corpus regressions: tests/unit/build/test_corpus_*.py,
tests/cli/test_corpus_strict.py, tests/generated/test_corpus_typing.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.cli import main
from tests.support.specs import ok, spec


def test_strict_fails_on_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = spec({"/a": {"get": {"operationId": "A_Get", "parameters": [{"name": "sid", "in": "query", "style": "deepObject", "schema": {"type": "string"}}], "responses": ok()}}})
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["generate", str(path), "--output", str(out), "--package", "strict_case", "--strict"]) == 2
    err = capsys.readouterr().err
    assert "#/paths/~1a/get/parameters/0: warning:" in err and "[unsupported-parameter-style]" in err
    assert not out.exists()
    assert main(["generate", str(path), "--output", str(out), "--package", "strict_case"]) == 0
