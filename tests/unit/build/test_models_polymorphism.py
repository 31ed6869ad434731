"""allOf inheritance and discriminator polymorphism of generated models (golden case
``polymorphism``, Swagger 2.0, and small OpenAPI 3 specs built here)."""

from __future__ import annotations

import datetime as _dt
import importlib
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from generator.emit.write import write_files
from generator.pipeline import generate
from tests.golden.cases import HERE as GOLDEN

SPEC = GOLDEN / "polymorphism" / "spec.yaml"


def _load(spec: Path, out: Path, package: str) -> ModuleType:
    write_files(out / package, generate(spec, package).files)
    if str(out) not in sys.path:
        sys.path.insert(0, str(out))
    return importlib.import_module(package)


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return _load(SPEC, tmp_path_factory.mktemp("poly"), "poly_golden")


def _openapi(tmp_path: Path, schemas: dict[str, Any]) -> Path:
    spec = {
        "openapi": "3.0.3",
        "info": {"title": "Zoo", "version": "1"},
        "paths": {
            "/pets": {
                "get": {
                    "operationId": "Pets_Get",
                    "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}}}},
                }
            }
        },
        "components": {"schemas": schemas},
    }
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(spec))
    return path


def test_subclasses_follow_their_allof_parents(pkg: ModuleType) -> None:
    m = pkg.models
    assert issubclass(m.Salmon, m.Fish) and issubclass(m.SmartSalmon, m.Salmon) and issubclass(m.Shark, m.Fish)
    assert issubclass(m.TankTooSmall, m.AquariumError)
    # Finding is allOf [Tank, Salmon]: both are its bases, in that order, so it is a Fish
    # too, and a Fish or a Salmon whose fishtype says "Finding" decodes as one.
    assert m.Finding.__mro__[1:5] == (m.Tank, m.Salmon, m.Fish, object)
    finding = m.Finding(id="f", length=1.0, name="t", wild=True)
    assert finding.to_dict() == {"fishtype": "Finding", "id": "f", "length": 1.0, "name": "t", "wild": True}
    assert type(m.Fish.from_dict(finding.to_dict())) is m.Finding and m.Fish.from_dict(finding.to_dict()) == finding
    assert type(m.Salmon.from_dict({"fishtype": "Finding", "id": "f", "length": 1.0})) is m.Finding
    # Salmon and Fish are reached through Finding's later base: no __slots__ (two slotted
    # bases with fields clash); Tank and the other fish keep theirs.
    classes = [getattr(m, name) for name in m.__all__]  # models/: its names load on first use
    assert [c.__name__ for c in classes if isinstance(c, type) and hasattr(c, "from_dict") and "__slots__" not in vars(c)] == ["Fish", "Salmon"]
    names = m.__all__
    assert names.index("Fish") < names.index("Salmon") < names.index("SmartSalmon")


def test_base_decodes_as_the_subclass_its_discriminator_names(pkg: ModuleType) -> None:
    m = pkg.models
    wire = {"fishtype": "smart_salmon", "length": 2.5, "wild": True, "diploma": "x", "extra": [1]}
    fish = m.Fish.from_dict(wire)
    assert type(fish) is m.SmartSalmon
    assert (fish.length, fish.wild, fish.diploma, fish.additional_properties) == (2.5, True, "x", {"extra": [1]})
    assert fish.to_dict() == wire
    assert "diploma" in repr(fish) and "'x'" not in repr(fish)  # x-ms-secret
    assert type(m.Fish.from_dict({"fishtype": "Salmon", "length": 1})) is m.Salmon  # no x-ms-discriminator-value: the name
    assert type(m.Salmon.from_dict({"fishtype": "smart_salmon", "length": 1})) is m.SmartSalmon
    # x-ms-client-name renames the class (definitions/Trout is RainbowTrout), not its value.
    assert "Trout" not in m.__all__ and m.RainbowTrout.fishtype == "Trout"
    assert type(m.Fish.from_dict({"fishtype": "Trout", "length": 1, "spots": 3})) is m.RainbowTrout
    # Deeper in the tree too: a list of the base.
    siblings = m.Fish.from_dict({"fishtype": "Fish", "length": 1, "siblings": [{"fishtype": "shark", "length": 3, "birthday": "2020-01-02T03:04:05Z"}]}).siblings
    assert [type(f) for f in siblings] == [m.Shark]


@pytest.mark.parametrize("value", [None, "whale", 7, ["shark"]])
def test_absent_or_unknown_discriminator_decodes_as_the_declared_model(pkg: ModuleType, value: Any) -> None:
    m = pkg.models
    wire: dict[str, Any] = {"length": 1.0} if value is None else {"fishtype": value, "length": 1.0}
    fish = m.Fish.from_dict(wire)
    assert type(fish) is m.Fish and fish.fishtype == "Fish"
    assert type(m.Shark.from_dict({**wire, "birthday": "2020-01-02T03:04:05Z"})) is m.Shark


def test_each_class_writes_its_own_discriminator_value(pkg: ModuleType) -> None:
    m = pkg.models
    assert (m.Fish.fishtype, m.Salmon.fishtype, m.SmartSalmon.fishtype, m.Shark.fishtype) == ("Fish", "Salmon", "smart_salmon", "shark")
    tank = m.Tank(id="t", name="big", fish=[m.Salmon(length=1.0), m.SmartSalmon(length=2.0, additional_properties={"a": 1})])
    assert tank.to_dict()["fish"] == [{"fishtype": "Salmon", "length": 1.0}, {"fishtype": "smart_salmon", "length": 2.0, "a": 1}]
    with pytest.raises(TypeError):
        m.Salmon(length=1.0, fishtype="Shark")  # a class constant, not a field


def test_read_only_fields_are_read_but_not_sent(pkg: ModuleType) -> None:
    m = pkg.models
    wire = {"id": "t1", "name": "big", "built": "2024-01-02T03:04:05Z", "fish": [{"fishtype": "shark", "tag": "x", "length": 1.0, "birthday": "2020-01-02T03:04:05Z"}]}
    tank = m.Tank.from_dict(wire)
    assert tank.id == "t1" and tank.fish[0].tag == "x"
    assert tank.to_dict() == wire
    assert tank.to_dict(exclude_readonly=True) == {"name": "big", "fish": [{"fishtype": "shark", "length": 1.0, "birthday": "2020-01-02T03:04:05Z"}]}
    assert m.Tank(id="t", fish=[m.Salmon(length=1.0, tag="y")]).to_dict(exclude_readonly=True) == {"fish": [{"fishtype": "Salmon", "length": 1.0}]}


def _invalid(pkg: ModuleType, value: Any) -> Any:
    with pytest.raises(pkg.ParameterValidationError) as caught:
        pkg._validation.check_model("tank", value, required=True, model=pkg.models.Tank)
    return caught.value


def test_model_bodies_are_checked_all_the_way_down(pkg: ModuleType) -> None:
    m = pkg.models
    born = _dt.datetime(2020, 1, 2, tzinfo=_dt.UTC)
    fine = m.Tank(id=None, name="big", fish=[m.Shark(length=1.0, birthday=born, teeth=3, bites={"a": 10})])
    pkg._validation.check_model("tank", fine, required=True, model=m.Tank)  # read-only id: never sent, not checked
    shark = m.Shark(length=1.0, birthday=born, teeth=3)
    cases = [
        (m.Tank(id="t", name="Big"), "tank.name", "pattern"),
        (m.Tank(id="t", fish=[shark, m.Salmon(length=1.0, siblings=[m.Shark(length=2.0, birthday=None)])]), "tank.fish[1].siblings[0].birthday", "required"),
        (m.Tank(id="t", fish=[m.Shark(length=1.0, birthday=born, teeth=-1)]), "tank.fish[0].teeth", "minimum"),
        (m.Tank(id="t", fish=[m.Shark(length=1.0, birthday=born, bites={"x": 11})]), "tank.fish[0].bites['x']", "maximum"),
        (m.Tank(id="t", fish=[m.Shark(length="long", birthday=born)]), "tank.fish[0].length", "type"),
        (m.Tank(id="t", fish=[m.Tank(id="t")]), "tank.fish[0]", "type"),
        (m.Tank(id="t", fish=[shark, None]), "tank.fish[1]", "required"),  # a model item cannot be sent as null
    ]
    for value, parameter, constraint in cases:
        error = _invalid(pkg, value)
        assert (error.parameter, error.constraint) == (parameter, constraint)


def test_a_secret_that_breaks_a_rule_is_not_shown(pkg: ModuleType) -> None:
    m = pkg.models
    error = _invalid(pkg, m.Tank(id="t", fish=[m.SmartSalmon(length=1.0, diploma="hunter2")]))
    assert (error.parameter, error.constraint) == ("tank.fish[0].diploma", "pattern")
    assert "hunter2" not in str(error)


def test_flattened_properties_live_in_their_nested_objects(pkg: ModuleType) -> None:
    m = pkg.models
    wire = {"id": "t", "setup": {"volume": 3, "heater": {"watts": 50}}}
    tank = m.Tank.from_dict(wire)
    assert (tank.volume, tank.watts) == (3, 50) and not hasattr(tank, "setup")
    assert tank.to_dict() == wire
    assert m.Tank(id="t", watts=5).to_dict(exclude_readonly=True) == {"setup": {"heater": {"watts": 5}}}
    assert m.Tank(id="t").to_dict() == {"id": "t"}
    assert m.Tank.from_dict({"id": "t", "setup": None}).volume is None
    with pytest.raises(pkg.DeserializationError):
        m.Tank.from_dict({"id": "t", "setup": 5})
    error = _invalid(pkg, m.Tank(id="t", volume=0))
    assert (error.parameter, error.constraint) == ("tank.volume", "minimum")
    # The flattened schemas are still models of their own (TankSetup flattens Heater in turn).
    assert m.TankSetup(volume=1, watts=2).to_dict() == {"volume": 1, "heater": {"watts": 2}}
    assert m.Heater(watts=2).to_dict() == {"watts": 2}


def test_error_models_are_polymorphic(pkg: ModuleType) -> None:
    m = pkg.models
    error = m.AquariumError.from_dict({"code": "TooSmall", "message": "m", "capacity": 3})
    assert type(error) is m.TankTooSmall and error.capacity == 3


def test_openapi3_mapping_names_the_subtypes(tmp_path: Path) -> None:
    schemas = {
        "Pet": {
            "type": "object",
            "required": ["petType"],
            "properties": {"petType": {"type": "string"}, "name": {"type": "string"}},
            "discriminator": {"propertyName": "petType", "mapping": {"dog": "#/components/schemas/Dog", "hound": "Dog"}},
        },
        "Dog": {"allOf": [{"$ref": "#/components/schemas/Pet"}, {"type": "object", "properties": {"bark": {"type": "boolean"}}}]},
        "Cat": {"allOf": [{"$ref": "#/components/schemas/Pet"}], "properties": {"lives": {"type": "integer"}}},
    }
    generated = generate(_openapi(tmp_path, schemas), "zoo_mapping")
    models = {model.name: model for model in generated.api.models}
    assert models["Pet"].subtypes == (("dog", "Dog"), ("hound", "Dog"), ("Cat", "Cat"))
    assert (models["Dog"].base, models["Cat"].base) == ("Pet", "Pet")
    assert not [w for w in generated.warnings if "discriminator" in w.code]
    m = _load(_openapi(tmp_path, schemas), tmp_path, "zoo_mapping").models
    assert m.Dog.pet_type == "dog" and type(m.Pet.from_dict({"petType": "hound", "bark": True})) is m.Dog
    assert type(m.Pet.from_dict({"petType": "Cat", "lives": 9})) is m.Cat


def test_a_subclass_that_changes_an_inherited_field_stays_flat(tmp_path: Path) -> None:
    schemas = {
        "Pet": {"type": "object", "properties": {"name": {"type": "string"}, "age": {"type": "integer"}}},
        "Robot": {"allOf": [{"$ref": "#/components/schemas/Pet"}], "properties": {"name": {"type": "integer"}}},
        "Dog": {"allOf": [{"$ref": "#/components/schemas/Pet"}], "properties": {"name": {"type": "string", "description": "again"}}},
    }
    models = {model.name: model for model in generate(_openapi(tmp_path, schemas), "zoo_flat").api.models}
    assert models["Robot"].base is None and not any(p.inherited for p in models["Robot"].properties)
    assert models["Dog"].base == "Pet"
    assert [(p.name, p.inherited) for p in models["Dog"].properties] == [("name", False), ("age", True)]


def test_a_discriminator_that_is_not_a_property_is_a_warning(tmp_path: Path) -> None:
    schemas = {
        "Pet": {"type": "object", "properties": {"name": {"type": "string"}}, "discriminator": {"propertyName": "kind"}},
        "Dog": {"allOf": [{"$ref": "#/components/schemas/Pet"}]},
    }
    generated = generate(_openapi(tmp_path, schemas), "zoo_bad")
    assert [(w.code, w.pointer) for w in generated.warnings] == [("bad-discriminator", "/components/schemas/Pet/discriminator")]
    models = {model.name: model for model in generated.api.models}
    assert models["Dog"].base == "Pet" and models["Pet"].subtypes == ()
