"""validation.json: client-side validation of parameters and bodies, and constants
(AutoRest test server).

The server has no route for /fakepath: a call that passes validation is answered 404, which
shows it was sent; a call that breaks a rule must raise ParameterValidationError and send
nothing.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "validation.json"

@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    # subscriptionId and apiVersion are required top-level parameters: positional client arguments.
    with pkg.AutoRestValidationTestClient("abc123", "12-34-5678", endpoint=testserver.url, retries=0) as client:
        yield client


def _invalid(pkg: ModuleType, call: Any, *args: Any, **kwargs: Any) -> Any:
    with pytest.raises(pkg.ParameterValidationError) as caught:
        call(*args, **kwargs)
    assert isinstance(caught.value, ValueError)
    return caught.value


def _product(pkg: ModuleType, **fields: Any) -> Any:
    models = pkg.models
    return models.Product(child=models.ChildProduct(), const_child=models.ConstantProduct(), **fields)


# ---------------------------------------------------------------------------------------
# method parameters


def test_valid_parameters_are_sent(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.ResourceNotFoundError):
        client.validation_of_method_parameters("123", 150)
    with pytest.raises(pkg.ResourceNotFoundError):
        client.validation_of_body("123", 150, body=_product(pkg, capacity=50, display_names=["a", "b"]))


def test_string_length_and_pattern(client: Any, pkg: ModuleType) -> None:
    error = _invalid(pkg, client.validation_of_method_parameters, "1", 100)
    assert (error.parameter, error.constraint) == ("resource_group_name", "min_length")
    error = _invalid(pkg, client.validation_of_method_parameters, "1234567890A", 100)
    assert (error.parameter, error.constraint) == ("resource_group_name", "max_length")
    error = _invalid(pkg, client.validation_of_method_parameters, "!@#$", 100)
    assert (error.parameter, error.constraint) == ("resource_group_name", "pattern")


def test_number_bounds_and_multiple(client: Any, pkg: ModuleType) -> None:
    error = _invalid(pkg, client.validation_of_method_parameters, "123", 105)
    assert (error.parameter, error.constraint) == ("id", "multiple_of")
    error = _invalid(pkg, client.validation_of_method_parameters, "123", 0)
    assert (error.parameter, error.constraint) == ("id", "minimum")
    error = _invalid(pkg, client.validation_of_method_parameters, "123", 2000)
    assert (error.parameter, error.constraint) == ("id", "maximum")


def test_required_parameters(client: Any, pkg: ModuleType) -> None:
    error = _invalid(pkg, client.validation_of_method_parameters, None, 150)
    assert (error.parameter, error.constraint) == ("resource_group_name", "required")
    error = _invalid(pkg, client.validation_of_body, "123", None)
    assert (error.parameter, error.constraint) == ("id", "required")


def test_body_operation_validates_its_parameters(client: Any, pkg: ModuleType) -> None:
    # Each operation has its own pattern for resourceGroupName, unanchored as in ECMA-262:
    # [a-zA-Z0-9']+ finds a match in "'''", [a-zA-Z0-9]+ does not.
    with pytest.raises(pkg.ResourceNotFoundError):
        client.validation_of_method_parameters("'''", 150)
    error = _invalid(pkg, client.validation_of_body, "'''", 150, body=_product(pkg))
    assert (error.parameter, error.constraint) == ("resource_group_name", "pattern")


def test_client_api_version_pattern(pkg: ModuleType, testserver: AutorestServer) -> None:
    error = _invalid(pkg, pkg.AutoRestValidationTestClient, "abc123", "abc", endpoint=testserver.url)
    assert (error.parameter, error.constraint) == ("api_version", "pattern")
    error = _invalid(pkg, pkg.AutoRestValidationTestClient, None, "12-34-5678", endpoint=testserver.url)
    assert (error.parameter, error.constraint) == ("subscription_id", "required")


# ---------------------------------------------------------------------------------------
# body properties


def test_body_exclusive_bounds(client: Any, pkg: ModuleType) -> None:
    error = _invalid(pkg, client.validation_of_body, "123", 150, body=_product(pkg, capacity=0))
    assert "capacity" in error.parameter and error.constraint == "minimum"
    error = _invalid(pkg, client.validation_of_body, "123", 150, body=_product(pkg, capacity=100))
    assert "capacity" in error.parameter and error.constraint == "maximum"


def test_body_array_items(client: Any, pkg: ModuleType) -> None:
    names = ["item1", "item2", "item3", "item4", "item5", "item6", "item7"]
    error = _invalid(pkg, client.validation_of_body, "123", 150, body=_product(pkg, display_names=names))
    assert "display_names" in error.parameter and error.constraint == "max_items"
    error = _invalid(pkg, client.validation_of_body, "123", 150, body=_product(pkg, display_names=["a", "a"]))
    assert "display_names" in error.parameter and error.constraint == "unique_items"


def test_body_pattern_and_required(client: Any, pkg: ModuleType) -> None:
    error = _invalid(pkg, client.validation_of_body, "123", 150, body=_product(pkg, image="ftp://x"))
    assert "image" in error.parameter and error.constraint == "pattern"
    models = pkg.models
    body = models.Product(child=None, const_child=models.ConstantProduct())
    error = _invalid(pkg, client.validation_of_body, "123", 150, body=body)
    assert "child" in error.parameter and error.constraint == "required"


# ---------------------------------------------------------------------------------------
# constants


def test_constant_in_path(client: Any) -> None:
    client.get_with_constant_in_path()  # /validation/constantsInPath/constant/value


def test_constants_in_body(client: Any, pkg: ModuleType) -> None:
    # constString, constInt, child.constProperty and constChild's two properties are
    # constants: never passed, always sent.
    result = client.post_with_constant_in_body(body=_product(pkg))
    assert isinstance(result, pkg.models.Product)
    assert result.const_string == "constant"
    assert result.const_int == 0
    assert result.child.const_property == "constant"
    assert result.const_child.const_property == "constant"
    assert result.const_child.const_property2 == "constant2"
    assert result.capacity is None and result.display_names is None
