"""What build decides about a parameter's serialization (Parameter.style, explode,
allow_reserved, keep_none, styled) for OpenAPI 3 styles and Swagger 2.0 collection
formats, and the unsupported-parameter-style warnings for what the runtime refuses."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from generator.build import build_api
from generator.ir import Parameter
from generator.pipeline import load_spec
from tests.support.specs import ok, spec

COLOR = {"type": "object", "properties": {"r": {"type": "integer"}, "g": {"type": "integer"}}}
INTS = {"type": "array", "items": {"type": "integer"}}


def _built(tmp_path: Path, document: dict[str, Any]) -> tuple[dict[str, Parameter], dict[str, list[str]]]:
    """The method parameters of operation ``A_Get`` by wire name, and the warnings' messages by pointer."""
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(document), "utf-8")
    result = build_api(load_spec(path), "styles", str(path), {"spec.json": b""})
    (op,) = result.api.all_operations
    warnings: dict[str, list[str]] = {}
    for w in result.warnings:
        warnings.setdefault(w.pointer, []).append(f"[{w.code}] {w.message}")
    return {p.wire_name: p for p in op.parameters}, warnings


def _v3(tmp_path: Path, *parameters: dict[str, Any]) -> tuple[dict[str, Parameter], dict[str, list[str]]]:
    document = spec({"/a/{p}": {"get": {"operationId": "A_Get", "parameters": list(parameters), "responses": ok()}}})
    if not any(p["in"] == "path" for p in parameters):
        document = spec({"/a": {"get": {"operationId": "A_Get", "parameters": list(parameters), "responses": ok()}}})
    return _built(tmp_path, document)


@pytest.mark.parametrize(
    ("parameter", "style", "explode"),
    [
        ({"in": "query", "schema": INTS}, "form", True),
        ({"in": "query", "explode": False, "schema": INTS}, "form", False),
        ({"in": "query", "style": "spaceDelimited", "schema": INTS}, "spaceDelimited", False),
        ({"in": "query", "style": "pipeDelimited", "explode": True, "schema": INTS}, "pipeDelimited", True),
        ({"in": "query", "style": "deepObject", "explode": True, "schema": COLOR}, "deepObject", True),
        ({"in": "path", "required": True, "schema": INTS}, "simple", False),
        ({"in": "path", "required": True, "style": "label", "schema": {"type": "integer"}}, "label", False),
        ({"in": "path", "required": True, "style": "matrix", "explode": True, "schema": INTS}, "matrix", True),
        ({"in": "header", "schema": COLOR}, "simple", False),
        ({"in": "cookie", "schema": {"type": "string"}}, "form", True),
    ],
)
def test_openapi_3_styles_and_their_defaults(tmp_path: Path, parameter: dict[str, Any], style: str, explode: bool) -> None:
    params, warnings = _v3(tmp_path, {"name": "p", **parameter})
    p = params["p"]
    assert (p.location, p.style, p.explode, p.allow_reserved, p.keep_none) == (parameter["in"], style, explode, False, False)
    assert p.styled and not warnings


def test_a_scalar_in_its_location_default_style_is_sent_as_its_text(tmp_path: Path) -> None:
    params, _ = _v3(
        tmp_path,
        {"name": "q", "in": "query", "schema": {"type": "string"}},
        {"name": "H", "in": "header", "schema": {"type": "integer"}},
        {"name": "r", "in": "query", "allowReserved": True, "schema": {"type": "string"}},
    )
    assert not params["q"].styled and not params["H"].styled
    assert params["r"].allow_reserved and params["r"].styled


@pytest.mark.parametrize(
    ("collection_format", "where", "style", "explode"),
    [
        ("csv", "query", "form", False),
        ("multi", "query", "form", True),
        ("ssv", "query", "spaceDelimited", False),
        ("tsv", "query", "tabDelimited", False),
        ("pipes", "query", "pipeDelimited", False),
        ("csv", "header", "simple", False),
        ("ssv", "header", "spaceDelimited", False),
        ("pipes", "path", "pipeDelimited", False),
    ],
)
def test_swagger_collection_formats_are_styles(tmp_path: Path, collection_format: str, where: str, style: str, explode: bool) -> None:
    parameter = {"name": "p", "in": where, "required": where == "path", "type": "array", "items": {"type": "string"},
                 "collectionFormat": collection_format}
    document = {"swagger": "2.0", "info": {"title": "T", "version": "1"}, "paths": {
        "/a/{p}" if where == "path" else "/a": {"get": {"operationId": "A_Get", "parameters": [parameter], "responses": {"200": {"description": "OK"}}}}}}
    params, warnings = _built(tmp_path, document)
    p = params["p"]
    assert (p.style, p.explode, p.keep_none, p.styled) == (style, explode, True, True)
    assert not warnings


def test_what_the_runtime_cannot_send_is_warned_with_its_place(tmp_path: Path) -> None:
    nested = {"type": "object", "properties": {"inner": COLOR}}
    params, warnings = _v3(
        tmp_path,
        {"name": "deep", "in": "query", "style": "deepObject", "explode": True, "schema": nested},
        {"name": "items", "in": "query", "style": "deepObject", "schema": INTS},
        {"name": "X-Nested", "in": "header", "schema": {"type": "object", "additionalProperties": INTS}},
        {"name": "grid", "in": "query", "schema": {"type": "array", "items": INTS}},
        {"name": "fine", "in": "query", "style": "deepObject", "explode": True, "schema": COLOR},
    )
    base = "/paths/~1a/get/parameters/"
    suffix = "; calling the method with it raises TypeError"
    assert warnings == {
        base + "0": [f"[unsupported-parameter-style] parameter 'deep': an object holding arrays or objects cannot be sent in style 'deepObject'{suffix}"],
        base + "1": [f"[unsupported-parameter-style] parameter 'items': deepObject sends an object, not an array{suffix}"],
        base + "2": [f"[unsupported-parameter-style] parameter 'X-Nested': an object holding arrays or objects cannot be sent in style 'simple'{suffix}"],
        base + "3": [f"[unsupported-parameter-style] parameter 'grid': an array holding arrays or objects cannot be sent in style 'form'{suffix}"],
    }
    assert all(p.styled for p in params.values())


def test_a_content_parameter_is_its_media_types_schema_sent_as_json_text(tmp_path: Path) -> None:
    params, warnings = _v3(
        tmp_path,
        {"name": "q", "in": "query", "content": {"application/json": {"schema": COLOR}}},
        {"name": "t", "in": "query", "content": {"text/plain": {"schema": {"type": "string"}}}},
    )
    q, t = params["q"], params["t"]
    assert (q.type.kind, q.content_type, q.json_text, q.style, q.styled) == ("model", "application/json", True, "form", False)
    assert (t.type.kind, t.style, t.styled) == ("str", "content", True)
    assert warnings == {"/paths/~1a/get/parameters/1/content": [
        "[unsupported-parameter-style] parameter 't' is text/plain: only JSON is sent; calling the method with it raises TypeError"
    ]}
