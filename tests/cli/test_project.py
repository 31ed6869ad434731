"""An installable client: ``opgen generate --project`` (and ``project = true`` in
``[tool.opgen]``) writes ``pyproject.toml`` and ``README.md`` next to the package, under
the write-safety rules; the folder builds a wheel that installs and calls a loopback
server (offline: no build isolation, setuptools from the test environment).  User
templates that match no built-in one render files of their own."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from generator.build.project import pep440_version
from tests.support.cli import run
from tests.support.http_server import RecordingServer, Reply

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "tests" / "golden" / "project" / "spec.yaml"


def _generate(capsys: pytest.CaptureFixture[str], out: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "generate", str(SPEC), "--output", str(out), "--package", "fleet", "--project", *extra)


def _manifest(folder: Path) -> list[str]:
    return sorted(json.loads((folder / ".opgen-manifest.json").read_text("utf-8"))["files"])


def test_project_files_go_next_to_the_package(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    code, stdout, _ = _generate(capsys, out)
    assert code == 0
    assert sorted(p.name for p in out.iterdir()) == [".opgen-manifest.json", "README.md", "fleet", "pyproject.toml"]
    assert _manifest(out) == ["README.md", "pyproject.toml"]  # the project's own manifest: its files only
    assert "pyproject.toml" not in _manifest(out / "fleet") and "_client.py" in _manifest(out / "fleet")
    assert f"{out}: 3 written, 0 unchanged, 0 removed" in stdout
    project = tomllib.loads((out / "pyproject.toml").read_text("utf-8"))
    assert project["project"]["name"] == "fleet" and project["project"]["version"] == "1.4.0b2"
    assert project["project"]["dependencies"] == ["httpx>=0.27,<1"] and project["project"]["requires-python"] == ">=3.11"
    assert project["tool"]["setuptools"]["package-data"] == {"fleet": ["py.typed"]}
    readme = (out / "README.md").read_text("utf-8")
    assert "with FleetTrackerClient(oauth=credential) as client:" in readme
    assert 'client.vehicles.get(vehicle_id="<vehicle_id>")' in readme and 'client.trips.start(vehicle_id="<vehicle_id>", seats=1)' in readme
    # Again: nothing to write; --check agrees.
    code, stdout, _ = _generate(capsys, out)
    assert code == 0 and f"{out}: 0 written, 3 unchanged, 0 removed" in stdout
    assert _generate(capsys, out, "--check")[0] == 0
    (out / "README.md").write_text("edited\n", "utf-8")
    code, stdout, _ = _generate(capsys, out, "--check")
    assert code == 1 and f"{out}: stale" in stdout and "  README.md" in stdout


def test_files_opgen_did_not_write_are_never_touched(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "pyproject.toml").write_text("[project]\nname = 'mine'\n", "utf-8")
    code, _, err = _generate(capsys, out)
    # The user's pyproject.toml is refused before anything is written: not even the package.
    assert code == 2 and "pyproject.toml: error: exists and was not written by opgen" in err
    assert sorted(p.name for p in out.iterdir()) == ["pyproject.toml"]
    (out / "pyproject.toml").unlink()
    (out / "LICENSE").write_text("mine\n", "utf-8")
    assert _generate(capsys, out)[0] == 0
    # Generated without --project: the package alone; the project files stay as they were.
    code, _, _ = run(capsys, "generate", str(SPEC), "--output", str(out), "--package", "fleet")
    assert code == 0 and (out / "pyproject.toml").is_file() and (out / "LICENSE").read_text("utf-8") == "mine\n"


def test_project_in_tool_opgen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "spec.yaml").write_bytes(SPEC.read_bytes())
    config = tmp_path / "pyproject.toml"
    config.write_text('[tool.opgen]\n[[tool.opgen.clients]]\nspec = "spec.yaml"\noutput = "client"\npackage = "fleet"\nproject = true\n', "utf-8")
    assert run(capsys, "generate", "--config", str(config))[0] == 0
    assert (tmp_path / "client" / "pyproject.toml").is_file() and (tmp_path / "client" / "fleet" / "_client.py").is_file()
    assert run(capsys, "generate", "--config", str(config), "--check")[0] == 0
    config.write_text(config.read_text("utf-8").replace("project = true", 'project = "yes"'), "utf-8")
    code, _, err = run(capsys, "generate", "--config", str(config))
    assert code == 2 and "'project' must be true or false [bad-config]" in err


def test_user_templates_add_files_of_their_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    templates = tmp_path / "templates"
    (templates / "project").mkdir(parents=True)
    (templates / "CONTRIBUTING.md.jinja").write_text("# Contributing to {{ api.title }}\n", "utf-8")
    (templates / "project" / "NOTICE.jinja").write_text("{{ api.project.name }} {{ api.project.version }}\n", "utf-8")
    out = tmp_path / "out"
    assert _generate(capsys, out, "--templates", str(templates))[0] == 0
    assert (out / "fleet" / "CONTRIBUTING.md").read_text("utf-8") == "# Contributing to Fleet Tracker\n"
    assert (out / "NOTICE").read_text("utf-8") == "fleet 1.4.0b2\n"
    assert "CONTRIBUTING.md" in _manifest(out / "fleet") and _manifest(out) == ["NOTICE", "README.md", "pyproject.toml"]
    # A template dropped: its file goes too (opgen wrote it), and nothing else.
    (templates / "project" / "NOTICE.jinja").unlink()
    code, stdout, _ = _generate(capsys, out, "--templates", str(templates))
    assert code == 0 and not (out / "NOTICE").exists() and f"{out}: 1 written, 2 unchanged, 1 removed" in stdout  # the manifest, README.md and pyproject.toml
    # Without --project, project/ templates render nothing.
    other = tmp_path / "plain"
    assert run(capsys, "generate", str(SPEC), "--output", str(other), "--package", "fleet", "--templates", str(templates))[0] == 0
    assert sorted(p.name for p in other.iterdir()) == ["fleet"] and (other / "fleet" / "CONTRIBUTING.md").is_file()


@pytest.mark.parametrize(
    ("template", "output"),
    [("models/_models_1.py.jinja", "models/_models_1.py"), ("project/fleet/extra.txt.jinja", "fleet/extra.txt"), ("project/.opgen-manifest.json.jinja", ".opgen-manifest.json")],
)
def test_an_extra_template_may_not_take_a_generated_name(tmp_path: Path, capsys: pytest.CaptureFixture[str], template: str, output: str) -> None:
    templates = tmp_path / "templates"
    (templates / template).parent.mkdir(parents=True)
    (templates / template).write_text("x\n", "utf-8")
    out = tmp_path / "out"
    code, _, err = _generate(capsys, out, "--templates", str(templates))
    assert code == 2 and f"{templates / template}: error: renders {output}, a file opgen generates" in err and "[template-collision]" in err
    assert not out.exists()


@pytest.mark.parametrize(
    ("given", "version"),
    [
        ("1.4.0", "1.4.0"), ("v2", "2"), ("01.02", "1.2"), ("2024-04-03", "2024.4.3"), ("2024-04-03-preview", "2024.4.3b0"),
        ("1.0.0-beta.2", "1.0.0b2"), ("1.0-rc1", "1.0rc1"), ("3.0.0alpha", "3.0.0a0"), ("latest", "0.0.0"), ("1.0.0+local", "0.0.0"),
        ("1.0-snapshot", "0.0.0"), ("", "0.0.0"),
    ],
)
def test_info_version_as_pep_440(given: str, version: str) -> None:
    assert pep440_version(given) == version


def _pip(*args: object, cwd: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", *map(str, args), "--quiet", "--disable-pip-version-check", "--no-deps", "--no-index"],
        cwd=cwd, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-4000:]


def test_the_project_builds_a_wheel_that_installs_and_calls_the_service(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("setuptools", minversion="61", reason="builds the wheel offline: install '.[test]'")
    out = tmp_path / "out"
    assert _generate(capsys, out)[0] == 0
    _pip("wheel", "--no-build-isolation", "-w", tmp_path / "dist", out, cwd=tmp_path)
    (wheel,) = (tmp_path / "dist").glob("fleet-1.4.0b2-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert {"fleet/py.typed", "fleet/_client.py", "fleet/aio/_pipeline.py", "fleet/models/_models_1.py"} <= set(names)
    assert not any(name.endswith(".opgen-manifest.json") for name in names)
    site = tmp_path / "site"
    _pip("install", "--target", site, wheel, cwd=tmp_path)
    code = """
import json, sys
import fleet
from fleet import FleetTrackerClient

class Credential:
    def get_token(self, *scopes):
        class Token:
            token, expires_on = "t0k", 2**40
        return Token()

with FleetTrackerClient(oauth=Credential(), endpoint=sys.argv[1], key="k") as client:
    vehicle = client.vehicles.get(vehicle_id="v 1")
print(json.dumps([fleet.__file__, vehicle.id, vehicle.seats]))
"""
    with RecordingServer(default=Reply.json({"id": "v 1", "seats": 4})) as server:
        result = subprocess.run(
            [sys.executable, "-c", code, server.url], cwd=tmp_path, capture_output=True, text=True, timeout=120,
            env={**os.environ, "PYTHONPATH": str(site), "PYTHONDONTWRITEBYTECODE": "1"},
        )
        assert result.returncode == 0, result.stderr[-4000:]
        (request,) = server.requests
    where, identifier, seats = json.loads(result.stdout.strip().splitlines()[-1])
    assert Path(where).is_relative_to(site) and (identifier, seats) == ("v 1", 4)
    assert (request.method, request.target) == ("GET", "/vehicles/v%201")
    # No security requirement declared: any one scheme, the first one configured (README "Authentication").
    assert request.headers["authorization"] == "Bearer t0k" and "x-fleet-key" not in request.headers
