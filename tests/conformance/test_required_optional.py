"""required-optional.json: required values refused before sending, optional ones left out
(AutoRest test server)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "required-optional.json"

@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    # required-global-path and required-global-query are required top-level parameters:
    # positional client arguments; optional-global-query is left out.
    with pkg.AutoRestRequiredOptionalTestServiceClient(
        "required_global_path", "required_global_query", endpoint=testserver.url, retries=0
    ) as client:
        yield client


# ---------------------------------------------------------------------------------------
# implicit: required-ness from the parameter alone


def test_implicit_required_path(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.ParameterValidationError):
        client.implicit.get_required_path(None)


def test_implicit_optional_query_header_body(client: Any) -> None:
    client.implicit.put_optional_query()
    client.implicit.put_optional_query(query_parameter=None)
    client.implicit.put_optional_header()
    client.implicit.put_optional_header(query_parameter=None)
    client.implicit.put_optional_body()  # no body at all
    client.implicit.put_optional_body(body_parameter=None)


def test_implicit_optional_binary_body_left_out(client: Any) -> None:
    client.implicit.put_optional_binary_body()


def test_implicit_optional_binary_body_given(client: Any) -> None:
    # {type: object, format: file} under consumes [application/octet-stream]: raw bytes.
    client.implicit.put_optional_binary_body(body_parameter=b"Upload file test case")


def test_global_optional_query(client: Any) -> None:
    client.implicit.get_optional_global_query()  # optional-global-query never given: not sent


def test_global_required_parameters(pkg: ModuleType, testserver: AutorestServer) -> None:
    # Required client parameters are checked when the client is made.
    with pytest.raises(pkg.ParameterValidationError):
        pkg.AutoRestRequiredOptionalTestServiceClient(None, "required_global_query", endpoint=testserver.url)
    with pytest.raises(pkg.ParameterValidationError):
        pkg.AutoRestRequiredOptionalTestServiceClient("required_global_path", None, endpoint=testserver.url)
    with pytest.raises(pkg.ParameterValidationError):
        pkg.AutoRestRequiredOptionalTestServiceClient(
            "required_global_path", "required_global_query", optional_global_query="ten", endpoint=testserver.url
        )


def test_global_parameters_used(pkg: ModuleType, testserver: AutorestServer) -> None:
    # The server answers 400 whenever these two are reached (it expects a client to refuse
    # to send them without their values); with values, a 400 proves they were sent.
    with pkg.AutoRestRequiredOptionalTestServiceClient("path", "query", endpoint=testserver.url, retries=0) as client:
        with pytest.raises(pkg.HttpResponseError) as caught:
            client.implicit.get_required_global_path()
        assert caught.value.status_code == 400
        with pytest.raises(pkg.HttpResponseError) as caught:
            client.implicit.get_required_global_query()
        assert caught.value.status_code == 400


# ---------------------------------------------------------------------------------------
# explicit: required: true / false


def test_explicit_optional_binary_body_left_out(client: Any) -> None:
    client.explicit.put_optional_binary_body()


def test_explicit_binary_bodies_given(client: Any) -> None:
    client.explicit.put_optional_binary_body(body_parameter=b"Upload file test case")
    client.explicit.put_required_binary_body(b"Upload file test case")


def test_explicit_required_binary_body_none(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.ParameterValidationError):
        client.explicit.put_required_binary_body(None)


def test_explicit_required_parameters_refused(client: Any, pkg: ModuleType) -> None:
    explicit = client.explicit
    for call in (
        explicit.post_required_integer_parameter,
        explicit.post_required_integer_header,
        explicit.post_required_string_parameter,
        explicit.post_required_string_header,
        explicit.post_required_class_parameter,
        explicit.post_required_array_parameter,
        explicit.post_required_array_header,
    ):
        with pytest.raises(pkg.ParameterValidationError):
            call(None)


def test_explicit_required_properties_refused(client: Any, pkg: ModuleType) -> None:
    # A required property set to None in the body model: refused before sending.
    models = pkg.models
    with pytest.raises(pkg.ParameterValidationError):
        client.explicit.post_required_integer_property(models.IntWrapper(value=None))
    with pytest.raises(pkg.ParameterValidationError):
        client.explicit.post_required_string_property(models.StringWrapper(value=None))
    with pytest.raises(pkg.ParameterValidationError):
        client.explicit.post_required_class_property(models.ClassWrapper(value=None))
    with pytest.raises(pkg.ParameterValidationError):
        client.explicit.post_required_array_property(models.ArrayWrapper(value=None))
    with pytest.raises(pkg.ParameterValidationError):
        # Product.id is required too, one level down.
        client.explicit.post_required_class_property(models.ClassWrapper(value=models.Product(id=None)))


def test_explicit_optional_parameters(client: Any) -> None:
    # Each reaches POST /reqopt/optional/<type>/parameter, which wants no body.
    client.explicit.post_optional_integer_parameter()
    client.explicit.post_optional_integer_parameter(body_parameter=None)
    client.explicit.post_optional_string_parameter(body_parameter=None)
    client.explicit.post_optional_class_parameter(body_parameter=None)
    client.explicit.post_optional_array_parameter(body_parameter=None)


def test_explicit_optional_properties(client: Any, pkg: ModuleType) -> None:
    # ... /property wants an object whose value is null or absent.
    models = pkg.models
    client.explicit.post_optional_integer_property(body_parameter=models.IntOptionalWrapper())
    client.explicit.post_optional_string_property(body_parameter=models.StringOptionalWrapper(value=None))
    client.explicit.post_optional_class_property(body_parameter=models.ClassOptionalWrapper())
    client.explicit.post_optional_array_property(body_parameter=models.ArrayOptionalWrapper())


def test_explicit_optional_headers(client: Any) -> None:
    # ... /header wants no headerParameter header.
    client.explicit.post_optional_integer_header()
    client.explicit.post_optional_integer_header(header_parameter=None)
    client.explicit.post_optional_string_header(body_parameter=None)  # a header named bodyParameter
    client.explicit.post_optional_array_header(header_parameter=None)
