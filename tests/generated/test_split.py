"""A package split into bounded modules that load lazily (``generator/build/modules.py``).

The golden case ``split`` (``tests/golden/split/spec.yaml``, with a tiny part budget) has
several operation groups and its models in several parts, with bases, subtypes and field
types across parts (cycles included).  Here: importing the package loads no group module
and no part of the models; a call loads its group's module and the parts it uses; names
resolve through ``<package>.models`` at runtime and for mypy --strict; no module is over
its budget.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.build.modules import PART_BUDGET, package_modules
from generator.emit.render import render_api
from generator.pipeline import build_spec
from tests.golden.cases import full_package, generated
from tests.support.http_server import RecordingServer, Reply

MAX_MODULE = 2 * 1024 * 1024


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return full_package("split", tmp_path_factory.mktemp("split"))


def _run(package: Path, code: str) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter with the package importable; it prints JSON."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=package.parent, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-4000:]
    value: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return value


LOADED = "sorted(m for m in sys.modules if m.startswith(('split.models.', 'split.operations.', 'split.aio.operations.')))"


def test_the_case_is_split() -> None:
    files = generated("split").files
    parts = [name for name in files if name.startswith("models/_models_")]
    groups = [name for name in files if name.startswith("operations/_") and name.endswith("_operations.py")]
    assert len(parts) >= 2 and len(groups) >= 2
    assert "models.py" not in files and "models/__init__.py" in files and "aio/operations/_animals_operations.py" in files


def test_importing_the_package_loads_no_group_and_no_model(package: Path) -> None:
    loaded = _run(package, f"""
        import json, sys
        import split
        client = split.ZooClient(endpoint="http://127.0.0.1:1")
        print(json.dumps({{"loaded": {LOADED}, "models": "split.models" in sys.modules}}))
    """)
    assert loaded == {"loaded": [], "models": False}


def test_a_call_loads_its_group_and_the_parts_it_uses(package: Path) -> None:
    dog = {"kind": "dog", "name": "rex", "color": "red", "friends": [{"kind": "kitten", "name": "tom", "lives": 9, "mother": {"kind": "cat", "name": "kit"}}]}
    with RecordingServer(Reply.json(dog)) as server:
        found = _run(package, f"""
            import json, sys
            import split
            client = split.ZooClient(endpoint={server.url!r})
            animal = client.animals.get("rex")
            loaded = {LOADED}
            from split.models import Cat, Dog, Kitten
            assert type(animal) is Dog and type(animal.friends[0]) is Kitten and type(animal.friends[0].mother) is Cat
            assert animal.to_dict() == {dog!r}
            print(json.dumps({{"loaded": loaded, "groups": sorted(vars(client)), "type": type(animal).__name__}}))
        """)
    assert found["type"] == "Dog"
    loaded = found["loaded"]
    assert isinstance(loaded, list)
    assert "split.operations._animals_operations" in loaded
    assert not any("_keepers_" in name or "_crates_" in name for name in loaded)  # the other groups
    assert not any(name.startswith("split.aio.") for name in loaded)
    parts = generated("split").api.modules
    animals = next(m for m in parts if m.path == "operations/_animals_operations.py")
    assert animals.operations and "split.models._models_3" not in loaded  # Keeper: not met yet, so not loaded


def test_models_resolve_by_name_in_any_order(package: Path) -> None:
    found = _run(package, """
        import json
        import split.models._models_8 as last  # a late part (Kitten) first: its bases and references still resolve
        import split
        from split import models
        from split.models import Animal, Crate
        kitten = models.Kitten.from_dict({"kind": "kitten", "name": "tom", "keeper": {"id": 1, "favorite": {"kind": "dog", "name": "rex"}}})
        crate = Crate.from_dict({"boxes": [{"size": "large", "crate": {}}]})
        print(json.dumps({
            "kitten": type(kitten).__name__,
            "favorite": type(kitten.keeper.favorite).__name__,
            "box": crate.boxes[0].size.value,
            "all": sorted(models.__all__) == sorted(set(models.__all__)),
            "dir": {"Animal", "Kitten", "Color"} <= set(dir(models)),
            "via_package": split.models.Dog.__name__,
            "same": models.Animal is Animal and models.Kitten is last.Kitten,
            "missing": not hasattr(models, "NoSuchModel"),
        }))
    """)
    assert found == {"kitten": "Kitten", "favorite": "Dog", "box": "large", "all": True, "dir": True, "via_package": "Dog", "same": True, "missing": True}


def test_the_async_client_loads_its_group_lazily(package: Path) -> None:
    with RecordingServer(Reply.json({"id": 7, "pets": [{"kind": "cat", "name": "kit"}]}, headers={"ETag": "v1"})) as server:
        found = _run(package, f"""
            import asyncio, json, sys
            from split.aio import ZooClient

            async def main():
                async with ZooClient(endpoint={server.url!r}) as client:
                    before = {LOADED}
                    result = await client.keepers.get(7)
                    return before, result
            before, result = asyncio.run(main())
            print(json.dumps({{"before": before, "after": {LOADED}, "etag": result.e_tag, "pet": type(result.body.pets[0]).__name__}}))
        """)
    assert found["before"] == [] and found["etag"] == "v1" and found["pet"] == "Cat"
    after = found["after"]
    assert isinstance(after, list)
    assert "split.aio.operations._keepers_operations" in after and "split.operations._keepers_operations" in after
    assert not any("_animals_" in name or "_crates_" in name for name in after)


def test_mypy_types_names_from_the_models_package(package: Path) -> None:
    user = package.parent / "use_split.py"
    user.write_text(textwrap.dedent("""
        import split
        from split.models import Dog, Keeper
        from split.operations import AnimalsOperations

        def names(keeper: Keeper) -> list[str]:
            return [pet.name for pet in keeper.pets or ()]

        def kind(client: split.ZooClient) -> str:
            group: AnimalsOperations = client.animals
            dog = split.models.Dog(name="rex")
            return group.get(dog.name).kind

        wrong: int = Dog(name="rex").name  # a str: mypy must say so
    """))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", "split", user.name],
        cwd=package.parent, capture_output=True, text=True,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and "use_split.py:14" in errors[0] and "incompatible types" in errors[0].lower(), result.stdout


def test_no_module_over_the_budget(tmp_path: Path) -> None:
    for name, content in generated("split").files.items():
        assert len(content) < MAX_MODULE, name
    # Many models, a budget of 40 kB: parts stay under it (as rendered; black changes little).
    definitions = {
        f"Model{i}": {
            "type": "object",
            "description": f"Model number {i}.",
            "properties": {
                **{f"field{j}": {"type": "string", "description": f"Field {j} of model {i}.", "maxLength": 40} for j in range(8)},
                "next": {"$ref": f"#/definitions/Model{(i + 1) % 120}"},
                "items": {"type": "array", "items": {"$ref": f"#/definitions/Model{(i * 7) % 120}"}},
            },
        }
        for i in range(120)
    }
    spec = {
        "swagger": "2.0",
        "info": {"title": "Many", "version": "1"},
        "x-opgen-part-budget": 40_000,
        "paths": {
            f"/m{i}": {"get": {"operationId": f"Group{i % 3}_Get{i}", "responses": {"200": {"description": "ok", "schema": {"$ref": f"#/definitions/Model{i}"}}}}}
            for i in range(0, 120, 10)
        },
        "definitions": definitions,
    }
    path = tmp_path / "many.json"
    path.write_text(json.dumps(spec))
    api = build_spec(path, "many").api
    rendered = render_api(api)
    parts = {name: len(text.encode()) for name, text in rendered.items() if name.startswith("models/_models_")}
    assert len(parts) >= 5, parts
    assert all(size <= 40_000 for size in parts.values()), parts
    assert {m.path for m in package_modules(api, 40_000)} == {m.path for m in api.modules}
    # Parts are not much smaller than the budget either: the size estimate is close.
    assert sum(parts.values()) > 0.6 * 40_000 * (len(parts) - 1), parts
    assert len([m for m in package_modules(api, PART_BUDGET) if m.path.startswith("models/_models_")]) < len(parts)


def test_bases_are_in_the_same_part_or_an_earlier_one() -> None:
    api = generated("split").api
    part_of = {m.name: n for n, module in enumerate(api.modules) for m in module.models}
    crossing = [(m.name, base) for module in api.modules for m in module.models for base in m.bases if part_of[base] != part_of[m.name]]
    assert crossing and all(part_of[base] < part_of[name] for name, base in crossing)
    # Subtype tables across parts are filled on first use; references across parts are lazy.
    assert any(module.refs for module in api.modules)
