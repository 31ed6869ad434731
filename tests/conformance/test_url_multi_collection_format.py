"""url-multi-collectionFormat.json: arrays sent as repeated query parameters (AutoRest test server)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "url-multi-collectionFormat.json"
RESERVED = "begin!*'();:@ &=+$,/?#[]end"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestUrlMutliCollectionFormatTestServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_multi_null(client: Any) -> None:
    client.queries.array_string_multi_null()  # no arrayQuery at all
    client.queries.array_string_multi_null(array_query=None)


def test_multi_empty(client: Any) -> None:
    client.queries.array_string_multi_empty(array_query=[])  # no item, no parameter


def test_multi_valid(client: Any) -> None:
    # ?arrayQuery=ArrayQuery1&arrayQuery=begin...end&arrayQuery=&arrayQuery=
    client.queries.array_string_multi_valid(array_query=["ArrayQuery1", RESERVED, "", ""])


def test_multi_valid_with_a_null_item(client: Any) -> None:
    client.queries.array_string_multi_valid(array_query=["ArrayQuery1", RESERVED, None, ""])


def test_items_are_validated(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.ParameterValidationError):
        client.queries.array_string_multi_valid(array_query="ArrayQuery1")  # not a list
