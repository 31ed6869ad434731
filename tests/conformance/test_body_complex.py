"""body-complex.json: models of primitives, arrays and dictionaries, allOf inheritance,
discriminator polymorphism, recursion and read-only fields (AutoRest test server).

Polymorphism as a user sees it: the subclass of a schema that names ``discriminator`` is a
Python subclass of it; a response typed as the base comes back as the subclass its
discriminator value names (``x-ms-discriminator-value``, else the schema name); the
subclass knows its own discriminator value, so the user never passes it, and it is
written to the JSON the client sends.
"""

from __future__ import annotations

import datetime as _dt
import json
from types import ModuleType
from typing import Any

import pytest

from tests.conformance.harness import AutorestServer

SWAGGER = "body-complex.json"
UTC = _dt.UTC
PICTURE = bytes([255, 255, 255, 255, 254])
LONG_FIELD = "field_56_zeros_after_the_dot_and_negative_zero_before_dot_and_this_is_a_long_field_name_on_purpose"
SMART_SALMON_EXTRA = {
    "additionalProperty1": 1,
    "additionalProperty2": False,
    "additionalProperty3": "hello",
    "additionalProperty4": {"a": 1, "b": 2},
    "additionalProperty5": [1, 3],
}


@pytest.fixture(scope="module")
def pkg(client_module: Any) -> ModuleType:
    return client_module(SWAGGER)  # type: ignore[no-any-return]


@pytest.fixture
def client(pkg: ModuleType, testserver: AutorestServer) -> Any:
    with pkg.AutoRestComplexTestServiceClient(endpoint=testserver.url, retries=0) as client:
        yield client


@pytest.fixture
def strict(pkg: ModuleType, testserver: AutorestServer) -> Any:
    """A client that raises on responses deviating from the spec (strict_responses=True)."""
    with pkg.AutoRestComplexTestServiceClient(endpoint=testserver.url, retries=0, strict_responses=True) as client:
        yield client


def _at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> _dt.datetime:
    return _dt.datetime(year, month, day, hour, minute, tzinfo=UTC)


# --- basic ----------------------------------------------------------------------------


def test_basic_valid(client: Any, pkg: ModuleType) -> None:
    colors = pkg.models.CMYKColors
    result = client.basic.get_valid()
    assert result == pkg.models.Basic(id=2, name="abc", color=colors.YELLOW)
    assert result.color is colors.YELLOW
    # api-version is a required single-value enum: a constant, sent without being asked.
    client.basic.put_valid(pkg.models.Basic(id=2, name="abc", color=colors.MAGENTA))


def test_basic_invalid_is_an_error(client: Any, pkg: ModuleType) -> None:
    with pytest.raises(pkg.DeserializationError):
        client.basic.get_invalid()  # {"id": "a", "name": "abc"}


def test_basic_empty_and_null(client: Any, pkg: ModuleType) -> None:
    assert client.basic.get_empty() == pkg.models.Basic()
    result = client.basic.get_null()  # {"id": null, "name": null}
    assert (result.id, result.name, result.color) == (None, None, None)


def test_basic_not_provided_is_an_error(client: Any, strict: Any, pkg: ModuleType) -> None:
    # The 200 response is a model the spec does not mark x-nullable; an empty body is not one.
    with pytest.raises(pkg.DeserializationError):
        strict.basic.get_not_provided()
    assert client.basic.get_not_provided() is None  # tolerated, as the Azure SDK


# --- primitives -----------------------------------------------------------------------


def test_int(client: Any, pkg: ModuleType) -> None:
    result = client.primitive.get_int()
    assert result == pkg.models.IntWrapper(field1=-1, field2=2)
    client.primitive.put_int(pkg.models.IntWrapper(field1=-1, field2=2))


def test_long(client: Any, pkg: ModuleType) -> None:
    result = client.primitive.get_long()
    assert result == pkg.models.LongWrapper(field1=1099511627775, field2=-999511627788)
    client.primitive.put_long(pkg.models.LongWrapper(field1=1099511627775, field2=-999511627788))


def test_float(client: Any, pkg: ModuleType) -> None:
    result = client.primitive.get_float()
    assert result == pkg.models.FloatWrapper(field1=1.05, field2=-0.003)
    client.primitive.put_float(pkg.models.FloatWrapper(field1=1.05, field2=-0.003))


def test_double(client: Any, pkg: ModuleType) -> None:
    result = client.primitive.get_double()
    assert result.field1 == 3e-100 and getattr(result, LONG_FIELD) == -5e-57
    client.primitive.put_double(pkg.models.DoubleWrapper(field1=3e-100, **{LONG_FIELD: -5e-57}))


def test_bool(client: Any, pkg: ModuleType) -> None:
    result = client.primitive.get_bool()
    assert result == pkg.models.BooleanWrapper(field_true=True, field_false=False)
    assert result.field_false is False
    client.primitive.put_bool(pkg.models.BooleanWrapper(field_true=True, field_false=False))


def test_string(client: Any, pkg: ModuleType) -> None:
    result = client.primitive.get_string()  # {"field": "goodrequest", "empty": "", "null": null}
    assert result == pkg.models.StringWrapper(field="goodrequest", empty="", null=None)
    client.primitive.put_string(pkg.models.StringWrapper(field="goodrequest", empty=""))


def test_date(client: Any, pkg: ModuleType) -> None:
    expected = pkg.models.DateWrapper(field=_dt.date(1, 1, 1), leap=_dt.date(2016, 2, 29))
    assert client.primitive.get_date() == expected
    client.primitive.put_date(expected)


def test_date_time(client: Any, pkg: ModuleType) -> None:
    expected = pkg.models.DatetimeWrapper(field=_at(1, 1, 1), now=_at(2015, 5, 18, 18, 38))
    result = client.primitive.get_date_time()  # "0001-01-01T00:00:00Z", "2015-05-18T18:38:00Z"
    assert result == expected
    client.primitive.put_date_time(expected)


def test_date_time_rfc1123_put(client: Any, pkg: ModuleType) -> None:
    # {"field": "Mon, 01 Jan 0001 00:00:00 GMT", "now": "Mon, 18 May 2015 11:38:00 GMT"}
    client.primitive.put_date_time_rfc1123(
        pkg.models.Datetimerfc1123Wrapper(field=_at(1, 1, 1), now=_at(2015, 5, 18, 11, 38))
    )


def test_date_time_rfc1123_get(client: Any, pkg: ModuleType) -> None:
    expected = pkg.models.Datetimerfc1123Wrapper(field=_at(1, 1, 1), now=_at(2015, 5, 18, 11, 38))
    assert client.primitive.get_date_time_rfc1123() == expected


def test_duration(client: Any, pkg: ModuleType) -> None:
    expected = pkg.models.DurationWrapper(field=_dt.timedelta(days=123, hours=22, minutes=14, seconds=12, milliseconds=11))
    assert client.primitive.get_duration() == expected  # "P123DT22H14M12.011S"
    client.primitive.put_duration(expected)


def test_byte(client: Any, pkg: ModuleType) -> None:
    expected = pkg.models.ByteWrapper(field=bytes([255, 254, 253, 252, 0, 250, 249, 248, 247, 246]))
    assert client.primitive.get_byte() == expected
    client.primitive.put_byte(expected)


# --- array and dictionary properties --------------------------------------------------


def test_array_property(client: Any, pkg: ModuleType) -> None:
    wrapper = pkg.models.ArrayWrapper
    # The items of "array" are plain strings, not x-nullable, yet the server sends a null
    # among them: that response does not match the spec.
    with pytest.raises(pkg.DeserializationError):
        client.array.get_valid()
    # The server wants this exact body back, null included; list items are passed through.
    client.array.put_valid(wrapper(array=["1, 2, 3, 4", "", None, "&S#$(*Y", "The quick brown fox jumps over the lazy dog"]))
    assert client.array.get_empty() == wrapper(array=[])
    client.array.put_empty(wrapper(array=[]))
    assert client.array.get_not_provided() == wrapper(array=None)  # {}


def test_dictionary_property(client: Any, pkg: ModuleType) -> None:
    wrapper = pkg.models.DictionaryWrapper
    # defaultProgram is x-nullable, its string values are not; the server sends {"": null}.
    with pytest.raises(pkg.DeserializationError):
        client.dictionary.get_valid()
    client.dictionary.put_valid(
        wrapper(default_program={"txt": "notepad", "bmp": "mspaint", "xls": "excel", "exe": "", "": None})
    )
    assert client.dictionary.get_empty() == wrapper(default_program={})
    client.dictionary.put_empty(wrapper(default_program={}))
    assert client.dictionary.get_null() == wrapper(default_program=None)  # {"defaultProgram": null}
    assert client.dictionary.get_not_provided() == wrapper(default_program=None)  # {}


# --- inheritance (allOf, no discriminator) --------------------------------------------


def _siamese(models: Any) -> Any:
    return models.Siamese(
        id=2,
        name="Siameeee",
        color="green",
        breed="persian",
        hates=[models.Dog(id=1, name="Potato", food="tomato"), models.Dog(id=-1, name="Tomato", food="french fries")],
    )


def test_inheritance(client: Any, pkg: ModuleType) -> None:
    result = client.inheritance.get_valid()
    assert result == _siamese(pkg.models)
    assert type(result) is pkg.models.Siamese and {type(dog) for dog in result.hates} == {pkg.models.Dog}
    client.inheritance.put_valid(_siamese(pkg.models))


def test_inheritance_is_python_inheritance(pkg: ModuleType) -> None:
    models = pkg.models
    assert issubclass(models.Siamese, models.Cat) and issubclass(models.Cat, models.Pet)
    assert issubclass(models.Dog, models.Pet)


# --- polymorphism (discriminator) -----------------------------------------------------


def _sharks(models: Any) -> list[Any]:
    return [
        models.Shark(age=6, birthday=_at(2012, 1, 5, 1), length=20.0, species="predator"),
        models.Sawshark(age=105, birthday=_at(1900, 1, 5, 1), length=10.0, picture=PICTURE, species="dangerous"),
        models.Goblinshark(
            age=1,
            birthday=_at(2015, 8, 8),
            length=30.0,
            species="scary",
            jawsize=5,
            color="pinkish-gray",  # not a GoblinSharkColor member; the enum is extensible
        ),
    ]


def _salmon(models: Any) -> Any:
    return models.Salmon(location="alaska", iswild=True, species="king", length=1.0, siblings=_sharks(models))


def test_polymorphism_get(client: Any, pkg: ModuleType) -> None:
    models = pkg.models
    result = client.polymorphism.get_valid()  # typed Fish
    assert type(result) is models.Salmon and isinstance(result, models.Fish)
    assert result.fishtype == "salmon"
    assert [type(fish) for fish in result.siblings] == [models.Shark, models.Sawshark, models.Goblinshark]
    assert [fish.fishtype for fish in result.siblings] == ["shark", "sawshark", "goblin"]
    assert result.siblings[2].color == "pinkish-gray"
    assert result == _salmon(models)


def test_polymorphism_put(client: Any, pkg: ModuleType) -> None:
    # The client writes "fishtype": "salmon" / "shark" / "sawshark" / "goblin" by itself.
    client.polymorphism.put_valid(_salmon(pkg.models))


def test_polymorphism_dot_syntax(client: Any, pkg: ModuleType) -> None:
    models = pkg.models
    result = client.polymorphism.get_dot_syntax()  # typed DotFish; discriminator "fish.type"
    assert type(result) is models.DotSalmon and isinstance(result, models.DotFish)
    assert result.fish_type == "DotSalmon"
    assert (result.location, result.iswild, result.species) == ("sweden", True, "king")


def test_composed_with_discriminator_declared_salmons(client: Any, pkg: ModuleType) -> None:
    models = pkg.models
    result = client.polymorphism.get_composed_with_discriminator()
    assert type(result) is models.DotFishMarket
    assert type(result.sample_salmon) is models.DotSalmon
    assert (result.sample_salmon.location, result.sample_salmon.iswild) == ("sweden", False)
    assert [(fish.location, fish.iswild) for fish in result.salmons] == [("sweden", False), ("atlantic", True)]
    assert {type(fish) for fish in result.salmons} == {models.DotSalmon}


def test_composed_with_discriminator_polymorphic_fishes(client: Any, pkg: ModuleType) -> None:
    models = pkg.models
    result = client.polymorphism.get_composed_with_discriminator()
    # sampleFish and fishes are typed DotFish; their "fish.type" is "DotSalmon".
    assert type(result.sample_fish) is models.DotSalmon
    assert (result.sample_fish.location, result.sample_fish.iswild) == ("australia", False)
    assert [type(fish) for fish in result.fishes] == [models.DotSalmon, models.DotSalmon]
    assert [fish.location for fish in result.fishes] == ["australia", "canada"]


def test_composed_without_discriminator(client: Any, pkg: ModuleType) -> None:
    models = pkg.models
    result = client.polymorphism.get_composed_without_discriminator()  # no "fish.type" anywhere
    assert type(result.sample_salmon) is models.DotSalmon
    assert (result.sample_salmon.location, result.sample_salmon.species) == ("sweden", "king")
    assert [type(fish) for fish in result.salmons] == [models.DotSalmon, models.DotSalmon]
    assert type(result.sample_fish) is models.DotFish and result.sample_fish.species == "king"
    assert [type(fish) for fish in result.fishes] == [models.DotFish, models.DotFish]


def _smart_salmon(models: Any) -> Any:
    return models.SmartSalmon(
        location="alaska",
        iswild=True,
        species="king",
        length=1.0,
        siblings=_sharks(models),
        additional_properties=dict(SMART_SALMON_EXTRA),
    )


def test_polymorphism_complicated_get(client: Any, pkg: ModuleType) -> None:
    models = pkg.models
    result = client.polymorphism.get_complicated()  # typed salmon; "fishtype": "smart_salmon"
    assert type(result) is models.SmartSalmon and isinstance(result, models.Salmon)
    assert result.college_degree is None
    assert result.additional_properties == SMART_SALMON_EXTRA  # smart_salmon has additionalProperties: true
    assert result == _smart_salmon(models)


def test_polymorphism_complicated_put(client: Any, pkg: ModuleType) -> None:
    client.polymorphism.put_complicated(_smart_salmon(pkg.models))  # "fishtype": "smart_salmon"


def test_polymorphism_missing_discriminator(client: Any, pkg: ModuleType) -> None:
    models = pkg.models
    # The client adds "fishtype": "salmon"; the answer leaves it out, and the declared type
    # (salmon) is what it decodes as.
    result = client.polymorphism.put_missing_discriminator(_salmon(models))
    assert type(result) is models.Salmon
    assert result == _salmon(models)


def test_missing_required_property_is_refused(pkg: ModuleType) -> None:
    # shark.birthday is required: a model without it cannot be built, let alone sent.
    with pytest.raises(TypeError, match="birthday"):
        pkg.models.Sawshark(species="dangerous", picture=PICTURE, length=10.0, age=105)


def test_missing_required_nested_property_is_not_sent(client: Any, pkg: ModuleType) -> None:
    models = pkg.models
    fish = models.Sawshark(
        species="snaggle toothed",
        length=18.5,
        age=2,
        birthday=_at(2013, 6, 1, 1),
        picture=PICTURE,
        siblings=[
            models.Shark(species="predator", birthday=_at(2012, 1, 5, 1), length=20.0, age=6),
            models.Sawshark(species="dangerous", picture=PICTURE, length=10.0, age=105, birthday=None),
        ],
    )
    with pytest.raises(pkg.ParameterValidationError) as caught:
        client.polymorphism.put_valid_missing_required(fish)
    assert caught.value.constraint == "required" and "birthday" in str(caught.value)


# --- polymorphic recursion ------------------------------------------------------------


def _big_fish(models: Any) -> Any:
    def shark(**extra: Any) -> Any:
        return models.Shark(age=6, birthday=_at(2012, 1, 5, 1), species="predator", length=20.0, **extra)

    def sawshark(**extra: Any) -> Any:
        return models.Sawshark(
            age=105, birthday=_at(1900, 1, 5, 1), picture=PICTURE, species="dangerous", length=10.0, **extra
        )

    coho = models.Salmon(
        location="atlantic", iswild=True, species="coho", length=2.0, siblings=[shark(), sawshark()]
    )
    return models.Salmon(
        location="alaska",
        iswild=True,
        species="king",
        length=1.0,
        siblings=[shark(siblings=[coho, sawshark(siblings=[])]), sawshark(siblings=[])],
    )


def test_polymorphic_recursive_get(client: Any, pkg: ModuleType) -> None:
    models = pkg.models
    result = client.polymorphicrecursive.get_valid()
    assert type(result) is models.Salmon
    assert [type(fish) for fish in result.siblings] == [models.Shark, models.Sawshark]
    assert [type(fish) for fish in result.siblings[0].siblings] == [models.Salmon, models.Sawshark]
    assert result == _big_fish(models)


def test_polymorphic_recursive_put(client: Any, pkg: ModuleType) -> None:
    client.polymorphicrecursive.put_valid(_big_fish(pkg.models))


# --- read-only properties -------------------------------------------------------------


def test_readonly_get(client: Any, pkg: ModuleType) -> None:
    assert client.readonlyproperty.get_valid() == pkg.models.ReadonlyObj(id="1234", size=2)


def test_readonly_put_leaves_read_only_fields_out(client: Any, pkg: ModuleType) -> None:
    obj = client.readonlyproperty.get_valid()  # id "1234", size 2: sent back as {"size": 2}
    client.readonlyproperty.put_valid(obj)


# --- x-ms-client-flatten --------------------------------------------------------------


def test_flatten_operation_has_no_server_route(client: Any, pkg: ModuleType) -> None:
    # The server implements no /complex/flatten/valid (and counts no scenario for it).
    with pytest.raises(pkg.ResourceNotFoundError):
        client.flattencomplex.get_valid()


def test_flattened_property(pkg: ModuleType) -> None:
    wire = {"kind": "Kind1", "propB1": "b", "helper": {"propBH1": "h"}, "propD1": "d"}
    derived = pkg.models.MyDerivedType.from_dict(wire)
    assert (derived.prop_b1, derived.prop_bh1, derived.prop_d1) == ("b", "h", "d")
    assert json.loads(json.dumps(derived.to_dict())) == wire
