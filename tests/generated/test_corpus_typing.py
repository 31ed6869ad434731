"""Regressions found by running opgen over the real-world corpus (bench/corpus.py):
the generated code type-checks.

Each test is a few lines of spec reproducing one construct from a public spec: the
package must generate, import and type-check, and whatever the client does not model is a
warning naming the construct and its JSON pointer (``--strict`` fails on it), never a
silent drop. The other corpus regressions: tests/unit/build/test_corpus_*.py,
tests/cli/test_corpus_strict.py, tests/generated/test_corpus_typing.py.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from generator.emit.write import write_files
from tests.support.corpus import build
from tests.support.specs import ok, spec

# -- the generated code type-checks ---------------------------------------------------------


def test_corpus_constructs_pass_mypy_strict(tmp_path: Path) -> None:
    """One package with every construct of the corpus regressions: mypy --strict finds nothing."""
    schemes = {"Key": {"type": "apiKey", "in": "header", "name": "X-Key"}}
    schemas = {
        "Result": {"type": "object", "properties": {"score": {"type": "number"}}, "additionalProperties": True},
        "Perms": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": {"$ref": "#/components/schemas/Result"}},
        "Secretive": {"type": "object", "properties": {"key": {"type": "string", "x-ms-secret": True}}, "additionalProperties": {"type": "integer"}},
        "Wrapper": {"type": "object", "properties": {"inner": {"anyOf": [{"$ref": "#/components/schemas/Perms"}, {"type": "null"}]}}},
    }
    paths = {
        "/a": {"get": {"operationId": "A_Get", "parameters": [
            {"name": "duration", "in": "query", "schema": {"type": "string", "minimum": 1}},
            {"name": "when", "in": "query", "schema": {"type": "string", "format": "date", "pattern": "^[0-9-]+$"}},
        ], "responses": ok({"$ref": "#/components/schemas/Wrapper"})}},
        "/b": {"get": {"operationId": "B_Get", "responses": ok({"type": "string"})}},
        "/c": {"post": {"operationId": "C_Post", "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Secretive"}}}}, "responses": ok({"type": "boolean"})}},
    }
    generated = build(tmp_path, spec(paths, schemas, components={"securitySchemes": schemes}, security=[{"Key": []}], openapi="3.1.0"), "corpus_mypy")
    write_files(tmp_path / "corpus_mypy", generated.files)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", "corpus_mypy"],
        cwd=tmp_path, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
