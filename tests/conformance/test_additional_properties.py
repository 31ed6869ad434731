"""additionalProperties.json: models that also carry keys their schema does not list
(AutoRest test server).

A model with ``additionalProperties`` next to ``properties`` keeps the other JSON keys in
its ``additional_properties`` dict (typed by the ``additionalProperties`` schema) and writes
them back beside its own fields.  When the schema also has a real property named
``additionalProperties``, that property keeps the name ``additional_properties`` and the
dict of other keys becomes ``additional_properties_2``.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "additionalProperties.json"
PUPPY_EXTRA = {"birthdate": "2017-12-13T02:29:51Z", "complexProperty": {"color": "Red"}}
SIZES = {"height": 5.61, "weight": 599.0, "footsize": 11.5}


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AdditionalPropertiesClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_additional_properties_true(client: Any, pkg: ModuleType) -> None:
    pet = pkg.models.PetAPTrue(id=1, name="Puppy", additional_properties=dict(PUPPY_EXTRA))
    result = client.pets.create_ap_true(pet)
    assert type(result) is pkg.models.PetAPTrue
    assert (result.id, result.name, result.status) == (1, "Puppy", True)
    assert result.additional_properties == PUPPY_EXTRA  # "status" is a declared field, not an extra key


def test_additional_properties_true_inherited(client: Any, pkg: ModuleType) -> None:
    # CatAPTrue is allOf PetAPTrue: the additionalProperties of its parent apply to it too.
    cat = pkg.models.CatAPTrue(id=1, name="Lisa", friendly=True, additional_properties=dict(PUPPY_EXTRA))
    result = client.pets.create_cat_ap_true(cat)
    assert type(result) is pkg.models.CatAPTrue
    assert (result.id, result.name, result.friendly, result.status) == (1, "Lisa", True, True)
    assert result.additional_properties == PUPPY_EXTRA


def test_subclass_model_is_a_subclass(pkg: ModuleType) -> None:
    assert issubclass(pkg.models.CatAPTrue, pkg.models.PetAPTrue)


def test_additional_properties_of_any_type(client: Any, pkg: ModuleType) -> None:
    # `additionalProperties: {}`: any JSON value.
    extra = {
        "siblings": [{"id": 1, "name": "Puppy", **PUPPY_EXTRA}],
        "picture": "//////4=",  # base64 of FF FF FF FF FE; an untyped value stays what JSON says
    }
    result = client.pets.create_ap_object(pkg.models.PetAPObject(id=2, name="Hira", additional_properties=extra))
    assert (result.id, result.name, result.status) == (2, "Hira", True)
    assert result.additional_properties == extra


def test_additional_properties_of_strings(client: Any, pkg: ModuleType) -> None:
    extra = {"color": "red", "weight": "10 kg", "city": "Bombay"}
    result = client.pets.create_ap_string(pkg.models.PetAPString(id=3, name="Tommy", additional_properties=extra))
    assert (result.id, result.name, result.status) == (3, "Tommy", True)
    assert result.additional_properties == extra
    assert all(type(value) is str for value in result.additional_properties.values())


def test_property_named_additional_properties(client: Any, pkg: ModuleType) -> None:
    # A plain property whose JSON name is "additionalProperties" (a dict of numbers);
    # the model itself takes no other keys.
    pet = pkg.models.PetAPInProperties(id=4, name="Bunny", additional_properties=dict(SIZES))
    result = client.pets.create_ap_in_properties(pet)
    assert (result.id, result.name, result.status) == (4, "Bunny", True)
    assert result.additional_properties == SIZES
    assert all(type(value) is float for value in result.additional_properties.values())
    assert pet.to_dict() == {"id": 4, "name": "Bunny", "additionalProperties": SIZES}


def test_property_named_additional_properties_beside_extra_keys(client: Any, pkg: ModuleType) -> None:
    extra = {"color": "red", "city": "Seattle", "food": "tikka masala"}
    pet = pkg.models.PetAPInPropertiesWithAPString(
        id=5,
        name="Funny",
        odata_location="westus",  # JSON "@odata.location", required
        additional_properties=dict(SIZES),
        additional_properties_2=dict(extra),
    )
    result = client.pets.create_ap_in_properties_with_ap_string(pet)
    assert (result.id, result.name, result.status, result.odata_location) == (5, "Funny", True, "westus")
    assert result.additional_properties == SIZES
    assert result.additional_properties_2 == extra
