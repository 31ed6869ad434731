"""Build work grows with the spec, no faster (issue 13: Microsoft Graph's 11,422 operations).

Counted, never timed: the lines of ``generator/build`` a build runs (``sys.settrace``) for
a spec of N and of 4N operations.  Linear work runs about 4 times the lines; a step that
looks at every operation (or every model) once per operation runs 16 times its share,
which these specs make large enough to show: every operation is pageable and names its
next-page operation in another spelling, the case Graph-sized Azure specs hit (paging
used to scan all operations and all models for each pageable one).
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


def _build_lines(tmp_path: Path, n: int) -> int:
    path = tmp_path / f"spec{n}.json"
    path.write_text(json.dumps(_pageable_spec(n)), "utf-8")
    loaded = load_spec(path)
    result: list[Any] = []
    lines = _lines_run(lambda: result.append(build_api(loaded, "scaling", str(path), {path.name: b""})))
    api = result[0].api
    paged = [op for op in api.all_operations if op.paging is not None]
    assert len(paged) == n and all(op.paging.next_operation for op in paged)  # the lookups this counts did happen
    return lines


def test_build_runs_linearly_many_lines_in_the_operations(tmp_path: Path) -> None:
    small, large = _build_lines(tmp_path, 50), _build_lines(tmp_path, 400)
    # Linear: 8 at most (the fixed part makes it a little less); the scans of every
    # operation and every model per pageable operation made it 11.
    assert large / small < 9, (small, large)


def test_claiming_one_name_many_times_is_not_quadratic() -> None:
    def claims(n: int) -> list[str]:
        registry = NameRegistry()
        return [registry.claim("Widget") for _ in range(n)]

    names = claims(2000)
    assert names[:3] == ["Widget", "Widget2", "Widget3"] and names[-1] == "Widget2000" and len(set(names)) == 2000
    small, large = _lines_run(lambda: claims(500), generator.names.__file__), _lines_run(lambda: claims(2000), generator.names.__file__)
    # Linear: 4; counting from 2 at every claim of a taken name made it 16.
    assert large / small < 5, (small, large)
