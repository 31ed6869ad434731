"""What build decides for XML bodies: which bodies are XML, the names of elements (the
``xml`` objects as AutoRest reads them), the tables the runtime reads, and the warnings
for what XML cannot carry."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.build import build_api
from generator.ir import Api, XmlNode
from generator.pipeline import load_spec
from tests.support.specs import spec


def _built(tmp_path: Path, document: dict[str, Any]) -> tuple[Api, list[str]]:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(document), "utf-8")
    result = build_api(load_spec(path), "xmlcase", str(path), {"spec.json": b""})
    return result.api, [f"{w.code}: {w.message}" for w in result.warnings]


def _xml_op(schema: dict[str, Any], media: str = "application/xml", also: dict[str, Any] | None = None) -> dict[str, Any]:
    content = {media: {"schema": schema}, **(also or {})}
    return {"put": {"requestBody": {"required": True, "content": content},
                    "responses": {"200": {"description": "OK", "content": content}}}}


def test_element_names_follow_the_xml_objects(tmp_path: Path) -> None:
    schemas = {
        "Root": {"type": "object", "properties": {
            "plain": {"$ref": "#/components/schemas/Plain"},
            "named": {"$ref": "#/components/schemas/Named"},
            "renamed": {"$ref": "#/components/schemas/Named", "xml": {"name": "Own"}},
            "wrappedModels": {"type": "array", "xml": {"wrapped": True}, "items": {"$ref": "#/components/schemas/Plain"}},
            "wrappedNamed": {"type": "array", "xml": {"wrapped": True, "name": "Box"}, "items": {"$ref": "#/components/schemas/Named"}},
            "loose": {"type": "array", "items": {"type": "string"}},
            "flag": {"type": "boolean", "xml": {"attribute": True, "name": "f", "prefix": "p", "namespace": "urn:p"}},
            "body": {"type": "string", "xml": {"x-ms-text": True}},
        }},
        "Plain": {"type": "object", "properties": {"n": {"type": "integer"}}},
        "Named": {"type": "object", "xml": {"name": "N"}, "properties": {"n": {"type": "number"}}},
    }
    api, warnings = _built(tmp_path, spec({"/r": _xml_op({"$ref": "#/components/schemas/Root"})}, schemas))
    assert warnings == []
    op = api.all_operations[0]
    root = XmlNode("Root", "model", model="Root")
    assert op.body is not None and op.body.xml == root and op.responses[0].xml == root
    fields = {m.name: m for m in api.xml_models}["Root"].fields
    assert [(f.key, f.place, f.node.name) for f in fields] == [
        ("plain", "element", "plain"), ("named", "element", "N"), ("renamed", "element", "Own"),
        ("wrappedModels", "element", "wrappedModels"), ("wrappedNamed", "element", "Box"),
        ("loose", "element", "loose"), ("flag", "attribute", "f"), ("body", "text", "body"),
    ]
    nodes = {f.key: f.node for f in fields}
    assert nodes["wrappedModels"].wrapped and nodes["wrappedModels"].item == XmlNode("Plain", "model", model="Plain")
    assert nodes["wrappedNamed"].item == XmlNode("N", "model", model="Named")
    assert not nodes["loose"].wrapped and nodes["loose"].item == XmlNode("loose", "str")
    assert nodes["flag"] == XmlNode("f", "bool", "urn:p", "p")
    assert [m.name for m in api.xml_models] == ["Root", "Plain", "Named"]
    assert "_xml.py" in api.runtime_modules


def test_root_names_and_kinds(tmp_path: Path) -> None:
    schemas = {"Item": {"type": "object", "properties": {"id": {"type": "integer", "format": "int64"}}}}
    paths = {
        "/list": _xml_op({"type": "array", "items": {"$ref": "#/components/schemas/Item"}}),
        "/named": _xml_op({"type": "array", "xml": {"name": "Items"}, "items": {"$ref": "#/components/schemas/Item"}}),
        "/text": _xml_op({"type": "string"}, "text/xml"),
    }
    api, warnings = _built(tmp_path, spec(paths, schemas))
    assert warnings == []
    by_path = {op.path: op for op in api.all_operations}
    item = XmlNode("Item", "model", model="Item")
    assert by_path["/list"].responses[0].xml == XmlNode("ArrayOfItem", "list", item=item, wrapped=True)
    assert by_path["/named"].responses[0].xml == XmlNode("Items", "list", item=item, wrapped=True)
    text = by_path["/text"]
    assert text.body is not None and (text.body.type.kind, text.body.xml) == ("text", None)
    assert text.responses[0].type is not None and text.responses[0].type.kind == "text"


def test_json_beside_xml_stays_json(tmp_path: Path) -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}}
    api, _ = _built(tmp_path, spec({"/j": _xml_op(schema, "application/json", {"application/xml": {"schema": schema}})}))
    op = api.all_operations[0]
    assert op.body is not None and op.body.xml is None and op.responses[0].xml is None and not api.xml
    assert "_xml.py" not in api.runtime_modules


def test_what_xml_cannot_carry_is_warned_about(tmp_path: Path) -> None:
    schemas = {
        "Loose": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": {"type": "integer"}},
        "Pet": {"type": "object", "discriminator": {"propertyName": "kind"}, "required": ["kind"], "properties": {"kind": {"type": "string"}}},
    }
    paths = {
        "/any": _xml_op({}),
        "/loose": _xml_op({"$ref": "#/components/schemas/Loose"}),
        "/pet": _xml_op({"$ref": "#/components/schemas/Pet"}),
    }
    api, warnings = _built(tmp_path, spec(paths, schemas))
    assert all(w.startswith("unsupported-xml: ") for w in warnings) and len(warnings) == 4
    assert any("additionalProperties" in w for w in warnings) and any("discriminator" in w for w in warnings)
    any_op = next(op for op in api.all_operations if op.path == "/any")
    assert any_op.body is not None and any_op.body.type.kind == "binary" and any_op.body.xml is None


def test_a_path_query_pair_a_parameter_sends_is_sent_once(tmp_path: Path) -> None:
    paths = {"/x?comp=list&keep=1": {"get": {
        "parameters": [{"name": "comp", "in": "query", "required": True, "schema": {"type": "string", "enum": ["list"]}}],
        "responses": {"200": {"description": "OK"}},
    }}}
    api, _ = _built(tmp_path, spec(paths))
    assert [part.literal for part in api.all_operations[0].path_parts] == ["/x?keep=1"]


def test_a_long_running_operation_reads_its_final_result_as_xml(tmp_path: Path) -> None:
    schemas = {"Job": {"type": "object", "properties": {"state": {"type": "string", "xml": {"attribute": True}}}}}
    paths = {"/jobs": {"put": {
        "x-ms-long-running-operation": True,
        "responses": {"200": {"description": "OK", "content": {"application/xml": {"schema": {"$ref": "#/components/schemas/Job"}}}}},
    }}}
    api, _ = _built(tmp_path, spec(paths, schemas))
    lro = api.all_operations[0].lro
    assert lro is not None and lro.xml == XmlNode("Job", "model", model="Job")


def test_xml_errors_decode_their_model_and_need_no_json_error_import(tmp_path: Path) -> None:
    schemas = {"StorageError": {"type": "object", "xml": {"name": "Error"}, "properties": {"Code": {"type": "string"}}}}
    error = {"description": "Error", "content": {"application/xml": {"schema": {"$ref": "#/components/schemas/StorageError"}}}}
    paths = {"/a": {"get": {"responses": {"200": {"description": "OK"}, "404": error, "default": error}}}}
    api, warnings = _built(tmp_path, spec(paths, schemas))
    op = api.all_operations[0]
    node = XmlNode("Error", "model", model="StorageError")
    assert warnings == [] and op.error_xml == node and op.errors[0].xml == node and op.xml
    imported = [i.module for section in api.imports["_operations.py"].sections for i in section]
    assert "._errors" not in imported


def test_names_xml_cannot_carry_are_made_well_formed(tmp_path: Path) -> None:
    schemas = {"Odd": {"type": "object", "xml": {"prefix": "bad prefix", "namespace": "urn:x"}, "properties": {
        "@odata.type": {"type": "string"},
        "größe": {"type": "integer"},
        "lang": {"type": "string", "xml": {"attribute": True, "name": "xml:lang"}},
        "2nd": {"type": "string", "xml": {"name": "a<b"}},
    }}}
    api, warnings = _built(tmp_path, spec({"/o": _xml_op({"$ref": "#/components/schemas/Odd"})}, schemas))
    assert [f.node.name for f in api.xml_models[0].fields] == ["_odata.type", "größe", "xml:lang", "a_b"]
    op = api.all_operations[0]
    assert op.body is not None and op.body.xml == XmlNode("Odd", "model", "urn:x", None, model="Odd")
    assert len(warnings) == 4 and all(w.startswith("unsupported-xml: ") for w in warnings)  # the prefix: body and response
