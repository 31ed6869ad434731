"""Regressions found by running opgen over the real-world corpus (bench/corpus.py):
security schemes: API keys and basic auth as client keywords, and the schemes the client does not model.

Each test is a few lines of spec reproducing one construct from a public spec: the
package must generate, import and type-check, and whatever the client does not model is a
warning naming the construct and its JSON pointer (``--strict`` fails on it), never a
silent drop. The other corpus regressions: tests/unit/build/test_corpus_*.py,
tests/cli/test_corpus_strict.py, tests/generated/test_corpus_typing.py.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Any

import pytest

from tests.support.corpus import build, codes
from tests.support.specs import ok, spec

# -- security -----------------------------------------------------------------------------


def test_api_keys_and_basic_auth_are_client_keywords(tmp_path: Path, load_package: Any) -> None:
    # adyen.com / mashape.com / netbox.dev: apiKey in a header, basic auth, a query key.
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
    assert codes(generated) == {}
    package = load_package(generated)
    a, b, c = (importlib.import_module(f"api_key.operations._{group}_operations") for group in "abc")
    config = importlib.import_module("api_key._operations").ClientConfig(endpoint="https://example.test")
    basic = ("basic_auth", "basic", "header", "Authorization", ())
    key = ("api_key_auth", "apiKey", "header", "X-API-Key", ())
    assert a.build_a_get_request(config).auth == ((basic,), (key,))
    assert b.build_b_get_request(config).auth == ((basic,),)
    assert c.build_c_get_request(config).auth == ()  # no security
    with pytest.deprecated_call():  # the keyword it had when named after the header
        client = package.CorpusCaseClient(x_api_key="s3cret")
    assert "s3cret" not in repr(client._pipeline._auth)


def test_api_key_in_the_authorization_header_yields_to_oauth(tmp_path: Path) -> None:
    # azure.com__batch-BatchService: oauth2 or a SharedKey "Authorization" header.
    schemes = {
        "azure_auth": {"type": "oauth2", "flows": {"implicit": {"authorizationUrl": "https://login.example.test", "scopes": {}}}},
        "api_key": {"type": "apiKey", "in": "header", "name": "Authorization"},
    }
    document = spec({"/a": {"get": {"operationId": "A_Get", "responses": ok()}}}, components={"securitySchemes": schemes})
    generated = build(tmp_path, document, "batch_auth")
    assert codes(generated) == {"unsupported-security": ["/components/securitySchemes/api_key"]}
    assert generated.api.client.credential and [s.keyword for s in generated.api.client.security] == ["azure_auth"]
