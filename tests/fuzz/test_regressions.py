"""Inputs the fuzz tests found breaking opgen, kept as plain tests (fixed since)."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from tests.support.package_files import models_text

SPEC = """\
openapi: 3.0.3
info: {title: Found, version: "1"}
paths:
  /things:
    get:
      operationId: Things_Get
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Thing"}
components:
  schemas:
    Thing:
      type: object
      properties:
        kind: {$ref: "#/components/schemas/Kind"}
    Kind:
      type: string
      enum: [a, b]
      x-ms-enum: %s
"""


@pytest.mark.parametrize(
    "x_ms_enum",
    [
        "{name: true, modelAsString: true}",  # TypeError in names.pascal_case (internal error)
        "{name: [1], values: [{value: [a]}, {value: {b: 1}}, {value: a, description: [x]}]}",  # unhashable values
    ],
    ids=["name-not-a-string", "values-not-scalars"],
)
def test_odd_x_ms_enum_is_ignored_not_a_crash(capsys: pytest.CaptureFixture[str], tmp_path: Path, x_ms_enum: str) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(SPEC % x_ms_enum, "utf-8")
    code = main(["generate", str(spec), "--output", str(tmp_path / "out"), "--package", "found"])
    err = capsys.readouterr().err
    assert code == 0, err
    assert "class Kind(" in models_text(tmp_path / "out" / "found")
