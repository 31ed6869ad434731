"""head-exceptions.json: a HEAD whose spec does not declare 404 raises on it
(AutoRest test server)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "head-exceptions.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestHeadExceptionTestServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_success_statuses_are_accepted(client: Any) -> None:
    # What they return is test_head_returns_true's business; here: no error.
    client.head_exception.head200()
    client.head_exception.head204()


def test_head_returns_true(client: Any) -> None:
    assert client.head_exception.head200() is True
    assert client.head_exception.head204() is True


def test_undeclared_404_raises(client: Any, pkg: ModuleType) -> None:
    # headException_head404 declares only 204 and default: a 404 is an error, not False.
    with pytest.raises(pkg.ResourceNotFoundError) as caught:
        client.head_exception.head404()
    assert caught.value.status_code == 404
    assert caught.value.body == b""
    assert caught.value.model is None
