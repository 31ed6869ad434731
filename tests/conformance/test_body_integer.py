"""body-integer.json: int32, int64 and unixtime in bodies (AutoRest test server)."""

from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "body-integer.json"
INT32_MAX, INT32_MIN = 2**31 - 1, -(2**31)
INT64_MAX, INT64_MIN = 2**63 - 1, -(2**63)
APRIL_13_2016 = dt.datetime(2016, 4, 13, tzinfo=dt.UTC)  # 1460505600


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestIntegerTestServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


@pytest.fixture
def strict(pkg: ModuleType, testserver: AutorestServer) -> Any:
    """A client that raises on responses deviating from the spec (strict_responses=True)."""
    with pkg.AutoRestIntegerTestServiceClient(endpoint=testserver.url, retries=0, strict_responses=True) as client:
        yield client


def test_null(client: Any) -> None:
    assert client.int.get_null() is None  # x-nullable: an empty body is None


def test_invalid_is_an_error(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        client.int.get_invalid()  # 123jkl


def test_put_int32_limits(client: Any) -> None:
    client.int.put_max32(INT32_MAX)
    client.int.put_min32(INT32_MIN)


def test_put_int64_limits(client: Any) -> None:
    client.int.put_max64(INT64_MAX)
    client.int.put_min64(INT64_MIN)


def test_int32_overflow_is_an_error(client: Any, strict: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        strict.int.get_overflow_int32()  # 2147483656
    assert client.int.get_overflow_int32() == 2147483656  # tolerated: kept, as the Azure SDK


def test_int32_underflow_is_an_error(client: Any, strict: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        strict.int.get_underflow_int32()  # -2147483656
    assert client.int.get_underflow_int32() == -2147483656  # tolerated: kept, as the Azure SDK


def test_int64_overflow_is_an_error(client: Any, strict: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        strict.int.get_overflow_int64()  # 9223372036854775910
    assert client.int.get_overflow_int64() == 9223372036854775910  # tolerated: kept, as the Azure SDK


def test_int64_underflow_is_an_error(client: Any, strict: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        strict.int.get_underflow_int64()  # -9223372036854775910
    assert client.int.get_underflow_int64() == -9223372036854775910  # tolerated: kept, as the Azure SDK


@pytest.mark.parametrize(
    ("operation", "value"),
    [("put_max32", INT32_MAX + 1), ("put_min32", INT32_MIN - 1), ("put_max64", INT64_MAX + 1), ("put_min64", INT64_MIN - 1)],
)
def test_out_of_range_argument_is_refused(client: Any, pkg: ModuleType, operation: str, value: int) -> None:
    with pytest.raises(pkg.ParameterValidationError):
        getattr(client.int, operation)(value)


def test_unix_time(client: Any) -> None:
    result = client.int.get_unix_time()
    assert type(result) is dt.datetime
    assert result == APRIL_13_2016
    assert result.utcoffset() == dt.timedelta(0)
    client.int.put_unix_time_date(APRIL_13_2016)  # sent as the integer 1460505600


def test_unix_time_invalid_and_null(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        client.int.get_invalid_unix_time()  # 123jkl
    assert client.int.get_null_unix_time() is None
