"""reserved-words.json: Python keywords and builtins as group, parameter and body names
(AutoRest test server).

Every operation of this spec declares a JSON object as its 200 response, but the server
answers 200 with no body at all. As in test_body_string.test_not_provided, an empty body
where the spec promises a value is read as None (strict_responses=True: a
DeserializationError naming the status); no HttpResponseError, so the server accepted the
request (it answers 400 otherwise).
"""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "reserved-words.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.ReservedWordsClient(endpoint=testserver.url, retries=0) as client:
        yield client


def _accepted(pkg: ModuleType, call: Callable[..., Any], *args: Any, **kwargs: Any) -> None:
    """Call; the server must take the request (200, with its empty body: None)."""
    assert call(*args, **kwargs) is None


def test_operation_group_named_import(client: Any, pkg: ModuleType) -> None:
    # The group "import" is reached as client.import_ (a keyword cannot be an attribute).
    _accepted(pkg, client.import_.operation_one, "foo")
    with pytest.raises(pkg.HttpResponseError) as caught:
        client.import_.operation_one("bar")  # the server wants "foo"
    assert caught.value.status_code == 400


def test_body_named_json(client: Any, pkg: ModuleType) -> None:
    _accepted(pkg, client.operation_with_json_param, {"hello": "world"})
    _accepted(pkg, client.operation_with_json_param, json={"hello": "world"})


def test_body_named_content(client: Any, pkg: ModuleType) -> None:
    _accepted(pkg, client.operation_with_content_param, b"hello, world")


def test_form_fields_named_data_and_world(client: Any, pkg: ModuleType) -> None:
    _accepted(pkg, client.operation_with_data_param, "hello", "world")


def test_form_fields_named_files(client: Any, pkg: ModuleType) -> None:
    _accepted(pkg, client.operation_with_files_param, b"file contents", "my.txt")


def test_parameters_named_url_header_query(client: Any, pkg: ModuleType) -> None:
    # GET /reservedWords/foo?queryParameters=one&queryParameters=two (collectionFormat multi)
    _accepted(pkg, client.operation_with_url, "foo", "x", query_parameters=["one", "two"])


def test_enum_value_named_import(client: Any, pkg: ModuleType) -> None:
    _accepted(pkg, client.reserved_enum, pkg.models.MyEnum.IMPORT)  # header enumParameter: import
    _accepted(pkg, client.reserved_enum, "import")
    assert pkg.models.MyEnum.IMPORT == "import"
