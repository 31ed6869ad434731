"""The safety rules of generator/emit/write.py, and a generator without its templates (exit 3):
a run that looks like a broken opgen rather than a changed spec removes nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator import pipeline
from generator.diagnostics import GenerationError
from generator.emit import render
from generator.emit.write import (
    MANIFEST,
    manifest_operations,
    plan_write,
    with_manifest,
    write_files,
)
from tests.support.cli import MINIMAL, generate_into, snapshot, write

MODULES = ["__init__.py", "_client.py", "_errors.py", "_operations.py", "models.py", "aio/__init__.py", "aio/_client.py"]


def package(names: list[str], operations: list[str] | None, version: str = "1") -> dict[str, bytes]:
    return with_manifest({name: f"# {name} v{version}\n" for name in names}, operations)


def codes(exc: pytest.ExceptionInfo[GenerationError]) -> list[str]:
    return [d.code for d in exc.value.diagnostics]


def test_manifest_records_operations_sorted_and_deterministic() -> None:
    files = package(["_client.py"], ["b_op", "a_op", "b_op"])
    manifest = json.loads(files[MANIFEST])
    assert manifest["operations"] == ["a_op", "b_op"]
    assert files == package(["_client.py"], ["a_op", "b_op"])
    assert manifest_operations(files[MANIFEST]) == {"a_op", "b_op"}
    assert manifest_operations(package(["_client.py"], None)[MANIFEST]) is None  # an older manifest
    assert manifest_operations(b"not json") is None


def test_output_without_client_module_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    write_files(out, package(MODULES, ["a"]))
    before = snapshot(out)
    with pytest.raises(GenerationError) as exc:
        write_files(out, package([m for m in MODULES if m != "_client.py"], ["a"], "2"))
    assert codes(exc) == ["no-client-module"]
    assert str(out) in str(exc.value)
    assert snapshot(out) == before
    # Into an empty folder too: nothing is created.
    with pytest.raises(GenerationError):
        write_files(tmp_path / "new", with_manifest({}, []))
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize(
    ("old_operations", "new_operations", "refused"),
    [
        (None, ["a"], True),  # an older manifest: unknown, so the rule applies
        (["a"], None, True),
        (["a", "b"], ["a", "b"], True),  # the spec lost nothing
        (["a"], ["a", "b"], True),  # it gained one
        (["a", "b"], ["a"], False),  # it lost b: fewer files may be right
        (["a", "b"], ["c"], False),
    ],
)
def test_removing_more_than_it_keeps(tmp_path: Path, old_operations: list[str] | None, new_operations: list[str] | None, refused: bool) -> None:
    out = tmp_path / "pkg"
    write_files(out, package(MODULES, old_operations))
    before = snapshot(out)
    fewer = package(["_client.py", "__init__.py"], new_operations, "2")  # removes 5, keeps 2
    if refused:
        with pytest.raises(GenerationError) as exc:
            write_files(out, fewer)
        assert codes(exc) == ["mass-removal"]
        assert "would remove 5 generated file(s) and keep only 2" in str(exc.value) and str(out) in str(exc.value)
        assert snapshot(out) == before
    else:
        plan = write_files(out, fewer)
        assert sorted(plan.delete) == sorted(set(MODULES) - {"_client.py", "__init__.py"})
        assert sorted(snapshot(out)) == sorted([MANIFEST, "_client.py", "__init__.py"])


def test_removing_fewer_than_it_keeps_is_allowed(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    write_files(out, package(MODULES, None))  # an older manifest: no operations
    plan = write_files(out, package([m for m in MODULES if not m.startswith("aio/")], None, "2"))
    assert sorted(plan.delete) == ["aio/__init__.py", "aio/_client.py"] and not plan.refusals


def test_old_manifest_without_operations_is_read(tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    old = package(MODULES, None)
    write_files(out, old)
    assert "operations" not in json.loads((out / MANIFEST).read_text())
    plan = plan_write(out, package(MODULES, ["a"]))
    assert plan.changed == [MANIFEST] and sorted(plan.unchanged) == sorted(MODULES) and not plan.refusals
    write_files(out, package(MODULES, ["a"]))
    assert manifest_operations((out / MANIFEST).read_bytes()) == {"a"}


def test_cli_refuses_and_check_fails(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = write(tmp_path, MINIMAL)
    out = tmp_path / "out"
    assert generate_into(capsys, spec, out)[0] == 0
    before = snapshot(out)
    # A broken generator: only a few templates left, none of them the client module.
    monkeypatch.setattr(render, "output_templates", lambda: ["_meta.py.jinja", "py.typed.jinja"])
    monkeypatch.setattr(pipeline, "runtime_files", lambda api: {})
    code, _, err = generate_into(capsys, spec, out)
    assert code == 2
    assert f"{out / 'mini'}: error:" in err and "[no-client-module]" in err and "[mass-removal]" in err
    assert snapshot(out) == before
    code, stdout, err = generate_into(capsys, spec, out, "--check")
    assert code == 2 and "[no-client-module]" in err and "would be refused" in err
    # An empty output folder is never a pass either.
    code, _, err = generate_into(capsys, spec, tmp_path / "empty", "--check")
    assert code == 2 and not (tmp_path / "empty").exists()


def test_stale_hint_names_opgen_unless_told(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = write(tmp_path, MINIMAL)
    monkeypatch.delenv("OPGEN_HINT_COMMAND", raising=False)
    code, _, err = generate_into(capsys, spec, tmp_path / "out", "--check")
    assert code == 1 and "run `opgen generate` and commit" in err and "make" not in err
    monkeypatch.setenv("OPGEN_HINT_COMMAND", "make generate")
    code, _, err = generate_into(capsys, spec, tmp_path / "out", "--check")
    assert code == 1 and "run `make generate` and commit" in err


@pytest.mark.parametrize("layout", ["missing", "empty", "no-client-template"])
def test_missing_builtin_templates_exit_3_nothing_touched(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, layout: str
) -> None:
    spec = write(tmp_path, MINIMAL)
    out = tmp_path / "out"
    assert generate_into(capsys, spec, out)[0] == 0
    before = snapshot(out)
    fake = tmp_path / "site-packages" / "generator"
    fake.mkdir(parents=True)
    if layout != "missing":
        (fake / "templates").mkdir()
    if layout == "no-client-template":
        (fake / "templates" / "models.py.jinja").write_text("")
    (tmp_path / "site-packages" / "pyproject.toml").write_text('[project]\nname = "something-else"\n')
    monkeypatch.setattr(render.importlib.resources, "files", lambda name: fake)
    render.builtin_templates.cache_clear()
    render.environment.cache_clear()
    try:
        code, stdout, err = generate_into(capsys, spec, out)
        check = generate_into(capsys, spec, out, "--check")
    finally:
        render.builtin_templates.cache_clear()
        render.environment.cache_clear()
    assert code == 3, err
    assert "internal error" in err and "built-in templates" in err and "nothing written" in err
    assert check[0] == 3
    assert snapshot(out) == before


def test_checkout_templates_only_from_opgens_own_checkout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    checkout = tmp_path / "checkout"
    (checkout / "generator").mkdir(parents=True)
    (checkout / "templates").mkdir()
    (checkout / "templates" / "_client.py.jinja").write_text("")
    monkeypatch.setattr(render.importlib.resources, "files", lambda name: checkout / "generator")
    render.builtin_templates.cache_clear()
    try:
        (checkout / "pyproject.toml").write_text('[project]\nname = "opgen"\n')
        assert render.builtin_templates() == checkout / "templates"
        render.builtin_templates.cache_clear()
        (checkout / "pyproject.toml").write_text('[project]\nname = "not-opgen"\n')
        with pytest.raises(render.BuiltinTemplatesMissing):
            render.builtin_templates()
    finally:
        render.builtin_templates.cache_clear()
