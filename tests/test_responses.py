"""What a generated method returns, or raises, for each status: declared results, HEAD's
bool, per-status error models and response headers.  Offline: the clients send through an
``httpx.MockTransport``."""

from __future__ import annotations

import importlib
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.pipeline import generate
from generator.write import write_files

Handler = Callable[[httpx.Request], httpx.Response]


def _swagger(paths: dict[str, Any], definitions: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "swagger": "2.0",
        "info": {"title": "Probe", "version": "1"},
        "host": "probe.example.com",
        "schemes": ["https"],
        "paths": paths,
        "definitions": definitions or {},
    }


def _openapi(paths: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "info": {"title": "Probe", "version": "1"},
        "servers": [{"url": "https://probe.example.com"}],
        "paths": paths,
        "components": {"schemas": schemas or {}},
    }


_counter = iter(range(1_000_000))


@pytest.fixture
def build(tmp_path: Path) -> Iterator[Callable[[dict[str, Any]], tuple[ModuleType, Any]]]:
    """``build(spec)``: (the imported package, its Api)."""
    added: list[str] = []

    def run(spec: dict[str, Any]) -> tuple[ModuleType, Any]:
        package = f"probe_responses_{next(_counter)}"
        source = tmp_path / f"{package}.json"
        source.write_text(json.dumps(spec), encoding="utf-8")
        generated = generate(source, package)
        write_files(tmp_path / "out" / package, generated.files)
        if str(tmp_path / "out") not in sys.path:
            sys.path.insert(0, str(tmp_path / "out"))
        importlib.invalidate_caches()
        added.append(package)
        return importlib.import_module(package), generated

    yield run
    if str(tmp_path / "out") in sys.path:
        sys.path.remove(str(tmp_path / "out"))
    for name in [m for m in sys.modules if m.split(".")[0] in added]:
        del sys.modules[name]


def _client(pkg: ModuleType, handler: Handler) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return pkg.ProbeClient(http_client=http, retries=0)


def _reply(status: int, body: Any = None, headers: dict[str, str] | None = None) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        if body is None:
            return httpx.Response(status, headers=headers)
        return httpx.Response(status, json=body, headers=headers)

    return handler


_MODEL = {"type": "object", "properties": {"code": {"type": "string"}}}


def _responses(api: Any, name: str) -> dict[str, Any]:
    op = next(op for op in api.all_operations if op.name == name)
    return {r.status: r for r in op.responses}


# --- declared statuses: results or errors -------------------------------------------


def test_swagger2_declared_4xx_is_a_result(build: Any) -> None:
    spec = _swagger(
        {"/thing": {"get": {"operationId": "Things_Get", "responses": {
            "200": {"description": "ok", "schema": {"$ref": "#/definitions/A"}},
            "404": {"description": "gone", "schema": {"$ref": "#/definitions/D"}},
            "409": {"description": "clash", "x-ms-error-response": True, "schema": {"$ref": "#/definitions/D"}},
            "default": {"description": "error"},
        }}}},
        {"A": _MODEL, "D": _MODEL},
    )
    pkg, generated = build(spec)
    op = generated.api.groups[0].operations[0]
    assert [r.status for r in op.responses] == ["200", "404"]
    assert op.return_annotation == "A | D"
    client = _client(pkg, _reply(404, {"code": "x"}))
    assert client.things.get() == pkg.models.D(code="x")
    with pytest.raises(pkg.ResourceExistsError):
        _client(pkg, _reply(409, {"code": "x"})).things.get()
    with pytest.raises(pkg.HttpResponseError):
        _client(pkg, _reply(400, {"code": "x"})).things.get()


def test_openapi3_4xx_raises_unless_marked_not_an_error(build: Any) -> None:
    content = {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}
    spec = _openapi({"/thing": {"get": {"operationId": "Things_Get", "responses": {
        "200": {"description": "ok", "content": content},
        "404": {"description": "gone"},
        "410": {"description": "went", "x-ms-error-response": False, "content": content},
    }}}}, {"A": _MODEL})
    pkg, generated = build(spec)
    assert list(_responses(generated.api, "get")) == ["200", "410"]
    with pytest.raises(pkg.ResourceNotFoundError):
        _client(pkg, _reply(404)).things.get()
    assert _client(pkg, _reply(410, {"code": "w"})).things.get() == pkg.models.A(code="w")


def test_only_4xx_results_declared_still_accepts_any_2xx(build: Any) -> None:
    spec = _swagger({"/thing": {"get": {"operationId": "Things_Get", "responses": {
        "400": {"description": "should not happen"},
        "default": {"description": "error"},
    }}}})
    pkg, generated = build(spec)
    assert list(_responses(generated.api, "get")) == ["2XX", "400"]
    assert any(w.code == "no-success-response" for w in generated.warnings)
    assert _client(pkg, _reply(201)).things.get() is None


# --- HEAD ----------------------------------------------------------------------------


def test_head_answers_with_a_bool(build: Any) -> None:
    spec = _swagger({"/thing": {"head": {"operationId": "Things_Exists", "responses": {
        "200": {"description": "there"},
        "204": {"description": "there", "schema": {"type": "boolean"}},  # a HEAD has no body
        "404": {"description": "not there"},
        "default": {"description": "error"},
    }}}})
    pkg, generated = build(spec)
    responses = _responses(generated.api, "exists")
    assert {s: r.value for s, r in responses.items()} == {"200": True, "204": True, "404": False}
    assert all(r.type is None for r in responses.values())
    assert generated.api.groups[0].operations[0].return_annotation == "bool"
    assert _client(pkg, _reply(200)).things.exists() is True
    assert _client(pkg, _reply(204)).things.exists() is True
    assert _client(pkg, _reply(404)).things.exists() is False
    with pytest.raises(pkg.HttpResponseError):
        _client(pkg, _reply(500)).things.exists()


def test_head_without_a_declared_404_raises_on_it(build: Any) -> None:
    spec = _swagger({"/thing": {"head": {"operationId": "Things_Exists", "responses": {
        "204": {"description": "there"}, "default": {"description": "error"},
    }}}})
    pkg, _ = build(spec)
    assert _client(pkg, _reply(204)).things.exists() is True
    with pytest.raises(pkg.ResourceNotFoundError):
        _client(pkg, _reply(404)).things.exists()


def test_openapi3_head_is_a_bool_too(build: Any) -> None:
    spec = _openapi({"/thing": {"head": {"operationId": "Things_Exists", "responses": {
        "200": {"description": "there"}, "404": {"description": "not there"},
    }}}})
    pkg, _ = build(spec)
    assert _client(pkg, _reply(200)).things.exists() is True
    with pytest.raises(pkg.ResourceNotFoundError):  # OpenAPI 3: a 404 is an error
        _client(pkg, _reply(404)).things.exists()


# --- error models, per status ----------------------------------------------------------


def _error_spec(default: dict[str, Any]) -> dict[str, Any]:
    return _swagger(
        {"/thing": {"get": {"operationId": "Things_Get", "responses": {
            "200": {"description": "ok"},
            "400": {"description": "text", "x-ms-error-response": True, "schema": {"type": "string"}},
            "404": {"description": "model", "x-ms-error-response": True, "schema": {"$ref": "#/definitions/Missing"}},
            "409": {"description": "no schema", "x-ms-error-response": True},
            "501": {"description": "number", "x-ms-error-response": True, "schema": {"type": "integer"}},
            "default": default,
        }}}},
        {"Missing": {"type": "object", "properties": {"what": {"type": "string"}}}, "Cloud": _MODEL},
    )


def test_each_declared_error_status_decodes_its_own_schema(build: Any) -> None:
    pkg, generated = build(_error_spec({"description": "error", "schema": {"$ref": "#/definitions/Cloud"}}))
    op = generated.api.groups[0].operations[0]
    assert [r.status for r in op.errors] == ["400", "404", "409", "501"]
    assert op.error_type is not None and op.error_type.name == "Cloud"

    def model(status: int, body: Any) -> Any:
        with pytest.raises(pkg.HttpResponseError) as caught:
            _client(pkg, _reply(status, body)).things.get()
        assert caught.value.status_code == status
        return caught.value.model

    assert model(400, "bad thing") == "bad thing"
    assert model(400, {"not": "a string"}) is None  # the wrong shape: no model, still the error
    assert model(404, {"what": "pet"}) == pkg.models.Missing(what="pet")
    assert model(409, {"code": "c"}) is None  # declared without a schema
    assert model(501, 123) == 123
    assert model(500, {"code": "c"}) == pkg.models.Cloud(code="c")  # undeclared: default's
    assert model(500, "text") is None


def test_a_default_without_schema_gives_other_statuses_no_model(build: Any) -> None:
    pkg, generated = build(_error_spec({"description": "error"}))
    assert generated.api.groups[0].operations[0].error_type is None
    with pytest.raises(pkg.HttpResponseError) as caught:
        _client(pkg, _reply(402, "text")).things.get()
    assert caught.value.model is None
    with pytest.raises(pkg.ResourceNotFoundError) as found:
        _client(pkg, _reply(404, {"what": "pet"})).things.get()
    assert found.value.model == pkg.models.Missing(what="pet")


def test_a_free_form_default_error_body_is_the_model(build: Any) -> None:
    spec = _openapi({"/thing": {"put": {"operationId": "Things_Put", "responses": {
        "200": {"description": "ok"},
        "default": {"description": "error", "content": {"application/json": {"schema": {"type": "object", "properties": {}}}}},
    }}}})
    pkg, _ = build(spec)
    with pytest.raises(pkg.HttpResponseError) as caught:
        _client(pkg, _reply(400, {"message": "no"})).things.put()
    assert caught.value.model == {"message": "no"}
    assert caught.value.message == "no"
