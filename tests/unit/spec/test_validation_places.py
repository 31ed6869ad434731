"""Every schema-validation error names its place: ``file:line#/json-pointer``.

openapi-spec-validator reports some errors from its own keyword validators (a default
value judged against its schema, a schema judged against the meta-schema, duplicate
parameters or operation ids...) with a path relative to the value it judged, or none:
``quotes.rest.json: error: 0 is not of type 'string'``.  Each case here is one of them,
in YAML and in JSON; the sweep at the end mutates real specs and checks that every
error line has a pointer and a line.
"""

from __future__ import annotations

import copy
import json
import random
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.diagnostics import Diagnostic, Level
from generator.spec.load import Locator, with_lines
from tests.conftest import ROOT, SEED

ERROR_LINE = re.compile(r"^(?P<file>.+?)(?::(?P<line>\d+))?(?:#(?P<pointer>/\S*))?: error: (?P<message>.*) \[(?P<code>[a-z-]+)\]$")


def openapi(schemas: dict[str, Any], parameters: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    get: dict[str, Any] = {"operationId": "X_Get", "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}}}
    if parameters:
        get["parameters"] = parameters
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {"/x": {"get": get}}, "components": {"schemas": schemas}}


def swagger(paths: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": paths, **extra}


def ok() -> dict[str, Any]:
    return {"200": {"description": "ok"}}


# A needle: a text on the expected line (or its nth occurrence, and lines to go up from it).
Needle = str | tuple[str, int, int]

# (id, spec, pointer, message, needle in YAML, needle in JSON)
CASES: list[tuple[str, dict[str, Any], str, str, Needle, Needle]] = [
    (
        "default-of-wrong-type",
        openapi({"A": {"type": "object", "properties": {"kind": {"type": "string", "default": 4711}}}}),
        "/components/schemas/A/properties/kind/default",
        "4711 is not of type 'string'",
        "default: 4711",
        '"default": 4711',
    ),
    (
        "default-not-in-enum",
        openapi({"A": {"type": "object", "properties": {"level": {"type": "integer", "enum": [1, 2], "default": 6}}}}),
        "/components/schemas/A/properties/level/default",
        "6 is not one of [1, 2]",
        "default: 6",
        '"default": 6',
    ),
    (
        "parameter-default-not-in-enum",
        openapi({"A": {"type": "object"}}, [{"name": "q", "in": "query", "schema": {"type": "string", "enum": ["a", "b"], "default": "zz-not-listed"}}]),
        "/paths/~1x/get/parameters/0/schema/default",
        "'zz-not-listed' is not one of ['a', 'b']",
        "default: zz-not-listed",
        '"default": "zz-not-listed"',
    ),
    (
        "default-item-of-wrong-type",
        openapi({"A": {"type": "object", "properties": {"tags": {"type": "array", "items": {"type": "string"}, "default": ["a", 31337]}}}}),
        "/components/schemas/A/properties/tags/default/1",
        "31337 is not of type 'string'",
        "- 31337",
        "31337",
    ),
    (
        "required-not-a-string",
        openapi({"A": {"type": "object", "required": [4242], "properties": {"a": {"type": "string"}}}}),
        "/components/schemas/A/required/0",
        "4242 is not of type 'string'",
        "- 4242",
        "4242",
    ),
    (
        "required-not-defined",
        openapi({"A": {"type": "object"}, "B": {"allOf": [{"$ref": "#/components/schemas/A"}], "required": ["zzz"]}}),
        "/components/schemas/B/required",
        "Required list has not defined properties: ['zzz']",
        "required:",
        '"required": [',
    ),
    (
        "swagger-parameter-default",
        swagger({"/x": {"get": {"parameters": [{"name": "q", "in": "query", "type": "string", "enum": ["a"], "default": "zz-not-listed"}], "responses": ok()}}}),
        "/paths/~1x/get/parameters/0/default",
        "'zz-not-listed' is not one of ['a']",
        "default: zz-not-listed",
        '"default": "zz-not-listed"',
    ),
    (
        "swagger-shared-parameter-default",
        swagger(
            {"/x": {"get": {"parameters": [{"$ref": "#/parameters/Top"}], "responses": ok()}}},
            parameters={"Top": {"name": "top", "in": "query", "type": "integer", "default": "zz-text"}},
        ),
        "/parameters/Top/default",
        "'zz-text' is not of type 'integer'",
        "default: zz-text",
        '"default": "zz-text"',
    ),
    (
        "duplicate-parameter",
        swagger({"/x": {"get": {"parameters": [{"name": "q", "in": "query", "type": "string"}, {"name": "q", "in": "query", "type": "integer"}], "responses": ok()}}}),
        "/paths/~1x/get/parameters/1",
        "Duplicate parameter 'q'",
        ("- name: q", 2, 0),
        ('"name": "q"', 2, -1),
    ),
    (
        "duplicate-operation-id",
        swagger({"/x": {"get": {"operationId": "Same_Op", "responses": ok()}}, "/y": {"get": {"operationId": "Same_Op", "responses": ok()}}}),
        "/paths/~1y/get/operationId",
        "Operation ID 'Same_Op' for 'get' in '/y' is not unique",
        ("Same_Op", 2, 0),
        ("Same_Op", 2, 0),
    ),
    (
        "path-parameter-not-in-url",
        swagger({"/x": {"get": {"parameters": [{"name": "nothere", "in": "path", "required": True, "type": "string"}], "responses": ok()}}}),
        "/paths/~1x/get/parameters/0",
        "Path parameter 'nothere' for 'get' operation in '/x' was not resolved",
        "- name: nothere",
        ('"name": "nothere"', 1, -1),
    ),
]


def as_text(spec: dict[str, Any], suffix: str) -> str:
    if suffix == ".json":
        return json.dumps(spec, indent=2)
    return str(yaml.safe_dump(spec, sort_keys=False, default_flow_style=False))


def line_of(text: str, needle: Needle) -> int:
    """The line ``needle`` names in ``text``, found by hand (not by the locator)."""
    wanted, nth, up = (needle, 1, 0) if isinstance(needle, str) else needle
    hits = [number for number, line in enumerate(text.splitlines(), 1) if wanted in line]
    assert len(hits) >= nth, (wanted, text)
    assert isinstance(needle, tuple) or len(hits) == 1, f"{wanted!r} is not unique"
    return hits[nth - 1] + up


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
@pytest.mark.parametrize(("spec", "pointer", "message", "yaml_needle", "json_needle"), [case[1:] for case in CASES], ids=[case[0] for case in CASES])
def test_error_names_pointer_and_line(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    suffix: str,
    spec: dict[str, Any],
    pointer: str,
    message: str,
    yaml_needle: Needle,
    json_needle: Needle,
) -> None:
    path = tmp_path / f"spec{suffix}"
    text = as_text(spec, suffix)
    path.write_text(text, "utf-8")
    code = main(["validate", str(path)])
    out, err = capsys.readouterr()
    assert code == 2, out + err
    assert "Traceback" not in err
    line = line_of(text, json_needle if suffix == ".json" else yaml_needle)
    assert f"{path}:{line}#{pointer}: error: {message} [invalid]" in err.splitlines(), (text, err)


def test_error_in_a_referenced_file_names_that_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "common.json").write_text(json.dumps({"definitions": {"C": {"type": "object", "properties": {"c": {"type": "string", "enum": ["x"], "default": "zz"}}}}}, indent=2))
    spec = openapi({"A": {"$ref": "common.json#/definitions/C"}})
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    assert main(["validate", str(tmp_path / "spec.yaml")]) == 2
    err = capsys.readouterr().err
    line = line_of((tmp_path / "common.json").read_text(), '"default": "zz"')
    assert f"{tmp_path / 'common.json'}:{line}#/definitions/C/properties/c/default: error: 'zz' is not one of ['x'] [invalid]" in err, err


def test_schema_not_valid_names_the_offending_value(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """"X is not valid under any of the given schemas" (Schema or Reference) names the value
    of the alternative that went deepest, once, rather than printing all of X."""
    spec = openapi({"A": {"type": "object", "required": [4242], "properties": {"a": {"type": "string"}}}})
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    assert main(["validate", str(path)]) == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if ": error: " in line]
    assert errors == [f"{path}:{line_of(path.read_text(), '- 4242')}#/components/schemas/A/required/0: error: 4242 is not of type 'string' [invalid]"]


def test_validation_stopped_names_the_object_being_checked(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    spec = openapi({"A": {"type": "object"}}, [{"in": "query", "schema": {"type": "string"}}])
    spec["openapi"] = "3.1.0"
    path = tmp_path / "spec.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False))
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    for line in err.splitlines()[:-1]:
        match = ERROR_LINE.match(line)
        assert match and match["pointer"] and match["pointer"].startswith("/paths/~1x/get/parameters") and match["line"], line


@pytest.mark.parametrize(
    ("pointer", "yaml_line", "json_line"),
    [("/a~1b/x~0y", 2, 3), ("/list/1", 5, 8), ('/q"uo{te/k', 7, 12), ("/200", 8, 14), ("/merged/own", 11, None), ("/merged/base", 9, None), ("/nothing/here", None, None), ("/list/1/deeper", 5, 8)],
)
def test_locator(tmp_path: Path, pointer: str, yaml_line: int | None, json_line: int | None) -> None:
    (tmp_path / "s.yaml").write_text(
        "a/b:\n  x~y: 1\nlist:\n  - one\n  - {two: 2}\nq\"uo{te:\n  k: '}]'\n200: ok\nbase: &b {base: 1}\nmerged:\n  own: 2\n  <<: *b\n"
    )
    (tmp_path / "s.json").write_text(
        '{\n  "a/b": {\n    "x~y": 1\n  },\n  "list": [\n    "o\\"ne}",\n\n    {"two": 2}\n  ],\n  "q\\"uo{te":\n  {\n    "k": "}]"\n  },\n  "200": "ok"\n}\n'
    )
    locator = Locator()
    assert locator.line(tmp_path / "s.yaml", pointer) == yaml_line
    if json_line is not None or not pointer.startswith("/merged"):
        assert locator.line(tmp_path / "s.json", pointer) == json_line


# -- the sweep: mutated real specs ---------------------------------------------------------

SWEPT = sorted((ROOT / "tests" / "golden").glob("*/spec.yaml")) + [SEED]


def _nodes(data: Any, where: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    found = [(where, data)]
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(_nodes(value, (*where, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(_nodes(value, (*where, index)))
    return found


def _schemas(data: Any) -> list[dict[str, Any]]:
    return [node for where, node in _nodes(data) if isinstance(node, dict) and node.get("type") in ("string", "integer", "boolean", "number") and "in" not in node]


def _mutations(data: Any) -> dict[str, Any]:
    """name -> a function changing ``data`` in place at a few places chosen by ``rng``."""

    def wrong_type(rng: random.Random) -> None:
        for schema in rng.sample(_schemas(data), k=min(2, len(_schemas(data)))):
            schema["type"] = 5

    def bad_default(rng: random.Random) -> None:
        for schema in rng.sample(_schemas(data), k=min(3, len(_schemas(data)))):
            schema["default"] = "zz-not-a-number" if schema["type"] in ("integer", "number", "boolean") else 0

    def default_outside_enum(rng: random.Random) -> None:
        enums = [node for node in _schemas(data) if isinstance(node.get("enum"), list)] or _schemas(data)
        for schema in rng.sample(enums, k=min(2, len(enums))):
            schema.setdefault("enum", ["only"])
            schema["default"] = "zz-not-listed" if schema["type"] == "string" else 987654

    def bad_required(rng: random.Random) -> None:
        objects = [node for _, node in _nodes(data) if isinstance(node, dict) and node.get("type") == "object"]
        for schema in rng.sample(objects, k=min(2, len(objects))):
            schema["required"] = [0, *schema.get("required", [])]

    def bad_parameter(rng: random.Random) -> None:
        parameters = [node for where, node in _nodes(data) if isinstance(node, dict) and "in" in node and "name" in node]
        for parameter in rng.sample(parameters, k=min(2, len(parameters))):
            parameter["in"] = "nowhere"

    def duplicate_parameter(rng: random.Random) -> None:
        lists = [node for where, node in _nodes(data) if where and where[-1] == "parameters" and isinstance(node, list) and node and "$ref" not in node[0]]
        for parameters in rng.sample(lists, k=min(2, len(lists))):
            parameters.append(copy.deepcopy(parameters[0]))

    def duplicate_operation_id(rng: random.Random) -> None:
        operations = [node for where, node in _nodes(data) if isinstance(node, dict) and "operationId" in node]
        for operation in operations[1:]:
            operation["operationId"] = operations[0]["operationId"]

    def wrong_description(rng: random.Random) -> None:
        described = [node for where, node in _nodes(data) if isinstance(node, dict) and isinstance(node.get("description"), str)]
        for node in rng.sample(described, k=min(3, len(described))):
            node["description"] = 7

    def ref_to_nowhere(rng: random.Random) -> None:
        refs = [node for where, node in _nodes(data) if isinstance(node, dict) and isinstance(node.get("$ref"), str)]
        for node in rng.sample(refs, k=min(1, len(refs))):
            node["$ref"] = "#/nowhere/at~1all"

    return {f.__name__: f for f in (wrong_type, bad_default, default_outside_enum, bad_required, bad_parameter, duplicate_parameter, duplicate_operation_id, wrong_description, ref_to_nowhere)}


def test_sweep_every_error_names_pointer_and_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    rng = random.Random(11)
    runs = errors = 0
    for number, source in enumerate(SWEPT):
        original = yaml.safe_load(source.read_text("utf-8"))
        folder = tmp_path / source.parent.name
        folder.mkdir()
        for sibling in source.parent.iterdir():  # the files it refers to
            if sibling.suffix in (".yaml", ".json") and sibling != source:
                (folder / sibling.name).write_bytes(sibling.read_bytes())
        for index, name in enumerate(_mutations(original)):
            data = copy.deepcopy(original)
            _mutations(data)[name](rng)
            if data == original:
                continue
            suffix = ".json" if (number + index) % 2 else ".yaml"
            path = folder / f"{name}{suffix}"
            path.write_text(json.dumps(data, indent=1) if suffix == ".json" else yaml.safe_dump(data, sort_keys=False), "utf-8")
            code = main(["validate", str(path)])
            out, err = capsys.readouterr()
            assert code in (0, 2) and "Traceback" not in err, f"{name} on {source}: {out}{err}"
            if code == 0:  # a default where the validator does not look (a response header...)
                continue
            runs += 1
            for line in err.splitlines()[:-1]:
                match = ERROR_LINE.match(line)
                assert match, line
                assert match["pointer"], f"{name} on {source}: no pointer in {line!r}"
                # The resolver's errors ([bad-ref]...) get theirs from the CLI (load.with_lines).
                assert match["line"], f"{name} on {source}: no line in {line!r}"
                errors += 1
            assert err.splitlines()[-1].startswith("opgen: ")
    assert runs >= 70 and errors >= runs, (runs, errors)


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_error_about_the_whole_document_names_its_first_line(capsys: pytest.CaptureFixture[str], tmp_path: Path, suffix: str) -> None:
    """A required top-level key is missing: the place is the document itself."""
    data = {"openapi": "3.0.3", "paths": {}}
    path = tmp_path / f"spec{suffix}"
    path.write_text("# no info\n\n" + yaml.safe_dump(data) if suffix == ".yaml" else "\n" + json.dumps(data), "utf-8")
    assert main(["validate", str(path)]) == 2
    err = capsys.readouterr().err
    assert f"{path}:3: error: 'info' is a required property [invalid]" in err.splitlines() if suffix == ".yaml" else f"{path}:2: error: 'info' is a required property [invalid]" in err.splitlines(), err


def test_with_lines_fills_in_the_lines_of_other_stages(tmp_path: Path) -> None:
    """For stages that know pointers only (resolving, merging): lines on the error path."""
    (tmp_path / "s.yaml").write_text("a:\n  b:\n    - x\n")
    given = [
        Diagnostic(Level.ERROR, "bad-ref", "m", str(tmp_path / "s.yaml"), "/a/b/0"),
        Diagnostic(Level.ERROR, "bad-ref", "m", str(tmp_path / "s.yaml"), ""),
        Diagnostic(Level.ERROR, "bad-ref", "m", "https://example.com/x.yaml", "/a"),
        Diagnostic(Level.ERROR, "bad-ref", "m", str(tmp_path / "s.yaml"), "/a", 9),
    ]
    assert [d.line for d in with_lines(given)] == [3, None, None, 9]
