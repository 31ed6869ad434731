"""body-duration.json: ISO 8601 durations in bodies (AutoRest test server)."""

from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "body-duration.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestDurationTestServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_null(client: Any) -> None:
    assert client.duration.get_null() is None  # x-nullable: an empty body is None


def test_get_positive(client: Any) -> None:
    # "P3Y6M4DT12H30M5S": a timedelta has no calendar, so a year is 365 days and a month 30.
    result = client.duration.get_positive_duration()
    assert type(result) is dt.timedelta
    assert result == dt.timedelta(days=3 * 365 + 6 * 30 + 4, hours=12, minutes=30, seconds=5)


def test_put_positive(client: Any, pkg: ModuleType) -> None:
    client.duration.put_positive_duration(
        dt.timedelta(days=123, hours=22, minutes=14, seconds=12, milliseconds=11)
    )  # "P123DT22H14M12.011S"
    with pytest.raises(pkg.ParameterValidationError):
        client.duration.put_positive_duration("P123DT22H14M12.011S")  # a timedelta, not its text


def test_invalid_is_an_error(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        client.duration.get_invalid()  # "123ABC"
