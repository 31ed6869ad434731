"""header.json: header parameters and response headers of every primitive type (AutoRest test server).

Every ``header_response*`` operation declares its result only as response headers (no body).
The generated client returns them as a result class with one snake_case attribute per
declared header, parsed to the header's type (``None`` when absent or empty).
"""

from __future__ import annotations

import datetime as dt
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "header.json"
MULTIBYTE = "\u554a\u9f44\u4e02\u72db\u72dc\uf9f1\uf92c\uf9f1\ufa0c\ufa29"  # CJK compatibility ideographs: no NFC
FOX = "The quick brown fox jumps over the lazy dog"
UTC = dt.UTC
DURATION = dt.timedelta(days=123, hours=22, minutes=14, seconds=12, milliseconds=11)


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestSwaggerBATHeaderServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


# ---------------------------------------------------------------------------------------
# header parameters


def test_param_existing_key(client: Any) -> None:
    # A User-Agent header parameter of the spec replaces the client's own User-Agent.
    client.header.param_existing_key("overwrite")


def test_param_protected_key(client: Any) -> None:
    # ... and a Content-Type header parameter is sent as given.
    client.header.param_protected_key("text/html")


def test_param_integer_and_long(client: Any) -> None:
    client.header.param_integer("positive", 1)
    client.header.param_integer("negative", -2)
    client.header.param_long("positive", 105)
    client.header.param_long("negative", -2)


def test_param_float_and_double(client: Any) -> None:
    client.header.param_float("positive", 0.07)
    client.header.param_float("negative", -3.0)
    client.header.param_double("positive", 7e120)
    client.header.param_double("negative", -3.0)


def test_param_bool(client: Any) -> None:
    client.header.param_bool("true", True)
    client.header.param_bool("false", False)


def test_param_string(client: Any) -> None:
    client.header.param_string("valid", value=FOX)
    client.header.param_string("null")  # not sent
    client.header.param_string("null", value=None)
    client.header.param_string("empty", value="")


def test_param_dates(client: Any) -> None:
    client.header.param_date("valid", dt.date(2010, 1, 1))
    client.header.param_date("min", dt.date(1, 1, 1))  # 0001-01-01
    client.header.param_datetime("valid", dt.datetime(2010, 1, 1, 12, 34, 56, tzinfo=UTC))
    client.header.param_datetime("min", dt.datetime(1, 1, 1, tzinfo=UTC))


def test_param_datetime_rfc1123(client: Any) -> None:
    client.header.param_datetime_rfc1123("valid", value=dt.datetime(2010, 1, 1, 12, 34, 56, tzinfo=UTC))
    client.header.param_datetime_rfc1123("min", value=dt.datetime(1, 1, 1, tzinfo=UTC))  # Mon, 01 Jan 0001


def test_param_duration(client: Any) -> None:
    client.header.param_duration("valid", DURATION)  # P123DT22H14M12.011S


def test_param_byte(client: Any) -> None:
    client.header.param_byte("valid", MULTIBYTE.encode("utf-8"))


def test_param_enum(client: Any, pkg: ModuleType) -> None:
    client.header.param_enum("valid", value=pkg.models.GreyscaleColors.GREY)
    client.header.param_enum("valid", value="GREY")
    client.header.param_enum("null")
    client.header.param_enum("null", value=None)
    with pytest.raises(pkg.ParameterValidationError):
        client.header.param_enum("valid", value="grey")  # a closed enum, case-sensitive


def test_required_header_parameters(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.ParameterValidationError):
        client.header.param_integer("positive", None)
    with pytest.raises(pkg.ParameterValidationError):
        client.header.param_existing_key(None)


def test_custom_request_id(client: Any) -> None:
    client.header.custom_request_id(client_request_id="9C4D50EE-2D56-4CD3-8152-34347DC9F2B0")


def test_error_status(client: Any, pkg: ModuleType) -> None:
    # Any other User-Agent: 400 with the spec's Error model.
    with pytest.raises(pkg.HttpResponseError) as caught:
        client.header.param_existing_key("someone else")
    assert caught.value.status_code == 400
    assert "someone else" in caught.value.message


# ---------------------------------------------------------------------------------------
# response headers


def test_response_existing_key(client: Any) -> None:
    assert client.header.response_existing_key().user_agent == "overwrite"


def test_response_protected_key(client: Any) -> None:
    # Express adds the charset to a Content-Type it is given.
    assert client.header.response_protected_key().content_type == "text/html; charset=utf-8"


def test_response_integer_and_long(client: Any) -> None:
    assert client.header.response_integer("positive").value == 1
    assert client.header.response_integer("negative").value == -2
    assert client.header.response_long("positive").value == 105
    assert client.header.response_long("negative").value == -2


def test_response_float_and_double(client: Any) -> None:
    assert client.header.response_float("positive").value == pytest.approx(0.07)
    assert client.header.response_float("negative").value == -3.0
    assert client.header.response_double("positive").value == 7e120
    assert client.header.response_double("negative").value == -3.0


def test_response_bool(client: Any) -> None:
    assert client.header.response_bool("true").value is True
    assert client.header.response_bool("false").value is False


def test_response_string(client: Any) -> None:
    assert client.header.response_string("valid").value == FOX
    # The server sends the four characters "null": a header cannot carry a JSON null.
    assert client.header.response_string("null").value == "null"
    assert client.header.response_string("empty").value == ""


def test_response_dates(client: Any) -> None:
    assert client.header.response_date("valid").value == dt.date(2010, 1, 1)
    assert client.header.response_date("min").value == dt.date(1, 1, 1)
    assert client.header.response_datetime("valid").value == dt.datetime(2010, 1, 1, 12, 34, 56, tzinfo=UTC)
    assert client.header.response_datetime("min").value == dt.datetime(1, 1, 1, tzinfo=UTC)


def test_response_datetime_rfc1123(client: Any) -> None:
    valid = client.header.response_datetime_rfc1123("valid").value
    assert valid == dt.datetime(2010, 1, 1, 12, 34, 56, tzinfo=UTC)
    # "Mon, 01 Jan 0001 00:00:00 GMT": year 1, not 2001 (email.utils reads a year below 100
    # as two-digit, so it cannot parse this one alone).
    assert client.header.response_datetime_rfc1123("min").value == dt.datetime(1, 1, 1, tzinfo=UTC)


def test_response_duration(client: Any) -> None:
    assert client.header.response_duration("valid").value == DURATION


def test_response_byte(client: Any) -> None:
    assert client.header.response_byte("valid").value == MULTIBYTE.encode("utf-8")


def test_response_enum(client: Any, pkg: ModuleType) -> None:
    assert client.header.response_enum("valid").value is pkg.models.GreyscaleColors.GREY
    assert client.header.response_enum("null").value is None  # an empty header: no value
