"""Running the opgen command in-process: a minimal spec, a spec file, a generation, the files it left."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main

MINIMAL = """\
openapi: 3.0.3
info: {title: Mini, version: "1"}
paths:
  /things:
    get:
      operationId: Things_List
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
        name: {type: string}
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write(tmp_path: Path, text: str, name: str = "spec.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return path


def generate_into(capsys: pytest.CaptureFixture[str], spec: Path, out: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "generate", str(spec), "--output", str(out), "--package", "mini", *extra)


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
