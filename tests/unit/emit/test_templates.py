"""Template overrides, the documented context, and template errors."""

from __future__ import annotations

import dataclasses
import difflib
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator import ir
from generator.cli import main
from generator.emit import render
from generator.emit.write import write_files
from generator.pipeline import generate
from tests.conftest import ROOT, SEED

EXAMPLE = ROOT / "examples" / "custom-templates"


def test_every_ir_field_is_documented() -> None:
    doc = (ROOT / "docs" / "templates.md").read_text("utf-8")
    missing = [
        f"{cls.__name__}.{field.name}"
        for cls in vars(ir).values()
        if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == ir.__name__
        for field in dataclasses.fields(cls)
        if f"`{cls.__name__}.{field.name}`" not in doc
    ]
    assert not missing, f"document these IR fields in docs/templates.md: {missing}"


def _added_lines(old: bytes, new: bytes) -> list[str]:
    diff = difflib.ndiff(old.decode().splitlines(), new.decode().splitlines())
    changes = [line for line in diff if line[:2] in ("- ", "+ ")]
    assert all(line.startswith("+ ") for line in changes), "an override block must only add lines"
    return [line[2:] for line in changes]


def test_example_overrides_change_only_their_blocks(tmp_path: Path) -> None:
    builtin = generate(SEED, "desktopvirtualization").files
    custom = generate(SEED, "desktopvirtualization", EXAMPLE).files
    changed = sorted(name for name in builtin if builtin[name] != custom[name])
    assert changed == [".opgen-manifest.json", "_client.py", "models/_models_1.py"]
    models = _added_lines(builtin["models/_models_1.py"], custom["models/_models_1.py"])
    assert sum(line.strip().startswith("def to_json(self) -> str:") for line in models) == 3
    client = _added_lines(builtin["_client.py"], custom["_client.py"])
    assert "    def endpoint(self) -> str:" in client

    write_files(tmp_path / "desktopvirtualization", custom)
    check = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", "/dev/null", "desktopvirtualization"],
        cwd=tmp_path, capture_output=True, text=True,
    )
    assert check.returncode == 0, check.stdout
    script = (
        "from desktopvirtualization import DesktopVirtualizationAPIClient as C\n"
        "from desktopvirtualization.models import RegistrationInfo\n"
        "print(RegistrationInfo.from_dict({'token': 't', 'registrationTokenOperation': 'Update'}).to_json())\n"
        "class Cred:\n    def get_token(self, *s): raise AssertionError\n"
        "print(C(Cred(), 'daefabc0-95b4-48b3-b645-8a753a63c4fa', endpoint='https://x.example').endpoint)\n"
    )
    run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert run.stdout.splitlines() == ['{"token":"t","registrationTokenOperation":"Update"}', "https://x.example"]


def test_templates_from_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.opgen]\ntemplates = "{EXAMPLE}"\n[[tool.opgen.clients]]\nspec = "{SEED}"\noutput = "out"\npackage = "dv"\n'
    )
    monkeypatch.chdir(tmp_path)
    assert main(["generate"]) == 0
    assert "def to_json(self)" in (tmp_path / "out" / "dv" / "models" / "_models_1.py").read_text()


@pytest.fixture
def fresh_environment() -> object:
    render.environment.cache_clear()
    yield
    render.environment.cache_clear()


def test_unknown_field_names_template_line_and_element(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fresh_environment: object
) -> None:
    overrides = tmp_path / "templates"
    overrides.mkdir()
    (overrides / "models").mkdir()
    (overrides / "models" / "_models.py.jinja").write_text(
        '{% extends "builtin/models/_models.py.jinja" %}\n{% block model_members %}\n    # {{ m.no_such_field }}\n{% endblock %}\n'
    )
    out = tmp_path / "out"
    code = main(["generate", str(SEED), "--output", str(out), "--package", "dv", "--templates", str(overrides)])
    err = capsys.readouterr().err
    assert code == 2
    assert re.search(r"templates/models/_models\.py\.jinja:3: error: .*no_such_field.*while rendering model CloudError \(spec #/components/schemas/CloudError\)", err), err
    assert not out.exists()


def test_template_syntax_error_names_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fresh_environment: object
) -> None:
    overrides = tmp_path / "templates"
    overrides.mkdir()
    (overrides / "_meta.py.jinja").write_text("PACKAGE = 1\n{% if %}\n")
    out = tmp_path / "out"
    code = main(["generate", str(SEED), "--output", str(out), "--package", "dv", "--templates", str(overrides)])
    err = capsys.readouterr().err
    assert code == 2 and "_meta.py.jinja:2: error: template error" in err, err
    assert not out.exists()
