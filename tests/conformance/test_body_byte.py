"""body-byte.json: base64 bytes in bodies (AutoRest test server)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "body-byte.json"
NON_ASCII = bytes([0xFF, 0xFE, 0xFD, 0xFC, 0xFB, 0xFA, 0xF9, 0xF8, 0xF7, 0xF6])


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestSwaggerBATByteServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


@pytest.fixture
def strict(pkg: ModuleType, testserver: AutorestServer) -> Any:
    """A client that raises on responses deviating from the spec (strict_responses=True)."""
    with pkg.AutoRestSwaggerBATByteServiceClient(endpoint=testserver.url, retries=0, strict_responses=True) as client:
        yield client


def test_null_is_an_error(client: Any, strict: Any, pkg: ModuleType) -> None:
    # The response schema is not x-nullable: an empty body is not a byte array.
    with pytest.raises(pkg.DeserializationError):
        strict.byte.get_null()
    assert client.byte.get_null() is None  # tolerated, as the Azure SDK


def test_empty(client: Any) -> None:
    result = client.byte.get_empty()
    assert type(result) is bytes
    assert result == b""


def test_non_ascii(client: Any, pkg: ModuleType) -> None:
    result = client.byte.get_non_ascii()
    assert type(result) is bytes
    assert result == NON_ASCII
    client.byte.put_non_ascii(NON_ASCII)  # sent as "//79/Pv6+fj39g=="
    with pytest.raises(pkg.ParameterValidationError):
        client.byte.put_non_ascii("//79/Pv6+fj39g==")  # bytes, not their base64


def test_invalid_is_an_error(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        client.byte.get_invalid()  # ::::SWAGGER::::
