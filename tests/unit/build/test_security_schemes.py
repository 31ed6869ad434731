"""Security schemes in the build: each becomes a client keyword (``Client.security``),
required when every top-level alternative needs it; each operation gets the alternatives
its requirement lists (``Operation.security``); what is not supported is a warning."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.ir import Operation, SecurityScheme
from generator.pipeline import Generated
from tests.support.corpus import build, codes
from tests.support.specs import ok, spec

SCHEMES: dict[str, Any] = {
    "ApiKeyQuery": {"type": "apiKey", "in": "query", "name": "key"},
    "ApiKeyCookie": {"type": "apiKey", "in": "cookie", "name": "session"},
    "ApiKeyHeader": {"type": "apiKey", "in": "header", "name": "X-Key"},
    "basicAuth": {"type": "http", "scheme": "basic"},
    "BearerToken": {"type": "http", "scheme": "Bearer"},
    "oauth": {"type": "oauth2", "flows": {"clientCredentials": {"tokenUrl": "https://t.test", "scopes": {"a": "", "b": ""}}}},
    "oidc": {"type": "openIdConnect", "openIdConnectUrl": "https://t.test/.well-known/openid-configuration"},
}


def generate(tmp_path: Path, paths: dict[str, Any] | None = None, schemes: dict[str, Any] | None = None, **extra: Any) -> Generated:
    paths = paths or {"/a": {"get": {"operationId": "a", "responses": ok()}}}
    return build(tmp_path, spec(paths, components={"securitySchemes": SCHEMES if schemes is None else schemes}, **extra), "sec")


def keywords(generated: Generated) -> dict[str, SecurityScheme]:
    return {s.keyword: s for s in generated.api.client.security}


def operation(generated: Generated, name: str) -> Operation:
    every = [*generated.api.operations, *(op for group in generated.api.groups for op in group.operations)]
    return next(op for op in every if op.name == name)


def plan(generated: Generated, name: str) -> list[list[str]]:
    return [[use.keyword for use in alternative] for alternative in operation(generated, name).security]


def test_keywords_are_the_scheme_keys_in_snake_case(tmp_path: Path) -> None:
    generated = generate(tmp_path)
    assert codes(generated) == {}
    found = keywords(generated)
    # The one taken positionally (its former name, credential) first, then in spec order.
    assert list(found) == ["oauth", "api_key_query", "api_key_cookie", "api_key_header", "basic_auth", "bearer_token", "oidc"]
    assert [(s.kind, s.where, s.name) for s in found.values()] == [
        ("oauth2", "header", "Authorization"), ("apiKey", "query", "key"), ("apiKey", "cookie", "session"),
        ("apiKey", "header", "X-Key"), ("basic", "header", "Authorization"), ("bearer", "header", "Authorization"),
        ("oauth2", "header", "Authorization"),
    ]
    assert [s.annotation for s in found.values()][3:] == ["str", "tuple[str, str]", "str | _t.Callable[[], str]", "TokenCredential"]
    assert found["oauth"].async_annotation == "AsyncTokenCredential"


def test_former_names_stay_as_aliases(tmp_path: Path) -> None:
    found = keywords(generate(tmp_path))
    assert found["api_key_header"].alias == "x_key"  # named after its header before
    assert found["oauth"].alias == "credential" and found["oauth"].positional  # the one credential before
    assert found["oidc"].alias is None and found["api_key_query"].alias is None


def test_azure_specs_keep_credential(tmp_path: Path) -> None:
    paths = {"/a": {"get": {"operationId": "A_Get", "x-ms-examples": {}, "responses": ok()}}}
    generated = generate(tmp_path, paths, schemes={k: SCHEMES[k] for k in ("oauth", "oidc", "ApiKeyHeader")}, security=[{"oauth": ["user_impersonation"]}])
    found = keywords(generated)
    assert list(found) == ["credential", "api_key_header"]  # both OAuth2 schemes share it
    assert found["credential"].positional and found["credential"].required and found["credential"].alias is None
    assert generated.api.client.azure_scopes
    assert operation(generated, "get").security[0][0].scopes == ()  # a permission, not a scope: <endpoint>/.default


def test_an_azure_com_server_is_azure(tmp_path: Path) -> None:
    generated = generate(tmp_path, schemes={"oauth": SCHEMES["oauth"]}, servers=[{"url": "https://management.azure.com"}])
    assert list(keywords(generated)) == ["credential"] and generated.api.client.azure_scopes


def test_one_alternative_of_one_scheme_is_required(tmp_path: Path) -> None:
    found = keywords(generate(tmp_path, security=[{"basicAuth": []}]))
    assert [k for k, s in found.items() if s.required] == ["basic_auth"]


def test_keywords_every_alternative_needs_are_required(tmp_path: Path) -> None:
    found = keywords(generate(tmp_path, security=[{"basicAuth": [], "ApiKeyQuery": []}, {"ApiKeyQuery": [], "oauth": []}]))
    assert [k for k, s in found.items() if s.required] == ["api_key_query"]
    assert not any(s.required for s in keywords(generate(tmp_path, security=[{"basicAuth": []}, {}])).values())  # optional
    assert not any(s.required for s in keywords(generate(tmp_path, security=[])).values())


def test_undeclared_security_is_any_one_scheme_or_none(tmp_path: Path) -> None:
    generated = generate(tmp_path, schemes={"basicAuth": SCHEMES["basicAuth"]})
    assert not keywords(generated)["basic_auth"].required and plan(generated, "a") == [["basic_auth"], []]
    azure = generate(tmp_path, {"/a": {"get": {"operationId": "A_Get", "x-ms-examples": {}, "responses": ok()}}}, schemes={"oauth": SCHEMES["oauth"]})
    assert keywords(azure)["credential"].required  # the Azure SDK's credential, always asked for


def test_each_operation_gets_its_own_requirement(tmp_path: Path) -> None:
    paths = {
        "/a": {"get": {"operationId": "a", "responses": ok()}},
        "/b": {"get": {"operationId": "b", "security": [{"oauth": ["a", "b"]}], "responses": ok()}},
        "/c": {"get": {"operationId": "c", "security": [], "responses": ok()}},
        "/d": {"get": {"operationId": "d", "security": [{"BearerToken": []}, {"ApiKeyQuery": [], "ApiKeyCookie": []}, {}], "responses": ok()}},
    }
    generated = generate(tmp_path, paths, security=[{"ApiKeyHeader": []}])
    assert plan(generated, "a") == [["api_key_header"]]
    assert plan(generated, "b") == [["oauth"]] and operation(generated, "b").security[0][0].scopes == ("a", "b")
    assert plan(generated, "c") == []
    assert plan(generated, "d") == [["bearer_token"], ["api_key_query", "api_key_cookie"], []]
    assert operation(generated, "d").auth_plan[1] == (
        ("api_key_query", "apiKey", "query", "key", ()), ("api_key_cookie", "apiKey", "cookie", "session", ())
    )


def test_swagger_definitions_and_basic(tmp_path: Path) -> None:
    document = {
        "swagger": "2.0", "info": {"title": "T", "version": "1"}, "host": "h.test",
        "securityDefinitions": {"Basic": {"type": "basic"}, "Key": {"type": "apiKey", "in": "query", "name": "k"}},
        "security": [{"Basic": []}],
        "paths": {"/a": {"get": {"operationId": "a", "security": [{"Key": []}], "responses": {"200": {"description": "ok"}}}}},
    }
    generated = build(tmp_path, document, "sw")
    assert [(s.keyword, s.kind, s.required) for s in generated.api.client.security] == [("basic", "basic", True), ("key", "apiKey", False)]
    assert plan(generated, "a") == [["key"]]


def test_unsupported_schemes_warn_and_their_alternatives_are_dropped(tmp_path: Path) -> None:
    schemes = {"digest": {"type": "http", "scheme": "digest"}, "mtls": {"type": "mutualTLS"}, "basicAuth": SCHEMES["basicAuth"]}
    paths = {
        "/a": {"get": {"operationId": "a", "security": [{"digest": []}, {"basicAuth": []}], "responses": ok()}},
        "/b": {"get": {"operationId": "b", "security": [{"mtls": []}], "responses": ok()}},
    }
    generated = build(tmp_path, {**spec(paths, components={"securitySchemes": schemes}), "openapi": "3.1.0"}, "sec")
    assert codes(generated) == {"unsupported-security": ["/components/securitySchemes/digest", "/components/securitySchemes/mtls"]}
    assert "http digest" in generated.warnings[0].message
    assert plan(generated, "a") == [["basic_auth"]]
    assert plan(generated, "b") == []  # nothing it could send
