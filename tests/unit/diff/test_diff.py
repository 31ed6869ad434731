"""opgen diff: one hand-made pair of specs per change kind, the real api-versions, output formats."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.cli import main
from generator.diff import KINDS, Change, compare, constraint_changes
from generator.emit.write import write_files
from generator.ir import Api, Constraints, Pattern
from generator.pipeline import build_spec, generate
from tests.conftest import ROOT

SPECS = ROOT / "specs" / "desktopvirtualization"
PREVIEW, STABLE, CURRENT = SPECS / "2022-02-10-preview", SPECS / "2024-04-03", SPECS / "2025-10-10"

GET = "/paths/~1things~1{name}/get"
PUT = "/paths/~1things~1{name}/put"
SCHEMAS = "/components/schemas"

BASE: dict[str, Any] = {
    "openapi": "3.0.3",
    "info": {"title": "Mini", "version": "1"},
    "paths": {
        "/things/{name}": {
            "get": {
                "operationId": "Things_Get",
                "parameters": [
                    {"name": "name", "in": "path", "required": True, "schema": {"type": "string", "minLength": 1, "maxLength": 10}},
                    {"name": "filter", "in": "query", "schema": {"type": "string", "default": "all"}},
                    {"name": "mode", "in": "query", "required": True, "schema": {"type": "string"}},
                    {"name": "format", "in": "query", "required": True, "schema": {"type": "string", "enum": ["json"]}},
                    {"name": "api-version", "in": "query", "required": True, "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}},
                    "default": {"description": "error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
                },
            },
            "put": {
                "operationId": "Things_Put",
                "parameters": [{"name": "name", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewThing"}}}},
                "responses": {"204": {"description": "done"}},
            },
        }
    },
    "components": {
        "schemas": {
            # Received only (a response).
            "Thing": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "size": {"type": "integer", "maximum": 10},
                    "created": {"type": "string", "format": "date-time", "readOnly": True},
                    "color": {"$ref": "#/components/schemas/Color"},
                    "kind": {"$ref": "#/components/schemas/Kind"},
                },
            },
            # Sent only (a request body).
            "NewThing": {
                "type": "object",
                "required": ["label"],
                "properties": {
                    "label": {"type": "string", "maxLength": 20, "nullable": True},
                    "size": {"type": "integer"},
                },
            },
            "Color": {"type": "string", "enum": ["red", "green"], "x-ms-enum": {"name": "Color", "modelAsString": False}},
            "Kind": {"type": "string", "enum": ["a", "b"], "x-ms-enum": {"name": "Kind", "modelAsString": True}},
            "Error": {"type": "object", "properties": {"code": {"type": "string"}}},
            "Spare": {"type": "object", "properties": {"note": {"type": "string"}}},
        }
    },
}


def _api(tmp_path: Path, data: dict[str, Any], name: str) -> Api:
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    return build_spec(path, "mini").api


def _diff(tmp_path: Path, change: Callable[[dict[str, Any]], object]) -> list[Change]:
    new = copy.deepcopy(BASE)
    change(new)
    return compare(_api(tmp_path, BASE, "old"), _api(tmp_path, new, "new"))


def _get(d: dict[str, Any]) -> dict[str, Any]:
    return d["paths"]["/things/{name}"]["get"]  # type: ignore[no-any-return]


def _param(d: dict[str, Any], name: str) -> dict[str, Any]:
    return next(p for p in _get(d)["parameters"] if p["name"] == name)


def _schema(d: dict[str, Any], name: str) -> dict[str, Any]:
    return d["components"]["schemas"][name]  # type: ignore[no-any-return]


def test_identical_specs_have_no_changes(tmp_path: Path) -> None:
    assert _diff(tmp_path, lambda d: None) == []


def test_wording_and_spec_layout_are_not_changes(tmp_path: Path) -> None:
    def reword(d: dict[str, Any]) -> None:
        _get(d)["description"] = "Reworded."
        _param(d, "name")["description"] = "The thing's name."
        _schema(d, "Thing")["properties"]["id"]["description"] = "Its id."
        _schema(d, "Thing")["properties"]["size"]["x-ms-secret"] = True  # repr only
        _schema(d, "Thing")["properties"]["created"]["nullable"] = True  # optional: may be None anyway
        d["info"]["version"] = "2"

    assert _diff(tmp_path, reword) == []


# (id, mutation, kind, breaking, old pointer, new pointer): one row per change kind.
CASES: list[tuple[str, Callable[[dict[str, Any]], object], str, bool, str | None, str | None]] = [
    ("operation-added", lambda d: d["paths"].update({"/other": {"get": {"operationId": "Other_List", "responses": {"204": {"description": "x"}}}}}),
     "operation-added", False, None, "/paths/~1other/get"),
    ("operation-removed", lambda d: d["paths"]["/things/{name}"].pop("put"), "operation-removed", True, PUT, None),
    ("operation-moved", lambda d: d["paths"].update({"/items/{name}": {"put": d["paths"]["/things/{name}"].pop("put")}}),
     "operation-moved", True, PUT, "/paths/~1items~1{name}/put"),
    ("parameter-added-optional", lambda d: _get(d)["parameters"].append({"name": "top", "in": "query", "schema": {"type": "integer"}}),
     "parameter-added", False, GET, GET + "/parameters/5"),
    ("parameter-added-required", lambda d: _get(d)["parameters"].append({"name": "top", "in": "query", "required": True, "schema": {"type": "integer"}}),
     "parameter-added", True, GET, GET + "/parameters/5"),
    ("parameter-removed", lambda d: _get(d)["parameters"].pop(1), "parameter-removed", True, GET + "/parameters/1", GET),
    ("parameter-moved", lambda d: _param(d, "filter").update({"in": "header"}), "parameter-moved", True, GET + "/parameters/1", GET + "/parameters/1"),
    ("parameter-renamed", lambda d: _param(d, "filter").update({"x-ms-client-name": "query_filter"}),
     "parameter-renamed", True, GET + "/parameters/1", GET + "/parameters/1"),
    ("parameter-required", lambda d: _param(d, "filter").update({"required": True}),
     "parameter-required", True, GET + "/parameters/1", GET + "/parameters/1"),
    ("parameter-optional", lambda d: _param(d, "mode").update({"required": False}),
     "parameter-optional", False, GET + "/parameters/2", GET + "/parameters/2"),
    ("parameter-retyped", lambda d: _param(d, "mode").update({"schema": {"type": "integer"}}),
     "parameter-retyped", True, GET + "/parameters/2", GET + "/parameters/2"),
    ("parameter-constant-changed", lambda d: _param(d, "format")["schema"].update({"enum": ["xml"]}),
     "parameter-constant-changed", True, GET + "/parameters/3", GET + "/parameters/3"),
    ("parameter-default-changed", lambda d: _param(d, "filter")["schema"].update({"default": "some"}),
     "parameter-default-changed", False, GET + "/parameters/1", GET + "/parameters/1"),
    ("max-length-tightened", lambda d: _param(d, "name")["schema"].update({"maxLength": 5}),
     "constraint-tightened", True, GET + "/parameters/0", GET + "/parameters/0"),
    ("max-length-loosened", lambda d: _param(d, "name")["schema"].update({"maxLength": 50}),
     "constraint-loosened", False, GET + "/parameters/0", GET + "/parameters/0"),
    ("min-length-removed", lambda d: _param(d, "name")["schema"].pop("minLength"),
     "constraint-loosened", False, GET + "/parameters/0", GET + "/parameters/0"),
    ("pattern-added", lambda d: _param(d, "name")["schema"].update({"pattern": "^[a-z]+$"}),
     "constraint-tightened", True, GET + "/parameters/0", GET + "/parameters/0"),
    ("format-added", lambda d: _param(d, "mode")["schema"].update({"format": "uuid"}),
     "constraint-tightened", True, GET + "/parameters/2", GET + "/parameters/2"),
    ("output-maximum-lowered", lambda d: _schema(d, "Thing")["properties"]["size"].update({"maximum": 5}),
     "constraint-tightened", False, f"{SCHEMAS}/Thing/properties/size", f"{SCHEMAS}/Thing/properties/size"),
    ("output-maximum-raised", lambda d: _schema(d, "Thing")["properties"]["size"].update({"maximum": 20}),
     "constraint-loosened", True, f"{SCHEMAS}/Thing/properties/size", f"{SCHEMAS}/Thing/properties/size"),
    ("input-max-length-lowered", lambda d: _schema(d, "NewThing")["properties"]["label"].update({"maxLength": 10}),
     "constraint-tightened", True, f"{SCHEMAS}/NewThing/properties/label", f"{SCHEMAS}/NewThing/properties/label"),
    ("response-added", lambda d: _get(d)["responses"].update({"202": {"description": "accepted"}}),
     "response-added", True, GET + "/responses", GET + "/responses/202"),
    ("response-added-same-result", lambda d: d["paths"]["/things/{name}"]["put"]["responses"].update({"200": {"description": "also"}}),
     "response-added", False, PUT + "/responses", PUT + "/responses/200"),
    ("response-retyped", lambda d: _get(d)["responses"]["200"]["content"]["application/json"].update({"schema": {"$ref": "#/components/schemas/Spare"}}),
     "response-retyped", True, GET + "/responses/200", GET + "/responses/200"),
    ("error-model-changed", lambda d: _get(d)["responses"]["default"]["content"]["application/json"].update({"schema": {"$ref": "#/components/schemas/Spare"}}),
     "error-model-changed", True, GET + "/responses", GET + "/responses"),
    ("model-added", lambda d: d["components"]["schemas"].update({"Extra": {"type": "object", "properties": {"x": {"type": "string"}}}}),
     "model-added", False, None, f"{SCHEMAS}/Extra"),
    ("model-removed", lambda d: d["components"]["schemas"].pop("Spare"), "model-removed", True, f"{SCHEMAS}/Spare", None),
    ("output-property-added", lambda d: _schema(d, "Thing")["properties"].update({"weight": {"type": "number"}}),
     "property-added", False, f"{SCHEMAS}/Thing", f"{SCHEMAS}/Thing/properties/weight"),
    ("input-required-property-added", lambda d: (_schema(d, "NewThing")["properties"].update({"owner": {"type": "string"}}), _schema(d, "NewThing")["required"].append("owner")),
     "property-added", True, f"{SCHEMAS}/NewThing", f"{SCHEMAS}/NewThing/properties/owner"),
    ("property-removed", lambda d: _schema(d, "Thing")["properties"].pop("size"), "property-removed", True, f"{SCHEMAS}/Thing/properties/size", f"{SCHEMAS}/Thing"),
    ("property-retyped", lambda d: _schema(d, "Thing")["properties"].update({"size": {"type": "string"}}),
     "property-retyped", True, f"{SCHEMAS}/Thing/properties/size", f"{SCHEMAS}/Thing/properties/size"),
    ("output-property-required", lambda d: _schema(d, "Thing")["required"].append("size"),
     "property-required", False, f"{SCHEMAS}/Thing/properties/size", f"{SCHEMAS}/Thing/properties/size"),
    ("input-property-required", lambda d: _schema(d, "NewThing")["required"].append("size"),
     "property-required", True, f"{SCHEMAS}/NewThing/properties/size", f"{SCHEMAS}/NewThing/properties/size"),
    ("output-property-optional", lambda d: _schema(d, "Thing").pop("required"),
     "property-optional", True, f"{SCHEMAS}/Thing/properties/id", f"{SCHEMAS}/Thing/properties/id"),
    ("output-property-nullable", lambda d: _schema(d, "Thing")["properties"]["id"].update({"nullable": True}),
     "property-nullable", True, f"{SCHEMAS}/Thing/properties/id", f"{SCHEMAS}/Thing/properties/id"),
    ("input-property-non-nullable", lambda d: _schema(d, "NewThing")["properties"]["label"].pop("nullable"),
     "property-non-nullable", True, f"{SCHEMAS}/NewThing/properties/label", f"{SCHEMAS}/NewThing/properties/label"),
    ("input-property-read-only", lambda d: _schema(d, "NewThing")["properties"]["size"].update({"readOnly": True}),
     "property-read-only", True, f"{SCHEMAS}/NewThing/properties/size", f"{SCHEMAS}/NewThing/properties/size"),
    ("property-writable", lambda d: _schema(d, "Thing")["properties"]["created"].pop("readOnly"),
     "property-writable", False, f"{SCHEMAS}/Thing/properties/created", f"{SCHEMAS}/Thing/properties/created"),
    ("enum-added", lambda d: d["components"]["schemas"].update({"Shade": {"type": "string", "enum": ["dark"]}}),
     "enum-added", False, None, f"{SCHEMAS}/Shade"),
    ("enum-removed", lambda d: (_schema(d, "Thing")["properties"].update({"kind": {"type": "string"}}), d["components"]["schemas"].pop("Kind")),
     "enum-removed", True, f"{SCHEMAS}/Kind", None),
    ("enum-retyped", lambda d: _schema(d, "Kind").update({"type": "integer", "enum": [1, 2]}),
     "enum-retyped", True, f"{SCHEMAS}/Kind", f"{SCHEMAS}/Kind"),
    ("closed-enum-value-added", lambda d: _schema(d, "Color")["enum"].append("blue"),
     "enum-value-added", True, f"{SCHEMAS}/Color/enum", f"{SCHEMAS}/Color/enum/2"),
    ("open-enum-value-added", lambda d: _schema(d, "Kind")["enum"].append("c"),
     "enum-value-added", False, f"{SCHEMAS}/Kind/enum", f"{SCHEMAS}/Kind/enum/2"),
    ("enum-value-removed", lambda d: _schema(d, "Kind")["enum"].pop(0), "enum-value-removed", True, f"{SCHEMAS}/Kind/enum/0", f"{SCHEMAS}/Kind/enum"),
    ("enum-closed", lambda d: _schema(d, "Kind")["x-ms-enum"].update({"modelAsString": False}), "enum-closed", True, f"{SCHEMAS}/Kind", f"{SCHEMAS}/Kind"),
    ("enum-opened", lambda d: _schema(d, "Color")["x-ms-enum"].update({"modelAsString": True}), "enum-opened", False, f"{SCHEMAS}/Color", f"{SCHEMAS}/Color"),
]


@pytest.mark.parametrize(("mutation", "kind", "breaking", "old", "new"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_one_change_per_kind(
    tmp_path: Path, mutation: Callable[[dict[str, Any]], object], kind: str, breaking: bool, old: str | None, new: str | None
) -> None:
    changes = _diff(tmp_path, mutation)
    found = [c for c in changes if c.kind == kind]
    assert len(found) == 1, changes
    change = found[0]
    assert (change.breaking, change.old_pointer, change.new_pointer) == (breaking, old, new), change
    assert change.message and change.scope


def test_every_kind_has_a_case() -> None:
    covered = {case[2] for case in CASES} | {"constraint-changed", "response-removed", "property-renamed"}
    assert covered == set(KINDS)


def test_response_removed_without_new_result_type_is_not_breaking(tmp_path: Path) -> None:
    base = copy.deepcopy(BASE)
    base["paths"]["/things/{name}"]["put"]["responses"]["200"] = {"description": "also"}
    new = copy.deepcopy(base)
    del new["paths"]["/things/{name}"]["put"]["responses"]["200"]
    changes = compare(_api(tmp_path, base, "old"), _api(tmp_path, new, "new"))
    assert [(c.kind, c.breaking, c.old_pointer, c.new_pointer) for c in changes] == [("response-removed", False, PUT + "/responses/200", PUT + "/responses")]
    # Removing the only 200 (a body) for a 204 (none) changes what the call returns: breaking.
    new = copy.deepcopy(BASE)
    _get(new)["responses"]["204"] = {"description": "nothing"}
    del _get(new)["responses"]["200"]
    changes = compare(_api(tmp_path, BASE, "old"), _api(tmp_path, new, "new"))
    assert {(c.kind, c.breaking) for c in changes} >= {("response-removed", True), ("response-added", True)}


def test_pattern_replaced_is_a_breaking_change(tmp_path: Path) -> None:
    base = copy.deepcopy(BASE)
    _param(base, "name")["schema"]["pattern"] = "^[a-z]+$"
    new = copy.deepcopy(base)
    _param(new, "name")["schema"]["pattern"] = "^[a-z0-9]+$"
    changes = compare(_api(tmp_path, base, "old"), _api(tmp_path, new, "new"))
    assert [(c.kind, c.breaking, c.subject) for c in changes] == [("constraint-changed", True, "name")]
    assert "`^[a-z]+$` -> `^[a-z0-9]+$`" in changes[0].message


def test_property_renamed_by_a_name_collision(tmp_path: Path) -> None:
    def collide(d: dict[str, Any]) -> None:
        props = _schema(d, "Thing")["properties"]
        _schema(d, "Thing")["properties"] = {"Size": {"type": "integer"}, **props}  # claims "size" first

    changes = _diff(tmp_path, collide)
    renamed = [c for c in changes if c.kind == "property-renamed"]
    assert len(renamed) == 1 and renamed[0].breaking and "`size` renamed `size_2`" in renamed[0].message


def test_constraint_rules() -> None:
    pattern = Pattern("_P", "x", "x")
    assert constraint_changes(Constraints(min_length=1), Constraints(format="uuid")) == [("tightened", "format uuid added")]
    assert constraint_changes(Constraints(format="uuid"), Constraints(min_length=1, max_length=90)) == [("loosened", "format uuid removed")]
    assert constraint_changes(Constraints(), Constraints(pattern=pattern)) == [("tightened", "pattern `x` added")]
    assert constraint_changes(Constraints(minimum=1), Constraints(minimum=1, exclusive_minimum=True)) == [("tightened", "value >= 1 -> value > 1")]
    assert constraint_changes(Constraints(multiple_of=4), Constraints(multiple_of=2)) == [("loosened", "multipleOf 4 -> 2")]
    assert constraint_changes(Constraints(max_items=3), Constraints(max_items=3, unique_items=True)) == [("tightened", "uniqueItems added")]


# -- the real api-versions ---------------------------------------------------------


def _summary(changes: list[Change]) -> set[tuple[str, str, str, bool]]:
    return {(c.kind, c.scope, c.subject, c.breaking) for c in changes}


def test_preview_to_current_retrieve_operation(tmp_path: Path) -> None:
    """2022-02-10-preview -> 2025-10-10: exactly the three constraint changes."""
    changes = compare(build_spec(PREVIEW / "hostpools.yaml", "dv").api, build_spec(CURRENT / "hostpools.yaml", "dv").api)
    retrieve = "host_pools.retrieve_registration_token"
    assert _summary(changes) == {
        ("constraint-tightened", "client", "subscription_id", True),
        ("constraint-tightened", retrieve, "host_pool_name", True),
        ("constraint-loosened", retrieve, "resource_group_name", False),
    }
    by_subject = {c.subject: c for c in changes}
    assert "format uuid added" in by_subject["subscription_id"].message
    assert "pattern `^[A-Za-z0-9@.\\-_ ]*$` added" in by_subject["host_pool_name"].message
    assert "pattern `^[-\\w\\._\\(\\)]+$` removed" in by_subject["resource_group_name"].message
    for change in changes:
        assert change.old_pointer == change.new_pointer
        assert change.new_pointer is not None and change.new_pointer.startswith("/components/parameters/")


def test_preview_to_current_folders(tmp_path: Path) -> None:
    changes = compare(build_spec(PREVIEW, "dv").api, build_spec(CURRENT, "dv").api)
    added = {
        ("operation-added", "host_pools.list_registration_tokens", "", False),
        ("model-added", "model RegistrationTokenList", "", False),
        ("model-added", "model RegistrationTokenMinimal", "", False),
    }
    assert _summary(changes) - added == _summary(compare(build_spec(PREVIEW / "hostpools.yaml", "dv").api, build_spec(CURRENT / "hostpools.yaml", "dv").api))
    assert added <= _summary(changes)


def test_stable_to_current_did_not_change() -> None:
    """2024-04-03 -> 2025-10-10: the operation did not change at all."""
    assert compare(build_spec(STABLE / "hostpools.yaml", "dv").api, build_spec(CURRENT / "hostpools.yaml", "dv").api) == []
    # The folders: only the operation 2025-10-10 adds, with its models.
    changes = compare(build_spec(STABLE, "dv").api, build_spec(CURRENT, "dv").api)
    assert not any(c.breaking for c in changes)
    assert {c.scope for c in changes} == {"host_pools.list_registration_tokens", "model RegistrationTokenList", "model RegistrationTokenMinimal"}


# -- the command -------------------------------------------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_text_output_grouped_with_both_pointers(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "diff", str(PREVIEW), str(CURRENT), "--color", "never")
    assert code == 0
    assert "\033[" not in out
    assert "api-version 2022-02-10-preview" in out and "api-version 2025-10-10" in out
    assert "2 breaking, 4 non-breaking" in out
    breaking, _, other = out.partition("Non-breaking changes")
    assert "Breaking changes (2)" in breaking and "host_pool_name" in breaking and "subscription_id" in breaking
    assert "resource_group_name" in other and "list_registration_tokens" in other
    assert "old: hostpools.yaml#/components/parameters/HostPoolNameParameter" in breaking
    assert "new: hostpools.yaml#/components/parameters/HostPoolNameParameter" in breaking
    assert "new: listregistrationtokens.yaml#/components/schemas/RegistrationTokenList" in other
    code, out, _ = run(capsys, "diff", str(PREVIEW), str(CURRENT), "--color", "always")
    assert "\033[31m" in out and "\033[32m" in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "diff", str(PREVIEW / "hostpools.yaml"), str(CURRENT), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["old"]["version"] == "2022-02-10-preview" and data["new"]["files"] == ["hostpools.yaml", "listregistrationtokens.yaml"]
    assert data["compared"] is True and data["breaking"] == 2 and data["non_breaking"] == 4
    pattern = next(c for c in data["changes"] if c["subject"] == "host_pool_name")
    assert pattern["kind"] == "constraint-tightened" and pattern["breaking"] is True
    assert pattern["old"] == {"file": "hostpools.yaml", "pointer": "/components/parameters/HostPoolNameParameter"}
    assert pattern["new"] == {"file": "hostpools.yaml", "pointer": "/components/parameters/HostPoolNameParameter"}
    added = next(c for c in data["changes"] if c["kind"] == "operation-added")
    assert added["old"] is None and added["new"]["file"] == "listregistrationtokens.yaml"


def test_markdown_changelog_section(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "diff", str(PREVIEW), str(CURRENT), "--format", "markdown")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "## 2025-10-10"
    assert "Compared with 2022-02-10-preview" in lines[2]
    breaking = out.index("### Breaking changes")
    other = out.index("### Other changes")
    assert breaking < out.index("`host_pool_name`") < other
    assert "pattern `^[A-Za-z0-9@.\\-_ ]*$` added" in out  # a code span: not escaped
    assert "- model `RegistrationTokenList` added (`listregistrationtokens.yaml#/components/schemas/RegistrationTokenList`)" in lines
    code, out, _ = run(capsys, "diff", str(STABLE / "hostpools.yaml"), str(CURRENT / "hostpools.yaml"), "--format", "markdown")
    assert "No changes for clients." in out


def test_fail_on_breaking(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "diff", str(PREVIEW), str(CURRENT), "--fail-on", "breaking")[0] == 1
    assert run(capsys, "diff", str(PREVIEW), str(CURRENT))[0] == 0
    assert run(capsys, "diff", str(STABLE), str(CURRENT), "--fail-on", "breaking")[0] == 0  # additions only
    assert run(capsys, "diff", str(CURRENT), str(STABLE), "--fail-on", "breaking")[0] == 1  # an operation removed


def test_bad_input_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "diff", str(tmp_path / "nope.yaml"), str(CURRENT))
    assert code == 2 and "nope.yaml: error: no such file" in err
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.0.3\ninfo: [\n")
    code, _, err = run(capsys, "diff", str(CURRENT), str(bad), "--fail-on", "breaking")
    assert code == 2 and "bad.yaml" in err and "Traceback" not in err
    # A folder whose files define one name differently.
    conflict = tmp_path / "conflict"
    conflict.mkdir()
    for name in ("hostpools.yaml", "listregistrationtokens.yaml"):
        (conflict / name).write_bytes((CURRENT / name).read_bytes())
    text = (conflict / "hostpools.yaml").read_text().replace("description: Error code", "description: The error code")
    (conflict / "hostpools.yaml").write_text(text)
    code, _, err = run(capsys, "diff", str(STABLE), str(conflict))
    assert code == 2 and "listregistrationtokens.yaml:119#/components/schemas/CloudErrorProperties: error:" in err
    assert "hostpools.yaml#/components/schemas/CloudErrorProperties" in err


def test_against_a_generated_package(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    write_files(tmp_path / "dv", generate(CURRENT, "dv").files)
    package = str(tmp_path / "dv")
    # Built from exactly this spec.
    code, out, _ = run(capsys, "diff", package, str(CURRENT), "--fail-on", "breaking")
    assert code == 0
    assert "was built from exactly this spec" in out and "no changes a client can see" in out
    # Another version: the package's spec is found among the sibling version folders.
    code, out, _ = run(capsys, "diff", package, str(PREVIEW), "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["compared"] is True and data["old"]["built_from"] == str(CURRENT)
    assert "was built from " + str(CURRENT) in data["notes"][0]
    assert {c["kind"] for c in data["changes"]} >= {"operation-removed", "constraint-loosened"}
    # A package whose spec is nowhere near: say what it was built from; cannot judge breaking.
    meta = tmp_path / "dv" / "_meta.py"
    meta.write_text(meta.read_text().replace('SPEC_SHA256 = "', 'SPEC_SHA256 = "0'))
    code, out, err = run(capsys, "diff", package, str(CURRENT))
    assert code == 0 and "api-version 2025-10-10" in out and "cannot be listed" in out
    assert run(capsys, "diff", package, str(CURRENT), "--fail-on", "breaking")[0] == 2


def test_the_repository_package_records_its_spec(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "diff", str(ROOT / "generated" / "desktopvirtualization"), str(CURRENT))
    assert code == 0 and "built from exactly this spec" in out


def test_package_built_before_an_operation_was_added(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """README, "Add an operation": the package of hostpools.yaml alone against the folder."""
    write_files(tmp_path / "dv", generate(CURRENT / "hostpools.yaml", "dv").files)
    code, out, _ = run(capsys, "diff", str(tmp_path / "dv"), str(CURRENT), "--format", "json", "--fail-on", "breaking")
    data = json.loads(out)
    assert code == 0 and data["old"]["built_from"] == str(CURRENT / "hostpools.yaml")
    assert [(c["kind"], c["scope"]) for c in data["changes"]] == [
        ("operation-added", "host_pools.list_registration_tokens"),
        ("model-added", "model RegistrationTokenList"),
        ("model-added", "model RegistrationTokenMinimal"),
    ]
