"""extensible-enums-swagger.json: open (modelAsString: true) enums in a model (AutoRest test server)."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "extensible-enums-swagger.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.PetStoreIncClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_expected_values_are_members(client: Any, pkg: ModuleType) -> None:
    pet = client.pet.get_by_pet_id("tommy")
    assert isinstance(pet, pkg.models.Pet)
    assert pet.name == "Tommy Tomson"
    assert pet.days_of_week is pkg.models.DaysOfWeekExtensibleEnum("Monday")
    assert pet.int_enum is pkg.models.IntEnum("1")


def test_unexpected_value_is_kept(client: Any, pkg: ModuleType) -> None:
    pet = client.pet.get_by_pet_id("casper")
    assert pet.name == "Casper Ghosty"
    assert type(pet.days_of_week) is str  # "Weekend" is not listed: an open enum keeps it as text
    assert pet.days_of_week == "Weekend"
    assert pet.int_enum is pkg.models.IntEnum("2")


def test_allowed_value_is_kept(client: Any, pkg: ModuleType) -> None:
    pet = client.pet.get_by_pet_id("scooby")
    assert pet.name == "Scooby Scarface"
    assert pet.days_of_week is pkg.models.DaysOfWeekExtensibleEnum("Thursday")
    assert type(pet.int_enum) is str  # "2.1": one of x-ms-enum's allowedValues, not an enum value
    assert pet.int_enum == "2.1"


def test_round_trip(client: Any, pkg: ModuleType) -> None:
    models = pkg.models
    sent = models.Pet(name="Retriever", int_enum=models.IntEnum("3"), days_of_week=models.DaysOfWeekExtensibleEnum("Friday"))
    assert client.pet.add_pet(pet_param=sent) == sent


def test_round_trip_unlisted_values(client: Any, pkg: ModuleType) -> None:
    sent = pkg.models.Pet(name="Retriever", int_enum="2.1", days_of_week="Weekend")
    echoed = client.pet.add_pet(pet_param=sent)
    assert (echoed.int_enum, echoed.days_of_week) == ("2.1", "Weekend")


def test_int_enum_is_required(pkg: ModuleType) -> None:
    with pytest.raises(TypeError):
        pkg.models.Pet(name="Retriever")
