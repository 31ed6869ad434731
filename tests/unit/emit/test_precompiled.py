"""The built-in templates compiled ahead of time (generator/emit/precompiled.py): up to
date with the templates, used only for the source they were made from, and rendering
exactly what compiling the templates renders."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import jinja2
import pytest

from generator.build import build_api
from generator.emit import precompiled, render
from generator.pipeline import load_spec
from tests.conftest import ROOT
from tests.golden.cases import HERE


def test_the_committed_modules_are_what_jinja2_makes_of_the_templates(tmp_path: Path) -> None:
    """Stale after a template change: ``python -m tests.golden.update`` rewrites them."""
    precompiled.write_all(tmp_path)
    fresh = {path.name: path.read_text("utf-8") for path in tmp_path.glob("*.py")}
    committed = {path.name: path.read_text("utf-8") for path in precompiled.FOLDER.glob("*.py")}
    assert sorted(committed) == sorted(fresh), "run `python -m tests.golden.update`"
    stale = [name for name in fresh if committed[name] != fresh[name]]
    assert not stale, f"stale: {stale}; run `python -m tests.golden.update`"


def test_a_module_is_used_only_for_its_source_and_jinja2() -> None:
    name = "_client.py.jinja"
    source = (render.builtin_templates() / name).read_text("utf-8")
    assert precompiled.module_for(name, source) is not None
    assert precompiled.module_for(name, source + "{# edited #}") is None  # compiled instead
    assert precompiled.module_for("no/such.jinja", source) is None


def test_another_jinja2_compiles_the_templates(monkeypatch: pytest.MonkeyPatch) -> None:
    name = "_client.py.jinja"
    source = (render.builtin_templates() / name).read_text("utf-8")
    monkeypatch.setattr(jinja2, "__version__", "3.1.0")
    assert precompiled.module_for(name, source) is None


@pytest.mark.parametrize("case", ["operations", "polymorphism", "client_parts"])
def test_compiled_modules_render_what_compiling_renders(case: str, monkeypatch: pytest.MonkeyPatch) -> None:
    api = build_api(load_spec(HERE / case / "spec.yaml"), case, case, {}).api
    render.environment.cache_clear()
    with_modules = render.render_api(api)
    monkeypatch.setattr(precompiled, "_INDEX", None)  # no compiled modules
    monkeypatch.setenv("OPGEN_CACHE_DIR", "")  # and no bytecode cache: compiled from source
    render.environment.cache_clear()
    try:
        compiled_now = render.render_api(api)
    finally:
        render.environment.cache_clear()
    assert with_modules == compiled_now


def test_a_first_run_compiles_no_builtin_template(tmp_path: Path) -> None:
    """A fresh cache folder (a first run, a CI job): nothing compiled, nothing cached."""
    probe = (
        "import sys, jinja2; from pathlib import Path; from generator.pipeline import generate\n"
        "compiled = []\n"
        "real = jinja2.Environment.compile\n"
        "def counting(self, source, name=None, *args, **kwargs):\n"
        "    compiled.append(name)\n"
        "    return real(self, source, name, *args, **kwargs)\n"
        "jinja2.Environment.compile = counting\n"
        "generate(Path(sys.argv[1]), 'seed')\n"
        "print(compiled)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(ROOT / "specs" / "desktopvirtualization" / "2025-10-10")],
        capture_output=True, text=True, cwd=ROOT, env={"OPGEN_CACHE_DIR": str(tmp_path / "cache"), "PATH": ""}, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "[]"
