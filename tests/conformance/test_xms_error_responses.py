"""xms-error-responses.json: typed error models per status code (x-ms-error-response),
polymorphic error models (AutoRest test server)."""

from __future__ import annotations

import json
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "xms-error-responses.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.XMSErrorResponseExtensionsClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_get_pet(client: Any, pkg: ModuleType) -> None:
    pet = client.pet.get_pet_by_id("tommy")
    assert isinstance(pet, pkg.models.Pet)
    assert (pet.name, pet.ani_type) == ("Tommy Tomson", "Dog")
    assert client.pet.get_pet_by_id("django") is None  # 202, no body declared


def test_undeclared_status_has_no_model(client: Any, pkg: ModuleType) -> None:
    # 402 is not declared and 'default' has no schema: an error, with the raw text.
    with pytest.raises(pkg.HttpResponseError) as caught:
        client.pet.get_pet_by_id("unknown")
    assert caught.value.status_code == 402
    assert caught.value.model is None
    assert caught.value.body == b"That's all folks!!"


def test_not_found_errors_raise(client: Any, pkg: ModuleType) -> None:
    for pet_id in ("coyoteUgly", "weirdAlYankovic"):
        with pytest.raises(pkg.ResourceNotFoundError) as caught:
            client.pet.get_pet_by_id(pet_id)
        assert caught.value.status_code == 404


def test_404_error_model(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.ResourceNotFoundError) as caught:
        client.pet.get_pet_by_id("coyoteUgly")
    model = caught.value.model
    assert isinstance(model, pkg.models.NotFoundErrorBase)
    assert model.some_base_prop == "problem finding animal"
    assert model.reason == "the type of animal requested is not available"
    assert model.what_not_found == "AnimalNotFound"

    with pytest.raises(pkg.ResourceNotFoundError) as caught:
        client.pet.get_pet_by_id("weirdAlYankovic")
    model = caught.value.model
    assert isinstance(model, pkg.models.NotFoundErrorBase)
    assert model.reason == "link to pet not found"
    assert model.what_not_found == "InvalidResourceLink"


def test_404_error_model_is_polymorphic(client: Any, pkg: ModuleType) -> None:
    models = pkg.models
    assert issubclass(models.AnimalNotFound, models.NotFoundErrorBase)
    assert issubclass(models.LinkNotFound, models.NotFoundErrorBase)
    assert issubclass(models.NotFoundErrorBase, models.BaseError)

    with pytest.raises(pkg.ResourceNotFoundError) as caught:
        client.pet.get_pet_by_id("coyoteUgly")
    assert type(caught.value.model) is models.AnimalNotFound
    assert caught.value.model.name == "coyote"

    with pytest.raises(pkg.ResourceNotFoundError) as caught:
        client.pet.get_pet_by_id("weirdAlYankovic")
    assert type(caught.value.model) is models.LinkNotFound
    assert caught.value.model.what_sub_address == "pet/yourpet was not found"
    assert caught.value.model.some_base_prop == "problem finding pet"


def test_primitive_error_bodies_raise(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.HttpResponseError) as caught:
        client.pet.get_pet_by_id("ringo")
    assert type(caught.value) is pkg.HttpResponseError
    assert caught.value.status_code == 400
    assert json.loads(caught.value.body) == "ringo is missing"

    with pytest.raises(pkg.HttpResponseError) as caught:
        client.pet.get_pet_by_id("alien123")
    assert type(caught.value) is pkg.HttpResponseError
    assert caught.value.status_code == 501
    assert json.loads(caught.value.body) == 123


def test_primitive_error_models(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.HttpResponseError) as caught:
        client.pet.get_pet_by_id("ringo")
    assert caught.value.model == "ringo is missing"  # 400: schema string

    with pytest.raises(pkg.HttpResponseError) as caught:
        client.pet.get_pet_by_id("alien123")
    assert caught.value.model == 123  # 501: schema integer


def test_do_something(client: Any, pkg: ModuleType) -> None:
    result = client.pet.do_something("stay")
    assert isinstance(result, pkg.models.PetAction)
    assert result.action_response is None  # the server answers with a Pet


def test_do_something_errors(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.HttpResponseError) as caught:
        client.pet.do_something("jump")  # 500, x-ms-error-response PetActionError
    error = caught.value
    assert type(error) is pkg.HttpResponseError
    assert error.status_code == 500
    assert error.attempts == 1
    assert isinstance(error.model, pkg.models.PetActionError)
    assert error.model.error_type == "PetSadError"
    assert error.model.error_message == "casper aint happy"
    assert error.model.action_response == "grrrr"

    with pytest.raises(pkg.ResourceNotFoundError) as caught:
        client.pet.do_something("fetch")  # 404: not declared, so 'default' PetActionError
    assert caught.value.status_code == 404
    assert isinstance(caught.value.model, pkg.models.PetActionError)
    assert caught.value.model.error_type == "PetHungryOrThirstyError"
    assert caught.value.model.error_message == "scooby is low"


def test_do_something_error_models_are_polymorphic(client: Any, pkg: ModuleType) -> None:
    models = pkg.models
    assert issubclass(models.PetSadError, models.PetActionError)
    assert issubclass(models.PetHungryOrThirstyError, models.PetSadError)

    with pytest.raises(pkg.HttpResponseError) as caught:
        client.pet.do_something("jump")
    assert type(caught.value.model) is models.PetSadError
    assert caught.value.model.reason == "need more treats"

    with pytest.raises(pkg.ResourceNotFoundError) as caught:
        client.pet.do_something("fetch")
    sad = caught.value.model
    assert type(sad) is models.PetHungryOrThirstyError
    assert (sad.reason, sad.hungry_or_thirsty) == ("need more everything", "hungry and thirsty")
    assert sad.action_response == "howl"

    with pytest.raises(pkg.HttpResponseError) as caught:
        client.pet.has_models_param(models="value1")
    assert type(caught.value.model) is models.PetSadError


def test_error_with_a_parameter_named_models(client: Any, pkg: ModuleType) -> None:
    # A parameter called 'models' must not shadow the models used to decode the error.
    with pytest.raises(pkg.HttpResponseError) as caught:
        client.pet.has_models_param(models="value1")
    assert caught.value.status_code == 500
    assert isinstance(caught.value.model, pkg.models.PetActionError)
    assert caught.value.model.error_type == "PetSadError"


def test_models_param_client_default(client: Any, pkg: ModuleType) -> None:
    # x-ms-client-default: 'value1' is sent when the caller passes nothing.
    with pytest.raises(pkg.HttpResponseError) as caught:
        client.pet.has_models_param()
    assert caught.value.status_code == 500
    assert isinstance(caught.value.model, pkg.models.PetActionError)
    assert caught.value.model.error_type == "PetSadError"
