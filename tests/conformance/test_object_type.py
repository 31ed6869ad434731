"""object-type.json: a body of ``type: object`` with no properties, an untyped JSON object
(AutoRest test server)."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "object-type.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.ObjectTypeClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_get_object(client: Any) -> None:
    result = client.get()
    assert result == {"message": "An object was successfully returned"}
    assert type(result) is dict


def test_put_object(client: Any) -> None:
    assert client.put({"foo": "bar"}) is None


def test_put_object_error(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.HttpResponseError) as caught:
        client.put({"should": "fail"})
    error = caught.value
    assert error.status_code == 400
    assert error.message == "The object you passed was incorrect"
    assert json.loads(error.body) == {"message": "The object you passed was incorrect"}


def test_put_object_error_model(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.HttpResponseError) as caught:
        client.put({"should": "fail"})
    assert caught.value.model == {"message": "The object you passed was incorrect"}
