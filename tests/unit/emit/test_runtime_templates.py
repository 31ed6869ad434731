"""A template named after a runtime module (``_serde.py.jinja``...) is never rendered: in a
user templates folder it is an error (exit 2) naming the file; in opgen's own templates
folder (a stale install) an internal error (exit 3). Nothing is written either way."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.emit import render
from tests.support.cli import MINIMAL, generate_into, snapshot, write


def test_runtime_names_are_the_copied_modules() -> None:
    names = render.runtime_names()
    assert {"_serde.py", "_policy.py", "_lro.py", "aio/_pipeline.py"} <= names
    assert not {"__init__.py", "aio/__init__.py", "_config.py", "_meta.py"} & names


@pytest.mark.parametrize("names", [["_policy.py.jinja"], ["_serde.py.jinja", "aio/_pipeline.py.jinja"]])
def test_user_template_of_a_runtime_module_is_an_error(capsys: pytest.CaptureFixture[str], tmp_path: Path, names: list[str]) -> None:
    spec = write(tmp_path, MINIMAL)
    overrides = tmp_path / "templates"
    for name in names:
        (overrides / name).parent.mkdir(parents=True, exist_ok=True)
        (overrides / name).write_text("# mine\n")
    out = tmp_path / "out"
    code, _, err = generate_into(capsys, spec, out, "--templates", str(overrides))
    assert code == 2, err
    for name in names:
        assert f"{overrides / name}: error: {name.removesuffix('.jinja')} is a runtime module: runtime modules are copied, not rendered, and cannot be overridden; see docs/templates.md [template-runtime]" in err
    assert not out.exists()


def test_user_templates_of_other_names_still_render(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    spec = write(tmp_path, MINIMAL)
    overrides = tmp_path / "templates"
    (overrides / "macros").mkdir(parents=True)
    (overrides / "macros" / "_serde.py.jinja").write_text("{# a partial, whatever its name #}\n")
    code, _, err = generate_into(capsys, spec, tmp_path / "out", "--templates", str(overrides))
    assert code == 0, err


def test_stale_runtime_template_in_builtin_folder_exit_3_nothing_touched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = write(tmp_path, MINIMAL)
    out = tmp_path / "out"
    assert generate_into(capsys, spec, out)[0] == 0
    before = snapshot(out)
    installed = tmp_path / "site-packages" / "generator"
    shutil.copytree(render.builtin_templates(), installed / "templates")
    shutil.copytree(Path(render.__file__).parents[1] / "runtime", installed / "runtime")
    (installed / "templates" / "_lro.py.jinja").write_text("# an old runtime template\n")
    monkeypatch.setattr(render.importlib.resources, "files", lambda name: installed)
    render.builtin_templates.cache_clear()
    render.environment.cache_clear()
    try:
        with pytest.raises(render.BuiltinTemplatesStale, match=r"_lro\.py\.jinja"):
            render.builtin_templates()
        code, _, err = generate_into(capsys, spec, out)
    finally:
        render.builtin_templates.cache_clear()
        render.environment.cache_clear()
    assert code == 3, err
    assert "internal error" in err and "stale" in err and str(installed / "templates" / "_lro.py.jinja") in err and "nothing written" in err
    assert snapshot(out) == before
