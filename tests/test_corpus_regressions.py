"""Regressions found by running opgen over the real-world corpus (bench/corpus.py).

Each test is a few lines of spec reproducing one construct from a public spec: the
package must generate, import and type-check, and whatever the client does not model is a
warning naming the construct and its JSON pointer (``--strict`` fails on it), never a
silent drop.
"""

from __future__ import annotations

import importlib
import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from generator.cli import main
from generator.emit.write import write_files
from generator.pipeline import Generated, generate
from tests.support.specs import ok, spec


def build(tmp_path: Path, document: dict[str, Any], package: str) -> Generated:
    path = tmp_path / f"{package}.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return generate(path, package)


def codes(generated: Generated) -> dict[str, list[str]]:
    """Warning code -> the pointers it was given for."""
    found: dict[str, list[str]] = {}
    for warning in generated.warnings:
        found.setdefault(warning.code, []).append(warning.pointer)
    return found


@pytest.fixture
def load_package(tmp_path: Path) -> Iterator[Any]:
    """Write a generated package under tmp_path and import it (removed from sys.modules after)."""
    out = tmp_path / "out"
    names: list[str] = []

    def load(generated: Generated, module: str = "") -> Any:
        package = generated.api.package
        write_files(out / package, generated.files)
        if str(out) not in sys.path:
            sys.path.insert(0, str(out))
        names.append(package)
        importlib.invalidate_caches()
        return importlib.import_module(f"{package}.{module}" if module else package)

    yield load
    if str(out) in sys.path:
        sys.path.remove(str(out))
    for name in list(sys.modules):
        if name.split(".")[0] in names:
            del sys.modules[name]


# -- validation -------------------------------------------------------------------------


def test_ecma_only_pattern_is_a_warning_not_an_error(tmp_path: Path) -> None:
    # amazonaws.com__comprehendmedical: a Unicode property escape, valid ECMA-262 that
    # Python's re (and so openapi-spec-validator's "regex" format check) rejects.
    pattern = r"^([\p{L}\p{Z}\p{N}_.:/=+\-%@]*)$"
    document = spec(
        {"/jobs": {"get": {"operationId": "Jobs_List", "parameters": [
            {"name": "name", "in": "query", "schema": {"$ref": "#/components/schemas/JobName"}},
        ], "responses": ok()}}},
        {"JobName": {"type": "string", "pattern": pattern, "maxLength": 64}},
    )
    generated = build(tmp_path, document, "ecma_pattern")
    assert codes(generated) == {"bad-pattern": ["/components/schemas/JobName/pattern"]}
    assert "check_str(\"name\", name, required=False, max_length=64)" in generated.files["_operations.py"].decode()


# -- validation rules that do not fit the type ------------------------------------------


def test_number_bounds_on_a_string_are_not_passed_to_check_str(tmp_path: Path) -> None:
    # amadeus.com: {"type": "string", "minimum": 1, "maximum": 15} -> mypy: unexpected keyword.
    document = spec({"/flights": {"get": {"operationId": "Flights_List", "parameters": [
        {"name": "duration", "in": "query", "schema": {"type": "string", "minimum": 1, "maximum": 15}},
        {"name": "max", "in": "query", "schema": {"type": "integer", "minLength": 1, "maximum": 9}},
        {"name": "when", "in": "query", "schema": {"type": "string", "format": "date-time", "maxLength": 40}},
    ], "responses": ok()}}})
    source = build(tmp_path, document, "misplaced_rules").files["_operations.py"].decode()
    assert 'check_str("duration", duration, required=False)' in source
    assert 'check_number("max", max, required=False, maximum=9)' in source
    assert 'check_datetime("when", when, required=False)' in source


# -- schemas ------------------------------------------------------------------------------


def test_additional_properties_next_to_properties_are_kept(tmp_path: Path, load_package: Any) -> None:
    # azure.com__search-searchindex: SearchResult is the document's own fields plus
    # "@search.score"; the document's fields come as additionalProperties.
    document = spec(
        {"/docs": {"get": {"operationId": "Docs_Get", "responses": ok({"$ref": "#/components/schemas/SearchResult"})}}},
        {
            "SearchResult": {
                "type": "object",
                "properties": {"@search.score": {"type": "number"}, "additionalProperties": {"type": "string"}},
                "additionalProperties": True,
            },
            "Permissions": {"type": "object", "properties": {"issues": {"type": "string"}}, "additionalProperties": {"type": "string"}},
            "Tagged": {"type": "object", "properties": {"tags": {"$ref": "#/components/schemas/Permissions"}}, "additionalProperties": {"$ref": "#/components/schemas/Permissions"}},
        },
    )
    generated = build(tmp_path, document, "extra_keys")
    assert generated.warnings == ()
    models = load_package(generated, "models")
    result = models.SearchResult.from_dict({"@search.score": 1.5, "additionalProperties": "x", "hotelName": "Fancy", "rating": 4})
    assert result.search_score == 1.5
    assert result.additional_properties == "x"
    assert result.additional_properties_2 == {"hotelName": "Fancy", "rating": 4}
    assert result.to_dict() == {"@search.score": 1.5, "additionalProperties": "x", "hotelName": "Fancy", "rating": 4}
    perms = models.Permissions.from_dict({"issues": "write", "checks": "read"})
    assert perms.additional_properties == {"checks": "read"}
    tagged = models.Tagged.from_dict({"tags": {"issues": "a"}, "extra": {"issues": "b", "more": "c"}})
    assert tagged.additional_properties["extra"].additional_properties == {"more": "c"}
    assert tagged.to_dict() == {"tags": {"issues": "a"}, "extra": {"issues": "b", "more": "c"}}
    assert models.Permissions(issues="w").to_dict() == {"issues": "w"}


def test_single_member_one_of_is_that_member_and_null_makes_it_nullable(tmp_path: Path, load_package: Any) -> None:
    document = spec(
        {"/repos": {"get": {"operationId": "Repos_Get", "responses": ok({"$ref": "#/components/schemas/Repo"})}}},
        {
            "User": {"type": "object", "properties": {"login": {"type": "string"}}},
            "Repo": {
                "type": "object",
                "required": ["owner", "parent"],
                "properties": {
                    "owner": {"anyOf": [{"$ref": "#/components/schemas/User"}, {"type": "null"}]},
                    "parent": {"oneOf": [{"$ref": "#/components/schemas/User"}]},
                },
            },
        },
        openapi="3.1.0",
    )
    generated = build(tmp_path, document, "single_member")
    assert generated.warnings == ()
    models = load_package(generated, "models")
    repo = models.Repo.from_dict({"owner": None, "parent": {"login": "octocat"}})
    assert repo.owner is None and repo.parent == models.User(login="octocat")
    assert [p.nullable for p in generated.api.models[-1].properties] == [True, False]


def test_unmodelled_schema_keywords_are_warnings_with_pointers(tmp_path: Path) -> None:
    document = spec(
        {"/pets": {"get": {"operationId": "Pets_Get", "responses": ok({"$ref": "#/components/schemas/Pet"})}}},
        {
            "Pet": {
                "type": "object",
                "properties": {
                    "kind": {"type": "string"},
                    "id": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
                    "name": {"type": "string", "not": {"enum": [""]}},
                    "owner": {"type": "object", "properties": {"a": {"type": "string"}}, "anyOf": [{"required": ["a"]}]},
                    "props": {"x-ms-client-flatten": True, "type": "object", "additionalProperties": {"type": "string"}},
                },
                "allOf": [{"oneOf": [{"required": ["kind"]}]}],
            },
        },
        openapi="3.1.0",
    )
    document["components"]["schemas"]["Pet"]["properties"]["size"] = {"type": ["integer", "string"]}
    found = codes(build(tmp_path, document, "unmodelled"))
    assert found == {
        "unsupported-combinator": [
            "/components/schemas/Pet/allOf/0/oneOf",
            "/components/schemas/Pet/properties/id/oneOf",
            "/components/schemas/Pet/properties/owner/anyOf",
        ],
        "unsupported-not": ["/components/schemas/Pet/properties/name/not"],
        "unsupported-flatten": ["/components/schemas/Pet/properties/props/x-ms-client-flatten"],
        "unsupported-type": ["/components/schemas/Pet/properties/size/type"],
    }


# -- operations ---------------------------------------------------------------------------


def test_unmodelled_operation_features_are_warnings_with_pointers(tmp_path: Path) -> None:
    paths = {
        "/items": {
            "get": {
                "operationId": "Items_List",
                "x-ms-pageable": {"nextLinkName": "nextLink"},
                "parameters": [{"name": "session", "in": "cookie", "schema": {"type": "string"}}],
                "responses": {"200": {"description": "OK", "headers": {"ETag": {"schema": {"type": "string"}}}}},
            },
            "put": {
                "operationId": "Items_Create",
                "x-ms-long-running-operation": True,
                "x-ms-long-running-operation-options": {"final-state-via": "operation-location"},
                "servers": [{"url": "https://uploads.example.test"}],
                "requestBody": {"content": {"multipart/form-data": {"schema": {"type": "object"}}}},
                "responses": {"202": {"$ref": "#/components/responses/Accepted"}},
            },
            "delete": {"operationId": "Items_Delete", "x-ms-pageable": {"nextLinkName": None}, "responses": {"202": {"$ref": "#/components/responses/Accepted"}}},
        },
    }
    accepted = {"description": "Accepted", "headers": {"Location": {"schema": {"type": "string"}}}}
    found = codes(build(tmp_path, spec(paths, components={"responses": {"Accepted": accepted}}), "unmodelled_ops"))
    assert found == {
        "unsupported-cookie": ["/paths/~1items/get/parameters/0"],
        "unsupported-paging": ["/paths/~1items/get/x-ms-pageable"],  # nextLinkName null: one page, nothing lost
        "unsupported-multipart": ["/paths/~1items/put/requestBody/content/multipart~1form-data"],
        "unsupported-lro": ["/paths/~1items/put/x-ms-long-running-operation-options/final-state-via"],  # ARM's default instead
        "unsupported-servers": ["/paths/~1items/put/servers"],
    }


def test_cookie_parameter_is_not_taken_silently(tmp_path: Path) -> None:
    paths = {"/a": {"get": {"operationId": "A_Get", "parameters": [{"name": "sid", "in": "cookie", "schema": {"type": "string"}}], "responses": ok()}}}
    generated = build(tmp_path, spec(paths), "cookie_param")
    assert not re.search(r"\bsid\b", generated.files["_client.py"].decode())  # as a word: "outside" is no parameter
    assert [w.code for w in generated.warnings] == ["unsupported-cookie"]


# -- security -----------------------------------------------------------------------------


def test_api_key_in_a_header_is_a_client_argument(tmp_path: Path, load_package: Any) -> None:
    # adyen.com / mashape.com / netbox.dev: apiKey in a header; basic auth and a query key warn.
    schemes = {
        "ApiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-API-Key", "description": "Your key."},
        "BasicAuth": {"type": "http", "scheme": "basic"},
        "QueryKey": {"type": "apiKey", "in": "query", "name": "token"},
    }
    paths = {
        "/a": {"get": {"operationId": "A_Get", "responses": ok()}},
        "/b": {"get": {"operationId": "B_Get", "security": [{"BasicAuth": []}], "responses": ok()}},
        "/c": {"get": {"operationId": "C_Get", "security": [], "responses": ok()}},
    }
    document = spec(paths, components={"securitySchemes": schemes}, security=[{"BasicAuth": []}, {"ApiKeyAuth": []}])
    generated = build(tmp_path, document, "api_key")
    assert codes(generated) == {"unsupported-security": ["/components/securitySchemes/BasicAuth", "/components/securitySchemes/QueryKey"]}
    assert "BasicAuth" in generated.warnings[0].message and "http basic" in generated.warnings[0].message
    package = load_package(generated)
    operations = importlib.import_module("api_key._operations")
    config = operations.ClientConfig(endpoint="https://example.test", x_api_key="s3cret")
    assert "s3cret" not in repr(config)
    assert operations.build_a_get_request(config).headers["X-API-Key"] == "s3cret"
    assert "X-API-Key" not in operations.build_b_get_request(config).headers  # only BasicAuth listed
    assert "X-API-Key" not in operations.build_c_get_request(config).headers  # no security
    no_key = operations.ClientConfig(endpoint="https://example.test", x_api_key=None)
    assert "X-API-Key" not in operations.build_a_get_request(no_key).headers
    with package.CorpusCaseClient(x_api_key="k") as client:
        assert client._config.x_api_key == "k"


def test_api_key_in_the_authorization_header_yields_to_oauth(tmp_path: Path) -> None:
    # azure.com__batch-BatchService: oauth2 or a SharedKey "Authorization" header.
    schemes = {
        "azure_auth": {"type": "oauth2", "flows": {"implicit": {"authorizationUrl": "https://login.example.test", "scopes": {}}}},
        "api_key": {"type": "apiKey", "in": "header", "name": "Authorization"},
    }
    document = spec({"/a": {"get": {"operationId": "A_Get", "responses": ok()}}}, components={"securitySchemes": schemes})
    generated = build(tmp_path, document, "batch_auth")
    assert codes(generated) == {"unsupported-security": ["/components/securitySchemes/api_key"]}
    assert generated.api.client.credential and generated.api.client.parameters == ()


def test_strict_fails_on_a_warning(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = spec({"/a": {"get": {"operationId": "A_Get", "parameters": [{"name": "sid", "in": "cookie", "schema": {"type": "string"}}], "responses": ok()}}})
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["generate", str(path), "--output", str(out), "--package", "strict_case", "--strict"]) == 2
    err = capsys.readouterr().err
    assert "#/paths/~1a/get/parameters/0: warning:" in err and "[unsupported-cookie]" in err
    assert not out.exists()
    assert main(["generate", str(path), "--output", str(out), "--package", "strict_case"]) == 0


# -- the generated code type-checks ---------------------------------------------------------


def test_corpus_constructs_pass_mypy_strict(tmp_path: Path) -> None:
    """One package with every construct above: mypy --strict finds nothing."""
    schemes = {"Key": {"type": "apiKey", "in": "header", "name": "X-Key"}}
    schemas = {
        "Result": {"type": "object", "properties": {"score": {"type": "number"}}, "additionalProperties": True},
        "Perms": {"type": "object", "properties": {"a": {"type": "string"}}, "additionalProperties": {"$ref": "#/components/schemas/Result"}},
        "Secretive": {"type": "object", "properties": {"key": {"type": "string", "x-ms-secret": True}}, "additionalProperties": {"type": "integer"}},
        "Wrapper": {"type": "object", "properties": {"inner": {"anyOf": [{"$ref": "#/components/schemas/Perms"}, {"type": "null"}]}}},
    }
    paths = {
        "/a": {"get": {"operationId": "A_Get", "parameters": [
            {"name": "duration", "in": "query", "schema": {"type": "string", "minimum": 1}},
            {"name": "when", "in": "query", "schema": {"type": "string", "format": "date", "pattern": "^[0-9-]+$"}},
        ], "responses": ok({"$ref": "#/components/schemas/Wrapper"})}},
        "/b": {"get": {"operationId": "B_Get", "responses": ok({"type": "string"})}},
        "/c": {"post": {"operationId": "C_Post", "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Secretive"}}}}, "responses": ok({"type": "boolean"})}},
    }
    generated = build(tmp_path, spec(paths, schemas, components={"securitySchemes": schemes}, security=[{"Key": []}], openapi="3.1.0"), "corpus_mypy")
    write_files(tmp_path / "corpus_mypy", generated.files)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", "corpus_mypy"],
        cwd=tmp_path, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_an_operation_with_only_error_responses_accepts_2xx(tmp_path: Path, load_package: Any) -> None:
    # magento.com: ten operations declare only `default` (an error-response schema); every
    # call used to raise HttpResponseError, even on 200.
    error = {"type": "object", "properties": {"message": {"type": "string"}}}
    responses = {"default": {"description": "Unexpected error", "content": {"application/json": {"schema": error}}}}
    generated = build(tmp_path, spec({"/carts/mine": {"put": {"operationId": "Carts_Save", "responses": responses}}}), "no_success")
    assert codes(generated) == {"no-success-response": ["/paths/~1carts~1mine/put/responses"]}
    httpx = pytest.importorskip("httpx")
    operations = load_package(generated, "_operations")
    request = httpx.Request("PUT", "https://example.test/carts/mine")
    assert operations.handle_carts_save_response(httpx.Response(204, request=request)) is None
    assert operations.handle_carts_save_response(httpx.Response(200, json={"a": 1}, request=request)) is None
    errors = importlib.import_module("no_success._errors")
    with pytest.raises(errors.HttpResponseError) as raised:
        operations.handle_carts_save_response(httpx.Response(400, json={"message": "bad"}, request=request))
    assert raised.value.status_code == 400


def test_a_shared_grouped_parameter_gives_each_operation_its_group_class(tmp_path: Path, load_package: Any) -> None:
    # azure.com__batchai-BatchAI: #/parameters/maxResults carries x-ms-parameter-grouping
    # (postfix Options, no name) and several list operations use it: each gets its own
    # class. They shared one registration slot, so all but the last were lost and the
    # client's annotations named classes models.py did not define (mypy: name-defined).
    grouped = {"$ref": "#/parameters/maxResults"}
    document = {
        "swagger": "2.0",
        "info": {"title": "Grouping Case", "version": "1.0"},
        "host": "example.test",
        "schemes": ["https"],
        "parameters": {
            "maxResults": {
                "name": "maxresults", "in": "query", "type": "integer", "format": "int32", "default": 1000,
                "x-ms-parameter-location": "method", "x-ms-parameter-grouping": {"postfix": "Options"},
            },
        },
        "paths": {
            "/clusters": {"get": {"operationId": "Clusters_List", "parameters": [grouped], "responses": {"200": {"description": "OK"}}}},
            "/jobs": {"get": {"operationId": "Jobs_List", "parameters": [grouped], "responses": {"200": {"description": "OK"}}}},
        },
    }
    generated = build(tmp_path, document, "shared_groups")
    models = load_package(generated, "models")
    assert models.ClustersListOptions().maxresults == 1000
    assert models.JobsListOptions(maxresults=5).maxresults == 5
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(tmp_path / "out" / "shared_groups")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout


def test_a_page_that_declares_response_headers_is_still_paged(tmp_path: Path, load_package: Any) -> None:
    # azure.com__batch-BatchService: every list declares response headers (client-request-id,
    # ETag...), so its handler returns a Result; the 14 pageable lists returned their first
    # page only (unsupported-paging). The page is now the Result's body.
    import httpx

    document = {
        "swagger": "2.0",
        "info": {"title": "Paged Headers", "version": "1.0"},
        "host": "example.test",
        "schemes": ["https"],
        "paths": {
            "/pools": {
                "get": {
                    "operationId": "Pool_List",
                    "x-ms-pageable": {"nextLinkName": "odata.nextLink"},
                    "responses": {
                        "200": {
                            "description": "A page of pools.",
                            "headers": {"client-request-id": {"type": "string"}, "ETag": {"type": "string"}},
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "value": {"type": "array", "items": {"type": "string"}},
                                    "odata.nextLink": {"type": "string"},
                                },
                            },
                        }
                    },
                }
            }
        },
    }
    generated = build(tmp_path, document, "paged_headers")
    assert "unsupported-paging" not in codes(generated)
    pkg = load_package(generated)
    pages = {"/pools": {"value": ["a", "b"], "odata.nextLink": "https://example.test/pools?page=2"}}

    def handler(request: httpx.Request) -> httpx.Response:
        body = {"value": ["c"]} if request.url.params.get("page") == "2" else pages["/pools"]
        return httpx.Response(200, json=body, headers={"ETag": "x", "client-request-id": "r"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with pkg.PagedHeadersClient(endpoint="https://example.test", http_client=http, retries=0) as client:
        assert list(client.pool.list()) == ["a", "b", "c"]
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(tmp_path / "out" / "paged_headers")],
        capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout
