"""body-time.json: times of day (``format: time``) in bodies (AutoRest test server)."""

from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "body-time.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestTimeTestServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_get(client: Any) -> None:
    result = client.time.get()
    assert type(result) is dt.time
    assert result == dt.time(11, 34, 56)


def test_put(client: Any, pkg: ModuleType) -> None:
    assert client.time.put(dt.time(8, 7, 56)) == "Nice job posting time"  # sent as "08:07:56"
    with pytest.raises(pkg.ParameterValidationError):
        client.time.put("08:07:56")  # a time, not its text
