"""What build decides for the templates about an operation's responses: how decoding errors
name them (labels), the paged return annotations and the form encoding."""

from __future__ import annotations

import json
from pathlib import Path

from generator.build import build_api
from generator.ir import Operation
from generator.pipeline import load_spec
from tests.support.specs import spec


def built(tmp_path: Path, paths: dict[str, object], schemas: dict[str, object] | None = None) -> dict[str, Operation]:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec(paths, schemas)), "utf-8")
    api = build_api(load_spec(path), "labels", str(path), {"spec.json": b""}).api
    return {op.name: op for op in api.all_operations}


def test_response_and_header_labels_name_the_operation(tmp_path: Path) -> None:
    ops = built(tmp_path, {
        "/a": {"get": {"operationId": "getThing", "responses": {
            "200": {"description": "OK", "headers": {"ETag": {"schema": {"type": "string"}}},
                    "content": {"application/json": {"schema": {"type": "string"}}}},
            "404": {"description": "missing", "content": {"application/json": {"schema": {"type": "string"}}}},
        }}},
        "/b": {"get": {"responses": {"200": {"description": "OK"}}}},
    })
    op = ops["get_thing"]
    assert op.label == "getThing" and op.error_label == "getThing error"
    assert [r.label for r in op.responses] == ["getThing response 200"]
    assert [r.label for r in op.errors] == ["getThing response 404"]
    result = op.responses[0].result
    assert result is not None and [h.label for h in result.headers] == ["getThing response 200 header ETag"]
    (unnamed,) = (o for o in ops.values() if not o.operation_id)
    assert unnamed.label == unnamed.name and unnamed.responses[0].label == f"{unnamed.name} response 200"


def test_paged_annotations(tmp_path: Path) -> None:
    page = {"type": "object", "properties": {"value": {"type": "array", "items": {"type": "string"}}, "nextLink": {"type": "string"}}}
    ops = built(tmp_path, {"/p": {"get": {"operationId": "list", "x-ms-pageable": {"nextLinkName": "nextLink"}, "responses": {
        "200": {"description": "OK", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Page"}}}},
    }}}}, {"Page": page})
    op = ops["list"]
    assert op.paging is not None and op.return_annotation == "Page"
    assert (op.annotation, op.async_annotation) == ("ItemPaged[str]", "AsyncItemPaged[str]")


def test_form_and_multipart(tmp_path: Path) -> None:
    def form(consumes: str, field: dict[str, object]) -> dict[str, object]:
        return {"post": {"consumes": [consumes], "parameters": [{"name": "f", "in": "formData", **field}], "responses": {"200": {"description": "OK"}}}}
    document = {"swagger": "2.0", "info": {"title": "Forms", "version": "1"}, "host": "example.test", "paths": {
        "/m": form("multipart/form-data", {"type": "file"}),
        "/u": form("application/x-www-form-urlencoded", {"type": "string"}),
        "/n": {"get": {"responses": {"200": {"description": "OK"}}}},
    }}
    path = tmp_path / "swagger.json"
    path.write_text(json.dumps(document), "utf-8")
    ops = {op.path: op for op in build_api(load_spec(path), "forms", str(path), {"swagger.json": b""}).api.all_operations}
    assert ops["/n"].form == () and not ops["/n"].multipart
    assert [p.name for p in ops["/u"].form] == ["f"] and not ops["/u"].multipart
    assert [p.name for p in ops["/m"].form] == ["f"] and ops["/m"].multipart
