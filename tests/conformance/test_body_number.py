"""body-number.json: float, double and decimal in bodies (AutoRest test server).

Every format is a Python ``float`` (``decimal`` too: no ``Decimal`` in a client's API).
A PUT whose body is a required single-value enum is a constant: the value is never asked.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "body-number.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestNumberTestServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def assert_float(value: object, expected: float) -> None:
    assert type(value) is float
    assert value == expected


def test_null(client: Any) -> None:
    assert client.number.get_null() is None  # x-nullable: an empty body is None


@pytest.mark.parametrize("operation", ["get_invalid_float", "get_invalid_double", "get_invalid_decimal"])
def test_invalid_is_an_error(client: Any, pkg: ModuleType, operation: str) -> None:
    with pytest.raises(pkg.DeserializationError):
        getattr(client.number, operation)()  # 2147483656.090096789909j, 9223372036854775910.980089k


def test_float_scientific_notation(client: Any) -> None:
    assert_float(client.number.get_big_float(), 3.402823e20)
    client.number.put_big_float(3.402823e20)
    assert_float(client.number.get_small_float(), 3.402823e-20)
    client.number.put_small_float(3.402823e-20)


def test_double_scientific_notation(client: Any) -> None:
    assert_float(client.number.get_big_double(), 2.5976931e101)
    client.number.put_big_double(2.5976931e101)
    assert_float(client.number.get_small_double(), 2.5976931e-101)
    client.number.put_small_double(2.5976931e-101)


def test_double_big_decimals_are_constants(client: Any) -> None:
    assert_float(client.number.get_big_double_positive_decimal(), 99999999.99)
    client.number.put_big_double_positive_decimal()
    assert_float(client.number.get_big_double_negative_decimal(), -99999999.99)
    client.number.put_big_double_negative_decimal()


def test_decimal_format_is_a_float(client: Any) -> None:
    assert_float(client.number.get_big_decimal(), 2.5976931e101)
    client.number.put_big_decimal(2.5976931e101)
    assert_float(client.number.get_small_decimal(), 2.5976931e-101)
    client.number.put_small_decimal(2.5976931e-101)
    assert_float(client.number.get_big_decimal_positive_decimal(), 99999999.99)
    client.number.put_big_decimal_positive_decimal()
    assert_float(client.number.get_big_decimal_negative_decimal(), -99999999.99)
    client.number.put_big_decimal_negative_decimal()


def test_a_string_is_not_a_number(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.ParameterValidationError):
        client.number.put_big_double("2.5976931e+101")
