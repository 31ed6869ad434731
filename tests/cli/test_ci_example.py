"""The build step as users run it: the pre-commit hook and the example CI workflow, each
run for real (opgen's console script) in a copy of this repository's specs and client."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

BIN = Path(sys.executable).parent
HOOKS = ROOT / ".pre-commit-hooks.yaml"
WORKFLOW = ROOT / "examples" / "ci" / "github-actions.yml"
SPECS = ROOT / "specs" / "desktopvirtualization"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project laid out like this repository: specs per api-version, [tool.opgen], generated/."""
    if not (BIN / "opgen").exists():
        pytest.skip("console script not installed")
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(SPECS, root / "specs" / "desktopvirtualization")
    (root / "pyproject.toml").write_text(
        '[tool.opgen]\n[[tool.opgen.clients]]\nspec = "specs/desktopvirtualization/2025-10-10"\n'
        'output = "generated"\npackage = "desktopvirtualization"\n'
    )
    subprocess.run([BIN / "opgen", "generate"], cwd=root, check=True, capture_output=True)
    return root


def sh(command: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}", "NO_COLOR": "1"}
    env.pop("GITHUB_STEP_SUMMARY", None)
    return subprocess.run(["bash", "-euo", "pipefail", "-c", command], cwd=cwd, env=env, capture_output=True, text=True)


def opgen_check_hook() -> dict[str, object]:
    hooks = yaml.safe_load(HOOKS.read_text())
    [hook] = [h for h in hooks if h["id"] == "opgen-check"]
    return hook  # type: ignore[no-any-return]


def test_hook_definition() -> None:
    hook = opgen_check_hook()
    assert {"id", "name", "entry", "language"} <= set(hook)
    assert hook["entry"] == "opgen generate --check"
    assert hook["language"] == "python" and hook["pass_filenames"] is False
    # language: python installs this project; the entry's command is one of its console scripts.
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert str(hook["entry"]).split()[0] in scripts


def test_hook_passes_on_a_fresh_client_and_fails_on_a_stale_one(project: Path) -> None:
    entry = str(opgen_check_hook()["entry"])
    fresh = sh(entry, project)
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    assert "stale" not in fresh.stdout

    spec = project / "specs" / "desktopvirtualization" / "2025-10-10" / "listregistrationtokens.yaml"
    original = spec.read_text()
    spec.write_text(original.replace("description: Link to the next page of results.", "description: Where the next page is."))
    before = snapshot(project / "generated")
    try:
        stale = sh(entry, project)
    finally:
        spec.write_text(original)
    assert stale.returncode == 1
    assert "generated/desktopvirtualization: stale" in stale.stdout
    assert "--- a/models/_models_1.py" in stale.stdout and "+++ b/models/_models_1.py" in stale.stdout
    assert "+    :ivar next_link: Where the next page is." in stale.stdout
    assert "opgen generate" in stale.stderr
    assert snapshot(project / "generated") == before  # --check writes nothing


def workflow_steps() -> list[str]:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    # The opgen under test is installed already: the install step fetches a release.
    return [str(step["run"]) for step in steps if "opgen" in str(step.get("run", "")) and step.get("name") != "Install opgen"]


def test_workflow_installs_a_released_opgen_not_a_checkout() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text())
    [install] = [step for job in workflow["jobs"].values() for step in job["steps"] if step.get("name") == "Install opgen"]
    assert "pip install" in install["run"] and "-e ." not in install["run"] and "opgen @ git+" in install["run"]


def test_workflow_steps_pass_on_this_repository_layout(project: Path) -> None:
    runs = workflow_steps()
    assert any("opgen generate --check" in run for run in runs)
    assert any("--fail-on breaking" in run for run in runs)
    for run in runs:
        result = sh(run, project)
        assert result.returncode == 0, (run, result.stdout, result.stderr)
    diff_step = next(run for run in runs if "opgen diff" in run)
    out = sh(diff_step, project).stdout
    assert out.startswith("## 2025-10-10\n") and "Compared with 2024-04-03" in out


def test_workflow_fails_on_a_breaking_api_version(project: Path) -> None:
    diff_step = next(run for run in workflow_steps() if "opgen diff" in run)
    newer = project / "specs" / "desktopvirtualization" / "2026-01-01"
    shutil.copytree(SPECS / "2022-02-10-preview", newer)
    try:
        result = sh(diff_step, project)
    finally:
        shutil.rmtree(newer)
    assert result.returncode == 1
    breaking = result.stdout.split("### Breaking changes")[-1].split("### Other changes")[0]
    assert "`resource_group_name`: pattern" in breaking  # the copy of 2022-02-10-preview adds it back
