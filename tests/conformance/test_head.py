"""head.json: HEAD operations answer with a bool (AutoRest test server)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "head.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestHeadTestServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_success_statuses_are_accepted(client: Any) -> None:
    # What they return is test_head_returns_true's business; here: no error.
    client.http_success.head200()
    client.http_success.head204()


def test_head_returns_true(client: Any) -> None:
    assert client.http_success.head200() is True
    assert client.http_success.head204() is True


def test_declared_404_returns_false(client: Any) -> None:
    assert client.http_success.head404() is False
