"""constants.json: single-value enums, x-ms-client-default and client constants (AutoRest test server).

The server checks one scenario of this spec (ConstantClientProperties, the client-level
constants); it has no route for the sixteen ``contants_put*`` operations, so those are
checked on the request the client sends, caught by an ``httpx.MockTransport``.

What the spec says, and what a client must do with the ``input`` query parameter:

- ``modelAsString: false`` is a closed enum: other values are refused (ParameterValidationError);
  ``modelAsString: true`` is open: any string goes.
- A required closed enum with one value is a constant: never asked, always sent.
  An open one is not a constant (other values are allowed): it is asked.
- ``x-ms-client-default`` is the value the client sends when the caller gives none; a
  required parameter that has one may be left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType
from typing import Any

import httpx
import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "constants.json"
CLIENT = "AutoRestSwaggerConstantServiceClient"


def _make_client(pkg: ModuleType, **kwargs: Any) -> Any:
    return getattr(pkg, CLIENT)(**kwargs)  # the client constants are never asked


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def sent() -> list[httpx.Request]:
    return []


@pytest.fixture
def client(pkg: ModuleType, sent: list[httpx.Request]) -> Iterator[Any]:
    """A client whose requests are recorded in ``sent`` and answered 201 (the spec's status)."""

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200 if "/clientConstants/" in request.url.path else 201)

    with httpx.Client(transport=httpx.MockTransport(answer)) as http_client:
        with _make_client(pkg, endpoint="http://constants.test", http_client=http_client, retries=0) as client:
            yield client


def query_input(sent: list[httpx.Request]) -> list[str]:
    assert len(sent) == 1
    return sent[0].url.params.get_list("input")


# --- the server's scenario: constants of the client -------------------------------------------


def test_client_constants_are_never_asked(pkg: ModuleType, testserver: AutorestServer) -> None:
    with getattr(pkg, CLIENT)(endpoint=testserver.url, retries=0) as client:
        client.contants.put_client_constants()  # ConstantClientProperties


def test_client_constants_on_the_wire(client: Any, sent: list[httpx.Request]) -> None:
    client.contants.put_client_constants()
    (request,) = sent
    assert request.method == "PUT"
    assert request.url.path == "/constants/clientConstants/path"
    assert dict(request.url.params) == {"query-constant": "100"}
    assert request.headers["header-constant"] == "true"


# --- what each operation sends ----------------------------------------------------------------

NO = "put_no_model_as_string_"
MODEL = "put_model_as_string_"
CASES = [
    # (operation, arguments, the `input` values sent)
    (NO + "no_required_two_value_no_default", {}, []),
    (NO + "no_required_two_value_no_default", {"input": "value2"}, ["value2"]),
    (NO + "no_required_two_value_default", {}, ["value1"]),
    (NO + "no_required_two_value_default", {"input": "value2"}, ["value2"]),
    (NO + "no_required_one_value_no_default", {}, []),
    (NO + "no_required_one_value_no_default", {"input": "value1"}, ["value1"]),
    (NO + "no_required_one_value_default", {}, ["value1"]),
    (NO + "required_two_value_no_default", {"input": "value2"}, ["value2"]),
    (NO + "required_two_value_default", {}, ["value1"]),
    (NO + "required_two_value_default", {"input": "value2"}, ["value2"]),
    (NO + "required_one_value_no_default", {}, ["value1"]),  # a constant
    (NO + "required_one_value_default", {}, ["value1"]),  # a constant
    (MODEL + "no_required_two_value_no_default", {}, []),
    (MODEL + "no_required_two_value_no_default", {"input": "value3"}, ["value3"]),
    (MODEL + "no_required_two_value_default", {}, ["value1"]),
    (MODEL + "no_required_two_value_default", {"input": "value3"}, ["value3"]),
    (MODEL + "no_required_one_value_no_default", {}, []),
    (MODEL + "no_required_one_value_no_default", {"input": "value2"}, ["value2"]),
    (MODEL + "no_required_one_value_default", {}, ["value1"]),
    (MODEL + "no_required_one_value_default", {"input": "value2"}, ["value2"]),
    (MODEL + "required_two_value_no_default", {"input": "value3"}, ["value3"]),
    (MODEL + "required_two_value_default", {}, ["value1"]),
    (MODEL + "required_two_value_default", {"input": "value3"}, ["value3"]),
    (MODEL + "required_one_value_no_default", {"input": "value2"}, ["value2"]),
    (MODEL + "required_one_value_default", {}, ["value1"]),
    (MODEL + "required_one_value_default", {"input": "value2"}, ["value2"]),
]


def _case_id(value: object) -> str:
    if isinstance(value, dict):
        return f"input={value['input']}" if value else "no-input"
    if isinstance(value, list):
        return "sends-" + ("-".join(value) or "nothing")
    return str(value)


@pytest.mark.parametrize(("operation", "arguments", "expected"), CASES, ids=_case_id)
def test_input_sent(
    client: Any, sent: list[httpx.Request], operation: str, arguments: dict[str, str], expected: list[str]
) -> None:
    getattr(client.contants, operation)(**arguments)
    assert sent[0].method == "PUT"
    assert query_input(sent) == expected


def test_enum_members_are_sent_by_value(client: Any, pkg: ModuleType, sent: list[httpx.Request]) -> None:
    member = pkg.models.NoModelAsStringRequiredTwoValueNoDefaultOpEnum("value2")
    client.contants.put_no_model_as_string_required_two_value_no_default(member)
    assert query_input(sent) == ["value2"]


@pytest.mark.parametrize(
    ("operation", "value"),
    [
        (NO + "no_required_two_value_no_default", "value3"),
        (NO + "no_required_two_value_default", "value3"),
        (NO + "no_required_one_value_no_default", "value2"),
        (NO + "no_required_one_value_default", "value2"),
        (NO + "required_two_value_no_default", "value3"),
        (NO + "required_two_value_default", "value3"),
    ],
)
def test_closed_enums_refuse_other_values(
    client: Any, pkg: ModuleType, sent: list[httpx.Request], operation: str, value: str
) -> None:
    with pytest.raises(pkg.ParameterValidationError):
        getattr(client.contants, operation)(input=value)
    assert sent == []


@pytest.mark.parametrize(
    "operation",
    [
        NO + "required_two_value_no_default",
        MODEL + "required_two_value_no_default",
        MODEL + "required_one_value_no_default",
    ],
)
def test_required_without_default_must_be_given(client: Any, sent: list[httpx.Request], operation: str) -> None:
    with pytest.raises(TypeError):
        getattr(client.contants, operation)()
    assert sent == []


@pytest.mark.parametrize(
    "operation",
    [NO + "required_one_value_no_default", NO + "required_one_value_default"],
)
def test_closed_single_value_constants_are_not_asked(client: Any, operation: str) -> None:
    with pytest.raises(TypeError):
        getattr(client.contants, operation)(input="value1")
