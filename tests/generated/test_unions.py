"""oneOf / anyOf unions in generated packages (golden cases ``unions``, OpenAPI 3.0, and
``unions31``, OpenAPI 3.1), against a real HTTP server on 127.0.0.1: each variant kind
decodes to its Python type, discriminators by mapping and by implicit names, null
members and type arrays, the exact JSON bytes ``to_dict`` sends, validation errors, and
mypy --strict on the packages."""

from __future__ import annotations

import datetime as _dt
import importlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from tests.golden.cases import HERE as GOLDEN
from tests.support.http_server import RecordingServer, Reply
from tests.support.packages import generate_package, mypy_strict


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("unions")
    generate_package(GOLDEN / "unions" / "spec.yaml", folder, "zoo_unions")
    generate_package(GOLDEN / "unions31" / "spec.yaml", folder, "shapes_unions")
    sys.path.insert(0, str(folder))
    importlib.invalidate_caches()
    yield folder
    sys.path.remove(str(folder))
    for name in [m for m in sys.modules if m.split(".")[0] in ("zoo_unions", "shapes_unions")]:
        del sys.modules[name]


@pytest.fixture(scope="module")
def zoo(out: Path) -> ModuleType:
    return importlib.import_module("zoo_unions")


@pytest.fixture(scope="module")
def shapes(out: Path) -> ModuleType:
    return importlib.import_module("shapes_unions")


@pytest.fixture
def server() -> Iterator[RecordingServer]:
    with RecordingServer() as srv:
        yield srv


def _get_pet(zoo: ModuleType, server: RecordingServer, body: Any, **kwargs: Any) -> Any:
    server.respond(Reply.json(body))
    with zoo.ZooClient(endpoint=server.url, retries=0, **kwargs) as client:
        return client.pets.get(7)


def _owner(zoo: ModuleType, data: dict[str, Any]) -> Any:
    return zoo.models.Owner.from_dict({"name": "Ann", **data})


# --------------------------------------------------------------------------- decoding


def test_discriminator_mapping_and_implicit_names(zoo: ModuleType, server: RecordingServer) -> None:
    m = zoo.models
    cat = _get_pet(zoo, server, {"petType": "kitty", "name": "Tom", "lives": 9})
    assert cat == m.Cat(pet_type="kitty", name="Tom", lives=9)
    dog = _get_pet(zoo, server, {"petType": "Dog", "name": "Rex", "born": "2020-01-02T03:04:05Z"})
    assert type(dog) is m.Dog and dog.born == _dt.datetime(2020, 1, 2, 3, 4, 5, tzinfo=_dt.UTC)
    assert type(_get_pet(zoo, server, {"petType": "Lizard"})) is m.Lizard
    assert server.requests[0].target == "/pets/7"


def test_an_unknown_discriminator_value_raises_in_strict_mode_only(zoo: ModuleType, server: RecordingServer) -> None:
    body = {"petType": "Bird", "name": "Tweety"}
    # Tolerant: matched by shape (Cat is the first variant whose required keys are present).
    assert type(_get_pet(zoo, server, body)) is zoo.models.Cat
    with pytest.raises(zoo.DeserializationError) as raised:
        _get_pet(zoo, server, body, strict_responses=True)
    assert str(raised.value) == "Pets_Get response 200: expected 'petType' one of 'kitty', 'Dog', 'Lizard', got 'Bird'"


@pytest.mark.parametrize(
    ("value", "expected"),
    [(3, int), ("3", str), (3.0, int)],
    ids=["int", "str", "whole-float"],
)
def test_integer_or_string(zoo: ModuleType, value: Any, expected: type) -> None:
    got = _owner(zoo, {"id": value}).id
    assert type(got) is expected and got == value


@pytest.mark.parametrize(
    ("value", "expected"),
    [(2, 2.0), (2.5, 2.5), ("two", "two"), (True, True)],
    ids=["int-to-number", "float", "str", "bool-is-not-a-number"],
)
def test_number_string_or_boolean(zoo: ModuleType, value: Any, expected: Any) -> None:
    got = _owner(zoo, {"seats": value}).seats
    assert type(got) is type(expected) and got == expected


def test_a_value_of_no_variant_raises(zoo: ModuleType) -> None:
    with pytest.raises(zoo.DeserializationError) as raised:
        _owner(zoo, {"id": True})
    assert str(raised.value) == "Owner.id: expected one of: integer, string, got True"
    with pytest.raises(zoo.DeserializationError, match=r"^Owner\.id: expected one of: integer, string, got 2\.5$"):
        _owner(zoo, {"id": 2.5})


def test_objects_by_required_keys_then_first_that_decodes(zoo: ModuleType) -> None:
    m = zoo.models
    assert _owner(zoo, {"location": {"lat": 1.5, "lon": 2}}).location == m.Coordinates(lat=1.5, lon=2.0)
    assert _owner(zoo, {"location": {"street": "Main"}}).location == m.Address(street="Main")
    # Neither's required keys: the first variant that decodes (tolerant: Address, street None).
    assert _owner(zoo, {"location": {"lat": 1}}).location == m.Address(street=None)
    # Strict: Address lacks its street, Coordinates its lon; the first error is raised.
    with pytest.raises(zoo.DeserializationError, match=r"^Address\.street: required value is missing"):
        m.Owner.from_dict({"name": "Ann", "location": {"lat": 1}}, strict=True)


def test_arrays_strings_codecs_and_inline_objects(zoo: ModuleType) -> None:
    owner = _owner(
        zoo,
        {"tags": ["a", "b"], "since": "2021-05-06T07:08:09Z", "extra": {"note": "hi"}, "home": {"street": "Elm"}},
    )
    assert owner.tags == ["a", "b"]
    assert owner.since == _dt.datetime(2021, 5, 6, 7, 8, 9, tzinfo=_dt.UTC)
    assert owner.extra == zoo.models.OwnerExtraVariant1(note="hi")
    assert owner.home == zoo.models.Address(street="Elm")  # allOf: [Address] is Address
    litters = _owner(zoo, {"litters": [{"petType": "Dog", "name": "Rex"}]}).litters
    assert litters == [zoo.models.Cat(pet_type="Dog", name="Rex")]  # the first list variant that decodes
    assert zoo.models.Owner(name="Ann", litters=[zoo.models.Dog(pet_type="Dog", name="Rex")]).to_dict() == {
        "name": "Ann", "litters": [{"petType": "Dog", "name": "Rex"}],
    }
    again = _owner(zoo, {"tags": "solo", "since": 1620284889, "extra": [1, 2]})
    assert (again.tags, again.since, again.extra) == ("solo", 1620284889, [1, 2])


def test_a_list_response_of_string_or_object(zoo: ModuleType, server: RecordingServer) -> None:
    server.respond(Reply.json(["bug", {"name": "ui", "color": "red"}]))
    with zoo.ZooClient(endpoint=server.url, retries=0) as client:
        assert client.labels.list() == ["bug", zoo.models.Label(name="ui", color="red")]


def test_openapi_31_type_arrays_null_members_and_implicit_names(shapes: ModuleType) -> None:
    m = shapes.models
    drawing = m.Drawing.from_dict(
        {
            "title": "t",
            "width": "wide",
            "note": None,
            "main": {"kind": "Square", "side": 2},
            "shapes": [{"kind": "Circle", "radius": 1}],
            "layers": [None, "grid", {"kind": "Circle", "radius": 3}],
        }
    )
    assert drawing == m.Drawing(
        title="t", width="wide", note=None, main=m.Square(kind="Square", side=2.0), shapes=[m.Circle(kind="Circle", radius=1.0)],
        layers=[None, "grid", m.Circle(kind="Circle", radius=3.0)],
    )
    assert m.Drawing.from_dict({"title": "t", "width": 5, "main": None}).width == 5


# --------------------------------------------------------------------------- encoding and validation


def test_to_dict_round_trip_sends_the_chosen_variants(zoo: ModuleType, server: RecordingServer) -> None:
    m = zoo.models
    owner = m.Owner(
        name="Ann", id="u-1", seats=2.5, location=m.Coordinates(lat=1.5, lon=2.0), tags="solo",
        since=_dt.datetime(2021, 5, 6, 7, 8, 9, tzinfo=_dt.UTC), favorite=m.Dog(pet_type="Dog", name="Rex"),
        pets=[m.Cat(pet_type="kitty", name="Tom"), m.Lizard(pet_type="Lizard")], extra=[1, 2],
    )
    server.respond(Reply.json(owner.to_dict()))
    with zoo.ZooClient(endpoint=server.url, retries=0) as client:
        back = client.owners.create(owner)
    assert server.requests[0].body == (
        b'{"name":"Ann","id":"u-1","seats":2.5,"location":{"lat":1.5,"lon":2.0},"tags":"solo",'
        b'"since":"2021-05-06T07:08:09Z","favorite":{"petType":"Dog","name":"Rex"},'
        b'"pets":[{"petType":"kitty","name":"Tom"},{"petType":"Lizard"}],"extra":[1,2]}'
    )
    assert back == owner


def test_a_union_body_and_path_parameter(zoo: ModuleType, server: RecordingServer) -> None:
    server.respond(Reply.json({"petType": "Lizard"}))
    with zoo.ZooClient(endpoint=server.url, retries=0) as client:
        assert client.pets.put("x y", zoo.models.Lizard(pet_type="Lizard")) == zoo.models.Lizard(pet_type="Lizard")
    assert (server.requests[0].target, server.requests[0].body) == ("/pets/x%20y", b'{"petType":"Lizard"}')


@pytest.mark.parametrize(
    ("fields", "where", "constraint", "message"),
    [
        ({"id": 1.5}, "body.id", "type", "expected one of int, str, got float"),
        ({"id": True}, "body.id", "type", "expected one of int, str, got bool"),
        ({"seats": ""}, "body.seats", "min_length", "length 0 is less than 1"),
        ({"location": "Main"}, "body.location", "type", "expected one of Address, Coordinates, got str"),
    ],
    ids=["float-for-int-or-str", "bool", "variant-rule", "model-variants"],
)
def test_request_validation_covers_each_variant(
    zoo: ModuleType, server: RecordingServer, fields: dict[str, Any], where: str, constraint: str, message: str
) -> None:
    owner = zoo.models.Owner(name="Ann", **fields)
    with zoo.ZooClient(endpoint=server.url, retries=0) as client, pytest.raises(zoo.ParameterValidationError) as raised:
        client.owners.create(owner)
    assert (raised.value.parameter, raised.value.constraint) == (where, constraint)
    assert message in str(raised.value)
    assert server.requests == []


def test_a_nested_model_variant_is_checked_field_by_field(zoo: ModuleType, server: RecordingServer) -> None:
    owner = zoo.models.Owner(name="Ann", favorite=zoo.models.Cat(pet_type="kitty", name="x" * 11))
    with zoo.ZooClient(endpoint=server.url, retries=0) as client, pytest.raises(zoo.ParameterValidationError) as raised:
        client.owners.create(owner)
    assert (raised.value.parameter, raised.value.constraint) == ("body.favorite.name", "max_length")


def test_a_path_parameter_of_no_variant_is_refused(zoo: ModuleType, server: RecordingServer) -> None:
    with zoo.ZooClient(endpoint=server.url, retries=0) as client, pytest.raises(zoo.ParameterValidationError) as raised:
        client.pets.get(2.5)
    assert (raised.value.parameter, raised.value.constraint) == ("id", "type")
    assert server.requests == []


def test_openapi_31_request_and_query(shapes: ModuleType, server: RecordingServer) -> None:
    m = shapes.models
    drawing = m.Drawing(title="t", width=3, main=m.Circle(kind="Circle", radius=1.0), layers=[None, "grid"])
    server.respond(Reply.json(drawing.to_dict()), Reply.json({"kind": "Circle", "radius": 2}))
    with shapes.ShapesClient(endpoint=server.url, retries=0) as client:
        assert client.drawings.create(drawing) == drawing
        assert client.shapes.get("c1", scale=0.5) == m.Circle(kind="Circle", radius=2.0)
    assert server.requests[0].body == b'{"title":"t","width":3,"main":{"kind":"Circle","radius":1.0},"layers":[null,"grid"]}'
    assert server.requests[1].target == "/shapes/c1?scale=0.5"


def test_the_packages_pass_mypy_strict(out: Path) -> None:
    mypy_strict(out, "zoo_unions", "shapes_unions")


def test_a_package_without_unions_ships_no_union_module(out: Path) -> None:
    assert (out / "zoo_unions" / "_unions.py").is_file()
    polymorphism = json.loads((GOLDEN / "polymorphism" / "expected" / "polymorphism" / ".opgen-manifest.json").read_text("utf-8"))
    assert "_unions.py" not in json.dumps(polymorphism)
