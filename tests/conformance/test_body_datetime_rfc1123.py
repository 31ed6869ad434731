"""body-datetime-rfc1123.json: RFC 1123 (HTTP) dates in bodies (AutoRest test server)."""

from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "body-datetime-rfc1123.json"
UTC = dt.UTC
MAX = dt.datetime(9999, 12, 31, 23, 59, 59, tzinfo=UTC)
MIN = dt.datetime(1, 1, 1, tzinfo=UTC)


def assert_utc(value: object, expected: dt.datetime) -> None:
    assert type(value) is dt.datetime
    assert value.utcoffset() == dt.timedelta(0)
    assert value == expected


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestRFC1123DateTimeTestServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_null(client: Any) -> None:
    assert client.datetimerfc1123.get_null() is None  # x-nullable: an empty body is None


@pytest.mark.parametrize(
    "operation",
    [
        "get_invalid",  # "Tue, 01 Dec 2000 00:00:0A ABC"
        "get_overflow",  # "Sat, 1 Jan 10000 00:00:00 GMT": past what a datetime holds
        "get_underflow",  # "Tue, 00 Jan 0000 00:00:00 GMT"
    ],
)
def test_not_a_date_is_an_error(client: Any, pkg: ModuleType, operation: str) -> None:
    with pytest.raises(pkg.DeserializationError):
        getattr(client.datetimerfc1123, operation)()


def test_max(client: Any) -> None:
    assert_utc(client.datetimerfc1123.get_utc_lowercase_max_date_time(), MAX)  # "fri, 31 dec 9999 23:59:59 gmt"
    assert_utc(client.datetimerfc1123.get_utc_uppercase_max_date_time(), MAX)
    client.datetimerfc1123.put_utc_max_date_time(MAX)  # "Fri, 31 Dec 9999 23:59:59 GMT"


def test_put_min(client: Any) -> None:
    client.datetimerfc1123.put_utc_min_date_time(MIN)  # "Mon, 01 Jan 0001 00:00:00 GMT"


def test_get_min_is_a_datetime(client: Any) -> None:
    assert_utc(client.datetimerfc1123.get_utc_min_date_time(), MIN)
