"""body-formdata-urlencoded.json: application/x-www-form-urlencoded bodies (AutoRest test server)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "body-formdata-urlencoded.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.BodyFormsDataURLEncodedClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_update_pet_with_form(client: Any, pkg: ModuleType) -> None:
    # The server wants pet_type=dog&pet_food=meat&pet_age=42&name=Fido (status left out).
    form = client.formdataurlencoded
    assert form.update_pet_with_form(1, pkg.models.PetType.DOG, "meat", 42, name="Fido") is None


def test_partial_constant_body(client: Any) -> None:
    # grant_type=access_token is the spec's constant: never asked, always sent.
    assert client.formdataurlencoded.partial_constant_body("bar", "foo") is None


def test_wrong_form_is_refused_by_the_server(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.HttpResponseError):
        client.formdataurlencoded.update_pet_with_form(1, "dog", "meat", 42, name="Rex")


def test_closed_enum_field_is_validated(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.ParameterValidationError):
        client.formdataurlencoded.update_pet_with_form(1, "horse", "meat", 42)
