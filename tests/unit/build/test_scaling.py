"""Build work grows with the spec, no faster (issue 13: Microsoft Graph's 11,422 operations).

Counted, never timed: the lines of ``generator/build`` a build runs (``sys.settrace``) for
a spec and one k times its size.  Linear work runs at most k times the lines; a step that
looks at every operation (or model, or enum) once per operation runs k² times its share,
which these specs make large enough to show.  Paging used to scan all operations and all
models for each pageable operation (Graph has 1,999), and an enum default every enum.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import generator.build
import generator.names
from generator.build import build_api
from generator.names import NameRegistry
from generator.pipeline import load_spec
from tests.support.specs import ok, spec

_BUILD = str(Path(generator.build.__file__).parent)


def _lines_run(work: Callable[[], object], where: str = _BUILD) -> int:
    """How many lines of the files under ``where`` (a folder or file, default
    ``generator/build``) ``work`` executes (a loop's condition counts once per turn)."""
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def start(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(where) else None

    previous = sys.gettrace()
    sys.settrace(start)
    try:
        work()
    finally:
        sys.settrace(previous)
    return count


def _pageable_spec(n: int) -> dict[str, Any]:
    page = {"type": "object", "properties": {"value": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}}, "nextLink": {"type": "string"}}}
    schemas: dict[str, Any] = {"Item": {"type": "object", "properties": {"id": {"type": "string"}}}}
    paths: dict[str, Any] = {}
    for i in range(n):
        schemas[f"Page{i}"] = page
        pageable = {"nextLinkName": "nextLink", "operationName": f"items{i}_listnext"}  # found by its casefolded id
        paths[f"/items{i}"] = {"get": {"operationId": f"Items{i}_List", "x-ms-pageable": pageable, "responses": ok({"$ref": f"#/components/schemas/Page{i}"})}}
        paths[f"/items{i}/next"] = {"get": {"operationId": f"Items{i}_ListNext", "responses": ok({"$ref": f"#/components/schemas/Page{i}"})}}
    return spec(paths, schemas)


def _enum_defaults_spec(n: int) -> dict[str, Any]:
    """n models, each with an enum property of its own with a default (each default used
    to search every enum built so far for its enum)."""
    schemas = {
        f"Thing{i}": {"type": "object", "properties": {"mode": {"type": "string", "enum": [f"a{i}", f"b{i}"], "default": f"b{i}"}}}
        for i in range(n)
    }
    return spec({}, schemas)  # no operations: the models are all there is to build


def _build_lines(tmp_path: Path, document: dict[str, Any]) -> tuple[int, Any]:
    path = tmp_path / "spec.json"
    path.write_text(json.dumps(document), "utf-8")
    loaded = load_spec(path)
    result: list[Any] = []
    lines = _lines_run(lambda: result.append(build_api(loaded, "scaling", str(path), {path.name: b""})))
    return lines, result[0].api


def test_paging_runs_linearly_many_lines_in_the_operations(tmp_path: Path) -> None:
    (small, _), (large, api) = _build_lines(tmp_path, _pageable_spec(50)), _build_lines(tmp_path, _pageable_spec(400))
    paged = [op.paging for op in api.all_operations if op.paging is not None]
    assert len(paged) == 400 and all(p.next_operation for p in paged)  # the lookups counted did happen
    # Linear: 8 at most (7.9: the fixed part makes it a little less); the scans of every
    # operation and every model per pageable operation made it 11.2.
    assert large / small < 9, (small, large)


def test_enum_defaults_run_linearly_many_lines_in_the_enums(tmp_path: Path) -> None:
    (small, _), (large, api) = _build_lines(tmp_path, _enum_defaults_spec(50)), _build_lines(tmp_path, _enum_defaults_spec(800))
    defaults = [p.default_member for m in api.models for p in m.properties]
    assert len(defaults) == 800 and all(defaults)  # each default found its enum member
    # Linear: 16 at most (14.5); searching every enum for each default made it 21.6.
    assert large / small < 18, (small, large)


def test_claiming_one_name_many_times_is_not_quadratic() -> None:
    def claims(n: int) -> list[str]:
        registry = NameRegistry()
        return [registry.claim("Widget") for _ in range(n)]

    names = claims(2000)
    assert names[:3] == ["Widget", "Widget2", "Widget3"] and names[-1] == "Widget2000" and len(set(names)) == 2000
    small, large = _lines_run(lambda: claims(500), generator.names.__file__), _lines_run(lambda: claims(2000), generator.names.__file__)
    # Linear: 4; counting from 2 at every claim of a taken name made it 15.9.
    assert large / small < 5, (small, large)
