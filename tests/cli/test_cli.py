"""The opgen command: exit codes, messages that name file and place, nothing lost."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import pipeline
from generator.emit import render
from tests.conftest import ROOT, SEED
from tests.support.cli import MINIMAL, generate_into, run, snapshot, write


@pytest.mark.parametrize(
    ("text", "where", "needle"),
    [
        ("openapi: 3.0.3\ninfo: [unclosed\n", "spec.yaml:", "invalid YAML"),
        ("openapi: 3.0.3\nopenapi: 3.0.3\n", "spec.yaml:2", "duplicate key 'openapi'"),
        ("openapi: 3.0.3\ninfo: !!python/object/apply:os.system ['echo hi']\n", "spec.yaml:", "refused YAML construct"),
        (MINIMAL.replace("description: ok", "descriptio: ok"), "spec.yaml:8#/paths/~1things/get/responses/200", "valid"),
        (MINIMAL.replace("#/components/schemas/Thing", "#/components/schemas/Nope"), "#/paths/~1things/get/responses/200/content/application~1json/schema/$ref", "Nope"),
        (MINIMAL.replace("#/components/schemas/Thing", "https://example.com/x.yaml#/Thing"), "spec.yaml", "remote"),
        (MINIMAL.replace("#/components/schemas/Thing", "../outside.yaml#/Thing"), "spec.yaml", "outside.yaml"),
        ("swagger: '1.2'\n", "spec.yaml:1#/swagger", "unsupported swagger version"),
        ("just a string\n", "spec.yaml", "not a mapping"),
    ],
    ids=["bad-yaml", "duplicate-key", "python-tag", "invalid-spec", "ref-to-nowhere", "remote-ref", "ref-outside-root", "old-swagger", "not-a-mapping"],
)
def test_bad_input_exit_2_clear_message_nothing_written(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, where: str, needle: str
) -> None:
    spec = write(tmp_path, text)
    out = tmp_path / "out"
    code, stdout, stderr = generate_into(capsys, spec, out)
    assert code == 2
    assert where in stderr and needle in stderr
    assert "Traceback" not in stderr
    assert not out.exists()
    assert run(capsys, "validate", str(spec))[0] == 2


def test_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "validate", str(tmp_path / "nope.yaml"))
    assert code == 2
    assert "nope.yaml: error: no such file" in err


def test_validate_ok(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "validate", str(SEED))
    assert code == 0 and "valid (OpenAPI 3.0" in out


def test_bad_package_name(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    for bad in ("../evil", "a/b", "class", "1pkg", "a.b"):
        code, _, err = run(capsys, "generate", str(SEED), "--output", str(tmp_path), "--package", bad)
        assert code == 2 and "not a valid Python identifier" in err
    assert list(tmp_path.iterdir()) == []


def test_generate_then_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    spec = write(tmp_path, MINIMAL)
    out = tmp_path / "out"
    assert generate_into(capsys, spec, out)[0] == 0
    assert (out / "mini" / "models" / "_models_1.py").is_file() and (out / "mini" / "py.typed").is_file()
    assert generate_into(capsys, spec, out, "--check")[0] == 0
    # A second run rewrites nothing.
    before = {p: p.stat().st_mtime_ns for p in (out / "mini").rglob("*.py")}
    code, stdout, _ = generate_into(capsys, spec, out)
    assert code == 0 and " 0 written" in stdout
    assert before == {p: p.stat().st_mtime_ns for p in (out / "mini").rglob("*.py")}
    # The spec changes: --check fails, names the stale files, shows a diff, writes nothing.
    spec.write_text(MINIMAL.replace("name: {type: string}", "label: {type: string}"), "utf-8")
    snap = snapshot(out)
    code, stdout, _ = generate_into(capsys, spec, out, "--check")
    assert code == 1
    assert "stale" in stdout and "models/_models_1.py" in stdout
    assert "+    label: str | None = None" in stdout
    assert snapshot(out) == snap


def test_never_touches_files_it_did_not_write(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    spec = write(tmp_path, MINIMAL)
    out = tmp_path / "out"
    package = out / "mini"
    package.mkdir(parents=True)
    (package / "_patch.py").write_text("# mine\n")
    (package / "_client.py").write_text("# my own client\n")
    code, _, err = generate_into(capsys, spec, out)
    assert code == 2 and "_client.py" in err and "refusing to overwrite" in err
    assert (package / "_client.py").read_text() == "# my own client\n"
    (package / "_client.py").unlink()
    assert generate_into(capsys, spec, out)[0] == 0
    assert (package / "_patch.py").read_text() == "# mine\n"


def test_removes_only_unedited_files_it_generated(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = write(tmp_path, MINIMAL)
    out = tmp_path / "out"
    assert generate_into(capsys, spec, out)[0] == 0
    package = out / "mini"
    # Pretend opgen no longer produces aio/ (templates and runtime) and _meta.py; the user edited _meta.py.
    original = render.output_templates
    monkeypatch.setattr(render, "output_templates", lambda: [n for n in original() if not n.startswith("aio/") and n != "_meta.py.jinja"])
    original_runtime = pipeline.runtime_files
    monkeypatch.setattr(pipeline, "runtime_files", lambda api: {n: t for n, t in original_runtime(api).items() if not n.startswith("aio/")})
    (package / "_meta.py").write_text((package / "_meta.py").read_text() + "# edited\n")
    code, _, err = generate_into(capsys, spec, out)
    assert code == 0
    assert not (package / "aio").exists()
    assert (package / "_meta.py").exists() and "edited since" in err


def test_failed_render_leaves_previous_output_intact(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = write(tmp_path, MINIMAL)
    out = tmp_path / "out"
    assert generate_into(capsys, spec, out)[0] == 0
    snap = snapshot(out)
    spec.write_text(MINIMAL.replace("name: {type: string}", "label: {type: string}"), "utf-8")
    calls = []

    def failing_pyrepr(value: object) -> str:
        calls.append(value)
        if len(calls) > 5:
            raise ValueError("injected failure in the render stage")
        return repr(value)

    render.environment.cache_clear()
    monkeypatch.setattr(render, "pyrepr", failing_pyrepr)
    try:
        code, _, err = generate_into(capsys, spec, out)
    finally:
        render.environment.cache_clear()
    assert code == 2 and "injected failure" in err and ".jinja" in err, (calls, err)
    assert snapshot(out) == snap


def test_config_targets_and_check(capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, MINIMAL, "mini.yaml")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.opgen]\n[[tool.opgen.clients]]\nspec = "mini.yaml"\noutput = "gen"\npackage = "mini"\n'
    )
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "generate", "--check")[0] == 1
    assert run(capsys, "generate")[0] == 0
    assert run(capsys, "generate", "--check")[0] == 0
    (tmp_path / "pyproject.toml").write_text("[tool.opgen]\nclients = 3\n")
    code, _, err = run(capsys, "generate")
    assert code == 2 and "pyproject.toml#/tool/opgen/clients" in err


def test_repository_generated_is_not_stale(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """The CI build step: generated/ must be exactly what the specs produce."""
    monkeypatch.chdir(ROOT)
    code, out, _ = run(capsys, "generate", "--check")
    assert code == 0, out


@pytest.mark.parametrize("command", [[sys.executable, "-m", "generator"], [str(Path(sys.executable).with_name("opgen"))]])
def test_entry_points_no_traceback(tmp_path: Path, command: list[str]) -> None:
    if not Path(command[0]).exists():
        pytest.skip("console script not installed")
    spec = write(tmp_path, "openapi: [\n")
    result = subprocess.run([*command, "validate", str(spec)], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 2
    assert "spec.yaml:" in result.stderr and "Traceback" not in result.stderr
    ok = subprocess.run([*command, "validate", str(SEED)], capture_output=True, text=True, cwd=ROOT)
    assert ok.returncode == 0, ok.stderr


def test_output_is_deterministic(tmp_path: Path) -> None:
    """Same spec, fresh processes with different hash seeds: byte-identical output."""
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [sys.executable, "-m", "generator", "generate", str(SEED), "--output", str(out), "--package", "dv"],
            check=True, capture_output=True, env=env, cwd=ROOT,
        )
        outputs.append(snapshot(out))
    assert outputs[0] == outputs[1]
    shutil.rmtree(tmp_path)
