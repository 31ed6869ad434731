"""any-type.json: a schema without a type (``{}``) is any JSON value: a string, an object
or an array, passed through as Python's ``str``, ``dict`` or ``list`` (AutoRest test server)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "any-type.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AnythingClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_string(client: Any) -> None:
    result = client.get_string()
    assert result == "anything" and type(result) is str
    assert client.put_string("anything") is None  # the body is exactly '"anything"'


def test_object(client: Any) -> None:
    result = client.get_object()
    assert result == {"message": "An object was successfully returned"} and type(result) is dict
    assert client.put_object({"foo": "bar"}) is None


def test_array(client: Any) -> None:
    result = client.get_array()
    assert result == ["foo", "bar"] and type(result) is list
    assert client.put_array(["foo", "bar"]) is None
