"""non-string-enum.json: integer and float enums (modelAsString: true) in bodies (AutoRest test server)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "non-string-enum.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.NonStringEnumsClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_int_enum(client: Any, pkg: ModuleType) -> None:
    int_enum = pkg.models.IntEnum
    assert [member.value for member in int_enum] == [200, 403, 405, 406, 429]
    result = client.int.get()
    assert result is int_enum(429)
    assert client.int.put(input=int_enum(200)) == "Nice job posting an int enum"


def test_int_enum_is_open(client: Any) -> None:
    # modelAsString: true: a value the spec does not list is still allowed, as a plain int.
    assert client.int.put(input=200) == "Nice job posting an int enum"


def test_float_values(client: Any) -> None:
    result = client.float.get()
    assert isinstance(result, float)
    assert result == 429.1
    assert client.float.put(input=200.4) == "Nice job posting a float enum"


def test_float_enum(client: Any, pkg: ModuleType) -> None:
    float_enum = pkg.models.FloatEnum
    assert [member.value for member in float_enum] == [200.4, 403.4, 405.3, 406.2, 429.1]
    assert client.float.get() is float_enum(429.1)
    assert client.float.put(input=float_enum(200.4)) == "Nice job posting a float enum"
