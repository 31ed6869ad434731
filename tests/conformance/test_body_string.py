"""body-string.json: strings, enums and base64 in bodies (AutoRest test server)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "body-string.json"
WHITESPACE = "    Now is the time for all good men to come to the aid of their country    "


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestSwaggerBATServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


@pytest.fixture
def strict(pkg: ModuleType, testserver: AutorestServer) -> Any:
    """A client that raises on responses deviating from the spec (strict_responses=True)."""
    with pkg.AutoRestSwaggerBATServiceClient(endpoint=testserver.url, retries=0, strict_responses=True) as client:
        yield client


def test_null(client: Any) -> None:
    assert client.string.get_null() is None
    client.string.put_null()  # nothing sent: the server checks the body is absent
    client.string.put_null(string_body=None)


def test_empty_is_a_constant(client: Any) -> None:
    assert client.string.get_empty() == ""
    client.string.put_empty()  # a required single-value enum: never asked, always sent


def test_multibyte_and_whitespace_constants(client: Any, pkg: ModuleType) -> None:
    assert client.string.get_mbcs() == list(pkg.models.StringGetMbcsResponse)[0]
    client.string.put_mbcs()
    assert client.string.get_whitespace() == WHITESPACE
    client.string.put_whitespace()


def test_not_provided_is_an_error(client: Any, strict: Any, pkg: ModuleType) -> None:
    # The spec says a string comes back; an empty body is not one.
    with pytest.raises(pkg.DeserializationError):
        strict.string.get_not_provided()
    assert client.string.get_not_provided() is None  # tolerated, as the Azure SDK


def test_base64(client: Any, pkg: ModuleType) -> None:
    assert client.string.get_base64_encoded() == b"a string that gets encoded with base64"
    assert client.string.get_base64_url_encoded() == b"a string that gets encoded with base64url"
    client.string.put_base64_url_encoded(b"a string that gets encoded with base64url")
    assert client.string.get_null_base64_url_encoded() is None


def test_enums(client: Any, pkg: ModuleType) -> None:
    colors = pkg.models.Colors
    assert client.enum.get_not_expandable() is colors.RED_COLOR
    client.enum.put_not_expandable(colors.RED_COLOR)
    assert client.enum.get_referenced() == "red color"
    client.enum.put_referenced("red color")
    with pytest.raises(pkg.ParameterValidationError):
        client.enum.put_referenced("purple")  # a closed enum


def test_enum_constant_in_a_model(client: Any, pkg: ModuleType) -> None:
    result = client.enum.get_referenced_constant()
    assert result.field1 == "Sample String"
    client.enum.put_referenced_constant(pkg.models.RefColorConstant())
