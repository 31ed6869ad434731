"""url.json: path, query and path-item parameters of every primitive type (AutoRest test server)."""

from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "url.json"
MULTIBYTE = "\u554a\u9f44\u4e02\u72db\u72dc\uf9f1\uf92c\uf9f1\ufa0c\ufa29"  # CJK compatibility ideographs: no NFC
RESERVED = "begin!*'();:@ &=+$,/?#[]end"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    # globalStringPath is a required top-level parameter: a positional client argument.
    with pkg.AutoRestUrlTestServiceClient("globalStringPath", endpoint=testserver.url, retries=0) as client:
        yield client


# ---------------------------------------------------------------------------------------
# paths


def test_path_constants(client: Any) -> None:
    # Every one of these path parameters is a required single-value enum: never passed.
    client.paths.get_boolean_true()
    client.paths.get_boolean_false()
    client.paths.get_int_one_million()
    client.paths.get_int_negative_one_million()
    client.paths.get_ten_billion()
    client.paths.get_negative_ten_billion()
    client.paths.float_scientific_positive()
    client.paths.float_scientific_negative()
    client.paths.double_decimal_positive()
    client.paths.double_decimal_negative()
    client.paths.date_valid()
    client.paths.date_time_valid()


def test_path_strings(client: Any) -> None:
    client.paths.string_unicode()
    client.paths.string_url_encoded()  # every reserved character percent-encoded in the segment


def test_path_string_skip_url_encoding(client: Any) -> None:
    # x-ms-skip-url-encoding: the value goes into the path as it is.
    client.paths.string_url_non_encoded()


def test_path_empty_string_constants(client: Any) -> None:
    client.paths.string_empty()
    client.paths.byte_empty()


def test_path_enum(client: Any, pkg: ModuleType) -> None:
    client.paths.enum_valid(pkg.models.UriColor.GREEN_COLOR)
    client.paths.enum_valid("green color")  # the plain value works as well


def test_path_bytes(client: Any) -> None:
    client.paths.byte_multi_byte(MULTIBYTE.encode("utf-8"))  # base64 in the path
    client.paths.base64_url(b"lorem")  # base64url without padding: bG9yZW0


def test_path_unix_time(client: Any) -> None:
    client.paths.unix_time_url(dt.datetime(2016, 4, 13, tzinfo=dt.UTC))  # 1460505600


def test_path_array_csv(client: Any) -> None:
    client.paths.array_csv_in_path(["ArrayPath1", RESERVED, "", ""])


def test_required_path_values_cannot_be_none(client: Any, pkg: ModuleType) -> None:
    # The server answers 400 to these; a client must not even send them.
    with pytest.raises(pkg.ParameterValidationError):
        client.paths.string_null(None)
    with pytest.raises(pkg.ParameterValidationError):
        client.paths.enum_null(None)
    with pytest.raises(pkg.ParameterValidationError):
        client.paths.byte_null(None)
    with pytest.raises(pkg.ParameterValidationError):
        client.paths.date_null(None)
    with pytest.raises(pkg.ParameterValidationError):
        client.paths.date_time_null(None)


def test_path_validation_is_a_value_error(client: Any, pkg: ModuleType) -> None:
    assert issubclass(pkg.ParameterValidationError, ValueError)
    with pytest.raises(pkg.ParameterValidationError):
        client.paths.enum_valid("purple")  # UriColor is a closed enum


# ---------------------------------------------------------------------------------------
# queries


def test_query_constants(client: Any) -> None:
    client.queries.get_boolean_true()
    client.queries.get_boolean_false()
    client.queries.get_int_one_million()
    client.queries.get_int_negative_one_million()
    client.queries.get_ten_billion()
    client.queries.get_negative_ten_billion()
    client.queries.float_scientific_positive()
    client.queries.float_scientific_negative()
    client.queries.double_decimal_positive()
    client.queries.double_decimal_negative()
    client.queries.string_unicode()
    client.queries.string_url_encoded()
    client.queries.string_empty()  # ?stringQuery=
    client.queries.byte_empty()  # ?byteQuery=
    client.queries.date_valid()
    client.queries.date_time_valid()


def test_optional_queries_left_out(client: Any) -> None:
    # No value: the query parameter is not sent at all.
    client.queries.get_boolean_null()
    client.queries.get_int_null()
    client.queries.get_long_null()
    client.queries.float_null()
    client.queries.double_null()
    client.queries.string_null()
    client.queries.enum_null()
    client.queries.byte_null()
    client.queries.date_null()
    client.queries.date_time_null()
    # ... and None is the same as leaving it out.
    client.queries.string_null(string_query=None)
    client.queries.enum_null(enum_query=None)
    client.queries.date_time_null(date_time_query=None)


def test_query_enum_and_bytes(client: Any, pkg: ModuleType) -> None:
    client.queries.enum_valid(enum_query=pkg.models.UriColor.GREEN_COLOR)
    client.queries.byte_multi_byte(byte_query=MULTIBYTE.encode("utf-8"))


def test_query_arrays(client: Any) -> None:
    values = ["ArrayQuery1", RESERVED, "", ""]
    client.queries.array_string_csv_valid(array_query=values)  # ArrayQuery1,begin...end,,
    client.queries.array_string_csv_null()
    client.queries.array_string_csv_null(array_query=None)
    client.queries.array_string_csv_empty(array_query=[])  # ?arrayQuery=
    client.queries.array_string_ssv_valid(array_query=values)
    client.queries.array_string_tsv_valid(array_query=values)
    client.queries.array_string_pipes_valid(array_query=values)
    # No collectionFormat: csv, the Swagger default.
    client.queries.array_string_no_collection_format_empty(array_query=["hello", "nihao", "bonjour"])


def test_query_validation(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.ParameterValidationError):
        client.queries.enum_valid(enum_query="purple")


# ---------------------------------------------------------------------------------------
# path items: parameters of the path item, the operation and the client together


def test_path_item_all_values(pkg: ModuleType, testserver: AutorestServer) -> None:
    with pkg.AutoRestUrlTestServiceClient(
        "globalStringPath", global_string_query="globalStringQuery", endpoint=testserver.url, retries=0
    ) as client:
        client.path_items.get_all_with_values(
            "pathItemStringPath",
            "localStringPath",
            path_item_string_query="pathItemStringQuery",
            local_string_query="localStringQuery",
        )
        client.path_items.get_local_path_item_query_null(
            "pathItemStringPath",
            "localStringPath",
            path_item_string_query=None,
            local_string_query=None,
        )


def test_path_item_global_query_null(client: Any) -> None:
    # The client was built without global_string_query: it is never sent.
    client.path_items.get_global_query_null(
        "pathItemStringPath",
        "localStringPath",
        path_item_string_query="pathItemStringQuery",
        local_string_query="localStringQuery",
    )
    client.path_items.get_global_and_local_query_null(
        "pathItemStringPath",
        "localStringPath",
        path_item_string_query="pathItemStringQuery",
    )


def test_client_arguments_are_validated(pkg: ModuleType, testserver: AutorestServer) -> None:
    with pytest.raises(pkg.ParameterValidationError):
        pkg.AutoRestUrlTestServiceClient(None, endpoint=testserver.url)  # required
