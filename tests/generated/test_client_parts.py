"""The client's own operations cut into parts that load lazily (``generator/build/modules.py``).

The golden case ``client_parts`` (``tests/golden/client_parts/spec.yaml``, with a tiny part
budget) has only operations of no group: they are methods of the client itself, cut into
parts (``_operations_<n>.py``, async twins under ``aio/``).  Here: importing the package
loads no part; a call loads its own part (and what it needs), sync and async; the client
still has every method for ``dir()``, ``hasattr``, introspection and mypy --strict (a
wrong argument type is reported); an unknown name is the usual ``AttributeError``; a
template's ``client_members`` still adds members; parts stay under the budget.
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
from generator.pipeline import build_spec, generate
from tests.golden.cases import HERE, cases, full_package, generated
from tests.support.http_server import RecordingServer, Reply
from tests.support.specs import many_things

MAX_MODULE = 2 * 1024 * 1024
PART = re.compile(r"(?:aio/)?_operations_\d+\.py")


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return full_package("client_parts", tmp_path_factory.mktemp("client_parts"))


def _run(package: Path, code: str) -> dict[str, object]:
    """Run ``code`` in a fresh interpreter with the package importable; it prints JSON."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=package.parent, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr[-4000:]
    value: dict[str, object] = json.loads(result.stdout.strip().splitlines()[-1])
    return value


# The parts (sync and async) and the model parts loaded, in the subprocess.
LOADED = "sorted(m for m in sys.modules if re.fullmatch(r'client_parts\\.(aio\\.)?_operations_\\d+|client_parts\\.models\\._models_\\d+', m))"
NOTE = {"id": "abc", "text": "hello", "tags": [{"name": "work", "color": "red"}]}


def test_the_case_is_cut_into_parts() -> None:
    result = generated("client_parts")
    api = result.api
    parts = api.module("_client.py").parts
    assert len(parts) >= 3 and api.module("aio/_client.py").parts == parts
    # Every operation is in exactly one part, in spec order, its module and async twin rendered.
    assert [name for part in parts for name in part.methods] == [op.name for op in api.operations]
    for part in parts:
        assert f"{part.module}.py" in result.files and f"aio/{part.module}.py" in result.files
    assert "_methods.py" in api.runtime_modules and not api.module("_operations.py").operations
    client = result.files["_client.py"].decode()
    assert "def get_note" not in client and "def build_" not in result.files["_operations.py"].decode()


def test_below_the_budget_the_layout_is_unchanged() -> None:
    api = generated("client_parts").api
    whole = package_modules(api, PART_BUDGET)
    assert not any(m.parts for m in whole) and not any(PART.fullmatch(m.path) for m in whole)
    assert next(m for m in whole if m.path == "_operations.py").operations == api.operations
    # No other golden case is cut: their client operations stay in _operations.py and the client
    # (group_parts cuts a group, test_group_parts.py: it alone ships _methods.py too).
    for case in cases():
        if case != "client_parts":
            files = generated(case).files
            assert not any(PART.fullmatch(name) for name in files), case
            assert ("_methods.py" in files) == (case == "group_parts"), case


def test_importing_the_package_loads_no_part(package: Path) -> None:
    found = _run(package, f"""
        import json, re, sys
        import client_parts
        from client_parts import aio
        client = client_parts.NotesClient(endpoint="http://127.0.0.1:1")
        async_client = aio.NotesClient(endpoint="http://127.0.0.1:1")
        names = {{"sync": dir(client), "async": dir(async_client)}}
        print(json.dumps({{"loaded": {LOADED}, "names": names}}))
    """)
    assert found["loaded"] == []  # dir() lists the methods without importing their parts
    names = found["names"]
    assert isinstance(names, dict)
    methods = [op.name for op in generated("client_parts").api.operations]
    assert set(methods) <= set(names["sync"]) and set(methods) <= set(names["async"])


def test_a_call_loads_only_its_part(package: Path) -> None:
    with RecordingServer(Reply.json(NOTE)) as server:
        found = _run(package, f"""
            import inspect, json, re, sys
            import client_parts
            client = client_parts.NotesClient(endpoint={server.url!r})
            note = client.get_note("abc")
            loaded = {LOADED}
            again = client.get_note("abc")
            static = {{name: type(inspect.getattr_static(client, name)).__name__ for name in ("get_note", "put_note", "ping")}}
            print(json.dumps({{
                "loaded": loaded,
                "note": note.to_dict(),
                "again": again.text,
                "static": static,
                "signature": str(inspect.signature(client.get_note)),
                "doc": client.get_note.__doc__.splitlines()[0],
                "owner": client.get_note.__qualname__,
            }}))
        """)
        assert [r.path for r in server.requests] == ["/notes/abc", "/notes/abc"]
    parts = generated("client_parts").api.module("_client.py").parts
    own = next(part for part in parts if "get_note" in part.methods)
    assert found["note"] == NOTE and found["again"] == "hello"
    loaded = found["loaded"]
    assert isinstance(loaded, list)
    assert [name for name in loaded if "_operations_" in name] == [f"client_parts.{own.module}"]  # its part only, no async twin
    # The method read is now a plain function on the client's class; the others wait.
    assert found["static"] == {"get_note": "function", "put_note": "LazyMethod", "ping": "LazyMethod"}
    assert found["signature"].startswith("(id: 'str', *, timeout:") and found["doc"] == "Read a note."
    assert found["owner"] == f"{own.class_name}.get_note"


def test_a_page_loads_the_part_of_its_next_request(package: Path) -> None:
    """``list_notes`` asks for next pages through ``ListNotesNext`` (x-ms-pageable's
    operationName), which another part defines: that part is imported when a next page is
    first asked for (parts refer to each other lazily), not before."""
    pages = [Reply.json({"value": [NOTE], "nextLink": "page2"}), Reply.json({"value": [{"id": "def", "text": "bye"}]})]
    with RecordingServer(Reply.json({})) as server:
        server.respond(*pages)
        found = _run(package, f"""
            import json, re, sys
            import client_parts
            client = client_parts.NotesClient(endpoint={server.url!r})
            notes = iter(client.list_notes(tag="work"))
            first = next(notes).id
            loaded = {LOADED}
            ids = [first, *(note.id for note in notes)]
            print(json.dumps({{"ids": ids, "first_page": loaded, "loaded": {LOADED}}}))
        """)
        assert [r.path for r in server.requests] == ["/notes", "/notes"]
    parts = generated("client_parts").api.module("_client.py").parts
    own, other = (next(part.module for part in parts if name in part.methods) for name in ("list_notes", "list_notes_next"))
    assert own != other
    assert found["ids"] == ["abc", "def"]
    assert [name for name in found["first_page"] if "_operations_" in name] == [f"client_parts.{own}"]  # type: ignore[union-attr]
    assert [name for name in found["loaded"] if "_operations_" in name] == sorted([f"client_parts.{own}", f"client_parts.{other}"])  # type: ignore[union-attr]


def test_the_async_client_loads_only_its_part(package: Path) -> None:
    with RecordingServer(Reply.json({"name": "work", "color": "green"}, headers={"ETag": "v2"})) as server:
        found = _run(package, f"""
            import asyncio, json, re, sys
            from client_parts.aio import NotesClient

            async def main():
                async with NotesClient(endpoint={server.url!r}) as client:
                    before = {LOADED}
                    result = await client.get_tag("work")
                    return before, result
            before, result = asyncio.run(main())
            print(json.dumps({{"before": before, "after": {LOADED}, "etag": result.e_tag, "color": result.body.color.value}}))
        """)
    parts = generated("client_parts").api.module("_client.py").parts
    own = next(part.module for part in parts if "get_tag" in part.methods)
    assert found["before"] == [] and found["etag"] == "v2" and found["color"] == "green"
    after = found["after"]
    assert isinstance(after, list)
    assert [name for name in after if "_operations_" in name] == [f"client_parts.{own}", f"client_parts.aio.{own}"]


def test_an_unknown_name_is_the_usual_attribute_error(package: Path) -> None:
    found = _run(package, f"""
        import json, re, sys
        import client_parts
        client = client_parts.NotesClient(endpoint="http://127.0.0.1:1")
        try:
            client.no_such_operation
        except AttributeError as exc:
            message = str(exc)
        print(json.dumps({{
            "message": message,
            "hasattr": [hasattr(client, "no_such_operation"), hasattr(client_parts.NotesClient, "no_such_operation")],
            "loaded": {LOADED},
            "on_class": client_parts.NotesClient.ping.__qualname__,
        }}))
    """)
    assert found["message"] == "'NotesClient' object has no attribute 'no_such_operation'"
    assert found["hasattr"] == [False, False] and found["loaded"] == []
    assert str(found["on_class"]).endswith(".ping")  # read on the class: the plain function


def test_client_members_still_add_members(tmp_path: Path) -> None:
    """A template's ``client_members`` adds members; one named as an operation replaces it."""
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "_client.py.jinja").write_text(
        '{% extends "builtin/_client.py.jinja" %}{% block client_members %}'
        '    def hello(self) -> str:\n        return "hi"\n\n'
        '    def ping(self) -> str:\n        return "mine"\n{% endblock %}'
    )
    result = generate(HERE / "client_parts" / "spec.yaml", "client_parts", templates)
    write_files(tmp_path / "out" / "client_parts", result.files)
    found = _run(tmp_path / "out" / "client_parts", f"""
        import json, re, sys
        import client_parts
        client = client_parts.NotesClient(endpoint="http://127.0.0.1:1")
        print(json.dumps({{"hello": client.hello(), "ping": client.ping(), "loaded": {LOADED}, "lazy": callable(client.search)}}))
    """)
    assert found == {"hello": "hi", "ping": "mine", "loaded": [], "lazy": True}


def test_mypy_sees_every_method_with_its_signature(package: Path) -> None:
    user = package.parent / "use_parts.py"
    user.write_text(textwrap.dedent("""
        import client_parts
        from client_parts import aio
        from client_parts.models import Note


        def read(client: client_parts.NotesClient) -> str:
            note: Note = client.get_note("abc")
            found: list[Note] = client.search("hello", color="red")
            return note.text + str(len(found)) + str(client.note_exists("abc"))


        async def read_async(client: aio.NotesClient) -> str:
            note = await client.get_note("abc")
            return note.text + str([n.id async for n in client.list_notes()])


        def wrong(client: client_parts.NotesClient) -> None:
            client.get_note(42)  # an int: mypy must say so


        async def wrong_async(client: aio.NotesClient) -> None:
            await client.get_tag(name=["x"])  # a list: mypy must say so
    """))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", "client_parts", user.name],
        cwd=package.parent, capture_output=True, text=True,
    )
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]
    assert len(errors) == 2, result.stdout
    assert "use_parts.py:19" in errors[0] and "incompatible type" in errors[0].lower(), result.stdout
    assert "use_parts.py:23" in errors[1] and "incompatible type" in errors[1].lower(), result.stdout


def test_parts_stay_under_the_budget(tmp_path: Path) -> None:
    for name, content in generated("client_parts").files.items():
        assert len(content) < MAX_MODULE, name
        if PART.fullmatch(name):
            assert len(content) <= 7000, name  # the case's x-opgen-operations-budget
    # Many operations of no group, a budget of 40 kB: parts stay under it, not far below it.
    spec = many_things("GetThing{}")
    path = tmp_path / "many.json"
    path.write_text(json.dumps(spec))
    api = build_spec(path, "many").api
    rendered = render_api(api)
    parts = {name: len(text.encode()) for name, text in rendered.items() if re.fullmatch(r"_operations_\d+\.py", name)}
    assert len(parts) >= 5, parts
    assert all(size <= 40_000 for size in parts.values()), parts
    assert sum(parts.values()) > 0.6 * 40_000 * (len(parts) - 1), parts  # the estimate is close
    assert len(rendered["_client.py"]) < 40_000 and "def get_thing" not in rendered["_client.py"]
