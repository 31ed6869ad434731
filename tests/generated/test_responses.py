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

from generator.emit.write import write_files
from generator.pipeline import generate

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


def _client(pkg: ModuleType, handler: Handler, **options: Any) -> Any:
    http = httpx.Client(transport=httpx.MockTransport(handler))
    return pkg.ProbeClient(http_client=http, retries=0, **options)


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


# --- response headers --------------------------------------------------------------------


def _headers_spec() -> dict[str, Any]:
    return _swagger(
        {
            "/thing": {
                "get": {"operationId": "Things_Get", "responses": {
                    "200": {"description": "ok", "schema": {"$ref": "#/definitions/A"}, "headers": {
                        "ETag": {"type": "string"},
                        "Body": {"type": "string"},
                        "x-count": {"type": "integer", "format": "int32"},
                        "x-flag": {"type": "boolean"},
                        "x-when": {"type": "string", "format": "date-time-rfc1123"},
                        "x-list": {"type": "array", "items": {"type": "string"}},
                    }},
                    "204": {"description": "nothing, no headers"},
                    "301": {"description": "moved", "headers": {"Location": {"type": "string"}}},
                }},
                "head": {"operationId": "Things_Exists", "responses": {
                    "200": {"description": "there", "headers": {"x-size": {"type": "integer", "format": "int64"}}},
                    "404": {"description": "not there"},
                }},
                "put": {"operationId": "Things_Put", "responses": {
                    "201": {"description": "made", "headers": {"Location": {"type": "string"}}},
                    "202": {"description": "later", "headers": {"Retry-After": {"type": "integer"}}},
                }},
            },
            "/file": {"get": {"operationId": "Files_Get", "produces": ["application/octet-stream"], "responses": {
                "200": {"description": "bytes", "schema": {"type": "file"}, "headers": {"x-size": {"type": "integer"}}},
            }}},
        },
        {"A": _MODEL},
    )


def test_headers_come_back_with_the_body(build: Any) -> None:
    pkg, generated = build(_headers_spec())
    assert not [w for w in generated.warnings if w.code == "unsupported-response-headers"]
    assert [w.code for w in generated.warnings if "x-list" in w.pointer] == ["complex-header"]
    get = _responses(generated.api, "get")
    assert get["200"].result is not None and get["200"].result.name == "ThingsGetResult"
    assert [h.name for h in get["200"].result.headers] == ["e_tag", "body_2", "x_count", "x_flag", "x_when", "x_list"]
    assert get["204"].result is None and get["301"].result is None  # a redirect's headers are the pipeline's
    assert generated.api.groups[0].operations[0].return_annotation == "ThingsGetResult | None"

    headers = {"ETag": '"v1"', "Body": "b", "x-count": "-7", "x-flag": "TRUE", "x-when": "Wed, 01 Jan 2010 12:34:56 GMT", "x-list": "a,b"}
    result = _client(pkg, _reply(200, {"code": "c"}, headers)).things.get()
    assert isinstance(result, pkg.models.ThingsGetResult)
    assert result.body == pkg.models.A(code="c")
    assert (result.e_tag, result.body_2, result.x_count, result.x_flag, result.x_list) == ('"v1"', "b", -7, True, "a,b")
    assert result.x_when.year == 2010 and result.x_when.utcoffset() is not None

    empty = _client(pkg, _reply(200, {}, {"ETag": "", "x-count": "", "x-flag": ""})).things.get()
    assert (empty.e_tag, empty.body_2, empty.x_count, empty.x_flag, empty.x_when) == ("", None, None, None, None)
    assert _client(pkg, _reply(204)).things.get() is None


def test_a_header_that_does_not_parse_is_a_deserialization_error(build: Any) -> None:
    pkg, _ = build(_headers_spec())
    for headers, where in (({"x-count": "seven"}, "x-count"), ({"x-flag": "yes"}, "x-flag"), ({"x-when": "soon"}, "x-when")):
        with pytest.raises(pkg.DeserializationError) as caught:
            _client(pkg, _reply(200, {}, headers)).things.get()
        assert where in str(caught.value)
    for strict in (False, True):  # the wrong type: an error in both modes
        with pytest.raises(pkg.DeserializationError, match="x-count"):
            _client(pkg, _reply(200, {}, {"x-count": "seven"}), strict_responses=strict).things.get()
    with pytest.raises(pkg.DeserializationError, match="x-count"):
        _client(pkg, _reply(200, {}, {"x-count": str(2**31)}), strict_responses=True).things.get()  # int32
    assert _client(pkg, _reply(200, {}, {"x-count": str(2**31)})).things.get().x_count == 2**31  # tolerated


def test_each_response_with_headers_has_its_own_result(build: Any) -> None:
    pkg, generated = build(_headers_spec())
    put = _responses(generated.api, "put")
    assert (put["201"].result.name, put["202"].result.name) == ("ThingsPut201Result", "ThingsPut202Result")
    assert not hasattr(pkg.models.ThingsPut201Result, "body")
    assert _client(pkg, _reply(201, None, {"Location": "/x"})).things.put() == pkg.models.ThingsPut201Result(location="/x")
    assert _client(pkg, _reply(202, None, {"Retry-After": "5"})).things.put() == pkg.models.ThingsPut202Result(retry_after=5)
    assert {"ThingsGetResult", "ThingsPut201Result", "ThingsExistsResult"} <= set(pkg.models.__all__)


def test_a_head_with_headers_returns_them_and_false_for_its_404(build: Any) -> None:
    pkg, _ = build(_headers_spec())
    assert _client(pkg, _reply(200, None, {"x-size": "12"})).things.exists() == pkg.models.ThingsExistsResult(x_size=12)
    assert _client(pkg, _reply(404)).things.exists() is False


def test_a_stream_keeps_its_headers_itself(build: Any) -> None:
    pkg, generated = build(_headers_spec())
    assert _responses(generated.api, "get")  # the things group
    files = next(op for op in generated.api.all_operations if op.operation_id == "Files_Get")
    assert files.responses[0].result is None
    stream = _client(pkg, lambda request: httpx.Response(200, content=b"abc", headers={"x-size": "3"})).files.get()
    assert stream.headers["x-size"] == "3" and stream.read() == b"abc"


def test_openapi3_header_schemas(build: Any) -> None:
    spec = _openapi({"/thing": {"get": {"operationId": "Things_Get", "responses": {"200": {
        "description": "ok",
        "headers": {"X-Rate": {"schema": {"type": "number"}}, "X-Kind": {"schema": {"$ref": "#/components/schemas/Kind"}}},
    }}}}}, {"Kind": {"type": "string", "enum": ["a", "b"]}})
    pkg, _ = build(spec)
    result = _client(pkg, _reply(200, None, {"X-Rate": "1.5", "X-Kind": "b"})).things.get()
    assert result.x_rate == 1.5 and result.x_kind is pkg.models.Kind.B
