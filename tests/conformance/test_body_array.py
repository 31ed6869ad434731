"""body-array.json: JSON arrays of every primitive, of models, arrays and dictionaries
(AutoRest test server).

The swagger marks the items of a few arrays ``x-nullable``; only those may hold a null.
A null where the spec does not allow one, a wrong item type or broken JSON is a response that
does not match the spec: DeserializationError. An empty body for a non-nullable array, or a
uuid item that is not a UUID, is tolerated (None; the string kept) unless the client has
strict_responses=True.
"""

from __future__ import annotations

import datetime as _dt
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "body-array.json"
UTC = _dt.UTC
UUIDS = [
    "6dcc7237-45fe-45c4-8a6b-3a8a3f625652",
    "d1399005-30f7-40d6-8da6-dd7c89ad34db",
    "f42f6aa1-a5bc-4ddf-907e-5f915de43205",
]
BYTES = [bytes([255, 255, 255, 250]), bytes([1, 2, 3]), bytes([37, 41, 67])]


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestSwaggerBATArrayServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


@pytest.fixture
def strict(pkg: ModuleType, testserver: AutorestServer) -> Any:
    """A client that raises on responses deviating from the spec (strict_responses=True)."""
    with pkg.AutoRestSwaggerBATArrayServiceClient(endpoint=testserver.url, retries=0, strict_responses=True) as client:
        yield client


def _types(values: list[Any]) -> set[type]:
    return {type(value) for value in values}


# --- the array itself ---------------------------------------------------------------


def test_null_body_is_an_error(client: Any, strict: Any, pkg: ModuleType) -> None:
    # The 200 response is an array the spec does not mark x-nullable; an empty body is not one.
    with pytest.raises(pkg.DeserializationError):
        strict.array.get_null()
    assert client.array.get_null() is None  # tolerated, as the Azure SDK


def test_invalid_json_is_an_error(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        client.array.get_invalid()  # "[1, 2, 3"


def test_empty(client: Any) -> None:
    result = client.array.get_empty()
    assert result == [] and type(result) is list
    client.array.put_empty([])


# --- primitives ---------------------------------------------------------------------


def test_boolean(client: Any, pkg: ModuleType) -> None:
    result = client.array.get_boolean_tfft()
    assert result == [True, False, False, True] and _types(result) == {bool}
    client.array.put_boolean_tfft([True, False, False, True])
    with pytest.raises(pkg.DeserializationError):
        client.array.get_boolean_invalid_null()  # [true, null, false]
    with pytest.raises(pkg.DeserializationError):
        client.array.get_boolean_invalid_string()  # [true, "boolean", false]


def test_integer(client: Any, pkg: ModuleType) -> None:
    result = client.array.get_integer_valid()
    assert result == [1, -1, 3, 300] and _types(result) == {int}
    client.array.put_integer_valid([1, -1, 3, 300])
    with pytest.raises(pkg.DeserializationError):
        client.array.get_int_invalid_null()  # [1, null, 0]
    with pytest.raises(pkg.DeserializationError):
        client.array.get_int_invalid_string()  # [1, "integer", 0]


def test_long(client: Any, pkg: ModuleType) -> None:
    result = client.array.get_long_valid()
    assert result == [1, -1, 3, 300] and _types(result) == {int}
    client.array.put_long_valid([1, -1, 3, 300])
    with pytest.raises(pkg.DeserializationError):
        client.array.get_long_invalid_null()
    with pytest.raises(pkg.DeserializationError):
        client.array.get_long_invalid_string()


def test_float(client: Any, pkg: ModuleType) -> None:
    result = client.array.get_float_valid()
    assert result == [0.0, -0.01, -1.2e20] and _types(result) == {float}
    client.array.put_float_valid([0.0, -0.01, -1.2e20])
    with pytest.raises(pkg.DeserializationError):
        client.array.get_float_invalid_null()  # [0.0, null, -1.2e20]
    with pytest.raises(pkg.DeserializationError):
        client.array.get_float_invalid_string()  # [1, "number", 0]


def test_double(client: Any, pkg: ModuleType) -> None:
    result = client.array.get_double_valid()
    assert result == [0.0, -0.01, -1.2e20] and _types(result) == {float}
    client.array.put_double_valid([0.0, -0.01, -1.2e20])
    with pytest.raises(pkg.DeserializationError):
        client.array.get_double_invalid_null()
    with pytest.raises(pkg.DeserializationError):
        client.array.get_double_invalid_string()


def test_string(client: Any, pkg: ModuleType) -> None:
    result = client.array.get_string_valid()
    assert result == ["foo1", "foo2", "foo3"] and _types(result) == {str}
    client.array.put_string_valid(["foo1", "foo2", "foo3"])
    with pytest.raises(pkg.DeserializationError):
        client.array.get_string_with_invalid()  # ["foo", 123, "foo2"]


def test_enum(client: Any, pkg: ModuleType) -> None:
    foo = pkg.models.FooEnum
    result = client.array.get_enum_valid()
    assert result == [foo.FOO1, foo.FOO2, foo.FOO3]
    assert [type(item) for item in result] == [foo, foo, foo]
    client.array.put_enum_valid([foo.FOO1, foo.FOO2, foo.FOO3])


def test_string_enum(client: Any, pkg: ModuleType) -> None:
    # An inline enum without x-ms-enum: its members come back as members of the enum.
    item = pkg.models.ArrayGetStringEnumValidResponseItem
    result = client.array.get_string_enum_valid()
    assert result == [item.FOO1, item.FOO2, item.FOO3]
    assert all(isinstance(value, item) for value in result)
    client.array.put_string_enum_valid(["foo1", "foo2", "foo3"])


def test_uuid(client: Any) -> None:
    result = client.array.get_uuid_valid()
    assert result == UUIDS and _types(result) == {str}
    client.array.put_uuid_valid(list(UUIDS))


def test_uuid_invalid_chars(client: Any, strict: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        strict.array.get_uuid_invalid_chars()  # ["6dcc7237-45fe-45c4-8a6b-3a8a3f625652", "foo"]
    assert client.array.get_uuid_invalid_chars() == ["6dcc7237-45fe-45c4-8a6b-3a8a3f625652", "foo"]


def test_date(client: Any, pkg: ModuleType) -> None:
    dates = [_dt.date(2000, 12, 1), _dt.date(1980, 1, 2), _dt.date(1492, 10, 12)]
    result = client.array.get_date_valid()
    assert result == dates and _types(result) == {_dt.date}
    client.array.put_date_valid(dates)
    with pytest.raises(pkg.DeserializationError):
        client.array.get_date_invalid_null()  # ["2012-01-01", null, "1776-07-04"]
    with pytest.raises(pkg.DeserializationError):
        client.array.get_date_invalid_chars()  # ["2011-03-22", "date"]


def test_date_time(client: Any, pkg: ModuleType) -> None:
    result = client.array.get_date_time_valid()
    # "2000-12-01t00:00:01z", "1980-01-02T00:11:35+01:00", "1492-10-12T10:15:01-08:00"
    assert result == [
        _dt.datetime(2000, 12, 1, 0, 0, 1, tzinfo=UTC),
        _dt.datetime(1980, 1, 2, 0, 11, 35, tzinfo=_dt.timezone(_dt.timedelta(hours=1))),
        _dt.datetime(1492, 10, 12, 10, 15, 1, tzinfo=_dt.timezone(_dt.timedelta(hours=-8))),
    ]
    assert _types(result) == {_dt.datetime} and all(value.tzinfo is not None for value in result)
    assert result[1].utcoffset() == _dt.timedelta(hours=1)  # the offset sent is kept
    client.array.put_date_time_valid(
        [
            _dt.datetime(2000, 12, 1, 0, 0, 1, tzinfo=UTC),
            _dt.datetime(1980, 1, 2, 0, 11, 35, tzinfo=UTC),
            _dt.datetime(1492, 10, 12, 10, 15, 1, tzinfo=UTC),
        ]
    )
    with pytest.raises(pkg.DeserializationError):
        client.array.get_date_time_invalid_null()  # ["2000-12-01T00:00:01.000Z", null]
    with pytest.raises(pkg.DeserializationError):
        client.array.get_date_time_invalid_chars()  # ["2000-12-01t00:00:01z", "date-time"]


def test_date_time_rfc1123(client: Any) -> None:
    expected = [
        _dt.datetime(2000, 12, 1, 0, 0, 1, tzinfo=UTC),
        _dt.datetime(1980, 1, 2, 0, 11, 35, tzinfo=UTC),
        _dt.datetime(1492, 10, 12, 10, 15, 1, tzinfo=UTC),
    ]
    result = client.array.get_date_time_rfc1123_valid()
    assert result == expected and _types(result) == {_dt.datetime}
    client.array.put_date_time_rfc1123_valid(expected)  # "Fri, 01 Dec 2000 00:00:01 GMT", ...


def test_duration(client: Any) -> None:
    expected = [
        _dt.timedelta(days=123, hours=22, minutes=14, seconds=12, milliseconds=11),
        _dt.timedelta(days=5, hours=1),
    ]
    result = client.array.get_duration_valid()  # ["P123DT22H14M12.011S", "P5DT1H0M0S"]
    assert result == expected and _types(result) == {_dt.timedelta}
    client.array.put_duration_valid(expected)  # ["P123DT22H14M12.011S", "P5DT1H"]


def test_byte(client: Any, pkg: ModuleType) -> None:
    result = client.array.get_byte_valid()
    assert result == BYTES and _types(result) == {bytes}
    client.array.put_byte_valid(list(BYTES))
    with pytest.raises(pkg.DeserializationError):
        client.array.get_byte_invalid_null()  # [base64(AB AC AD), null]


def test_base64url(client: Any) -> None:
    result = client.array.get_base64_url()
    assert result == [b"a string that gets encoded with base64url", b"test string", b"Lorem ipsum"]
    assert _types(result) == {bytes}


def test_nullable_string_items(client: Any) -> None:
    assert client.array.get_string_with_null() == ["foo", None, "foo2"]


def test_nullable_model_items(client: Any, pkg: ModuleType) -> None:
    product = pkg.models.Product
    assert client.array.get_complex_item_null() == [product(integer=1, string="2"), None, product(integer=5, string="6")]


def test_nullable_array_items(client: Any) -> None:
    assert client.array.get_array_item_null() == [["1", "2", "3"], None, ["7", "8", "9"]]


def test_nullable_dictionary_items(client: Any) -> None:
    first, third = {"1": "one", "2": "two", "3": "three"}, {"7": "seven", "8": "eight", "9": "nine"}
    assert client.array.get_dictionary_item_null() == [first, None, third]


# --- arrays of models ---------------------------------------------------------------


def test_complex(client: Any, strict: Any, pkg: ModuleType) -> None:
    product = pkg.models.Product
    with pytest.raises(pkg.DeserializationError):
        strict.array.get_complex_null()  # empty body; the array itself is not x-nullable
    assert client.array.get_complex_null() is None
    assert client.array.get_complex_empty() == []
    result = client.array.get_complex_item_empty()
    assert result == [product(integer=1, string="2"), product(), product(integer=5, string="6")]
    assert result[1].integer is None and result[1].string is None
    valid = [product(integer=1, string="2"), product(integer=3, string="4"), product(integer=5, string="6")]
    result = client.array.get_complex_valid()
    assert result == valid and _types(result) == {product}
    client.array.put_complex_valid(valid)


# --- arrays of arrays ---------------------------------------------------------------


def test_array_of_arrays(client: Any, strict: Any, pkg: ModuleType) -> None:
    valid = [["1", "2", "3"], ["4", "5", "6"], ["7", "8", "9"]]
    with pytest.raises(pkg.DeserializationError):
        strict.array.get_array_null()
    assert client.array.get_array_null() is None
    assert client.array.get_array_empty() == []
    assert client.array.get_array_item_empty() == [["1", "2", "3"], [], ["7", "8", "9"]]
    result = client.array.get_array_valid()
    assert result == valid and _types(result) == {list}
    client.array.put_array_valid(valid)


# --- arrays of dictionaries ---------------------------------------------------------


def test_array_of_dictionaries(client: Any, strict: Any, pkg: ModuleType) -> None:
    first = {"1": "one", "2": "two", "3": "three"}
    second = {"4": "four", "5": "five", "6": "six"}
    third = {"7": "seven", "8": "eight", "9": "nine"}
    with pytest.raises(pkg.DeserializationError):
        strict.array.get_dictionary_null()  # empty body; the array itself is not x-nullable
    assert client.array.get_dictionary_null() is None
    assert client.array.get_dictionary_empty() == []
    assert client.array.get_dictionary_item_empty() == [first, {}, third]
    result = client.array.get_dictionary_valid()
    assert result == [first, second, third] and _types(result) == {dict}
    client.array.put_dictionary_valid([first, second, third])
