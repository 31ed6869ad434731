"""A folder of spec files is one client: merged paths and definitions, conflicts refused."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.cli import main
from generator.pipeline import build_spec, generate
from tests.support.package_files import models_text

HEAD = """\
openapi: 3.0.3
info: {title: Mini, version: "1"}
"""
A = HEAD + """\
paths:
  /a:
    get:
      operationId: Things_GetA
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Thing"}}}}
        default: {description: error, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
components:
  schemas:
    Thing: {type: object, properties: {name: {type: string}}}
    Error: {type: object, properties: {code: {type: string}}}
"""
B = HEAD + """\
paths:
  /b:
    get:
      operationId: Things_GetB
      responses:
        "200": {description: ok, content: {application/json: {schema: {$ref: "#/components/schemas/Other"}}}}
        default: {description: error, content: {application/json: {schema: {$ref: "#/components/schemas/Error"}}}}
components:
  schemas:
    Other: {type: object, properties: {size: {type: integer}}}
    Error: {type: object, properties: {code: {type: string}}}
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def folder(tmp_path: Path, **files: str) -> Path:
    spec = tmp_path / "spec"
    spec.mkdir()
    for name, text in files.items():
        (spec / name.replace("_", ".")).write_text(text, "utf-8")
    return spec


def models_of(package: Path) -> list[str]:
    tree = ast.parse(models_text(package))
    return [node.name for node in tree.body if isinstance(node, ast.ClassDef)]


def test_merge_generates_shared_definitions_once(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    spec = folder(tmp_path, a_yaml=A, b_yaml=B)
    out = tmp_path / "out"
    code, stdout, _ = run(capsys, "generate", str(spec), "--output", str(out), "--package", "mini")
    assert code == 0, stdout
    assert models_of(out / "mini") == ["Thing", "Error", "Other"]
    client = (out / "mini" / "operations" / "_things_operations.py").read_text()
    assert client.index("def get_a(") < client.index("def get_b(")  # files in name order
    code, stdout, _ = run(capsys, "validate", str(spec))
    assert code == 0 and "2 file(s)" in stdout


def test_json_and_yaml_files_merge(tmp_path: Path) -> None:
    import json

    import yaml

    spec = folder(tmp_path, a_yaml=A)
    (spec / "b.json").write_text(json.dumps(yaml.safe_load(B)), "utf-8")
    api = build_spec(spec, "mini").api
    assert [op.name for op in api.all_operations] == ["get_a", "get_b"]
    assert api.spec_files == ("a.yaml", "b.json")


def test_conflicting_definition_names_both_files(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    spec = folder(tmp_path, a_yaml=A, b_yaml=B.replace("Error: {type: object, properties: {code: {type: string}}}", "Error: {type: object, properties: {code: {type: integer}}}"))
    out = tmp_path / "out"
    code, _, err = run(capsys, "generate", str(spec), "--output", str(out), "--package", "mini")
    assert code == 2
    line = next(line for line in err.splitlines() if "merge-conflict" in line)
    assert line.startswith(f"{spec / 'b.yaml'}:13#/components/schemas/Error: error:")
    assert f"{spec / 'a.yaml'}#/components/schemas/Error" in line
    assert "first difference at /components/schemas/Error/properties/code/type" in line
    assert not out.exists()
    assert run(capsys, "validate", str(spec))[0] == 2


def test_same_path_defined_differently_is_a_conflict(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    spec = folder(tmp_path, a_yaml=A, b_yaml=B.replace("/b:", "/a:"))
    code, _, err = run(capsys, "validate", str(spec))
    assert code == 2 and "b.yaml:4#/paths/~1a: error: '/a' is defined differently in" in err and "a.yaml#/paths/~1a" in err


def test_different_api_versions_in_one_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    spec = folder(tmp_path, a_yaml=A, b_yaml=B.replace('version: "1"', 'version: "2"'))
    code, _, err = run(capsys, "validate", str(spec))
    assert code == 2 and "b.yaml:2#/info/version: error: info.version is defined differently in" in err


def test_each_file_is_validated_on_its_own(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    spec = folder(tmp_path, a_yaml=A, b_yaml=B.replace("description: ok", "descriptio: ok"))
    code, _, err = run(capsys, "validate", str(spec))
    assert code == 2 and f"{spec / 'b.yaml'}:8#/paths/~1b/get/responses/200" in err


def test_shared_fragment_is_read_through_references(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    common = "definitions:\n  Error: {type: object, properties: {code: {type: string}}}\n"
    a = A.replace('"#/components/schemas/Error"', '"common.yaml#/definitions/Error"')
    b = B.replace('"#/components/schemas/Error"', '"common.yaml#/definitions/Error"')
    spec = folder(tmp_path, a_yaml=a, b_yaml=b, common_yaml=common)
    api = build_spec(spec, "mini").api
    assert [m.name for m in api.models].count("Error") == 1
    assert api.spec_files == ("a.yaml", "b.yaml", "common.yaml")
    # A file that is neither a spec nor referenced by one is a mistake.
    (spec / "stray.yaml").write_text("definitions: {}\n")
    code, _, err = run(capsys, "validate", str(spec))
    assert code == 2 and "stray.yaml: error:" in err and "[not-openapi]" in err


def test_reference_into_another_spec_file_is_one_model(tmp_path: Path) -> None:
    b = B.replace('"#/components/schemas/Other"', '"a.yaml#/components/schemas/Thing"')
    spec = folder(tmp_path, a_yaml=A, b_yaml=b)
    api = build_spec(spec, "mini").api
    assert [m.name for m in api.models].count("Thing") == 1
    assert "Thing_2" not in [m.name for m in api.models]


def test_warnings_name_the_file_they_are_in(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    b = B.replace("Other: {type: object, properties: {size: {type: integer}}}", "Other: {type: object, properties: {size: {type: integer, not: {enum: [0]}}}}")
    spec = folder(tmp_path, a_yaml=A, b_yaml=b)
    code, _, err = run(capsys, "generate", str(spec), "--output", str(tmp_path / "out"), "--package", "mini")
    assert code == 0
    assert f"{spec / 'b.yaml'}#/components/schemas/Other/properties/size/not: warning:" in err


def test_empty_folder(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "validate", str(tmp_path))
    assert code == 2 and "no spec files" in err


def test_generated_code_is_the_same_for_a_one_file_folder(tmp_path: Path) -> None:
    spec = folder(tmp_path, a_yaml=A)
    assert generate(spec, "mini").files == generate(spec / "a.yaml", "mini").files
