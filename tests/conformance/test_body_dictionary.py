"""body-dictionary.json: JSON objects used as dictionaries (``additionalProperties``) of
every primitive, of models, arrays and dictionaries (AutoRest test server).

Only the dictionaries and values the swagger marks ``x-nullable`` may be null; any other
null, a wrong value type, broken JSON or an empty body is a response that does not match
the spec: DeserializationError.
"""

from __future__ import annotations

import datetime as _dt
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "body-dictionary.json"
UTC = _dt.UTC
BYTES = {"0": bytes([255, 255, 255, 250]), "1": bytes([1, 2, 3]), "2": bytes([37, 41, 67])}
NESTED = {
    "0": {"1": "one", "2": "two", "3": "three"},
    "1": {"4": "four", "5": "five", "6": "six"},
    "2": {"7": "seven", "8": "eight", "9": "nine"},
}


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestSwaggerBATDictionaryServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


@pytest.fixture
def strict(pkg: ModuleType, testserver: AutorestServer) -> Any:
    """A client that raises on responses deviating from the spec (strict_responses=True)."""
    with pkg.AutoRestSwaggerBATDictionaryServiceClient(endpoint=testserver.url, retries=0, strict_responses=True) as client:
        yield client


def _types(values: dict[str, Any]) -> set[type]:
    return {type(value) for value in values.values()}


# --- the dictionary itself ----------------------------------------------------------


def test_null_body_is_an_error(client: Any, strict: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        strict.dictionary.get_null()  # empty body; the dictionary is not x-nullable
    assert client.dictionary.get_null() is None  # tolerated, as the Azure SDK


def test_empty(client: Any) -> None:
    result = client.dictionary.get_empty()
    assert result == {} and type(result) is dict
    client.dictionary.put_empty({})


def test_null_value_is_an_error(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_null_value()  # {"key1": null}; the values are not x-nullable


def test_null_key_is_invalid_json(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_null_key()  # {null : "val1"}


def test_empty_string_key(client: Any) -> None:
    assert client.dictionary.get_empty_string_key() == {"": "val1"}


def test_invalid_json_is_an_error(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_invalid()  # {"key1": "val1", "key2", "val2"


# --- primitives ---------------------------------------------------------------------


def test_boolean(client: Any, pkg: ModuleType) -> None:
    expected = {"0": True, "1": False, "2": False, "3": True}
    result = client.dictionary.get_boolean_tfft()
    assert result == expected and _types(result) == {bool}
    client.dictionary.put_boolean_tfft(expected)
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_boolean_invalid_null()  # {"0": true, "1": null, "2": false}
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_boolean_invalid_string()  # {"0": true, "1": "boolean", "2": false}


def test_integer(client: Any, pkg: ModuleType) -> None:
    expected = {"0": 1, "1": -1, "2": 3, "3": 300}
    result = client.dictionary.get_integer_valid()
    assert result == expected and _types(result) == {int}
    client.dictionary.put_integer_valid(expected)
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_int_invalid_null()
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_int_invalid_string()


def test_long(client: Any, pkg: ModuleType) -> None:
    expected = {"0": 1, "1": -1, "2": 3, "3": 300}
    result = client.dictionary.get_long_valid()
    assert result == expected and _types(result) == {int}
    client.dictionary.put_long_valid(expected)
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_long_invalid_null()
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_long_invalid_string()


def test_float(client: Any, pkg: ModuleType) -> None:
    expected = {"0": 0.0, "1": -0.01, "2": -1.2e20}
    result = client.dictionary.get_float_valid()
    assert result == expected and _types(result) == {float}
    client.dictionary.put_float_valid(expected)
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_float_invalid_null()
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_float_invalid_string()


def test_double(client: Any, pkg: ModuleType) -> None:
    expected = {"0": 0.0, "1": -0.01, "2": -1.2e20}
    result = client.dictionary.get_double_valid()
    assert result == expected and _types(result) == {float}
    client.dictionary.put_double_valid(expected)
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_double_invalid_null()
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_double_invalid_string()


def test_string(client: Any, pkg: ModuleType) -> None:
    expected = {"0": "foo1", "1": "foo2", "2": "foo3"}
    result = client.dictionary.get_string_valid()
    assert result == expected and _types(result) == {str}
    client.dictionary.put_string_valid(expected)
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_string_with_null()  # {"0": "foo", "1": null, "2": "foo2"}: not x-nullable
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_string_with_invalid()  # {"0": "foo", "1": 123, "2": "foo2"}


def test_date(client: Any, pkg: ModuleType) -> None:
    expected = {"0": _dt.date(2000, 12, 1), "1": _dt.date(1980, 1, 2), "2": _dt.date(1492, 10, 12)}
    result = client.dictionary.get_date_valid()
    assert result == expected and _types(result) == {_dt.date}
    client.dictionary.put_date_valid(expected)
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_date_invalid_null()
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_date_invalid_chars()


def test_date_time(client: Any, pkg: ModuleType) -> None:
    result = client.dictionary.get_date_time_valid()
    # "2000-12-01t00:00:01z", "1980-01-02T00:11:35+01:00", "1492-10-12T10:15:01-08:00"
    assert result == {
        "0": _dt.datetime(2000, 12, 1, 0, 0, 1, tzinfo=UTC),
        "1": _dt.datetime(1980, 1, 1, 23, 11, 35, tzinfo=UTC),
        "2": _dt.datetime(1492, 10, 12, 18, 15, 1, tzinfo=UTC),
    }
    assert _types(result) == {_dt.datetime}
    assert result["2"].utcoffset() == _dt.timedelta(hours=-8)  # the offset sent is kept
    # Sent back in UTC: {"0": "2000-12-01T00:00:01Z", "1": "1980-01-01T23:11:35Z", "2": "1492-10-12T18:15:01Z"}
    client.dictionary.put_date_time_valid(result)
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_date_time_invalid_null()
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_date_time_invalid_chars()


def test_date_time_rfc1123(client: Any) -> None:
    expected = {
        "0": _dt.datetime(2000, 12, 1, 0, 0, 1, tzinfo=UTC),
        "1": _dt.datetime(1980, 1, 2, 0, 11, 35, tzinfo=UTC),
        "2": _dt.datetime(1492, 10, 12, 10, 15, 1, tzinfo=UTC),
    }
    result = client.dictionary.get_date_time_rfc1123_valid()
    assert result == expected and _types(result) == {_dt.datetime}
    client.dictionary.put_date_time_rfc1123_valid(expected)


def test_duration(client: Any) -> None:
    expected = {
        "0": _dt.timedelta(days=123, hours=22, minutes=14, seconds=12, milliseconds=11),
        "1": _dt.timedelta(days=5, hours=1),
    }
    result = client.dictionary.get_duration_valid()
    assert result == expected and _types(result) == {_dt.timedelta}
    client.dictionary.put_duration_valid(expected)


def test_byte(client: Any, pkg: ModuleType) -> None:
    result = client.dictionary.get_byte_valid()
    assert result == BYTES and _types(result) == {bytes}
    client.dictionary.put_byte_valid(dict(BYTES))
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_byte_invalid_null()  # {"0": base64, "1": null}


def test_base64url(client: Any) -> None:
    result = client.dictionary.get_base64_url()
    assert result == {"0": b"a string that gets encoded with base64url", "1": b"test string", "2": b"Lorem ipsum"}
    assert _types(result) == {bytes}


# --- dictionaries of models ---------------------------------------------------------


def test_complex(client: Any, pkg: ModuleType) -> None:
    widget = pkg.models.Widget
    assert client.dictionary.get_complex_null() is None  # the dictionary is x-nullable
    assert client.dictionary.get_complex_empty() == {}
    result = client.dictionary.get_complex_item_empty()
    assert result == {"0": widget(integer=1, string="2"), "1": widget(), "2": widget(integer=5, string="6")}
    valid = {"0": widget(integer=1, string="2"), "1": widget(integer=3, string="4"), "2": widget(integer=5, string="6")}
    result = client.dictionary.get_complex_valid()
    assert result == valid and _types(result) == {widget}
    client.dictionary.put_complex_valid(valid)


def test_nullable_model_values(client: Any, pkg: ModuleType) -> None:
    widget = pkg.models.Widget
    assert client.dictionary.get_complex_item_null() == {
        "0": widget(integer=1, string="2"),
        "1": None,
        "2": widget(integer=5, string="6"),
    }


# --- dictionaries of arrays ---------------------------------------------------------


def test_dictionary_of_arrays(client: Any) -> None:
    valid = {"0": ["1", "2", "3"], "1": ["4", "5", "6"], "2": ["7", "8", "9"]}
    assert client.dictionary.get_array_null() is None  # x-nullable
    assert client.dictionary.get_array_empty() == {}
    assert client.dictionary.get_array_item_empty() == {"0": ["1", "2", "3"], "1": [], "2": ["7", "8", "9"]}
    result = client.dictionary.get_array_valid()
    assert result == valid and _types(result) == {list}
    client.dictionary.put_array_valid(valid)


def test_nullable_array_values(client: Any) -> None:
    assert client.dictionary.get_array_item_null() == {"0": ["1", "2", "3"], "1": None, "2": ["7", "8", "9"]}


# --- dictionaries of dictionaries ---------------------------------------------------


def test_dictionary_of_dictionaries(client: Any, strict: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        strict.dictionary.get_dictionary_null()  # empty body; this one is not x-nullable
    assert client.dictionary.get_dictionary_null() is None
    assert client.dictionary.get_dictionary_empty() == {}
    assert client.dictionary.get_dictionary_item_empty() == {"0": NESTED["0"], "1": {}, "2": NESTED["2"]}
    result = client.dictionary.get_dictionary_valid()
    assert result == NESTED and _types(result) == {dict}
    client.dictionary.put_dictionary_valid(NESTED)


def test_nullable_dictionary_values(client: Any) -> None:
    assert client.dictionary.get_dictionary_item_null() == {"0": NESTED["0"], "1": None, "2": NESTED["2"]}
