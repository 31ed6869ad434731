"""``$ref`` cycles: through properties, items and maps they make recursive models; a
chain of references that never reaches a schema, or an allOf that includes itself, is
an error naming the cycle (not a RecursionError, not "too deep")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.cli import main
from tests.support.packages import generate_package, run_python

HEADER = """\
openapi: 3.0.3
info: {title: Cycles, version: "1"}
paths:
  /nodes:
    get:
      operationId: Nodes_Get
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Node"}
components:
  schemas:
    Node:
      type: object
      properties:
        children: {type: array, items: {$ref: "#/components/schemas/Node"}}
        byName: {type: object, additionalProperties: {$ref: "#/components/schemas/Node"}}
        partner: {$ref: "#/components/schemas/Partner"}
        next: {$ref: "#/components/schemas/Next"}
    Partner:
      type: object
      properties:
        back: {$ref: "#/components/schemas/Node"}
        other: {$ref: "other.yaml#/Remote"}
    Next: {$ref: "#/components/schemas/Node"}
"""
OTHER = "Remote:\n  type: object\n  properties:\n    up: {$ref: 'spec.yaml#/components/schemas/Node'}\n"


def test_cycles_through_properties_are_recursive_models(tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(HEADER, "utf-8")
    (tmp_path / "other.yaml").write_text(OTHER, "utf-8")
    generate_package(tmp_path / "spec.yaml", tmp_path / "out", "cycles_pkg")
    wire = {
        "children": [{"children": [], "partner": {"back": {"byName": {"x": {}}}}}],
        "byName": {"a": {"next": {"partner": {"other": {"up": {"children": [{}]}}}}}},
    }
    result = run_python(
        f"import json; from cycles_pkg.models import Node\nprint(json.dumps(Node.from_dict({wire!r}).to_dict()))", tmp_path / "out"
    )
    assert result == wire


@pytest.mark.parametrize(
    ("schemas", "code", "where", "chain"),
    [
        ("    Self: {$ref: '#/components/schemas/Self'}\n", "ref-cycle", "#/components/schemas/Self", "Self -> spec.yaml#/components/schemas/Self"),
        (
            "    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: 'other.yaml#/C'}\n",
            "ref-cycle",
            "#/components/schemas/A",
            "spec.yaml#/components/schemas/A -> spec.yaml#/components/schemas/B -> other.yaml#/C -> spec.yaml#/components/schemas/A",
        ),
        (
            "    D: {allOf: [{$ref: '#/components/schemas/E'}], properties: {d: {type: string}}}\n"
            "    E: {allOf: [{properties: {x: {type: string}}}, {$ref: '#/components/schemas/D'}]}\n",
            "allof-cycle",
            "#/components/schemas/D",
            "spec.yaml#/components/schemas/D -> spec.yaml#/components/schemas/E -> spec.yaml#/components/schemas/D",
        ),
    ],
    ids=["self", "through-another-file", "allof"],
)
def test_loops_that_never_reach_a_schema_are_named(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, schemas: str, code: str, where: str, chain: str
) -> None:
    (tmp_path / "spec.yaml").write_text(HEADER + schemas, "utf-8")
    extra = "C: {$ref: 'spec.yaml#/components/schemas/A'}\n" if "other.yaml#/C" in schemas else ""
    (tmp_path / "other.yaml").write_text(OTHER + extra, "utf-8")
    result = main(["generate", str(tmp_path / "spec.yaml"), "--output", str(tmp_path / "out"), "--package", "loops"])
    err = capsys.readouterr().err
    # The file, the line of the pointer (found on the error path) and the pointer.
    assert result == 2 and re.search(rf"spec\.yaml:\d+{re.escape(where)}: error:", err) and f"[{code}]" in err and chain in err, err
    assert "Traceback" not in err and "too deep" not in err
    assert not (tmp_path / "out").exists()


def test_missing_pointer_in_another_file_is_named(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "spec.yaml").write_text(HEADER.replace("other.yaml#/Remote", "other.yaml#/Nowhere/~1x"), "utf-8")
    (tmp_path / "other.yaml").write_text(OTHER, "utf-8")
    assert main(["validate", str(tmp_path / "spec.yaml")]) == 2
    err = capsys.readouterr().err
    assert re.search(r"spec\.yaml:\d+#/components/schemas/Partner/properties/other/\$ref: error:", err), err
    assert "points to nothing: no /Nowhere/~1x in other.yaml [bad-ref]" in err
