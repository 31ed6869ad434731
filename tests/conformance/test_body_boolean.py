"""body-boolean.json: booleans in bodies (AutoRest test server)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "body-boolean.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestBoolTestServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_true_and_false(client: Any) -> None:
    assert client.bool.get_true() is True
    assert client.bool.get_false() is False


def test_puts_are_constants(client: Any) -> None:
    # The bodies are required single-value enums ([true], [false]): never asked, always sent.
    client.bool.put_true()
    client.bool.put_false()


def test_null(client: Any) -> None:
    assert client.bool.get_null() is None  # x-nullable: an empty body is None


def test_invalid_is_an_error(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        client.bool.get_invalid()  # true1
