"""Spec text in generated code: only as a Python literal or inside a docstring (generator.emit.render)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from generator.diagnostics import GenerationError
from generator.emit.render import docstring, pyrepr

HOSTILE = ['"""; import os #', "'''", "\\", "a\\", 'ends with "', "{{ x }} {% if %}", "nul\x00 bell\x07 cr\r", "\ud800", "x\"); import os #"]


@pytest.mark.parametrize("text", HOSTILE)
def test_spec_text_stays_inside_literals(text: str) -> None:
    source = f'def f():\n    """{docstring(text)}"""\n    return {pyrepr(text)}\n'
    tree = ast.parse(source)
    func = tree.body[0]
    assert isinstance(func, ast.FunctionDef) and len(func.body) == 2
    returned = func.body[1]
    assert isinstance(returned, ast.Return) and isinstance(returned.value, ast.Constant)
    assert returned.value.value == text


def test_pyrepr_refuses_objects() -> None:
    with pytest.raises(TypeError):
        pyrepr(object())
    assert pyrepr(float("inf")) == 'float("inf")'
    assert pyrepr((1,)) == "(1,)"


@pytest.mark.parametrize("case", ["operations", "split"])
def test_worker_processes_render_what_one_process_renders(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.build import build_api
    from generator.emit import render as render_module
    from generator.pipeline import load_spec
    from tests.golden.cases import HERE

    api = build_api(load_spec(HERE / case / "spec.yaml"), case, case, {}).api
    serial = render_module.render_api(api)
    monkeypatch.setattr(render_module, "PARALLEL_MODULES", 0)
    monkeypatch.setattr("generator.emit.format._workers", lambda: 2)
    assert render_module.render_api(api) == serial
    assert list(render_module.render_api(api)) == list(serial)  # in the same order


def test_a_template_failing_in_a_worker_fails_as_in_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from generator.build import build_api
    from generator.emit import render as render_module
    from generator.pipeline import load_spec
    from tests.golden.cases import HERE

    api = build_api(load_spec(HERE / "operations" / "spec.yaml"), "operations", "operations", {}).api
    (tmp_path / "_config.py.jinja").write_text("{{ api.no_such_thing }}\n", "utf-8")
    with pytest.raises(GenerationError) as alone:
        render_module.render_api(api, tmp_path)
    monkeypatch.setattr(render_module, "PARALLEL_MODULES", 0)
    monkeypatch.setattr("generator.emit.format._workers", lambda: 2)
    with pytest.raises(GenerationError) as beside:
        render_module.render_api(api, tmp_path)
    assert beside.value.diagnostics == alone.value.diagnostics


def _render_in_a_daemonic_worker(case: str) -> int:
    from generator.build import build_api
    from generator.emit import render as render_module
    from generator.emit.format import format_files
    from generator.pipeline import load_spec
    from tests.golden.cases import HERE

    render_module.PARALLEL_MODULES = 0  # would fork workers, were it allowed to
    api = build_api(load_spec(HERE / case / "spec.yaml"), case, case, {}).api
    return len(format_files(render_module.render_api(api)))


def test_a_daemonic_process_renders_and_formats_in_itself() -> None:
    """Inside a multiprocessing pool's worker (daemonic: no children allowed), opgen works
    in that process rather than failing to start its own workers."""
    import multiprocessing

    with multiprocessing.get_context("fork").Pool(1) as pool:
        assert pool.apply(_render_in_a_daemonic_worker, ("operations",)) > 10
