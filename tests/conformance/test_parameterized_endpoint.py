"""parameterized-endpoint.json: an x-ms-parameterized-host whose only parameter is named
endpoint (AutoRest test server).

hostTemplate is ``{endpoint}`` with useSchemePrefix false, and ``endpoint`` is a required
client parameter (x-ms-parameter-location: client): the caller passes the whole base URL.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "parameterized-endpoint.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.ParmaterizedEndpointClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_get(client: Any) -> None:
    # An operationId without a Group_ prefix is a method of the client itself.
    assert client.get() is None  # GET <endpoint>/parameterizedEndpoint/get


def test_trailing_slash(pkg: ModuleType, testserver: AutorestServer) -> None:
    with pkg.ParmaterizedEndpointClient(endpoint=testserver.url + "/", retries=0) as client:
        client.get()


def test_endpoint_is_required(pkg: ModuleType) -> None:
    with pytest.raises(TypeError):
        pkg.ParmaterizedEndpointClient()  # no default: the spec has no host


def test_wrong_endpoint(pkg: ModuleType, testserver: AutorestServer) -> None:
    with pkg.ParmaterizedEndpointClient(endpoint=testserver.url + "/nothere", retries=0) as client:
        with pytest.raises(pkg.ResourceNotFoundError):
            client.get()
