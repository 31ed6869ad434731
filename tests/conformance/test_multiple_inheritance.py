"""multiple-inheritance.json: models built with ``allOf`` of one or two other models
(AutoRest test server).

``Cat`` is allOf ``Pet`` and ``Feline``, ``Kitten`` allOf ``Cat``, ``Horse`` allOf ``Pet``:
each carries the fields of all its parents, and each PUT answers with a JSON string.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "multiple-inheritance.json"


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.MultipleInheritanceServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


def test_pet(client: Any, pkg: ModuleType) -> None:
    result = client.get_pet()
    assert type(result) is pkg.models.Pet and result.name == "Peanut"
    assert client.put_pet(pkg.models.Pet(name="Butter")) == "Pet was correct!"


def test_horse(client: Any, pkg: ModuleType) -> None:
    result = client.get_horse()
    assert type(result) is pkg.models.Horse
    assert (result.name, result.is_a_show_horse) == ("Fred", True)
    assert client.put_horse(pkg.models.Horse(name="General", is_a_show_horse=False)) == "Horse was correct!"


def test_feline(client: Any, pkg: ModuleType) -> None:
    result = client.get_feline()
    assert type(result) is pkg.models.Feline
    assert (result.meows, result.hisses) == (True, True)
    assert client.put_feline(pkg.models.Feline(meows=False, hisses=True)) == "Feline was correct!"


def test_cat(client: Any, pkg: ModuleType) -> None:
    result = client.get_cat()
    assert type(result) is pkg.models.Cat
    assert (result.name, result.likes_milk, result.meows, result.hisses) == ("Whiskers", True, True, True)
    cat = pkg.models.Cat(name="Boots", likes_milk=False, meows=True, hisses=False)
    assert client.put_cat(cat) == "Cat was correct!"


def test_kitten(client: Any, pkg: ModuleType) -> None:
    result = client.get_kitten()
    assert type(result) is pkg.models.Kitten
    assert (result.name, result.likes_milk, result.meows, result.hisses, result.eats_mice_yet) == (
        "Gatito",
        True,
        True,
        True,
        False,
    )
    kitten = pkg.models.Kitten(name="Kitty", likes_milk=False, meows=True, hisses=False, eats_mice_yet=True)
    assert client.put_kitten(kitten) == "Kitten was correct!"


def test_required_parent_field(pkg: ModuleType) -> None:
    # "name" is required by Pet, so by every model built on it.
    for model in (pkg.models.Pet, pkg.models.Horse, pkg.models.Cat, pkg.models.Kitten):
        with pytest.raises(TypeError):
            model()


def test_models_inherit_from_their_first_allof_parent(pkg: ModuleType) -> None:
    models = pkg.models
    assert issubclass(models.Horse, models.Pet)
    assert issubclass(models.Cat, models.Pet) and issubclass(models.Kitten, models.Cat)
    kitten = models.Kitten(name="Kitty", likes_milk=False, meows=True, hisses=False, eats_mice_yet=True)
    assert isinstance(kitten, models.Pet)


def test_models_inherit_from_every_allof_parent(pkg: ModuleType) -> None:
    models = pkg.models
    assert issubclass(models.Cat, models.Feline)
    kitten = models.Kitten(name="Kitty", likes_milk=False, meows=True, hisses=False, eats_mice_yet=True)
    assert isinstance(kitten, models.Feline)
    assert models.Cat.__mro__[1:3] == (models.Pet, models.Feline)
    # Feline is a later base: it keeps its fields in a __dict__ (two slotted bases clash),
    # the others stay slotted.
    assert "__slots__" not in vars(models.Feline)
    assert all("__slots__" in vars(m) for m in (models.Pet, models.Cat, models.Kitten, models.Horse))
    cat = models.Cat.from_dict({"name": "Boots", "meows": True, "likesMilk": False})
    assert (cat.name, cat.meows, cat.hisses, cat.likes_milk) == ("Boots", True, None, False)
    assert cat.to_dict() == {"name": "Boots", "meows": True, "likesMilk": False}
