"""body-date.json: dates (``format: date``) in bodies (AutoRest test server)."""

from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "body-date.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestDateTestServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_null(client: Any) -> None:
    assert client.date.get_null() is None  # x-nullable: an empty body is None


@pytest.mark.parametrize(
    "operation",
    [
        "get_invalid_date",  # "201O-18-90"
        "get_overflow_date",  # "10000000000-12-31"
        "get_underflow_date",  # "0000-00-00"
    ],
)
def test_not_a_date_is_an_error(client: Any, pkg: ModuleType, operation: str) -> None:
    with pytest.raises(pkg.DeserializationError):
        getattr(client.date, operation)()


def test_max(client: Any) -> None:
    result = client.date.get_max_date()
    assert type(result) is dt.date
    assert result == dt.date(9999, 12, 31)
    client.date.put_max_date(dt.date(9999, 12, 31))


def test_put_min(client: Any) -> None:
    client.date.put_min_date(dt.date(1, 1, 1))


def test_get_min_is_a_date(client: Any) -> None:
    result = client.date.get_min_date()
    assert type(result) is dt.date
    assert result == dt.date(1, 1, 1)
