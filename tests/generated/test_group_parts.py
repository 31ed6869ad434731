"""An operation group cut into parts that load lazily (``generator/build/modules.py``).

The golden case ``group_parts`` (``tests/golden/group_parts/spec.yaml``, with a tiny
operations budget) has a group, ``pets``, too big for one module: its module keeps the
group's class, which takes its methods from parts (``operations/_pets_operations_<n>.py``,
async twins under ``aio/operations/``), through the mechanism the client's own operations
use (``_methods.lazy_methods``).  The ``stores`` group and the client's own operations fit
and stay whole; both page through a builder of a pets part, as a pets part pages through
another's.  Here: importing the package or reaching ``client.pets`` loads no part; a call
loads its own part, sync and async; a next page loads the part of its request when first
asked for; mypy --strict sees every method with its signature; modules stay under the budget.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator.build.modules import PART_BUDGET, package_modules
from generator.emit.render import render_api
from generator.emit.write import write_files
from generator.ir import OperationsPart
from generator.pipeline import build_spec, generate
from tests.golden.cases import HERE, full_package, generated
from tests.support.http_server import RecordingServer, Reply
from tests.support.specs import many_things

MAX_MODULE = 2 * 1024 * 1024
PET = {"id": "abc", "name": "Rex", "kind": "dog"}

# The group parts (sync and async) loaded, in the subprocess.
LOADED = "sorted(m for m in sys.modules if re.fullmatch(r'group_parts\\.(aio\\.)?operations\\._\\w+_operations_\\d+', m))"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return full_package("group_parts", tmp_path_factory.mktemp("group_parts"))


def _run(package: Path, code: str) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter with the package importable; it prints JSON."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=package.parent, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-4000:]
    value: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return value


def _parts() -> tuple[OperationsPart, ...]:
    return generated("group_parts").api.module("operations/_pets_operations.py").parts


def _part_of(method: str) -> str:
    return next(part.module for part in _parts() if method in part.methods)


def test_the_group_is_cut_into_parts() -> None:
    result = generated("group_parts")
    api = result.api
    pets = next(g for g in api.groups if g.name == "pets")
    parts = _parts()
    assert len(parts) >= 3 and api.module("aio/operations/_pets_operations.py").parts == parts
    # Every operation of the group is in exactly one part, in order, its module and async twin rendered.
    assert [name for part in parts for name in part.methods] == [op.name for op in pets.operations]
    for part in parts:
        assert f"operations/{part.module}.py" in result.files and f"aio/operations/{part.module}.py" in result.files
    group = result.files["operations/_pets_operations.py"].decode()
    assert "def get(" not in group and "def build_" not in group and "_methods.lazy_methods" in group
    # The stores group and the client's own operations fit: whole, as before.
    stores = api.module("operations/_stores_operations.py")
    assert not stores.parts and stores.operations and api.module("_operations.py").operations == api.operations
    assert not api.module("_client.py").parts and "_methods.py" in api.runtime_modules
    assert not any(re.fullmatch(r"(aio/)?(operations/)?_(stores_)?operations_\d+\.py", name) for name in result.files)


def test_below_the_budget_the_group_is_whole() -> None:
    api = generated("group_parts").api
    whole = package_modules(api, PART_BUDGET, PART_BUDGET)
    assert not any(m.parts for m in whole) and not any(re.search(r"_operations_\d+\.py$", m.path) for m in whole)
    pets = next(m for m in whole if m.path == "operations/_pets_operations.py")
    assert pets.operations == next(g for g in api.groups if g.name == "pets").operations


def test_next_page_builders_of_other_modules_are_bound_lazily() -> None:
    """A module paging through a builder another module defines reaches it as
    ``<module>.build_...``, the module bound lazily (no import at the top: no cycle, and no
    part loaded before a next page is asked for)."""
    files = generated("group_parts").files
    other = _part_of("list_next")
    assert _part_of("list") != other
    for name in ("_operations.py", "operations/_stores_operations.py", f"operations/{_part_of('list')}.py"):
        text = files[name].decode()
        assert f"{other}.build_pets_list_next_request(" in text, name
        assert f"{other} = _serde.LazyModule(" in text and "import build_" not in text, name


def test_reaching_the_group_loads_no_part(package: Path) -> None:
    found = _run(package, f"""
        import json, re, sys
        import group_parts
        from group_parts import aio
        client = group_parts.PetShopClient(endpoint="http://127.0.0.1:1")
        async_client = aio.PetShopClient(endpoint="http://127.0.0.1:1")
        names = {{"sync": dir(client.pets), "async": dir(async_client.pets)}}
        print(json.dumps({{"loaded": {LOADED}, "names": names, "group": "group_parts.operations._pets_operations" in sys.modules}}))
    """)
    assert found["loaded"] == [] and found["group"] is True  # dir() lists the methods without importing their parts
    names = found["names"]
    assert isinstance(names, dict)
    methods = [name for part in _parts() for name in part.methods]
    assert set(methods) <= set(names["sync"]) and set(methods) <= set(names["async"])


def test_a_call_loads_only_its_part(package: Path) -> None:
    with RecordingServer(Reply.json(PET)) as server:
        found = _run(package, f"""
            import inspect, json, re, sys
            import group_parts
            client = group_parts.PetShopClient(endpoint={server.url!r})
            pet = client.pets.get("abc")
            loaded = {LOADED}
            again = client.pets.get("abc")
            static = {{name: type(inspect.getattr_static(client.pets, name)).__name__ for name in ("get", "search", "list")}}
            try:
                client.pets.no_such_operation
            except AttributeError as exc:
                message = str(exc)
            print(json.dumps({{
                "loaded": loaded,
                "pet": pet.to_dict(),
                "again": again.name,
                "static": static,
                "signature": str(inspect.signature(client.pets.get)),
                "doc": client.pets.get.__doc__.splitlines()[0],
                "owner": client.pets.get.__qualname__,
                "message": message,
            }}))
        """)
        assert [r.path for r in server.requests] == ["/pets/abc", "/pets/abc"]
    own = _part_of("get")
    assert found["pet"] == PET and found["again"] == "Rex"
    assert found["loaded"] == [f"group_parts.operations.{own}"]  # its part only, no async twin
    # The method read is now a plain function on the group's class; the others wait.
    assert found["static"] == {"get": "function", "search": "LazyMethod", "list": "LazyMethod"}
    assert found["signature"].startswith("(id: 'str', *, timeout:") and found["doc"] == "Read a pet."
    owner = next(part.class_name for part in _parts() if part.module == own)
    assert found["owner"] == f"{owner}.get"
    assert found["message"] == "'PetsOperations' object has no attribute 'no_such_operation'"


def test_the_async_group_loads_only_its_part(package: Path) -> None:
    with RecordingServer(Reply.json(PET)) as server:
        found = _run(package, f"""
            import asyncio, json, re, sys
            from group_parts.aio import PetShopClient

            async def main():
                async with PetShopClient(endpoint={server.url!r}) as client:
                    before = {LOADED}
                    pet = await client.pets.feed("abc", grams=100)
                    return before, pet
            before, pet = asyncio.run(main())
            print(json.dumps({{"before": before, "after": {LOADED}, "pet": pet.to_dict()}}))
        """)
        assert [(r.method, r.target) for r in server.requests] == [("POST", "/pets/abc/feed?grams=100")]
    own = _part_of("feed")
    assert found["before"] == [] and found["pet"] == PET
    assert found["after"] == [f"group_parts.aio.operations.{own}", f"group_parts.operations.{own}"]


@pytest.mark.parametrize("call", ["client.pets.list(kind='dog')", "client.stores.list_pets('s1')", "client.list_all_pets()"])
def test_a_next_page_loads_the_part_of_its_request(package: Path, call: str) -> None:
    """``pets.list`` (a part), ``stores.list_pets`` (a whole group) and ``list_all_pets`` (the
    client's own, in ``_operations.py``) ask for next pages through ``pets.list_next``, which
    a part of pets defines: that part is imported when a next page is first asked for."""
    pages = [Reply.json({"value": [PET], "nextLink": "page2"}), Reply.json({"value": [{"id": "def", "name": "Tom"}]})]
    with RecordingServer(Reply.json({})) as server:
        server.respond(*pages)
        found = _run(package, f"""
            import json, re, sys
            import group_parts
            client = group_parts.PetShopClient(endpoint={server.url!r})
            pets = iter({call})
            first = next(pets).id
            loaded = {LOADED}
            ids = [first, *(pet.id for pet in pets)]
            print(json.dumps({{"ids": ids, "first_page": loaded, "loaded": {LOADED}}}))
        """)
        assert len(server.requests) == 2 and server.requests[1].target == "/pets?next=page2"
    own = [f"group_parts.operations.{_part_of('list')}"] if call.startswith("client.pets") else []
    other = f"group_parts.operations.{_part_of('list_next')}"
    assert found["ids"] == ["abc", "def"]
    assert found["first_page"] == own
    assert found["loaded"] == sorted([*own, other])


def test_mypy_sees_every_method_with_its_signature(package: Path) -> None:
    user = package.parent / "use_group_parts.py"
    user.write_text(textwrap.dedent("""
        import group_parts
        from group_parts import aio
        from group_parts.models import Pet


        def read(client: group_parts.PetShopClient) -> str:
            pet: Pet = client.pets.get("abc")
            found: list[Pet] = client.pets.search("rex")
            return pet.name + str(len(found)) + str(client.pets.exists("abc")) + str([p.id for p in client.pets.list()])


        async def read_async(client: aio.PetShopClient) -> str:
            pet = await client.pets.feed("abc", grams=10)
            return pet.name + str([p.id async for p in client.pets.list()])


        def wrong(client: group_parts.PetShopClient) -> None:
            client.pets.get(42)  # an int: mypy must say so


        async def wrong_async(client: aio.PetShopClient) -> None:
            await client.pets.feed("abc", grams="a lot")  # a str: mypy must say so
    """))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", "group_parts", user.name],
        cwd=package.parent, capture_output=True, text=True,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, result.stdout
    assert "use_group_parts.py:19" in errors[0] and "incompatible type" in errors[0].lower(), result.stdout
    assert "use_group_parts.py:23" in errors[1] and "incompatible type" in errors[1].lower(), result.stdout


def test_parts_stay_under_the_budget(tmp_path: Path) -> None:
    for name, content in generated("group_parts").files.items():
        assert len(content) < MAX_MODULE, name
        if re.fullmatch(r"operations/_pets_operations_\d+\.py", name):
            assert len(content) <= 7500, name  # the case's x-opgen-operations-budget
    # One group of many operations, a budget of 40 kB: its parts stay under it, not far below it.
    spec = many_things("Things_Get{}")
    path = tmp_path / "many.json"
    path.write_text(json.dumps(spec))
    rendered = render_api(build_spec(path, "many").api)
    parts = {name: len(text.encode()) for name, text in rendered.items() if re.fullmatch(r"operations/_things_operations_\d+\.py", name)}
    assert len(parts) >= 5, parts
    assert all(size <= 40_000 for size in parts.values()), parts
    assert sum(parts.values()) > 0.6 * 40_000 * (len(parts) - 1), parts  # the estimate is close
    group = rendered["operations/_things_operations.py"]
    assert len(group) < 40_000 and "def get0" not in group and len(rendered["aio/operations/_things_operations.py"]) < 40_000


def test_a_group_part_pages_through_a_part_of_the_client(tmp_path: Path) -> None:
    """The other way across packages: a part of a group (``operations/``) asks for its next
    pages through a builder of a part of the client's own operations (the package's top),
    bound lazily by the package's name."""
    spec = (HERE / "group_parts" / "spec.yaml").read_text()
    spec = spec.replace("x-opgen-operations-budget: 7500", "x-opgen-operations-budget: 5000")
    spec = spec.replace(
        "      x-ms-pageable: {nextLinkName: nextLink, operationName: Pets_ListNext}\n      parameters:\n        - {name: store",
        "      x-ms-pageable: {nextLinkName: nextLink, operationName: ListAllPets}\n      parameters:\n        - {name: store",
    )
    (tmp_path / "spec.yaml").write_text(spec)
    result = generate(tmp_path / "spec.yaml", "group_parts")
    api = result.api
    client_part = next(p.module for p in api.module("_client.py").parts if "list_all_pets" in p.methods)
    stores_part = next(p.module for p in api.module("operations/_stores_operations.py").parts if "list_pets" in p.methods)
    text = result.files[f"operations/{stores_part}.py"].decode()
    assert f"{client_part}.build_list_all_pets_request(" in text and "import build_" not in text
    write_files(tmp_path / "out" / "group_parts", result.files)
    pages = [Reply.json({"value": [PET], "nextLink": "page2"}), Reply.json({"value": [{"id": "def", "name": "Tom"}]})]
    with RecordingServer(Reply.json({})) as server:
        server.respond(*pages)
        found = _run(tmp_path / "out" / "group_parts", f"""
            import json, re, sys
            import group_parts
            client = group_parts.PetShopClient(endpoint={server.url!r})
            pets = iter(client.stores.list_pets("s1"))
            first = next(pets).id
            before = "group_parts.{client_part}" in sys.modules
            ids = [first, *(pet.id for pet in pets)]
            print(json.dumps({{"ids": ids, "before": before, "after": "group_parts.{client_part}" in sys.modules}}))
        """)
        assert [r.target for r in server.requests] == ["/stores/s1/pets", "/all-pets"]
    assert found == {"ids": ["abc", "def"], "before": False, "after": True}
