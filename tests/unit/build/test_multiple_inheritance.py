"""Models with several allOf parents (golden case ``multiple_inheritance``): each parent a
Python base, the slot layout that makes it possible, diamonds, polymorphic decoding through
every base, and mypy accepting a model where any of its parents is expected."""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
import random
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from generator.build import build_api
from generator.emit.render import render_api, runtime_files
from generator.emit.write import write_files
from generator.pipeline import generate, load_spec
from tests.golden.cases import HERE as GOLDEN
from tests.golden.cases import full_package

SPEC = GOLDEN / "multiple_inheritance" / "spec.yaml"


def _load(spec: Path, out: Path, package: str) -> ModuleType:
    write_files(out / package, generate(spec, package).files)
    if str(out) not in sys.path:
        sys.path.insert(0, str(out))
    importlib.invalidate_caches()
    return importlib.import_module(package)


@pytest.fixture(scope="module")
def pkg(tmp_path_factory: pytest.TempPathFactory) -> ModuleType:
    return _load(SPEC, tmp_path_factory.mktemp("menagerie"), "menagerie_golden")


def _models(spec: Path | dict[str, Any], tmp_path: Path) -> dict[str, Any]:
    if isinstance(spec, dict):
        path = tmp_path / "spec.json"
        path.write_text(json.dumps(spec))
        spec = path
    return {m.name: m for m in generate(spec, "probe").api.models}


def test_a_model_subclasses_every_allof_parent(pkg: ModuleType) -> None:
    m = pkg.models
    assert m.Cat.__bases__ == (m.Pet, m.Feline) and m.Kitten.__bases__ == (m.Cat,)
    kitten = m.Kitten(name="Kitty", meows=True, eats_mice_yet=False)
    assert isinstance(kitten, m.Pet) and isinstance(kitten, m.Feline)
    # The diamond: Animal once in the order, after both bases.
    assert m.Otter.__mro__ == (m.Otter, m.Mammal, m.Swimmer, m.Animal, object)
    assert issubclass(m.SeaOtter, m.Swimmer) and issubclass(m.SeaOtter, m.Mammal)
    # A parent another base derives from is left out: Pup is allOf [Animal, Mammal].
    assert m.Pup.__bases__ == (m.Mammal,)
    # A parent whose field the model has otherwise is merged, not a base.
    assert m.Robot.__bases__ == (m.Gadget,) and not issubclass(m.Robot, m.Pet)


def test_later_bases_are_not_slotted(pkg: ModuleType) -> None:
    m = pkg.models
    plain = {name for name in m.__all__ if "__slots__" not in vars(getattr(m, name))}
    # Swimmer and Feline are later bases; Animal is reached through Otter's first base too.
    assert plain == {"Swimmer", "Feline"}
    otter = m.Otter(name="o", depth=3)
    assert not hasattr(m.Pet(name="p"), "__dict__") and not hasattr(m.Mammal(name="m"), "__dict__")
    assert otter.__dict__ == {}  # the fields of Otter still live in slots (its own class's)
    assert m.Swimmer(name="s", depth=1).__dict__ == {"depth": 1}


def test_fields_of_every_base_are_read_written_and_checked(pkg: ModuleType) -> None:
    m = pkg.models
    wire = {"kind": "Otter", "name": "Ollie", "furry": True, "depth": 4, "whiskers": 30}
    otter = m.Otter.from_dict(wire)
    assert (otter.name, otter.furry, otter.depth, otter.whiskers) == ("Ollie", True, 4, 30)
    assert otter.to_dict() == wire
    assert dataclasses.replace(otter, depth=5).depth == 5
    assert otter == m.Otter(name="Ollie", furry=True, depth=4, whiskers=30) != m.Mammal(name="Ollie", furry=True)
    for value, parameter, constraint in [
        (m.Otter(name="O" * 11), "otter.name", "max_length"),  # from Animal, through both bases
        (m.Otter(name="o", depth=-1), "otter.depth", "minimum"),  # from Swimmer, the later base
    ]:
        with pytest.raises(pkg.ParameterValidationError) as caught:
            pkg._validation.check_model("otter", value, required=True, model=m.Swimmer)
        assert (caught.value.parameter, caught.value.constraint) == (parameter, constraint)
    with pytest.raises(TypeError):
        m.Cat()  # name: Pet requires it, so Cat declares it again as required
    assert m.Feline().name is None and m.Cat(name="c").to_dict() == {"name": "c"}
    assert "'***'" in repr(m.Cat(name="c", chip="s3cr3t")) and "s3cr3t" not in repr(m.Kitten(name="k", chip="s3cr3t"))


def test_every_base_decodes_its_descendants_by_discriminator(pkg: ModuleType) -> None:
    m = pkg.models
    for base in (m.Animal, m.Mammal, m.Swimmer, m.Otter):
        sea_otter = base.from_dict({"kind": "sea-otter", "name": "s", "depth": 9, "kelp": True})
        assert type(sea_otter) is m.SeaOtter and (sea_otter.depth, sea_otter.kelp) == (9, True)
    assert type(m.Swimmer.from_dict({"kind": "Otter", "name": "o"})) is m.Otter
    assert type(m.Swimmer.from_dict({"kind": "Pup", "name": "p"})) is m.Swimmer  # not a swimmer
    assert type(m.Animal.from_dict({"kind": "Pup", "name": "p"})) is m.Pup
    assert m.SeaOtter.kind == "sea-otter" and m.SeaOtter(name="s").to_dict() == {"kind": "sea-otter", "name": "s"}


def test_a_model_goes_where_any_parent_is_expected(pkg: ModuleType) -> None:
    sent: list[Any] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json={**sent[-1], "kind": "Otter"})

    m = pkg.models
    with pkg.MenagerieClient(http_client=httpx.Client(transport=httpx.MockTransport(handler)), retries=0) as client:
        stored = client.swimmers.put(m.Otter(name="o", furry=False, depth=2))
        assert sent == [{"kind": "Otter", "name": "o", "furry": False, "depth": 2}]
        assert type(stored) is m.Otter and stored.depth == 2
        with pytest.raises(pkg.ParameterValidationError):
            client.swimmers.put(m.Otter(name="o", depth=-1))  # checked as an Otter
        client.cats.put(m.Kitten(name="k", meows=True, eats_mice_yet=True))
        assert sent[-1] == {"name": "k", "meows": True, "eatsMiceYet": True}
    assert len(sent) == 2


USAGE = '''
from __future__ import annotations

from multiple_inheritance import MenagerieClient
from multiple_inheritance.models import Animal, Cat, Feline, Kitten, Mammal, Otter, Pet, SeaOtter, Swimmer


def depth(swimmer: Swimmer) -> int | None:
    return swimmer.depth


def sound(feline: Feline) -> bool | None:
    return feline.meows


def send(client: MenagerieClient, otter: Otter) -> Swimmer:
    return client.swimmers.put(otter)


otter = SeaOtter(name="s", furry=True, depth=3, kelp=True)
animals: list[Animal] = [otter, Mammal(name="m")]
pets: list[Pet] = [Kitten(name="k")]
depth(otter)
sound(Kitten(name="k", meows=True))
swimmer: Swimmer = Swimmer.from_dict({"kind": "Otter", "name": "o"})
'''


def test_mypy_accepts_a_model_where_any_parent_is_expected(tmp_path: Path) -> None:
    golden = full_package("multiple_inheritance", tmp_path / "golden")
    ok, bad = tmp_path / "usage_ok.py", tmp_path / "usage_bad.py"
    ok.write_text(USAGE)
    bad.write_text(
        "from multiple_inheritance.models import Mammal, Pet, Robot, Swimmer\n"
        "a: Pet = Robot(name=1)\n"  # Pet is merged into Robot, not a base
        "b: Mammal = Swimmer(name='s')\n"
    )
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null"]
    env = {**os.environ, "MYPYPATH": str(golden.parent)}
    result = subprocess.run([*command, str(ok)], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stdout + result.stderr
    result = subprocess.run([*command, str(bad)], cwd=tmp_path, capture_output=True, text=True, env=env)
    assert result.returncode == 1 and result.stdout.count("[assignment]") == 2, result.stdout + result.stderr


def test_a_parent_that_breaks_the_method_order_is_merged(tmp_path: Path) -> None:
    def obj(**props: str) -> dict[str, Any]:
        return {"type": "object", "properties": {k: {"type": v} for k, v in props.items()}}

    def of(*names: str, **props: str) -> dict[str, Any]:
        return {"allOf": [{"$ref": f"#/definitions/{n}"} for n in names], **obj(**props)}

    definitions = {"A": obj(a="string"), "B": obj(b="string"), "AB": of("A", "B"), "BA": of("B", "A"), "Mixed": of("AB", "BA", c="integer")}
    spec = {"swagger": "2.0", "info": {"title": "Mro", "version": "1"}, "paths": {}, "definitions": definitions}
    models = _models(spec, tmp_path)
    assert models["Mixed"].bases == ("AB",)  # (AB, BA) has no consistent order
    assert [(p.name, p.inherited) for p in models["Mixed"].properties] == [("a", True), ("b", True), ("c", False)]
    assert (models["AB"].bases, models["BA"].bases) == (("A", "B"), ("B", "A"))
    assert {name for name, model in models.items() if not model.slots} == {"A", "B"}


def _random_spec(rng: random.Random, size: int) -> dict[str, Any]:
    """Models M0..Mn, each allOf up to three earlier ones, with their own fields and some
    shared names (same or different types), one discriminator at the root."""
    definitions: dict[str, Any] = {}
    for i in range(size):
        props = {f"f{i}": {"type": "string"}}
        for shared in rng.sample(["x", "y", "z"], rng.randint(0, 2)):
            props[shared] = {"type": rng.choice(["string", "string", "integer"])}
        node: dict[str, Any] = {"type": "object", "properties": props}
        if rng.random() < 0.3:
            node["required"] = [rng.choice(sorted(props))]
        if i == 0:
            props["kind"] = {"type": "string"}
            node["discriminator"], node["required"] = "kind", ["kind"]
        parents = rng.sample(range(i), min(i, rng.choice([0, 1, 2, 2, 3])))
        if parents:
            node["allOf"] = [{"$ref": f"#/definitions/M{p}"} for p in parents]
        definitions[f"M{i}"] = node
    return {"swagger": "2.0", "info": {"title": "Random", "version": "1"}, "paths": {}, "definitions": definitions}


@pytest.mark.parametrize("seed", range(12))
def test_random_inheritance_graphs_import_and_keep_every_base(seed: int, tmp_path: Path) -> None:
    rng = random.Random(seed)
    spec_path = tmp_path / "spec.json"
    spec_path.write_text(json.dumps(_random_spec(rng, rng.randint(6, 12))))
    package = f"mi_random_{seed}"
    api = build_api(load_spec(spec_path), package, str(spec_path), {"spec.json": b""}).api
    for name, source in (render_api(api) | runtime_files(api)).items():
        path = tmp_path / package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(source, encoding="utf-8")
    sys.path.insert(0, str(tmp_path))
    try:
        models = importlib.import_module(f"{package}.models")  # a layout conflict is a TypeError here
        for model in api.models:
            cls = getattr(models, model.name)
            assert cls.__bases__ == tuple(getattr(models, b) for b in model.bases) or (not model.bases and cls.__bases__ == (object,))
            assert ("__slots__" in vars(cls)) == model.slots
            fields = {p.name: (1 if p.type.kind == "int" else "v") for p in model.properties if p.constant is None}
            value = cls(**fields)
            assert cls.from_dict(value.to_dict()) == value
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m.split(".")[0] == package]:
            del sys.modules[name]
